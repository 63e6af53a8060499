"""The signed `target` token that names the rated object in each page's form.

The token is `app_label.model:pk` signed with the site's secret, so a client can send back only a
target the site itself rendered; it cannot invent one for another model or id.
"""

from django.apps import apps
from django.core import signing
from django.db import models

from caching import versions

_signer = signing.Signer(salt="ratings.target")


def target_token(obj):
    return _signer.sign(f"{obj._meta.label_lower}:{obj.pk}")


def find_target(token):
    """The published object a token names, or None if it no longer exists or is not published.

    Raises signing.BadSignature if the token is malformed or has been tampered with.
    """
    label, _, pk = _signer.unsign(token).rpartition(":")
    try:
        model = apps.get_model(label)
        pk = int(pk)
    except (LookupError, ValueError) as error:
        raise signing.BadSignature(token) from error
    queryset = model._default_manager.all()
    if not hasattr(queryset, "published"):
        raise signing.BadSignature(token)
    # A vote needs the object's address, not its text: long text fields (a treatment's sections) stay in the database.
    long_text = [field.name for field in model._meta.concrete_fields if isinstance(field, models.TextField)]
    # What is published changes only with the content version, so each process looks a target up once per version.
    return versions.remembered(
        f"rating-target:{label}:{pk}", lambda: queryset.published().filter(pk=pk).defer(*long_text).first()
    )
