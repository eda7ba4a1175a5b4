"""Positions: internships, theses, working-student jobs and career entries, valid for a while."""

from offers.choices import EmploymentType, Format, OfferLanguage, OfferType, PayUnit, RemoteWork

from ..specs import JobTerms, OfferSpec

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
        job=JobTerms(
            EmploymentType.VOLUNTARY_INTERNSHIP,
            months=3,
            hours=40,
            pay=("1400", None, PayUnit.MONTH),
            remote=RemoteWork.PARTLY,
            documents=("cv", "grades", "code"),
        ),
        valid=60,
        en={
            "slug": "internship-software-development",
            "title": "Internship in software development (Java/Kotlin)",
            "teaser": (
                "Three to six months in a product team – with a feature of your own and a mentor."
            ),
            "about": (
                "You join one of our product teams working on a specialist application for local "
                "authorities. Once you have settled in, you take on a feature of your own, from "
                "concept to release. Start immediately or by arrangement."
            ),
            "points": (
                "Back-end development with Java and Kotlin",
                "Writing automated tests",
                "Taking part in planning, review and retrospective",
            ),
            "profile": (
                "A degree in computer science, business informatics or a similar subject",
                "First experience with an object-oriented language",
                "Curiosity and the will to ask questions",
            ),
        },
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
        job=JobTerms(
            EmploymentType.MANDATORY_INTERNSHIP,
            months=5,
            hours=40,
            start=45,
            pay=("900", None, PayUnit.MONTH),
        ),
        valid=75,
        en={
            "slug": "internship-it-security",
            "title": "Internship in IT security at the data centre",
            "teaser": "Detect attacks and improve defences in the Security Operations Center.",
            "about": (
                "In this internship you learn how a Security Operations Center works: you analyse "
                "alerts, improve detection rules and document incidents."
            ),
            "points": (
                "Analysing and classifying alerts",
                "Testing and improving detection rules",
                "Preparing emergency drills",
            ),
            "profile": ("Basic knowledge of networks and Linux", "An interest in IT security"),
        },
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
        job=JobTerms(
            EmploymentType.MANDATORY_INTERNSHIP,
            months=4,
            hours=38,
            start=30,
            pay=("700", None, PayUnit.MONTH),
            documents=("cv", "portfolio"),
        ),
        valid=40,
        en={
            "slug": "compulsory-internship-ux-ui",
            "title": "Compulsory internship in UX/UI design (6 months)",
            "teaser": "User research, wireframes and prototypes for online shops.",
            "about": (
                "You support our design team in client projects: you run tests with users, draft "
                "wireframes and design prototypes."
            ),
            "points": (
                "Planning and analysing usability tests",
                "Wireframes and clickable prototypes",
                "Checking designs for accessibility",
            ),
            "profile": (
                "A degree related to UX, design or computer science",
                "First samples of your work",
            ),
        },
    ),
    OfferSpec(
        slug="praktikum-webentwicklung-institut",
        title="Praktikum Webentwicklung am Institut (Python/Django)",
        offer_type=OfferType.INTERNSHIP,
        partner="institut-wirtschaftsinformatik",
        teaser="Die Lernplattform des Instituts mit Python und Django weiterentwickeln.",
        about="Sie arbeiten im Entwicklungsteam des Instituts an der Lernplattform, die "
        "Studierende in Hildesheim täglich nutzen: neue Funktionen, Tests und Bedienbarkeit.",
        points=(
            "Funktionen in Python und Django umsetzen",
            "Oberflächen klar gestalten",
            "Code-Reviews im kleinen Team",
        ),
        profile=("Studium der Informatik oder Wirtschaftsinformatik", "Erste Python-Kenntnisse"),
        topics=("Webentwicklung",),
        competences=("B.1", "B.3"),
        job=JobTerms(
            EmploymentType.VOLUNTARY_INTERNSHIP,
            months=3,
            hours=35,
            pay=("1200", None, PayUnit.MONTH),
            remote=RemoteWork.PARTLY,
        ),
        valid=70,
        en={
            "slug": "internship-web-development-institute",
            "title": "Internship in web development at the institute (Python/Django)",
            "teaser": "Developing the institute's learning platform with Python and Django.",
            "about": (
                "You join the institute's development team working on the learning platform that "
                "students in Hildesheim use every day: new features, tests and usability."
            ),
            "points": (
                "Building features in Python and Django",
                "Designing clear interfaces",
                "Code reviews in a small team",
            ),
            "profile": (
                "A degree in computer science or business informatics",
                "First knowledge of Python",
            ),
        },
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
        job=JobTerms(
            EmploymentType.VOLUNTARY_INTERNSHIP,
            months=3,
            hours=40,
            pay=("1300", None, PayUnit.MONTH),
        ),
        valid=-5,
        en={
            "slug": "internship-logistics-it",
            "title": "Internship in logistics IT (summer)",
            "teaser": "Testing material flow software and supporting projects on site.",
            "about": (
                "This position has already been filled; the advertisement remains in the demo data "
                "as an example of an expired offer."
            ),
            "points": ("Test cases for plant control systems", "Support with commissioning"),
            "profile": ("A degree in computer science or logistics",),
        },
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
        job=JobTerms(
            EmploymentType.THESIS,
            months=6,
            start=60,
            pay=("800", None, PayUnit.MONTH),
            remote=RemoteWork.PARTLY,
            documents=("cv", "grades", "idea"),
        ),
        valid=90,
        audience="s",
        en={
            "slug": "masters-thesis-load-forecasting",
            "title": "Master's thesis: load forecasting with machine learning",
            "teaser": "Which models best predict the electricity consumption of a grid area?",
            "about": (
                "You compare classical statistical methods with machine learning methods for load "
                "forecasting and assess them by accuracy, effort and explainability. We provide "
                "the data and the computing power."
            ),
            "points": (
                "Preparing time series from smart meters",
                "Comparing several forecasting models",
                "A recommendation for production use",
            ),
            "profile": ("A master's programme with a focus on data science or statistics",),
        },
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
        job=JobTerms(
            EmploymentType.THESIS,
            months=3,
            pay=("500", None, PayUnit.MONTH),
            documents=("cv", "grades", "idea"),
        ),
        valid=100,
        en={
            "slug": "bachelors-thesis-erp-usability",
            "title": "Bachelor's thesis: usability evaluation of an ERP module",
            "teaser": "How well do clerks cope with the new order entry?",
            "about": (
                "Our new order entry has been in use with pilot customers for three months. In "
                "your thesis you use interviews and tests to find out where it helps and where it "
                "gets in the way, and derive improvements."
            ),
            "points": (
                "Usability tests with pilot customers",
                "Analysis with established questionnaires",
                "Concrete design recommendations",
            ),
            "profile": (
                "A bachelor's programme in business informatics, computer science or similar",
            ),
        },
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
        job=JobTerms(
            EmploymentType.THESIS,
            months=6,
            unpaid=True,
            remote=RemoteWork.PARTLY,
            documents=("cv", "grades", "idea"),
        ),
        en={
            "slug": "thesis-language-models-teaching",
            "title": "Thesis at the institute: language models in university teaching",
            "teaser": (
                "A bachelor's or master's thesis on the opportunities and risks of AI assistants "
                "in higher education."
            ),
            "about": (
                "The institute continuously supervises theses on the use of language models in "
                "teaching – empirical, design-oriented or literature-based. We agree on topics "
                "together."
            ),
            "points": (
                "Surveys and experiments with students",
                "Prototypes of learning assistants",
                "A critical assessment of opportunities and risks",
            ),
            "profile": ("An interest in AI and teaching", "Careful academic work"),
        },
    ),
    # Working students
    OfferSpec(
        slug="werkstudent-data-engineering",
        title="Werkstudent:in Data Engineering (bis 20 Std./Woche)",
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
        job=JobTerms(
            EmploymentType.WORKING_STUDENT,
            months=12,
            hours=20,
            pay=("15", "18", PayUnit.HOUR),
            remote=RemoteWork.PARTLY,
            documents=("cv", "grades", "code"),
        ),
        valid=50,
        en={
            "slug": "working-student-data-engineering",
            "title": "Working student in data engineering (up to 20 hrs/week)",
            "teaser": "Build data pipelines for utilities – flexibly alongside your studies.",
            "about": (
                "You support our team in building data platforms for municipal utilities and "
                "industry. Your working hours fit around your timetable; during the semester break "
                "you can work more."
            ),
            "points": (
                "Developing data pipelines with Python and SQL",
                "Checking and monitoring data quality",
                "Maintaining dashboards for clients",
            ),
            "profile": (
                "Good knowledge of Python and SQL",
                "At least one more year of study ahead of you",
            ),
        },
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
        job=JobTerms(EmploymentType.WORKING_STUDENT, hours=16, pay=("15", None, PayUnit.HOUR)),
        valid=45,
        en={
            "slug": "working-student-it-support",
            "title": "Working student in IT support and networks",
            "teaser": "Help customers, set up networks, understand the technology – in Nienburg.",
            "about": (
                "You support our support team with requests from medical practices and law firms, "
                "set up workstations and accompany technicians to customers."
            ),
            "points": (
                "Handling requests in the ticket system",
                "Setting up workstations and networks",
                "Maintaining documentation",
            ),
            "profile": (
                "A friendly manner with customers",
                "A driving licence (category B) is an advantage",
            ),
        },
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
        job=JobTerms(
            EmploymentType.WORKING_STUDENT,
            months=12,
            hours=15,
            start=14,
            pay=("16", "18", PayUnit.HOUR),
            remote=RemoteWork.FULLY,
            documents=("cv", "code"),
        ),
        valid=30,
        language=OfferLanguage.BOTH,
        en={
            "slug": "working-student-front-end",
            "title": "Working student in front-end development (remote possible)",
            "teaser": "Develop user interfaces for our ERP system – from home or in the office.",
            "about": (
                "You work in the web interfaces team on new screens for the ERP system. The "
                "position can be fully remote; once a quarter we meet in Hanover."
            ),
            "points": (
                "Developing components with TypeScript",
                "Keeping an eye on accessibility and tests",
                "Code reviews in the team",
            ),
            "profile": ("Experience with HTML, CSS and TypeScript",),
        },
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
        job=JobTerms(
            EmploymentType.FULL_TIME,
            hours=40,
            pay=("46000", "52000", PayUnit.YEAR),
            remote=RemoteWork.PARTLY,
            documents=("cv", "certificates", "letter"),
        ),
        valid=60,
        audience="g",
        en={
            "slug": "junior-software-developer",
            "title": "Junior Software Developer (m/f/d) – your first job after graduation",
            "teaser": "A structured start with a mentor, a training budget and working from home.",
            "about": (
                "You join one of our product teams and develop features for our ERP system. For "
                "the first six months a mentor supports you; after that you take on more "
                "responsibility step by step."
            ),
            "points": (
                "Developing new features in the back end and front end",
                "Automated tests and code reviews",
                "Working with customers in workshops",
            ),
            "profile": (
                "A completed degree in computer science or business informatics",
                "Experience from projects, internships or open source",
            ),
        },
    ),
    OfferSpec(
        slug="trainee-it-consulting",
        title="Traineeprogramm IT-Consulting (18 Monate)",
        offer_type=OfferType.TRAINEE,
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
        job=JobTerms(
            EmploymentType.FULL_TIME,
            months=18,
            hours=40,
            start=90,
            pay=("44000", "48000", PayUnit.YEAR),
            documents=("cv", "certificates", "letter"),
        ),
        valid=80,
        audience="g",
        en={
            "slug": "trainee-it-consulting",
            "title": "Trainee programme in IT consulting (18 months)",
            "teaser": (
                "Three placements, one programme: get to know consulting, development and project "
                "management."
            ),
            "about": (
                "In the trainee programme you complete three placements of six months each and "
                "attend accompanying seminars. Afterwards you take on a permanent role in "
                "consulting."
            ),
            "points": (
                "Gathering requirements with clients",
                "Planning and steering projects",
                "Seminars on facilitation and presentation",
            ),
            "profile": ("A completed degree", "Enjoyment of working with people"),
        },
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
        job=JobTerms(
            EmploymentType.FULL_TIME,
            hours=40,
            pay=("50000", "56000", PayUnit.YEAR),
            remote=RemoteWork.PARTLY,
            documents=("cv", "certificates"),
        ),
        valid=55,
        audience="g",
        en={
            "slug": "junior-security-analyst",
            "title": "Junior Security Analyst (m/f/d) in the Security Operations Center",
            "teaser": "Detect and fend off attacks – with a shift allowance and further training.",
            "about": (
                "Together with an experienced team, you monitor our customers' systems, assess "
                "security incidents and initiate countermeasures."
            ),
            "points": (
                "Analysing and assessing security incidents",
                "Advising customers during incidents",
                "Developing detection rules further",
            ),
            "profile": ("A degree with a focus on IT security, or comparable experience",),
        },
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
        job=JobTerms(
            EmploymentType.FULL_TIME,
            hours=39,
            pay=("3900", "4400", PayUnit.MONTH),
            documents=("cv", "certificates", "letter"),
        ),
        valid=70,
        audience="g",
        en={
            "slug": "data-analyst-logistics",
            "title": "Data Analyst (m/f/d) in logistics – graduate entry",
            "teaser": "Turn plant data into improvements – for warehouses all over Europe.",
            "about": (
                "You analyse operating data from our installations, find bottlenecks and develop "
                "improvements with project teams. Occasional travel to customers is part of the "
                "job."
            ),
            "points": (
                "Analyses and forecasts of material flows",
                "Dashboards for customers and project teams",
                "Working with development and commissioning",
            ),
            "profile": ("A degree with a quantitative focus", "Confident in SQL and Python"),
        },
    ),
)
