"""The privacy page: what the portal stores from visitors and each public form, why, who
receives it and for how long."""

from ..specs import StandardSpec
from .pages import (
    ADDRESS,
    ADDRESS_EN,
    CONTACT_EMAIL,
    DEMO_NOTICE,
    DEMO_NOTICE_EN,
    OPERATOR,
    OPERATOR_EN,
    PRIVACY_EMAIL,
    mail,
)


def privacy_statement(purge_days: int, challenge_purge_days: int) -> StandardSpec:
    """The privacy page; each public form's retention period comes from the settings that
    `purge_submissions` follows (PUBLIC_FORMS_PURGE_AFTER_DAYS, …_CHALLENGE_PURGE_AFTER_DAYS)."""
    days, challenge_days = purge_days, challenge_purge_days
    return StandardSpec(
        slug="datenschutz",
        title="Datenschutz",
        teaser="Welche personenbezogenen Daten ProXLab verarbeitet, wozu, wie lange und welche "
        "Rechte Sie haben.",
        body=(
            ("h", "Verantwortliche Stelle"),
            ("html", f"<p>{OPERATOR}<br/>{ADDRESS}<br/>E-Mail: {mail(CONTACT_EMAIL)}</p>"),
            ("h", "Datenschutzbeauftragte"),
            (
                "html",
                "<p>Sie erreichen die behördliche Datenschutzbeauftragte (Demo) unter "
                f"{mail(PRIVACY_EMAIL)}.</p>",
            ),
            ("h", "Besuch der Website"),
            (
                "p",
                "Beim Aufruf einer Seite verarbeitet der Server technisch notwendige Daten: "
                "IP-Adresse, Zeitpunkt, aufgerufene Adresse, übertragene Datenmenge und Angaben "
                "zum Browser. Wir nutzen sie, um die Website sicher und stabil zu betreiben "
                "(Art. 6 Abs. 1 lit. e DSGVO). Server-Protokolle löschen wir nach sieben Tagen.",
            ),
            ("h", "Cookies"),
            (
                "p",
                "Wer nur liest, bekommt von ProXLab kein Cookie. Erst auf Seiten mit einem "
                "Formular setzen wir ein technisch notwendiges Cookie zum Schutz vor "
                "Cross-Site-Request-Forgery. Wir verwenden keine Analyse- oder Werbe-Cookies, "
                "binden keine Tracking-Dienste ein und laden nichts von fremden Servern.",
            ),
            ("h", "Schutz der Formulare"),
            (
                "p",
                "Damit niemand die Formulare massenhaft missbraucht, zählen wir für eine Stunde, "
                "wie oft von einer Adresse aus gesendet wurde. Dafür speichern wir nur einen "
                "Hash-Wert der IP-Adresse, nie die Adresse selbst.",
            ),
            ("h", "Formular „Angebot einreichen“"),
            (
                "p",
                "Wenn Sie als Arbeitgeber ein Angebot einreichen, speichern wir Ihre Organisation, "
                "Ihren Namen, Ihre E-Mail-Adresse, die Angaben zum Angebot und ein hochgeladenes "
                "Logo oder Bild. Wir brauchen sie, um das Angebot zu prüfen, zu veröffentlichen "
                "und Sie über den Stand zu informieren (Art. 6 Abs. 1 lit. b DSGVO).",
                "Empfänger: das Moderationsteam von ProXLab, das per E-Mail von der Einreichung "
                "erfährt. Veröffentlicht werden nur das Angebot und der Name Ihrer Organisation, "
                "nie Ihr Name oder Ihre E-Mail-Adresse.",
                f"Speicherdauer: {days} Tage, nachdem die Einreichung entschieden ist "
                "(veröffentlicht, abgelehnt oder von Ihnen zurückgezogen), löschen wir Name, "
                "E-Mail-Adresse, Texte und Bild; es bleiben nur Status und Datum.",
            ),
            ("h", "Formular „Als Team bewerben“"),
            (
                "p",
                "Für die Bewerbung eines Teams auf eine Challenge speichern wir den Teamnamen, "
                "Name und E-Mail-Adresse der Ansprechperson, Name, Studiengang und Semester jedes "
                "Mitglieds, die Hochschule, die Motivation, ein angehängtes PDF und ob der "
                "Teamname mit den Ergebnissen gezeigt werden darf. Wir brauchen sie, um die Teams "
                "für die Challenge auszuwählen und Sie über den Stand zu informieren (Art. 6 "
                "Abs. 1 lit. a DSGVO, Ihre Einwilligung).",
                "Empfänger: das Moderationsteam von ProXLab und die Kontaktperson des Partners, "
                "der die Challenge stellt. Auf der Website erscheint nur die Zahl der Teams, "
                "kein Name.",
                f"Speicherdauer: {challenge_days} Tage nach dem Ende der Challenge löschen wir "
                "alle Angaben zum Team und den Anhang.",
            ),
            ("h", "Formular „Mitstreiter:in gesucht“"),
            (
                "p",
                "Für ein Gesuch nach Mitstreiter:innen speichern wir Ihren Vornamen, Studiengang, "
                "Themen und Kompetenzen, was Sie suchen, und Ihre E-Mail-Adresse. Erst wenn Sie "
                "den Link in unserer E-Mail bestätigen, erscheint das Gesuch – ohne "
                "E-Mail-Adresse – auf der Seite der Challenge, bis die Bewerbungsphase endet. "
                "Wir brauchen sie, damit andere Studierende Sie für ein Team finden und Ihnen "
                "über ProXLab schreiben können (Art. 6 Abs. 1 lit. a DSGVO).",
                "Empfänger: alle Besucherinnen und Besucher der Challenge sehen das Gesuch; Ihre "
                "E-Mail-Adresse sieht niemand.",
                "Speicherdauer: Über den Link können Sie das Gesuch jederzeit entfernen; dann "
                "löschen wir Ihre Angaben sofort. Sonst löschen wir sie "
                f"{challenge_days} Tage nach dem Ende der Challenge.",
            ),
            ("h", "Nachrichten an Mitstreiter:innen"),
            (
                "p",
                "Wenn Sie über das Nachrichtenformular einem Gesuch schreiben, speichern wir "
                "Ihren Namen, Ihre E-Mail-Adresse und die Nachricht. Wir brauchen sie, um die "
                "Nachricht per E-Mail an die Person weiterzuleiten, die das Gesuch gestellt hat "
                "(Art. 6 Abs. 1 lit. a DSGVO).",
                "Empfänger: nur diese Person. Ihre E-Mail-Adresse erhält sie als Antwortadresse "
                "nur, wenn Sie das ankreuzen.",
                f"Speicherdauer: {challenge_days} Tage nach dem Ende der Challenge löschen wir "
                "Name, E-Mail-Adresse und Nachricht.",
            ),
            ("h", "Suchstatistik"),
            (
                "p",
                "Für die Suche zählen wir je Tag, wie oft ein Suchbegriff gesucht wurde und wie "
                "oft er nichts fand. Wer gesucht hat, speichern wir nicht: keine IP-Adresse, "
                "kein Cookie, keine Kennung. Die Redaktion nutzt die Zahlen, um Inhalte und "
                "Suche zu verbessern und Ergebnisse zu einem Suchbegriff zu empfehlen.",
            ),
            ("h", "Ihre Rechte"),
            (
                "ul",
                "Auskunft über Ihre gespeicherten Daten (Art. 15 DSGVO)",
                "Berichtigung unrichtiger Daten (Art. 16 DSGVO)",
                "Löschung (Art. 17 DSGVO) und Einschränkung der Verarbeitung (Art. 18 DSGVO)",
                "Widerruf einer Einwilligung mit Wirkung für die Zukunft (Art. 7 Abs. 3 DSGVO)",
                "Widerspruch gegen die Verarbeitung (Art. 21 DSGVO)",
                "Beschwerde bei einer Datenschutz-Aufsichtsbehörde, in Niedersachsen bei der "
                "Landesbeauftragten für den Datenschutz (Art. 77 DSGVO)",
            ),
            ("html", f"<p>Schreiben Sie uns dazu einfach an {mail(PRIVACY_EMAIL)}.</p>"),
            ("p", DEMO_NOTICE),
        ),
        en={
            "slug": "privacy",
            "title": "Privacy",
            "teaser": (
                "Which personal data ProXLab processes, for what purposes, for how long, and what "
                "rights you have."
            ),
            "body": (
                ("h", "Controller"),
                (
                    "html",
                    f"<p>{OPERATOR_EN}<br/>{ADDRESS_EN}<br/>E-mail: {mail(CONTACT_EMAIL)}</p>",
                ),
                ("h", "Data protection officer"),
                (
                    "html",
                    "<p>You can reach the university's data protection officer (Demo) at "
                    f"{mail(PRIVACY_EMAIL)}.</p>",
                ),
                ("h", "Visiting the website"),
                (
                    "p",
                    "When you open a page, the server processes technically necessary data: IP "
                    "address, time, requested address, amount of data transferred and information "
                    "about your browser. We use this data to run the website securely and "
                    "reliably (Art. 6(1)(e) GDPR). We delete server logs after seven days.",
                ),
                ("h", "Cookies"),
                (
                    "p",
                    "If you only read, ProXLab sets no cookie. Only pages with a form set a "
                    "technically necessary cookie that protects against cross-site request "
                    "forgery. We do not use analytics or advertising cookies, do not embed any "
                    "tracking services and load nothing from other servers.",
                ),
                ("h", "Protecting the forms"),
                (
                    "p",
                    "So that nobody misuses the forms in bulk, we count for one hour how often "
                    "forms were sent from an address. For this we store only a hash of the IP "
                    "address, never the address itself.",
                ),
                ("h", "The “Submit an offer” form"),
                (
                    "p",
                    "If you submit an offer as an employer, we store your organisation, your "
                    "name, your e-mail address, the details of the offer and an uploaded logo or "
                    "image. We need them to review and publish the offer and to keep you informed "
                    "of its status (Art. 6(1)(b) GDPR).",
                    "Recipients: the ProXLab moderation team, who are told of the submission by "
                    "e-mail. Only the offer and the name of your organisation are published, "
                    "never your name or e-mail address.",
                    f"Retention: {days} days after the submission has been decided (published, "
                    "declined or withdrawn by you), we delete name, e-mail address, texts and "
                    "image; only its status and dates remain.",
                ),
                ("h", "The “Apply as a team” form"),
                (
                    "p",
                    "For a team's application to a challenge we store the team name, the name and "
                    "e-mail address of the contact person, each member's name, study programme "
                    "and semester, the university, the motivation, an attached PDF and whether "
                    "the team name may be shown with the results. We need them to select the "
                    "teams for the challenge and to keep you informed of the status (Art. 6(1)(a) "
                    "GDPR, your consent).",
                    "Recipients: the ProXLab moderation team and the contact person of the "
                    "partner who sets the challenge. The website shows only the number of teams, "
                    "no names.",
                    f"Retention: {challenge_days} days after the challenge has ended, we delete "
                    "everything about the team and the attachment.",
                ),
                ("h", "The “Looking for teammates” form"),
                (
                    "p",
                    "For a note looking for teammates we store your first name, study programme, "
                    "topics and competences, what you are looking for, and your e-mail address. "
                    "Only once you confirm the link in our e-mail does the note appear – without "
                    "the e-mail address – on the challenge's page, until the application phase "
                    "ends. We need them so that other students can find you for a team and write "
                    "to you through ProXLab (Art. 6(1)(a) GDPR).",
                    "Recipients: everybody visiting the challenge sees the note; nobody sees your "
                    "e-mail address.",
                    "Retention: you can remove the note through the link at any time; we then "
                    "delete your details at once. Otherwise we delete them "
                    f"{challenge_days} days after the challenge has ended.",
                ),
                ("h", "Messages to teammates"),
                (
                    "p",
                    "If you write to a note through the message form, we store your name, your "
                    "e-mail address and the message. We need them to forward the message by "
                    "e-mail to the person who posted the note (Art. 6(1)(a) GDPR).",
                    "Recipients: only that person. They receive your e-mail address as the reply "
                    "address only if you tick that box.",
                    f"Retention: {challenge_days} days after the challenge has ended, we delete "
                    "name, e-mail address and message.",
                ),
                ("h", "Search statistics"),
                (
                    "p",
                    "For the search we count per day how often a search term was searched for "
                    "and how often it found nothing. We do not store who searched: no IP "
                    "address, no cookie, no identifier. The editors use the numbers to improve "
                    "content and search and to recommend results for a search term.",
                ),
                ("h", "Your rights"),
                (
                    "ul",
                    "Access to the data stored about you (Art. 15 GDPR)",
                    "Rectification of inaccurate data (Art. 16 GDPR)",
                    "Erasure (Art. 17 GDPR) and restriction of processing (Art. 18 GDPR)",
                    "Withdrawal of consent with effect for the future (Art. 7(3) GDPR)",
                    "Objection to processing (Art. 21 GDPR)",
                    "A complaint to a data protection supervisory authority – in Lower Saxony, "
                    "the State Commissioner for Data Protection (Art. 77 GDPR)",
                ),
                (
                    "html",
                    f"<p>Simply write to us at {mail(PRIVACY_EMAIL)}.</p>",
                ),
                ("p", DEMO_NOTICE_EN),
            ),
        },
    )
