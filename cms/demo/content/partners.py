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
        en={
            "title": "Weserbyte GmbH",
            "industry": "Software development and IT consulting",
            "teaser": (
                "Custom software for trades, retail and local authorities from the Weser Uplands."
            ),
            "description": (
                "Since 2009, Weserbyte GmbH has been developing specialist applications for "
                "medium-sized businesses and local authorities – from order portals to mobile "
                "time recording. Around 120 colleagues work in Hamelin and Rinteln, many of them "
                "part-time or hybrid.",
                "Students learn with us on real client projects: as interns, as working students "
                "or in our IT consulting trainee programme.",
            ),
        },
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
        en={
            "title": "Leinetal Software AG",
            "industry": "Business software (ERP) for medium-sized companies",
            "teaser": (
                "ERP software from Hanover and Alfeld for more than 1,500 medium-sized customers."
            ),
            "description": (
                "Leinetal Software AG develops and runs a modular ERP system for manufacturing, "
                "wholesale and services. We work in cross-functional product teams that are "
                "responsible for development, testing and operations themselves.",
                "For graduates we offer a structured start with a mentor, a training budget and "
                "flexible working hours.",
            ),
        },
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
        en={
            "title": "Hamelner Datenwerk GmbH",
            "industry": "Data analytics and business intelligence",
            "teaser": (
                "Data platforms, dashboards and forecasting models for utilities and industry."
            ),
            "description": (
                "Hamelner Datenwerk helps municipal utilities, water boards and industrial "
                "companies turn their operating data into decisions: with data platforms, "
                "dashboards and forecasting models that are still understood after the project "
                "has ended.",
                "Our team is small and decisions are quick – working students are involved in "
                "client projects from their very first day.",
            ),
        },
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
        en={
            "title": "Institute of Business Informatics (Demo)",
            "industry": "Research and teaching",
            "teaser": (
                "Research and teaching on information systems, data and digital transformation."
            ),
            "description": (
                "The Institute of Business Informatics (a fictitious demo institute) researches "
                "information systems in organisations, learning analytics and the responsible use "
                "of AI. It coordinates the practice projects in the bachelor's and master's "
                "programmes.",
                "Together with regional partners we offer practice projects, theses and the "
                'lecture series "Digitalisation in the Region".',
            ),
        },
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
        en={
            "title": "University Start-up and Careers Centre (Demo)",
            "industry": "Careers advice and start-up support",
            "teaser": (
                "Advice on starting a career and founding a business, the Careers Day and start-up "
                "mentoring."
            ),
            "description": (
                "The Start-up and Careers Centre (Demo) advises students and graduates on "
                "applications, starting their careers and self-employment. It organises the "
                "annual IT Careers Day Leine-Weser and supports start-up teams from the first "
                "idea to the funding application.",
            ),
        },
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
        en={
            "title": "Digitalnetz Leine-Weser e. V.",
            "industry": "IT network and industry association",
            "teaser": (
                "The association in which the region's IT companies, universities and "
                "professionals network."
            ),
            "description": (
                "More than 80 IT companies, user organisations, universities and individuals have "
                "joined forces in Digitalnetz Leine-Weser e. V. The association organises "
                "meetups, specialist groups and hackathons and represents the region's digital "
                "economy to politicians and public administration.",
            ),
        },
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
        en={
            "title": "Netzwerk IT-Frauen Leine-Weser e. V.",
            "industry": "Professional network",
            "teaser": "Mentoring, meetups and visibility for women in IT studies and careers.",
            "description": (
                "Netzwerk IT-Frauen Leine-Weser connects women students, graduates and "
                "experienced women professionals. It offers a mentoring programme, monthly online "
                "meetups and a list of women speakers for events in the region.",
            ),
        },
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
        en={
            "title": "Kursraum Nord Weiterbildung GmbH",
            "industry": "Professional training",
            "teaser": "Practical IT training in the evening, online and in small groups.",
            "description": (
                "Kursraum Nord offers part-time IT courses in cloud, data analysis and "
                "programming – as evening classes on site in Hanover and Peine or live online. "
                "Every course ends with a practice project and a certificate.",
            ),
        },
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
        en={
            "title": "Calenberger Sicherheitsakademie GmbH",
            "industry": "IT security training",
            "teaser": "Training, awareness sessions and capture-the-flag events on IT security.",
            "description": (
                "Calenberger Sicherheitsakademie trains employees and managers of small and "
                "medium-sized businesses in information security: from phishing awareness to "
                "setting up a management system under ISO/IEC 27001.",
            ),
        },
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
        en={
            "title": "Agilwerk Coaching & Training",
            "industry": "Agile coaching and training",
            "teaser": "Training and coaching in Scrum, Kanban and good teamwork.",
            "description": (
                "Agilwerk is a group of freelance agile coaches from Hildesheim. We train teams "
                "and managers in Scrum and Kanban and support organisations that want to improve "
                "the way they work together.",
            ),
        },
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
        en={
            "title": "Nienburger Netzwerktechnik GmbH & Co. KG",
            "industry": "IT services company",
            "teaser": (
                "Networks, servers and IT support for medical practices, law firms and trades."
            ),
            "description": (
                "As an IT services company we look after around 300 small businesses, medical "
                "practices and law firms in the district of Nienburg: networks, servers, backups "
                "and emergency help when nothing works any more.",
            ),
        },
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
        en={
            "title": "Sollingwerk Digital GmbH",
            "industry": "Digital agency for e-commerce",
            "teaser": "Online shops, websites and user research for brands from the Weser Uplands.",
            "description": (
                "Sollingwerk Digital designs and develops online shops and websites for "
                "manufacturers and retailers – accessible, fast and measurable. 35 people from "
                "design, development and consulting work in a converted factory building in "
                "Holzminden.",
            ),
        },
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
        en={
            "title": "Aller-Cloud Services GmbH",
            "industry": "Data centre and cloud services",
            "teaser": (
                "A regional data centre with cloud hosting, backup and a Security Operations "
                "Center."
            ),
            "description": (
                "Aller-Cloud runs a certified data centre in Celle that is powered by green "
                "electricity and feeds its waste heat into a local heating network. We host "
                "applications for medium-sized businesses and the public sector and monitor them "
                "around the clock in our Security Operations Center.",
            ),
        },
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
        en={
            "title": "Fuhsetal Logistiksysteme GmbH",
            "industry": "Logistics software and intralogistics",
            "teaser": (
                "Software for warehouses, transport and conveyor systems – developed in Peine."
            ),
            "description": (
                "Fuhsetal Logistiksysteme plans and controls automated warehouses for retail and "
                "industry. Our warehouse management and material flow software runs in more than "
                "200 installations across Europe; it is developed in Peine and Langenhagen.",
            ),
        },
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
        en={
            "title": "Schaumburger Energiedaten GmbH",
            "industry": "Energy industry and metering services",
            "teaser": (
                "Metering data, forecasts and portals for energy suppliers and grid operators."
            ),
            "description": (
                "Schaumburger Energiedaten GmbH collects and processes metering data from smart "
                "electricity meters and charging stations for the region's utilities. This "
                "produces forecasts, bills and customer portals – and, more and more often, "
                "projects for the energy transition.",
            ),
        },
    ),
)
