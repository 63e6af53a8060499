"""Story portraits served by the app itself, so the production commands (gunicorn alone) show them.

Only a portrait of a story readers can see is served to them, with a year's cache: portrait names are
made from their content (a new picture gets a new name), so a cached copy can never go stale.
A portrait that belongs to a change still waiting for approval, a draft or a withdrawn story is a 404
for readers; staff who may view stories see any of them (for previews), never cached.
"""

import mimetypes

from django.core.files.storage import default_storage
from django.db.models import Q
from django.http import FileResponse, Http404
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from stories.models import Story

ONE_YEAR = 365 * 24 * 60 * 60


@require_safe
def media_file(request, name):
    live = Story.objects.published().filter(Q(portrait=name) | Q(portrait_small=name)).exists()
    staff = request.user.is_staff and request.user.has_perm("stories.view_story")
    if not (live or (staff and name.startswith("stories/"))):
        raise Http404("No such picture.")
    try:
        file = default_storage.open(name)
    except (FileNotFoundError, ValueError):
        raise Http404("No such picture.") from None
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    if not content_type.startswith("image/"):
        file.close()
        raise Http404("No such picture.")
    response = FileResponse(file, content_type=content_type)
    if live:
        patch_cache_control(response, public=True, max_age=ONE_YEAR, immutable=True)
    else:
        patch_cache_control(response, private=True, no_store=True)
    return response
