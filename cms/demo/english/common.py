"""English of the headings the builder puts into every offer's body (builder._offer_body)."""

TEXT = {
    "Worum es geht": "What it's about",
    "Das nehmen Sie mit": "What you take away",
    "So läuft es ab": "How it works",
    "Die Stelle": "The position",
    "Ihre Aufgaben": "Your tasks",
    "Das bringen Sie mit": "What you bring",
}

SLUGS: dict[str, str] = {}
