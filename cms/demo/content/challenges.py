"""Challenges in every status: announced, application open, running and finished."""

from offers.choices import Format
from offers.choices import PhaseKind as K

from ..specs import ChallengeSpec, PhaseSpec, ResultSpec

CHALLENGES = (
    # Announced: the application has not opened yet.
    ChallengeSpec(
        slug="chatbot-kundenservice",
        title="Ein Chatbot für den Kundenservice eines Energieversorgers",
        partner="schaumburger-energiedaten",
        place="stadthagen",
        teaser="Fragen zu Abschlag, Zählerstand und Tarif rund um die Uhr beantworten – "
        "verlässlich und datenschutzgerecht.",
        problem=(
            "Unser Kundenservice beantwortet jeden Monat tausende Anfragen, viele davon ähneln "
            "sich: Wie gebe ich meinen Zählerstand an? Warum hat sich mein Abschlag geändert?",
            "Gesucht ist ein Konzept und ein Prototyp für einen Assistenten, der solche Fragen "
            "beantwortet, ehrlich sagt, wenn er etwas nicht weiß, und an Menschen übergibt.",
        ),
        expected=(
            "Ein Prototyp auf Basis eines offenen Sprachmodells",
            "Ein Testkatalog mit typischen und schwierigen Anfragen",
            "Eine Bewertung von Datenschutz und Betriebskosten",
        ),
        phases=(
            PhaseSpec(
                K.CALL,
                -3,
                20,
                "Vorstellung beim IT-Stammtisch",
                en={"note": "Presented at the IT meetup"},
            ),
            PhaseSpec(K.APPLICATION, 21, 42),
            PhaseSpec(
                K.WORK, 50, 130, "Kick-off in Stadthagen", en={"note": "Kick-off in Stadthagen"}
            ),
            PhaseSpec(
                K.FINAL,
                135,
                None,
                "Abschlusspräsentation vor der Geschäftsführung",
                en={"note": "Final presentation to the management board"},
            ),
        ),
        topics=("KI", "UX"),
        competences=("A.6", "B.1", "C.1"),
        reward="Preisgeld von 1.500 € für das beste Team, Praktikumsangebote für alle",
        en={
            "slug": "chatbot-customer-service",
            "title": "A chatbot for an energy supplier's customer service",
            "teaser": (
                "Answering questions about instalments, meter readings and tariffs around the "
                "clock – reliably and in line with data protection."
            ),
            "problem": (
                "Our customer service answers thousands of enquiries every month, and many of "
                "them are alike: how do I submit my meter reading? Why has my monthly instalment "
                "changed?",
                "We are looking for a concept and a prototype for an assistant that answers such "
                "questions, says honestly when it does not know something, and hands over to a "
                "human.",
            ),
            "expected": (
                "A prototype based on an open language model",
                "A test catalogue of typical and difficult enquiries",
                "An assessment of data protection and running costs",
            ),
            "reward": "Prize money of €1,500 for the best team, internship offers for everyone",
        },
    ),
    ChallengeSpec(
        slug="co2-transparenz-lieferkette",
        title="Transparente Lieferketten: CO₂-Daten sichtbar machen",
        partner="fuhsetal-logistiksysteme",
        format=Format.ONLINE,
        teaser="Wie viel CO₂ steckt in einer Palette, die durch unsere Lager läuft?",
        problem=(
            "Kunden fragen immer häufiger nach den Emissionen ihrer Warenströme. Die Daten "
            "dafür liegen in vielen Systemen verstreut: Lagerverwaltung, Transport, "
            "Energiemessung.",
            "Die Teams entwickeln ein Datenmodell und eine Visualisierung, die Emissionen pro "
            "Auftrag nachvollziehbar schätzt.",
        ),
        expected=(
            "Ein dokumentiertes Datenmodell",
            "Eine Visualisierung für Kunden",
            "Eine kritische Einschätzung der Datenqualität",
        ),
        phases=(
            PhaseSpec(K.CALL, 0, 35),
            PhaseSpec(K.APPLICATION, 36, 60),
            PhaseSpec(
                K.WORK,
                70,
                160,
                "Online, mit zwei Terminen in Peine",
                en={"note": "Online, with two sessions in Peine"},
            ),
            PhaseSpec(K.FINAL, 165),
        ),
        topics=("Nachhaltigkeit", "Data Science"),
        competences=("A.8", "D.7", "A.5"),
        reward="Einladung zur Kundenkonferenz und Anrechnung als Projektmodul (6 ECTS)",
        team=(2, 4),
        teams=5,
        en={
            "slug": "co2-transparency-supply-chain",
            "title": "Transparent supply chains: making CO₂ data visible",
            "teaser": "How much CO₂ is in a pallet that passes through our warehouses?",
            "problem": (
                "Customers increasingly ask about the emissions of their flows of goods. The data "
                "for this is scattered across many systems: warehouse management, transport, "
                "energy metering.",
                "The teams develop a data model and a visualisation that estimates the emissions "
                "per order in a traceable way.",
            ),
            "expected": (
                "A documented data model",
                "A visualisation for customers",
                "A critical assessment of the data quality",
            ),
            "reward": (
                "An invitation to the customer conference and credit as a project module (6 ECTS)"
            ),
        },
    ),
    # Application open
    ChallengeSpec(
        slug="phishing-awareness-spiel",
        title="Phishing-Awareness spielerisch trainieren",
        partner="calenberger-sicherheitsakademie",
        place="hannover",
        teaser="Ein Lernspiel, das Beschäftigten hilft, gefälschte E-Mails zu erkennen.",
        problem=(
            "Klassische Schulungen zu Phishing sind schnell vergessen. Wir suchen ein kurzes, "
            "motivierendes Lernspiel, das Beschäftigte kleiner Unternehmen regelmäßig und in "
            "wenigen Minuten trainiert.",
        ),
        expected=(
            "Ein spielbarer Prototyp für Browser oder Smartphone",
            "Zehn realistische Übungsszenarien",
            "Ein Konzept zur Messung des Lernerfolgs",
        ),
        phases=(
            PhaseSpec(K.CALL, -30, -15),
            PhaseSpec(
                K.APPLICATION,
                -14,
                14,
                "Bewerbung als Team mit kurzer Ideenskizze",
                en={"note": "Apply as a team with a short outline of your idea"},
            ),
            PhaseSpec(K.WORK, 21, 90),
            PhaseSpec(
                K.FINAL, 95, None, "Präsentation in Garbsen", en={"note": "Presentation in Garbsen"}
            ),
        ),
        topics=("IT-Sicherheit", "UX"),
        competences=("E.8", "D.3", "A.10"),
        reward="1.000 € Preisgeld und Einsatz des Spiels in Kundenschulungen",
        teams=6,
        en={
            "slug": "phishing-awareness-game",
            "title": "Training phishing awareness through play",
            "teaser": "A learning game that helps employees recognise fake e-mails.",
            "problem": (
                "Conventional phishing training is quickly forgotten. We are looking for a short, "
                "motivating learning game that trains the employees of small businesses "
                "regularly, in just a few minutes.",
            ),
            "expected": (
                "A playable prototype for the browser or smartphone",
                "Ten realistic practice scenarios",
                "A concept for measuring learning success",
            ),
            "reward": "€1,000 prize money and use of the game in customer training",
        },
    ),
    ChallengeSpec(
        slug="barrierefreier-onlineshop",
        title="Barrierefreiheit im Onlineshop prüfen und verbessern",
        partner="sollingwerk-digital",
        place="holzminden",
        teaser="Ein echter Shop, echte Nutzerinnen und Nutzer, echte Verbesserungen.",
        problem=(
            "Seit Mitte 2025 müssen viele Onlineshops barrierefrei sein. Ein Kunde der "
            "Sollingwerk Digital möchte wissen, wo sein Shop steht, und ihn gezielt verbessern.",
            "Die Teams prüfen den Shop mit Werkzeugen und Menschen mit Behinderungen, "
            "priorisieren die Mängel und setzen die wichtigsten Verbesserungen um.",
        ),
        expected=(
            "Ein Prüfbericht nach WCAG 2.2",
            "Umgesetzte Verbesserungen im Code",
            "Eine Checkliste für künftige Projekte",
        ),
        phases=(
            PhaseSpec(K.APPLICATION, -5, 25),
            PhaseSpec(
                K.WORK, 35, 100, "Kick-off in Holzminden", en={"note": "Kick-off in Holzminden"}
            ),
            PhaseSpec(K.FINAL, 105),
        ),
        topics=("UX", "Webentwicklung"),
        competences=("A.10", "B.3", "B.1"),
        reward="Bezahlte Werkstudierendenstellen für die besten Teams",
        team=(2, 4),
        teams=3,
        en={
            "slug": "accessible-online-shop",
            "title": "Testing and improving the accessibility of an online shop",
            "teaser": "A real shop, real users, real improvements.",
            "problem": (
                "Since mid-2025, many online shops have had to be accessible. A client of "
                "Sollingwerk Digital wants to know where their shop stands and improve it in a "
                "targeted way.",
                "The teams test the shop with tools and with people with disabilities, prioritise "
                "the shortcomings and implement the most important improvements.",
            ),
            "expected": (
                "An audit report according to WCAG 2.2",
                "Improvements implemented in the code",
                "A checklist for future projects",
            ),
            "reward": "Paid working student positions for the best teams",
        },
    ),
    # Running: the teams are at work.
    ChallengeSpec(
        slug="ausfallprognose-pumpstationen",
        title="Ausfallprognose für Pumpstationen",
        partner="hamelner-datenwerk",
        place="hameln",
        teaser="Störungen in Abwasserpumpen vorhersagen, bevor es überläuft.",
        problem=(
            "Ein Abwasserverband im Weserbergland betreibt über 150 Pumpstationen. Fällt eine "
            "aus, muss nachts ein Bereitschaftsteam ausrücken.",
            "Die Teams entwickeln aus Sensordaten ein Modell, das Ausfälle einige Tage im "
            "Voraus erkennt.",
        ),
        expected=(
            "Ein Prognosemodell mit nachvollziehbarer Bewertung",
            "Ein einfaches Dashboard für die Leitwarte",
        ),
        phases=(
            PhaseSpec(K.CALL, -90, -60),
            PhaseSpec(K.APPLICATION, -59, -35),
            PhaseSpec(
                K.WORK,
                -28,
                30,
                "Zwischenpräsentation nach vier Wochen",
                en={"note": "Interim presentation after four weeks"},
            ),
            PhaseSpec(K.FINAL, 35),
        ),
        topics=("Data Science", "KI"),
        competences=("D.7", "E.1", "C.4"),
        reward="2.000 € Preisgeld, gestiftet vom Digitalnetz Leine-Weser",
        en={
            "slug": "failure-prediction-pumping-stations",
            "title": "Failure prediction for pumping stations",
            "teaser": "Predicting faults in sewage pumps before anything overflows.",
            "problem": (
                "A wastewater association in the Weser Uplands operates more than 150 pumping "
                "stations. If one fails, an on-call team has to go out at night.",
                "The teams use sensor data to develop a model that detects failures a few days in "
                "advance.",
            ),
            "expected": (
                "A forecasting model with a transparent evaluation",
                "A simple dashboard for the control room",
            ),
            "reward": "€2,000 prize money, donated by Digitalnetz Leine-Weser",
        },
    ),
    ChallengeSpec(
        slug="it-notfallhandbuch",
        title="Ein IT-Notfallhandbuch für kleine Betriebe",
        partner="nienburger-netzwerktechnik",
        place="nienburg",
        teaser="Was tun, wenn die Praxis-IT ausfällt? Ein Handbuch, das auch im Stress hilft.",
        problem=(
            "Kleine Betriebe haben selten einen Notfallplan für ihre IT. Die Teams entwickeln "
            "eine Vorlage, die ohne Fachwissen ausgefüllt werden kann, und testen sie in drei "
            "Betrieben.",
        ),
        expected=("Eine Vorlage für ein IT-Notfallhandbuch", "Berichte aus drei Praxistests"),
        phases=(
            PhaseSpec(K.APPLICATION, -70, -40),
            PhaseSpec(K.WORK, -30, 20),
            PhaseSpec(
                K.FINAL,
                24,
                None,
                "Abschluss beim Systemhaus in Nienburg",
                en={"note": "Closing session at the IT services company in Nienburg"},
            ),
        ),
        topics=("IT-Sicherheit",),
        competences=("E.3", "B.5", "C.4"),
        reward="Zertifikat und 500 € pro Team",
        team=(2, 3),
        teams=3,
        en={
            "slug": "it-emergency-handbook",
            "title": "An IT emergency handbook for small businesses",
            "teaser": (
                "What to do when the practice IT fails? A handbook that helps even under stress."
            ),
            "problem": (
                "Small businesses rarely have an emergency plan for their IT. The teams develop a "
                "template that can be filled in without specialist knowledge and test it in three "
                "businesses.",
            ),
            "expected": (
                "A template for an IT emergency handbook",
                "Reports from three field tests",
            ),
            "reward": "A certificate and €500 per team",
        },
    ),
    # Finished, with results.
    ChallengeSpec(
        slug="campus-app-erstsemester",
        title="Campus-App für Erstsemester",
        partner="institut-wirtschaftsinformatik",
        place="hildesheim",
        teaser="Wie finden sich neue Studierende in den ersten Wochen zurecht?",
        problem=(
            "Die ersten Wochen an der Universität sind unübersichtlich: Räume, Fristen, "
            "Ansprechpersonen. Gesucht war eine App, die Erstsemestern den Einstieg erleichtert.",
        ),
        expected=("Ein getesteter Prototyp", "Ein Betriebskonzept für die Universität"),
        phases=(
            PhaseSpec(K.APPLICATION, -200, -170),
            PhaseSpec(K.WORK, -160, -80),
            PhaseSpec(
                K.FINAL,
                -75,
                None,
                "Präsentation in der Aula",
                en={"note": "Presentation in the university's main hall"},
            ),
        ),
        topics=("UX", "Webentwicklung"),
        competences=("A.10", "B.1", "A.6"),
        reward="Umsetzung des Siegerkonzepts durch das Rechenzentrum",
        teams=5,
        team_results=(
            ResultSpec(
                "Erstis-Kompass",
                "Die Sieger-App bündelt Termine, Räume und Ansprechpersonen des eigenen "
                "Studiengangs und funktioniert ohne Anmeldung; 120 Erstsemester haben sie "
                "getestet.",
                "Team Kompass",
                en={
                    "title": "First-year compass",
                    "summary": "The winning app brings together the dates, rooms and contact "
                    "persons of one's own degree programme and works without logging in; 120 "
                    "first-year students tested it.",
                },
            ),
            ResultSpec(
                "Lageplan mit Barrierefreiheit",
                "Ein Campusplan, der stufenlose Wege, Aufzüge und ruhige Lernorte zeigt.",
                en={
                    "title": "Campus map with accessibility",
                    "summary": "A campus map that shows step-free routes, lifts and quiet places "
                    "to study.",
                },
            ),
        ),
        results=(
            ("h", "Die Ergebnisse"),
            (
                "p",
                "Fünf Teams haben Prototypen entwickelt und mit insgesamt 120 Erstsemestern "
                "getestet. Das Siegerteam überzeugte mit einer App, die Termine, Räume und "
                "Ansprechpersonen für den eigenen Studiengang bündelt und ohne Anmeldung "
                "funktioniert.",
            ),
            (
                "q",
                "Die Teams haben gezeigt, dass gute Lösungen mit einfachen Fragen an die "
                "Nutzerinnen und Nutzer beginnen.",
                "Prof. Dr. Johanna Brinkmann, Jury",
            ),
        ),
        en={
            "slug": "campus-app-first-years",
            "title": "Campus app for first-year students",
            "teaser": "How do new students find their way around in their first weeks?",
            "problem": (
                "The first weeks at university are confusing: rooms, deadlines, contact persons. "
                "We were looking for an app that makes it easier for first-year students to get "
                "started.",
            ),
            "expected": ("A tested prototype", "An operating concept for the university"),
            "reward": "Implementation of the winning concept by the university computing centre",
            "results": (
                ("h", "The results"),
                (
                    "p",
                    "Five teams developed prototypes and tested them with a total of 120 "
                    "first-year students. The winning team impressed with an app that brings "
                    "together dates, rooms and contact persons for the student's own degree "
                    "programme and works without logging in.",
                ),
                (
                    "q",
                    "The teams have shown that good solutions begin with simple questions to the "
                    "people who use them.",
                    "Prof. Dr. Johanna Brinkmann, jury",
                ),
            ),
        },
    ),
    ChallengeSpec(
        slug="ladesaeulen-auslastung",
        title="Ladesäulen-Auslastung vorhersagen",
        partner="schaumburger-energiedaten",
        format=Format.ONLINE,
        teaser="Wo werden in zwei Jahren Ladesäulen fehlen?",
        problem=(
            "Die Versorger der Region planen neue Ladesäulen. Die Teams sollten aus Ladedaten, "
            "Verkehrszahlen und Zulassungsstatistiken vorhersagen, wo Bedarf entsteht.",
        ),
        expected=("Ein Prognosemodell", "Eine Karte mit Empfehlungen für neue Standorte"),
        phases=(
            PhaseSpec(K.APPLICATION, -150, -120),
            PhaseSpec(K.WORK, -110, -35),
            PhaseSpec(K.FINAL, -30),
        ),
        topics=("Data Science", "Nachhaltigkeit"),
        competences=("D.7", "E.1"),
        reward="1.500 € Preisgeld",
        teams=4,
        results=(
            ("h", "Die Ergebnisse"),
            (
                "p",
                "Vier Teams haben Modelle entwickelt. Das Siegerteam kombinierte Ladedaten mit "
                "Pendlerströmen und sagte die Auslastung bestehender Säulen auf zehn Prozent "
                "genau voraus. Zwei der empfohlenen Standorte werden nun geprüft.",
            ),
        ),
        en={
            "slug": "charging-station-utilisation",
            "title": "Predicting charging station utilisation",
            "teaser": "Where will charging stations be missing in two years' time?",
            "problem": (
                "The region's utilities are planning new charging stations. The teams were to "
                "predict where demand will arise from charging data, traffic counts and vehicle "
                "registration statistics.",
            ),
            "expected": ("A forecasting model", "A map with recommendations for new locations"),
            "reward": "€1,500 prize money",
            "results": (
                ("h", "The results"),
                (
                    "p",
                    "Four teams developed models. The winning team combined charging data with "
                    "commuter flows and predicted the utilisation of existing charging stations "
                    "to within ten per cent. Two of the recommended locations are now being "
                    "examined.",
                ),
            ),
        },
    ),
    ChallengeSpec(
        slug="kompetenzbasiertes-matching",
        title="Fair matchen: Kompetenzprofile statt Schlagworte",
        partner="digitalnetz-leine-weser",
        place="hildesheim",
        teaser="Wie finden Studierende und Arbeitgeber zueinander, ohne an Schlagworten zu "
        "scheitern?",
        problem=(
            "Stellenanzeigen und Lebensläufe sprechen oft verschiedene Sprachen. Die Teams "
            "sollten zeigen, wie Kompetenzprofile nach dem europäischen e-CF ein faires "
            "Matching ermöglichen.",
        ),
        expected=("Ein Konzept für kompetenzbasiertes Matching", "Ein klickbarer Prototyp"),
        phases=(
            PhaseSpec(K.CALL, -230, -200),
            PhaseSpec(K.APPLICATION, -199, -180),
            PhaseSpec(K.WORK, -170, -125),
            PhaseSpec(K.FINAL, -120),
        ),
        topics=("Karriere", "KI"),
        competences=("D.9", "D.11", "A.6"),
        reward="Vorstellung beim Jahresempfang des Digitalnetzes",
        team=(3, 4),
        teams=3,
        results=(
            ("h", "Die Ergebnisse"),
            (
                "p",
                "Die drei Teams haben gezeigt, dass strukturierte Kompetenzprofile Vorurteile "
                "bei der Vorauswahl verringern können. Ein Team hat daraus ein Start-up "
                "gegründet, das Gründungszentrum begleitet es weiter.",
            ),
        ),
        en={
            "slug": "competence-based-matching",
            "title": "Fair matching: competence profiles instead of keywords",
            "teaser": (
                "How can students and employers find each other without getting stuck on keywords?"
            ),
            "problem": (
                "Job advertisements and CVs often speak different languages. The teams were to "
                "show how competence profiles based on the European e-CF make fair matching "
                "possible.",
            ),
            "expected": ("A concept for competence-based matching", "A clickable prototype"),
            "reward": "A presentation at Digitalnetz's annual reception",
            "results": (
                ("h", "The results"),
                (
                    "p",
                    "The three teams showed that structured competence profiles can reduce bias "
                    "in pre-selection. One team has founded a start-up on this basis, and the "
                    "start-up centre continues to support it.",
                ),
            ),
        },
    ),
)
