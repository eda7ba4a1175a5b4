"""Magazine: news and interviews of the last months."""

from ..specs import ArticleSpec

EDITOR = ("Lea Hoffmann", "Redaktion ProXLab")

NEWS = (
    ArticleSpec(
        slug="proxlab-startet",
        title="ProXLab startet: eine Plattform für IT-Nachwuchs und Arbeitgeber der Region",
        days_ago=150,
        teaser="Universität, Unternehmen und Bildungsanbieter der Region Leine-Weser bündeln "
        "ihre Angebote an einem Ort.",
        authors=(EDITOR,),
        body=(
            (
                "p",
                "Workshops, Praxisprojekte, Mentoring und Stellen: Was die Region IT-Studierenden "
                "bietet, war bisher über viele Websites verstreut. ProXLab bringt diese Angebote "
                "zusammen und macht sie nach Thema, Ort und Kompetenz auffindbar.",
            ),
            ("h", "Austausch statt Einbahnstraße"),
            (
                "p",
                "Im Mittelpunkt steht der Austausch: Arbeitgeber sagen, welche Kompetenzen sie "
                "brauchen, Studierende zeigen, was sie können und wollen, und die Universität "
                "verbindet beides mit ihrer Lehre.",
            ),
            (
                "q",
                "Wir wollen, dass gute Leute nicht wegziehen müssen, um spannende IT-Projekte zu "
                "finden.",
                "Prof. Dr. Johanna Brinkmann, Projektleitung (Demo)",
            ),
        ),
        topics=("Karriere",),
        competences=("D.9",),
    ),
    ArticleSpec(
        slug="karrieretag-anmeldung-offen",
        title="Karrieretag IT Leine-Weser: Anmeldung für Aussteller geöffnet",
        days_ago=10,
        teaser="Rund 40 Arbeitgeber werden erwartet – Unternehmen können sich jetzt einen "
        "Stand sichern.",
        authors=(EDITOR,),
        body=(
            (
                "p",
                "Der Karrieretag IT findet in diesem Jahr wieder auf dem Campus statt. Neu ist "
                "ein Bereich für Start-ups und ein Vortragsraum, in dem Absolvent:innen von "
                "ihrem Berufseinstieg erzählen.",
            ),
            ("h", "Was Studierende erwartet"),
            (
                "ul",
                "Gespräche mit Arbeitgebern aus der ganzen Region",
                "Kostenloser Check der Bewerbungsunterlagen",
                "Kurzvorträge zu Einstieg, Gehalt und Gründung",
            ),
        ),
        topics=("Karriere",),
        competences=("E.4",),
        related=("karrieretag-it", "it-stammtisch-hannover"),
    ),
    ArticleSpec(
        slug="rueckblick-smart-city-hackathon",
        title="Rückblick: 60 Stunden Smart City in Hildesheim",
        days_ago=55,
        teaser="14 Teams, viele offene Daten und ein Sieger-Prototyp für sicheres Radfahren.",
        authors=(EDITOR, ("Jonas Brettschneider", "Digitalnetz Leine-Weser e. V.")),
        body=(
            (
                "p",
                "Vom Freitagabend bis Sonntagnachmittag haben beim Smart-City-Hackathon 14 Teams "
                "an Ideen für ein digitales Hildesheim gearbeitet. Gewonnen hat ein Team, das "
                "Unfalldaten und Radverkehrszählungen zu einer Karte gefährlicher Kreuzungen "
                "verbunden hat.",
            ),
            (
                "q",
                "Am beeindruckendsten fand ich, wie schnell aus fremden Menschen Teams wurden.",
                "Teilnehmerin, Masterstudium Data Analytics",
            ),
            (
                "p",
                "Der nächste Hackathon ist schon geplant: Beim Weser Data Hackathon geht es um "
                "offene Daten aus dem Weserbergland.",
            ),
        ),
        topics=("Data Science", "Webentwicklung"),
        competences=("A.9",),
        related=("smart-city-hackathon", "weser-data-hackathon"),
    ),
    ArticleSpec(
        slug="neue-partner",
        title="Fünf neue Partner im ProXLab-Netzwerk",
        days_ago=80,
        teaser="Vom Systemhaus in Nienburg bis zur Digitalagentur in Holzminden: ProXLab "
        "wächst in der Fläche.",
        authors=(EDITOR,),
        body=(
            (
                "p",
                "Mit der Nienburger Netzwerktechnik, der Sollingwerk Digital, der Aller-Cloud, "
                "den Fuhsetal Logistiksystemen und der Schaumburger Energiedaten sind fünf "
                "weitere Unternehmen dabei. Damit reicht das Netzwerk von Celle bis Holzminden.",
            ),
            (
                "p",
                "Alle neuen Partner bieten bereits Praktika, Abschlussarbeiten oder Challenges "
                "an. Ihre Profile finden Sie unter Partner.",
            ),
        ),
        topics=("Karriere",),
    ),
    ArticleSpec(
        slug="campus-app-siegerteam",
        title="Campus-App: Das Siegerteam der Challenge steht fest",
        days_ago=70,
        teaser="Eine App ohne Anmeldung, die Räume, Fristen und Ansprechpersonen bündelt, "
        "überzeugte die Jury.",
        authors=(("Jan-Ole Meyer", "Institut für Wirtschaftsinformatik (Demo)"),),
        body=(
            (
                "p",
                "Fünf Teams hatten in der Challenge „Campus-App für Erstsemester“ zwölf Wochen "
                "lang gearbeitet. Die Jury lobte besonders, wie gründlich das Siegerteam mit "
                "Erstsemestern getestet hatte.",
            ),
            ("h", "Wie es weitergeht"),
            (
                "p",
                "Das Rechenzentrum der Universität setzt das Konzept in den kommenden Monaten "
                "um; zwei Mitglieder des Siegerteams arbeiten als studentische Hilfskräfte mit.",
            ),
        ),
        topics=("UX", "Webentwicklung"),
        competences=("A.10",),
        related=("campus-app-erstsemester",),
    ),
    ArticleSpec(
        slug="mentoring-zweite-runde",
        title="Mentoring für Studentinnen geht in die zweite Runde",
        days_ago=25,
        teaser="Nach einem erfolgreichen ersten Jahr sucht das Netzwerk IT-Frauen neue "
        "Mentees und Mentorinnen.",
        authors=(("Sophie Lindqvist", "Netzwerk IT-Frauen Leine-Weser e. V."),),
        body=(
            (
                "p",
                "Im ersten Jahr haben 24 Tandems zusammengearbeitet. Fast alle Mentees sagen, "
                "sie hätten mehr Mut für Bewerbungen und Gehaltsverhandlungen gewonnen.",
            ),
            (
                "p",
                "Bewerbungen sind jederzeit möglich. Besonders gesucht: Mentorinnen aus "
                "Softwareentwicklung und IT-Sicherheit.",
            ),
        ),
        topics=("Karriere",),
        competences=("D.9",),
        related=("mentoring-studentinnen-it", "meetup-women-in-data"),
    ),
    # Interviews
    ArticleSpec(
        slug="interview-neugier-statt-lebenslauf",
        title="Im Gespräch: „Wir suchen Neugier, nicht den perfekten Lebenslauf“",
        days_ago=35,
        teaser="Katharina Vogelsang verantwortet bei der Weserbyte die Nachwuchsgewinnung. "
        "Ein Gespräch über Praktika, Lücken im Lebenslauf und Hameln als Arbeitsort.",
        authors=(EDITOR,),
        body=(
            ("h", "Frau Vogelsang, worauf achten Sie bei Bewerbungen?"),
            (
                "p",
                "Auf Projekte. Mich interessiert, was jemand ausprobiert hat – im Studium, in "
                "der Freizeit, im Verein. Noten schauen wir uns an, aber sie entscheiden selten.",
            ),
            ("h", "Warum sollten IT-Studierende in der Region bleiben?"),
            (
                "p",
                "Weil sie hier sehr schnell Verantwortung bekommen. Bei uns arbeiten "
                "Praktikantinnen vom ersten Tag an im Kundenprojekt.",
            ),
            (
                "q",
                "Eine Lücke im Lebenslauf stört mich nicht. Langweilig finde ich nur, wenn "
                "jemand nichts erzählen kann.",
                "Katharina Vogelsang, Weserbyte GmbH",
            ),
        ),
        topics=("Karriere",),
        competences=("D.9", "E.4"),
        related=("praktikum-softwareentwicklung", "trainee-it-consulting"),
    ),
    ArticleSpec(
        slug="interview-praxisprojekt-festanstellung",
        title="Im Gespräch: Vom Praxisprojekt zur Festanstellung",
        days_ago=95,
        teaser="Mira Schulte hat im Studium ein Praxisprojekt beim Hamelner Datenwerk gemacht. "
        "Heute arbeitet sie dort als Data Engineer.",
        authors=(("Tim Rehbein", "Redaktion ProXLab"),),
        body=(
            ("h", "Wie kam es zu dem Praxisprojekt?"),
            (
                "p",
                "Über eine Ausschreibung im Studium. Ich wollte wissen, ob Datenanalyse auch "
                "außerhalb von Übungsaufgaben Spaß macht – und das tut sie.",
            ),
            ("h", "Was war die größte Umstellung?"),
            (
                "p",
                "Dass echte Daten unordentlich sind. Die Hälfte der Zeit geht dafür drauf, sie "
                "zu verstehen und zu bereinigen. Das lernt man im Studium zu wenig.",
            ),
            (
                "q",
                "Im Projekt habe ich gemerkt: Hier kann ich etwas bewegen, ohne nach Berlin zu "
                "ziehen.",
                "Mira Schulte, Hamelner Datenwerk GmbH",
            ),
        ),
        topics=("Data Science", "Karriere"),
        competences=("D.7",),
        related=("werkstudent-data-engineering",),
    ),
    ArticleSpec(
        slug="interview-kritisch-konstruktiv-ki",
        title="Im Gespräch: Kritisch-konstruktiv mit KI umgehen",
        days_ago=18,
        teaser="Prof. Dr. Johanna Brinkmann über Sprachmodelle im Studium und warum Verbote "
        "nicht weiterhelfen.",
        authors=(EDITOR,),
        body=(
            ("h", "Sollten Studierende KI-Assistenten nutzen?"),
            (
                "p",
                "Ja – aber bewusst. Wer versteht, wie diese Modelle arbeiten, erkennt auch ihre "
                "Grenzen. Genau diese Haltung wollen wir vermitteln: neugierig ausprobieren, "
                "genau hinsehen, begründet entscheiden.",
            ),
            ("h", "Was bedeutet das für die Lehre?"),
            (
                "p",
                "Wir verändern Prüfungen so, dass Denken sichtbar wird: mündliche Anteile, "
                "Reflexionen, Projekte mit echten Partnern.",
            ),
        ),
        topics=("KI",),
        competences=("A.7", "D.3"),
        related=("ki-prototyping", "abschlussarbeit-sprachmodelle-lehre"),
    ),
    ArticleSpec(
        slug="interview-challenge-startup",
        title="Im Gespräch: Wie aus einer Challenge ein Start-up wurde",
        days_ago=110,
        teaser="Drei Studierende haben bei einer Challenge ein Matching-Konzept entwickelt. "
        "Jetzt gründen sie.",
        authors=(("Tim Rehbein", "Redaktion ProXLab"),),
        body=(
            (
                "p",
                "Eigentlich wollten Elif, Paul und Hanna nur ein Projektmodul abschließen. Dann "
                "gewann ihr Konzept für kompetenzbasiertes Matching die Challenge des "
                "Digitalnetzes – und die ersten Unternehmen fragten nach.",
            ),
            (
                "q",
                "Die Challenge hat uns gezeigt, dass unser Problem auch das Problem der "
                "Unternehmen ist.",
                "Elif Arslan, Gründerin",
            ),
            (
                "p",
                "Das Gründungszentrum begleitet das Team nun im Gründungsmentoring.",
            ),
        ),
        topics=("Karriere", "KI"),
        competences=("A.9", "A.3"),
        related=("kompetenzbasiertes-matching", "gruendungsmentoring"),
    ),
)
