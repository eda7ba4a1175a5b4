"""The sections below the home page and the text pages: about, imprint, privacy, accessibility;
the navigation menus; the English of the home page the migrations create."""

import datetime

from ..richtext import written_date
from ..specs import IndexSpec, MenuSpec, StandardSpec

OPERATOR = "ProXLab – Projektteam an der Universität Hildesheim (Demo)"
OPERATOR_EN = "ProXLab – project team at the University of Hildesheim (Demo)"
ADDRESS = "Beispielstraße 1 (Demo-Adresse), 31141 Hildesheim"
ADDRESS_EN = "Beispielstraße 1 (demo address), 31141 Hildesheim, Germany"
CONTACT_EMAIL = "kontakt@proxlab.example"
PRIVACY_EMAIL = "datenschutz@proxlab.example"
ACCESSIBILITY_EMAIL = "barrierefreiheit@proxlab.example"
DEMO_NOTICE = (
    "Dies ist ein Demo-Datenbestand: Alle Organisationen, Personen, Adressen und Angebote "
    "auf diesen Seiten sind frei erfunden. Ähnlichkeiten mit realen Unternehmen sind nicht "
    "beabsichtigt."
)
DEMO_NOTICE_EN = (
    "This is a demo data set: all organisations, people, addresses and offers on these pages "
    "are entirely fictitious. Any resemblance to real companies is unintended."
)


def mail(address: str) -> str:
    return f'<a href="mailto:{address}">{address}</a>'


INDEXES = (
    IndexSpec(
        model="offers.OfferIndexPage",
        slug="angebote",
        title="Angebote",
        teaser="Workshops, Vorträge, Exkursionen, Praxisprojekte, Mentoring und Stellen aus der "
        "Region Leine-Weser.",
        intro="Hier finden Sie Austausch- und Weiterbildungsangebote der Universität, regionaler "
        "Arbeitgeber und externer Anbieter – vom Abendvortrag über das Praxisprojekt bis zur "
        "ersten Stelle nach dem Studium. Filtern Sie nach Art, Format, Ort und Thema.",
        en={
            "slug": "offers",
            "title": "Offers",
            "teaser": (
                "Workshops, talks, field trips, practice projects, mentoring and jobs from the "
                "Leine-Weser region."
            ),
            "intro": (
                "Here you will find exchange and training offers from the university, regional "
                "employers and external providers – from an evening talk or a practice project to "
                "your first job after graduation. Filter by type, format, place and topic."
            ),
        },
    ),
    IndexSpec(
        model="offers.ChallengeIndexPage",
        slug="challenges",
        title="Challenges",
        teaser="Echte Fragestellungen aus der Praxis, gelöst von studentischen Teams.",
        intro="In einer Challenge stellt ein Partner eine Aufgabe aus seinem Alltag, und "
        "studentische Teams erarbeiten in einigen Wochen eine Lösung. Sie lernen die Praxis "
        "kennen, die Partner lernen Sie kennen – und am Ende steht ein Ergebnis, das weiterhilft.",
        en={
            "slug": "challenges",
            "title": "Challenges",
            "teaser": "Real questions from practice, solved by student teams.",
            "intro": (
                "In a challenge, a partner sets a task from its everyday work, and student teams "
                "develop a solution within a few weeks. You get to know the professional world, "
                "the partners get to know you – and at the end there is a result that helps."
            ),
        },
    ),
    IndexSpec(
        model="offers.PartnerIndexPage",
        slug="partner",
        title="Partner",
        teaser="Unternehmen, Institute, Netzwerke und Bildungsanbieter, die ProXLab mitgestalten.",
        intro="Diese Organisationen aus der Region Leine-Weser bieten Workshops, Praxisprojekte, "
        "Challenges und Stellen an. Auf jedem Profil sehen Sie, was der Partner gerade anbietet.",
        en={
            "slug": "partners",
            "title": "Partners",
            "teaser": (
                "Companies, institutes, networks and education providers who help shape ProXLab."
            ),
            "intro": (
                "These organisations from the Leine-Weser region offer workshops, practice "
                "projects, challenges and jobs. Each profile shows what the partner is currently "
                "offering."
            ),
        },
    ),
    IndexSpec(
        model="home.ArticleIndexPage",
        slug="magazin",
        title="Magazin",
        teaser="Neuigkeiten, Gespräche und Know-how rund um IT-Karrieren in der Region.",
        intro="Was in ProXLab passiert, wer dahintersteht und was Sie für Studium und Beruf "
        "wissen sollten: Neuigkeiten, Interviews und praktische Anleitungen.",
        en={
            "slug": "magazine",
            "title": "Magazine",
            "teaser": "News, conversations and know-how about IT careers in the region.",
            "intro": (
                "What is happening at ProXLab, who is behind it and what you should know for your "
                "studies and career: news, interviews and practical guides."
            ),
        },
    ),
)


