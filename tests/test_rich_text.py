"""What an employer typed becomes rich text the editor opens: paragraphs, breaks and lists."""

import pytest

from offers.rich_text import plain_text_to_rich_text


@pytest.mark.parametrize(
    "typed, stored",
    [
        ("Erste Zeile\nzweite Zeile", "<p>Erste Zeile<br/>zweite Zeile</p>"),
        ("Absatz eins\r\n\r\nAbsatz zwei", "<p>Absatz eins</p><p>Absatz zwei</p>"),
        (
            "Wir bieten:\n- Python\n* Django",
            "<p>Wir bieten:</p><ul><li>Python</li><li>Django</li></ul>",
        ),
        ("1. Anmelden\n2) Kommen", "<ol><li>Anmelden</li><li>Kommen</li></ol>"),
        ("- \n- Python\n- \nEnde", "<ul><li>Python</li></ul><p>Ende</p>"),
        ("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"),
    ],
)
def test_typed_text_becomes_paragraphs_breaks_and_lists(typed, stored):
    assert plain_text_to_rich_text(typed) == stored
