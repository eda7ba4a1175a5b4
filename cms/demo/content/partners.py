"""Fictional partners of the Leine-Weser region; any likeness to a real one is unintended."""

from offers.choices import CompanySize, PartnerKind

from ..specs import PartnerSpec

PARTNERS = (
    PartnerSpec(
        slug="weserbyte",
        title="Weserbyte GmbH",
        kind=PartnerKind.COMPANY,
        industry="Softwareentwicklung und IT-Beratung",
        size=CompanySize.MEDIUM,
        cities=("hameln", "rinteln"),
        teaser="Individuelle Software für Handwerk, Handel und Kommunen aus dem Weserbergland.",
        description=(
            "Die Weserbyte GmbH entwickelt seit 2009 Fachanwendungen für mittelständische "
            "Betriebe und Kommunen – vom Auftragsportal bis zur mobilen Zeiterfassung. Rund 120 "
            "Kolleginnen und Kollegen arbeiten in Hameln und Rinteln, viele davon in Teilzeit "
            "oder hybrid.",
            "Studierende lernen bei uns in echten Kundenprojekten: im Praktikum, als "
            "Werkstudierende oder in unserem Traineeprogramm IT-Consulting.",
        ),
        contact_name="Katharina Vogelsang",
        contact_mailbox="karriere",
        initials="WB",
        colour="#0f5c7a",
        address="Weserbyte GmbH, Musterstraße 12, 31785 Hameln",
        phone="05151 0472-10",
    ),
    PartnerSpec(
        slug="leinetal-software",
        title="Leinetal Software AG",
        kind=PartnerKind.COMPANY,
        industry="Unternehmenssoftware (ERP) für den Mittelstand",
        size=CompanySize.LARGE,
        cities=("hannover", "alfeld"),
        teaser="ERP-Software aus Hannover und Alfeld für über 1.500 mittelständische Kunden.",
        description=(
            "Die Leinetal Software AG entwickelt und betreibt ein modulares ERP-System für "
            "Produktion, Großhandel und Dienstleistung. Wir arbeiten in cross-funktionalen "
            "Produktteams mit eigener Verantwortung für Entwicklung, Test und Betrieb.",
            "Für Absolventinnen und Absolventen bieten wir einen strukturierten Einstieg mit "
            "Mentor:in, Weiterbildungsbudget und flexiblen Arbeitszeiten.",
        ),
        contact_name="Dr. Felix Rademacher",
        contact_mailbox="talente",
        initials="LS",
        colour="#2e6b30",
        address="Leinetal Software AG, Beispielallee 3, 30159 Hannover",
    ),
    PartnerSpec(
        slug="hamelner-datenwerk",
        title="Hamelner Datenwerk GmbH",
        kind=PartnerKind.COMPANY,
        industry="Datenanalyse und Business Intelligence",
        size=CompanySize.SMALL,
        cities=("hameln",),
        teaser="Datenplattformen, Dashboards und Prognosemodelle für Versorger und Industrie.",
        description=(
            "Das Hamelner Datenwerk hilft Stadtwerken, Wasserverbänden und Industriebetrieben, "
            "aus ihren Betriebsdaten Entscheidungen zu machen: mit Datenplattformen, Dashboards "
            "und Prognosemodellen, die auch nach dem Projekt noch verstanden werden.",
            "Unser Team ist klein, die Wege sind kurz – Werkstudierende arbeiten bei uns vom "
            "ersten Tag an im Kundenprojekt mit.",
        ),
        contact_name="Aylin Demir",
        contact_mailbox="hallo",
        initials="HD",
        colour="#7a3e9d",
        address="Hamelner Datenwerk GmbH, Demoweg 5, 31785 Hameln",
    ),
    PartnerSpec(
        slug="institut-wirtschaftsinformatik",
        title="Institut für Wirtschaftsinformatik (Demo)",
        kind=PartnerKind.UNIVERSITY,
        industry="Forschung und Lehre",
        size="",
        cities=("hildesheim",),
        teaser="Forschung und Lehre zu Informationssystemen, Daten und digitaler Transformation.",
        description=(
            "Das Institut für Wirtschaftsinformatik (ein fiktives Demo-Institut) forscht zu "
            "Informationssystemen in Organisationen, Lernanalytik und verantwortungsvollem "
            "Einsatz von KI. Es koordiniert die Praxisprojekte im Bachelor- und Masterstudium.",
            "Gemeinsam mit regionalen Partnern bieten wir Praxisprojekte, Abschlussarbeiten und "
            "die Ringvorlesung „Digitalisierung in der Region“ an.",
        ),
        contact_name="Prof. Dr. Johanna Brinkmann",
        contact_mailbox="iwi",
        initials="IWI",
        colour="#8c1d2b",
        address="Universität Hildesheim (Demo), Beispielstraße 1, Gebäude C, 31141 Hildesheim",
    ),
    PartnerSpec(
        slug="gruendungs-und-karrierezentrum",
        title="Gründungs- und Karrierezentrum der Universität (Demo)",
        kind=PartnerKind.UNIVERSITY,
        industry="Karriereberatung und Gründungsförderung",
        size="",
        cities=("hildesheim",),
        teaser="Beratung zu Berufseinstieg und Gründung, Karrieretag und Gründungsmentoring.",
        description=(
            "Das Gründungs- und Karrierezentrum (Demo) berät Studierende und Absolvent:innen zu "
            "Bewerbung, Berufseinstieg und Selbstständigkeit. Es organisiert den jährlichen "
            "Karrieretag IT Leine-Weser und begleitet Gründungsteams von der Idee bis zum "
            "Förderantrag.",
        ),
        contact_name="Merle Tiedemann",
        contact_mailbox="karriere",
        initials="GK",
        colour="#b3541e",
        address="Universität Hildesheim (Demo), Beispielstraße 1, Gebäude A, 31141 Hildesheim",
    ),
    PartnerSpec(
        slug="digitalnetz-leine-weser",
        title="Digitalnetz Leine-Weser e. V.",
        kind=PartnerKind.NETWORK,
        industry="IT-Netzwerk und Interessenverband",
        size=CompanySize.MICRO,
        cities=("hannover", "hildesheim", "hameln"),
        teaser="Der Verein, in dem sich IT-Unternehmen, Hochschulen und Fachleute der Region "
        "vernetzen.",
        description=(
            "Im Digitalnetz Leine-Weser e. V. haben sich über 80 IT-Unternehmen, Anwender, "
            "Hochschulen und Einzelpersonen zusammengeschlossen. Der Verein organisiert "
            "Stammtische, Fachgruppen und Hackathons und vertritt die Digitalwirtschaft der "
            "Region gegenüber Politik und Verwaltung.",
        ),
        contact_name="Jonas Brettschneider",
        contact_mailbox="geschaeftsstelle",
        initials="DN",
        colour="#00796b",
        address="Digitalnetz Leine-Weser e. V., Musterplatz 4, 30161 Hannover",
    ),
    PartnerSpec(
        slug="netzwerk-it-frauen",
        title="Netzwerk IT-Frauen Leine-Weser e. V.",
        kind=PartnerKind.NETWORK,
        industry="Berufsnetzwerk",
        size=CompanySize.MICRO,
        cities=("hannover", "hildesheim"),
        teaser="Mentoring, Meetups und Sichtbarkeit für Frauen in IT-Studium und -Beruf.",
        description=(
            "Das Netzwerk IT-Frauen Leine-Weser verbindet Studentinnen, Absolventinnen und "
            "erfahrene Fachfrauen. Es bietet ein Mentoring-Programm, monatliche Online-Meetups "
            "und eine Rednerinnenliste für Veranstaltungen in der Region.",
        ),
        contact_name="Sophie Lindqvist",
        contact_mailbox="mentoring",
        initials="ITF",
        colour="#ad1457",
    ),
    PartnerSpec(
        slug="kursraum-nord",
        title="Kursraum Nord Weiterbildung GmbH",
        kind=PartnerKind.SERVICE_PROVIDER,
        industry="Berufliche Weiterbildung",
        size=CompanySize.SMALL,
        cities=("hannover", "peine"),
        teaser="Praxisnahe IT-Weiterbildung am Abend, online und in kleinen Gruppen.",
        description=(
            "Kursraum Nord bietet berufsbegleitende IT-Kurse zu Cloud, Datenanalyse und "
            "Programmierung an – als Abendkurs vor Ort in Hannover und Peine oder live online. "
            "Alle Kurse schließen mit einem Praxisprojekt und einem Zertifikat ab.",
        ),
        contact_name="Björn Ahlers",
        contact_mailbox="kurse",
        initials="KN",
        colour="#37474f",
        address="Kursraum Nord, Beispielweg 20, 31224 Peine",
    ),
    PartnerSpec(
        slug="calenberger-sicherheitsakademie",
        title="Calenberger Sicherheitsakademie GmbH",
        kind=PartnerKind.SERVICE_PROVIDER,
        industry="Schulungen zu IT-Sicherheit",
        size=CompanySize.MICRO,
        cities=("hannover", "garbsen"),
        teaser="Schulungen, Awareness-Trainings und Capture-the-Flag-Events zur IT-Sicherheit.",
        description=(
            "Die Calenberger Sicherheitsakademie schult Beschäftigte und Führungskräfte kleiner "
            "und mittlerer Unternehmen in Informationssicherheit: von der Phishing-Awareness bis "
            "zum Aufbau eines Managementsystems nach ISO/IEC 27001.",
        ),
        contact_name="Daniel Okafor",
        contact_mailbox="akademie",
        initials="CS",
        colour="#1a237e",
        address="Calenberger Sicherheitsakademie, Demostraße 8, 30823 Garbsen",
    ),
    PartnerSpec(
        slug="agilwerk-coaching",
        title="Agilwerk Coaching & Training",
        kind=PartnerKind.SERVICE_PROVIDER,
        industry="Agile Coaching und Training",
        size=CompanySize.MICRO,
        cities=("hildesheim",),
        teaser="Trainings und Coaching für Scrum, Kanban und gute Zusammenarbeit im Team.",
        description=(
            "Agilwerk ist ein Zusammenschluss freiberuflicher Agile Coaches aus Hildesheim. Wir "
            "trainieren Teams und Führungskräfte in Scrum und Kanban und begleiten "
            "Organisationen, die ihre Zusammenarbeit verbessern wollen.",
        ),
        contact_name="Ole Hinrichs",
        contact_mailbox="training",
        initials="AW",
        colour="#f57f17",
        address="Agilwerk, Musterstraße 44, 31134 Hildesheim",
    ),
    PartnerSpec(
        slug="nienburger-netzwerktechnik",
        title="Nienburger Netzwerktechnik GmbH & Co. KG",
        kind=PartnerKind.COMPANY,
        industry="IT-Systemhaus",
        size=CompanySize.SMALL,
        cities=("nienburg",),
        teaser="Netzwerke, Server und IT-Betreuung für Praxen, Kanzleien und Handwerk.",
        description=(
            "Als Systemhaus betreuen wir rund 300 kleine Unternehmen, Arztpraxen und Kanzleien "
            "im Landkreis Nienburg: Netzwerke, Server, Datensicherung und Notfallhilfe, wenn "
            "einmal nichts mehr geht.",
        ),
        contact_name="Henrik Stolte",
        contact_mailbox="jobs",
        initials="NN",
        colour="#455a64",
        address="Nienburger Netzwerktechnik, Beispielring 9, 31582 Nienburg/Weser",
        phone="05021 0815-0",
    ),
    PartnerSpec(
        slug="sollingwerk-digital",
        title="Sollingwerk Digital GmbH",
        kind=PartnerKind.COMPANY,
        industry="Digitalagentur für E-Commerce",
        size=CompanySize.SMALL,
        cities=("holzminden",),
        teaser="Onlineshops, Websites und Nutzerforschung für Marken aus dem Weserbergland.",
        description=(
            "Sollingwerk Digital gestaltet und entwickelt Onlineshops und Websites für "
            "Hersteller und Händler – barrierefrei, schnell und messbar. 35 Menschen aus Design, "
            "Entwicklung und Beratung arbeiten in einem umgebauten Fabrikgebäude in Holzminden.",
        ),
        contact_name="Lena Kowalczyk",
        contact_mailbox="team",
        initials="SW",
        colour="#558b2f",
        address="Sollingwerk Digital, Demoallee 2, 37603 Holzminden",
    ),
    PartnerSpec(
        slug="aller-cloud",
        title="Aller-Cloud Services GmbH",
        kind=PartnerKind.COMPANY,
        industry="Rechenzentrum und Cloud-Dienste",
        size=CompanySize.MEDIUM,
        cities=("celle",),
        teaser="Regionales Rechenzentrum mit Cloud-Hosting, Backup und Security Operations Center.",
        description=(
            "Die Aller-Cloud betreibt in Celle ein zertifiziertes Rechenzentrum, das mit "
            "Ökostrom läuft und seine Abwärme an ein Nahwärmenetz abgibt. Wir hosten "
            "Anwendungen für Mittelstand und öffentliche Hand und überwachen sie rund um die Uhr "
            "in unserem Security Operations Center.",
        ),
        contact_name="Timo Behrens",
        contact_mailbox="karriere",
        initials="AC",
        colour="#0277bd",
        address="Aller-Cloud Services, Musterweg 100, 29221 Celle",
    ),
    PartnerSpec(
        slug="fuhsetal-logistiksysteme",
        title="Fuhsetal Logistiksysteme GmbH",
        kind=PartnerKind.COMPANY,
        industry="Logistiksoftware und Intralogistik",
        size=CompanySize.LARGE,
        cities=("peine", "langenhagen"),
        teaser="Software für Lager, Transport und Förderanlagen – entwickelt in Peine.",
        description=(
            "Fuhsetal Logistiksysteme plant und steuert automatisierte Lager für Handel und "
            "Industrie. Unsere Lagerverwaltungs- und Materialflusssoftware läuft in über 200 "
            "Anlagen in Europa; entwickelt wird sie in Peine und Langenhagen.",
        ),
        contact_name="Marie Schünemann",
        contact_mailbox="bewerbung",
        initials="FL",
        colour="#c62828",
        address="Fuhsetal Logistiksysteme, Beispielstraße 77, 31228 Peine",
    ),
    PartnerSpec(
        slug="schaumburger-energiedaten",
        title="Schaumburger Energiedaten GmbH",
        kind=PartnerKind.COMPANY,
        industry="Energiewirtschaft und Messstellenbetrieb",
        size=CompanySize.MEDIUM,
        cities=("stadthagen", "rinteln"),
        teaser="Messdaten, Prognosen und Portale für Energieversorger und Netzbetreiber.",
        description=(
            "Die Schaumburger Energiedaten GmbH erhebt und verarbeitet Messdaten aus intelligenten "
            "Stromzählern und Ladesäulen für Versorger der Region. Daraus entstehen Prognosen, "
            "Abrechnungen und Kundenportale – und immer öfter Projekte zur Energiewende.",
        ),
        contact_name="Niklas Fröhlich",
        contact_mailbox="personal",
        initials="SE",
        colour="#ef6c00",
        address="Schaumburger Energiedaten, Demostraße 15, 31655 Stadthagen",
    ),
)