ABOUT = StandardSpec(
    slug="ueber-uns",
    title="Über ProXLab",
    show_in_menus=True,
    teaser="Das praxisorientierte Austausch- und Erprobungsökosystem für IT-Studierende, "
    "Absolvent:innen und Arbeitgeber aus der Region Leine-Weser.",
    body=(
        ("h", "Worum es geht"),
        (
            "p",
            "ProXLab baut ein Plattformökosystem auf, erprobt es und macht es dauerhaft: "
            "IT-Studierende, IT-Absolventinnen und -Absolventen sowie Arbeitgeberinnen und "
            "Arbeitgeber aus der Region sollen sich enger über Themen der Digitalisierung "
            "austauschen können.",
            "Im Mittelpunkt stehen Angebote, in denen alle Seiten ihre Erwartungen und "
            "Anforderungen offen aussprechen, die Profile künftiger Fachkräfte schärfen und "
            "gemeinsam Lösungen für Probleme aus der Praxis erarbeiten.",
        ),
        ("h", "Was wir erreichen wollen"),
        (
            "ul",
            "Beziehungen zwischen IT-Studierenden, Absolvent:innen und regionalen Arbeitgebern "
            "stärken.",
            "Spezialisierte Kompetenzen, die die Praxis braucht, schon im Studium aufbauen.",
            "Gut ausgebildete IT-Fachkräfte in der Region Leine-Weser halten, statt sie an die "
            "Metropolen zu verlieren.",
        ),
        ("h", "Ein hybrides Ökosystem"),
        (
            "p",
            "Ein zentrales Webportal verknüpft virtuelle und physische Austausch- und "
            "Kompetenzerwerbsangebote der Universität, der regionalen Arbeitgeber und externer "
            "Dienstleister: Workshops und Vorträge, Exkursionen und Praxisprojekte, Mentoring, "
            "Hackathons und Challenges, Praktika, Abschlussarbeiten und Stellen für den "
            "Berufseinstieg.",
        ),
        ("h", "Unsere Haltung"),
        (
            "p",
            "Wir vermitteln eine kritisch-konstruktive Haltung gegenüber den Technologien, "
            "Methoden und organisatorischen Ansätzen, die mit der Digitalisierung kommen: "
            "neugierig ausprobieren, genau hinsehen, begründet entscheiden.",
        ),
        (
            "q",
            "Gute IT-Fachkräfte entstehen dort, wo Hörsaal und Praxis miteinander reden – "
            "nicht übereinander.",
            "Projektteam ProXLab (Demo)",
        ),
        ("h", "Mitmachen"),
        (
            "p",
            "Sie möchten als Unternehmen, Institut oder Bildungsanbieter ein Angebot machen "
            f"oder eine Challenge stellen? Schreiben Sie uns an {CONTACT_EMAIL}.",
        ),
        ("cta", "Zu den aktuellen Angeboten", "angebote"),
        ("p", DEMO_NOTICE),
    ),
    en={
        "slug": "about",
        "title": "About ProXLab",
        "teaser": (
            "The practice-oriented exchange and testing ecosystem for IT students, graduates and "
            "employers from the Leine-Weser region."
        ),
        "body": (
            ("h", "What it's about"),
            (
                "p",
                "ProXLab is building a platform ecosystem, testing it and making it permanent: IT "
                "students, IT graduates and employers from the region should be able to exchange "
                "ideas on digitalisation more closely.",
                "At its heart are offers in which all sides openly state their expectations and "
                "requirements, sharpen the profiles of future professionals and work together on "
                "solutions to real-world problems.",
            ),
            ("h", "What we want to achieve"),
            (
                "ul",
                "Strengthen the relationships between IT students, graduates and regional "
                "employers.",
                "Build the specialised competences that practice needs while people are still "
                "studying.",
                "Keep well-trained IT professionals in the Leine-Weser region instead of losing "
                "them to the big cities.",
            ),
            ("h", "A hybrid ecosystem"),
            (
                "p",
                "A central web portal links virtual and physical offers for exchange and skills "
                "development from the university, regional employers and external service "
                "providers: workshops and talks, field trips and practice projects, mentoring, "
                "hackathons and challenges, internships, theses and graduate jobs.",
            ),
            ("h", "Our approach"),
            (
                "p",
                "We encourage a critical and constructive attitude towards the technologies, "
                "methods and organisational approaches that come with digitalisation: try things "
                "out with curiosity, look closely, decide for good reasons.",
            ),
            (
                "q",
                "Good IT professionals emerge where lecture hall and practice talk with each "
                "other – not about each other.",
                "ProXLab project team (Demo)",
            ),
            ("h", "Get involved"),
            (
                "p",
                "Would you like to make an offer or set a challenge as a company, institute or "
                f"education provider? Write to us at {CONTACT_EMAIL}.",
            ),
            ("cta", "See the current offers", "angebote"),
            ("p", DEMO_NOTICE_EN),
        ),
    },
)

