"""English of the know-how articles in the magazine (content/knowhow.py)."""

TEXT = {
    # it-bewerbung-die-auffaellt
    "Know-how: Die IT-Bewerbung, die auffällt": "Know-how: the IT application that stands out",
    "Was Personalverantwortliche aus der Region in Bewerbungen lesen wollen – und was nicht.": (
        "What HR managers in the region want to read in applications – and what they don't."
    ),
    (
        "Wir haben zwölf Personalverantwortliche aus ProXLab-Partnerunternehmen gefragt, worauf "
        "sie bei Bewerbungen von IT-Studierenden achten. Die Antworten ähneln sich erstaunlich."
    ): (
        "We asked twelve HR managers from ProXLab partner companies what they look for in "
        "applications from IT students. Their answers are remarkably similar."
    ),
    "Fünf Tipps": "Five tips",
    "Zeigen Sie Projekte: ein Link zu Code oder eine kurze Beschreibung genügt.": (
        "Show projects: a link to your code or a short description is enough."
    ),
    "Schreiben Sie, was Sie selbst beigetragen haben – nicht nur, was das Team gemacht hat.": (
        "Write what you contributed yourself – not just what the team did."
    ),
    "Nennen Sie Kompetenzen konkret, etwa „Testen“ oder „Datenanalyse“.": (
        'Name competences specifically, such as "testing" or "data analysis".'
    ),
    "Halten Sie das Anschreiben kurz: eine halbe Seite reicht.": (
        "Keep the cover letter short: half a page is enough."
    ),
    "Fragen Sie nach, wenn etwas unklar ist – das wirkt nicht unsicher, sondern interessiert.": (
        "Ask when something is unclear – it doesn't come across as insecure, but as interested."
    ),
    # fuenf-git-gewohnheiten
    "Know-how: Fünf Git-Gewohnheiten, die Teams Zeit sparen": (
        "Know-how: five Git habits that save teams time"
    ),
    "Kleine Commits, gute Nachrichten, regelmäßiges Rebasen: was im Team wirklich hilft.": (
        "Small commits, good messages, regular rebasing: what really helps in a team."
    ),
    (
        "Versionsverwaltung ist mehr als Sichern. Wer ein paar Gewohnheiten pflegt, erspart dem "
        "Team viele Stunden Sucherei."
    ): (
        "Version control is more than making backups. A few good habits save the team many hours "
        "of searching."
    ),
    "Ein Commit erzählt eine Änderung – nicht den ganzen Tag.": (
        "A commit tells the story of one change – not of your whole day."
    ),
    "Die Commit-Nachricht sagt, warum, nicht nur was.": (
        "The commit message says why, not just what."
    ),
    "Kurze Zweige, früh zusammenführen.": "Short-lived branches, merged early.",
    "Vor dem Review selbst noch einmal durch die Änderungen gehen.": (
        "Go through your changes once more yourself before the review."
    ),
    "Nie Passwörter oder Schlüssel einchecken.": "Never commit passwords or keys.",
    # barrierefreiheit-von-anfang-an
    "Know-how: Barrierefreiheit von Anfang an mitdenken": (
        "Know-how: thinking about accessibility from the start"
    ),
    (
        "Nachträglich barrierefrei zu werden ist teuer. Vier Gewohnheiten, die es von Anfang an "
        "einfacher machen."
    ): (
        "Becoming accessible after the fact is expensive. Four habits that make it easier from the "
        "start."
    ),
    (
        "Barrierefreiheit ist kein Zusatz, sondern Qualität. Sie hilft nicht nur Menschen mit "
        "Behinderungen, sondern allen, die ein Smartphone in der Sonne bedienen oder mit einer "
        "Hand tippen."
    ): (
        "Accessibility is not an extra, it is quality. It helps not only people with disabilities "
        "but everyone who uses a smartphone in bright sunlight or types with one hand."
    ),
    "Vier Gewohnheiten": "Four habits",
    "Semantisches HTML zuerst: Überschriften, Listen, Schaltflächen.": (
        "Semantic HTML first: headings, lists, buttons."
    ),
    "Jede Funktion mit der Tastatur ausprobieren.": "Try out every function with the keyboard.",
    "Kontraste schon im Design prüfen.": "Check contrast as early as the design stage.",
    "Fehlermeldungen in Formularen verständlich formulieren.": (
        "Write error messages in forms that people understand."
    ),
    # phishing-erkennen-checkliste
    "Know-how: Phishing erkennen – eine Checkliste": "Know-how: spotting phishing – a checklist",
    "Sechs Fragen, die Sie sich vor jedem Klick auf einen Link stellen sollten.": (
        "Six questions to ask yourself before you click on any link."
    ),
    (
        "Phishing-Mails werden immer besser. Rechtschreibfehler sind längst kein verlässliches "
        "Zeichen mehr. Diese Fragen helfen trotzdem:"
    ): (
        "Phishing e-mails keep getting better. Spelling mistakes have long since stopped being a "
        "reliable sign. These questions still help:"
    ),
    "Erwarte ich diese Nachricht überhaupt?": "Am I expecting this message at all?",
    "Stimmt die Absenderadresse wirklich – auch hinter dem Anzeigenamen?": (
        "Is the sender's address really right – behind the display name, too?"
    ),
    "Werde ich unter Zeitdruck gesetzt?": "Am I being put under time pressure?",
    "Führt der Link dorthin, wo er zu führen vorgibt?": "Does the link lead where it claims to?",
    "Soll ich Zugangsdaten oder Zahlungsdaten eingeben?": (
        "Am I being asked to enter login or payment details?"
    ),
    "Kann ich den Absender auf einem anderen Weg fragen?": (
        "Can I check with the sender in another way?"
    ),
    (
        "Im Zweifel gilt: lieber einmal zu oft nachfragen. Ein gutes IT-Team freut sich über jede "
        "Meldung."
    ): (
        "When in doubt, ask once too often rather than once too little. A good IT team is glad of "
        "every report."
    ),
    # green-coding
    "Know-how: Green Coding – Energie sparen im Code": (
        "Know-how: green coding – saving energy in code"
    ),
    "Effiziente Software spart Strom und Geld. Wo sich Optimierung wirklich lohnt.": (
        "Efficient software saves electricity and money. Where optimisation really pays off."
    ),
    (
        "Nicht jede Optimierung lohnt sich. Entscheidend ist, wo Software besonders oft oder "
        "besonders lange läuft."
    ): (
        "Not every optimisation is worth it. What matters is where software runs particularly "
        "often or for particularly long."
    ),
    "Wo Sie ansetzen sollten": "Where to start",
    "Unnötige Abfragen und Datenübertragungen vermeiden": (
        "Avoiding unnecessary queries and data transfers"
    ),
    "Rechenintensive Aufgaben dann erledigen, wenn viel Ökostrom im Netz ist": (
        "Running compute-intensive tasks when there is plenty of green electricity in the grid"
    ),
    "Server an den tatsächlichen Bedarf anpassen": "Sizing servers to actual demand",
    "Messen, bevor Sie optimieren": "Measuring before you optimise",
    # e-cf-kompetenzen-verstehen
    "Know-how: Was der e-CF über Ihre IT-Kompetenzen verrät": (
        "Know-how: what the e-CF reveals about your IT competences"
    ),
    (
        "Der European e-Competence Framework beschreibt 41 IT-Kompetenzen. So nutzen Sie ihn für "
        "Ihr Profil."
    ): (
        "The European e-Competence Framework describes 41 IT competences. Here is how to use it "
        "for your profile."
    ),
    (
        "Der e-CF (EN 16234-1) ordnet IT-Kompetenzen in fünf Bereiche: Planen, Entwickeln, "
        "Betreiben, Ermöglichen und Steuern. ProXLab nutzt ihn, um Angebote und Stellen "
        "vergleichbar zu machen."
    ): (
        "The e-CF (EN 16234-1) groups IT competences into five areas: Plan, Build, Run, Enable and "
        "Manage. ProXLab uses it to make offers and jobs comparable."
    ),
    "So nutzen Sie ihn": "How to use it",
    "Suchen Sie Angebote nach Kompetenzen, die Ihnen noch fehlen.": (
        "Look for offers that build competences you do not have yet."
    ),
    "Beschreiben Sie in Bewerbungen, welche Kompetenzen Sie in Projekten gezeigt haben.": (
        "In applications, describe which competences you have demonstrated in projects."
    ),
    "Sprechen Sie im Mentoring über Ihr Zielprofil.": (
        "Talk about your target profile in mentoring."
    ),
    # phase notes, authors' roles
    "Gründungs- und Karrierezentrum (Demo)": "Start-up and Careers Centre (Demo)",
}

SLUGS = {
    "it-bewerbung-die-auffaellt": "it-application-that-stands-out",
    "fuenf-git-gewohnheiten": "five-git-habits",
    "barrierefreiheit-von-anfang-an": "accessibility-from-the-start",
    "phishing-erkennen-checkliste": "spotting-phishing-checklist",
    "green-coding": "green-coding",
    "e-cf-kompetenzen-verstehen": "understanding-e-cf-competences",
}
