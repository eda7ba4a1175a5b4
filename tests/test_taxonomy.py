"""The reference vocabularies editors maintain: IT competences and their areas."""

import pytest

from django.core.exceptions import ValidationError

from home.models import Competence
from tests import factories

pytestmark = pytest.mark.django_db


def test_a_competence_takes_its_area_from_its_code():
    competence = factories.competence("B.1")
    competence.area = "E"
    competence.save()

    competence.refresh_from_db()
    assert competence.area == "B"


def test_the_area_is_not_an_editable_field_of_the_editor():
    from wagtail.admin.panels import get_edit_handler

    form_class = get_edit_handler(Competence).get_form_class()
    assert "area" not in form_class.base_fields
    assert "code" in form_class.base_fields


@pytest.mark.parametrize("code", ["F.1", "B", "B.0", "b.1", "B.100"])
def test_a_code_outside_the_framework_is_refused(code):
    competence = Competence(code=code, name="Neu", locale=factories.german_home().locale)
    with pytest.raises(ValidationError) as error:
        competence.full_clean()
    assert "code" in error.value.message_dict
