"""Longer formats: practice projects, mentoring and courses, some running, some open-ended."""

from offers.choices import Format, OfferLanguage, OfferType

from ..specs import OfferSpec, SessionSpec

PROGRAMMES = (
    # Practice projects
    OfferSpec(
        slug="praxisprojekt-energie-dashboard",
        title="Praxisprojekt: Energie-Dashboard für Kommunen",
        offer_type=OfferType.PRACTICE_PROJECT,
        partner="schaumburger-energiedaten",
        format=Format.HYBRID,
        teaser="Ein Semester lang ein Dashboard entwickeln, das Gemeinden ihren Energieverbrauch "
        "zeigt.",
        about="Viele Gemeinden wissen nicht genau, wie viel Energie ihre Schulen, Hallen und "
        "Straßenlaternen verbrauchen. Ein Team aus vier Studierenden entwickelt mit unseren "
        "Messdaten ein Dashboard, das die Verbräuche verständlich macht und Ausreißer meldet.",
        points=(
            "Arbeit mit anonymisierten Messdaten aus echten Liegenschaften",
            "Agiles Vorgehen mit zweiwöchigen Reviews beim Partner",
            "Anrechnung als Projektmodul (10 ECTS) möglich",
        ),
        topics=("Data Science", "Nachhaltigkeit"),
        competences=("D.7", "B.1", "A.6"),
        when=(-14, "09:00", 70, "17:00"),
        deadline=-21,
        capacity=4,
        en={
            "slug": "practice-project-energy-dashboard",
            "title": "Practice project: an energy dashboard for local councils",
            "teaser": (
                "Spend a semester developing a dashboard that shows municipalities their energy "
                "consumption."
            ),
            "about": (
                "Many municipalities do not know exactly how much energy their schools, sports "
                "halls and street lights use. A team of four students uses our metering data to "
                "develop a dashboard that makes consumption easy to understand and flags outliers."
            ),
            "points": (
                "Working with anonymised metering data from real buildings",
                "An agile approach with reviews at the partner every two weeks",
                "Can be credited as a project module (10 ECTS)",
            ),
        },
    ),
    OfferSpec(
        slug="praxisprojekt-headless-shop",
        title="Praxisprojekt: Relaunch eines Onlineshops mit Headless-CMS",
        offer_type=OfferType.PRACTICE_PROJECT,
        partner="sollingwerk-digital",
        format=Format.HYBRID,
        teaser="Mit unserem Team einen Shop neu aufsetzen – von der Nutzerforschung bis zum "
        "Go-live.",
        about="Ein Hersteller von Outdoor-Ausrüstung aus dem Solling bekommt einen neuen "
        "Onlineshop. Sie arbeiten im Projektteam mit, übernehmen eigene Arbeitspakete und "
        "erleben den ganzen Weg von der Anforderung bis zum Livegang.",
        points=(
            "Frontend-Entwicklung mit einem modernen JavaScript-Framework",
            "Barrierefreiheit und Performance messen und verbessern",
            "Zusammenarbeit mit Design, Kunde und Qualitätssicherung",
        ),
        topics=("Webentwicklung", "UX"),
        competences=("B.1", "A.10", "B.3"),
        when=(30, "09:00", 120, "17:00"),
        deadline=21,
        capacity=6,
        en={
            "slug": "practice-project-headless-shop",
            "title": "Practice project: relaunching an online shop with a headless CMS",
            "teaser": "Rebuild a shop with our team – from user research to go-live.",
            "about": (
                "A manufacturer of outdoor equipment from the Solling hills is getting a new "
                "online shop. You work in the project team, take on work packages of your own and "
                "experience the whole journey from requirements to launch."
            ),
            "points": (
                "Front-end development with a modern JavaScript framework",
                "Measuring and improving accessibility and performance",
                "Working with design, the client and quality assurance",
            ),
        },
    ),
    OfferSpec(
        slug="praxisprojekt-netzwerkmonitoring",
        title="Praxisprojekt: Netzwerkmonitoring für Arztpraxen",
        offer_type=OfferType.PRACTICE_PROJECT,
        partner="nienburger-netzwerktechnik",
        teaser="Ein Monitoring aufbauen, das Störungen meldet, bevor das Wartezimmer voll ist.",
        about="Arztpraxen brauchen eine IT, die einfach funktioniert. Im Projekt entwerfen und "
        "testen Sie ein Monitoring für typische Praxisnetze und schreiben die Dokumentation, "
        "mit der unser Support-Team es ausrollen kann.",
        points=(
            "Netzwerke, Server und Dienste überwachen",
            "Alarme sinnvoll gestalten",
            "Datenschutz im Gesundheitswesen beachten",
        ),
        topics=("IT-Sicherheit", "Cloud"),
        competences=("C.4", "B.6", "D.1"),
        when=(40, "09:00", 130, "16:00"),
        deadline=30,
        capacity=4,
        en={
            "slug": "practice-project-network-monitoring",
            "title": "Practice project: network monitoring for medical practices",
            "teaser": "Set up monitoring that reports faults before the waiting room is full.",
            "about": (
                "Medical practices need IT that simply works. In the project you design and test "
                "monitoring for typical practice networks and write the documentation our support "
                "team will use to roll it out."
            ),
            "points": (
                "Monitoring networks, servers and services",
                "Designing alerts that make sense",
                "Respecting data protection in healthcare",
            ),
        },
    ),
    OfferSpec(
        slug="praxisprojekt-lernanalytik",
        title="Praxisprojekt im Master: Lernanalytik für die Lernplattform",
        offer_type=OfferType.PRACTICE_PROJECT,
        partner="institut-wirtschaftsinformatik",
        teaser="Wie erkennt eine Lernplattform, dass jemand Hilfe braucht – ohne zu überwachen?",
        about="Das Institut untersucht, wie Lernplattformen Studierende unterstützen können, "
        "ohne ihre Privatsphäre zu verletzen. Im Projekt entwickeln Sie datensparsame "
        "Kennzahlen und testen sie mit Freiwilligen.",
        points=(
            "Datensparsame Lernanalytik entwerfen",
            "Ethische und rechtliche Fragen abwägen",
            "Ergebnisse in einem kurzen Paper aufschreiben",
        ),
        topics=("Data Science", "KI"),
        competences=("D.7", "D.10"),
        when=(-30, "10:00", 60, "16:00"),
        deadline=-37,
        capacity=8,
        en={
            "slug": "practice-project-learning-analytics",
            "title": "Master's practice project: learning analytics for the learning platform",
            "teaser": (
                "How can a learning platform tell that someone needs help – without watching over "
                "them?"
            ),
            "about": (
                "The institute investigates how learning platforms can support students without "
                "violating their privacy. In the project you develop data-minimising metrics and "
                "test them with volunteers."
            ),
            "points": (
                "Designing data-minimising learning analytics",
                "Weighing up ethical and legal questions",
                "Writing up the results in a short paper",
            ),
        },
    ),
    # Mentoring
    OfferSpec(
        slug="mentoring-studentinnen-it",
        title="Mentoring-Programm für Studentinnen in der IT",
        offer_type=OfferType.MENTORING,
        partner="netzwerk-it-frauen",
        format=Format.HYBRID,
        place="hannover",
        teaser="Ein Jahr lang begleitet Sie eine erfahrene Fachfrau – bei Studium, Bewerbung "
        "und ersten Schritten im Beruf.",
        about="Mentorin und Mentee treffen sich etwa einmal im Monat, online oder vor Ort. "
        "Dazu kommen drei gemeinsame Workshops im Jahr. Der Einstieg ist jederzeit möglich.",
        points=(
            "Eine persönliche Mentorin aus der Praxis",
            "Workshops zu Verhandeln, Auftreten und Netzwerken",
            "Zugang zum Netzwerk mit über 200 Fachfrauen",
        ),
        topics=("Karriere",),
        competences=("D.9", "E.4"),
        audience="sg",
        en={
            "slug": "mentoring-women-students-it",
            "title": "Mentoring programme for women students in IT",
            "teaser": (
                "For a year, an experienced woman professional supports you – in your studies, "
                "your applications and your first steps at work."
            ),
            "about": (
                "Mentor and mentee meet about once a month, online or in person. In addition, "
                "there are three joint workshops a year. You can join at any time."
            ),
            "points": (
                "A personal mentor from the profession",
                "Workshops on negotiating, presenting yourself and networking",
                "Access to a network of more than 200 women professionals",
            ),
        },
    ),
    OfferSpec(
        slug="mentoring-berufseinstieg",
        title="Mentoring zum Berufseinstieg",
        offer_type=OfferType.MENTORING,
        partner="digitalnetz-leine-weser",
        format=Format.ONLINE,
        teaser="Erfahrene IT-Fachleute aus der Region begleiten Absolvent:innen durch das "
        "erste Berufsjahr.",
        about="Der erste Job wirft Fragen auf, die man nicht unbedingt der Chefin stellen will. "
        "Im Mentoring sprechen Sie regelmäßig mit jemandem, der den Weg schon gegangen ist.",
        points=(
            "Sechs Gespräche in zwölf Monaten",
            "Vermittlung passend zu Fachgebiet und Interessen",
            "Abschlusstreffen aller Tandems",
        ),
        topics=("Karriere",),
        competences=("D.9",),
        valid=120,
        audience="g",
        en={
            "slug": "mentoring-first-job",
            "title": "Mentoring for your first job",
            "teaser": (
                "Experienced IT professionals from the region support graduates through their "
                "first year at work."
            ),
            "about": (
                "Your first job raises questions you would rather not ask your boss. In the "
                "mentoring programme you talk regularly with someone who has already walked that "
                "path."
            ),
            "points": (
                "Six meetings in twelve months",
                "Matched to your field and interests",
                "A closing meeting of all tandems",
            ),
        },
    ),
    OfferSpec(
        slug="gruendungsmentoring",
        title="Gründungsmentoring für digitale Geschäftsideen",
        offer_type=OfferType.MENTORING,
        partner="gruendungs-und-karrierezentrum",
        teaser="Von der Idee zum Geschäftsmodell: Begleitung für Gründungsteams aus der "
        "Hochschule.",
        about="Sie haben eine Idee für ein digitales Produkt? Das Gründungszentrum hilft bei "
        "Geschäftsmodell, Finanzierung und Förderanträgen und vermittelt Kontakte zu "
        "Gründer:innen aus der Region.",
        points=(
            "Regelmäßige Beratung im Gründungsteam",
            "Unterstützung bei Förderanträgen",
            "Kontakte zu Gründerinnen und Investoren",
        ),
        topics=("Karriere", "Nachhaltigkeit"),
        competences=("A.3", "A.9"),
        audience="sg",
        en={
            "slug": "start-up-mentoring",
            "title": "Start-up mentoring for digital business ideas",
            "teaser": (
                "From idea to business model: support for start-up teams from the university."
            ),
            "about": (
                "Do you have an idea for a digital product? The start-up centre helps with the "
                "business model, financing and funding applications and puts you in touch with "
                "founders from the region."
            ),
            "points": (
                "Regular advice for the founding team",
                "Support with funding applications",
                "Contacts with founders and investors",
            ),
        },
    ),
    # Courses
    OfferSpec(
        slug="kurs-scrum-master",
        title="Zertifikatskurs Professional Scrum Master (Vorbereitung)",
        offer_type=OfferType.COURSE,
        partner="agilwerk-coaching",
        teaser="Zwei Tage Scrum in Theorie und Praxis – mit Vorbereitung auf die Zertifizierung.",
        about="Der Kurs vermittelt Rollen, Ereignisse und Artefakte von Scrum und übt sie in "
        "einer Simulation. Sie erhalten eine Teilnahmebescheinigung und Übungsfragen für die "
        "Zertifizierungsprüfung.",
        points=(
            "Scrum-Rollen und -Ereignisse im Zusammenspiel",
            "Moderation von Retrospektiven",
            "Umgang mit typischen Konflikten im Team",
        ),
        topics=("Agile Methoden",),
        competences=("E.2", "E.5"),
        when=(16, "09:00", 17, "17:00"),
        sessions=(
            SessionSpec(
                16,
                "09:00",
                "17:00",
                "Rollen, Artefakte und Events",
                en={"note": "Roles, artefacts and events"},
            ),
            SessionSpec(
                17,
                "09:00",
                "17:00",
                "Moderation, Fallstudie und Prüfungsvorbereitung",
                en={"note": "Facilitation, case study and exam preparation"},
            ),
        ),
        deadline=9,
        capacity=12,
        price="390.00",
        audience="ge",
        en={
            "slug": "course-scrum-master",
            "title": "Certificate course Professional Scrum Master (preparation)",
            "teaser": (
                "Two days of Scrum in theory and practice – with preparation for the certification."
            ),
            "about": (
                "The course teaches the roles, events and artefacts of Scrum and practises them in "
                "a simulation. You receive a certificate of attendance and practice questions for "
                "the certification exam."
            ),
            "points": (
                "How Scrum roles and events work together",
                "Facilitating retrospectives",
                "Dealing with typical conflicts in the team",
            ),
        },
    ),
    OfferSpec(
        slug="kurs-cloud-grundlagen",
        title="Cloud-Grundlagen: Architektur, Kosten und Betrieb",
        offer_type=OfferType.COURSE,
        partner="kursraum-nord",
        format=Format.ONLINE,
        teaser="Sechs Wochen live online, zwei Abende pro Woche – mit Praxisprojekt.",
        about="Der Abendkurs führt in Konzepte der Cloud ein, unabhängig von einem bestimmten "
        "Anbieter: Rechenleistung, Speicher, Netze, Kosten und Sicherheit. Er läuft bereits; "
        "ein Quereinstieg ist bis zur dritten Woche möglich.",
        points=(
            "Cloud-Architekturen verstehen und vergleichen",
            "Kosten abschätzen und kontrollieren",
            "Eine kleine Anwendung sicher bereitstellen",
        ),
        topics=("Cloud",),
        competences=("B.6", "B.4", "C.3"),
        when=(-10, "18:00", 32, "21:00"),
        sessions=(
            SessionSpec(
                -10,
                "18:00",
                "21:00",
                "Was ist Cloud? Die Dienstmodelle",
                en={"note": "What is the cloud? The service models"},
            ),
            SessionSpec(
                -8,
                "18:00",
                "21:00",
                "Regionen, Zonen und Verfügbarkeit",
                en={"note": "Regions, zones and availability"},
            ),
            SessionSpec(
                -3, "18:00", "21:00", "Virtuelle Maschinen", en={"note": "Virtual machines"}
            ),
            SessionSpec(
                -1,
                "18:00",
                "21:00",
                "Speicher und Datenbanken",
                en={"note": "Storage and databases"},
            ),
            SessionSpec(
                4, "18:00", "21:00", "Netze in der Cloud", en={"note": "Networks in the cloud"}
            ),
            SessionSpec(
                6,
                "18:00",
                "21:00",
                "Identitäten und Rechte",
                en={"note": "Identities and permissions"},
            ),
            SessionSpec(
                11,
                "18:00",
                "21:00",
                "Infrastruktur als Code",
                en={"note": "Infrastructure as code"},
            ),
            SessionSpec(13, "18:00", "21:00", "Container", en={"note": "Containers"}),
            SessionSpec(
                18,
                "18:00",
                "21:00",
                "Kubernetes im Überblick",
                en={"note": "Kubernetes at a glance"},
            ),
            SessionSpec(
                20,
                "18:00",
                "21:00",
                "Kosten abschätzen und kontrollieren",
                en={"note": "Estimating and controlling costs"},
            ),
            SessionSpec(
                25,
                "18:00",
                "21:00",
                "Betrieb und Monitoring",
                en={"note": "Operations and monitoring"},
            ),
            SessionSpec(
                27,
                "18:00",
                "21:00",
                "Praxisprojekt: Präsentationen",
                en={"note": "Practice project: presentations"},
            ),
        ),
        capacity=25,
        price="249.00",
        audience="g",
        en={
            "slug": "course-cloud-fundamentals",
            "title": "Cloud fundamentals: architecture, costs and operations",
            "teaser": "Six weeks live online, two evenings a week – with a practice project.",
            "about": (
                "The evening course introduces cloud concepts independently of any particular "
                "provider: computing power, storage, networks, costs and security. It is already "
                "under way; you can still join until the third week."
            ),
            "points": (
                "Understanding and comparing cloud architectures",
                "Estimating and controlling costs",
                "Deploying a small application securely",
            ),
        },
    ),
    OfferSpec(
        slug="kurs-python-datenanalyse",
        title="Python für Datenanalyse – Abendkurs",
        offer_type=OfferType.COURSE,
        partner="kursraum-nord",
        format=Format.HYBRID,
        place="peine",
        teaser="Daten einlesen, bereinigen, auswerten und darstellen – in acht Abenden.",
        about="Der Kurs richtet sich an alle, die Daten mit Python auswerten möchten. Sie "
        "arbeiten mit pandas und Jupyter und bringen gern eigene Datensätze mit.",
        points=(
            "Daten einlesen und bereinigen",
            "Auswertungen mit pandas",
            "Ergebnisse verständlich darstellen",
        ),
        topics=("Data Science",),
        competences=("D.7", "B.1"),
        when=(21, "18:00", 63, "21:00"),
        sessions=(
            SessionSpec(
                21,
                "18:00",
                "21:00",
                "Python und Jupyter einrichten",
                en={"note": "Setting up Python and Jupyter"},
            ),
            SessionSpec(
                28,
                "18:00",
                "21:00",
                "Daten einlesen mit pandas",
                en={"note": "Reading data with pandas"},
            ),
            SessionSpec(35, "18:00", "21:00", "Daten bereinigen", en={"note": "Cleaning data"}),
            SessionSpec(
                42,
                "18:00",
                "21:00",
                "Gruppieren und Verknüpfen",
                en={"note": "Grouping and joining"},
            ),
            SessionSpec(
                49,
                "18:00",
                "21:00",
                "Diagramme mit Matplotlib",
                en={"note": "Charts with Matplotlib"},
            ),
            SessionSpec(56, "18:00", "21:00", "Zeitreihen", en={"note": "Time series"}),
            SessionSpec(
                63,
                "18:00",
                "21:00",
                "Maschinelles Lernen: ein erster Blick",
                en={"note": "Machine learning: a first look"},
            ),
            SessionSpec(
                70,
                "18:00",
                "21:00",
                "Eigene Auswertung vorstellen",
                en={"note": "Presenting an analysis of your own"},
            ),
        ),
        deadline=14,
        capacity=18,
        price="320.00",
        audience="sg",
        en={
            "slug": "course-python-data-analysis",
            "title": "Python for data analysis – evening course",
            "teaser": "Reading, cleaning, analysing and presenting data – in eight evenings.",
            "about": (
                "The course is for anyone who wants to analyse data with Python. You work with "
                "pandas and Jupyter, and you are welcome to bring your own data sets."
            ),
            "points": (
                "Reading in and cleaning data",
                "Analyses with pandas",
                "Presenting results clearly",
            ),
        },
    ),
    OfferSpec(
        slug="kurs-iso-27001-grundlagen",
        title="Informationssicherheit nach ISO/IEC 27001 – Grundlagen für KMU",
        offer_type=OfferType.COURSE,
        partner="calenberger-sicherheitsakademie",
        place="garbsen",
        teaser="Zwei Tage für Verantwortliche, die ein Managementsystem für "
        "Informationssicherheit aufbauen.",
        about="Der Kurs erklärt Aufbau und Anforderungen der Norm und zeigt, wie kleine und "
        "mittlere Unternehmen pragmatisch starten. Mit vielen Vorlagen zum Mitnehmen.",
        points=(
            "Anforderungen der Norm im Überblick",
            "Risikoanalyse Schritt für Schritt",
            "Vorlagen für Richtlinien und Nachweise",
        ),
        topics=("IT-Sicherheit",),
        competences=("E.8", "D.1", "E.3"),
        when=(62, "09:00", 63, "16:30"),
        sessions=(
            SessionSpec(
                62,
                "09:00",
                "16:30",
                "Norm, Begriffe und Anwendungsbereich",
                en={"note": "The standard, terms and scope"},
            ),
            SessionSpec(
                63,
                "09:00",
                "16:30",
                "Risikobehandlung und Audit",
                en={"note": "Risk treatment and audit"},
            ),
        ),
        deadline=48,
        capacity=14,
        price="690.00",
        audience="ge",
        en={
            "slug": "course-iso-27001-basics",
            "title": "Information security under ISO/IEC 27001 – the basics for SMEs",
            "teaser": (
                "Two days for those responsible for setting up an information security management "
                "system."
            ),
            "about": (
                "The course explains the structure and requirements of the standard and shows how "
                "small and medium-sized businesses can make a pragmatic start. With plenty of "
                "templates to take away."
            ),
            "points": (
                "The requirements of the standard at a glance",
                "Risk analysis step by step",
                "Templates for policies and evidence",
            ),
        },
    ),
    OfferSpec(
        slug="selbstlernkurs-barrierefreiheit",
        title="Selbstlernkurs: Digitale Barrierefreiheit",
        offer_type=OfferType.COURSE,
        partner="institut-wirtschaftsinformatik",
        format=Format.ONLINE,
        teaser="Sechs Lektionen im eigenen Tempo – mit Übungen und Prüfwerkzeugen.",
        about="Der offene Online-Kurs des Instituts vermittelt die Grundlagen barrierefreier "
        "Websites und Dokumente. Er ist kostenlos und jederzeit zugänglich.",
        points=(
            "Grundlagen der WCAG und der BITV 2.0",
            "Barrierefreie Dokumente erstellen",
            "Websites mit Werkzeugen und Screenreader prüfen",
        ),
        topics=("UX", "Webentwicklung"),
        competences=("A.10",),
        language=OfferLanguage.BOTH,
        audience="sge",
        en={
            "slug": "self-study-course-accessibility",
            "title": "Self-study course: digital accessibility",
            "teaser": "Six lessons at your own pace – with exercises and testing tools.",
            "about": (
                "The institute's open online course teaches the basics of accessible websites and "
                "documents. It is free of charge and available at any time."
            ),
            "points": (
                "The basics of WCAG and BITV 2.0",
                "Creating accessible documents",
                "Testing websites with tools and a screen reader",
            ),
        },
    ),
)
