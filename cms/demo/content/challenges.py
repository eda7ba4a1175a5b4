"""Challenges in every status: announced, application open, running and finished."""

from offers.choices import Format
from offers.choices import PhaseKind as K

from ..specs import ChallengeSpec, PhaseSpec

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
            PhaseSpec(K.CALL, -3, 20, "Vorstellung beim IT-Stammtisch"),
            PhaseSpec(K.APPLICATION, 21, 42),
            PhaseSpec(K.WORK, 50, 130, "Kick-off in Stadthagen"),
            PhaseSpec(K.FINAL, 135, None, "Abschlusspräsentation vor der Geschäftsführung"),
        ),
        topics=("KI", "UX"),
        competences=("A.6", "B.1", "C.1"),
        reward="Preisgeld von 1.500 € für das beste Team, Praktikumsangebote für alle",
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
            PhaseSpec(K.WORK, 70, 160, "Online, mit zwei Terminen in Peine"),
            PhaseSpec(K.FINAL, 165),
        ),
        topics=("Nachhaltigkeit", "Data Science"),
        competences=("A.8", "D.7", "A.5"),
        reward="Einladung zur Kundenkonferenz und Anrechnung als Projektmodul (6 ECTS)",
        team=(2, 4),
        teams=5,
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
            PhaseSpec(K.APPLICATION, -14, 14, "Bewerbung als Team mit kurzer Ideenskizze"),
            PhaseSpec(K.WORK, 21, 90),
            PhaseSpec(K.FINAL, 95, None, "Präsentation in Garbsen"),
        ),
        topics=("IT-Sicherheit", "UX"),
        competences=("E.8", "D.3", "A.10"),
        reward="1.000 € Preisgeld und Einsatz des Spiels in Kundenschulungen",
        teams=6,
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
            PhaseSpec(K.WORK, 35, 100, "Kick-off in Holzminden"),
            PhaseSpec(K.FINAL, 105),
        ),
        topics=("UX", "Webentwicklung"),
        competences=("A.10", "B.3", "B.1"),
        reward="Bezahlte Werkstudierendenstellen für die besten Teams",
        team=(2, 4),
        teams=3,
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
            PhaseSpec(K.WORK, -28, 30, "Zwischenpräsentation nach vier Wochen"),
            PhaseSpec(K.FINAL, 35),
        ),
        topics=("Data Science", "KI"),
        competences=("D.7", "E.1", "C.4"),
        reward="2.000 € Preisgeld, gestiftet vom Digitalnetz Leine-Weser",
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
            PhaseSpec(K.FINAL, 24, None, "Abschluss beim Systemhaus in Nienburg"),
        ),
        topics=("IT-Sicherheit",),
        competences=("E.3", "B.5", "C.4"),
        reward="Zertifikat und 500 € pro Team",
        team=(2, 3),
        teams=3,
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
            PhaseSpec(K.FINAL, -75, None, "Präsentation in der Aula"),
        ),
        topics=("UX", "Webentwicklung"),
        competences=("A.10", "B.1", "A.6"),
        reward="Umsetzung des Siegerkonzepts durch das Rechenzentrum",
        teams=5,
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
    ),
)
