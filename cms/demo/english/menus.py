"""English of the navigation menus (content/pages.py, MENUS)."""

TEXT = {
    # footer
    (
        "ProXLab verbindet IT-Studierende, Absolvent:innen und Arbeitgeber der Region Leine-Weser. "
        "Ein Demo-Datenbestand: alle Organisationen sind frei erfunden."
    ): (
        "ProXLab connects IT students, graduates and employers of the Leine-Weser region. A demo "
        "data set: all organisations are entirely fictitious."
    ),
}

SLUGS: dict[str, str] = {}
