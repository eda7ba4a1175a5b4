"""English of internships, theses and positions (content/jobs.py)."""

TEXT = {
    # praktikum-softwareentwicklung
    "Praktikum Softwareentwicklung (Java/Kotlin)": (
        "Internship in software development (Java/Kotlin)"
    ),
    "Drei bis sechs Monate im Produktteam – mit eigenem Feature und Mentor:in.": (
        "Three to six months in a product team – with a feature of your own and a mentor."
    ),
    (
        "Sie arbeiten in einem unserer Produktteams an einer Fachanwendung für Kommunen mit. Nach "
        "der Einarbeitung übernehmen Sie ein eigenes Feature, vom Konzept bis zum Release. Start "
        "ab sofort oder nach Absprache."
    ): (
        "You join one of our product teams working on a specialist application for local "
        "authorities. Once you have settled in, you take on a feature of your own, from concept to "
        "release. Start immediately or by arrangement."
    ),
    "Backend-Entwicklung mit Java und Kotlin": "Back-end development with Java and Kotlin",
    "Automatisierte Tests schreiben": "Writing automated tests",
    "Teilnahme an Planning, Review und Retrospektive": (
        "Taking part in planning, review and retrospective"
    ),
    "Studium der Informatik, Wirtschaftsinformatik oder ähnlich": (
        "A degree in computer science, business informatics or a similar subject"
    ),
    "Erste Erfahrung mit einer objektorientierten Sprache": (
        "First experience with an object-oriented language"
    ),
    "Lust, Fragen zu stellen": "Curiosity and the will to ask questions",
    # praktikum-it-sicherheit
    "Praktikum IT-Sicherheit im Rechenzentrum": "Internship in IT security at the data centre",
    "Im Security Operations Center Angriffe erkennen und Abwehr verbessern.": (
        "Detect attacks and improve defences in the Security Operations Center."
    ),
    (
        "Im Praktikum lernen Sie, wie ein Security Operations Center arbeitet: Sie analysieren "
        "Warnmeldungen, verbessern Erkennungsregeln und dokumentieren Vorfälle."
    ): (
        "In this internship you learn how a Security Operations Center works: you analyse alerts, "
        "improve detection rules and document incidents."
    ),
    "Warnmeldungen auswerten und einordnen": "Analysing and classifying alerts",
    "Erkennungsregeln testen und verbessern": "Testing and improving detection rules",
    "Notfallübungen vorbereiten": "Preparing emergency drills",
    "Grundkenntnisse in Netzwerken und Linux": "Basic knowledge of networks and Linux",
    "Interesse an IT-Sicherheit": "An interest in IT security",
    # pflichtpraktikum-ux-ui
    "Pflichtpraktikum UX/UI-Design (6 Monate)": "Compulsory internship in UX/UI design (6 months)",
    "Nutzerforschung, Wireframes und Prototypen für Onlineshops.": (
        "User research, wireframes and prototypes for online shops."
    ),
    (
        "Sie unterstützen unser Design-Team in Kundenprojekten: Sie führen Tests mit Nutzerinnen "
        "und Nutzern durch, entwerfen Wireframes und gestalten Prototypen."
    ): (
        "You support our design team in client projects: you run tests with users, draft "
        "wireframes and design prototypes."
    ),
    "Usability-Tests planen und auswerten": "Planning and analysing usability tests",
    "Wireframes und klickbare Prototypen": "Wireframes and clickable prototypes",
    "Barrierefreiheit im Design prüfen": "Checking designs for accessibility",
    "Studium mit Bezug zu UX, Design oder Informatik": (
        "A degree related to UX, design or computer science"
    ),
    "Erste Arbeitsproben": "First samples of your work",
    # praktikum-logistik-it
    "Praktikum Logistik-IT (Sommer)": "Internship in logistics IT (summer)",
    "Materialflusssoftware testen und in Projekten vor Ort unterstützen.": (
        "Testing material flow software and supporting projects on site."
    ),
    (
        "Die Stelle ist bereits besetzt; die Ausschreibung bleibt als Beispiel für abgelaufene "
        "Angebote im Demo-Datenbestand."
    ): (
        "This position has already been filled; the advertisement remains in the demo data as an "
        "example of an expired offer."
    ),
    "Testfälle für Anlagensteuerungen": "Test cases for plant control systems",
    "Unterstützung bei Inbetriebnahmen": "Support with commissioning",
    "Studium der Informatik oder Logistik": "A degree in computer science or logistics",
    # masterarbeit-lastprognose
    "Masterarbeit: Lastprognosen mit maschinellem Lernen": (
        "Master's thesis: load forecasting with machine learning"
    ),
    "Welche Modelle sagen den Stromverbrauch eines Netzgebiets am besten voraus?": (
        "Which models best predict the electricity consumption of a grid area?"
    ),
    (
        "Sie vergleichen klassische statistische Verfahren mit Verfahren des maschinellen Lernens "
        "für Lastprognosen und bewerten sie nach Genauigkeit, Aufwand und Nachvollziehbarkeit. "
        "Daten und Rechenleistung stellen wir."
    ): (
        "You compare classical statistical methods with machine learning methods for load "
        "forecasting and assess them by accuracy, effort and explainability. We provide the data "
        "and the computing power."
    ),
    "Aufbereitung von Zeitreihen aus Smart Metern": "Preparing time series from smart meters",
    "Vergleich mehrerer Prognosemodelle": "Comparing several forecasting models",
    "Empfehlung für den produktiven Einsatz": "A recommendation for production use",
    "Masterstudium mit Schwerpunkt Data Science oder Statistik": (
        "A master's programme with a focus on data science or statistics"
    ),
    # bachelorarbeit-erp-usability
    "Bachelorarbeit: Usability-Evaluation eines ERP-Moduls": (
        "Bachelor's thesis: usability evaluation of an ERP module"
    ),
    "Wie gut kommen Sachbearbeiter:innen mit der neuen Auftragserfassung zurecht?": (
        "How well do clerks cope with the new order entry?"
    ),
    (
        "Unsere neue Auftragserfassung ist seit drei Monaten bei Pilotkunden im Einsatz. In Ihrer "
        "Arbeit untersuchen Sie mit Interviews und Tests, wo sie hilft und wo sie stört, und "
        "leiten Verbesserungen ab."
    ): (
        "Our new order entry has been in use with pilot customers for three months. In your thesis "
        "you use interviews and tests to find out where it helps and where it gets in the way, and "
        "derive improvements."
    ),
    "Usability-Tests bei Pilotkunden": "Usability tests with pilot customers",
    "Auswertung mit etablierten Fragebögen": "Analysis with established questionnaires",
    "Konkrete Gestaltungsempfehlungen": "Concrete design recommendations",
    "Bachelorstudium Wirtschaftsinformatik, Informatik oder ähnlich": (
        "A bachelor's programme in business informatics, computer science or similar"
    ),
    # abschlussarbeit-sprachmodelle-lehre
    "Abschlussarbeit am Institut: Sprachmodelle in der Hochschullehre": (
        "Thesis at the institute: language models in university teaching"
    ),
    "Bachelor- oder Masterarbeit zu Chancen und Risiken von KI-Assistenten im Studium.": (
        "A bachelor's or master's thesis on the opportunities and risks of AI assistants in higher "
        "education."
    ),
    (
        "Das Institut betreut laufend Arbeiten zum Einsatz von Sprachmodellen in der Lehre – "
        "empirisch, gestaltungsorientiert oder als Literaturarbeit. Themen stimmen wir gemeinsam "
        "ab."
    ): (
        "The institute continuously supervises theses on the use of language models in teaching – "
        "empirical, design-oriented or literature-based. We agree on topics together."
    ),
    "Befragungen und Experimente mit Studierenden": "Surveys and experiments with students",
    "Prototypen für Lernassistenten": "Prototypes of learning assistants",
    "Kritische Bewertung von Chancen und Risiken": (
        "A critical assessment of opportunities and risks"
    ),
    "Interesse an KI und Lehre": "An interest in AI and teaching",
    "Sorgfältiges wissenschaftliches Arbeiten": "Careful academic work",
    # werkstudent-data-engineering
    "Werkstudent:in Data Engineering (15–20 Std./Woche)": (
        "Working student in data engineering (15–20 hrs/week)"
    ),
    "Datenpipelines für Versorger bauen – flexibel neben dem Studium.": (
        "Build data pipelines for utilities – flexibly alongside your studies."
    ),
    (
        "Sie unterstützen unser Team beim Aufbau von Datenplattformen für Stadtwerke und "
        "Industrie. Ihre Arbeitszeiten richten sich nach Ihrem Stundenplan; in der "
        "vorlesungsfreien Zeit geht auch mehr."
    ): (
        "You support our team in building data platforms for municipal utilities and industry. "
        "Your working hours fit around your timetable; during the semester break you can work more."
    ),
    "Datenpipelines mit Python und SQL entwickeln": "Developing data pipelines with Python and SQL",
    "Datenqualität prüfen und überwachen": "Checking and monitoring data quality",
    "Dashboards für Kunden pflegen": "Maintaining dashboards for clients",
    "Gute Kenntnisse in Python und SQL": "Good knowledge of Python and SQL",
    "Mindestens noch ein Jahr Studium": "At least one more year of study ahead of you",
    # werkstudent-it-support
    "Werkstudent:in IT-Support und Netzwerke": "Working student in IT support and networks",
    "Kunden helfen, Netzwerke einrichten, Technik verstehen – in Nienburg.": (
        "Help customers, set up networks, understand the technology – in Nienburg."
    ),
    (
        "Sie unterstützen unser Support-Team bei Anfragen von Praxen und Kanzleien, richten "
        "Arbeitsplätze ein und begleiten Technikerinnen zu Kunden."
    ): (
        "You support our support team with requests from medical practices and law firms, set up "
        "workstations and accompany technicians to customers."
    ),
    "Anfragen im Ticketsystem bearbeiten": "Handling requests in the ticket system",
    "Arbeitsplätze und Netzwerke einrichten": "Setting up workstations and networks",
    "Dokumentation pflegen": "Maintaining documentation",
    "Freundlicher Umgang mit Kundschaft": "A friendly manner with customers",
    "Führerschein Klasse B von Vorteil": "A driving licence (category B) is an advantage",
    # werkstudent-frontend
    "Werkstudent:in Frontend-Entwicklung (remote möglich)": (
        "Working student in front-end development (remote possible)"
    ),
    "Oberflächen für unser ERP-System entwickeln – von zu Hause oder im Büro.": (
        "Develop user interfaces for our ERP system – from home or in the office."
    ),
    (
        "Sie arbeiten im Team Web-Oberflächen an neuen Masken für das ERP-System. Die Stelle ist "
        "vollständig remote möglich; einmal im Quartal treffen wir uns in Hannover."
    ): (
        "You work in the web interfaces team on new screens for the ERP system. The position can "
        "be fully remote; once a quarter we meet in Hanover."
    ),
    "Komponenten mit TypeScript entwickeln": "Developing components with TypeScript",
    "Barrierefreiheit und Tests im Blick behalten": "Keeping an eye on accessibility and tests",
    "Code-Reviews im Team": "Code reviews in the team",
    "Erfahrung mit HTML, CSS und TypeScript": "Experience with HTML, CSS and TypeScript",
    # junior-software-developer
    "Junior Software Developer (m/w/d) – Einstieg nach dem Studium": (
        "Junior Software Developer (m/f/d) – your first job after graduation"
    ),
    "Ein strukturierter Einstieg mit Mentor:in, Weiterbildungsbudget und Homeoffice.": (
        "A structured start with a mentor, a training budget and working from home."
    ),
    (
        "Sie steigen in eines unserer Produktteams ein und entwickeln Funktionen für unser "
        "ERP-System. In den ersten sechs Monaten begleitet Sie eine Mentorin; danach übernehmen "
        "Sie Schritt für Schritt mehr Verantwortung."
    ): (
        "You join one of our product teams and develop features for our ERP system. For the first "
        "six months a mentor supports you; after that you take on more responsibility step by step."
    ),
    "Entwicklung neuer Funktionen im Backend und Frontend": (
        "Developing new features in the back end and front end"
    ),
    "Automatisierte Tests und Code-Reviews": "Automated tests and code reviews",
    "Austausch mit Kunden in Workshops": "Working with customers in workshops",
    "Abgeschlossenes Studium der Informatik oder Wirtschaftsinformatik": (
        "A completed degree in computer science or business informatics"
    ),
    "Erfahrung aus Projekten, Praktika oder Open Source": (
        "Experience from projects, internships or open source"
    ),
    # trainee-it-consulting
    "Traineeprogramm IT-Consulting (18 Monate)": "Trainee programme in IT consulting (18 months)",
    "Drei Stationen, ein Programm: Beratung, Entwicklung und Projektleitung kennenlernen.": (
        "Three placements, one programme: get to know consulting, development and project "
        "management."
    ),
    (
        "Im Traineeprogramm durchlaufen Sie drei Stationen zu je sechs Monaten und besuchen "
        "begleitende Seminare. Danach übernehmen Sie eine feste Rolle in der Beratung."
    ): (
        "In the trainee programme you complete three placements of six months each and attend "
        "accompanying seminars. Afterwards you take on a permanent role in consulting."
    ),
    "Anforderungen mit Kunden aufnehmen": "Gathering requirements with clients",
    "Projekte planen und steuern": "Planning and steering projects",
    "Seminare zu Moderation und Präsentation": "Seminars on facilitation and presentation",
    "Abgeschlossenes Studium": "A completed degree",
    "Freude am Umgang mit Menschen": "Enjoyment of working with people",
    # junior-security-analyst
    "Junior Security Analyst (m/w/d) im Security Operations Center": (
        "Junior Security Analyst (m/f/d) in the Security Operations Center"
    ),
    "Angriffe erkennen und abwehren – mit Schichtzulage und Weiterbildung.": (
        "Detect and fend off attacks – with a shift allowance and further training."
    ),
    (
        "Sie überwachen gemeinsam mit einem erfahrenen Team die Systeme unserer Kunden, bewerten "
        "Sicherheitsvorfälle und leiten Gegenmaßnahmen ein."
    ): (
        "Together with an experienced team, you monitor our customers' systems, assess security "
        "incidents and initiate countermeasures."
    ),
    "Sicherheitsvorfälle analysieren und bewerten": "Analysing and assessing security incidents",
    "Kunden bei Vorfällen beraten": "Advising customers during incidents",
    "Erkennungsregeln weiterentwickeln": "Developing detection rules further",
    "Studium mit Schwerpunkt IT-Sicherheit oder vergleichbare Erfahrung": (
        "A degree with a focus on IT security, or comparable experience"
    ),
    # data-analyst-logistik
    "Data Analyst (m/w/d) Logistik – Berufseinstieg": (
        "Data Analyst (m/f/d) in logistics – graduate entry"
    ),
    "Aus Anlagendaten Verbesserungen machen – für Lager in ganz Europa.": (
        "Turn plant data into improvements – for warehouses all over Europe."
    ),
    (
        "Sie werten Betriebsdaten unserer Anlagen aus, finden Engpässe und entwickeln mit "
        "Projektteams Verbesserungen. Gelegentliche Reisen zu Kunden gehören dazu."
    ): (
        "You analyse operating data from our installations, find bottlenecks and develop "
        "improvements with project teams. Occasional travel to customers is part of the job."
    ),
    "Analysen und Prognosen zu Materialflüssen": "Analyses and forecasts of material flows",
    "Dashboards für Kunden und Projektteams": "Dashboards for customers and project teams",
    "Zusammenarbeit mit Entwicklung und Inbetriebnahme": (
        "Working with development and commissioning"
    ),
    "Studium mit quantitativem Schwerpunkt": "A degree with a quantitative focus",
    "Sicher in SQL und Python": "Confident in SQL and Python",
}

SLUGS = {
    "praktikum-softwareentwicklung": "internship-software-development",
    "praktikum-it-sicherheit": "internship-it-security",
    "pflichtpraktikum-ux-ui": "compulsory-internship-ux-ui",
    "praktikum-logistik-it": "internship-logistics-it",
    "masterarbeit-lastprognose": "masters-thesis-load-forecasting",
    "bachelorarbeit-erp-usability": "bachelors-thesis-erp-usability",
    "abschlussarbeit-sprachmodelle-lehre": "thesis-language-models-teaching",
    "werkstudent-data-engineering": "working-student-data-engineering",
    "werkstudent-it-support": "working-student-it-support",
    "werkstudent-frontend": "working-student-front-end",
    "junior-software-developer": "junior-software-developer",
    "trainee-it-consulting": "trainee-it-consulting",
    "junior-security-analyst": "junior-security-analyst",
    "data-analyst-logistik": "data-analyst-logistics",
}
