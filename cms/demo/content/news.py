"""Magazine: news and interviews of the last months."""

from ..specs import ArticleSpec

EDITOR = ("Lea Hoffmann", "Redaktion ProXLab")
EDITOR_EN = ("Lea Hoffmann", "ProXLab editorial team")

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
        en={
            "slug": "proxlab-launches",
            "title": "ProXLab launches: a platform for young IT talent and the region's employers",
            "teaser": (
                "The university, companies and education providers of the Leine-Weser region bring "
                "their offers together in one place."
            ),
            "authors": (EDITOR_EN,),
            "body": (
                (
                    "p",
                    "Workshops, practice projects, mentoring and jobs: until now, what the region "
                    "offers IT students was scattered across many websites. ProXLab brings these "
                    "offers together and makes them easy to find by topic, place and competence.",
                ),
                ("h", "A dialogue, not a one-way street"),
                (
                    "p",
                    "Exchange is at the heart of it: employers say which competences they need, "
                    "students show what they can do and what they want, and the university "
                    "connects both with its teaching.",
                ),
                (
                    "q",
                    "We want good people not to have to move away to find exciting IT projects.",
                    "Prof. Dr. Johanna Brinkmann, project lead (Demo)",
                ),
            ),
        },
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
        en={
            "slug": "careers-day-registration-open",
            "title": "IT Careers Day Leine-Weser: exhibitor registration is open",
            "teaser": "Around 40 employers are expected – companies can now book a stand.",
            "authors": (EDITOR_EN,),
            "body": (
                (
                    "p",
                    "This year the IT Careers Day takes place on campus again. New this time are "
                    "an area for start-ups and a lecture room where graduates talk about starting "
                    "their careers.",
                ),
                ("h", "What students can expect"),
                (
                    "ul",
                    "Conversations with employers from the whole region",
                    "Free check of your application documents",
                    "Short talks on starting your career, salaries and founding a business",
                ),
            ),
        },
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
        en={
            "slug": "looking-back-smart-city-hackathon",
            "title": "Looking back: 60 hours of smart city in Hildesheim",
            "teaser": "14 teams, plenty of open data and a winning prototype for safer cycling.",
            "authors": (
                EDITOR_EN,
                ("Jonas Brettschneider", "Digitalnetz Leine-Weser e. V."),
            ),
            "body": (
                (
                    "p",
                    "From Friday evening to Sunday afternoon, 14 teams worked on ideas for a "
                    "digital Hildesheim at the Smart City Hackathon. The winner was a team that "
                    "combined accident data and cycle traffic counts into a map of dangerous "
                    "junctions.",
                ),
                (
                    "q",
                    "What impressed me most was how quickly strangers turned into teams.",
                    "Participant, Master's in Data Analytics",
                ),
                (
                    "p",
                    "The next hackathon is already planned: the Weser Data Hackathon is all about "
                    "open data from the Weser Uplands.",
                ),
            ),
        },
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
        en={
            "slug": "new-partners",
            "title": "Five new partners in the ProXLab network",
            "teaser": (
                "From the IT services company in Nienburg to the digital agency in Holzminden: "
                "ProXLab is growing across the region."
            ),
            "authors": (EDITOR_EN,),
            "body": (
                (
                    "p",
                    "With Nienburger Netzwerktechnik, Sollingwerk Digital, Aller-Cloud, Fuhsetal "
                    "Logistiksysteme and Schaumburger Energiedaten, five more companies have "
                    "joined. The network now stretches from Celle to Holzminden.",
                ),
                (
                    "p",
                    "All the new partners already offer internships, theses or challenges. You "
                    "will find their profiles under Partners.",
                ),
            ),
        },
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
        en={
            "slug": "campus-app-winning-team",
            "title": "Campus app: the winning team of the challenge has been chosen",
            "teaser": (
                "An app without a login that brings together rooms, deadlines and contact persons "
                "won over the jury."
            ),
            "authors": (("Jan-Ole Meyer", "Institute of Business Informatics (Demo)"),),
            "body": (
                (
                    "p",
                    'Five teams had worked for twelve weeks in the challenge "Campus app for '
                    'first-year students". The jury particularly praised how thoroughly the '
                    "winning team had tested with first-year students.",
                ),
                ("h", "What happens next"),
                (
                    "p",
                    "The university computing centre will implement the concept over the coming "
                    "months; two members of the winning team are joining as student assistants.",
                ),
            ),
        },
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
        en={
            "slug": "mentoring-second-round",
            "title": "Mentoring for women students enters its second round",
            "teaser": (
                "After a successful first year, Netzwerk IT-Frauen is looking for new mentees and "
                "mentors."
            ),
            "authors": (("Sophie Lindqvist", "Netzwerk IT-Frauen Leine-Weser e. V."),),
            "body": (
                (
                    "p",
                    "In the first year, 24 tandems worked together. Almost all mentees say they "
                    "have gained more courage for job applications and salary negotiations.",
                ),
                (
                    "p",
                    "Applications are welcome at any time. Mentors from software development and "
                    "IT security are particularly sought after.",
                ),
            ),
        },
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
        en={
            "slug": "interview-curiosity-not-cv",
            "title": 'In conversation: "We look for curiosity, not the perfect CV"',
            "teaser": (
                "Katharina Vogelsang is responsible for recruiting young talent at Weserbyte. A "
                "conversation about internships, gaps in a CV and Hamelin as a place to work."
            ),
            "authors": (EDITOR_EN,),
            "body": (
                ("h", "Ms Vogelsang, what do you look for in applications?"),
                (
                    "p",
                    "Projects. I am interested in what someone has tried out – at university, in "
                    "their spare time, in a club. We do look at grades, but they rarely decide.",
                ),
                ("h", "Why should IT students stay in the region?"),
                (
                    "p",
                    "Because they get responsibility here very quickly. With us, interns work on "
                    "client projects from day one.",
                ),
                (
                    "q",
                    "A gap in a CV doesn't bother me. The only thing I find boring is when "
                    "someone has nothing to tell.",
                    "Katharina Vogelsang, Weserbyte GmbH",
                ),
            ),
        },
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
        en={
            "slug": "interview-practice-project-permanent-job",
            "title": "In conversation: from practice project to permanent job",
            "teaser": (
                "Mira Schulte did a practice project at Hamelner Datenwerk during her studies. "
                "Today she works there as a data engineer."
            ),
            "authors": (("Tim Rehbein", "ProXLab editorial team"),),
            "body": (
                ("h", "How did the practice project come about?"),
                (
                    "p",
                    "Through an advertisement at university. I wanted to know whether data "
                    "analysis is fun outside of exercises too – and it is.",
                ),
                ("h", "What was the biggest change?"),
                (
                    "p",
                    "That real data is messy. Half the time goes into understanding it and "
                    "cleaning it up. You don't learn enough about that at university.",
                ),
                (
                    "q",
                    "During the project I realised: I can make a difference here without moving "
                    "to Berlin.",
                    "Mira Schulte, Hamelner Datenwerk GmbH",
                ),
            ),
        },
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
        en={
            "slug": "interview-critical-constructive-ai",
            "title": "In conversation: a critical and constructive approach to AI",
            "teaser": (
                "Prof. Dr. Johanna Brinkmann on language models in higher education and why bans "
                "don't help."
            ),
            "authors": (EDITOR_EN,),
            "body": (
                ("h", "Should students use AI assistants?"),
                (
                    "p",
                    "Yes – but consciously. Anyone who understands how these models work also "
                    "recognises their limits. That is exactly the attitude we want to pass on: "
                    "try things out with curiosity, look closely, decide for good reasons.",
                ),
                ("h", "What does that mean for teaching?"),
                (
                    "p",
                    "We are changing examinations so that thinking becomes visible: oral "
                    "components, reflections, projects with real partners.",
                ),
            ),
        },
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
        en={
            "slug": "interview-challenge-start-up",
            "title": "In conversation: how a challenge became a start-up",
            "teaser": (
                "Three students developed a matching concept in a challenge. Now they are founding "
                "a company."
            ),
            "authors": (("Tim Rehbein", "ProXLab editorial team"),),
            "body": (
                (
                    "p",
                    "Elif, Paul and Hanna actually only wanted to complete a project module. Then "
                    "their concept for competence-based matching won Digitalnetz's challenge – "
                    "and the first companies started asking.",
                ),
                (
                    "q",
                    "The challenge showed us that our problem is the companies' problem too.",
                    "Elif Arslan, founder",
                ),
                (
                    "p",
                    "The start-up centre is now supporting the team through its start-up "
                    "mentoring.",
                ),
            ),
        },
    ),
)
