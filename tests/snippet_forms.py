"""What the admin's snippet and image editors post, read from the form a person sees."""

from bs4 import BeautifulSoup


def admin_form_data(client, url: str) -> dict[str, list[str]]:
    """The fields of the editing form at `url` as the browser would post them."""
    soup = BeautifulSoup(client.get(url).text, "html.parser")
    posting = [form for form in soup.find_all("form") if form.get("method", "").lower() == "post"]
    form = max(posting, key=lambda form: len(form.find_all(["input", "select", "textarea"])))
    data: dict[str, list[str]] = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or "__prefix__" in name or field.get("type") in ("submit", "file"):
            continue
        if field.name == "select":
            values = [o.get("value") for o in field.find_all("option") if o.has_attr("selected")]
        elif field.get("type") in ("checkbox", "radio"):
            values = [field.get("value", "on")] if field.has_attr("checked") else []
        elif field.name == "textarea":
            values = [field.text.removeprefix("\n")]
        else:
            values = [field.get("value", "")]
        data.setdefault(name, []).extend(values)
    return data
