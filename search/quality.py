"""What a good answer to the queries students type is, on the demo content.

Each judgment names the pages (by slug) that belong in the top 3 of a query. The tests run them
on Elasticsearch and on the database fallback; the benchmark reports the precision at 3.
"""

from collections.abc import Callable
from typing import NamedTuple


class Judgment(NamedTuple):
    language: str
    query: str
    expected: tuple[str, ...]  # the relevant pages; min(3, len) of them belong in the top 3
    kind: str  # what the query tests: place, compound, typo, synonym, exonym, type, ...


_INTERNSHIPS_DE = (
    "praktikum-softwareentwicklung",
    "praktikum-it-sicherheit",
    "pflichtpraktikum-ux-ui",
    "praktikum-webentwicklung-institut",
)
_INTERNSHIPS_EN = (
    "internship-software-development",
    "internship-it-security",
    "compulsory-internship-ux-ui",
    "internship-web-development-institute",
)
_WORKING_STUDENTS_DE = (
    "werkstudent-data-engineering",
    "werkstudent-it-support",
    "werkstudent-frontend",
)
_WORKING_STUDENTS_EN = (
    "working-student-data-engineering",
    "working-student-it-support",
    "working-student-front-end",
)
_THESES_DE = (
    "masterarbeit-lastprognose",
    "bachelorarbeit-erp-usability",
    "abschlussarbeit-sprachmodelle-lehre",
)
_SECURITY_DE = (
    "praktikum-it-sicherheit",
    "junior-security-analyst",
    "ctf-einsteiger",
    "kurs-iso-27001-grundlagen",
    "vortrag-zero-trust",
    "phishing-awareness-spiel",
    "phishing-erkennen-checkliste",
    "it-notfallhandbuch",
)
_SECURITY_EN = (
    "internship-it-security",
    "junior-security-analyst",
    "ctf-for-beginners",
    "course-iso-27001-basics",
    "talk-zero-trust",
    "phishing-awareness-game",
    "spotting-phishing-checklist",
    "it-emergency-handbook",
)
# The Smart City Hackathon is over; the article looking back on it is what is left.
_HACKATHONS_DE = ("weser-data-hackathon", "ctf-einsteiger", "rueckblick-smart-city-hackathon")
_HACKATHONS_EN = ("weser-data-hackathon", "ctf-for-beginners", "looking-back-smart-city-hackathon")
_ACCESSIBILITY_DE = (
    "selbstlernkurs-barrierefreiheit",
    "barrierefreier-onlineshop",
    "barrierefreiheit-von-anfang-an",
)
_ACCESSIBILITY_EN = (
    "self-study-course-accessibility",
    "accessible-online-shop",
    "accessibility-from-the-start",
)


def _slugs(expected: str | tuple[str, ...]) -> tuple[str, ...]:
    return tuple(expected.split()) if isinstance(expected, str) else expected


