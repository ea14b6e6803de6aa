"""Shared fixtures: the demo site built once per session with the real ``mkdocs build``, served on 127.0.0.1.

Browser tests use Debian's Chromium (/usr/bin/chromium) through Playwright; they are skipped
with a reason when it is absent (``.ci/run`` installs it), never downloaded.
"""

from __future__ import annotations

import datetime as dt
import http.server
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
import yaml
from script_modules import load_script

from vanban.citations import Extraction, extract, reference
from vanban.deadlines import extract_deadlines
from vanban.importer import import_file
from vanban.tracking import reference as tracking_reference
from vanban.tracking import sentences as tracking_sentences
from vanban.tracking.tasks import assignments

ROOT = Path(__file__).resolve().parent.parent
# Every test build is a cold one (the build cache is on by default): a page kept from an earlier
# test's build would let a rendering test pass without rendering. tests/test_build_cache.py turns it on.
os.environ["VANBAN_CACHE_DIR"] = ""
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


# The citation tests of kinds of case: each runs on the fast extractor and on its plain reference.
Extractor = Callable[..., Extraction]


@pytest.fixture(params=[extract, reference.extract], ids=["fast", "reference"])
def extractor(request: pytest.FixtureRequest) -> Extractor:
    """Each test of a kind of case runs on the fast extractor and on its plain reference."""
    return request.param  # type: ignore[no-any-return]


def relations(extraction: Extraction) -> dict[str, str]:
    """Cited number → its relation."""
    return {c.number: c.relation for c in extraction.citations}


def own_number(extraction: Extraction) -> str | None:
    """The own number the extraction took (front matter or found in the text), or None."""
    return extraction.own.number if extraction.own is not None else None


def imported_fields(tmp_path: Path, text: str) -> dict[str, object]:
    """The front matter ``vanban import`` writes for *text* saved as a portal copy (``ban-sao.txt``)."""
    path = tmp_path / "ban-sao.txt"
    path.write_text(text, "utf-8")
    return import_file(path).fields


