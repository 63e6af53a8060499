"""Test overrides: fast password hashing and plain static storage (no collectstatic needed)."""

import os

os.environ.setdefault("SECRET_KEY", "test-only-secret-key-never-used-in-production")
# The test client's own host, so absolute addresses in tests read as the pages a test asked for.
os.environ.setdefault("SITE_URL", "http://testserver")

from netsite.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Tests serve static files straight from the app folders, so no collectstatic run is needed.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# The test client and the browser tests' live server speak plain HTTP.
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
# Uploaded and demo pictures go to a git-ignored folder, never to a real media folder.
MEDIA_ROOT = BASE_DIR / "var" / "test-media"  # noqa: F405
# One process, so the local-memory cache is safe to test the page cache with.
PAGE_CACHE_SECONDS = 600
if DATABASES["default"]["ENGINE"] == "netsite.postgresql":  # noqa: F405
    DATABASES["default"]["ENGINE"] = "tests.postgresql"  # noqa: F405  (empties tables faster between tests)
