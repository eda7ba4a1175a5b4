"""Plain text that visitors type, as the rich-text HTML Wagtail stores: paragraphs, line breaks
and lists the editor (Draftail) can open, whatever was typed. Django's `linebreaks` writes
`<br>`, which Wagtail's converter cannot read: the draft's edit page would answer 500."""

import re

from django.utils.html import escape

BULLET = re.compile(r"^\s*[-*•]\s+(?P<text>.*)$")
NUMBERED = re.compile(r"^\s*\d{1,3}[.)]\s+(?P<text>.*)$")
BLANK_LINES = re.compile(r"\n\s*\n")


def _kind(line: str) -> tuple[str, str]:
    """("ul" | "ol" | "p", the line's text without its list mark)."""
    for tag, pattern in (("ul", BULLET), ("ol", NUMBERED)):
        match = pattern.match(line)
        if match:
            return tag, match["text"].strip()
    return "p", line.strip()


def _block(lines: list[str]) -> str:
    """One block of lines between blank lines: runs of list items become a list, the other
    lines a paragraph with a line break between them."""
    html, run, run_tag = [], [], None
    for tag, text in map(_kind, lines):
        if not text:
            continue  # a list mark alone ("- ") is no item
        if tag != run_tag and run:
            html.append(_element(run_tag, run))
            run = []
        run_tag = tag
        run.append(escape(text))
    if run:
        html.append(_element(run_tag, run))
    return "".join(html)


def _element(tag: str, items: list[str]) -> str:
    if tag == "p":
        return f"<p>{'<br/>'.join(items)}</p>"
    return f"<{tag}>{''.join(f'<li>{item}</li>' for item in items)}</{tag}>"


def plain_text_to_rich_text(text: str) -> str:
    """The rich-text HTML for `text`: a blank line starts a paragraph, a single line break stays
    one (`<br/>`), lines starting with "-", "*", "•" or "1." / "1)" become list items."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    blocks = (block.split("\n") for block in BLANK_LINES.split(text) if block.strip())
    return "".join(_block([line for line in lines if line.strip()]) for lines in blocks)
