"""A checkout's own development settings, written by `make run` to var/local.env (git-ignored).

It holds DEBUG=1, a SECRET_KEY generated once for this checkout, and SITE_URL (the address `make run`
serves on), so that every `manage.py` command run by hand (create_staff_user, changepassword) uses the
same settings as the development server, and its one-time links name the right port. Only manage.py
reads it, and only when SECRET_KEY is not in the environment: gunicorn (netsite.wsgi) never does, so
production still refuses to start without a SECRET_KEY. Plain Python, as it runs before Django is set up.

    python -m netsite.local_env PORT    # create or update var/local.env (make run does this)
"""

import os
import secrets
import sys
from pathlib import Path

PATH = Path(__file__).resolve().parent.parent / "var" / "local.env"
HEADER = "# Written by `make run` for development on this machine only. Never copy it to a server.\n"


def read(path=PATH):
    """The file's NAME=value lines as a dict; empty when there is no file."""
    if not path.exists():
        return {}
    values = {}
    for line in path.read_text().splitlines():
        name, sep, value = line.partition("=")
        if sep and not line.lstrip().startswith("#"):
            values[name.strip()] = value.strip()
    return values


def load(path=PATH, environ=os.environ):
    """Fill in what the environment does not set, unless it sets SECRET_KEY (a deliberately configured site)."""
    if "SECRET_KEY" in environ:
        return
    for name, value in read(path).items():
        environ.setdefault(name, value)


def write(port, path=PATH):
    """Create the file, or update its SITE_URL; the SECRET_KEY, once made, is kept so links stay valid."""
    values = read(path)
    values["DEBUG"] = "1"
    values.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
    values["SITE_URL"] = f"http://127.0.0.1:{port}"
    path.parent.mkdir(exist_ok=True)
    path.write_text(HEADER + "".join(f"{name}={value}\n" for name, value in values.items()))
    path.chmod(0o600)


if __name__ == "__main__":
    if len(sys.argv) != 2 or not sys.argv[1].isdigit():
        sys.exit("usage: python -m netsite.local_env PORT")
    write(int(sys.argv[1]))
