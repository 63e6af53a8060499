import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def start_django(**env):
    clean = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG", "DJANGO_SETTINGS_MODULE"}}
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); print('started')"],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "netsite.settings", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = start_django()
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_production_starts_with_a_secret_key():
    result = start_django(SECRET_KEY="x" * 50)
    assert result.returncode == 0, result.stderr
    assert "started" in result.stdout


def test_development_starts_without_a_secret_key():
    assert start_django(DEBUG="1").returncode == 0


def test_a_missing_or_malformed_site_url_is_a_system_check_error(settings):
    from netsite.checks import site_url_check

    assert site_url_check(None) == []
    settings.SITE_URL = ""
    assert [error.id for error in site_url_check(None)] == ["netsite.E001"]
    settings.SITE_URL = "nets.example.org/treatments"
    assert [error.id for error in site_url_check(None)] == ["netsite.E002"]
