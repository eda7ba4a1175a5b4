"""English of the partners (content/partners.py).

Company and association names stay as they are registered; the university's own units
are translated. Partner slugs stay German: they are the partners' web addresses too."""

TEXT = {
    # weserbyte
    "Weserbyte GmbH": "Weserbyte GmbH",
    "Individuelle Software für Handwerk, Handel und Kommunen aus dem Weserbergland.": (
        "Custom software for trades, retail and local authorities from the Weser Uplands."
    ),
    "Softwareentwicklung und IT-Beratung": "Software development and IT consulting",
    (
        "Die Weserbyte GmbH entwickelt seit 2009 Fachanwendungen für mittelständische Betriebe und "
        "Kommunen – vom Auftragsportal bis zur mobilen Zeiterfassung. Rund 120 Kolleginnen und "
        "Kollegen arbeiten in Hameln und Rinteln, viele davon in Teilzeit oder hybrid."
    ): (
        "Since 2009, Weserbyte GmbH has been developing specialist applications for medium-sized "
        "businesses and local authorities – from order portals to mobile time recording. Around "
        "120 colleagues work in Hamelin and Rinteln, many of them part-time or hybrid."
    ),
    (
        "Studierende lernen bei uns in echten Kundenprojekten: im Praktikum, als Werkstudierende "
        "oder in unserem Traineeprogramm IT-Consulting."
    ): (
        "Students learn with us on real client projects: as interns, as working students or in our "
        "IT consulting trainee programme."
    ),
    # leinetal-software
    "Leinetal Software AG": "Leinetal Software AG",
    "ERP-Software aus Hannover und Alfeld für über 1.500 mittelständische Kunden.": (
        "ERP software from Hanover and Alfeld for more than 1,500 medium-sized customers."
    ),
    "Unternehmenssoftware (ERP) für den Mittelstand": (
        "Business software (ERP) for medium-sized companies"
    ),
    (
        "Die Leinetal Software AG entwickelt und betreibt ein modulares ERP-System für Produktion, "
        "Großhandel und Dienstleistung. Wir arbeiten in cross-funktionalen Produktteams mit "
        "eigener Verantwortung für Entwicklung, Test und Betrieb."
    ): (
        "Leinetal Software AG develops and runs a modular ERP system for manufacturing, wholesale "
        "and services. We work in cross-functional product teams that are responsible for "
        "development, testing and operations themselves."
    ),
    (
        "Für Absolventinnen und Absolventen bieten wir einen strukturierten Einstieg mit "
        "Mentor:in, Weiterbildungsbudget und flexiblen Arbeitszeiten."
    ): (
        "For graduates we offer a structured start with a mentor, a training budget and flexible "
        "working hours."
    ),
    # hamelner-datenwerk
    "Hamelner Datenwerk GmbH": "Hamelner Datenwerk GmbH",
    "Datenplattformen, Dashboards und Prognosemodelle für Versorger und Industrie.": (
        "Data platforms, dashboards and forecasting models for utilities and industry."
    ),
    "Datenanalyse und Business Intelligence": "Data analytics and business intelligence",
    (
        "Das Hamelner Datenwerk hilft Stadtwerken, Wasserverbänden und Industriebetrieben, aus "
        "ihren Betriebsdaten Entscheidungen zu machen: mit Datenplattformen, Dashboards und "
        "Prognosemodellen, die auch nach dem Projekt noch verstanden werden."
    ): (
        "Hamelner Datenwerk helps municipal utilities, water boards and industrial companies turn "
        "their operating data into decisions: with data platforms, dashboards and forecasting "
        "models that are still understood after the project has ended."
    ),
    (
        "Unser Team ist klein, die Wege sind kurz – Werkstudierende arbeiten bei uns vom ersten "
        "Tag an im Kundenprojekt mit."
    ): (
        "Our team is small and decisions are quick – working students are involved in client "
        "projects from their very first day."
    ),
    # institut-wirtschaftsinformatik
    "Institut für Wirtschaftsinformatik (Demo)": "Institute of Business Informatics (Demo)",
    "Forschung und Lehre zu Informationssystemen, Daten und digitaler Transformation.": (
        "Research and teaching on information systems, data and digital transformation."
    ),
    "Forschung und Lehre": "Research and teaching",
    (
        "Das Institut für Wirtschaftsinformatik (ein fiktives Demo-Institut) forscht zu "
        "Informationssystemen in Organisationen, Lernanalytik und verantwortungsvollem Einsatz von "
        "KI. Es koordiniert die Praxisprojekte im Bachelor- und Masterstudium."
    ): (
        "The Institute of Business Informatics (a fictitious demo institute) researches "
        "information systems in organisations, learning analytics and the responsible use of AI. "
        "It coordinates the practice projects in the bachelor's and master's programmes."
    ),
    (
        "Gemeinsam mit regionalen Partnern bieten wir Praxisprojekte, Abschlussarbeiten und die "
        "Ringvorlesung „Digitalisierung in der Region“ an."
    ): (
        "Together with regional partners we offer practice projects, theses and the lecture series "
        '"Digitalisation in the Region".'
    ),
    # gruendungs-und-karrierezentrum
    "Gründungs- und Karrierezentrum der Universität (Demo)": (
        "University Start-up and Careers Centre (Demo)"
    ),
    "Beratung zu Berufseinstieg und Gründung, Karrieretag und Gründungsmentoring.": (
        "Advice on starting a career and founding a business, the Careers Day and start-up "
        "mentoring."
    ),
    "Karriereberatung und Gründungsförderung": "Careers advice and start-up support",
    (
        "Das Gründungs- und Karrierezentrum (Demo) berät Studierende und Absolvent:innen zu "
        "Bewerbung, Berufseinstieg und Selbstständigkeit. Es organisiert den jährlichen "
        "Karrieretag IT Leine-Weser und begleitet Gründungsteams von der Idee bis zum Förderantrag."
    ): (
        "The Start-up and Careers Centre (Demo) advises students and graduates on applications, "
        "starting their careers and self-employment. It organises the annual IT Careers Day "
        "Leine-Weser and supports start-up teams from the first idea to the funding application."
    ),
    # digitalnetz-leine-weser
    "Digitalnetz Leine-Weser e. V.": "Digitalnetz Leine-Weser e. V.",
    "Der Verein, in dem sich IT-Unternehmen, Hochschulen und Fachleute der Region vernetzen.": (
        "The association in which the region's IT companies, universities and professionals "
        "network."
    ),
    "IT-Netzwerk und Interessenverband": "IT network and industry association",
    (
        "Im Digitalnetz Leine-Weser e. V. haben sich über 80 IT-Unternehmen, Anwender, Hochschulen "
        "und Einzelpersonen zusammengeschlossen. Der Verein organisiert Stammtische, Fachgruppen "
        "und Hackathons und vertritt die Digitalwirtschaft der Region gegenüber Politik und "
        "Verwaltung."
    ): (
        "More than 80 IT companies, user organisations, universities and individuals have joined "
        "forces in Digitalnetz Leine-Weser e. V. The association organises meetups, specialist "
        "groups and hackathons and represents the region's digital economy to politicians and "
        "public administration."
    ),
    # netzwerk-it-frauen
    "Netzwerk IT-Frauen Leine-Weser e. V.": "Netzwerk IT-Frauen Leine-Weser e. V.",
    "Mentoring, Meetups und Sichtbarkeit für Frauen in IT-Studium und -Beruf.": (
        "Mentoring, meetups and visibility for women in IT studies and careers."
    ),
    "Berufsnetzwerk": "Professional network",
    (
        "Das Netzwerk IT-Frauen Leine-Weser verbindet Studentinnen, Absolventinnen und erfahrene "
        "Fachfrauen. Es bietet ein Mentoring-Programm, monatliche Online-Meetups und eine "
        "Rednerinnenliste für Veranstaltungen in der Region."
    ): (
        "Netzwerk IT-Frauen Leine-Weser connects women students, graduates and experienced women "
        "professionals. It offers a mentoring programme, monthly online meetups and a list of "
        "women speakers for events in the region."
    ),
    # kursraum-nord
    "Kursraum Nord Weiterbildung GmbH": "Kursraum Nord Weiterbildung GmbH",
    "Praxisnahe IT-Weiterbildung am Abend, online und in kleinen Gruppen.": (
        "Practical IT training in the evening, online and in small groups."
    ),
    "Berufliche Weiterbildung": "Professional training",
    (
        "Kursraum Nord bietet berufsbegleitende IT-Kurse zu Cloud, Datenanalyse und Programmierung "
        "an – als Abendkurs vor Ort in Hannover und Peine oder live online. Alle Kurse schließen "
        "mit einem Praxisprojekt und einem Zertifikat ab."
    ): (
        "Kursraum Nord offers part-time IT courses in cloud, data analysis and programming – as "
        "evening classes on site in Hanover and Peine or live online. Every course ends with a "
        "practice project and a certificate."
    ),
    # calenberger-sicherheitsakademie
    "Calenberger Sicherheitsakademie GmbH": "Calenberger Sicherheitsakademie GmbH",
    "Schulungen, Awareness-Trainings und Capture-the-Flag-Events zur IT-Sicherheit.": (
        "Training, awareness sessions and capture-the-flag events on IT security."
    ),
    "Schulungen zu IT-Sicherheit": "IT security training",
    (
        "Die Calenberger Sicherheitsakademie schult Beschäftigte und Führungskräfte kleiner und "
        "mittlerer Unternehmen in Informationssicherheit: von der Phishing-Awareness bis zum "
        "Aufbau eines Managementsystems nach ISO/IEC 27001."
    ): (
        "Calenberger Sicherheitsakademie trains employees and managers of small and medium-sized "
        "businesses in information security: from phishing awareness to setting up a management "
        "system under ISO/IEC 27001."
    ),
    # agilwerk-coaching
    "Agilwerk Coaching &amp; Training": "Agilwerk Coaching &amp; Training",
    "Trainings und Coaching für Scrum, Kanban und gute Zusammenarbeit im Team.": (
        "Training and coaching in Scrum, Kanban and good teamwork."
    ),
    "Agile Coaching und Training": "Agile coaching and training",
    (
        "Agilwerk ist ein Zusammenschluss freiberuflicher Agile Coaches aus Hildesheim. Wir "
        "trainieren Teams und Führungskräfte in Scrum und Kanban und begleiten Organisationen, die "
        "ihre Zusammenarbeit verbessern wollen."
    ): (
        "Agilwerk is a group of freelance agile coaches from Hildesheim. We train teams and "
        "managers in Scrum and Kanban and support organisations that want to improve the way they "
        "work together."
    ),
    # nienburger-netzwerktechnik
    "Nienburger Netzwerktechnik GmbH &amp; Co. KG": "Nienburger Netzwerktechnik GmbH &amp; Co. KG",
    "Netzwerke, Server und IT-Betreuung für Praxen, Kanzleien und Handwerk.": (
        "Networks, servers and IT support for medical practices, law firms and trades."
    ),
    "IT-Systemhaus": "IT services company",
    (
        "Als Systemhaus betreuen wir rund 300 kleine Unternehmen, Arztpraxen und Kanzleien im "
        "Landkreis Nienburg: Netzwerke, Server, Datensicherung und Notfallhilfe, wenn einmal "
        "nichts mehr geht."
    ): (
        "As an IT services company we look after around 300 small businesses, medical practices "
        "and law firms in the district of Nienburg: networks, servers, backups and emergency help "
        "when nothing works any more."
    ),
    # sollingwerk-digital
    "Sollingwerk Digital GmbH": "Sollingwerk Digital GmbH",
    "Onlineshops, Websites und Nutzerforschung für Marken aus dem Weserbergland.": (
        "Online shops, websites and user research for brands from the Weser Uplands."
    ),
    "Digitalagentur für E-Commerce": "Digital agency for e-commerce",
    (
        "Sollingwerk Digital gestaltet und entwickelt Onlineshops und Websites für Hersteller und "
        "Händler – barrierefrei, schnell und messbar. 35 Menschen aus Design, Entwicklung und "
        "Beratung arbeiten in einem umgebauten Fabrikgebäude in Holzminden."
    ): (
        "Sollingwerk Digital designs and develops online shops and websites for manufacturers and "
        "retailers – accessible, fast and measurable. 35 people from design, development and "
        "consulting work in a converted factory building in Holzminden."
    ),
    # aller-cloud
    "Aller-Cloud Services GmbH": "Aller-Cloud Services GmbH",
    "Regionales Rechenzentrum mit Cloud-Hosting, Backup und Security Operations Center.": (
        "A regional data centre with cloud hosting, backup and a Security Operations Center."
    ),
    "Rechenzentrum und Cloud-Dienste": "Data centre and cloud services",
    (
        "Die Aller-Cloud betreibt in Celle ein zertifiziertes Rechenzentrum, das mit Ökostrom "
        "läuft und seine Abwärme an ein Nahwärmenetz abgibt. Wir hosten Anwendungen für "
        "Mittelstand und öffentliche Hand und überwachen sie rund um die Uhr in unserem Security "
        "Operations Center."
    ): (
        "Aller-Cloud runs a certified data centre in Celle that is powered by green electricity "
        "and feeds its waste heat into a local heating network. We host applications for "
        "medium-sized businesses and the public sector and monitor them around the clock in our "
        "Security Operations Center."
    ),
    # fuhsetal-logistiksysteme
    "Fuhsetal Logistiksysteme GmbH": "Fuhsetal Logistiksysteme GmbH",
    "Software für Lager, Transport und Förderanlagen – entwickelt in Peine.": (
        "Software for warehouses, transport and conveyor systems – developed in Peine."
    ),
    "Logistiksoftware und Intralogistik": "Logistics software and intralogistics",
    (
        "Fuhsetal Logistiksysteme plant und steuert automatisierte Lager für Handel und Industrie. "
        "Unsere Lagerverwaltungs- und Materialflusssoftware läuft in über 200 Anlagen in Europa; "
        "entwickelt wird sie in Peine und Langenhagen."
    ): (
        "Fuhsetal Logistiksysteme plans and controls automated warehouses for retail and industry. "
        "Our warehouse management and material flow software runs in more than 200 installations "
        "across Europe; it is developed in Peine and Langenhagen."
    ),
    # schaumburger-energiedaten
    "Schaumburger Energiedaten GmbH": "Schaumburger Energiedaten GmbH",
    "Messdaten, Prognosen und Portale für Energieversorger und Netzbetreiber.": (
        "Metering data, forecasts and portals for energy suppliers and grid operators."
    ),
    "Energiewirtschaft und Messstellenbetrieb": "Energy industry and metering services",
    (
        "Die Schaumburger Energiedaten GmbH erhebt und verarbeitet Messdaten aus intelligenten "
        "Stromzählern und Ladesäulen für Versorger der Region. Daraus entstehen Prognosen, "
        "Abrechnungen und Kundenportale – und immer öfter Projekte zur Energiewende."
    ): (
        "Schaumburger Energiedaten GmbH collects and processes metering data from smart "
        "electricity meters and charging stations for the region's utilities. This produces "
        "forecasts, bills and customer portals – and, more and more often, projects for the energy "
        "transition."
    ),
}

SLUGS = {
    "weserbyte": "weserbyte",
    "leinetal-software": "leinetal-software",
    "hamelner-datenwerk": "hamelner-datenwerk",
    "institut-wirtschaftsinformatik": "institut-wirtschaftsinformatik",
    "gruendungs-und-karrierezentrum": "gruendungs-und-karrierezentrum",
    "digitalnetz-leine-weser": "digitalnetz-leine-weser",
    "netzwerk-it-frauen": "netzwerk-it-frauen",
    "kursraum-nord": "kursraum-nord",
    "calenberger-sicherheitsakademie": "calenberger-sicherheitsakademie",
    "agilwerk-coaching": "agilwerk-coaching",
    "nienburger-netzwerktechnik": "nienburger-netzwerktechnik",
    "sollingwerk-digital": "sollingwerk-digital",
    "aller-cloud": "aller-cloud",
    "fuhsetal-logistiksysteme": "fuhsetal-logistiksysteme",
    "schaumburger-energiedaten": "schaumburger-energiedaten",
}
