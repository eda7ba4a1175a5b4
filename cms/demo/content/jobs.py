"""Positions: internships, theses, working-student jobs and career entries, valid for a while."""

from offers.choices import Format, OfferLanguage, OfferType

from ..specs import OfferSpec

JOBS = (
    # Internships
    OfferSpec(
        slug="praktikum-softwareentwicklung",
        title="Praktikum Softwareentwicklung (Java/Kotlin)",
        offer_type=OfferType.INTERNSHIP,
        partner="weserbyte",
        teaser="Drei bis sechs Monate im Produktteam – mit eigenem Feature und Mentor:in.",
        about="Sie arbeiten in einem unserer Produktteams an einer Fachanwendung für Kommunen "
        "mit. Nach der Einarbeitung übernehmen Sie ein eigenes Feature, vom Konzept bis zum "
        "Release. Start ab sofort oder nach Absprache.",
        points=(
            "Backend-Entwicklung mit Java und Kotlin",
            "Automatisierte Tests schreiben",
            "Teilnahme an Planning, Review und Retrospektive",
        ),
        profile=(
            "Studium der Informatik, Wirtschaftsinformatik oder ähnlich",
            "Erste Erfahrung mit einer objektorientierten Sprache",
            "Lust, Fragen zu stellen",
        ),
        topics=("Webentwicklung", "Agile Methoden"),
        competences=("B.1", "B.3"),
        valid=60,
    ),
    OfferSpec(
        slug="praktikum-it-sicherheit",
        title="Praktikum IT-Sicherheit im Rechenzentrum",
        offer_type=OfferType.INTERNSHIP,
        partner="aller-cloud",
        teaser="Im Security Operations Center Angriffe erkennen und Abwehr verbessern.",
        about="Im Praktikum lernen Sie, wie ein Security Operations Center arbeitet: Sie "
        "analysieren Warnmeldungen, verbessern Erkennungsregeln und dokumentieren Vorfälle.",
        points=(
            "Warnmeldungen auswerten und einordnen",
            "Erkennungsregeln testen und verbessern",
            "Notfallübungen vorbereiten",
        ),
        profile=("Grundkenntnisse in Netzwerken und Linux", "Interesse an IT-Sicherheit"),
        topics=("IT-Sicherheit", "Cloud"),
        competences=("E.8", "C.4"),
        valid=75,
    ),
    OfferSpec(
        slug="pflichtpraktikum-ux-ui",
        title="Pflichtpraktikum UX/UI-Design (6 Monate)",
        offer_type=OfferType.INTERNSHIP,
        partner="sollingwerk-digital",
        format=Format.HYBRID,
        teaser="Nutzerforschung, Wireframes und Prototypen für Onlineshops.",
        about="Sie unterstützen unser Design-Team in Kundenprojekten: Sie führen Tests mit "
        "Nutzerinnen und Nutzern durch, entwerfen Wireframes und gestalten Prototypen.",
        points=(
            "Usability-Tests planen und auswerten",
            "Wireframes und klickbare Prototypen",
            "Barrierefreiheit im Design prüfen",
        ),
        profile=("Studium mit Bezug zu UX, Design oder Informatik", "Erste Arbeitsproben"),
        topics=("UX",),
        competences=("A.10", "A.6"),
        valid=40,
    ),
    OfferSpec(
        slug="praktikum-logistik-it",
        title="Praktikum Logistik-IT (Sommer)",
        offer_type=OfferType.INTERNSHIP,
        partner="fuhsetal-logistiksysteme",
        teaser="Materialflusssoftware testen und in Projekten vor Ort unterstützen.",
        about="Die Stelle ist bereits besetzt; die Ausschreibung bleibt als Beispiel für "
        "abgelaufene Angebote im Demo-Datenbestand.",
        points=("Testfälle für Anlagensteuerungen", "Unterstützung bei Inbetriebnahmen"),
        profile=("Studium der Informatik oder Logistik",),
        topics=("Data Science",),
        competences=("B.3", "B.2"),
        valid=-5,
    ),
    # Theses
    OfferSpec(
        slug="masterarbeit-lastprognose",
        title="Masterarbeit: Lastprognosen mit maschinellem Lernen",
        offer_type=OfferType.THESIS,
        partner="schaumburger-energiedaten",
        format=Format.HYBRID,
        teaser="Welche Modelle sagen den Stromverbrauch eines Netzgebiets am besten voraus?",
        about="Sie vergleichen klassische statistische Verfahren mit Verfahren des "
        "maschinellen Lernens für Lastprognosen und bewerten sie nach Genauigkeit, Aufwand und "
        "Nachvollziehbarkeit. Daten und Rechenleistung stellen wir.",
        points=(
            "Aufbereitung von Zeitreihen aus Smart Metern",
            "Vergleich mehrerer Prognosemodelle",
            "Empfehlung für den produktiven Einsatz",
        ),
        profile=("Masterstudium mit Schwerpunkt Data Science oder Statistik",),
        topics=("KI", "Data Science", "Nachhaltigkeit"),
        competences=("E.1", "D.7"),
        valid=90,
        audience="s",
    ),
    OfferSpec(
        slug="bachelorarbeit-erp-usability",
        title="Bachelorarbeit: Usability-Evaluation eines ERP-Moduls",
        offer_type=OfferType.THESIS,
        partner="leinetal-software",
        format=Format.HYBRID,
        place="alfeld",
        teaser="Wie gut kommen Sachbearbeiter:innen mit der neuen Auftragserfassung zurecht?",
        about="Unsere neue Auftragserfassung ist seit drei Monaten bei Pilotkunden im Einsatz. "
        "In Ihrer Arbeit untersuchen Sie mit Interviews und Tests, wo sie hilft und wo sie "
        "stört, und leiten Verbesserungen ab.",
        points=(
            "Usability-Tests bei Pilotkunden",
            "Auswertung mit etablierten Fragebögen",
            "Konkrete Gestaltungsempfehlungen",
        ),
        profile=("Bachelorstudium Wirtschaftsinformatik, Informatik oder ähnlich",),
        topics=("UX",),
        competences=("A.10", "B.3"),
        valid=100,
    ),
    OfferSpec(
        slug="abschlussarbeit-sprachmodelle-lehre",
        title="Abschlussarbeit am Institut: Sprachmodelle in der Hochschullehre",
        offer_type=OfferType.THESIS,
        partner="institut-wirtschaftsinformatik",
        teaser="Bachelor- oder Masterarbeit zu Chancen und Risiken von KI-Assistenten im Studium.",
        about="Das Institut betreut laufend Arbeiten zum Einsatz von Sprachmodellen in der "
        "Lehre – empirisch, gestaltungsorientiert oder als Literaturarbeit. Themen stimmen wir "
        "gemeinsam ab.",
        points=(
            "Befragungen und Experimente mit Studierenden",
            "Prototypen für Lernassistenten",
            "Kritische Bewertung von Chancen und Risiken",
        ),
        profile=("Interesse an KI und Lehre", "Sorgfältiges wissenschaftliches Arbeiten"),
        topics=("KI",),
        competences=("A.7", "D.10"),
    ),
    # Working students
    OfferSpec(
        slug="werkstudent-data-engineering",
        title="Werkstudent:in Data Engineering (15–20 Std./Woche)",
        offer_type=OfferType.WORKING_STUDENT,
        partner="hamelner-datenwerk",
        format=Format.HYBRID,
        teaser="Datenpipelines für Versorger bauen – flexibel neben dem Studium.",
        about="Sie unterstützen unser Team beim Aufbau von Datenplattformen für Stadtwerke und "
        "Industrie. Ihre Arbeitszeiten richten sich nach Ihrem Stundenplan; in der "
        "vorlesungsfreien Zeit geht auch mehr.",
        points=(
            "Datenpipelines mit Python und SQL entwickeln",
            "Datenqualität prüfen und überwachen",
            "Dashboards für Kunden pflegen",
        ),
        profile=("Gute Kenntnisse in Python und SQL", "Mindestens noch ein Jahr Studium"),
        topics=("Data Science", "Cloud"),
        competences=("D.7", "B.2"),
        valid=50,
    ),
    OfferSpec(
        slug="werkstudent-it-support",
        title="Werkstudent:in IT-Support und Netzwerke",
        offer_type=OfferType.WORKING_STUDENT,
        partner="nienburger-netzwerktechnik",
        teaser="Kunden helfen, Netzwerke einrichten, Technik verstehen – in Nienburg.",
        about="Sie unterstützen unser Support-Team bei Anfragen von Praxen und Kanzleien, "
        "richten Arbeitsplätze ein und begleiten Technikerinnen zu Kunden.",
        points=(
            "Anfragen im Ticketsystem bearbeiten",
            "Arbeitsplätze und Netzwerke einrichten",
            "Dokumentation pflegen",
        ),
        profile=("Freundlicher Umgang mit Kundschaft", "Führerschein Klasse B von Vorteil"),
        topics=("IT-Sicherheit",),
        competences=("C.1", "C.4"),
        valid=45,
    ),
    OfferSpec(
        slug="werkstudent-frontend",
        title="Werkstudent:in Frontend-Entwicklung (remote möglich)",
        offer_type=OfferType.WORKING_STUDENT,
        partner="leinetal-software",
        format=Format.ONLINE,
        teaser="Oberflächen für unser ERP-System entwickeln – von zu Hause oder im Büro.",
        about="Sie arbeiten im Team Web-Oberflächen an neuen Masken für das ERP-System. Die "
        "Stelle ist vollständig remote möglich; einmal im Quartal treffen wir uns in Hannover.",
        points=(
            "Komponenten mit TypeScript entwickeln",
            "Barrierefreiheit und Tests im Blick behalten",
            "Code-Reviews im Team",
        ),
        profile=("Erfahrung mit HTML, CSS und TypeScript",),
        topics=("Webentwicklung", "UX"),
        competences=("B.1", "A.10"),
        valid=30,
        language=OfferLanguage.BOTH,
    ),
    # Career entry
    OfferSpec(
        slug="junior-software-developer",
        title="Junior Software Developer (m/w/d) – Einstieg nach dem Studium",
        offer_type=OfferType.CAREER_ENTRY,
        partner="leinetal-software",
        format=Format.HYBRID,
        teaser="Ein strukturierter Einstieg mit Mentor:in, Weiterbildungsbudget und Homeoffice.",
        about="Sie steigen in eines unserer Produktteams ein und entwickeln Funktionen für "
        "unser ERP-System. In den ersten sechs Monaten begleitet Sie eine Mentorin; danach "
        "übernehmen Sie Schritt für Schritt mehr Verantwortung.",
        points=(
            "Entwicklung neuer Funktionen im Backend und Frontend",
            "Automatisierte Tests und Code-Reviews",
            "Austausch mit Kunden in Workshops",
        ),
        profile=(
            "Abgeschlossenes Studium der Informatik oder Wirtschaftsinformatik",
            "Erfahrung aus Projekten, Praktika oder Open Source",
        ),
        topics=("Webentwicklung", "Cloud", "Karriere"),
        competences=("B.1", "B.3"),
        valid=60,
        audience="g",
    ),
    OfferSpec(
        slug="trainee-it-consulting",
        title="Traineeprogramm IT-Consulting (18 Monate)",
        offer_type=OfferType.CAREER_ENTRY,
        partner="weserbyte",
        teaser="Drei Stationen, ein Programm: Beratung, Entwicklung und Projektleitung "
        "kennenlernen.",
        about="Im Traineeprogramm durchlaufen Sie drei Stationen zu je sechs Monaten und "
        "besuchen begleitende Seminare. Danach übernehmen Sie eine feste Rolle in der "
        "Beratung.",
        points=(
            "Anforderungen mit Kunden aufnehmen",
            "Projekte planen und steuern",
            "Seminare zu Moderation und Präsentation",
        ),
        profile=("Abgeschlossenes Studium", "Freude am Umgang mit Menschen"),
        topics=("Agile Methoden", "Karriere"),
        competences=("E.2", "A.1", "E.4"),
        valid=80,
        audience="g",
    ),
    OfferSpec(
        slug="junior-security-analyst",
        title="Junior Security Analyst (m/w/d) im Security Operations Center",
        offer_type=OfferType.CAREER_ENTRY,
        partner="aller-cloud",
        teaser="Angriffe erkennen und abwehren – mit Schichtzulage und Weiterbildung.",
        about="Sie überwachen gemeinsam mit einem erfahrenen Team die Systeme unserer Kunden, "
        "bewerten Sicherheitsvorfälle und leiten Gegenmaßnahmen ein.",
        points=(
            "Sicherheitsvorfälle analysieren und bewerten",
            "Kunden bei Vorfällen beraten",
            "Erkennungsregeln weiterentwickeln",
        ),
        profile=("Studium mit Schwerpunkt IT-Sicherheit oder vergleichbare Erfahrung",),
        topics=("IT-Sicherheit", "Karriere"),
        competences=("E.8", "C.4"),
        valid=55,
        audience="g",
    ),
    OfferSpec(
        slug="data-analyst-logistik",
        title="Data Analyst (m/w/d) Logistik – Berufseinstieg",
        offer_type=OfferType.CAREER_ENTRY,
        partner="fuhsetal-logistiksysteme",
        format=Format.HYBRID,
        teaser="Aus Anlagendaten Verbesserungen machen – für Lager in ganz Europa.",
        about="Sie werten Betriebsdaten unserer Anlagen aus, finden Engpässe und entwickeln mit "
        "Projektteams Verbesserungen. Gelegentliche Reisen zu Kunden gehören dazu.",
        points=(
            "Analysen und Prognosen zu Materialflüssen",
            "Dashboards für Kunden und Projektteams",
            "Zusammenarbeit mit Entwicklung und Inbetriebnahme",
        ),
        profile=("Studium mit quantitativem Schwerpunkt", "Sicher in SQL und Python"),
        topics=("Data Science", "Karriere"),
        competences=("D.7", "E.1"),
        valid=70,
        audience="g",
    ),
)
