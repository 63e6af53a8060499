"""The README's staff commands, run as printed in a fresh copy of the checkout after `make run`'s own steps."""

import os
import re
import shutil
import subprocess
import time
import urllib.error
from pathlib import Path

import pytest

from tests.servers import Browser, free_port

ROOT = Path(__file__).resolve().parents[2]
# A shell with nothing configured: whatever the test run itself set must not help the commands.
UNSET = {"SECRET_KEY", "DEBUG", "DATABASE_URL", "DJANGO_SETTINGS_MODULE", "REDIS_URL", "SITE_URL", "PAGE_CACHE_SECONDS"}


def readme_commands():
    """The staff commands exactly as the README prints them (one per line of a code block)."""
    lines = (ROOT / "README.md").read_text().splitlines()
    wanted = re.compile(r"\.venv/bin/python manage\.py (create_staff_user|changepassword) ")
    return [line.strip() for line in lines if wanted.match(line.strip())]


@pytest.fixture
def fresh_clone(tmp_path):
    """The checkout's files (tracked and new, nothing git-ignored) with the installed .venv linked in."""
    clone = tmp_path / "clone"
    files = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=ROOT, capture_output=True, check=True,
    ).stdout.decode().split("\0")  # fmt: skip
    for name in filter(None, files):
        if (ROOT / name).is_file():
            (clone / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, clone / name)
    (clone / ".venv").symlink_to(ROOT / ".venv")
    return clone


def run(command, clone, env, **kwargs):
    return subprocess.run(
        command, cwd=clone, env=env, shell=True, capture_output=True, text=True, timeout=180, **kwargs
    )


def test_staff_commands_work_as_printed_after_make_run_and_name_the_port_served_on(fresh_clone):
    port = free_port()
    env = {name: value for name, value in os.environ.items() if name not in UNSET}
    *create_staff, reset_admin = readme_commands()
    assert "changepassword admin" in reset_admin
    assert [command.split()[4] for command in create_staff] == ["editor", "reviewer", "medinfo"]

    # What `PORT=... make run` does before it starts the server.
    for step in [
        f"make --no-print-directory local-env PORT={port}",
        ".venv/bin/python manage.py migrate --noinput",
        ".venv/bin/python manage.py ensure_admin",
    ]:
        result = run(step, fresh_clone, env)
        assert result.returncode == 0, step + "\n" + result.stdout + result.stderr
    local_env = (fresh_clone / "var" / "local.env").read_text()
    assert f"SITE_URL=http://127.0.0.1:{port}\n" in local_env
    assert oct((fresh_clone / "var" / "local.env").stat().st_mode & 0o777) == "0o600"

    editor, *others = [run(command, fresh_clone, env) for command in create_staff]
    for created in [editor, *others]:
        assert created.returncode == 0, created.stderr
    # No terminal (a new session), so changepassword reads the new password twice from its input.
    reset = run(reset_admin, fresh_clone, env, input="a-new-long-password-71\n" * 2, start_new_session=True)
    assert reset.returncode == 0, reset.stdout + reset.stderr
    assert "Password changed successfully for user 'admin'" in reset.stdout

    link = re.search(rf"http://127\.0\.0\.1:{port}/\S+", editor.stdout)
    assert link, editor.stdout
    server = subprocess.Popen(
        [".venv/bin/python", "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=fresh_clone, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        html = _get_when_up(link.group(0))
    finally:
        server.terminate()
        server.wait(timeout=30)
    # Valid only if the server signs tokens with the same SECRET_KEY as the command that printed the link.
    assert 'name="new_password1"' in html, "the one-time link should open the set-password form"


def test_the_local_development_settings_never_start_production(fresh_clone):
    env = {name: value for name, value in os.environ.items() if name not in UNSET}
    assert run("make --no-print-directory local-env PORT=8000", fresh_clone, env).returncode == 0
    result = run(".venv/bin/python -c 'import netsite.wsgi'", fresh_clone, env)
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def _get_when_up(url):
    """The page, once the server answers; with cookies, as the form is shown after a redirect that keeps the token."""
    deadline = time.monotonic() + 30
    while True:
        try:
            return Browser().get(url)[1]
        except urllib.error.URLError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)
