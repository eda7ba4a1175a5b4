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
        "language": "de",
        "cost": "free",
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


def team_form_data(members: int = 3, **overrides) -> dict:
    """A valid team application with `members` people, sent a minute after the form was shown."""
    data = {
        "stamp": form_stamp(started=time.time() - 60),
        "website": "",
        "team_name": "Die Lagerlotsen",
        "contact_name": "Jonas Weber",
        "email": "jonas@student.example",
        "university": "HAWK Hildesheim",
        "motivation": "Wir haben Logistik und Informatik im Team.",
        "consent": "on",
    }
    people = [("Jonas Weber", "Informatik"), ("Aylin Demir", "Wirtschaftsinformatik")]
    people += [(f"Person {n}", "Data Science") for n in range(3, 10)]
    for index, (name, programme) in enumerate(people[:members], start=1):
        data[f"member_{index}_name"] = name
        data[f"member_{index}_programme"] = programme
        data[f"member_{index}_semester"] = "4"
    data.update(overrides)
    return data


def note_form_data(**overrides) -> dict:
    data = {
        "stamp": form_stamp(started=time.time() - 60),
        "website": "",
        "contact_name": "Lena",
        "study_programme": "Medieninformatik",
        "topics": "UX, Frontend",
        "looking_for": "Jemanden für Datenbanken und Backend.",
        "email": "lena@student.example",
        "consent": "on",
    }
    data.update(overrides)
    return data


def message_form_data(**overrides) -> dict:
    data = {
        "stamp": form_stamp(started=time.time() - 60),
        "website": "",
        "contact_name": "Tarek",
        "email": "tarek@student.example",
        "message": "Hallo Lena, ich mache gern das Backend. Schreib mir!",
        "consent": "on",
    }
    data.update(overrides)
    return data
