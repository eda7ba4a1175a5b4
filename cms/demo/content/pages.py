"""The sections below the home page and the text pages: about, imprint, privacy, accessibility."""

from ..specs import IndexSpec, StandardSpec

OPERATOR = "ProXLab – Projektteam an der Universität Hildesheim (Demo)"
ADDRESS = "Beispielstraße 1 (Demo-Adresse), 31141 Hildesheim"
CONTACT_EMAIL = "kontakt@proxlab.example"
PRIVACY_EMAIL = "datenschutz@proxlab.example"
ACCESSIBILITY_EMAIL = "barrierefreiheit@proxlab.example"
DEMO_NOTICE = (
    "Dies ist ein Demo-Datenbestand: Alle Organisationen, Personen, Adressen und Angebote "
    "auf diesen Seiten sind frei erfunden. Ähnlichkeiten mit realen Unternehmen sind nicht "
    "beabsichtigt."
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
    ),
    IndexSpec(
        model="offers.ChallengeIndexPage",
        slug="challenges",
        title="Challenges",
        teaser="Echte Fragestellungen aus der Praxis, gelöst von studentischen Teams.",
        intro="In einer Challenge stellt ein Partner eine Aufgabe aus seinem Alltag, und "
        "studentische Teams erarbeiten in einigen Wochen eine Lösung. Sie lernen die Praxis "
        "kennen, die Partner lernen Sie kennen – und am Ende steht ein Ergebnis, das weiterhilft.",
    ),
    IndexSpec(
        model="offers.PartnerIndexPage",
        slug="partner",
        title="Partner",
        teaser="Unternehmen, Institute, Netzwerke und Bildungsanbieter, die ProXLab mitgestalten.",
        intro="Diese Organisationen aus der Region Leine-Weser bieten Workshops, Praxisprojekte, "
        "Challenges und Stellen an. Auf jedem Profil sehen Sie, was der Partner gerade anbietet.",
    ),
    IndexSpec(
        model="home.ArticleIndexPage",
        slug="magazin",
        title="Magazin",
        teaser="Neuigkeiten, Gespräche und Know-how rund um IT-Karrieren in der Region.",
        intro="Was in ProXLab passiert, wer dahintersteht und was Sie für Studium und Beruf "
        "wissen sollten: Neuigkeiten, Interviews und praktische Anleitungen.",
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
)

PRIVACY = StandardSpec(
    slug="datenschutz",
    title="Datenschutz",
    teaser="Welche personenbezogenen Daten ProXLab verarbeitet, wozu und welche Rechte Sie haben.",
    body=(
        ("h", "Verantwortliche Stelle"),
        ("html", f"<p>{OPERATOR}<br/>{ADDRESS}<br/>E-Mail: {mail(CONTACT_EMAIL)}</p>"),
        ("h", "Datenschutzbeauftragte"),
        (
            "html",
            "<p>Sie erreichen die behördliche Datenschutzbeauftragte (Demo) unter "
            f"{mail(PRIVACY_EMAIL)}.</p>",
        ),
        ("h", "Besuch der Website"),
        (
            "p",
            "Beim Aufruf einer Seite verarbeitet der Server technisch notwendige Daten: "
            "IP-Adresse, Zeitpunkt, aufgerufene Adresse, übertragene Datenmenge und Angaben zum "
            "Browser. Wir nutzen sie, um die Website sicher und stabil zu betreiben "
            "(Art. 6 Abs. 1 lit. e DSGVO). Server-Protokolle löschen wir nach sieben Tagen.",
        ),
        ("h", "Cookies"),
        (
            "p",
            "ProXLab setzt nur technisch notwendige Cookies: eines für die gewählte Sprache und, "
            "beim Absenden von Formularen, eines zum Schutz vor Cross-Site-Request-Forgery. Wir "
            "verwenden keine Analyse- oder Werbe-Cookies und binden keine Tracking-Dienste ein.",
        ),
        ("h", "Angebote einreichen"),
        (
            "p",
            "Wenn Sie als Arbeitgeber ein Angebot einreichen, speichern wir Ihre Angaben zum "
            "Angebot, Ihren Namen, Ihre Organisation und Ihre E-Mail-Adresse, um das Angebot zu "
            "prüfen, zu veröffentlichen und Sie über den Stand zu informieren (Art. 6 Abs. 1 "
            "lit. b DSGVO). Abgelehnte Einreichungen löschen wir nach sechs Monaten, "
            "Kontaktdaten veröffentlichter Angebote ein Jahr nach Ablauf des Angebots.",
        ),
        ("h", "Suche"),
        (
            "p",
            "Suchanfragen werten wir nur anonym und zusammengefasst aus, um die Suche zu "
            "verbessern. Eine Zuordnung zu einzelnen Besucherinnen und Besuchern findet nicht "
            "statt.",
        ),
        ("h", "Ihre Rechte"),
        (
            "ul",
            "Auskunft über Ihre gespeicherten Daten (Art. 15 DSGVO)",
            "Berichtigung unrichtiger Daten (Art. 16 DSGVO)",
            "Löschung (Art. 17 DSGVO) und Einschränkung der Verarbeitung (Art. 18 DSGVO)",
            "Widerspruch gegen die Verarbeitung (Art. 21 DSGVO)",
            "Beschwerde bei einer Datenschutz-Aufsichtsbehörde, in Niedersachsen bei der "
            "Landesbeauftragten für den Datenschutz (Art. 77 DSGVO)",
        ),
        ("html", f"<p>Schreiben Sie uns dazu einfach an {mail(PRIVACY_EMAIL)}.</p>"),
        ("p", DEMO_NOTICE),
    ),
)


def accessibility_statement(reviewed_on: str) -> StandardSpec:
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
                f"Screenreader. Sie wurde zuletzt am {reviewed_on} überprüft.",
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
    )


# Navigation snippets: slot -> (text shown with the menu, page slugs below the home page).
MENUS = {
    "main": ("", ["angebote", "challenges", "partner", "magazin", "ueber-uns"]),
    "footer": (
        "ProXLab verbindet IT-Studierende, Absolvent:innen und Arbeitgeber der Region "
        "Leine-Weser. Ein Demo-Datenbestand: alle Organisationen sind frei erfunden.",
        ["ueber-uns", "impressum", "datenschutz", "barrierefreiheit"],
    ),
}
