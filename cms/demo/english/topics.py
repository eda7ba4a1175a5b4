"""Topic tags of the demo: German tag name → English topic name."""

TOPICS = {
    "Agile Methoden": "Agile methods",
    "Cloud": "Cloud",
    "Data Science": "Data science",
    "IT-Sicherheit": "IT security",
    "KI": "AI",
    "Karriere": "Careers",
    "Nachhaltigkeit": "Sustainability",
    "UX": "UX",
    "Webentwicklung": "Web development",
}
