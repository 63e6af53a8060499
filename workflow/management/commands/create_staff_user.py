"""Create a staff account in one of the four roles and print a one-time link to set its password.

Nobody ever chooses or sees a password for someone else: the link uses Django's password-reset
token, which stops working once the password is set (or after PASSWORD_RESET_TIMEOUT).
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.db import transaction
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from workflow.roles import ROLES


class Command(BaseCommand):
    help = "Create a staff account (editor, reviewer, medinfo or admin) and print a one-time password-setting link."

    def add_arguments(self, parser):
        parser.add_argument("email", help="The person's email address; it is also their user name.")
        parser.add_argument(
            "role",
            choices=sorted(ROLES),
            help="editor, reviewer (medical reviewer), medinfo (medical information) or admin (site administrator).",
        )
        parser.add_argument("--name", default="", help="Full name, e.g. 'Dr Ada Jones' (shown as the certifier).")
        parser.add_argument(
            "--base-url",
            default=getattr(settings, "SITE_URL", "") or "http://127.0.0.1:8000",
            help="The site's address, used to build the link (default: SITE_URL or http://127.0.0.1:8000).",
        )
        parser.add_argument("--dry-run", action="store_true", help="Check everything and say what would happen.")

    def handle(self, *args, email, role, name, base_url, dry_run, **options):
        try:
            validate_email(email)
        except ValidationError as error:
            raise CommandError(f"'{email}' is not an email address.") from error
        User = get_user_model()
        if User.objects.filter(username__iexact=email).exists() or User.objects.filter(email__iexact=email).exists():
            raise CommandError(f"An account for {email} already exists.")
        group = Group.objects.filter(name=ROLES[role]).first()
        if group is None:
            raise CommandError(f"The group '{ROLES[role]}' is missing: run 'python manage.py migrate' first.")
        if dry_run:
            self.stdout.write(f"Would create staff account {email} in '{group.name}'. Nothing was changed.")
            return
        first, _, last = name.partition(" ")
        with transaction.atomic():
            user = User.objects.create_user(username=email, email=email, first_name=first, last_name=last)
            user.set_unusable_password()
            user.is_staff = True
            user.save()
            user.groups.add(group)
        path = reverse(
            "password_reset_confirm",
            kwargs={
                "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
                "token": default_token_generator.make_token(user),
            },
        )
        self.stdout.write(self.style.SUCCESS(f"Created staff account {email} in '{group.name}'."))
        self.stdout.write(
            f"Send them this link to set their password (it works once, for "
            f"{settings.PASSWORD_RESET_TIMEOUT // 86400} days):\n{base_url.rstrip('/')}{path}"
        )
