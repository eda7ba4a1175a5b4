"""Magazine: know-how articles, practical guides for study and work."""

from ..specs import ArticleSpec

KNOWHOW = (
    ArticleSpec(
        slug="it-bewerbung-die-auffaellt",
        title="Know-how: Die IT-Bewerbung, die auffällt",
        days_ago=40,
        teaser="Was Personalverantwortliche aus der Region in Bewerbungen lesen wollen – und "
        "was nicht.",
        authors=(("Merle Tiedemann", "Gründungs- und Karrierezentrum (Demo)"),),
        body=(
            (
                "p",
                "Wir haben zwölf Personalverantwortliche aus ProXLab-Partnerunternehmen gefragt, "
                "worauf sie bei Bewerbungen von IT-Studierenden achten. Die Antworten ähneln "
                "sich erstaunlich.",
            ),
            ("h", "Fünf Tipps"),
            (
                "ul",
                "Zeigen Sie Projekte: ein Link zu Code oder eine kurze Beschreibung genügt.",
                "Schreiben Sie, was Sie selbst beigetragen haben – nicht nur, was das Team "
                "gemacht hat.",
                "Nennen Sie Kompetenzen konkret, etwa „Testen“ oder „Datenanalyse“.",
                "Halten Sie das Anschreiben kurz: eine halbe Seite reicht.",
                "Fragen Sie nach, wenn etwas unklar ist – das wirkt nicht unsicher, sondern "
                "interessiert.",
            ),
        ),
        topics=("Karriere",),
        competences=("D.9",),
        related=("karrieretag-it",),
        en={
            "slug": "it-application-that-stands-out",
            "title": "Know-how: the IT application that stands out",
            "teaser": (
                "What HR managers in the region want to read in applications – and what they don't."
            ),
            "authors": (("Merle Tiedemann", "Start-up and Careers Centre (Demo)"),),
            "body": (
                (
                    "p",
                    "We asked twelve HR managers from ProXLab partner companies what they look "
                    "for in applications from IT students. Their answers are remarkably similar.",
                ),
                ("h", "Five tips"),
                (
                    "ul",
                    "Show projects: a link to your code or a short description is enough.",
                    "Write what you contributed yourself – not just what the team did.",
                    'Name competences specifically, such as "testing" or "data analysis".',
                    "Keep the cover letter short: half a page is enough.",
                    "Ask when something is unclear – it doesn't come across as insecure, but as "
                    "interested.",
                ),
            ),
        },
    ),
    ArticleSpec(
        slug="fuenf-git-gewohnheiten",
        title="Know-how: Fünf Git-Gewohnheiten, die Teams Zeit sparen",
        days_ago=60,
        teaser="Kleine Commits, gute Nachrichten, regelmäßiges Rebasen: was im Team wirklich "
        "hilft.",
        authors=(("Jan-Ole Meyer", "Institut für Wirtschaftsinformatik (Demo)"),),
        body=(
            (
                "p",
                "Versionsverwaltung ist mehr als Sichern. Wer ein paar Gewohnheiten pflegt, "
                "erspart dem Team viele Stunden Sucherei.",
            ),
            (
                "ul",
                "Ein Commit erzählt eine Änderung – nicht den ganzen Tag.",
                "Die Commit-Nachricht sagt, warum, nicht nur was.",
                "Kurze Zweige, früh zusammenführen.",
                "Vor dem Review selbst noch einmal durch die Änderungen gehen.",
                "Nie Passwörter oder Schlüssel einchecken.",
            ),
        ),
        topics=("Webentwicklung", "Agile Methoden"),
        competences=("B.1", "B.5"),
        related=("git-im-team",),
        en={
            "slug": "five-git-habits",
            "title": "Know-how: five Git habits that save teams time",
            "teaser": (
                "Small commits, good messages, regular rebasing: what really helps in a team."
            ),
            "authors": (("Jan-Ole Meyer", "Institute of Business Informatics (Demo)"),),
            "body": (
                (
                    "p",
                    "Version control is more than making backups. A few good habits save the team "
                    "many hours of searching.",
                ),
                (
                    "ul",
                    "A commit tells the story of one change – not of your whole day.",
                    "The commit message says why, not just what.",
                    "Short-lived branches, merged early.",
                    "Go through your changes once more yourself before the review.",
                    "Never commit passwords or keys.",
                ),
            ),
        },
    ),
    ArticleSpec(
        slug="barrierefreiheit-von-anfang-an",
        title="Know-how: Barrierefreiheit von Anfang an mitdenken",
        days_ago=20,
        teaser="Nachträglich barrierefrei zu werden ist teuer. Vier Gewohnheiten, die es von "
        "Anfang an einfacher machen.",
        authors=(("Lena Kowalczyk", "Sollingwerk Digital GmbH"),),
        body=(
            (
                "p",
                "Barrierefreiheit ist kein Zusatz, sondern Qualität. Sie hilft nicht nur Menschen "
                "mit Behinderungen, sondern allen, die ein Smartphone in der Sonne bedienen oder "
                "mit einer Hand tippen.",
            ),
            ("h", "Vier Gewohnheiten"),
            (
                "ul",
                "Semantisches HTML zuerst: Überschriften, Listen, Schaltflächen.",
                "Jede Funktion mit der Tastatur ausprobieren.",
                "Kontraste schon im Design prüfen.",
                "Fehlermeldungen in Formularen verständlich formulieren.",
            ),
        ),
        topics=("UX", "Webentwicklung"),
        competences=("A.10", "B.3"),
        related=("barrierefreier-onlineshop", "selbstlernkurs-barrierefreiheit"),
        en={
            "slug": "accessibility-from-the-start",
            "title": "Know-how: thinking about accessibility from the start",
            "teaser": (
                "Becoming accessible after the fact is expensive. Four habits that make it easier "
                "from the start."
            ),
            "authors": (("Lena Kowalczyk", "Sollingwerk Digital GmbH"),),
            "body": (
                (
                    "p",
                    "Accessibility is not an extra, it is quality. It helps not only people with "
                    "disabilities but everyone who uses a smartphone in bright sunlight or types "
                    "with one hand.",
                ),
                ("h", "Four habits"),
                (
                    "ul",
                    "Semantic HTML first: headings, lists, buttons.",
                    "Try out every function with the keyboard.",
                    "Check contrast as early as the design stage.",
                    "Write error messages in forms that people understand.",
                ),
            ),
        },
    ),
    ArticleSpec(
        slug="phishing-erkennen-checkliste",
        title="Know-how: Phishing erkennen – eine Checkliste",
        days_ago=7,
        teaser="Sechs Fragen, die Sie sich vor jedem Klick auf einen Link stellen sollten.",
        authors=(("Daniel Okafor", "Calenberger Sicherheitsakademie GmbH"),),
        body=(
            (
                "p",
                "Phishing-Mails werden immer besser. Rechtschreibfehler sind längst kein "
                "verlässliches Zeichen mehr. Diese Fragen helfen trotzdem:",
            ),
            (
                "ul",
                "Erwarte ich diese Nachricht überhaupt?",
                "Stimmt die Absenderadresse wirklich – auch hinter dem Anzeigenamen?",
                "Werde ich unter Zeitdruck gesetzt?",
                "Führt der Link dorthin, wo er zu führen vorgibt?",
                "Soll ich Zugangsdaten oder Zahlungsdaten eingeben?",
                "Kann ich den Absender auf einem anderen Weg fragen?",
            ),
            (
                "p",
                "Im Zweifel gilt: lieber einmal zu oft nachfragen. Ein gutes IT-Team freut sich "
                "über jede Meldung.",
            ),
        ),
        topics=("IT-Sicherheit",),
        competences=("E.8",),
        related=("phishing-awareness-spiel", "vortrag-zero-trust"),
        en={
            "slug": "spotting-phishing-checklist",
            "title": "Know-how: spotting phishing – a checklist",
            "teaser": "Six questions to ask yourself before you click on any link.",
            "authors": (("Daniel Okafor", "Calenberger Sicherheitsakademie GmbH"),),
            "body": (
                (
                    "p",
                    "Phishing e-mails keep getting better. Spelling mistakes have long since "
                    "stopped being a reliable sign. These questions still help:",
                ),
                (
                    "ul",
                    "Am I expecting this message at all?",
                    "Is the sender's address really right – behind the display name, too?",
                    "Am I being put under time pressure?",
                    "Does the link lead where it claims to?",
                    "Am I being asked to enter login or payment details?",
                    "Can I check with the sender in another way?",
                ),
                (
                    "p",
                    "When in doubt, ask once too often rather than once too little. A good IT "
                    "team is glad of every report.",
                ),
            ),
        },
    ),
    ArticleSpec(
        slug="green-coding",
        title="Know-how: Green Coding – Energie sparen im Code",
        days_ago=45,
        teaser="Effiziente Software spart Strom und Geld. Wo sich Optimierung wirklich lohnt.",
        authors=(("Niklas Fröhlich", "Schaumburger Energiedaten GmbH"),),
        body=(
            (
                "p",
                "Nicht jede Optimierung lohnt sich. Entscheidend ist, wo Software besonders oft "
                "oder besonders lange läuft.",
            ),
            ("h", "Wo Sie ansetzen sollten"),
            (
                "ul",
                "Unnötige Abfragen und Datenübertragungen vermeiden",
                "Rechenintensive Aufgaben dann erledigen, wenn viel Ökostrom im Netz ist",
                "Server an den tatsächlichen Bedarf anpassen",
                "Messen, bevor Sie optimieren",
            ),
        ),
        topics=("Nachhaltigkeit", "Cloud"),
        competences=("A.8",),
        related=("vortrag-green-it",),
        en={
            "slug": "green-coding",
            "title": "Know-how: green coding – saving energy in code",
            "teaser": (
                "Efficient software saves electricity and money. Where optimisation really pays "
                "off."
            ),
            "authors": (("Niklas Fröhlich", "Schaumburger Energiedaten GmbH"),),
            "body": (
                (
                    "p",
                    "Not every optimisation is worth it. What matters is where software runs "
                    "particularly often or for particularly long.",
                ),
                ("h", "Where to start"),
                (
                    "ul",
                    "Avoiding unnecessary queries and data transfers",
                    "Running compute-intensive tasks when there is plenty of green electricity in "
                    "the grid",
                    "Sizing servers to actual demand",
                    "Measuring before you optimise",
                ),
            ),
        },
    ),
    ArticleSpec(
        slug="e-cf-kompetenzen-verstehen",
        title="Know-how: Was der e-CF über Ihre IT-Kompetenzen verrät",
        days_ago=125,
        teaser="Der European e-Competence Framework beschreibt 41 IT-Kompetenzen. So nutzen Sie "
        "ihn für Ihr Profil.",
        authors=(("Lea Hoffmann", "Redaktion ProXLab"),),
        body=(
            (
                "p",
                "Der e-CF (EN 16234-1) ordnet IT-Kompetenzen in fünf Bereiche: Planen, "
                "Entwickeln, Betreiben, Ermöglichen und Steuern. ProXLab nutzt ihn, um Angebote "
                "und Stellen vergleichbar zu machen.",
            ),
            ("h", "So nutzen Sie ihn"),
            (
                "ul",
                "Suchen Sie Angebote nach Kompetenzen, die Ihnen noch fehlen.",
                "Beschreiben Sie in Bewerbungen, welche Kompetenzen Sie in Projekten gezeigt "
                "haben.",
                "Sprechen Sie im Mentoring über Ihr Zielprofil.",
            ),
        ),
        topics=("Karriere",),
        competences=("D.9", "D.3"),
        en={
            "slug": "understanding-e-cf-competences",
            "title": "Know-how: what the e-CF reveals about your IT competences",
            "teaser": (
                "The European e-Competence Framework describes 41 IT competences. Here is how to "
                "use it for your profile."
            ),
            "authors": (("Lea Hoffmann", "ProXLab editorial team"),),
            "body": (
                (
                    "p",
                    "The e-CF (EN 16234-1) groups IT competences into five areas: Plan, Build, "
                    "Run, Enable and Manage. ProXLab uses it to make offers and jobs comparable.",
                ),
                ("h", "How to use it"),
                (
                    "ul",
                    "Look for offers that build competences you do not have yet.",
                    "In applications, describe which competences you have demonstrated in "
                    "projects.",
                    "Talk about your target profile in mentoring.",
                ),
            ),
        },
    ),
)
