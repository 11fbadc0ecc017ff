"""modelcluster's page constructor, without re-reading every field of the model each time.

`ClusterableModel.__init__` asks which of the model's fields are child relations on every
instance it builds: with sixteen languages an alert has ~220 fields, and the alert list
builds twenty pages a render (a twentieth of its time went on these two questions). The
answer only depends on the model, so it is kept per model once the app registry is ready
(before that, a model's fields may still be arriving).
"""

import modelcluster.models as cluster_models
from django.apps import apps

_original = {}


def _remembered(original):
    answers = {}

    def lookup(model):
        meta = model._meta
        found = answers.get(meta)
        if found is None:
            found = original(model)
            if apps.ready:
                answers[meta] = found
        return list(found)  # a fresh list: callers may extend what they get

    lookup.__wrapped__ = original
    return lookup


def install():
    for name in ("get_all_child_relations", "get_all_child_m2m_relations"):
        if name not in _original:
            _original[name] = getattr(cluster_models, name)
            setattr(cluster_models, name, _remembered(_original[name]))
