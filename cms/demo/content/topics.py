"""Topics are tags shared by every content type; each gets a German and an English name."""

# The German tag (its German name) → its English name.
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
