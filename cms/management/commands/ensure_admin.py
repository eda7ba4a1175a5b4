"""Create the local admin account once and print how to log in."""

import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from cms.demo.accounts import ADMIN_DEFAULT_PASSWORD


class Command(BaseCommand):
    help = "Create the admin account for local use (ADMIN_USERNAME, ADMIN_PASSWORD) if missing."

    def handle(self, *args, **options):
        username = os.environ.get("ADMIN_USERNAME", "admin")
        password = os.environ.get("ADMIN_PASSWORD", ADMIN_DEFAULT_PASSWORD)
        url = f"http://127.0.0.1:{os.environ.get('PORT', '8000')}/admin/"
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(f"Admin login: {url}  user: {username}  (password as set before)")
            return
        if not settings.DEBUG and password == ADMIN_DEFAULT_PASSWORD:
            raise CommandError(
                "Set ADMIN_PASSWORD: the default admin password is published and works only "
                "with DEBUG on (or use `manage.py createsuperuser`)."
            )
        User.objects.create_superuser(username, f"{username}@localhost", password)
        self.stdout.write(f"Admin login: {url}  user: {username}  password: {password}")
