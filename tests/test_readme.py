"""The README's configuration stays true: every environment variable the code reads is named
there, so an operator never has to read the settings to find a knob."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
READS = re.compile(
    r"""(?:env_(?:str|int|bool|list)\(|os\.environ\.get\(|os\.environ\[|os\.getenv\()\s*["']([A-Z][A-Z0-9_]+)["']"""
)


def variables_read() -> set[str]:
    sources = [ROOT / "gunicorn.conf.py", *ROOT.glob("cms/**/*.py"), *ROOT.glob("search/**/*.py")]
    sources += [*ROOT.glob("home/**/*.py"), *ROOT.glob("offers/**/*.py")]
    return {name for path in sources for name in READS.findall(path.read_text())}


def test_every_environment_variable_the_code_reads_is_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    found = variables_read()

    assert {"DATABASE_URL", "SECRET_KEY", "ELASTICSEARCH_URL", "CACHE_URL"} <= found
    assert sorted(name for name in found if f"`{name}`" not in readme) == []
