"""The words of the synthetic portal, so a query is as selective as on real content.

Each offer is about two skills (of 16) and one place: "Java" matches about one offer in eight,
"Java Hameln" a few dozen of 10,000, not every document. Around them runs ordinary prose from
a few hundred common words, in which the benchmark's older queries ("Daten Sicherheit",
"cloud") still find many offers. Offer types (Praktikum, workshop …) are left out of the prose:
they are in the titles of the offers of that type.
"""

import random

# (German, English): the same skill in both languages of a translated offer.
SKILLS = (
    ("Java", "Java"),
    ("Python", "Python"),
    ("SAP", "SAP"),
    ("Cloud", "cloud"),
    ("Linux", "Linux"),
    ("JavaScript", "JavaScript"),
    ("Datenbanken", "databases"),
    ("IT-Sicherheit", "IT security"),
    ("Webentwicklung", "web development"),
    ("Künstliche Intelligenz", "artificial intelligence"),
    ("Netzwerktechnik", "networking"),
    ("DevOps", "DevOps"),
    ("UX-Design", "UX design"),
    ("Data Science", "data science"),
    ("Softwarearchitektur", "software architecture"),
    ("Embedded Systems", "embedded systems"),
)

_GERMAN = """
Daten Sicherheit Team Aufgaben Erfahrung Unternehmen Kunden Entwicklung Projekt Praxis
Studierende Absolvent:innen Arbeitgeber Hochschule Region Zukunft Lösungen Anwendungen Systeme
Betrieb Qualität Testen Agile Teams Wissen Austausch
Verantwortung Zusammenarbeit moderne digitale spannende neue eigene gemeinsam entwickeln
gestalten lernen arbeiten unterstützen betreuen analysieren planen umsetzen verbessern
begleiten kennenlernen Fragen Ideen Ergebnisse Anforderungen Prozesse Werkzeuge Methoden
Kenntnisse Grundlagen Schwerpunkt Einblick Alltag Standort Büro Homeoffice Woche Monate Termin
Anmeldung Teilnahme Netzwerk Veranstaltung Fachbereich Informatik
Wirtschaftsinformatik Forschung Mittelstand Handwerk Industrie Logistik Energie Gesundheit
Verwaltung Software Hardware Plattform Schnittstellen Infrastruktur Automatisierung
Dokumentation Wartung Service Beratung Produkt Kundenprojekte Innovation Nachhaltigkeit und mit
für im in der die das den ein eine auf bei von zu als wir Sie uns unser
"""
_ENGLISH = """
data security team tasks experience company customers development project practice students
graduates employers university region future solutions applications systems operations quality
testing agile teams knowledge exchange responsibility collaboration
modern digital exciting new own together develop design learn work support supervise analyse
plan implement improve accompany meet questions ideas results requirements processes tools
methods skills basics focus insight everyday location office remote week months date
registration participation network event department computer science business
informatics research SMEs crafts industry logistics energy health administration software
hardware platform interfaces infrastructure automation documentation maintenance service
consulting product innovation sustainability and with for in the a an on at of to as we you us
our
"""
PROSE = {"de": _GERMAN.split(), "en": _ENGLISH.split()}
SKILL_SHARE = 0.05  # of the words of a text, the rest is prose


def skills(rng: random.Random) -> list[tuple[str, str]]:
    """The two skills of one offer, in both languages."""
    return rng.sample(SKILLS, 2)


def skill_names(chosen: list[tuple[str, str]], language: str) -> list[str]:
    return [pair[0 if language == "de" else 1] for pair in chosen]


def text(rng: random.Random, language: str, count: int, topics: list[str] = ()) -> str:
    """``count`` words of prose with the topics woven in now and then."""
    chosen = rng.choices(PROSE[language], k=count)
    if topics:  # drawn in bulk: a hundred thousand offers are built in minutes, not hours
        for position in rng.sample(range(count), k=round(count * SKILL_SHARE)):
            chosen[position] = rng.choice(topics)
    return " ".join(chosen)
