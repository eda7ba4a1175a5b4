"""The shape of the code: dependencies point one way, cms -> offers -> search -> home."""

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Each app, and the project apps it must never import.
FORBIDDEN = {
    "home": {"offers", "search", "cms"},
    "search": {"offers", "cms"},
    "offers": {"cms"},
}


def imported_apps(path: Path) -> set[str]:
    """The top-level packages a module imports, relative imports resolved to their own app."""
    tree = ast.parse(path.read_text(), filename=str(path))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("app", sorted(FORBIDDEN))
def test_an_app_imports_no_app_above_it(app):
    wrong = {
        str(path.relative_to(ROOT)): sorted(imported_apps(path) & FORBIDDEN[app])
        for path in (ROOT / app).rglob("*.py")
    }
    assert {path: apps for path, apps in wrong.items() if apps} == {}


def test_the_checker_sees_an_upward_import(tmp_path):
    module = tmp_path / "module.py"
    module.write_text("from offers.models import OfferPage\nimport search.documents\n")
    assert imported_apps(module) >= {"offers", "search"}


def test_no_module_imports_the_deprecated_elasticsearch_dsl_package():
    """elasticsearch.dsl comes with the client; the separate package is no requirement."""
    places = [
        path
        for app in ("cms", "home", "offers", "search", "tests", "tools")
        for path in (ROOT / app).rglob("*.py")
    ]
    wrong = sorted(
        str(path.relative_to(ROOT)) for path in places if "elasticsearch_dsl" in imported_apps(path)
    )
    assert wrong == []
    requirements = " ".join(path.read_text() for path in ROOT.glob("requirements*.txt"))
    assert "elasticsearch-dsl" not in requirements


def test_search_names_no_offers_page_type():
    """search is infrastructure below offers: offers registers its adapters and facets."""
    found = [
        f"{path.relative_to(ROOT)}: {line.strip()}"
        for path in [*(ROOT / "search").rglob("*.py"), *(ROOT / "templates" / "search").rglob("*")]
        if "migrations" not in path.parts and path.is_file()
        for line in _code_lines(path)
        if re.search(r"OfferPage|ChallengePage|PartnerPage|\boffers\.|\boffer_tags\b", line)
    ]
    assert found == []


def _code_lines(path: Path) -> list[str]:
    """Lines of a Python file or template without comments and docstrings."""
    text = path.read_text()
    if path.suffix == ".py":
        tree = ast.parse(text)
        docstrings = {
            node.body[0].value.lineno
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
            and isinstance(node.body[0].value.value, str)
        }
        spans = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Expr) and getattr(node.value, "lineno", None) in docstrings:
                spans.update(range(node.lineno, node.end_lineno + 1))
        lines = text.splitlines()
        return [re.sub(r"#.*", "", line) for n, line in enumerate(lines, 1) if n not in spans]
    text = re.sub(r"{% comment %}.*?{% endcomment %}", "", text, flags=re.S)
    return re.sub(r"{#.*?#}", "", text).splitlines()


def test_home_names_no_offers_model_even_as_a_string():
    places = [
        *(ROOT / "home").rglob("*.py"),
        *(ROOT / "templates" / "home").rglob("*.html"),
    ]
    found = [
        f"{path.relative_to(ROOT)}: {line.strip()}"
        for path in places
        if "migrations" not in path.parts
        for line in _code_lines(path)
        if re.search(r"offer|challenge|partner", line, re.I)
    ]
    assert found == []


def test_django_logs_each_line_once():
    script = (
        "import django, logging; django.setup(); "
        "logging.getLogger('django.request').warning('proxlab log line')"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"DJANGO_SETTINGS_MODULE": "cms.settings.dev", "PATH": "/usr/bin:/bin"},
        check=True,
    )
    assert result.stderr.count("proxlab log line") == 1
