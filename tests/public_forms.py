"""What tests of the public forms share: valid form data and the users who moderate."""

import time

from django.contrib.auth.models import Group, User

from offers.forms.public import form_stamp
from tests.factories import place


def offer_form_data(**overrides) -> dict:
    """A valid employer submission, as a browser sends it a minute after showing the form."""
    data = {
        "stamp": form_stamp(started=time.time() - 60),
        "website": "",
        "partner": "",
        "organisation_name": "Leinecode GmbH",
        "contact_name": "Mara Lindner",
        "email": "mara@leinecode.example",
        "title": "Workshop Barrierefreie Formulare",
        "offer_type": "workshop",
        "teaser": "Formulare, die alle bedienen können.",
        "description": "Wir zeigen, wie es geht.\n\nMit Übungen am eigenen Laptop.",
        "format": "on_site",
        "place": str(place("hildesheim").pk),
        "starts_at": "2031-05-14T14:00",
        "ends_at": "2031-05-14T17:00",
        "registration_deadline": "2031-05-10",
        "audience": ["students", "graduates"],
        "topics": "Barrierefreiheit, Webentwicklung",
        "registration_url": "https://leinecode.example/anmeldung",
        "consent": "on",
    }
    data.update(overrides)
    return data


def user_in(group: str, username: str | None = None) -> User:
    user = User.objects.create_user(
        username or group.lower(), f"{(username or group).lower()}@proxlab.example", "pw"
    )
    user.groups.add(Group.objects.get(name=group))
    return user
