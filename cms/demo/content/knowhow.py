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
    ),
)
