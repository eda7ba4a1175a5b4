import pytest

from tests.demo import seeded_demo


@pytest.fixture(scope="package")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo content, made once for every module here and rolled back after the last: each
    test runs in a transaction of its own inside it, so what one test changes no other sees."""
    with seeded_demo(django_db_blocker, tmp_path_factory):
        yield