def imported_front(tmp_path: Path, text: str, form: str) -> dict[str, object]:
    """*text* written as a .txt, .html (one paragraph a line) or .docx copy, imported with ``vanban import``, the
    front matter it wrote read back (a clerk's three forms of one copy)."""
    from docx import Document

    from vanban.importer.command import run_import

    source = tmp_path / f"ban-sao.{form}"
    lines = text.split("\n")
    if form == "txt":
        source.write_text(text, "utf-8")
    elif form == "html":
        body = "".join(f"<p>{line}</p>" if line.strip() else "" for line in lines)
        source.write_text(f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>", "utf-8")
    else:
        document = Document()
        for line in lines:
            if line.strip():
                document.add_paragraph(line)
        document.save(str(source))
    run_import([str(source)], str(tmp_path / "content"), full=False)
    written = list((tmp_path / "content").rglob("*.md"))
    assert len(written) == 1
    return yaml.safe_load(written[0].read_text("utf-8").split("---\n")[1])  # type: ignore[no-any-return]


# The tracking tests of kinds of sentence: each runs on the fast sentence reader and on its plain reference
# (a module opts in with ``pytestmark = pytest.mark.usefixtures("sentence_reader")``).
@pytest.fixture(params=["fast", "reference"])
def sentence_reader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """The sentence reader under test: the reference stands in for the fast one wherever it is called."""
    if request.param == "reference":
        monkeypatch.setattr(tracking_sentences, "stated", tracking_reference.stated)
    return str(request.param)


def stated_tasks(body: str, doc_date: dt.date | None = None) -> list[tuple[str, str]]:
    """(unit as written, due) per assignment: an ISO date, "periodic", or "-"."""
    out = []
    for a in assignments(body, extract_deadlines(body, doc_date=doc_date)):
        d = a.deadline
        due = "-" if d is None else "periodic" if d.kind in ("periodic", "recurring_yearly") else \
            d.date.isoformat() if d.date else "-"
        out.append((a.head, due))
    return out


def run_mkdocs(config: Path, site_dir: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """The real ``mkdocs build``, as users run it."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(config), "-d", str(site_dir), *extra],
        capture_output=True, text=True, env=env, cwd=config.parent,
    )


def blank_pdf(pages: int = 1) -> bytes:
    """A real PDF of *pages* blank pages, nothing active in it: what an attachment test publishes."""
    import io

    import pikepdf

    pdf = pikepdf.new()
    for _ in range(pages):
        pdf.add_blank_page()
    out = io.BytesIO()
    pdf.save(out, force_version="1.4", deterministic_id=True)
    return out.getvalue()


def portal_project(root: Path) -> Path:
    """*root* with the portal's mkdocs.yml and templates, ready for a content/ of the test's own."""
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(ROOT / "theme_overrides", root / "theme_overrides")
    return root


def lenient_site(root: Path, pages: Mapping[str, str]) -> tuple[Path, str]:
    """*pages* (file name -> text) under root/content/van-ban, built once without --strict (a site that publishes
    with warnings, as an import's doubts leave it): the site folder and the build's messages."""
    portal_project(root)
    content = root / "content" / "van-ban"
    content.mkdir(parents=True)
    for name, text in pages.items():
        (content / name).write_text(text, "utf-8")
    result = run_mkdocs(root / "mkdocs.yml", root / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    return root / "site", result.stdout + result.stderr


def markdown_page(front: Mapping[str, Any], body: str) -> str:
    """A content file: *front* as YAML front matter (JSON values, which YAML reads), then *body*."""
    lines = ["---"] + [f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in front.items()] + ["---", "", body, ""]
    return "\n".join(lines)


def district_units(district: str, offices: list[str], communes: list[str], as_of: str = "2026-03-01") -> str:
    """A ``units:`` block (for :func:`portal_with_units`) of one district, its offices and its communes, as of *as_of*."""
    rows = [f"{{name: {district}, level: huyện}}"] + [f"{{name: {o}, level: huyện, parent: {district}}}" for o in offices] \
        + [f"{{name: {c}, level: xã, parent: {district}}}" for c in communes]
    return "      units:\n" + "".join(f"        - {r}\n" for r in rows) + f"      as_of: {as_of}\n"


def portal_with_units(root: Path, units_yaml: str, pages: Mapping[str, str]) -> Path:
    """The portal's config with its ``units:`` block replaced by *units_yaml*, over *pages* (file name under
    content/van-ban/ → its Markdown), built with the real ``mkdocs build``: returns the site folder."""
    portal_project(root)
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    start, end = config.index("      units:\n"), config.index("      units_ignore:")
    (root / "mkdocs.yml").write_text(config[:start] + units_yaml + config[end:], encoding="utf-8")
    for name, text in pages.items():
        path = root / "content" / "van-ban" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (root / "content" / "index.md").write_text("# Thử\n", encoding="utf-8")
    site = root / "site"
    result = run_mkdocs(root / "mkdocs.yml", site)
    assert result.returncode == 0, result.stdout + result.stderr
    return site


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo portal built strictly from content/."""
    site_dir = tmp_path_factory.mktemp("site")
    result = run_mkdocs(ROOT / "mkdocs.yml", site_dir, "--strict")
    assert result.returncode == 0, result.stdout + result.stderr
    return site_dir


# The server Lighthouse measures against (127.0.0.1, a free port, gzip as a real web server):
# the browser tests meet the site the same way.
serve: Callable[[Path], tuple[http.server.ThreadingHTTPServer, str]] = load_script("lighthouse").serve


def served_pages(root: Path, pages: Mapping[str, str]) -> Iterator[str]:
    """A site of the portal's config and templates over *pages* (file name under content/van-ban/ → its Markdown),
    built with the real ``mkdocs build`` and served on 127.0.0.1: yields the base URL, then stops and removes it."""
    content = root / "content" / "van-ban"
    content.mkdir(parents=True)
    for name, text in pages.items():
        (content / name).write_text(text, encoding="utf-8")
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config["docs_dir"] = str(root / "content")
    config["theme"]["custom_dir"] = str(ROOT / "theme_overrides")
    config.pop("nav", None)
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    result = run_mkdocs(root / "mkdocs.yml", root / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    server, url = serve(root / "site")
    yield url
    server.shutdown()
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """Base URL of the demo site served on 127.0.0.1."""
    server, url = serve(built_site)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists() or shutil.which("chromium") is None:
        pytest.skip("Chromium không có ở /usr/bin/chromium: chạy bash .ci/run (cài gói chromium của Debian)")
    import playwright.sync_api as playwright  # installed by .ci/run (pyproject.toml [test])
    with playwright.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    """A 360×800 phone page that refuses, and records, every request leaving 127.0.0.1."""
    context = browser.new_context(viewport={"width": 360, "height": 800})
    page = context.new_page()
    page.external_requests = []

    def guard(route: Any) -> None:
        url = route.request.url
        if url.startswith(("http://127.0.0.1", "data:", "blob:", "about:")):
            route.continue_()
        else:
            page.external_requests.append(url)
            route.abort()

    context.route("**/*", guard)
    yield page
    context.close()