# (language, query, the expected slugs separated by spaces or a tuple, kind)
JUDGMENTS: tuple[Judgment, ...] = tuple(
    Judgment(language, query, _slugs(expected), kind)
    for language, query, expected, kind in (
        # German: what + where
        ("de", "Hameln Java", "praktikum-softwareentwicklung", "place"),
        ("de", "Praktikum Hameln", "praktikum-softwareentwicklung", "place"),
        ("de", "Praktikum Hildesheim", "praktikum-webentwicklung-institut", "place"),
        ("de", "Werkstudent Hameln", "werkstudent-data-engineering", "place"),
        ("de", "Hackathon Hildesheim", "rueckblick-smart-city-hackathon", "place"),
        ("de", "Exkursion Celle", "exkursion-rechenzentrum", "place"),
        ("de", "Cybersicherheit Celle", "praktikum-it-sicherheit junior-security-analyst", "place"),
        ("de", "Software Entwicklung Hameln", "praktikum-softwareentwicklung", "place"),
        # German: compounds both ways
        ("de", "Pythonkurs", "kurs-python-datenanalyse", "compound"),
        ("de", "Python Kurs", "kurs-python-datenanalyse", "compound"),
        ("de", "Cloudkurs", "kurs-cloud-grundlagen", "compound"),
        ("de", "Softwareentwicklung Praktikum", "praktikum-softwareentwicklung", "compound"),
        ("de", "Lernplattform",
            "praxisprojekt-lernanalytik praktikum-webentwicklung-institut", "compound"),
        ("de", "Netzwerk Monitoring", "praxisprojekt-netzwerkmonitoring", "compound"),
        ("de", "Lastprognose", "masterarbeit-lastprognose", "compound"),
        ("de", "Sicherheit Praktikum", "praktikum-it-sicherheit", "compound"),
        # German: offer types and the commonest queries
        ("de", "Praktikum", _INTERNSHIPS_DE, "type"),
        ("de", "Werkstudent", _WORKING_STUDENTS_DE, "type"),
        ("de", "Abschlussarbeit", _THESES_DE, "type"),
        ("de", "Hackathon", _HACKATHONS_DE, "type"),
        ("de", "UX Workshop", "ux-research-kompakt", "type"),
        ("de", "Vortrag KI", "ringvorlesung-ki-logistik", "type"),
        ("de", "Trainee", "trainee-it-consulting", "type"),
        ("de", "Exkursion Rechenzentrum", "exkursion-rechenzentrum", "type"),
        ("de", "Java", "praktikum-softwareentwicklung", "precision"),
        ("de", "Python", "kurs-python-datenanalyse praktikum-webentwicklung-institut", "precision"),
        ("de", "Barrierefreiheit", _ACCESSIBILITY_DE, "precision"),
        ("de", "Phishing", "phishing-awareness-spiel phishing-erkennen-checkliste", "precision"),
        ("de", "Karrieretag", "karrieretag-it karrieretag-anmeldung-offen", "precision"),
        ("de", "Git", "git-im-team fuenf-git-gewohnheiten", "precision"),
        ("de", "Scrum Master Kurs", "kurs-scrum-master", "precision"),
        ("de", "Frontend Werkstudent", "werkstudent-frontend", "precision"),
        ("de", "Green IT", "vortrag-green-it", "precision"),
        ("de", "Green Coding", "green-coding", "precision"),
        ("de", "Mentoring Studentinnen",
            "mentoring-studentinnen-it mentoring-zweite-runde", "precision"),
        ("de", "Chatbot", "chatbot-kundenservice", "precision"),
        ("de", "ISO 27001", "kurs-iso-27001-grundlagen", "precision"),
        ("de", "Sicherheitsakademie", "calenberger-sicherheitsakademie", "partner"),
        # German: synonyms, English words, exonyms
        ("de", "Abschlussarbeit KI",
            "abschlussarbeit-sprachmodelle-lehre masterarbeit-lastprognose", "synonym"),
        ("de", "Cyber Security", _SECURITY_DE, "synonym"),
        ("de", "Internship Hameln", "praktikum-softwareentwicklung", "synonym"),
        ("de", "Maschinelles Lernen", "masterarbeit-lastprognose", "synonym"),
        ("de", "Thesis", _THESES_DE, "synonym"),
        ("de", "Hanover Stammtisch", "it-stammtisch-hannover", "exonym"),
        ("de", "Hamelin Hackathon", "weser-data-hackathon", "exonym"),
        # German: typos
        ("de", "Praktikm", _INTERNSHIPS_DE, "typo"),
        ("de", "Werkstudnt", _WORKING_STUDENTS_DE, "typo"),
        ("de", "Pyton Kurs", "kurs-python-datenanalyse", "typo"),
        ("de", "Hackaton", _HACKATHONS_DE, "typo"),
        ("de", "Barierefreiheit", _ACCESSIBILITY_DE, "typo"),
        # English: what + where
        ("en", "internship Hildesheim", "internship-web-development-institute", "place"),
        ("en", "Java Hamelin", "internship-software-development", "place"),
        ("en", "Java Hameln", "internship-software-development", "exonym"),
        ("en", "Hannover meetup", "it-meetup-hanover", "exonym"),
        ("en", "Hanover meetup", "it-meetup-hanover", "place"),
        ("en", "working student Hamelin", "working-student-data-engineering", "place"),
        # English: offer types and the commonest queries
        ("en", "internship", _INTERNSHIPS_EN, "type"),
        ("en", "working student", _WORKING_STUDENTS_EN, "type"),
        ("en", "hackathon", _HACKATHONS_EN, "type"),
        ("en", "UX workshop", "ux-research-in-brief", "type"),
        ("en", "python course", "course-python-data-analysis", "type"),
        ("en", "trainee programme", "trainee-it-consulting", "type"),
        ("en", "field trip data centre", "field-trip-data-centre", "type"),
        ("en", "master's thesis", "masters-thesis-load-forecasting", "type"),
        ("en", "scrum master", "course-scrum-master", "precision"),
        ("en", "language models", "ai-prototyping thesis-language-models-teaching", "precision"),
        ("en", "accessibility", _ACCESSIBILITY_EN, "precision"),
        ("en", "phishing", "phishing-awareness-game spotting-phishing-checklist", "precision"),
        ("en", "mentoring women",
            "mentoring-women-students-it mentoring-second-round", "precision"),
        ("en", "careers day", "it-careers-day careers-day-registration-open", "precision"),
        ("en", "green IT", "talk-green-it", "precision"),
        ("en", "chatbot", "chatbot-customer-service", "precision"),
        ("en", "zero trust", "talk-zero-trust", "precision"),
        ("en", "git", "git-in-a-team five-git-habits", "precision"),
        ("en", "software development internship", "internship-software-development", "precision"),
        ("en", "front-end working student", "working-student-front-end", "precision"),
        # English: synonyms and German words
        ("en", "thesis AI",
            "thesis-language-models-teaching masters-thesis-load-forecasting", "synonym"),
        ("en", "cyber security", _SECURITY_EN, "synonym"),
        ("en", "data center", "field-trip-data-centre internship-it-security", "synonym"),
        ("en", "artificial intelligence thesis",
            "thesis-language-models-teaching masters-thesis-load-forecasting", "synonym"),
        ("en", "Praktikum", _INTERNSHIPS_EN, "synonym"),
        ("en", "Werkstudent", _WORKING_STUDENTS_EN, "synonym"),
        # English: typos
        ("en", "internshp", _INTERNSHIPS_EN, "typo"),
        ("en", "pyhton course", "course-python-data-analysis", "typo"),
        ("en", "accesibility", _ACCESSIBILITY_EN, "typo"),
        ("en", "secuirty", _SECURITY_EN, "typo"),
    )
)  # fmt: skip


class Miss(NamedTuple):
    judgment: Judgment
    top: list[str]  # the first three slugs the search returned


def precision_at_3(search: Callable[[str, str], list[str]]) -> tuple[float, list[Miss]]:
    """The mean share of each judgment's relevant pages in the top 3 (at most 3 of them
    count), and the judgments below 1. `search(language, query)` returns ranked slugs."""
    total, misses = 0.0, []
    for judgment in JUDGMENTS:
        top = search(judgment.language, judgment.query)[:3]
        wanted = min(3, len(judgment.expected))
        share = len(set(top) & set(judgment.expected)) / wanted
        total += share
        if share < 1:
            misses.append(Miss(judgment, top))
    return total / len(JUDGMENTS), misses
