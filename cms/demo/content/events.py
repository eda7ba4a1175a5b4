"""Dated events: workshops, talks, excursions, hackathons and networking meetings."""

from offers.choices import Format, OfferLanguage, OfferType

from ..specs import OfferSpec, SessionSpec

EVENTS = (
    # Workshops
    OfferSpec(
        slug="git-im-team",
        title="Git im Team: Branching, Reviews und saubere Historie",
        offer_type=OfferType.WORKSHOP,
        partner="weserbyte",
        place="rinteln",
        teaser="Ein Nachmittag mit echten Merge-Konflikten, Pull Requests und Code-Reviews – "
        "so, wie sie im Projektalltag vorkommen.",
        about="Git kennen die meisten aus dem Studium – im Team mit zehn Entwickler:innen und "
        "drei Release-Zweigen sieht die Sache anders aus. In diesem Workshop arbeiten Sie an "
        "einem Beispielprojekt der Weserbyte und üben die Abläufe, die wir täglich nutzen.",
        points=(
            "Branching-Strategien im Vergleich: Trunk-based Development und Git Flow",
            "Konflikte lösen, ohne Arbeit zu verlieren",
            "Code-Reviews geben und annehmen",
            "Eine Historie, die man in zwei Jahren noch versteht",
        ),
        topics=("Webentwicklung", "Agile Methoden"),
        competences=("B.1", "B.5"),
        when=(9, "14:00", 9, "17:30"),
        deadline=6,
        capacity=16,
        en={
            "slug": "git-in-a-team",
            "title": "Git in a team: branching, reviews and a clean history",
            "teaser": (
                "An afternoon of real merge conflicts, pull requests and code reviews – just as "
                "they happen in everyday project work."
            ),
            "about": (
                "Most people know Git from their degree – in a team of ten developers with three "
                "release branches, things look different. In this workshop you work on a sample "
                "project from Weserbyte and practise the workflows we use every day."
            ),
            "points": (
                "Branching strategies compared: trunk-based development and Git Flow",
                "Resolving conflicts without losing work",
                "Giving and receiving code reviews",
                "A history you will still understand in two years' time",
            ),
        },
    ),
    OfferSpec(
        slug="ux-research-kompakt",
        title="UX-Research kompakt: Interviews führen und auswerten",
        offer_type=OfferType.WORKSHOP,
        partner="institut-wirtschaftsinformatik",
        format=Format.HYBRID,
        teaser="Vom Leitfaden bis zur Affinity Map: Nutzerinterviews planen, führen und in "
        "Erkenntnisse übersetzen.",
        about="Gute Software beginnt mit Fragen an die Menschen, die sie nutzen. Der Workshop "
        "führt an einem Tag durch ein kleines Forschungsprojekt: Sie schreiben einen "
        "Leitfaden, führen Interviews in Zweiergruppen und werten die Ergebnisse gemeinsam aus.",
        points=(
            "Forschungsfragen formulieren und Teilnehmende auswählen",
            "Offene Fragen stellen und gut zuhören",
            "Ergebnisse clustern und in Anforderungen übersetzen",
        ),
        topics=("UX",),
        competences=("A.10", "D.11"),
        when=(20, "10:00", 20, "16:00"),
        deadline=14,
        capacity=20,
        audience="sg",
        en={
            "slug": "ux-research-in-brief",
            "title": "UX research in brief: conducting and analysing interviews",
            "teaser": (
                "From the interview guide to the affinity map: planning and conducting user "
                "interviews and turning them into insights."
            ),
            "about": (
                "Good software starts with questions to the people who use it. In one day, the "
                "workshop takes you through a small research project: you write an interview "
                "guide, interview each other in pairs and analyse the results together."
            ),
            "points": (
                "Framing research questions and choosing participants",
                "Asking open questions and listening well",
                "Clustering findings and turning them into requirements",
            ),
        },
    ),
    OfferSpec(
        slug="ki-prototyping",
        title="Vom Prompt zum Prototyp: KI-Anwendungen mit offenen Sprachmodellen",
        offer_type=OfferType.WORKSHOP,
        partner="hamelner-datenwerk",
        teaser="Einen kleinen Assistenten für Betriebsdaten bauen – und dabei lernen, wo "
        "Sprachmodelle an ihre Grenzen stoßen.",
        about="Sprachmodelle lassen sich heute mit wenigen Zeilen Code einbinden. Schwieriger "
        "ist es, sie verlässlich zu machen. Sie bauen einen Prototyp, der Fragen zu Messdaten "
        "beantwortet, und prüfen ihn systematisch auf Fehler, Halluzinationen und Datenschutz.",
        points=(
            "Offene Modelle lokal betreiben",
            "Retrieval-Augmented Generation mit eigenen Dokumenten",
            "Antworten bewerten: Testfälle für KI-Anwendungen",
            "Datenschutz und Nachvollziehbarkeit von Anfang an",
        ),
        topics=("KI", "Data Science"),
        competences=("B.1", "A.7", "D.7"),
        when=(34, "09:30", 34, "16:30"),
        deadline=27,
        capacity=14,
        language=OfferLanguage.BOTH,
        audience="sg",
        en={
            "slug": "ai-prototyping",
            "title": "From prompt to prototype: AI applications with open language models",
            "teaser": (
                "Build a small assistant for operational data – and learn where language models "
                "reach their limits."
            ),
            "about": (
                "Today, language models can be integrated with a few lines of code. Making them "
                "reliable is harder. You build a prototype that answers questions about metering "
                "data and test it systematically for errors, hallucinations and data protection."
            ),
            "points": (
                "Running open models locally",
                "Retrieval-augmented generation with your own documents",
                "Evaluating answers: test cases for AI applications",
                "Data protection and traceability from the start",
            ),
        },
    ),
    OfferSpec(
        slug="container-einstieg",
        title="Container-Einstieg mit Docker und Compose",
        offer_type=OfferType.WORKSHOP,
        partner="aller-cloud",
        teaser="Anwendungen in Container packen, verbinden und betreiben – ein Einstieg mit "
        "Übungen im Rechenzentrum.",
        about="Container sind aus dem Betrieb moderner Anwendungen nicht mehr wegzudenken. Im "
        "Workshop packen Sie eine kleine Webanwendung in Container, verbinden sie mit einer "
        "Datenbank und lernen, worauf es im Betrieb ankommt.",
        points=(
            "Images bauen und schlank halten",
            "Mehrere Dienste mit Compose verbinden",
            "Logs, Updates und Sicherheit im Betrieb",
        ),
        topics=("Cloud",),
        competences=("B.4", "B.6"),
        when=(-21, "13:00", -21, "17:00"),
        deadline=-28,
        capacity=12,
        en={
            "slug": "getting-started-with-containers",
            "title": "Getting started with containers: Docker and Compose",
            "teaser": (
                "Packaging, connecting and running applications in containers – an introduction "
                "with exercises in the data centre."
            ),
            "about": (
                "Modern applications can hardly be run without containers any more. In the "
                "workshop you package a small web application in containers, connect it to a "
                "database and learn what matters in operation."
            ),
            "points": (
                "Building images and keeping them lean",
                "Connecting several services with Compose",
                "Logs, updates and security in operation",
            ),
        },
    ),
    # Talks
    OfferSpec(
        slug="vortrag-zero-trust",
        title="Zero Trust im Mittelstand – mehr als ein Schlagwort?",
        offer_type=OfferType.TALK,
        partner="calenberger-sicherheitsakademie",
        format=Format.ONLINE,
        teaser="Was „niemandem vertrauen, alles prüfen“ für ein Unternehmen mit 50 "
        "Beschäftigten konkret bedeutet.",
        about="Zero Trust ist in aller Munde, aber was heißt das für kleine und mittlere "
        "Unternehmen ohne eigene Sicherheitsabteilung? Der Vortrag zeigt an drei Beispielen, "
        "welche Schritte sich lohnen und welche Versprechen Sie kritisch prüfen sollten.",
        points=(
            "Grundideen von Zero Trust ohne Marketing",
            "Drei realistische Einstiegsprojekte",
            "Fragen, die Sie Anbietern stellen sollten",
        ),
        topics=("IT-Sicherheit",),
        competences=("D.1", "E.8"),
        when=(5, "18:00", 5, "19:30"),
        audience="sge",
        en={
            "slug": "talk-zero-trust",
            "title": "Zero trust for SMEs – more than a buzzword?",
            "teaser": (
                'What "trust no one, verify everything" actually means for a company with 50 '
                "employees."
            ),
            "about": (
                "Zero trust is on everyone's lips, but what does it mean for small and "
                "medium-sized businesses without a security department of their own? Using three "
                "examples, the talk shows which steps pay off and which promises you should "
                "examine critically."
            ),
            "points": (
                "The core ideas of zero trust without the marketing",
                "Three realistic first projects",
                "Questions you should ask vendors",
            ),
        },
    ),
    OfferSpec(
        slug="vortrag-green-it",
        title="Green IT: Wie viel Energie steckt in unserer Software?",
        offer_type=OfferType.TALK,
        partner="schaumburger-energiedaten",
        format=Format.HYBRID,
        teaser="Messdaten aus dem eigenen Rechenzentrum zeigen, wo Software Energie verbraucht "
        "– und wie man sie sparsamer macht.",
        about="Rechenzentren verbrauchen immer mehr Strom, und ein guter Teil davon hängt an der "
        "Software. Unsere Entwicklerinnen zeigen, wie sie den Energiebedarf ihrer Anwendungen "
        "messen und mit einfachen Mitteln um ein Drittel gesenkt haben.",
        points=(
            "Energieverbrauch von Software messen",
            "Typische Verschwendung in Code und Betrieb",
            "Nachhaltigkeit als Qualitätsmerkmal in Projekten",
        ),
        topics=("Nachhaltigkeit", "Cloud"),
        competences=("A.8", "A.7"),
        when=(15, "18:30", 15, "20:00"),
        audience="sge",
        en={
            "slug": "talk-green-it",
            "title": "Green IT: how much energy goes into our software?",
            "teaser": (
                "Measurements from our own data centre show where software consumes energy – and "
                "how to make it more economical."
            ),
            "about": (
                "Data centres use more and more electricity, and a good part of it depends on the "
                "software. Our developers show how they measure the energy needs of their "
                "applications and cut them by a third with simple means."
            ),
            "points": (
                "Measuring the energy consumption of software",
                "Typical waste in code and operations",
                "Sustainability as a quality attribute in projects",
            ),
        },
    ),
    OfferSpec(
        slug="ringvorlesung-ki-logistik",
        title="Ringvorlesung Digitalisierung in der Region: Wie KI die Logistik verändert",
        offer_type=OfferType.TALK,
        partner="institut-wirtschaftsinformatik",
        teaser="Ein Praxisbericht aus der Intralogistik mit anschließender Diskussion.",
        about="In der Ringvorlesung berichten Fachleute aus regionalen Unternehmen, wie sich "
        "ihre Arbeit durch Digitalisierung verändert. Diesmal zu Gast: das Data-Science-Team "
        "der Fuhsetal Logistiksysteme mit Beispielen aus Lagerplanung und Routenoptimierung.",
        points=(
            "Wo KI in der Logistik heute wirklich eingesetzt wird",
            "Was Daten aus Förderanlagen über Abläufe verraten",
            "Diskussion: Welche Kompetenzen braucht die Logistik von morgen?",
        ),
        topics=("KI", "Data Science"),
        competences=("A.7", "E.7"),
        when=(2, "16:15", 2, "17:45"),
        audience="sge",
        en={
            "slug": "lecture-series-ai-logistics",
            "title": "Lecture series Digitalisation in the Region: how AI is changing logistics",
            "teaser": "A practitioner's report from intralogistics, followed by a discussion.",
            "about": (
                "In this lecture series, experts from regional companies report on how "
                "digitalisation is changing their work. This time our guests are the data science "
                "team of Fuhsetal Logistiksysteme, with examples from warehouse planning and route "
                "optimisation."
            ),
            "points": (
                "Where AI is really used in logistics today",
                "What data from conveyor systems reveals about processes",
                "Discussion: which skills will the logistics of tomorrow need?",
            ),
        },
    ),
    OfferSpec(
        slug="vortrag-barrierefreie-webanwendungen",
        title="Barrierefreie Webanwendungen nach BITV 2.0 und WCAG 2.2",
        offer_type=OfferType.TALK,
        partner="sollingwerk-digital",
        format=Format.ONLINE,
        teaser="Was die Regeln verlangen und wie man sie im Projektalltag umsetzt.",
        about="Ab 2025 müssen auch viele Onlineshops barrierefrei sein. Der Vortrag erklärt die "
        "wichtigsten Anforderungen und zeigt, wie Design und Entwicklung sie gemeinsam "
        "umsetzen.",
        points=(
            "Die Prinzipien der WCAG verständlich erklärt",
            "Häufige Fehler in Formularen und Navigation",
            "Testen mit Tastatur und Screenreader",
        ),
        topics=("UX", "Webentwicklung"),
        competences=("A.10", "B.3"),
        when=(-9, "17:00", -9, "18:30"),
        audience="sg",
        en={
            "slug": "talk-accessible-web-applications",
            "title": "Accessible web applications under BITV 2.0 and WCAG 2.2",
            "teaser": (
                "What the rules require and how to put them into practice in everyday projects."
            ),
            "about": (
                "From 2025, many online shops must be accessible too. The talk explains the most "
                "important requirements and shows how design and development can meet them "
                "together."
            ),
            "points": (
                "The WCAG principles explained in plain words",
                "Common mistakes in forms and navigation",
                "Testing with keyboard and screen reader",
            ),
        },
    ),
    OfferSpec(
        slug="tech-talk-observability",
        title="Tech Talk: Observability for Small Teams",
        offer_type=OfferType.TALK,
        partner="aller-cloud",
        format=Format.ONLINE,
        teaser="Logs, Metriken und Traces mit wenig Aufwand – ein englischsprachiger Tech Talk.",
        about="Unser Site-Reliability-Team zeigt auf Englisch, wie kleine Teams ihre Dienste "
        "überwachen, ohne in Dashboards zu ertrinken. Fragen sind auf Deutsch und Englisch "
        "willkommen.",
        points=(
            "Die drei Säulen der Observability",
            "Gute Alarme statt vieler Alarme",
            "Werkzeuge, die mit dem Team wachsen",
        ),
        topics=("Cloud",),
        competences=("C.3", "C.4"),
        when=(19, "17:30", 19, "18:30"),
        language=OfferLanguage.ENGLISH,
        audience="sg",
        en={
            "slug": "tech-talk-observability",
            "title": "Tech Talk: Observability for Small Teams",
            "teaser": "Logs, metrics and traces with little effort – a tech talk in English.",
            "about": (
                "Our site reliability team shows, in English, how small teams monitor their "
                "services without drowning in dashboards. Questions are welcome in German and "
                "English."
            ),
            "points": (
                "The three pillars of observability",
                "Good alerts instead of many alerts",
                "Tools that grow with the team",
            ),
        },
    ),
    # Excursions
    OfferSpec(
        slug="exkursion-rechenzentrum",
        title="Exkursion: Ein Blick in das Rechenzentrum der Aller-Cloud",
        offer_type=OfferType.EXCURSION,
        partner="aller-cloud",
        teaser="Kühlung, Stromversorgung, Security Operations Center: ein Rechenzentrum von innen.",
        about="Wie sieht ein Rechenzentrum aus, das mit Ökostrom läuft und seine Abwärme "
        "weitergibt? Bei der Führung sehen Sie Serverräume, Notstromversorgung und das Security "
        "Operations Center und sprechen mit Kolleginnen aus Betrieb und Sicherheit.",
        points=(
            "Führung durch Serverräume und Technik",
            "Einblick in das Security Operations Center",
            "Gespräch über Einstiegsmöglichkeiten",
        ),
        topics=("Cloud", "Nachhaltigkeit", "Karriere"),
        competences=("B.6", "C.3"),
        when=(26, "09:30", 26, "13:00"),
        deadline=19,
        capacity=15,
        en={
            "slug": "field-trip-data-centre",
            "title": "Field trip: a look inside the Aller-Cloud data centre",
            "teaser": (
                "Cooling, power supply, Security Operations Center: a data centre from the inside."
            ),
            "about": (
                "What does a data centre look like that runs on green electricity and passes on "
                "its waste heat? On the tour you see server rooms, the emergency power supply and "
                "the Security Operations Center, and talk to colleagues from operations and "
                "security."
            ),
            "points": (
                "Tour of the server rooms and technical facilities",
                "A look into the Security Operations Center",
                "A conversation about ways to get started",
            ),
        },
    ),
    OfferSpec(
        slug="exkursion-lagerlogistik",
        title="Exkursion: Digitale Lagerlogistik live erleben",
        offer_type=OfferType.EXCURSION,
        partner="fuhsetal-logistiksysteme",
        place="langenhagen",
        teaser="Ein vollautomatisches Lager in Betrieb – und die Software, die es steuert.",
        about="In unserem Testzentrum in Langenhagen laufen Regalbediengeräte, Shuttles und "
        "Förderbänder wie in einer echten Anlage. Sie sehen, wie die Materialflusssteuerung "
        "Aufträge verteilt, und schauen den Entwicklerteams über die Schulter.",
        points=(
            "Materialflusssteuerung in Echtzeit",
            "Simulation und digitale Zwillinge",
            "Kurzvorträge aus Entwicklung und Projektleitung",
        ),
        topics=("Data Science", "Karriere"),
        competences=("E.5", "B.2"),
        when=(48, "10:00", 48, "14:00"),
        deadline=40,
        capacity=20,
        en={
            "slug": "field-trip-warehouse-logistics",
            "title": "Field trip: digital warehouse logistics up close",
            "teaser": (
                "A fully automated warehouse in operation – and the software that controls it."
            ),
            "about": (
                "In our test centre in Langenhagen, stacker cranes, shuttles and conveyor belts "
                "run just as in a real installation. You see how the material flow control "
                "distributes orders and look over the development teams' shoulders."
            ),
            "points": (
                "Material flow control in real time",
                "Simulation and digital twins",
                "Short talks from development and project management",
            ),
        },
    ),
    OfferSpec(
        slug="exkursion-netzleitstelle",
        title="Exkursion: Smart Meter und Netzleitstelle",
        offer_type=OfferType.EXCURSION,
        partner="schaumburger-energiedaten",
        teaser="Vom intelligenten Zähler bis zur Prognose: wie Energiedaten entstehen.",
        about="Die Führung zeigt den Weg eines Messwerts vom Zähler im Keller bis zur "
        "Netzleitstelle und erklärt, welche Rolle Datenqualität und IT-Sicherheit dabei "
        "spielen.",
        points=("Messstellenbetrieb und Datenübertragung", "Sicherheit kritischer Infrastruktur"),
        topics=("Nachhaltigkeit", "IT-Sicherheit"),
        competences=("C.3", "E.8"),
        when=(-40, "10:00", -40, "13:00"),
        deadline=-47,
        capacity=18,
        en={
            "slug": "field-trip-grid-control-centre",
            "title": "Field trip: smart meters and the grid control centre",
            "teaser": "From the smart meter to the forecast: how energy data comes about.",
            "about": (
                "The tour follows a meter reading from the meter in the basement to the grid "
                "control centre and explains the role that data quality and IT security play along "
                "the way."
            ),
            "points": (
                "Metering operations and data transmission",
                "Security of critical infrastructure",
            ),
        },
    ),
    # Hackathons
    OfferSpec(
        slug="weser-data-hackathon",
        title="Weser Data Hackathon: Offene Daten für die Region",
        offer_type=OfferType.HACKATHON,
        partner="hamelner-datenwerk",
        teaser="Zwei Tage, offene Daten aus dem Weserbergland und Ideen für Mobilität, Energie "
        "und Tourismus.",
        about="Kommunen und Versorger der Region stellen Datensätze bereit, und Sie entwickeln "
        "daraus in gemischten Teams Prototypen. Mentorinnen und Mentoren aus den Partnerbetrieben "
        "helfen, am Ende stellt jedes Team in fünf Minuten vor.",
        points=(
            "Arbeiten mit echten offenen Daten",
            "Feedback von Fachleuten aus der Region",
            "Preise für die drei besten Prototypen",
        ),
        topics=("Data Science", "KI", "Nachhaltigkeit"),
        competences=("D.7", "B.1", "A.9"),
        when=(55, "09:00", 56, "18:00"),
        sessions=(
            SessionSpec(
                55,
                "09:00",
                "21:00",
                "Daten kennenlernen, Teams bilden, loslegen",
                en={"note": "Meeting the data, forming teams, getting started"},
            ),
            SessionSpec(
                56,
                "09:00",
                "18:00",
                "Weiterbauen, Präsentation und Preisverleihung",
                en={"note": "Building on, presenting and prizes"},
            ),
        ),
        deadline=45,
        capacity=60,
        language=OfferLanguage.BOTH,
        audience="sg",
        en={
            "slug": "weser-data-hackathon",
            "title": "Weser Data Hackathon: open data for the region",
            "teaser": (
                "Two days, open data from the Weser Uplands and ideas for mobility, energy and "
                "tourism."
            ),
            "about": (
                "Local authorities and utilities of the region provide data sets, and you develop "
                "prototypes from them in mixed teams. Mentors from the partner companies help out, "
                "and at the end every team presents in five minutes."
            ),
            "points": (
                "Working with real open data",
                "Feedback from experts in the region",
                "Prizes for the three best prototypes",
            ),
        },
    ),
    OfferSpec(
        slug="ctf-einsteiger",
        title="Capture the Flag: IT-Sicherheits-Hackathon für Einsteiger",
        offer_type=OfferType.HACKATHON,
        partner="calenberger-sicherheitsakademie",
        format=Format.ONLINE,
        teaser="Rätsel aus Web-Sicherheit, Kryptografie und Forensik – ohne Vorkenntnisse.",
        about="Ein Tag, zwanzig Aufgaben, ein Punktestand: Beim Capture the Flag lösen Sie in "
        "Teams Sicherheitsrätsel. Zu jeder Aufgabe gibt es Hinweise, und am Ende erklären die "
        "Trainer die Lösungen.",
        points=(
            "Typische Schwachstellen von Webanwendungen",
            "Grundlagen der Kryptografie spielerisch",
            "Teamarbeit unter Zeitdruck",
        ),
        topics=("IT-Sicherheit",),
        competences=("D.1", "B.3", "E.8"),
        when=(12, "10:00", 12, "18:00"),
        deadline=10,
        capacity=80,
        en={
            "slug": "ctf-for-beginners",
            "title": "Capture the Flag: IT security hackathon for beginners",
            "teaser": (
                "Puzzles from web security, cryptography and forensics – no previous knowledge "
                "required."
            ),
            "about": (
                "One day, twenty challenges, one scoreboard: in Capture the Flag you solve "
                "security puzzles in teams. Every task comes with hints, and at the end the "
                "trainers explain the solutions."
            ),
            "points": (
                "Typical vulnerabilities of web applications",
                "The basics of cryptography, played as a game",
                "Teamwork under time pressure",
            ),
        },
    ),
    OfferSpec(
        slug="smart-city-hackathon",
        title="Smart-City-Hackathon Hildesheim",
        offer_type=OfferType.HACKATHON,
        partner="digitalnetz-leine-weser",
        place="hildesheim",
        teaser="60 Stunden, 14 Teams, eine Stadt: Ideen für ein digitales Hildesheim.",
        about="Beim Smart-City-Hackathon entwickelten Teams aus Studierenden und Fachleuten "
        "Prototypen zu Parken, Radverkehr und Bürgerbeteiligung.",
        points=("Prototypen mit städtischen Daten", "Jury aus Verwaltung und Wirtschaft"),
        topics=("Data Science", "Webentwicklung"),
        competences=("A.9", "B.1"),
        when=(-60, "17:00", -58, "15:00"),
        deadline=-67,
        capacity=70,
        audience="sg",
        en={
            "slug": "smart-city-hackathon",
            "title": "Smart City Hackathon Hildesheim",
            "teaser": "60 hours, 14 teams, one city: ideas for a digital Hildesheim.",
            "about": (
                "At the Smart City Hackathon, teams of students and professionals developed "
                "prototypes for parking, cycling and citizen participation."
            ),
            "points": (
                "Prototypes with municipal data",
                "A jury from local government and business",
            ),
        },
    ),
    # Networking
    OfferSpec(
        slug="it-stammtisch-hannover",
        title="IT-Stammtisch Hannover: Studierende treffen Praxis",
        offer_type=OfferType.NETWORKING,
        partner="digitalnetz-leine-weser",
        place="hannover",
        teaser="Ungezwungen ins Gespräch kommen: mit Entwickler:innen, Gründer:innen und "
        "Personalverantwortlichen aus der Region.",
        about="Einmal im Monat lädt das Digitalnetz zum Stammtisch. Drei kurze Impulse, danach "
        "Zeit für Gespräche – ohne Bewerbungsmappe, aber mit vielen Kontakten.",
        points=(
            "Drei Impulsvorträge à zehn Minuten",
            "Gespräche mit Unternehmen aus der Region",
            "Getränke und Snacks",
        ),
        topics=("Karriere",),
        competences=("E.4",),
        when=(7, "18:30", 7, "21:30"),
        audience="sge",
        en={
            "slug": "it-meetup-hanover",
            "title": "IT Meetup Hanover: students meet practitioners",
            "teaser": (
                "Easy-going conversations with developers, founders and HR managers from the "
                "region."
            ),
            "about": (
                "Once a month, Digitalnetz invites you to its meetup. Three short talks, then time "
                "to talk – no application folder needed, but plenty of contacts."
            ),
            "points": (
                "Three ten-minute talks",
                "Conversations with companies from the region",
                "Drinks and snacks",
            ),
        },
    ),
    OfferSpec(
        slug="karrieretag-it",
        title="Karrieretag IT Leine-Weser",
        offer_type=OfferType.NETWORKING,
        partner="gruendungs-und-karrierezentrum",
        teaser="40 Arbeitgeber, Bewerbungsmappen-Check und Kurzvorträge an einem Tag auf dem "
        "Campus.",
        about="Beim Karrieretag stellen sich Arbeitgeber aus der Region an Ständen vor. Sie "
        "können Ihre Unterlagen prüfen lassen, Bewerbungsfotos machen lassen und sich in "
        "Kurzvorträgen über Einstiegswege informieren.",
        points=(
            "Messe mit rund 40 regionalen Arbeitgebern",
            "Kostenloser Check Ihrer Bewerbungsunterlagen",
            "Vorträge zu Einstieg, Gehalt und Gründung",
        ),
        topics=("Karriere",),
        competences=("D.9", "E.4"),
        when=(38, "10:00", 38, "16:00"),
        audience="sge",
        en={
            "slug": "it-careers-day",
            "title": "IT Careers Day Leine-Weser",
            "teaser": "40 employers, CV checks and short talks – one day on campus.",
            "about": (
                "At the Careers Day, employers from the region present themselves at their stands. "
                "You can have your application documents checked, get professional application "
                "photos taken and learn about ways into work in short talks."
            ),
            "points": (
                "Fair with around 40 regional employers",
                "Free check of your application documents",
                "Talks on starting your career, salaries and founding a business",
            ),
        },
    ),
    OfferSpec(
        slug="arbeitgeberrunde-fachkraefte",
        title="Arbeitgeberrunde: IT-Nachwuchs in der Region gewinnen und halten",
        offer_type=OfferType.NETWORKING,
        partner="digitalnetz-leine-weser",
        format=Format.HYBRID,
        place="hameln",
        teaser="Erfahrungsaustausch für Unternehmen: Was Studierende von Arbeitgebern erwarten.",
        about="Studierende aus dem ProXLab-Beirat berichten, was sie bei der Wahl ihres "
        "Arbeitgebers wirklich überzeugt. Danach tauschen sich die Unternehmen über "
        "Praktika, Werkstudierendenstellen und Einstiegsprogramme aus.",
        points=(
            "Ergebnisse einer Umfrage unter 300 IT-Studierenden",
            "Gute Beispiele aus regionalen Unternehmen",
            "Verabredungen für gemeinsame Angebote",
        ),
        topics=("Karriere",),
        competences=("D.9", "E.4"),
        when=(24, "16:00", 24, "18:00"),
        deadline=20,
        capacity=40,
        audience="e",
        en={
            "slug": "employers-round-table-it-talent",
            "title": "Employers' round table: attracting and keeping young IT talent in the region",
            "teaser": (
                "An exchange of experience for companies: what students expect from employers."
            ),
            "about": (
                "Students from the ProXLab advisory board report what really convinces them when "
                "they choose an employer. Afterwards, the companies exchange ideas on internships, "
                "working student positions and graduate programmes."
            ),
            "points": (
                "Results of a survey of 300 IT students",
                "Good examples from regional companies",
                "Agreements on joint offers",
            ),
        },
    ),
    OfferSpec(
        slug="meetup-women-in-data",
        title="Online-Meetup: Women in Data",
        offer_type=OfferType.NETWORKING,
        partner="netzwerk-it-frauen",
        format=Format.ONLINE,
        teaser="Datenanalystinnen erzählen von ihrem Weg – und beantworten Ihre Fragen.",
        about="Beim monatlichen Meetup berichten zwei Frauen aus Data Science und Data "
        "Engineering von ihrem Berufsweg. Danach geht es in kleinen Runden weiter.",
        points=("Zwei Erfahrungsberichte", "Austausch in Kleingruppen"),
        topics=("Data Science", "Karriere"),
        competences=("D.7",),
        when=(3, "19:00", 3, "20:30"),
        language=OfferLanguage.BOTH,
        audience="sg",
        en={
            "slug": "meetup-women-in-data",
            "title": "Online meetup: Women in Data",
            "teaser": "Data analysts talk about their careers – and answer your questions.",
            "about": (
                "At the monthly meetup, two women from data science and data engineering talk "
                "about their careers. Afterwards, the conversation continues in small groups."
            ),
            "points": ("Two personal accounts", "Discussion in small groups"),
        },
    ),
)
