"""English of the home page, the four sections and the text pages (content/pages.py)."""

TEXT = {
    # home
    "ProXLab": "ProXLab",
    (
        "Das Austausch- und Erprobungsökosystem für IT-Studierende, -Absolvent:innen und "
        "Arbeitgeber der Region Leine-Weser."
    ): (
        "The exchange and testing ecosystem for IT students, graduates and employers of the "
        "Leine-Weser region."
    ),
    "Austausch zwischen IT-Studierenden, Absolvent:innen und Arbeitgebern": (
        "Exchange between IT students, graduates and employers"
    ),
    (
        "ProXLab verbindet Hochschule, regionale Arbeitgeber und externe Anbieter der Region "
        "Leine-Weser: Workshops, Praxisprojekte, Challenges und Jobs."
    ): (
        "ProXLab connects the university, regional employers and external providers of the "
        "Leine-Weser region: workshops, practice projects, challenges and jobs."
    ),
    # angebote
    "Angebote": "Offers",
    (
        "Workshops, Vorträge, Exkursionen, Praxisprojekte, Mentoring und Stellen aus der Region "
        "Leine-Weser."
    ): (
        "Workshops, talks, field trips, practice projects, mentoring and jobs from the Leine-Weser "
        "region."
    ),
    (
        "Hier finden Sie Austausch- und Weiterbildungsangebote der Universität, regionaler "
        "Arbeitgeber und externer Anbieter – vom Abendvortrag über das Praxisprojekt bis zur "
        "ersten Stelle nach dem Studium. Filtern Sie nach Art, Format, Ort und Thema."
    ): (
        "Here you will find exchange and training offers from the university, regional employers "
        "and external providers – from an evening talk or a practice project to your first job "
        "after graduation. Filter by type, format, place and topic."
    ),
    # challenges
    "Challenges": "Challenges",
    "Echte Fragestellungen aus der Praxis, gelöst von studentischen Teams.": (
        "Real questions from practice, solved by student teams."
    ),
    (
        "In einer Challenge stellt ein Partner eine Aufgabe aus seinem Alltag, und studentische "
        "Teams erarbeiten in einigen Wochen eine Lösung. Sie lernen die Praxis kennen, die Partner "
        "lernen Sie kennen – und am Ende steht ein Ergebnis, das weiterhilft."
    ): (
        "In a challenge, a partner sets a task from its everyday work, and student teams develop a "
        "solution within a few weeks. You get to know the professional world, the partners get to "
        "know you – and at the end there is a result that helps."
    ),
    # partner
    "Partner": "Partners",
    "Unternehmen, Institute, Netzwerke und Bildungsanbieter, die ProXLab mitgestalten.": (
        "Companies, institutes, networks and education providers who help shape ProXLab."
    ),
    (
        "Diese Organisationen aus der Region Leine-Weser bieten Workshops, Praxisprojekte, "
        "Challenges und Stellen an. Auf jedem Profil sehen Sie, was der Partner gerade anbietet."
    ): (
        "These organisations from the Leine-Weser region offer workshops, practice projects, "
        "challenges and jobs. Each profile shows what the partner is currently offering."
    ),
    # magazin
    "Magazin": "Magazine",
    "Neuigkeiten, Gespräche und Know-how rund um IT-Karrieren in der Region.": (
        "News, conversations and know-how about IT careers in the region."
    ),
    (
        "Was in ProXLab passiert, wer dahintersteht und was Sie für Studium und Beruf wissen "
        "sollten: Neuigkeiten, Interviews und praktische Anleitungen."
    ): (
        "What is happening at ProXLab, who is behind it and what you should know for your studies "
        "and career: news, interviews and practical guides."
    ),
    # ueber-uns
    "Über ProXLab": "About ProXLab",
    (
        "Das praxisorientierte Austausch- und Erprobungsökosystem für IT-Studierende, "
        "Absolvent:innen und Arbeitgeber aus der Region Leine-Weser."
    ): (
        "The practice-oriented exchange and testing ecosystem for IT students, graduates and "
        "employers from the Leine-Weser region."
    ),
    (
        "ProXLab baut ein Plattformökosystem auf, erprobt es und macht es dauerhaft: "
        "IT-Studierende, IT-Absolventinnen und -Absolventen sowie Arbeitgeberinnen und Arbeitgeber "
        "aus der Region sollen sich enger über Themen der Digitalisierung austauschen können."
    ): (
        "ProXLab is building a platform ecosystem, testing it and making it permanent: IT "
        "students, IT graduates and employers from the region should be able to exchange ideas on "
        "digitalisation more closely."
    ),
    (
        "Im Mittelpunkt stehen Angebote, in denen alle Seiten ihre Erwartungen und Anforderungen "
        "offen aussprechen, die Profile künftiger Fachkräfte schärfen und gemeinsam Lösungen für "
        "Probleme aus der Praxis erarbeiten."
    ): (
        "At its heart are offers in which all sides openly state their expectations and "
        "requirements, sharpen the profiles of future professionals and work together on solutions "
        "to real-world problems."
    ),
    "Was wir erreichen wollen": "What we want to achieve",
    "Beziehungen zwischen IT-Studierenden, Absolvent:innen und regionalen Arbeitgebern stärken.": (
        "Strengthen the relationships between IT students, graduates and regional employers."
    ),
    "Spezialisierte Kompetenzen, die die Praxis braucht, schon im Studium aufbauen.": (
        "Build the specialised competences that practice needs while people are still studying."
    ),
    (
        "Gut ausgebildete IT-Fachkräfte in der Region Leine-Weser halten, statt sie an die "
        "Metropolen zu verlieren."
    ): (
        "Keep well-trained IT professionals in the Leine-Weser region instead of losing them to "
        "the big cities."
    ),
    "Ein hybrides Ökosystem": "A hybrid ecosystem",
    (
        "Ein zentrales Webportal verknüpft virtuelle und physische Austausch- und "
        "Kompetenzerwerbsangebote der Universität, der regionalen Arbeitgeber und externer "
        "Dienstleister: Workshops und Vorträge, Exkursionen und Praxisprojekte, Mentoring, "
        "Hackathons und Challenges, Praktika, Abschlussarbeiten und Stellen für den Berufseinstieg."
    ): (
        "A central web portal links virtual and physical offers for exchange and skills "
        "development from the university, regional employers and external service providers: "
        "workshops and talks, field trips and practice projects, mentoring, hackathons and "
        "challenges, internships, theses and graduate jobs."
    ),
    "Unsere Haltung": "Our approach",
    (
        "Wir vermitteln eine kritisch-konstruktive Haltung gegenüber den Technologien, Methoden "
        "und organisatorischen Ansätzen, die mit der Digitalisierung kommen: neugierig "
        "ausprobieren, genau hinsehen, begründet entscheiden."
    ): (
        "We encourage a critical and constructive attitude towards the technologies, methods and "
        "organisational approaches that come with digitalisation: try things out with curiosity, "
        "look closely, decide for good reasons."
    ),
    (
        "Gute IT-Fachkräfte entstehen dort, wo Hörsaal und Praxis miteinander reden – nicht "
        "übereinander."
    ): (
        "Good IT professionals emerge where lecture hall and practice talk with each other – not "
        "about each other."
    ),
    "Projektteam ProXLab (Demo)": "ProXLab project team (Demo)",
    "Mitmachen": "Get involved",
    (
        "Sie möchten als Unternehmen, Institut oder Bildungsanbieter ein Angebot machen oder eine "
        "Challenge stellen? Schreiben Sie uns an kontakt@proxlab.example."
    ): (
        "Would you like to make an offer or set a challenge as a company, institute or education "
        "provider? Write to us at kontakt@proxlab.example."
    ),
    "Zu den aktuellen Angeboten": "See the current offers",
    (
        "Dies ist ein Demo-Datenbestand: Alle Organisationen, Personen, Adressen und Angebote auf "
        "diesen Seiten sind frei erfunden. Ähnlichkeiten mit realen Unternehmen sind nicht "
        "beabsichtigt."
    ): (
        "This is a demo data set: all organisations, people, addresses and offers on these pages "
        "are entirely fictitious. Any resemblance to real companies is unintended."
    ),
    # impressum
    "Impressum": "Legal notice",
    "Anbieterkennzeichnung nach § 5 Digitale-Dienste-Gesetz (DDG).": (
        "Provider identification under Section 5 of the German Digital Services Act (DDG)."
    ),
    "Anbieter": "Provider",
    (
        "ProXLab – Projektteam an der Universität Hildesheim (Demo)<br/>Beispielstraße 1 "
        "(Demo-Adresse), 31141 Hildesheim"
    ): (
        "ProXLab – project team at the University of Hildesheim (Demo)<br/>Beispielstraße 1 (demo "
        "address), 31141 Hildesheim, Germany"
    ),
    'E-Mail: <a id="a1">kontakt@proxlab.example</a><br/>Telefon: 05121 0000-100 (Demo-Nummer)': (
        'E-mail: <a id="a1">kontakt@proxlab.example</a><br/>Phone: +49 5121 0000-100 (demo number)'
    ),
    "Vertretung": "Representation",
    (
        "Die Universität ist eine Körperschaft des öffentlichen Rechts. Für das Projekt ProXLab "
        "vertreten durch die Projektleitung, Prof. Dr. Johanna Brinkmann (Demo)."
    ): (
        "The university is a public-law corporation. For the ProXLab project it is represented by "
        "the project lead, Prof. Dr. Johanna Brinkmann (Demo)."
    ),
    "Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV": (
        "Responsible for the content under Section 18(2) of the German Interstate Media Treaty "
        "(MStV)"
    ),
    "Dr. Malte Siebert (Demo), Beispielstraße 1 (Demo-Adresse), 31141 Hildesheim": (
        "Dr. Malte Siebert (Demo), Beispielstraße 1 (demo address), 31141 Hildesheim, Germany"
    ),
    "Haftung für Inhalte und Links": "Liability for content and links",
    (
        "Wir erstellen die Inhalte dieser Seiten mit Sorgfalt. Angebote, Challenges und Stellen "
        "stammen von unseren Partnern, die für ihre Angaben selbst verantwortlich sind. Für "
        "Inhalte externer Websites, auf die wir verlinken, sind deren Betreiber verantwortlich; "
        "rechtswidrige Inhalte waren beim Verlinken nicht erkennbar."
    ): (
        "We create the content of these pages with care. Offers, challenges and jobs come from our "
        "partners, who are themselves responsible for their information. The operators of external "
        "websites we link to are responsible for their content; no unlawful content was apparent "
        "when the links were set."
    ),
    "Förderhinweis": "Funding notice",
    (
        "ProXLab ist ein Projekt zum Aufbau eines regionalen Austauschökosystems. Die Angaben zur "
        "Förderung sind in dieser Demo ausgelassen."
    ): (
        "ProXLab is a project to build a regional exchange ecosystem. Details of its funding are "
        "omitted in this demo."
    ),
    "Hinweis zur Demo": "About this demo",
    # datenschutz
    "Datenschutz": "Privacy",
    "Welche personenbezogenen Daten ProXLab verarbeitet, wozu und welche Rechte Sie haben.": (
        "Which personal data ProXLab processes, for what purposes, and what rights you have."
    ),
    "Verantwortliche Stelle": "Controller",
    (
        "ProXLab – Projektteam an der Universität Hildesheim (Demo)<br/>Beispielstraße 1 "
        '(Demo-Adresse), 31141 Hildesheim<br/>E-Mail: <a id="a1">kontakt@proxlab.example</a>'
    ): (
        "ProXLab – project team at the University of Hildesheim (Demo)<br/>Beispielstraße 1 (demo "
        'address), 31141 Hildesheim, Germany<br/>E-mail: <a id="a1">kontakt@proxlab.example</a>'
    ),
    "Datenschutzbeauftragte": "Data protection officer",
    (
        "Sie erreichen die behördliche Datenschutzbeauftragte (Demo) unter "
        '<a id="a1">datenschutz@proxlab.example</a>.'
    ): (
        "You can reach the university's data protection officer (Demo) at "
        '<a id="a1">datenschutz@proxlab.example</a>.'
    ),
    "Besuch der Website": "Visiting the website",
    (
        "Beim Aufruf einer Seite verarbeitet der Server technisch notwendige Daten: IP-Adresse, "
        "Zeitpunkt, aufgerufene Adresse, übertragene Datenmenge und Angaben zum Browser. Wir "
        "nutzen sie, um die Website sicher und stabil zu betreiben (Art. 6 Abs. 1 lit. e DSGVO). "
        "Server-Protokolle löschen wir nach sieben Tagen."
    ): (
        "When you open a page, the server processes technically necessary data: IP address, time, "
        "requested address, amount of data transferred and information about your browser. We use "
        "this data to run the website securely and reliably (Art. 6(1)(e) GDPR). We delete server "
        "logs after seven days."
    ),
    "Cookies": "Cookies",
    (
        "ProXLab setzt nur technisch notwendige Cookies: eines für die gewählte Sprache und, beim "
        "Absenden von Formularen, eines zum Schutz vor Cross-Site-Request-Forgery. Wir verwenden "
        "keine Analyse- oder Werbe-Cookies und binden keine Tracking-Dienste ein."
    ): (
        "ProXLab only sets technically necessary cookies: one for your chosen language and, when "
        "you submit a form, one that protects against cross-site request forgery. We do not use "
        "analytics or advertising cookies and do not embed any tracking services."
    ),
    "Angebote einreichen": "Submitting offers",
    (
        "Wenn Sie als Arbeitgeber ein Angebot einreichen, speichern wir Ihre Angaben zum Angebot, "
        "Ihren Namen, Ihre Organisation und Ihre E-Mail-Adresse, um das Angebot zu prüfen, zu "
        "veröffentlichen und Sie über den Stand zu informieren (Art. 6 Abs. 1 lit. b DSGVO). "
        "Abgelehnte Einreichungen löschen wir nach sechs Monaten, Kontaktdaten veröffentlichter "
        "Angebote ein Jahr nach Ablauf des Angebots."
    ): (
        "If you submit an offer as an employer, we store the details of the offer, your name, your "
        "organisation and your e-mail address in order to review and publish the offer and to keep "
        "you informed of its status (Art. 6(1)(b) GDPR). We delete rejected submissions after six "
        "months, and the contact details of published offers one year after the offer has expired."
    ),
    "Suche": "Search",
    (
        "Suchanfragen werten wir nur anonym und zusammengefasst aus, um die Suche zu verbessern. "
        "Eine Zuordnung zu einzelnen Besucherinnen und Besuchern findet nicht statt."
    ): (
        "We analyse search queries only anonymously and in aggregate, in order to improve the "
        "search. They are not linked to individual visitors."
    ),
    "Ihre Rechte": "Your rights",
    "Auskunft über Ihre gespeicherten Daten (Art. 15 DSGVO)": (
        "Access to the data stored about you (Art. 15 GDPR)"
    ),
    "Berichtigung unrichtiger Daten (Art. 16 DSGVO)": (
        "Rectification of inaccurate data (Art. 16 GDPR)"
    ),
    "Löschung (Art. 17 DSGVO) und Einschränkung der Verarbeitung (Art. 18 DSGVO)": (
        "Erasure (Art. 17 GDPR) and restriction of processing (Art. 18 GDPR)"
    ),
    "Widerspruch gegen die Verarbeitung (Art. 21 DSGVO)": "Objection to processing (Art. 21 GDPR)",
    (
        "Beschwerde bei einer Datenschutz-Aufsichtsbehörde, in Niedersachsen bei der "
        "Landesbeauftragten für den Datenschutz (Art. 77 DSGVO)"
    ): (
        "A complaint to a data protection supervisory authority – in Lower Saxony, the State "
        "Commissioner for Data Protection (Art. 77 GDPR)"
    ),
    'Schreiben Sie uns dazu einfach an <a id="a1">datenschutz@proxlab.example</a>.': (
        'Simply write to us at <a id="a1">datenschutz@proxlab.example</a>.'
    ),
    # barrierefreiheit
    "Barrierefreiheit": "Accessibility statement",
    (
        "Erklärung zur Barrierefreiheit nach dem Niedersächsischen "
        "Behindertengleichstellungsgesetz (NBGG)."
    ): ("Accessibility statement under the Lower Saxony Disability Equality Act (NBGG)."),
    (
        "ProXLab – Projektteam an der Universität Hildesheim (Demo) ist bemüht, die Website "
        "ProXLab im Einklang mit dem Niedersächsischen Behindertengleichstellungsgesetz (NBGG) und "
        "der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0), die die Richtlinie (EU) "
        "2016/2102 umsetzen, barrierefrei zugänglich zu machen. Diese Erklärung gilt für alle "
        "Seiten unter /de/ und /en/."
    ): (
        "ProXLab – project team at the University of Hildesheim (Demo) is committed to making the "
        "ProXLab website accessible in accordance with the Lower Saxony Disability Equality Act "
        "(NBGG) and the Barrier-Free Information Technology Ordinance (BITV 2.0), which implement "
        "Directive (EU) 2016/2102. This statement applies to all pages under /de/ and /en/."
    ),
    "Stand der Vereinbarkeit mit den Anforderungen": "Compliance status",
    (
        "Die Website ist mit den Anforderungen der BITV 2.0 und der harmonisierten Norm EN 301 549 "
        "(WCAG 2.1, Stufe AA) teilweise vereinbar. Die unten genannten Inhalte sind noch nicht "
        "vollständig barrierefrei."
    ): (
        "The website is partially compliant with the requirements of BITV 2.0 and the harmonised "
        "standard EN 301 549 (WCAG 2.1, level AA). The content listed below is not yet fully "
        "accessible."
    ),
    "Nicht barrierefreie Inhalte": "Non-accessible content",
    (
        "Einige PDF-Dokumente, die Partner zu ihren Angeboten bereitstellen, sind nicht "
        "durchgängig mit Tags versehen. Wir bitten die Partner um barrierefreie Fassungen und "
        "senden Ihnen die Inhalte auf Wunsch in anderer Form."
    ): (
        "Some PDF documents that partners provide for their offers are not fully tagged. We ask "
        "the partners for accessible versions and will send you the content in another form on "
        "request."
    ),
    "Ältere Videos im Magazin haben noch keine vollständigen Untertitel.": (
        "Older videos in the magazine do not yet have complete subtitles."
    ),
    (
        "Die Filter der Angebotsliste kündigen die Zahl der Treffer Screenreadern noch nicht "
        "automatisch an."
    ): (
        "The filters of the offer list do not yet announce the number of results to screen readers "
        "automatically."
    ),
    (
        "Englische Übersetzungen erscheinen bei neuen Angeboten teilweise erst mit einigen Tagen "
        "Verzögerung."
    ): ("English translations of new offers sometimes appear only a few days later."),
    "Erstellung dieser Erklärung": "Preparation of this statement",
    (
        "Diese Erklärung beruht auf einer Selbstbewertung des Projektteams mit automatisierten "
        "Prüfwerkzeugen und manuellen Tests mit Tastatur und Screenreader. Sie wurde zuletzt am "
        "{date} überprüft."
    ): (
        "This statement is based on a self-assessment by the project team using automated testing "
        "tools and manual tests with keyboard and screen reader. It was last reviewed on {date}."
    ),
    "Feedback und Kontakt": "Feedback and contact",
    (
        "Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen, oder brauchen Sie Inhalte in "
        'einer anderen Form? Schreiben Sie uns an <a id="a1">barrierefreiheit@proxlab.example</a>. '
        "Wir antworten innerhalb von zwei Wochen."
    ): (
        "Have you noticed any barriers to access, or do you need content in another form? Write to "
        'us at <a id="a1">barrierefreiheit@proxlab.example</a>. We will reply within two weeks.'
    ),
    "Schlichtungsverfahren": "Conciliation procedure",
    (
        "Wenn Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort erhalten, können Sie sich "
        "an die Schlichtungsstelle nach dem Niedersächsischen Behindertengleichstellungsgesetz "
        "wenden. Sie ist bei der oder dem Landesbeauftragten für Menschen mit Behinderungen "
        "angesiedelt und hilft, Konflikte zwischen Menschen mit Behinderungen und öffentlichen "
        "Stellen des Landes außergerichtlich beizulegen."
    ): (
        "If you do not receive a satisfactory answer to your feedback, you can turn to the "
        "conciliation body under the Lower Saxony Disability Equality Act. It is based at the "
        "office of the State Commissioner for People with Disabilities and helps to settle "
        "disputes between people with disabilities and public bodies of the state out of court."
    ),
    (
        "Das Schlichtungsverfahren ist kostenlos, und Sie brauchen keinen Rechtsbeistand. Die "
        "aktuellen Kontaktdaten der Schlichtungsstelle finden Sie auf den Seiten des Landes "
        "Niedersachsen."
    ): (
        "The conciliation procedure is free of charge, and you do not need legal representation. "
        "You will find the current contact details of the conciliation body on the website of the "
        "State of Lower Saxony."
    ),
}

SLUGS = {
    "home": "home-en",
    "angebote": "offers",
    "challenges": "challenges",
    "partner": "partners",
    "magazin": "magazine",
    "ueber-uns": "about",
    "impressum": "imprint",
    "datenschutz": "privacy",
    "barrierefreiheit": "accessibility",
}
