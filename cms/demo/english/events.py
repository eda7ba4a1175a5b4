"""English of the dated offers: workshops, talks, field trips, hackathons, networking
(content/events.py)."""

TEXT = {
    # git-im-team
    "Git im Team: Branching, Reviews und saubere Historie": (
        "Git in a team: branching, reviews and a clean history"
    ),
    (
        "Ein Nachmittag mit echten Merge-Konflikten, Pull Requests und Code-Reviews – so, wie sie "
        "im Projektalltag vorkommen."
    ): (
        "An afternoon of real merge conflicts, pull requests and code reviews – just as they "
        "happen in everyday project work."
    ),
    (
        "Git kennen die meisten aus dem Studium – im Team mit zehn Entwickler:innen und drei "
        "Release-Zweigen sieht die Sache anders aus. In diesem Workshop arbeiten Sie an einem "
        "Beispielprojekt der Weserbyte und üben die Abläufe, die wir täglich nutzen."
    ): (
        "Most people know Git from their degree – in a team of ten developers with three release "
        "branches, things look different. In this workshop you work on a sample project from "
        "Weserbyte and practise the workflows we use every day."
    ),
    "Branching-Strategien im Vergleich: Trunk-based Development und Git Flow": (
        "Branching strategies compared: trunk-based development and Git Flow"
    ),
    "Konflikte lösen, ohne Arbeit zu verlieren": "Resolving conflicts without losing work",
    "Code-Reviews geben und annehmen": "Giving and receiving code reviews",
    "Eine Historie, die man in zwei Jahren noch versteht": (
        "A history you will still understand in two years' time"
    ),
    # ux-research-kompakt
    "UX-Research kompakt: Interviews führen und auswerten": (
        "UX research in brief: conducting and analysing interviews"
    ),
    (
        "Vom Leitfaden bis zur Affinity Map: Nutzerinterviews planen, führen und in Erkenntnisse "
        "übersetzen."
    ): (
        "From the interview guide to the affinity map: planning and conducting user interviews and "
        "turning them into insights."
    ),
    (
        "Gute Software beginnt mit Fragen an die Menschen, die sie nutzen. Der Workshop führt an "
        "einem Tag durch ein kleines Forschungsprojekt: Sie schreiben einen Leitfaden, führen "
        "Interviews in Zweiergruppen und werten die Ergebnisse gemeinsam aus."
    ): (
        "Good software starts with questions to the people who use it. In one day, the workshop "
        "takes you through a small research project: you write an interview guide, interview each "
        "other in pairs and analyse the results together."
    ),
    "Forschungsfragen formulieren und Teilnehmende auswählen": (
        "Framing research questions and choosing participants"
    ),
    "Offene Fragen stellen und gut zuhören": "Asking open questions and listening well",
    "Ergebnisse clustern und in Anforderungen übersetzen": (
        "Clustering findings and turning them into requirements"
    ),
    # ki-prototyping
    "Vom Prompt zum Prototyp: KI-Anwendungen mit offenen Sprachmodellen": (
        "From prompt to prototype: AI applications with open language models"
    ),
    (
        "Einen kleinen Assistenten für Betriebsdaten bauen – und dabei lernen, wo Sprachmodelle an "
        "ihre Grenzen stoßen."
    ): (
        "Build a small assistant for operational data – and learn where language models reach "
        "their limits."
    ),
    (
        "Sprachmodelle lassen sich heute mit wenigen Zeilen Code einbinden. Schwieriger ist es, "
        "sie verlässlich zu machen. Sie bauen einen Prototyp, der Fragen zu Messdaten beantwortet, "
        "und prüfen ihn systematisch auf Fehler, Halluzinationen und Datenschutz."
    ): (
        "Today, language models can be integrated with a few lines of code. Making them reliable "
        "is harder. You build a prototype that answers questions about metering data and test it "
        "systematically for errors, hallucinations and data protection."
    ),
    "Offene Modelle lokal betreiben": "Running open models locally",
    "Retrieval-Augmented Generation mit eigenen Dokumenten": (
        "Retrieval-augmented generation with your own documents"
    ),
    "Antworten bewerten: Testfälle für KI-Anwendungen": (
        "Evaluating answers: test cases for AI applications"
    ),
    "Datenschutz und Nachvollziehbarkeit von Anfang an": (
        "Data protection and traceability from the start"
    ),
    # container-einstieg
    "Container-Einstieg mit Docker und Compose": (
        "Getting started with containers: Docker and Compose"
    ),
    (
        "Anwendungen in Container packen, verbinden und betreiben – ein Einstieg mit Übungen im "
        "Rechenzentrum."
    ): (
        "Packaging, connecting and running applications in containers – an introduction with "
        "exercises in the data centre."
    ),
    (
        "Container sind aus dem Betrieb moderner Anwendungen nicht mehr wegzudenken. Im Workshop "
        "packen Sie eine kleine Webanwendung in Container, verbinden sie mit einer Datenbank und "
        "lernen, worauf es im Betrieb ankommt."
    ): (
        "Modern applications can hardly be run without containers any more. In the workshop you "
        "package a small web application in containers, connect it to a database and learn what "
        "matters in operation."
    ),
    "Images bauen und schlank halten": "Building images and keeping them lean",
    "Mehrere Dienste mit Compose verbinden": "Connecting several services with Compose",
    "Logs, Updates und Sicherheit im Betrieb": "Logs, updates and security in operation",
    # vortrag-zero-trust
    "Zero Trust im Mittelstand – mehr als ein Schlagwort?": (
        "Zero trust for SMEs – more than a buzzword?"
    ),
    (
        "Was „niemandem vertrauen, alles prüfen“ für ein Unternehmen mit 50 Beschäftigten konkret "
        "bedeutet."
    ): ('What "trust no one, verify everything" actually means for a company with 50 employees.'),
    (
        "Zero Trust ist in aller Munde, aber was heißt das für kleine und mittlere Unternehmen "
        "ohne eigene Sicherheitsabteilung? Der Vortrag zeigt an drei Beispielen, welche Schritte "
        "sich lohnen und welche Versprechen Sie kritisch prüfen sollten."
    ): (
        "Zero trust is on everyone's lips, but what does it mean for small and medium-sized "
        "businesses without a security department of their own? Using three examples, the talk "
        "shows which steps pay off and which promises you should examine critically."
    ),
    "Grundideen von Zero Trust ohne Marketing": (
        "The core ideas of zero trust without the marketing"
    ),
    "Drei realistische Einstiegsprojekte": "Three realistic first projects",
    "Fragen, die Sie Anbietern stellen sollten": "Questions you should ask vendors",
    # vortrag-green-it
    "Green IT: Wie viel Energie steckt in unserer Software?": (
        "Green IT: how much energy goes into our software?"
    ),
    (
        "Messdaten aus dem eigenen Rechenzentrum zeigen, wo Software Energie verbraucht – und wie "
        "man sie sparsamer macht."
    ): (
        "Measurements from our own data centre show where software consumes energy – and how to "
        "make it more economical."
    ),
    (
        "Rechenzentren verbrauchen immer mehr Strom, und ein guter Teil davon hängt an der "
        "Software. Unsere Entwicklerinnen zeigen, wie sie den Energiebedarf ihrer Anwendungen "
        "messen und mit einfachen Mitteln um ein Drittel gesenkt haben."
    ): (
        "Data centres use more and more electricity, and a good part of it depends on the "
        "software. Our developers show how they measure the energy needs of their applications and "
        "cut them by a third with simple means."
    ),
    "Energieverbrauch von Software messen": "Measuring the energy consumption of software",
    "Typische Verschwendung in Code und Betrieb": "Typical waste in code and operations",
    "Nachhaltigkeit als Qualitätsmerkmal in Projekten": (
        "Sustainability as a quality attribute in projects"
    ),
    # ringvorlesung-ki-logistik
    "Ringvorlesung Digitalisierung in der Region: Wie KI die Logistik verändert": (
        "Lecture series Digitalisation in the Region: how AI is changing logistics"
    ),
    "Ein Praxisbericht aus der Intralogistik mit anschließender Diskussion.": (
        "A practitioner's report from intralogistics, followed by a discussion."
    ),
    (
        "In der Ringvorlesung berichten Fachleute aus regionalen Unternehmen, wie sich ihre Arbeit "
        "durch Digitalisierung verändert. Diesmal zu Gast: das Data-Science-Team der Fuhsetal "
        "Logistiksysteme mit Beispielen aus Lagerplanung und Routenoptimierung."
    ): (
        "In this lecture series, experts from regional companies report on how digitalisation is "
        "changing their work. This time our guests are the data science team of Fuhsetal "
        "Logistiksysteme, with examples from warehouse planning and route optimisation."
    ),
    "Wo KI in der Logistik heute wirklich eingesetzt wird": (
        "Where AI is really used in logistics today"
    ),
    "Was Daten aus Förderanlagen über Abläufe verraten": (
        "What data from conveyor systems reveals about processes"
    ),
    "Diskussion: Welche Kompetenzen braucht die Logistik von morgen?": (
        "Discussion: which skills will the logistics of tomorrow need?"
    ),
    # vortrag-barrierefreie-webanwendungen
    "Barrierefreie Webanwendungen nach BITV 2.0 und WCAG 2.2": (
        "Accessible web applications under BITV 2.0 and WCAG 2.2"
    ),
    "Was die Regeln verlangen und wie man sie im Projektalltag umsetzt.": (
        "What the rules require and how to put them into practice in everyday projects."
    ),
    (
        "Ab 2025 müssen auch viele Onlineshops barrierefrei sein. Der Vortrag erklärt die "
        "wichtigsten Anforderungen und zeigt, wie Design und Entwicklung sie gemeinsam umsetzen."
    ): (
        "From 2025, many online shops must be accessible too. The talk explains the most important "
        "requirements and shows how design and development can meet them together."
    ),
    "Die Prinzipien der WCAG verständlich erklärt": "The WCAG principles explained in plain words",
    "Häufige Fehler in Formularen und Navigation": "Common mistakes in forms and navigation",
    "Testen mit Tastatur und Screenreader": "Testing with keyboard and screen reader",
    # tech-talk-observability
    "Tech Talk: Observability for Small Teams": "Tech Talk: Observability for Small Teams",
    "Logs, Metriken und Traces mit wenig Aufwand – ein englischsprachiger Tech Talk.": (
        "Logs, metrics and traces with little effort – a tech talk in English."
    ),
    (
        "Unser Site-Reliability-Team zeigt auf Englisch, wie kleine Teams ihre Dienste überwachen, "
        "ohne in Dashboards zu ertrinken. Fragen sind auf Deutsch und Englisch willkommen."
    ): (
        "Our site reliability team shows, in English, how small teams monitor their services "
        "without drowning in dashboards. Questions are welcome in German and English."
    ),
    "Die drei Säulen der Observability": "The three pillars of observability",
    "Gute Alarme statt vieler Alarme": "Good alerts instead of many alerts",
    "Werkzeuge, die mit dem Team wachsen": "Tools that grow with the team",
    # exkursion-rechenzentrum
    "Exkursion: Ein Blick in das Rechenzentrum der Aller-Cloud": (
        "Field trip: a look inside the Aller-Cloud data centre"
    ),
    "Kühlung, Stromversorgung, Security Operations Center: ein Rechenzentrum von innen.": (
        "Cooling, power supply, Security Operations Center: a data centre from the inside."
    ),
    (
        "Wie sieht ein Rechenzentrum aus, das mit Ökostrom läuft und seine Abwärme weitergibt? Bei "
        "der Führung sehen Sie Serverräume, Notstromversorgung und das Security Operations Center "
        "und sprechen mit Kolleginnen aus Betrieb und Sicherheit."
    ): (
        "What does a data centre look like that runs on green electricity and passes on its waste "
        "heat? On the tour you see server rooms, the emergency power supply and the Security "
        "Operations Center, and talk to colleagues from operations and security."
    ),
    "Führung durch Serverräume und Technik": "Tour of the server rooms and technical facilities",
    "Einblick in das Security Operations Center": "A look into the Security Operations Center",
    "Gespräch über Einstiegsmöglichkeiten": "A conversation about ways to get started",
    # exkursion-lagerlogistik
    "Exkursion: Digitale Lagerlogistik live erleben": (
        "Field trip: digital warehouse logistics up close"
    ),
    "Ein vollautomatisches Lager in Betrieb – und die Software, die es steuert.": (
        "A fully automated warehouse in operation – and the software that controls it."
    ),
    (
        "In unserem Testzentrum in Langenhagen laufen Regalbediengeräte, Shuttles und Förderbänder "
        "wie in einer echten Anlage. Sie sehen, wie die Materialflusssteuerung Aufträge verteilt, "
        "und schauen den Entwicklerteams über die Schulter."
    ): (
        "In our test centre in Langenhagen, stacker cranes, shuttles and conveyor belts run just "
        "as in a real installation. You see how the material flow control distributes orders and "
        "look over the development teams' shoulders."
    ),
    "Materialflusssteuerung in Echtzeit": "Material flow control in real time",
    "Simulation und digitale Zwillinge": "Simulation and digital twins",
    "Kurzvorträge aus Entwicklung und Projektleitung": (
        "Short talks from development and project management"
    ),
    # exkursion-netzleitstelle
    "Exkursion: Smart Meter und Netzleitstelle": (
        "Field trip: smart meters and the grid control centre"
    ),
    "Vom intelligenten Zähler bis zur Prognose: wie Energiedaten entstehen.": (
        "From the smart meter to the forecast: how energy data comes about."
    ),
    (
        "Die Führung zeigt den Weg eines Messwerts vom Zähler im Keller bis zur Netzleitstelle und "
        "erklärt, welche Rolle Datenqualität und IT-Sicherheit dabei spielen."
    ): (
        "The tour follows a meter reading from the meter in the basement to the grid control "
        "centre and explains the role that data quality and IT security play along the way."
    ),
    "Messstellenbetrieb und Datenübertragung": "Metering operations and data transmission",
    "Sicherheit kritischer Infrastruktur": "Security of critical infrastructure",
    # weser-data-hackathon
    "Weser Data Hackathon: Offene Daten für die Region": (
        "Weser Data Hackathon: open data for the region"
    ),
    (
        "Zwei Tage, offene Daten aus dem Weserbergland und Ideen für Mobilität, Energie und "
        "Tourismus."
    ): ("Two days, open data from the Weser Uplands and ideas for mobility, energy and tourism."),
    (
        "Kommunen und Versorger der Region stellen Datensätze bereit, und Sie entwickeln daraus in "
        "gemischten Teams Prototypen. Mentorinnen und Mentoren aus den Partnerbetrieben helfen, am "
        "Ende stellt jedes Team in fünf Minuten vor."
    ): (
        "Local authorities and utilities of the region provide data sets, and you develop "
        "prototypes from them in mixed teams. Mentors from the partner companies help out, and at "
        "the end every team presents in five minutes."
    ),
    "Arbeiten mit echten offenen Daten": "Working with real open data",
    "Feedback von Fachleuten aus der Region": "Feedback from experts in the region",
    "Preise für die drei besten Prototypen": "Prizes for the three best prototypes",
    # ctf-einsteiger
    "Capture the Flag: IT-Sicherheits-Hackathon für Einsteiger": (
        "Capture the Flag: IT security hackathon for beginners"
    ),
    "Rätsel aus Web-Sicherheit, Kryptografie und Forensik – ohne Vorkenntnisse.": (
        "Puzzles from web security, cryptography and forensics – no previous knowledge required."
    ),
    (
        "Ein Tag, zwanzig Aufgaben, ein Punktestand: Beim Capture the Flag lösen Sie in Teams "
        "Sicherheitsrätsel. Zu jeder Aufgabe gibt es Hinweise, und am Ende erklären die Trainer "
        "die Lösungen."
    ): (
        "One day, twenty challenges, one scoreboard: in Capture the Flag you solve security "
        "puzzles in teams. Every task comes with hints, and at the end the trainers explain the "
        "solutions."
    ),
    "Typische Schwachstellen von Webanwendungen": "Typical vulnerabilities of web applications",
    "Grundlagen der Kryptografie spielerisch": "The basics of cryptography, played as a game",
    "Teamarbeit unter Zeitdruck": "Teamwork under time pressure",
    # smart-city-hackathon
    "Smart-City-Hackathon Hildesheim": "Smart City Hackathon Hildesheim",
    "60 Stunden, 14 Teams, eine Stadt: Ideen für ein digitales Hildesheim.": (
        "60 hours, 14 teams, one city: ideas for a digital Hildesheim."
    ),
    (
        "Beim Smart-City-Hackathon entwickelten Teams aus Studierenden und Fachleuten Prototypen "
        "zu Parken, Radverkehr und Bürgerbeteiligung."
    ): (
        "At the Smart City Hackathon, teams of students and professionals developed prototypes for "
        "parking, cycling and citizen participation."
    ),
    "Prototypen mit städtischen Daten": "Prototypes with municipal data",
    "Jury aus Verwaltung und Wirtschaft": "A jury from local government and business",
    # it-stammtisch-hannover
    "IT-Stammtisch Hannover: Studierende treffen Praxis": (
        "IT Meetup Hanover: students meet practitioners"
    ),
    (
        "Ungezwungen ins Gespräch kommen: mit Entwickler:innen, Gründer:innen und "
        "Personalverantwortlichen aus der Region."
    ): ("Easy-going conversations with developers, founders and HR managers from the region."),
    (
        "Einmal im Monat lädt das Digitalnetz zum Stammtisch. Drei kurze Impulse, danach Zeit für "
        "Gespräche – ohne Bewerbungsmappe, aber mit vielen Kontakten."
    ): (
        "Once a month, Digitalnetz invites you to its meetup. Three short talks, then time to talk "
        "– no application folder needed, but plenty of contacts."
    ),
    "Drei Impulsvorträge à zehn Minuten": "Three ten-minute talks",
    "Gespräche mit Unternehmen aus der Region": "Conversations with companies from the region",
    "Getränke und Snacks": "Drinks and snacks",
    # karrieretag-it
    "Karrieretag IT Leine-Weser": "IT Careers Day Leine-Weser",
    "40 Arbeitgeber, Bewerbungsmappen-Check und Kurzvorträge an einem Tag auf dem Campus.": (
        "40 employers, CV checks and short talks – one day on campus."
    ),
    (
        "Beim Karrieretag stellen sich Arbeitgeber aus der Region an Ständen vor. Sie können Ihre "
        "Unterlagen prüfen lassen, Bewerbungsfotos machen lassen und sich in Kurzvorträgen über "
        "Einstiegswege informieren."
    ): (
        "At the Careers Day, employers from the region present themselves at their stands. You can "
        "have your application documents checked, get professional application photos taken and "
        "learn about ways into work in short talks."
    ),
    "Messe mit rund 40 regionalen Arbeitgebern": "Fair with around 40 regional employers",
    "Kostenloser Check Ihrer Bewerbungsunterlagen": "Free check of your application documents",
    "Vorträge zu Einstieg, Gehalt und Gründung": (
        "Talks on starting your career, salaries and founding a business"
    ),
    # arbeitgeberrunde-fachkraefte
    "Arbeitgeberrunde: IT-Nachwuchs in der Region gewinnen und halten": (
        "Employers' round table: attracting and keeping young IT talent in the region"
    ),
    "Erfahrungsaustausch für Unternehmen: Was Studierende von Arbeitgebern erwarten.": (
        "An exchange of experience for companies: what students expect from employers."
    ),
    (
        "Studierende aus dem ProXLab-Beirat berichten, was sie bei der Wahl ihres Arbeitgebers "
        "wirklich überzeugt. Danach tauschen sich die Unternehmen über Praktika, "
        "Werkstudierendenstellen und Einstiegsprogramme aus."
    ): (
        "Students from the ProXLab advisory board report what really convinces them when they "
        "choose an employer. Afterwards, the companies exchange ideas on internships, working "
        "student positions and graduate programmes."
    ),
    "Ergebnisse einer Umfrage unter 300 IT-Studierenden": "Results of a survey of 300 IT students",
    "Gute Beispiele aus regionalen Unternehmen": "Good examples from regional companies",
    "Verabredungen für gemeinsame Angebote": "Agreements on joint offers",
    # meetup-women-in-data
    "Online-Meetup: Women in Data": "Online meetup: Women in Data",
    "Datenanalystinnen erzählen von ihrem Weg – und beantworten Ihre Fragen.": (
        "Data analysts talk about their careers – and answer your questions."
    ),
    (
        "Beim monatlichen Meetup berichten zwei Frauen aus Data Science und Data Engineering von "
        "ihrem Berufsweg. Danach geht es in kleinen Runden weiter."
    ): (
        "At the monthly meetup, two women from data science and data engineering talk about their "
        "careers. Afterwards, the conversation continues in small groups."
    ),
    "Zwei Erfahrungsberichte": "Two personal accounts",
    "Austausch in Kleingruppen": "Discussion in small groups",
}

SLUGS = {
    "git-im-team": "git-in-a-team",
    "ux-research-kompakt": "ux-research-in-brief",
    "ki-prototyping": "ai-prototyping",
    "container-einstieg": "getting-started-with-containers",
    "vortrag-zero-trust": "talk-zero-trust",
    "vortrag-green-it": "talk-green-it",
    "ringvorlesung-ki-logistik": "lecture-series-ai-logistics",
    "vortrag-barrierefreie-webanwendungen": "talk-accessible-web-applications",
    "tech-talk-observability": "tech-talk-observability",
    "exkursion-rechenzentrum": "field-trip-data-centre",
    "exkursion-lagerlogistik": "field-trip-warehouse-logistics",
    "exkursion-netzleitstelle": "field-trip-grid-control-centre",
    "weser-data-hackathon": "weser-data-hackathon",
    "ctf-einsteiger": "ctf-for-beginners",
    "smart-city-hackathon": "smart-city-hackathon",
    "it-stammtisch-hannover": "it-meetup-hanover",
    "karrieretag-it": "it-careers-day",
    "arbeitgeberrunde-fachkraefte": "employers-round-table-it-talent",
    "meetup-women-in-data": "meetup-women-in-data",
}