IMPRINT = StandardSpec(
    slug="impressum",
    title="Impressum",
    teaser="Anbieterkennzeichnung nach § 5 Digitale-Dienste-Gesetz (DDG).",
    body=(
        ("h", "Anbieter"),
        ("html", f"<p>{OPERATOR}<br/>{ADDRESS}</p>"),
        (
            "html",
            f"<p>E-Mail: {mail(CONTACT_EMAIL)}<br/>Telefon: 05121 0000-100 (Demo-Nummer)</p>",
        ),
        ("h", "Vertretung"),
        (
            "p",
            "Die Universität ist eine Körperschaft des öffentlichen Rechts. Für das Projekt "
            "ProXLab vertreten durch die Projektleitung, Prof. Dr. Johanna Brinkmann (Demo).",
        ),
        ("h", "Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV"),
        ("p", f"Dr. Malte Siebert (Demo), {ADDRESS}"),
        ("h", "Haftung für Inhalte und Links"),
        (
            "p",
            "Wir erstellen die Inhalte dieser Seiten mit Sorgfalt. Angebote, Challenges und "
            "Stellen stammen von unseren Partnern, die für ihre Angaben selbst verantwortlich "
            "sind. Für Inhalte externer Websites, auf die wir verlinken, sind deren Betreiber "
            "verantwortlich; rechtswidrige Inhalte waren beim Verlinken nicht erkennbar.",
        ),
        ("h", "Förderhinweis"),
        (
            "p",
            "ProXLab ist ein Projekt zum Aufbau eines regionalen Austauschökosystems. Die "
            "Angaben zur Förderung sind in dieser Demo ausgelassen.",
        ),
        ("h", "Hinweis zur Demo"),
        ("p", DEMO_NOTICE),
    ),
    en={
        "slug": "imprint",
        "title": "Legal notice",
        "teaser": (
            "Provider identification under Section 5 of the German Digital Services Act (DDG)."
        ),
        "body": (
            ("h", "Provider"),
            (
                "html",
                f"<p>{OPERATOR_EN}<br/>{ADDRESS_EN}</p>",
            ),
            (
                "html",
                f"<p>E-mail: {mail(CONTACT_EMAIL)}<br/>Phone: +49 5121 0000-100 (demo number)</p>",
            ),
            ("h", "Representation"),
            (
                "p",
                "The university is a public-law corporation. For the ProXLab project it is "
                "represented by the project lead, Prof. Dr. Johanna Brinkmann (Demo).",
            ),
            (
                "h",
                "Responsible for the content under Section 18(2) of the German Interstate Media "
                "Treaty (MStV)",
            ),
            ("p", f"Dr. Malte Siebert (Demo), {ADDRESS_EN}"),
            ("h", "Liability for content and links"),
            (
                "p",
                "We create the content of these pages with care. Offers, challenges and jobs come "
                "from our partners, who are themselves responsible for their information. The "
                "operators of external websites we link to are responsible for their content; no "
                "unlawful content was apparent when the links were set.",
            ),
            ("h", "Funding notice"),
            (
                "p",
                "ProXLab is a project to build a regional exchange ecosystem. Details of its "
                "funding are omitted in this demo.",
            ),
            ("h", "About this demo"),
            ("p", DEMO_NOTICE_EN),
        ),
    },
)


