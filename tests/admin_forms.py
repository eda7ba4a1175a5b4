"""What the admin's page editor posts, read from the form an editor sees."""

from bs4 import BeautifulSoup


def edit_form_data(client, page) -> dict[str, list[str]]:
    """What the admin's edit form posts for `page`, read from the form the editor sees.

    A StreamField's blocks are posted by the browser's JavaScript; here it is posted empty."""
    return page_form_data(client, f"/admin/pages/{page.pk}/edit/")


def page_form_data(client, url: str) -> dict[str, list[str]]:
    """What the page form at `url` (an edit or create view) posts as the editor sees it."""
    soup = BeautifulSoup(client.get(url).text, "html.parser")
    form = soup.find("form", id="page-edit-form")
    data: dict[str, list[str]] = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or "__prefix__" in name:
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
    for stream in form.find_all(attrs={"data-controller": "w-block"}):
        data[f"{stream['id']}-count"] = ["0"]
    return data
