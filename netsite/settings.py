"""Settings for the NETs patient-information site.

Everything that differs between a laptop and production comes from environment
variables (see the README's configuration table). `netsite.test_settings` adds
the few overrides that keep the test suite fast.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG")

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set the SECRET_KEY environment variable to a long random "
            "string before starting the site with DEBUG off (or set DEBUG=1 for local development)."
        )
    # Only ever used with DEBUG on, on a developer's machine.
    SECRET_KEY = "insecure-development-key-do-not-use-in-production"

# The site's public address (scheme and host, no trailing slash). Every absolute address the site writes
# (canonical links, og:url, JSON-LD, the sitemap, robots.txt, create_staff_user's one-time link) comes
# from here, never from the request's Host or X-Forwarded-* headers, so no client can change what a
# cached page tells other readers.
# Required with DEBUG off (a system check says so); in development it follows runserver's usual address.
SITE_URL = os.environ.get("SITE_URL", "").strip().rstrip("/")
if not SITE_URL and DEBUG:
    SITE_URL = f"http://127.0.0.1:{os.environ.get('PORT', '8000')}"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    # Before staticfiles so runserver serves files the way production does.
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    # Full-text search fields and indexes; harmless on SQLite, where search uses a plain match.
    "django.contrib.postgres",
    "crispy_forms",
    "crispy_bootstrap5",
    "reversion",
    "axes",
    "import_export",
    # The rich-text editor's ProseMirror/Tiptap bundle and its CSS (static files only; see content.widgets).
    "django_prose_editor",
    "netsite",
    "caching",
    "ratelimits",
    "workflow",
    "content",
    "consent",
    "leaving",
    "treatments",
    "stories",
    "faqs",
    "search",
    "ratings",
    "places",
    "clinics",
    "support_groups",
    "plainlanguage",
    # After treatments: its demo terms point to the demo treatment pages that explain them.
    "glossary",
    # Last of the content apps: its catch-all /<slug>/ must not shadow anyone else's paths.
    "pages",
]

MIDDLEWARE = [
    # First, so the logged duration covers the whole request.
    "netsite.middleware.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "netsite.middleware.PermissionsPolicyMiddleware",
    "netsite.middleware.AdminNoIndexMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    # Straight after SecurityMiddleware, as WhiteNoise's documentation asks.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    # Before anything reads the body (the CSRF check reads it only later, in process_view), and after
    # the CSRF middleware so the refusal page still gets the reader's CSRF cookie for its forms.
    "ratelimits.body.BodySizeLimitMiddleware",
    # Inside CSRF, so a page served from the cache still gets the reader's own CSRF cookie; before the
    # session, auth and message middleware, which a cached page for an anonymous reader never needs
    # (it checks their cookies itself, and whether a message was shown once the page is rendered).
    "caching.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # After everything a page's live parts may read (the session, the user, messages).
    "caching.kept_pages.KeptPageMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into its lockout response.
    "axes.middleware.AxesMiddleware",
]

# Where the workflow's approve form finds the default job code and date of preparation (the site settings).
WORKFLOW_APPROVAL_DEFAULTS = "pages.models.approval_defaults"
# django-import-export lets anyone into import and export unless these are set: importing changes content
# (the admin also asks for 'add'), exporting only reads it. The view-only Site administrator cannot import.
IMPORT_EXPORT_IMPORT_PERMISSION_CODE = "change"
IMPORT_EXPORT_EXPORT_PERMISSION_CODE = "view"

ROOT_URLCONF = "netsite.urls"
WSGI_APPLICATION = "netsite.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "netsite.context_processors.site",
                "consent.context_processors.cookie_consent",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Django's backend, checking a kept connection without a round trip (netsite/postgresql/base.py).
    DATABASES["default"]["ENGINE"] = "netsite.postgresql"
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Django's system checks open the database (to ask SQLite about JSON support), so `check --deploy`
    # on a fresh clone needs the database's folder (var/ by default) before any migration made it.
    if not str(DATABASES["default"]["NAME"]).startswith((":memory:", "file:")):
        Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    # A single-file database: keep connections short-lived and wait on locks
    # rather than failing a concurrent write straight away.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 20
    # Take the write lock when a transaction starts, so two concurrent votes queue up
    # instead of one failing with "database is locked" when it tries to write.
    DATABASES["default"]["OPTIONS"]["transaction_mode"] = "IMMEDIATE"

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
# Redis only holds copies, so no request waits long for it: seconds to connect and to wait for an answer,
# and how long a process leaves Redis alone after a failure (see caching/redis_cache.py).
REDIS_CONNECT_TIMEOUT = float(os.environ.get("REDIS_CONNECT_TIMEOUT", "0.25"))
REDIS_TIMEOUT = float(os.environ.get("REDIS_TIMEOUT", "0.5"))
REDIS_BREAKER_SECONDS = float(os.environ.get("REDIS_BREAKER_SECONDS", "5"))
if REDIS_URL:
    # Shared by every app server, so a change seen by one is seen by all.
    CACHES = {
        "default": {
            "BACKEND": "caching.redis_cache.ReusedClientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "netsite"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Anonymous readers' pages are cached for this long (0 turns the page cache off); see caching/page_cache.py.
# On by default only with a shared cache: with local memory, each server process would keep its own
# copies and miss the others' invalidations.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600" if REDIS_URL else "0"))
# With Redis, each server process also keeps this many of the cache's keys in its own memory, dropped
# the moment Redis reports a change (caching/tracked_copies.py); 0 reads Redis on every request.
PAGE_CACHE_LOCAL_COPIES = int(os.environ.get("PAGE_CACHE_LOCAL_COPIES", "500")) if REDIS_URL else 0
ADMIN_URL = os.environ.get("ADMIN_URL", "admin/").strip("/") + "/"
# Paths the page cache never looks at: health checks, the benchmark's floor, the admin (whose login
# page reads ?next= and is never cached anyway) and pictures (files with their own cache headers).
PAGE_CACHE_EXEMPT_PREFIXES = ["/healthz", "/bench/", "/" + ADMIN_URL, "/media/"]
# Cookies that make a page personal, so that reader is never served a shared copy.
PAGE_CACHE_BYPASS_COOKIES = ["ratings_visitor"]
# Cookies whose value changes every page (the cookie banner), so each value gets its own cached copy.
PAGE_CACHE_VARY_COOKIES = ["cookie_consent"]
# Ratings: votes per client address as N/SECONDS, 0 for no limit.
RATINGS_RATE_LIMIT = os.environ.get("RATINGS_RATE_LIMIT", "20/600")
# A failed CSRF check answers in JSON for the rating script and with the site's own page otherwise.
CSRF_FAILURE_VIEW = "ratings.views.csrf_failure"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# django-axes first, so a locked-out account or address is refused before the password is checked.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = 1  # hours until a lockout lifts by itself
# Counted per account *and* address together: one person's typos lock only that account from that
# address, so colleagues behind the same office address can still log in.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# The lockout page in the admin's layout, saying how long it lasts and who can lift it.
AXES_LOCKOUT_CALLABLE = "netsite.views.admin_lockout"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False  # no start-up banner in every command's output

# Only staff have sessions; they end after this long without a request (each request renews them).
SESSION_COOKIE_AGE = int(os.environ.get("STAFF_SESSION_MINUTES", "30")) * 60
SESSION_SAVE_EVERY_REQUEST = True
SESSION_COOKIE_HTTPONLY = True

# Only staff sign in, and only to the admin: an unsafe or missing ?next= lands them on the admin home.
LOGIN_REDIRECT_URL = "admin:index"
# The admin lives under a configurable path (ADMIN_URL, set above), so it is not at the address every
# bot tries first; robots.txt never names it (the admin sends noindex instead).

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
# Pictures larger than this many pixels are refused from their header, before they are decoded: a
# small file can hold a huge image (a "decompression bomb") that would take gigabytes to open.
MAX_IMAGE_PIXELS = int(os.environ.get("MAX_IMAGE_PIXELS", 40_000_000))
# A request body larger than this is refused (413) from its Content-Length, before any of it is read;
# views that take less set their own limit with netsite.middleware.limit_body (ask an expert: 64 KB).
MAX_REQUEST_BYTES = int(os.environ.get("MAX_REQUEST_BYTES", 12 * 1024 * 1024))
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Security. No inline script or style is allowed at all (the site has none), so cached pages
# never carry a stale nonce. Production (DEBUG off) assumes HTTPS; SECURE_SSL_REDIRECT=0 turns the redirect off
# where a proxy already does it, and TRUST_X_FORWARDED_PROTO=1 trusts the proxy's header.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "form-action": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
}
PERMISSIONS_POLICY = (
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(self), "
    "geolocation=(self), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()"
)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
if env_bool("TRUST_X_FORWARDED_PROTO"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
# Preloading HSTS is a per-domain commitment the operator opts into with SECURE_HSTS_PRELOAD=1.
SILENCED_SYSTEM_CHECKS = ["security.W021"]
# Health checks come from the load balancer over plain HTTP on the internal network.
SECURE_REDIRECT_EXEMPT = [r"^healthz/?$"]

# `make bench` only: serves /bench/floor/, a template from var/bench/ rendered with no database or cache.
BENCHMARK_FLOOR = env_bool("BENCHMARK_FLOOR")
if BENCHMARK_FLOOR:
    TEMPLATES[0]["DIRS"].append(BASE_DIR / "var" / "bench")

# Public forms: how many posts one client may make, as 'N/SECONDS' ('0' turns the limit off).
ASK_RATE_LIMIT = os.environ.get("ASK_RATE_LIMIT", "5/3600")
# How many reverse proxies in front of the site add to X-Forwarded-For; 0 trusts REMOTE_ADDR alone.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# The sponsor statement, default job code and the other footer wording are edited in the admin
# (pages.SiteSettings), not here.
SITE_NAME = "Living with NETs"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    # The clinic finder puts a reader's position in the query string (?lat=..&lng=..); never write it to a log.
    "filters": {"redact_location": {"()": "clinics.logging.RedactLocation"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain", "filters": ["redact_location"]},
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # netsite.requests writes the one line per request; Django's own 4xx warnings would repeat it,
        # and runserver's lines would carry the query string.
        "django.request": {"level": "ERROR"},
        "django.server": {"level": "ERROR"},
        # django-axes logs every successful login at INFO; failures and lockouts are warnings.
        "axes": {"level": "WARNING"},
    },
}
