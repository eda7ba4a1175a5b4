"""Longer formats: practice projects, mentoring and courses, some running, some open-ended."""

from offers.choices import Format, OfferLanguage, OfferType

from ..specs import OfferSpec

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
        deadline=9,
        capacity=12,
        price="390.00",
        audience="ge",
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
        capacity=25,
        price="249.00",
        audience="g",
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
        deadline=14,
        capacity=18,
        price="320.00",
        audience="sg",
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
        deadline=48,
        capacity=14,
        price="690.00",
        audience="ge",
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
    ),
)
