"""Where uploaded files live: public media the proxy may serve, and private media it must not.

One storage for every upload, so no model needs a storage of its own: names below a private
folder (documents, team applications' PDFs, employer submissions' uploads) are kept under
PRIVATE_MEDIA_ROOT, outside the MEDIA_ROOT the proxy serves, and have no URL. They reach a
person only through a view that checks who asks: Wagtail's document view (collection
privacy, WAGTAILDOCS_SERVE_METHOD = "serve_view") or the admin's team-application view.
"""

from pathlib import PurePosixPath

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.deconstruct import deconstructible


def private_folders() -> tuple[str, ...]:
    """Folders (the first part of a stored name) that never go to the public media folder;
    the settings name them (PRIVATE_MEDIA_FOLDERS), as the apps that upload choose them."""
    return tuple(settings.PRIVATE_MEDIA_FOLDERS)


def is_private(name: str) -> bool:
    parts = PurePosixPath(str(name).replace("\\", "/")).parts
    return bool(parts) and parts[0] in private_folders()


@deconstructible
class MediaStorage(FileSystemStorage):
    """MEDIA_ROOT for public files, PRIVATE_MEDIA_ROOT for the private folders."""

    @staticmethod
    def _private() -> FileSystemStorage:
        return FileSystemStorage(location=settings.PRIVATE_MEDIA_ROOT)

    def path(self, name: str) -> str:
        # Reading, checking and deleting files all go through path().
        return self._private().path(name) if is_private(name) else super().path(name)

    def _save(self, name: str, content) -> str:
        if is_private(name):
            return self._private()._save(name, content)
        return super()._save(name, content)

    def url(self, name: str) -> str:
        # NotImplementedError, as for a storage without addresses: Wagtail's document view
        # then streams the file after its checks.
        if is_private(name):
            raise NotImplementedError(
                f"{name} is private: a view that checks permissions serves it."
            )
        return super().url(name)
