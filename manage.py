#!/usr/bin/env python
import os
import sys


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "netsite.settings")
    from netsite import local_env

    local_env.load()  # var/local.env from `make run`, if there is one and SECRET_KEY is not set
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
