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


def test_the_deployment_checks_pass_before_any_database_file_exists(tmp_path):
    database = tmp_path / "not-yet" / "db.sqlite3"
    # As on a production machine: nothing the test run itself set (the browser tests allow async-unsafe calls).
    unset = {"DEBUG", "DJANGO_SETTINGS_MODULE", "REDIS_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    clean = {k: v for k, v in os.environ.items() if k not in unset}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "ERROR"],
        cwd=ROOT,
        env={
            **clean,
            "DJANGO_SETTINGS_MODULE": "netsite.settings",
            "DATABASE_URL": f"sqlite:///{database}",
            "SECRET_KEY": "a-long-random-production-key-" + "x" * 40,
            "ALLOWED_HOSTS": "nets.example.org",
            "SITE_URL": "https://nets.example.org",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_a_missing_or_malformed_site_url_is_a_system_check_error(settings):
    from netsite.checks import site_url_check

    assert site_url_check(None) == []
    settings.SITE_URL = ""
    assert [error.id for error in site_url_check(None)] == ["netsite.E001"]
    settings.SITE_URL = "nets.example.org/treatments"
    assert [error.id for error in site_url_check(None)] == ["netsite.E002"]
