"""Test settings with the page cache on, for servers started as separate processes."""

from cms.settings.test import *  # noqa: F403

PAGE_CACHE_SECONDS = 600
