"""Dated events: workshops, talks, excursions, hackathons and networking meetings."""

from offers.choices import Format, OfferLanguage, OfferType

from ..specs import OfferSpec

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
        deadline=45,
        capacity=60,
        language=OfferLanguage.BOTH,
        audience="sg",
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
    ),
)
