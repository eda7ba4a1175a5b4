"""English of the news and interviews in the magazine (content/news.py)."""

TEXT = {
    # proxlab-startet
    "ProXLab startet: eine Plattform für IT-Nachwuchs und Arbeitgeber der Region": (
        "ProXLab launches: a platform for young IT talent and the region's employers"
    ),
    (
        "Universität, Unternehmen und Bildungsanbieter der Region Leine-Weser bündeln ihre "
        "Angebote an einem Ort."
    ): (
        "The university, companies and education providers of the Leine-Weser region bring their "
        "offers together in one place."
    ),
    (
        "Workshops, Praxisprojekte, Mentoring und Stellen: Was die Region IT-Studierenden bietet, "
        "war bisher über viele Websites verstreut. ProXLab bringt diese Angebote zusammen und "
        "macht sie nach Thema, Ort und Kompetenz auffindbar."
    ): (
        "Workshops, practice projects, mentoring and jobs: until now, what the region offers IT "
        "students was scattered across many websites. ProXLab brings these offers together and "
        "makes them easy to find by topic, place and competence."
    ),
    "Austausch statt Einbahnstraße": "A dialogue, not a one-way street",
    (
        "Im Mittelpunkt steht der Austausch: Arbeitgeber sagen, welche Kompetenzen sie brauchen, "
        "Studierende zeigen, was sie können und wollen, und die Universität verbindet beides mit "
        "ihrer Lehre."
    ): (
        "Exchange is at the heart of it: employers say which competences they need, students show "
        "what they can do and what they want, and the university connects both with its teaching."
    ),
    "Wir wollen, dass gute Leute nicht wegziehen müssen, um spannende IT-Projekte zu finden.": (
        "We want good people not to have to move away to find exciting IT projects."
    ),
    "Prof. Dr. Johanna Brinkmann, Projektleitung (Demo)": (
        "Prof. Dr. Johanna Brinkmann, project lead (Demo)"
    ),
    # karrieretag-anmeldung-offen
    "Karrieretag IT Leine-Weser: Anmeldung für Aussteller geöffnet": (
        "IT Careers Day Leine-Weser: exhibitor registration is open"
    ),
    "Rund 40 Arbeitgeber werden erwartet – Unternehmen können sich jetzt einen Stand sichern.": (
        "Around 40 employers are expected – companies can now book a stand."
    ),
    (
        "Der Karrieretag IT findet in diesem Jahr wieder auf dem Campus statt. Neu ist ein Bereich "
        "für Start-ups und ein Vortragsraum, in dem Absolvent:innen von ihrem Berufseinstieg "
        "erzählen."
    ): (
        "This year the IT Careers Day takes place on campus again. New this time are an area for "
        "start-ups and a lecture room where graduates talk about starting their careers."
    ),
    "Was Studierende erwartet": "What students can expect",
    "Gespräche mit Arbeitgebern aus der ganzen Region": (
        "Conversations with employers from the whole region"
    ),
    "Kostenloser Check der Bewerbungsunterlagen": "Free check of your application documents",
    "Kurzvorträge zu Einstieg, Gehalt und Gründung": (
        "Short talks on starting your career, salaries and founding a business"
    ),
    # rueckblick-smart-city-hackathon
    "Rückblick: 60 Stunden Smart City in Hildesheim": (
        "Looking back: 60 hours of smart city in Hildesheim"
    ),
    "14 Teams, viele offene Daten und ein Sieger-Prototyp für sicheres Radfahren.": (
        "14 teams, plenty of open data and a winning prototype for safer cycling."
    ),
    (
        "Vom Freitagabend bis Sonntagnachmittag haben beim Smart-City-Hackathon 14 Teams an Ideen "
        "für ein digitales Hildesheim gearbeitet. Gewonnen hat ein Team, das Unfalldaten und "
        "Radverkehrszählungen zu einer Karte gefährlicher Kreuzungen verbunden hat."
    ): (
        "From Friday evening to Sunday afternoon, 14 teams worked on ideas for a digital "
        "Hildesheim at the Smart City Hackathon. The winner was a team that combined accident data "
        "and cycle traffic counts into a map of dangerous junctions."
    ),
    "Am beeindruckendsten fand ich, wie schnell aus fremden Menschen Teams wurden.": (
        "What impressed me most was how quickly strangers turned into teams."
    ),
    "Teilnehmerin, Masterstudium Data Analytics": "Participant, Master's in Data Analytics",
    (
        "Der nächste Hackathon ist schon geplant: Beim Weser Data Hackathon geht es um offene "
        "Daten aus dem Weserbergland."
    ): (
        "The next hackathon is already planned: the Weser Data Hackathon is all about open data "
        "from the Weser Uplands."
    ),
    # neue-partner
    "Fünf neue Partner im ProXLab-Netzwerk": "Five new partners in the ProXLab network",
    (
        "Vom Systemhaus in Nienburg bis zur Digitalagentur in Holzminden: ProXLab wächst in der "
        "Fläche."
    ): (
        "From the IT services company in Nienburg to the digital agency in Holzminden: ProXLab is "
        "growing across the region."
    ),
    (
        "Mit der Nienburger Netzwerktechnik, der Sollingwerk Digital, der Aller-Cloud, den "
        "Fuhsetal Logistiksystemen und der Schaumburger Energiedaten sind fünf weitere Unternehmen "
        "dabei. Damit reicht das Netzwerk von Celle bis Holzminden."
    ): (
        "With Nienburger Netzwerktechnik, Sollingwerk Digital, Aller-Cloud, Fuhsetal "
        "Logistiksysteme and Schaumburger Energiedaten, five more companies have joined. The "
        "network now stretches from Celle to Holzminden."
    ),
    (
        "Alle neuen Partner bieten bereits Praktika, Abschlussarbeiten oder Challenges an. Ihre "
        "Profile finden Sie unter Partner."
    ): (
        "All the new partners already offer internships, theses or challenges. You will find their "
        "profiles under Partners."
    ),
    # campus-app-siegerteam
    "Campus-App: Das Siegerteam der Challenge steht fest": (
        "Campus app: the winning team of the challenge has been chosen"
    ),
    (
        "Eine App ohne Anmeldung, die Räume, Fristen und Ansprechpersonen bündelt, überzeugte die "
        "Jury."
    ): (
        "An app without a login that brings together rooms, deadlines and contact persons won over "
        "the jury."
    ),
    (
        "Fünf Teams hatten in der Challenge „Campus-App für Erstsemester“ zwölf Wochen lang "
        "gearbeitet. Die Jury lobte besonders, wie gründlich das Siegerteam mit Erstsemestern "
        "getestet hatte."
    ): (
        'Five teams had worked for twelve weeks in the challenge "Campus app for first-year '
        'students". The jury particularly praised how thoroughly the winning team had tested with '
        "first-year students."
    ),
    "Wie es weitergeht": "What happens next",
    (
        "Das Rechenzentrum der Universität setzt das Konzept in den kommenden Monaten um; zwei "
        "Mitglieder des Siegerteams arbeiten als studentische Hilfskräfte mit."
    ): (
        "The university computing centre will implement the concept over the coming months; two "
        "members of the winning team are joining as student assistants."
    ),
    # mentoring-zweite-runde
    "Mentoring für Studentinnen geht in die zweite Runde": (
        "Mentoring for women students enters its second round"
    ),
    (
        "Nach einem erfolgreichen ersten Jahr sucht das Netzwerk IT-Frauen neue Mentees und "
        "Mentorinnen."
    ): (
        "After a successful first year, Netzwerk IT-Frauen is looking for new mentees and mentors."
    ),
    (
        "Im ersten Jahr haben 24 Tandems zusammengearbeitet. Fast alle Mentees sagen, sie hätten "
        "mehr Mut für Bewerbungen und Gehaltsverhandlungen gewonnen."
    ): (
        "In the first year, 24 tandems worked together. Almost all mentees say they have gained "
        "more courage for job applications and salary negotiations."
    ),
    (
        "Bewerbungen sind jederzeit möglich. Besonders gesucht: Mentorinnen aus "
        "Softwareentwicklung und IT-Sicherheit."
    ): (
        "Applications are welcome at any time. Mentors from software development and IT security "
        "are particularly sought after."
    ),
    # interview-neugier-statt-lebenslauf
    "Im Gespräch: „Wir suchen Neugier, nicht den perfekten Lebenslauf“": (
        'In conversation: "We look for curiosity, not the perfect CV"'
    ),
    (
        "Katharina Vogelsang verantwortet bei der Weserbyte die Nachwuchsgewinnung. Ein Gespräch "
        "über Praktika, Lücken im Lebenslauf und Hameln als Arbeitsort."
    ): (
        "Katharina Vogelsang is responsible for recruiting young talent at Weserbyte. A "
        "conversation about internships, gaps in a CV and Hamelin as a place to work."
    ),
    "Frau Vogelsang, worauf achten Sie bei Bewerbungen?": (
        "Ms Vogelsang, what do you look for in applications?"
    ),
    (
        "Auf Projekte. Mich interessiert, was jemand ausprobiert hat – im Studium, in der "
        "Freizeit, im Verein. Noten schauen wir uns an, aber sie entscheiden selten."
    ): (
        "Projects. I am interested in what someone has tried out – at university, in their spare "
        "time, in a club. We do look at grades, but they rarely decide."
    ),
    "Warum sollten IT-Studierende in der Region bleiben?": (
        "Why should IT students stay in the region?"
    ),
    (
        "Weil sie hier sehr schnell Verantwortung bekommen. Bei uns arbeiten Praktikantinnen vom "
        "ersten Tag an im Kundenprojekt."
    ): (
        "Because they get responsibility here very quickly. With us, interns work on client "
        "projects from day one."
    ),
    (
        "Eine Lücke im Lebenslauf stört mich nicht. Langweilig finde ich nur, wenn jemand nichts "
        "erzählen kann."
    ): (
        "A gap in a CV doesn't bother me. The only thing I find boring is when someone has nothing "
        "to tell."
    ),
    "Katharina Vogelsang, Weserbyte GmbH": "Katharina Vogelsang, Weserbyte GmbH",
    # interview-praxisprojekt-festanstellung
    "Im Gespräch: Vom Praxisprojekt zur Festanstellung": (
        "In conversation: from practice project to permanent job"
    ),
    (
        "Mira Schulte hat im Studium ein Praxisprojekt beim Hamelner Datenwerk gemacht. Heute "
        "arbeitet sie dort als Data Engineer."
    ): (
        "Mira Schulte did a practice project at Hamelner Datenwerk during her studies. Today she "
        "works there as a data engineer."
    ),
    "Wie kam es zu dem Praxisprojekt?": "How did the practice project come about?",
    (
        "Über eine Ausschreibung im Studium. Ich wollte wissen, ob Datenanalyse auch außerhalb von "
        "Übungsaufgaben Spaß macht – und das tut sie."
    ): (
        "Through an advertisement at university. I wanted to know whether data analysis is fun "
        "outside of exercises too – and it is."
    ),
    "Was war die größte Umstellung?": "What was the biggest change?",
    (
        "Dass echte Daten unordentlich sind. Die Hälfte der Zeit geht dafür drauf, sie zu "
        "verstehen und zu bereinigen. Das lernt man im Studium zu wenig."
    ): (
        "That real data is messy. Half the time goes into understanding it and cleaning it up. You "
        "don't learn enough about that at university."
    ),
    "Im Projekt habe ich gemerkt: Hier kann ich etwas bewegen, ohne nach Berlin zu ziehen.": (
        "During the project I realised: I can make a difference here without moving to Berlin."
    ),
    "Mira Schulte, Hamelner Datenwerk GmbH": "Mira Schulte, Hamelner Datenwerk GmbH",
    # interview-kritisch-konstruktiv-ki
    "Im Gespräch: Kritisch-konstruktiv mit KI umgehen": (
        "In conversation: a critical and constructive approach to AI"
    ),
    (
        "Prof. Dr. Johanna Brinkmann über Sprachmodelle im Studium und warum Verbote nicht "
        "weiterhelfen."
    ): (
        "Prof. Dr. Johanna Brinkmann on language models in higher education and why bans don't "
        "help."
    ),
    "Sollten Studierende KI-Assistenten nutzen?": "Should students use AI assistants?",
    (
        "Ja – aber bewusst. Wer versteht, wie diese Modelle arbeiten, erkennt auch ihre Grenzen. "
        "Genau diese Haltung wollen wir vermitteln: neugierig ausprobieren, genau hinsehen, "
        "begründet entscheiden."
    ): (
        "Yes – but consciously. Anyone who understands how these models work also recognises their "
        "limits. That is exactly the attitude we want to pass on: try things out with curiosity, "
        "look closely, decide for good reasons."
    ),
    "Was bedeutet das für die Lehre?": "What does that mean for teaching?",
    (
        "Wir verändern Prüfungen so, dass Denken sichtbar wird: mündliche Anteile, Reflexionen, "
        "Projekte mit echten Partnern."
    ): (
        "We are changing examinations so that thinking becomes visible: oral components, "
        "reflections, projects with real partners."
    ),
    # interview-challenge-startup
    "Im Gespräch: Wie aus einer Challenge ein Start-up wurde": (
        "In conversation: how a challenge became a start-up"
    ),
    (
        "Drei Studierende haben bei einer Challenge ein Matching-Konzept entwickelt. Jetzt gründen "
        "sie."
    ): (
        "Three students developed a matching concept in a challenge. Now they are founding a "
        "company."
    ),
    (
        "Eigentlich wollten Elif, Paul und Hanna nur ein Projektmodul abschließen. Dann gewann ihr "
        "Konzept für kompetenzbasiertes Matching die Challenge des Digitalnetzes – und die ersten "
        "Unternehmen fragten nach."
    ): (
        "Elif, Paul and Hanna actually only wanted to complete a project module. Then their "
        "concept for competence-based matching won Digitalnetz's challenge – and the first "
        "companies started asking."
    ),
    "Die Challenge hat uns gezeigt, dass unser Problem auch das Problem der Unternehmen ist.": (
        "The challenge showed us that our problem is the companies' problem too."
    ),
    "Elif Arslan, Gründerin": "Elif Arslan, founder",
    "Das Gründungszentrum begleitet das Team nun im Gründungsmentoring.": (
        "The start-up centre is now supporting the team through its start-up mentoring."
    ),
    # phase notes, authors' roles
    "Redaktion ProXLab": "ProXLab editorial team",
}

SLUGS = {
    "proxlab-startet": "proxlab-launches",
    "karrieretag-anmeldung-offen": "careers-day-registration-open",
    "rueckblick-smart-city-hackathon": "looking-back-smart-city-hackathon",
    "neue-partner": "new-partners",
    "campus-app-siegerteam": "campus-app-winning-team",
    "mentoring-zweite-runde": "mentoring-second-round",
    "interview-neugier-statt-lebenslauf": "interview-curiosity-not-cv",
    "interview-praxisprojekt-festanstellung": "interview-practice-project-permanent-job",
    "interview-kritisch-konstruktiv-ki": "interview-critical-constructive-ai",
    "interview-challenge-startup": "interview-challenge-start-up",
}
