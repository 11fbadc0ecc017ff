"""/media/images/ and /media/original_images/: uploaded images and their renditions (advice
figures, partner logos), served by the application itself from the default file storage, so
a plain deployment needs no separate file server. A web server or CDN in front may serve
MEDIA_ROOT's image folders instead (docs/deployment.md); the answers carry a day of public
caching either way.

Only the image folders: documents (leaflets) live under MEDIA_ROOT/documents/ too, but must
go through Wagtail's /documents/ view, which applies their collection's privacy.
"""

import mimetypes
import posixpath

from django.core.files.storage import default_storage
from django.http import FileResponse, Http404
from django.utils.http import http_date

PUBLIC_FOLDERS = ("images/", "original_images/")
MAX_AGE = 24 * 60 * 60


def media(request, path):
    normal = posixpath.normpath(path)  # "images/../documents/x.pdf" is not an image
    if "\x00" in path or "\\" in path or not normal.startswith(PUBLIC_FOLDERS):
        raise Http404("Not a public file")
    try:
        handle = default_storage.open(normal, "rb")
    except (FileNotFoundError, IsADirectoryError, ValueError, OSError) as error:
        raise Http404("No such file") from error
    content_type = mimetypes.guess_type(normal)[0] or "application/octet-stream"
    response = FileResponse(handle, content_type=content_type)
    response["Cache-Control"] = f"public, max-age={MAX_AGE}"
    response["X-Content-Type-Options"] = "nosniff"
    try:
        response["Last-Modified"] = http_date(default_storage.get_modified_time(normal)
                                              .timestamp())
    except (NotImplementedError, OSError):
        pass
    return response
