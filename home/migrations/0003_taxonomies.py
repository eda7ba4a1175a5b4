"""Load the 41 e-CF competences (EN 16234-1) and the places of the Leine-Weser region, de and en."""

import uuid

from django.db import migrations

# code, German name, English name
COMPETENCES = [
    ("A.1", "Abstimmung von IS- und Geschäftsstrategie", "IS and Business Strategy Alignment"),
    ("A.2", "Service-Level-Management", "Service Level Management"),
    ("A.3", "Entwicklung von Geschäftsplänen", "Business Plan Development"),
    ("A.4", "Produkt- und Serviceplanung", "Product/Service Planning"),
    ("A.5", "Architekturentwurf", "Architecture Design"),
    ("A.6", "Anwendungsentwurf", "Application Design"),
    ("A.7", "Beobachtung von Technologietrends", "Technology Trend Monitoring"),
    ("A.8", "Nachhaltigkeit", "Sustainability"),
    ("A.9", "Innovation", "Innovating"),
    ("A.10", "User Experience", "User Experience"),
    ("B.1", "Anwendungsentwicklung", "Application Development"),
    ("B.2", "Komponentenintegration", "Component Integration"),
    ("B.3", "Testen", "Testing"),
    ("B.4", "Bereitstellung von Lösungen", "Solution Deployment"),
    ("B.5", "Erstellung von Dokumentation", "Documentation Production"),
    ("B.6", "IKT-Systemtechnik", "ICT Systems Engineering"),
    ("C.1", "Benutzerunterstützung", "User Support"),
    ("C.2", "Änderungsunterstützung", "Change Support"),
    ("C.3", "Serviceerbringung", "Service Delivery"),
    ("C.4", "Problemmanagement", "Problem Management"),
    ("D.1", "Entwicklung einer Informationssicherheitsstrategie", "Information Security Strategy Development"),
    ("D.2", "Entwicklung einer IKT-Qualitätsstrategie", "ICT Quality Strategy Development"),
    ("D.3", "Bereitstellung von Aus- und Weiterbildung", "Education and Training Provision"),
    ("D.4", "Einkauf", "Purchasing"),
    ("D.5", "Vertriebsentwicklung", "Sales Development"),
    ("D.6", "Vertriebskanalmanagement", "Channel Management"),
    ("D.7", "Data Science und Analytics", "Data Science and Analytics"),
    ("D.8", "Vertragsmanagement", "Contract Management"),
    ("D.9", "Personalentwicklung", "Personnel Development"),
    ("D.10", "Informations- und Wissensmanagement", "Information and Knowledge Management"),
    ("D.11", "Bedarfsermittlung", "Needs Identification"),
    ("D.12", "Digitales Marketing", "Digital Marketing"),
    ("E.1", "Prognoseentwicklung", "Forecast Development"),
    ("E.2", "Projekt- und Portfoliomanagement", "Project and Portfolio Management"),
    ("E.3", "Risikomanagement", "Risk Management"),
    ("E.4", "Beziehungsmanagement", "Relationship Management"),
    ("E.5", "Prozessverbesserung", "Process Improvement"),
    ("E.6", "IKT-Qualitätsmanagement", "ICT Quality Management"),
    ("E.7", "Management von Geschäftsveränderungen", "Business Change Management"),
    ("E.8", "Informationssicherheitsmanagement", "Information Security Management"),
    ("E.9", "IS-Governance", "IS Governance"),
]

# slug, kind, German name, English name
PLACES = [
    ("hannover", "city", "Hannover", "Hanover"),
    ("region-hannover", "district", "Region Hannover", "Hanover Region"),
    ("hildesheim", "city", "Hildesheim", "Hildesheim"),
    ("landkreis-hildesheim", "district", "Landkreis Hildesheim", "Hildesheim District"),
    ("hameln", "town", "Hameln", "Hamelin"),
    ("landkreis-hameln-pyrmont", "district", "Landkreis Hameln-Pyrmont", "Hameln-Pyrmont District"),
    ("nienburg", "town", "Nienburg/Weser", "Nienburg/Weser"),
    ("landkreis-nienburg", "district", "Landkreis Nienburg/Weser", "Nienburg/Weser District"),
    ("holzminden", "town", "Holzminden", "Holzminden"),
    ("landkreis-holzminden", "district", "Landkreis Holzminden", "Holzminden District"),
    ("stadthagen", "town", "Stadthagen", "Stadthagen"),
    ("landkreis-schaumburg", "district", "Landkreis Schaumburg", "Schaumburg District"),
    ("peine", "town", "Peine", "Peine"),
    ("landkreis-peine", "district", "Landkreis Peine", "Peine District"),
    ("celle", "town", "Celle", "Celle"),
    ("landkreis-celle", "district", "Landkreis Celle", "Celle District"),
    ("rinteln", "town", "Rinteln", "Rinteln"),
    ("alfeld", "town", "Alfeld (Leine)", "Alfeld (Leine)"),
    ("bad-pyrmont", "town", "Bad Pyrmont", "Bad Pyrmont"),
    ("garbsen", "town", "Garbsen", "Garbsen"),
    ("langenhagen", "town", "Langenhagen", "Langenhagen"),
]


def load(apps, schema_editor):
    Locale = apps.get_model("wagtailcore.Locale")
    Competence = apps.get_model("home.Competence")
    Place = apps.get_model("home.Place")
    german = Locale.objects.get(language_code="de")
    english = Locale.objects.get(language_code="en")
    for code, name_de, name_en in COMPETENCES:
        key = uuid.uuid4()
        fields = {"translation_key": key, "code": code, "area": code[0], "position": int(code[2:])}
        Competence.objects.create(locale=german, name=name_de, **fields)
        Competence.objects.create(locale=english, name=name_en, **fields)
    for slug, kind, name_de, name_en in PLACES:
        key = uuid.uuid4()
        Place.objects.create(locale=german, translation_key=key, slug=slug, kind=kind, name=name_de)
        Place.objects.create(locale=english, translation_key=key, slug=slug, kind=kind, name=name_en)


def unload(apps, schema_editor):
    apps.get_model("home.Competence").objects.all().delete()
    apps.get_model("home.Place").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("home", "0002_create_homepage")]

    operations = [migrations.RunPython(load, unload)]
