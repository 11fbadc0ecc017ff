"""The OpenAPI 3.1 description of the partner API, served at /api/v1/openapi.json."""

from alerts.models import AlertPage
from feeds.filters import STATUSES
from languages import supported

from . import views


def _query(name, description, schema, **extra):
    return {"name": name, "in": "query", "required": False, "description": description,
            "schema": schema, **extra}


LANG = _query("lang", "Language of the text (default en).",
              {"type": "string", "enum": list(supported.CODES), "default": supported.DEFAULT})


def _list_param(name, description):
    return _query(name, description + " Repeat the parameter or separate slugs with commas.",
                  {"type": "string"})


FILTERS = [
    _list_param("fraud_type", "Fraud type slug(s), see /fraud-types/."),
    _list_param("audience", "Audience slug(s), see /audiences/."),
    _list_param("region", "Region slug(s), see /regions/."),
    _query("severity", "Severity; several are alternatives: repeat the parameter "
                       "(severity=severe&severity=extreme) or separate them with commas "
                       "(severity=severe,extreme).",
           {"type": "array", "items": {"type": "string",
                                       "enum": list(AlertPage.Severity.values)}},
           style="form", explode=True),
    _query("status", "active (default: not withdrawn, not expired), expired (past its "
                     "expiry, not withdrawn), withdrawn, or all.",
           {"type": "string", "enum": list(STATUSES), "default": "active"}),
]

TAXON = {"type": "object", "required": ["slug", "name"],
         "properties": {"slug": {"type": "string"}, "name": {"type": "string"}}}
DATE = {"type": ["string", "null"], "format": "date-time"}

ALERT = {
    "type": "object",
    "properties": {
        "reference_code": {"type": "string", "examples": ["FA-2026-0042"]},
        "language": {"type": "string"},
        "translation_state": {"type": "string",
                              "enum": ["complete", "partial", "stale", "missing"],
                              "description": "missing: the text shown is the English; "
                                             "partial: some of it is."},
        "title": {"type": "string"},
        "summary": {"type": "string"},
        "url": {"type": "string", "format": "uri"},
        "severity": {"type": "string", "enum": list(AlertPage.Severity.values)},
        "status": {"type": "string", "enum": list(AlertPage.Status.values)},
        "lifecycle": {"type": "string", "enum": ["active", "updated", "expired", "withdrawn"]},
        "issued_at": DATE,
        "updated_at": {**DATE, "description": "Moves whenever a new version is published."},
        "expires_at": DATE,
        "withdrawn_reason": {"type": ["string", "null"]},
        "fraud_types": {"type": "array", "items": TAXON},
        "audiences": {"type": "array", "items": TAXON},
        "regions": {"type": "array", "items": TAXON},
        "source_partner": {"oneOf": [TAXON, {"type": "null"}]},
        "supersedes": {"type": ["string", "null"], "description": "Reference code."},
        "updates": {"type": "array", "items": {"type": "object", "properties": {
            "date": DATE, "text": {"type": "string"}}}},
        "cap_url": {"type": "string", "format": "uri"},
        "api_url": {"type": "string", "format": "uri"},
        "body_html": {"type": "string", "description": "Single alert only."},
        "what_to_do_html": {"type": "string", "description": "Single alert only."},
    },
}

ERROR = {"description": "Bad parameter", "content": {"application/json": {"schema": {
    "type": "object", "properties": {"error": {"type": "object", "properties": {
        "status": {"type": "integer"}, "message": {"type": "string"}}}}}}}}


def _ok(schema, description="OK", last_modified=True):
    headers = {"ETag": {"schema": {"type": "string"}}}
    if last_modified:
        headers["Last-Modified"] = {"schema": {"type": "string"}}
    return {"description": description, "content": {"application/json": {"schema": schema}},
            "headers": headers}


def _taxonomy_path(summary):
    return {"get": {"summary": summary, "parameters": [LANG], "responses": {
        "200": _ok({"type": "object", "properties": {
            "language": {"type": "string"},
            "results": {"type": "array", "items": {**TAXON, "properties": {
                **TAXON["properties"], "description": {"type": "string"}}}}}},
            last_modified=False),
        "304": {"description": "Not modified"}, "400": ERROR}}}


def document(base_url):
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Fraud Alert partner API",
            "version": "1.0.0",
            "description": "Read-only access to Fraud Alert's alerts in sixteen languages. "
                           "Every response carries an ETag, and the alert lists and alerts "
                           "Last-Modified too: send If-None-Match (or If-Modified-Since) to "
                           "get 304 Not Modified. Any origin may read the API (CORS).",
        },
        "servers": [{"url": base_url.rstrip("/")}],
        "paths": {
            "/alerts/": {"get": {
                "summary": "Alerts, newest first",
                "parameters": [
                    LANG, *FILTERS,
                    _query("page", "Page number (from 1).", {"type": "integer", "minimum": 1}),
                    _query("page_size", "Alerts per page.", {
                        "type": "integer", "minimum": 1, "maximum": views.MAX_PAGE_SIZE,
                        "default": views.DEFAULT_PAGE_SIZE}),
                ],
                "responses": {
                    "200": _ok({"type": "object", "properties": {
                        "language": {"type": "string"}, "count": {"type": "integer"},
                        "page": {"type": "integer"}, "page_size": {"type": "integer"},
                        "num_pages": {"type": "integer"},
                        "next": {"type": ["string", "null"]},
                        "previous": {"type": ["string", "null"]},
                        "results": {"type": "array", "items": ALERT}}}),
                    "304": {"description": "Not modified"},
                    "400": ERROR,
                },
            }},
            "/alerts/{reference_code}/": {"get": {
                "summary": "One alert, with its full text",
                "parameters": [
                    {"name": "reference_code", "in": "path", "required": True,
                     "schema": {"type": "string"}}, LANG],
                "responses": {"200": _ok(ALERT), "304": {"description": "Not modified"},
                              "400": ERROR, "404": {**ERROR, "description": "No such alert"}},
            }},
            "/fraud-types/": _taxonomy_path("Fraud types (values of the fraud_type filter)"),
            "/audiences/": _taxonomy_path("Audiences (values of the audience filter)"),
            "/regions/": _taxonomy_path("Regions (values of the region filter)"),
        },
    }