def accessibility_statement(reviewed_on: datetime.date) -> StandardSpec:
    """The statement carries the day of its last review, which the builder supplies."""
    return StandardSpec(
        slug="barrierefreiheit",
        title="Barrierefreiheit",
        teaser="Erklärung zur Barrierefreiheit nach dem Niedersächsischen "
        "Behindertengleichstellungsgesetz (NBGG).",
        body=(
            (
                "p",
                f"{OPERATOR} ist bemüht, die Website ProXLab im Einklang mit dem "
                "Niedersächsischen Behindertengleichstellungsgesetz (NBGG) und der "
                "Barrierefreie-Informationstechnik-Verordnung (BITV 2.0), die die Richtlinie "
                "(EU) 2016/2102 umsetzen, barrierefrei zugänglich zu machen. Diese Erklärung "
                "gilt für alle Seiten unter /de/ und /en/.",
            ),
            ("h", "Stand der Vereinbarkeit mit den Anforderungen"),
            (
                "p",
                "Die Website ist mit den Anforderungen der BITV 2.0 und der harmonisierten Norm "
                "EN 301 549 (WCAG 2.1, Stufe AA) teilweise vereinbar. Die unten genannten "
                "Inhalte sind noch nicht vollständig barrierefrei.",
            ),
            ("h", "Nicht barrierefreie Inhalte"),
            (
                "ul",
                "Einige PDF-Dokumente, die Partner zu ihren Angeboten bereitstellen, sind nicht "
                "durchgängig mit Tags versehen. Wir bitten die Partner um barrierefreie "
                "Fassungen und senden Ihnen die Inhalte auf Wunsch in anderer Form.",
                "Ältere Videos im Magazin haben noch keine vollständigen Untertitel.",
                "Die Filter der Angebotsliste kündigen die Zahl der Treffer Screenreadern noch "
                "nicht automatisch an.",
                "Englische Übersetzungen erscheinen bei neuen Angeboten teilweise erst mit "
                "einigen Tagen Verzögerung.",
            ),
            ("h", "Erstellung dieser Erklärung"),
            (
                "p",
                "Diese Erklärung beruht auf einer Selbstbewertung des Projektteams mit "
                "automatisierten Prüfwerkzeugen und manuellen Tests mit Tastatur und "
                f"Screenreader. Sie wurde zuletzt am {written_date(reviewed_on, 'de')} überprüft.",
            ),
            ("h", "Feedback und Kontakt"),
            (
                "html",
                "<p>Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen, oder brauchen Sie "
                "Inhalte in einer anderen Form? Schreiben Sie uns an "
                f"{mail(ACCESSIBILITY_EMAIL)}. Wir antworten innerhalb von zwei Wochen.</p>",
            ),
            ("h", "Schlichtungsverfahren"),
            (
                "p",
                "Wenn Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort erhalten, können "
                "Sie sich an die Schlichtungsstelle nach dem Niedersächsischen "
                "Behindertengleichstellungsgesetz wenden. Sie ist bei der oder dem "
                "Landesbeauftragten für Menschen mit Behinderungen angesiedelt und hilft, "
                "Konflikte zwischen Menschen mit Behinderungen und öffentlichen Stellen des "
                "Landes außergerichtlich beizulegen.",
                "Das Schlichtungsverfahren ist kostenlos, und Sie brauchen keinen Rechtsbeistand. "
                "Die aktuellen Kontaktdaten der Schlichtungsstelle finden Sie auf den Seiten des "
                "Landes Niedersachsen.",
            ),
            ("p", DEMO_NOTICE),
        ),
        en={
            "slug": "accessibility",
            "title": "Accessibility statement",
            "teaser": "Accessibility statement under the Lower Saxony Disability Equality Act "
            "(NBGG).",
            "body": (
                (
                    "p",
                    f"{OPERATOR_EN} is committed to making the ProXLab website accessible in "
                    "accordance with the Lower Saxony Disability Equality Act (NBGG) and the "
                    "Barrier-Free Information Technology Ordinance (BITV 2.0), which implement "
                    "Directive (EU) 2016/2102. This statement applies to all pages under /de/ and "
                    "/en/.",
                ),
                ("h", "Compliance status"),
                (
                    "p",
                    "The website is partially compliant with the requirements of BITV 2.0 and the "
                    "harmonised standard EN 301 549 (WCAG 2.1, level AA). The content listed below "
                    "is not yet fully accessible.",
                ),
                ("h", "Non-accessible content"),
                (
                    "ul",
                    "Some PDF documents that partners provide for their offers are not fully "
                    "tagged. We ask the partners for accessible versions and will send you the "
                    "content in another form on request.",
                    "Older videos in the magazine do not yet have complete subtitles.",
                    "The filters of the offer list do not yet announce the number of results to "
                    "screen readers automatically.",
                    "English translations of new offers sometimes appear only a few days later.",
                ),
                ("h", "Preparation of this statement"),
                (
                    "p",
                    "This statement is based on a self-assessment by the project team using "
                    "automated testing tools and manual tests with keyboard and screen reader. "
                    f"It was last reviewed on {written_date(reviewed_on, 'en')}.",
                ),
                ("h", "Feedback and contact"),
                (
                    "html",
                    "<p>Have you noticed any barriers to access, or do you need content in "
                    f"another form? Write to us at {mail(ACCESSIBILITY_EMAIL)}. We will reply "
                    "within two weeks.</p>",
                ),
                ("h", "Conciliation procedure"),
                (
                    "p",
                    "If you do not receive a satisfactory answer to your feedback, you can turn "
                    "to the conciliation body under the Lower Saxony Disability Equality Act. It "
                    "is based at the office of the State Commissioner for People with "
                    "Disabilities and helps to settle disputes between people with disabilities "
                    "and public bodies of the state out of court.",
                    "The conciliation procedure is free of charge, and you do not need legal "
                    "representation. You will find the current contact details of the "
                    "conciliation body on the website of the State of Lower Saxony.",
                ),
                ("p", DEMO_NOTICE_EN),
            ),
        },
    )


MENUS = (
    MenuSpec(slot="main", pages=("angebote", "challenges", "partner", "magazin", "ueber-uns")),
    MenuSpec(
        slot="footer",
        pages=("ueber-uns", "impressum", "datenschutz", "barrierefreiheit"),
        text="ProXLab verbindet IT-Studierende, Absolvent:innen und Arbeitgeber der Region "
        "Leine-Weser. Ein Demo-Datenbestand: alle Organisationen sind frei erfunden.",
        en={
            "text": "ProXLab connects IT students, graduates and employers of the Leine-Weser "
            "region. A demo data set: all organisations are entirely fictitious."
        },
    ),
)

# The English of the home page; its German comes with the migrations (home/migrations/0002).
HOME_EN = {
    "slug": "home-en",
    "title": "ProXLab",
    "teaser": "The exchange and testing ecosystem for IT students, graduates and employers of "
    "the Leine-Weser region.",
    "hero_title": "Exchange between IT students, graduates and employers",
    "hero_text": "ProXLab connects the university, regional employers and external providers of "
    "the Leine-Weser region: workshops, practice projects, challenges and jobs.",
}
