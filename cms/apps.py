from django.apps import AppConfig


class CmsConfig(AppConfig):
    """The project's top: settings, urls, the demo and the commands that set up a whole site."""

    name = "cms"
