"""`make lighthouse`: Lighthouse 12.2.3 (pinned in tools/lighthouse) with Debian's Chromium, against gunicorn.

Not a test (too slow for the suite). It serves the demo content from its own SQLite database under gunicorn
with DEBUG off, as in production (hashed, compressed static files), runs Lighthouse's four categories on the
home page, the treatments overview and a treatment page, on the mobile and desktop settings, and prints the
scores. Chromium is told that every host but 127.0.0.1 does not exist, so nothing reaches the internet.
Exits non-zero if any score is below 100.
"""

import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

# bench/site.py's helpers (loaded by path: its name is also the standard library's `site`).
_spec = importlib.util.spec_from_file_location("bench_site", Path(__file__).with_name("site.py"))
bench_site = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_site)

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "tools/lighthouse/node_modules/lighthouse/cli/index.js"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
PORT = int(os.environ.get("LIGHTHOUSE_PORT", "8123"))
PAGES = [("home", "/"), ("treatments overview", "/treatments/"), ("a treatment", "/treatments/surgery/")]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
CHROME_FLAGS = " ".join([
    "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-default-apps",
    '--host-resolver-rules="MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"',
])  # fmt: skip


def environment(database):
    env = dict(os.environ)
    env.pop("DEBUG", None)
    env.pop("REDIS_URL", None)
    env.update(
        DJANGO_SETTINGS_MODULE="netsite.settings",
        DATABASE_URL=f"sqlite:///{database}",
        SECRET_KEY="lighthouse-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        ALLOWED_HOSTS="127.0.0.1",
        SITE_URL=f"http://127.0.0.1:{PORT}",
        SECURE_SSL_REDIRECT="0",
        LOG_LEVEL="WARNING",
    )
    return env


def scores(url, preset):
    with tempfile.NamedTemporaryFile(suffix=".json") as report:
        command = ["node", str(LIGHTHOUSE), url, f"--chrome-path={CHROMIUM}", f"--chrome-flags={CHROME_FLAGS}",
                   f"--only-categories={','.join(CATEGORIES)}", "--output=json", f"--output-path={report.name}",
                   "--quiet"]  # fmt: skip
        if preset == "desktop":
            command.append("--preset=desktop")
        # Lighthouse now and then fails to record a trace ('NO_NAVSTART'); that run measured nothing, so it is
        # run once more before giving up.
        if subprocess.run(command, env={**os.environ, "CHROME_PATH": CHROMIUM}).returncode:
            subprocess.run(command, check=True, env={**os.environ, "CHROME_PATH": CHROMIUM})
        result = json.loads(Path(report.name).read_text())
    failed = [
        f"{audit['id']} ({audit['score']})"
        for audit in result["audits"].values()
        if audit.get("score") is not None
        and audit["score"] < 1
        and audit.get("scoreDisplayMode") in ("binary", "numeric")
    ]
    return {name: round(result["categories"][name]["score"] * 100) for name in CATEGORIES}, failed


def main():
    database = ROOT / "var/lighthouse.sqlite3"
    database.parent.mkdir(exist_ok=True)
    env = environment(database)
    for command in (["migrate", "--noinput"], ["load_places"], ["load_demo_content"], ["collectstatic", "--noinput"]):
        bench_site.manage(*command, env=env)
    server = bench_site.start_server(PORT, env, workers=2)
    rows, worst = [], 100
    try:
        for preset in ("mobile", "desktop"):
            for name, path in PAGES:
                result, failed = scores(f"http://127.0.0.1:{PORT}{path}", preset)
                worst = min(worst, *result.values())
                rows.append(f"| {name} ({preset}) | " + " | ".join(str(result[c]) for c in CATEGORIES) + " |")
                if failed:
                    rows.append(f"|   below full marks: {', '.join(failed)} | | | | |")
    finally:
        bench_site.stop(server)
    print("| Page | Performance | Accessibility | Best practices | SEO |\n| --- | --- | --- | --- | --- |")
    print("\n".join(rows))
    sys.exit(0 if worst == 100 else 1)


if __name__ == "__main__":
    main()
