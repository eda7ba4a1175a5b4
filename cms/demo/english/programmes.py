"""English of practice projects, mentoring and courses (content/programmes.py)."""

TEXT = {
    # praxisprojekt-energie-dashboard
    "Praxisprojekt: Energie-Dashboard für Kommunen": (
        "Practice project: an energy dashboard for local councils"
    ),
    "Ein Semester lang ein Dashboard entwickeln, das Gemeinden ihren Energieverbrauch zeigt.": (
        "Spend a semester developing a dashboard that shows municipalities their energy "
        "consumption."
    ),
    (
        "Viele Gemeinden wissen nicht genau, wie viel Energie ihre Schulen, Hallen und "
        "Straßenlaternen verbrauchen. Ein Team aus vier Studierenden entwickelt mit unseren "
        "Messdaten ein Dashboard, das die Verbräuche verständlich macht und Ausreißer meldet."
    ): (
        "Many municipalities do not know exactly how much energy their schools, sports halls and "
        "street lights use. A team of four students uses our metering data to develop a dashboard "
        "that makes consumption easy to understand and flags outliers."
    ),
    "Arbeit mit anonymisierten Messdaten aus echten Liegenschaften": (
        "Working with anonymised metering data from real buildings"
    ),
    "Agiles Vorgehen mit zweiwöchigen Reviews beim Partner": (
        "An agile approach with reviews at the partner every two weeks"
    ),
    "Anrechnung als Projektmodul (10 ECTS) möglich": (
        "Can be credited as a project module (10 ECTS)"
    ),
    # praxisprojekt-headless-shop
    "Praxisprojekt: Relaunch eines Onlineshops mit Headless-CMS": (
        "Practice project: relaunching an online shop with a headless CMS"
    ),
    "Mit unserem Team einen Shop neu aufsetzen – von der Nutzerforschung bis zum Go-live.": (
        "Rebuild a shop with our team – from user research to go-live."
    ),
    (
        "Ein Hersteller von Outdoor-Ausrüstung aus dem Solling bekommt einen neuen Onlineshop. Sie "
        "arbeiten im Projektteam mit, übernehmen eigene Arbeitspakete und erleben den ganzen Weg "
        "von der Anforderung bis zum Livegang."
    ): (
        "A manufacturer of outdoor equipment from the Solling hills is getting a new online shop. "
        "You work in the project team, take on work packages of your own and experience the whole "
        "journey from requirements to launch."
    ),
    "Frontend-Entwicklung mit einem modernen JavaScript-Framework": (
        "Front-end development with a modern JavaScript framework"
    ),
    "Barrierefreiheit und Performance messen und verbessern": (
        "Measuring and improving accessibility and performance"
    ),
    "Zusammenarbeit mit Design, Kunde und Qualitätssicherung": (
        "Working with design, the client and quality assurance"
    ),
    # praxisprojekt-netzwerkmonitoring
    "Praxisprojekt: Netzwerkmonitoring für Arztpraxen": (
        "Practice project: network monitoring for medical practices"
    ),
    "Ein Monitoring aufbauen, das Störungen meldet, bevor das Wartezimmer voll ist.": (
        "Set up monitoring that reports faults before the waiting room is full."
    ),
    (
        "Arztpraxen brauchen eine IT, die einfach funktioniert. Im Projekt entwerfen und testen "
        "Sie ein Monitoring für typische Praxisnetze und schreiben die Dokumentation, mit der "
        "unser Support-Team es ausrollen kann."
    ): (
        "Medical practices need IT that simply works. In the project you design and test "
        "monitoring for typical practice networks and write the documentation our support team "
        "will use to roll it out."
    ),
    "Netzwerke, Server und Dienste überwachen": "Monitoring networks, servers and services",
    "Alarme sinnvoll gestalten": "Designing alerts that make sense",
    "Datenschutz im Gesundheitswesen beachten": "Respecting data protection in healthcare",
    # praxisprojekt-lernanalytik
    "Praxisprojekt im Master: Lernanalytik für die Lernplattform": (
        "Master's practice project: learning analytics for the learning platform"
    ),
    "Wie erkennt eine Lernplattform, dass jemand Hilfe braucht – ohne zu überwachen?": (
        "How can a learning platform tell that someone needs help – without watching over them?"
    ),
    (
        "Das Institut untersucht, wie Lernplattformen Studierende unterstützen können, ohne ihre "
        "Privatsphäre zu verletzen. Im Projekt entwickeln Sie datensparsame Kennzahlen und testen "
        "sie mit Freiwilligen."
    ): (
        "The institute investigates how learning platforms can support students without violating "
        "their privacy. In the project you develop data-minimising metrics and test them with "
        "volunteers."
    ),
    "Datensparsame Lernanalytik entwerfen": "Designing data-minimising learning analytics",
    "Ethische und rechtliche Fragen abwägen": "Weighing up ethical and legal questions",
    "Ergebnisse in einem kurzen Paper aufschreiben": "Writing up the results in a short paper",
    # mentoring-studentinnen-it
    "Mentoring-Programm für Studentinnen in der IT": "Mentoring programme for women students in IT",
    (
        "Ein Jahr lang begleitet Sie eine erfahrene Fachfrau – bei Studium, Bewerbung und ersten "
        "Schritten im Beruf."
    ): (
        "For a year, an experienced woman professional supports you – in your studies, your "
        "applications and your first steps at work."
    ),
    (
        "Mentorin und Mentee treffen sich etwa einmal im Monat, online oder vor Ort. Dazu kommen "
        "drei gemeinsame Workshops im Jahr. Der Einstieg ist jederzeit möglich."
    ): (
        "Mentor and mentee meet about once a month, online or in person. In addition, there are "
        "three joint workshops a year. You can join at any time."
    ),
    "Eine persönliche Mentorin aus der Praxis": "A personal mentor from the profession",
    "Workshops zu Verhandeln, Auftreten und Netzwerken": (
        "Workshops on negotiating, presenting yourself and networking"
    ),
    "Zugang zum Netzwerk mit über 200 Fachfrauen": (
        "Access to a network of more than 200 women professionals"
    ),
    # mentoring-berufseinstieg
    "Mentoring zum Berufseinstieg": "Mentoring for your first job",
    "Erfahrene IT-Fachleute aus der Region begleiten Absolvent:innen durch das erste Berufsjahr.": (
        "Experienced IT professionals from the region support graduates through their first year "
        "at work."
    ),
    (
        "Der erste Job wirft Fragen auf, die man nicht unbedingt der Chefin stellen will. Im "
        "Mentoring sprechen Sie regelmäßig mit jemandem, der den Weg schon gegangen ist."
    ): (
        "Your first job raises questions you would rather not ask your boss. In the mentoring "
        "programme you talk regularly with someone who has already walked that path."
    ),
    "Sechs Gespräche in zwölf Monaten": "Six meetings in twelve months",
    "Vermittlung passend zu Fachgebiet und Interessen": "Matched to your field and interests",
    "Abschlusstreffen aller Tandems": "A closing meeting of all tandems",
    # gruendungsmentoring
    "Gründungsmentoring für digitale Geschäftsideen": (
        "Start-up mentoring for digital business ideas"
    ),
    "Von der Idee zum Geschäftsmodell: Begleitung für Gründungsteams aus der Hochschule.": (
        "From idea to business model: support for start-up teams from the university."
    ),
    (
        "Sie haben eine Idee für ein digitales Produkt? Das Gründungszentrum hilft bei "
        "Geschäftsmodell, Finanzierung und Förderanträgen und vermittelt Kontakte zu Gründer:innen "
        "aus der Region."
    ): (
        "Do you have an idea for a digital product? The start-up centre helps with the business "
        "model, financing and funding applications and puts you in touch with founders from the "
        "region."
    ),
    "Regelmäßige Beratung im Gründungsteam": "Regular advice for the founding team",
    "Unterstützung bei Förderanträgen": "Support with funding applications",
    "Kontakte zu Gründerinnen und Investoren": "Contacts with founders and investors",
    # kurs-scrum-master
    "Zertifikatskurs Professional Scrum Master (Vorbereitung)": (
        "Certificate course Professional Scrum Master (preparation)"
    ),
    "Zwei Tage Scrum in Theorie und Praxis – mit Vorbereitung auf die Zertifizierung.": (
        "Two days of Scrum in theory and practice – with preparation for the certification."
    ),
    (
        "Der Kurs vermittelt Rollen, Ereignisse und Artefakte von Scrum und übt sie in einer "
        "Simulation. Sie erhalten eine Teilnahmebescheinigung und Übungsfragen für die "
        "Zertifizierungsprüfung."
    ): (
        "The course teaches the roles, events and artefacts of Scrum and practises them in a "
        "simulation. You receive a certificate of attendance and practice questions for the "
        "certification exam."
    ),
    "Scrum-Rollen und -Ereignisse im Zusammenspiel": "How Scrum roles and events work together",
    "Moderation von Retrospektiven": "Facilitating retrospectives",
    "Umgang mit typischen Konflikten im Team": "Dealing with typical conflicts in the team",
    # kurs-cloud-grundlagen
    "Cloud-Grundlagen: Architektur, Kosten und Betrieb": (
        "Cloud fundamentals: architecture, costs and operations"
    ),
    "Sechs Wochen live online, zwei Abende pro Woche – mit Praxisprojekt.": (
        "Six weeks live online, two evenings a week – with a practice project."
    ),
    (
        "Der Abendkurs führt in Konzepte der Cloud ein, unabhängig von einem bestimmten Anbieter: "
        "Rechenleistung, Speicher, Netze, Kosten und Sicherheit. Er läuft bereits; ein "
        "Quereinstieg ist bis zur dritten Woche möglich."
    ): (
        "The evening course introduces cloud concepts independently of any particular provider: "
        "computing power, storage, networks, costs and security. It is already under way; you can "
        "still join until the third week."
    ),
    "Cloud-Architekturen verstehen und vergleichen": (
        "Understanding and comparing cloud architectures"
    ),
    "Kosten abschätzen und kontrollieren": "Estimating and controlling costs",
    "Eine kleine Anwendung sicher bereitstellen": "Deploying a small application securely",
    # kurs-python-datenanalyse
    "Python für Datenanalyse – Abendkurs": "Python for data analysis – evening course",
    "Daten einlesen, bereinigen, auswerten und darstellen – in acht Abenden.": (
        "Reading, cleaning, analysing and presenting data – in eight evenings."
    ),
    (
        "Der Kurs richtet sich an alle, die Daten mit Python auswerten möchten. Sie arbeiten mit "
        "pandas und Jupyter und bringen gern eigene Datensätze mit."
    ): (
        "The course is for anyone who wants to analyse data with Python. You work with pandas and "
        "Jupyter, and you are welcome to bring your own data sets."
    ),
    "Daten einlesen und bereinigen": "Reading in and cleaning data",
    "Auswertungen mit pandas": "Analyses with pandas",
    "Ergebnisse verständlich darstellen": "Presenting results clearly",
    # kurs-iso-27001-grundlagen
    "Informationssicherheit nach ISO/IEC 27001 – Grundlagen für KMU": (
        "Information security under ISO/IEC 27001 – the basics for SMEs"
    ),
    (
        "Zwei Tage für Verantwortliche, die ein Managementsystem für Informationssicherheit "
        "aufbauen."
    ): ("Two days for those responsible for setting up an information security management system."),
    (
        "Der Kurs erklärt Aufbau und Anforderungen der Norm und zeigt, wie kleine und mittlere "
        "Unternehmen pragmatisch starten. Mit vielen Vorlagen zum Mitnehmen."
    ): (
        "The course explains the structure and requirements of the standard and shows how small "
        "and medium-sized businesses can make a pragmatic start. With plenty of templates to take "
        "away."
    ),
    "Anforderungen der Norm im Überblick": "The requirements of the standard at a glance",
    "Risikoanalyse Schritt für Schritt": "Risk analysis step by step",
    "Vorlagen für Richtlinien und Nachweise": "Templates for policies and evidence",
    # selbstlernkurs-barrierefreiheit
    "Selbstlernkurs: Digitale Barrierefreiheit": "Self-study course: digital accessibility",
    "Sechs Lektionen im eigenen Tempo – mit Übungen und Prüfwerkzeugen.": (
        "Six lessons at your own pace – with exercises and testing tools."
    ),
    (
        "Der offene Online-Kurs des Instituts vermittelt die Grundlagen barrierefreier Websites "
        "und Dokumente. Er ist kostenlos und jederzeit zugänglich."
    ): (
        "The institute's open online course teaches the basics of accessible websites and "
        "documents. It is free of charge and available at any time."
    ),
    "Grundlagen der WCAG und der BITV 2.0": "The basics of WCAG and BITV 2.0",
    "Barrierefreie Dokumente erstellen": "Creating accessible documents",
    "Websites mit Werkzeugen und Screenreader prüfen": (
        "Testing websites with tools and a screen reader"
    ),
}

SLUGS = {
    "praxisprojekt-energie-dashboard": "practice-project-energy-dashboard",
    "praxisprojekt-headless-shop": "practice-project-headless-shop",
    "praxisprojekt-netzwerkmonitoring": "practice-project-network-monitoring",
    "praxisprojekt-lernanalytik": "practice-project-learning-analytics",
    "mentoring-studentinnen-it": "mentoring-women-students-it",
    "mentoring-berufseinstieg": "mentoring-first-job",
    "gruendungsmentoring": "start-up-mentoring",
    "kurs-scrum-master": "course-scrum-master",
    "kurs-cloud-grundlagen": "course-cloud-fundamentals",
    "kurs-python-datenanalyse": "course-python-data-analysis",
    "kurs-iso-27001-grundlagen": "course-iso-27001-basics",
    "selbstlernkurs-barrierefreiheit": "self-study-course-accessibility",
}
