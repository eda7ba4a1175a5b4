"""English of the challenges, their phase notes included (content/challenges.py)."""

TEXT = {
    # chatbot-kundenservice
    "Ein Chatbot für den Kundenservice eines Energieversorgers": (
        "A chatbot for an energy supplier's customer service"
    ),
    (
        "Fragen zu Abschlag, Zählerstand und Tarif rund um die Uhr beantworten – verlässlich und "
        "datenschutzgerecht."
    ): (
        "Answering questions about instalments, meter readings and tariffs around the clock – "
        "reliably and in line with data protection."
    ),
    (
        "Unser Kundenservice beantwortet jeden Monat tausende Anfragen, viele davon ähneln sich: "
        "Wie gebe ich meinen Zählerstand an? Warum hat sich mein Abschlag geändert?"
    ): (
        "Our customer service answers thousands of enquiries every month, and many of them are "
        "alike: how do I submit my meter reading? Why has my monthly instalment changed?"
    ),
    (
        "Gesucht ist ein Konzept und ein Prototyp für einen Assistenten, der solche Fragen "
        "beantwortet, ehrlich sagt, wenn er etwas nicht weiß, und an Menschen übergibt."
    ): (
        "We are looking for a concept and a prototype for an assistant that answers such "
        "questions, says honestly when it does not know something, and hands over to a human."
    ),
    "Ein Prototyp auf Basis eines offenen Sprachmodells": (
        "A prototype based on an open language model"
    ),
    "Ein Testkatalog mit typischen und schwierigen Anfragen": (
        "A test catalogue of typical and difficult enquiries"
    ),
    "Eine Bewertung von Datenschutz und Betriebskosten": (
        "An assessment of data protection and running costs"
    ),
    "Preisgeld von 1.500 € für das beste Team, Praktikumsangebote für alle": (
        "Prize money of €1,500 for the best team, internship offers for everyone"
    ),
    # co2-transparenz-lieferkette
    "Transparente Lieferketten: CO₂-Daten sichtbar machen": (
        "Transparent supply chains: making CO₂ data visible"
    ),
    "Wie viel CO₂ steckt in einer Palette, die durch unsere Lager läuft?": (
        "How much CO₂ is in a pallet that passes through our warehouses?"
    ),
    (
        "Kunden fragen immer häufiger nach den Emissionen ihrer Warenströme. Die Daten dafür "
        "liegen in vielen Systemen verstreut: Lagerverwaltung, Transport, Energiemessung."
    ): (
        "Customers increasingly ask about the emissions of their flows of goods. The data for this "
        "is scattered across many systems: warehouse management, transport, energy metering."
    ),
    (
        "Die Teams entwickeln ein Datenmodell und eine Visualisierung, die Emissionen pro Auftrag "
        "nachvollziehbar schätzt."
    ): (
        "The teams develop a data model and a visualisation that estimates the emissions per order "
        "in a traceable way."
    ),
    "Ein dokumentiertes Datenmodell": "A documented data model",
    "Eine Visualisierung für Kunden": "A visualisation for customers",
    "Eine kritische Einschätzung der Datenqualität": "A critical assessment of the data quality",
    "Einladung zur Kundenkonferenz und Anrechnung als Projektmodul (6 ECTS)": (
        "An invitation to the customer conference and credit as a project module (6 ECTS)"
    ),
    # phishing-awareness-spiel
    "Phishing-Awareness spielerisch trainieren": "Training phishing awareness through play",
    "Ein Lernspiel, das Beschäftigten hilft, gefälschte E-Mails zu erkennen.": (
        "A learning game that helps employees recognise fake e-mails."
    ),
    (
        "Klassische Schulungen zu Phishing sind schnell vergessen. Wir suchen ein kurzes, "
        "motivierendes Lernspiel, das Beschäftigte kleiner Unternehmen regelmäßig und in wenigen "
        "Minuten trainiert."
    ): (
        "Conventional phishing training is quickly forgotten. We are looking for a short, "
        "motivating learning game that trains the employees of small businesses regularly, in just "
        "a few minutes."
    ),
    "Ein spielbarer Prototyp für Browser oder Smartphone": (
        "A playable prototype for the browser or smartphone"
    ),
    "Zehn realistische Übungsszenarien": "Ten realistic practice scenarios",
    "Ein Konzept zur Messung des Lernerfolgs": "A concept for measuring learning success",
    "1.000 € Preisgeld und Einsatz des Spiels in Kundenschulungen": (
        "€1,000 prize money and use of the game in customer training"
    ),
    # barrierefreier-onlineshop
    "Barrierefreiheit im Onlineshop prüfen und verbessern": (
        "Testing and improving the accessibility of an online shop"
    ),
    "Ein echter Shop, echte Nutzerinnen und Nutzer, echte Verbesserungen.": (
        "A real shop, real users, real improvements."
    ),
    (
        "Seit Mitte 2025 müssen viele Onlineshops barrierefrei sein. Ein Kunde der Sollingwerk "
        "Digital möchte wissen, wo sein Shop steht, und ihn gezielt verbessern."
    ): (
        "Since mid-2025, many online shops have had to be accessible. A client of Sollingwerk "
        "Digital wants to know where their shop stands and improve it in a targeted way."
    ),
    (
        "Die Teams prüfen den Shop mit Werkzeugen und Menschen mit Behinderungen, priorisieren die "
        "Mängel und setzen die wichtigsten Verbesserungen um."
    ): (
        "The teams test the shop with tools and with people with disabilities, prioritise the "
        "shortcomings and implement the most important improvements."
    ),
    "Ein Prüfbericht nach WCAG 2.2": "An audit report according to WCAG 2.2",
    "Umgesetzte Verbesserungen im Code": "Improvements implemented in the code",
    "Eine Checkliste für künftige Projekte": "A checklist for future projects",
    "Bezahlte Werkstudierendenstellen für die besten Teams": (
        "Paid working student positions for the best teams"
    ),
    # ausfallprognose-pumpstationen
    "Ausfallprognose für Pumpstationen": "Failure prediction for pumping stations",
    "Störungen in Abwasserpumpen vorhersagen, bevor es überläuft.": (
        "Predicting faults in sewage pumps before anything overflows."
    ),
    (
        "Ein Abwasserverband im Weserbergland betreibt über 150 Pumpstationen. Fällt eine aus, "
        "muss nachts ein Bereitschaftsteam ausrücken."
    ): (
        "A wastewater association in the Weser Uplands operates more than 150 pumping stations. If "
        "one fails, an on-call team has to go out at night."
    ),
    (
        "Die Teams entwickeln aus Sensordaten ein Modell, das Ausfälle einige Tage im Voraus "
        "erkennt."
    ): (
        "The teams use sensor data to develop a model that detects failures a few days in advance."
    ),
    "Ein Prognosemodell mit nachvollziehbarer Bewertung": (
        "A forecasting model with a transparent evaluation"
    ),
    "Ein einfaches Dashboard für die Leitwarte": "A simple dashboard for the control room",
    "2.000 € Preisgeld, gestiftet vom Digitalnetz Leine-Weser": (
        "€2,000 prize money, donated by Digitalnetz Leine-Weser"
    ),
    # it-notfallhandbuch
    "Ein IT-Notfallhandbuch für kleine Betriebe": "An IT emergency handbook for small businesses",
    "Was tun, wenn die Praxis-IT ausfällt? Ein Handbuch, das auch im Stress hilft.": (
        "What to do when the practice IT fails? A handbook that helps even under stress."
    ),
    (
        "Kleine Betriebe haben selten einen Notfallplan für ihre IT. Die Teams entwickeln eine "
        "Vorlage, die ohne Fachwissen ausgefüllt werden kann, und testen sie in drei Betrieben."
    ): (
        "Small businesses rarely have an emergency plan for their IT. The teams develop a template "
        "that can be filled in without specialist knowledge and test it in three businesses."
    ),
    "Eine Vorlage für ein IT-Notfallhandbuch": "A template for an IT emergency handbook",
    "Berichte aus drei Praxistests": "Reports from three field tests",
    "Zertifikat und 500 € pro Team": "A certificate and €500 per team",
    # campus-app-erstsemester
    "Campus-App für Erstsemester": "Campus app for first-year students",
    "Wie finden sich neue Studierende in den ersten Wochen zurecht?": (
        "How do new students find their way around in their first weeks?"
    ),
    (
        "Die ersten Wochen an der Universität sind unübersichtlich: Räume, Fristen, "
        "Ansprechpersonen. Gesucht war eine App, die Erstsemestern den Einstieg erleichtert."
    ): (
        "The first weeks at university are confusing: rooms, deadlines, contact persons. We were "
        "looking for an app that makes it easier for first-year students to get started."
    ),
    "Ein getesteter Prototyp": "A tested prototype",
    "Ein Betriebskonzept für die Universität": "An operating concept for the university",
    "Umsetzung des Siegerkonzepts durch das Rechenzentrum": (
        "Implementation of the winning concept by the university computing centre"
    ),
    "Die Ergebnisse": "The results",
    (
        "Fünf Teams haben Prototypen entwickelt und mit insgesamt 120 Erstsemestern getestet. Das "
        "Siegerteam überzeugte mit einer App, die Termine, Räume und Ansprechpersonen für den "
        "eigenen Studiengang bündelt und ohne Anmeldung funktioniert."
    ): (
        "Five teams developed prototypes and tested them with a total of 120 first-year students. "
        "The winning team impressed with an app that brings together dates, rooms and contact "
        "persons for the student's own degree programme and works without logging in."
    ),
    (
        "Die Teams haben gezeigt, dass gute Lösungen mit einfachen Fragen an die Nutzerinnen und "
        "Nutzer beginnen."
    ): (
        "The teams have shown that good solutions begin with simple questions to the people who "
        "use them."
    ),
    "Prof. Dr. Johanna Brinkmann, Jury": "Prof. Dr. Johanna Brinkmann, jury",
    # ladesaeulen-auslastung
    "Ladesäulen-Auslastung vorhersagen": "Predicting charging station utilisation",
    "Wo werden in zwei Jahren Ladesäulen fehlen?": (
        "Where will charging stations be missing in two years' time?"
    ),
    (
        "Die Versorger der Region planen neue Ladesäulen. Die Teams sollten aus Ladedaten, "
        "Verkehrszahlen und Zulassungsstatistiken vorhersagen, wo Bedarf entsteht."
    ): (
        "The region's utilities are planning new charging stations. The teams were to predict "
        "where demand will arise from charging data, traffic counts and vehicle registration "
        "statistics."
    ),
    "Ein Prognosemodell": "A forecasting model",
    "Eine Karte mit Empfehlungen für neue Standorte": (
        "A map with recommendations for new locations"
    ),
    "1.500 € Preisgeld": "€1,500 prize money",
    (
        "Vier Teams haben Modelle entwickelt. Das Siegerteam kombinierte Ladedaten mit "
        "Pendlerströmen und sagte die Auslastung bestehender Säulen auf zehn Prozent genau voraus. "
        "Zwei der empfohlenen Standorte werden nun geprüft."
    ): (
        "Four teams developed models. The winning team combined charging data with commuter flows "
        "and predicted the utilisation of existing charging stations to within ten per cent. Two "
        "of the recommended locations are now being examined."
    ),
    # kompetenzbasiertes-matching
    "Fair matchen: Kompetenzprofile statt Schlagworte": (
        "Fair matching: competence profiles instead of keywords"
    ),
    "Wie finden Studierende und Arbeitgeber zueinander, ohne an Schlagworten zu scheitern?": (
        "How can students and employers find each other without getting stuck on keywords?"
    ),
    (
        "Stellenanzeigen und Lebensläufe sprechen oft verschiedene Sprachen. Die Teams sollten "
        "zeigen, wie Kompetenzprofile nach dem europäischen e-CF ein faires Matching ermöglichen."
    ): (
        "Job advertisements and CVs often speak different languages. The teams were to show how "
        "competence profiles based on the European e-CF make fair matching possible."
    ),
    "Ein Konzept für kompetenzbasiertes Matching": "A concept for competence-based matching",
    "Ein klickbarer Prototyp": "A clickable prototype",
    "Vorstellung beim Jahresempfang des Digitalnetzes": (
        "A presentation at Digitalnetz's annual reception"
    ),
    (
        "Die drei Teams haben gezeigt, dass strukturierte Kompetenzprofile Vorurteile bei der "
        "Vorauswahl verringern können. Ein Team hat daraus ein Start-up gegründet, das "
        "Gründungszentrum begleitet es weiter."
    ): (
        "The three teams showed that structured competence profiles can reduce bias in "
        "pre-selection. One team has founded a start-up on this basis, and the start-up centre "
        "continues to support it."
    ),
    # phase notes, authors' roles
    "Vorstellung beim IT-Stammtisch": "Presented at the IT meetup",
    "Kick-off in Stadthagen": "Kick-off in Stadthagen",
    "Abschlusspräsentation vor der Geschäftsführung": "Final presentation to the management board",
    "Online, mit zwei Terminen in Peine": "Online, with two sessions in Peine",
    "Bewerbung als Team mit kurzer Ideenskizze": (
        "Apply as a team with a short outline of your idea"
    ),
    "Präsentation in Garbsen": "Presentation in Garbsen",
    "Kick-off in Holzminden": "Kick-off in Holzminden",
    "Zwischenpräsentation nach vier Wochen": "Interim presentation after four weeks",
    "Abschluss beim Systemhaus in Nienburg": (
        "Closing session at the IT services company in Nienburg"
    ),
    "Präsentation in der Aula": "Presentation in the university's main hall",
}

SLUGS = {
    "chatbot-kundenservice": "chatbot-customer-service",
    "co2-transparenz-lieferkette": "co2-transparency-supply-chain",
    "phishing-awareness-spiel": "phishing-awareness-game",
    "barrierefreier-onlineshop": "accessible-online-shop",
    "ausfallprognose-pumpstationen": "failure-prediction-pumping-stations",
    "it-notfallhandbuch": "it-emergency-handbook",
    "campus-app-erstsemester": "campus-app-first-years",
    "ladesaeulen-auslastung": "charging-station-utilisation",
    "kompetenzbasiertes-matching": "competence-based-matching",
}
