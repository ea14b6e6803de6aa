"""The task tables' rows written in Python (vanban.mkdocs.task_tables.task_rows) are the rows the template's Jinja
loop wrote, byte for byte: the loop is kept here as the reference, and both render the same rows (every
branch of each cell, text that must be escaped, the demo's and the tracking fixture's real rows). Likewise the
whole panel (task_panel, vb_panel): partials/tracking.html as it was is kept here and renders the same markup; and
the rows of /theo-doi/'s listings (SummaryRows), whose loops are kept here too."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import Any

import jinja2
import pytest

from portal_fixture import portal_config
from vanban.build import build_site
from vanban.corpus import load_corpus
from vanban.dates import PartialDate
from vanban.mkdocs.task_tables import (
    SummaryRows,
    WrittenPanel,
    shortened,
    task_panel,
    task_rows,
    vb_panel,
    written_panels,
)
from vanban.mkdocs.templating import Rows, Theme, register
from vanban.site import SiteConfig
from vanban.tracking.config import parse_settings
from vanban.tracking.pages import Panel, Row

ROOT = Path(__file__).resolve().parent.parent

# The loop partials/task_rows.html had before vb_task_rows (its whitespace included).
REFERENCE = """{% for r in rows %}
  <tr role="row" class="vb-track__row vb-track__row--{{ r.status }}"{% if r.due_iso and r.status in ("open", "overdue") %} data-vb-due="{{ r.due_iso }}" data-vb-status="{{ r.status }}"{% endif %}>
    <th role="rowheader" scope="row">{% if show_unit %}{% if r.unit_url %}<a href="{{ vb_root }}/{{ r.unit_url }}">{{ r.unit }}</a>{% else %}<strong>{{ r.unit }}</strong>{% endif %}{% if r.group %} <span class="vb-track__group">— thuộc “{{ r.group }}”</span>{% endif %}{% else %}<a href="{{ vb_root }}/{{ r.document.url }}">{{ r.document.label }}{% if r.document.title %}: {{ r.document.title | shortened }}{% endif %}</a>{% if r.document.unverified %} <span class="vb-badge vb-badge--unverified">chưa đối chiếu<span class="vb-visually-hidden">: {{ r.document.unverified_names }} do máy đọc</span></span>{% endif %}{% endif %}
      <span class="vb-track__sub">{{ r.text }}{% if r.phrase %} “{{ r.phrase }}”{% endif %} — dòng {{ r.line }}</span></th>
    <td role="cell"><span class="vb-status vb-status--{{ r.status }}"><span aria-hidden="true">{{ r.mark }}</span> {{ r.status_label }}</span></td>
    <td role="cell"><span class="vb-track__label" aria-hidden="true">Hạn: </span>{% if r.due %}<time datetime="{{ r.due_iso }}">{{ r.due }}</time>{% if r.start %}, từ {{ r.start }}{% endif %}{% if r.recurring %} <span class="vb-track__rule">· kỳ {{ r.recurring }}</span>{% endif %}{% elif r.recurring %}định kỳ {{ r.recurring }} <em class="vb-missing">— chưa có lịch báo cáo</em>{% else %}<em class="vb-missing">không ghi hạn</em>{% endif %}</td>
    <td role="cell"><span class="vb-track__label" aria-hidden="true">Văn bản thực hiện: </span>{% for f in r.fulfilled %}<a href="{{ vb_root }}/{{ f.url }}">{{ f.label }}</a>{% if f.unverified %} <span class="vb-badge vb-badge--unverified">chưa đối chiếu<span class="vb-visually-hidden">: {{ f.unverified_names }} do máy đọc</span></span>{% endif %}{% if f.date %}, {{ f.date | vn_date }}{% endif %}{% if not loop.last %}; {% endif %}{% else %}<span class="vb-missing">chưa có văn bản</span>{% endfor %}{% if r.lag_days is not none %} — sau {{ r.lag_days }} ngày{% endif %}{% if r.successor %} <span class="vb-track__heir">— do cơ quan kế thừa {{ r.successor }}</span>{% endif %}</td>
  </tr>
  {% endfor %}"""


def _reference(rows: Any, show_unit: bool, root: str) -> str:
    env = jinja2.Environment(loader=jinja2.DictLoader({"vanban/ref.html": REFERENCE}))
    register(env, Theme((), ()))
    env.filters["shortened"] = shortened
    return env.get_template("vanban/ref.html").render(rows=rows, show_unit=show_unit, vb_root=root)


def _site_rows(root: Path, units: list[dict[str, Any]] | None = None) -> list[Row]:
    corpus = load_corpus(root)
    settings = parse_settings({"units": units} if units else {})
    site = build_site(corpus, SiteConfig(site_name="T", site_url="https://x.example.vn/", portal=portal_config(), tracking=settings)).site
    rows: list[Row] = []
    for page in site.pages.values():
        panel = page.data.get("tracking")
        rows += list(getattr(panel, "rows", ()) or ())
        rows += [r for r in page.data.get("rows", ()) if isinstance(r, Row)]
    return rows


class _Doc:
    def __init__(self, url: str, label: str, date: PartialDate | None, title: str = "", unverified_names: str = "") -> None:
        self.url, self.label, self.date, self.title = url, label, date, title
        self.unverified, self.unverified_names = tuple(unverified_names.split(", ") if unverified_names else ()), unverified_names


def _made() -> list[Row]:
    """A row for every branch: unit link or none, group, phrase, start, recurring with and without a due
    day, several implementing documents with and without a date, a lag, a successor, text to escape."""
    doc = _Doc('van-ban/2025/1-kh/', 'Kế hoạch số 1/KH-UBND <"&\'>', PartialDate(2025, 3, 1),
               "triển khai <Nghị quyết> & kế hoạch \"số 5\" về chuyển đổi số, cải cách hành chính trên địa bàn xã năm 2025")
    untitled = _Doc("van-ban/chua-ro-nam/kh/", "Kế hoạch (chưa ghi số)", None)
    dated = _Doc("van-ban/2025/2-bc/", "Báo cáo số 2 & 3", PartialDate(2025, 4, None))
    undated = _Doc("van-ban/2025/3-kh/", "Kế hoạch <3>", None)
    doubted = _Doc("van-ban/2025/4-kh/", "Kế hoạch số 4", PartialDate(2025, 5, 2), "", "cơ quan ban hành, <ngày> & số")
    base: dict[str, Any] = dict(unit="UBND xã A & B", unit_url="don-vi/ubnd-xa-a/", text='Báo cáo "kết quả" <ngay>',
                                due="10/03/2025", due_iso="2025-03-10", start="", recurring=None, phrase="trước 10/3",
                                line=12, status="open", status_label="Chưa đến hạn", mark="…", fulfilled=(),
                                lag_days=None, group=None, successor=None, document=doc)
    variants: list[dict[str, Any]] = [
        {}, {"status": "overdue"}, {"status": "done", "fulfilled": (dated,), "lag_days": 31},
        {"unit_url": None, "group": "UBND các xã, phường", "phrase": ""},
        {"start": "01/05/2025", "recurring": "hằng quý", "status": "late", "fulfilled": (dated, undated, dated),
         "lag_days": 0, "successor": "UBND xã C"},
        {"due": "", "due_iso": "", "recurring": "6 tháng"}, {"due": "", "due_iso": "", "status": "overdue"},
        {"text": "", "line": 1, "lag_days": -3, "successor": "<X>"}, {"document": untitled},
        {"document": doubted, "status": "done", "fulfilled": (undated, doubted), "lag_days": 2},  # unverified: marked
    ]
    return [Row(**{**base, **v}) for v in variants]


ROWS = {"made": _made, "demo": lambda: _site_rows(ROOT / "content"),
        "fixture": lambda: _site_rows(ROOT / "tests" / "fixtures" / "tracking" / "content")}


@pytest.mark.parametrize("kind", sorted(ROWS))
@pytest.mark.parametrize("show_unit", [True, False])
@pytest.mark.parametrize("root", ["..", "../../..", ".", "a&b"])
def test_the_python_rows_are_the_template_rows(kind: str, show_unit: bool, root: str) -> None:
    rows = ROWS[kind]()
    assert rows
    assert str(task_rows(rows, show_unit, root)) == _reference(rows, show_unit, root)
    assert str(task_rows([], show_unit, root)) == _reference([], show_unit, root) == ""


# partials/tracking.html before vb_panel (its whitespace included); it includes partials/task_rows.html.
REFERENCE_PANEL = """{#- comment -#}
{% set t = vb.tracking %}
{% if t %}
<section class="vb-panel vb-track" aria-labelledby="vb-track-h">
  <h2 id="vb-track-h">Tình hình triển khai</h2>
  {% if t.heirs %}<p class="vb-track__heirs">Cơ quan kế thừa: {% for h in t.heirs %}{{ h.name }}{% if h.date %}, từ {{ h.date }}{% endif %}{% if not loop.last %}; {% endif %}{% endfor %}.</p>{% endif %}
  {% if t.rows %}
  <p class="vb-count">Tính đến ngày {{ t.as_of }}: {{ vb_counts_said(t.counts) }}.</p>
  {% if t.note %}<p class="vb-track__note">{{ t.note }}</p>{% endif %}
  {% for g in t.groups %}<p class="vb-track__note">“{{ g.written }}”: văn bản ghi {{ g.stated }} đơn vị, trang này theo dõi {{ g.followed }}.</p>{% endfor %}
  {% set rows = t.rows %}{% set show_unit = true %}{% set recheck = t.recheck %}
  {% include "vanban/partials/task_rows.html" %}
  {% if t.reporting_source and t.rows | selectattr('recurring') | list %}<p class="vb-track__note">Hạn báo cáo định kỳ theo lịch: {{ t.reporting_source }}.</p>{% endif %}
  <p class="vb-track__note"><a href="{{ vb_root }}/theo-doi/">Theo dõi triển khai tất cả văn bản</a></p>
  {% endif %}
</section>
{% endif %}
"""
PARTIALS = ROOT / "theme_overrides" / "vanban" / "partials"


def _render(partial: str, panel: Any, root: str) -> str:
    """*partial* (partials/tracking.html's text) included in a page, as document.html includes it."""
    env = jinja2.Environment(loader=jinja2.DictLoader({
        "vanban/page.html": '<main>{% include "vanban/partials/tracking.html" %}</main>',
        "vanban/partials/tracking.html": partial,
        "vanban/partials/task_rows.html": (PARTIALS / "task_rows.html").read_text(encoding="utf-8")}))
    register(env, Theme((), ()))
    return env.get_template("vanban/page.html").render(vb={"tracking": panel}, vb_root=root)


def _site_panels(root: Path) -> list[Panel]:
    corpus = load_corpus(root)
    site = build_site(corpus, SiteConfig(site_name="T", site_url="https://x.example.vn/", portal=portal_config(),
                                         tracking=parse_settings({}))).site
    return [p for page in site.pages.values() if isinstance(p := page.data.get("tracking"), Panel)]


def _made_panels() -> list[Panel]:
    """A panel for every branch: heirs (one, several, with and without a date) with and without rows, a note,
    groups, no re-check, a reporting calendar, text to escape."""
    rows = tuple(_made())
    recheck = {"as_of": "2025-06-01", "open": "Chưa đến hạn", "overdue": "Quá <hạn>", "mark_open": "…", "mark_overdue": "✗"}
    base: dict[str, Any] = dict(as_of="01/06/2025", recheck=recheck, reporting_source=None, heirs=(), groups=(),
                                rows=rows, counts={"done": 1, "late": 2, "overdue": 3, "open": 4, "no_due": 0, "not_followed": 0, "total": 10}, note="")
    variants: list[dict[str, Any]] = [
        {}, {"recheck": None}, {"reporting_source": 'Quy chế "báo cáo" <2025> & phụ lục'},
        {"reporting_source": "Quy chế báo cáo", "rows": tuple(r for r in rows if not r.recurring)},  # no periodic row
        {"note": "Văn bản không ghi ngày <ban hành>", "groups": ({"written": "UBND 25 phường, xã & <thị trấn>", "stated": 25,
                                                                  "followed": 3}, {"written": "các xã", "stated": 2, "followed": 1})},
        {"heirs": ({"name": "UBND xã A & B", "date": "01/07/2025"},)},
        {"heirs": ({"name": "UBND xã A", "date": ""}, {"name": "<Xã> C", "date": "01/07/2025"}), "rows": (), "counts": None},
        {"rows": (), "counts": None, "recheck": None},
    ]
    return [Panel(**{**base, **v}) for v in variants]


PANELS = {"made": _made_panels, "demo": lambda: _site_panels(ROOT / "content"),
          "fixture": lambda: _site_panels(ROOT / "tests" / "fixtures" / "tracking" / "content")}


@pytest.mark.parametrize("kind", sorted(PANELS))
@pytest.mark.parametrize("root", ["..", "../../..", "a&b"])
def test_the_python_panel_is_the_template_panel(kind: str, root: str) -> None:
    panels = PANELS[kind]()
    assert panels
    partial = (PARTIALS / "tracking.html").read_text(encoding="utf-8")
    for panel in panels:
        expected = _render(REFERENCE_PANEL, panel, root)
        assert "vb-track" in expected
        assert _render(partial, task_panel(panel), root) == expected  # written before the pages are keyed
        assert _render(partial, panel, root) == expected  # or when the page is rendered
        assert Rows.ROOT not in expected
    assert _render(partial, None, "..") == _render(REFERENCE_PANEL, None, "..")


def test_panels_are_written_once_before_keying() -> None:
    class Spec:
        def __init__(self, data: dict[str, Any]) -> None:
            self.data = data

    panel = _made_panels()[0]
    specs = [Spec({"tracking": panel}), Spec({"kind": "listing"})]
    written_panels(specs)
    first = specs[0].data["tracking"]
    # keyed by the digest of its string, written again when its page is rendered
    assert isinstance(first, WrittenPanel) and first.panel is panel
    assert first == hashlib.blake2b(task_panel(panel).encode(), digest_size=20).hexdigest()
    assert vb_panel(first, "..") == vb_panel(task_panel(panel), "..") == vb_panel(panel, "..")
    written_panels(specs)  # again (mkdocs serve): left as it is
    assert specs[0].data["tracking"] is first and "tracking" not in specs[1].data


# The loops of vanban/tracking.html and vanban/tracking_issuers.html before vb_summary_rows and vb_issuer_rows.
REFERENCE_SUMMARY = {False: """{% for r in rows %}{% set d = r.document %}
  <tr role="row"><th role="rowheader" scope="row"><a href="{{ vb_root }}/{{ d.url }}">{{ d.label }}{% if d.title %}: {{ d.title | shortened }}{% endif %}</a><span class="vb-track__sub">{{ d.issuer }}{% if d.unverified %} <span class="vb-badge vb-badge--unverified">chưa đối chiếu<span class="vb-visually-hidden">: {{ d.unverified_names }} do máy đọc</span></span>{% endif %} · {{ d.date | vn_date }}</span><span class="vb-track__label" aria-hidden="true">{{ r.counts.total }} nhiệm vụ: </span></th>
    {% for k, words in [("overdue", "quá hạn"), ("open", "chưa đến hạn"), ("late", "trễ hạn"), ("done", "đã thực hiện"), ("no_due", "chưa thấy văn bản thực hiện (không ghi hạn)"), ("not_followed", "không theo dõi qua văn bản")] %}<td role="cell" class="vb-n vb-n--{{ k }}{% if not r.counts[k] %} vb-n0{% endif %}">{{ r.counts[k] }}<span class="vb-track__label" aria-hidden="true"> {{ words }}</span></td>{% endfor %}</tr>
  {% endfor %}""", True: """{% for r in rows %}{% set d = r.document %}<li><a href="{{ vb_root }}/{{ d.url }}">{{ d.label }}{% if d.title %}: {{ d.title | shortened }}{% endif %}</a>{% if d.unverified %} <span class="vb-badge vb-badge--unverified">chưa đối chiếu<span class="vb-visually-hidden">: {{ d.unverified_names }} do máy đọc</span></span>{% endif %} · {{ d.date | vn_date }} · {{ r.counts.total }} nhiệm vụ: {{ vb_counts_held(r.counts) }}</li>{% endfor %}"""}


def _summary_entries(root: Path) -> list[dict[str, Any]]:
    corpus = load_corpus(root)
    site = build_site(corpus, SiteConfig(site_name="T", site_url="https://x.example.vn/", portal=portal_config(),
                                         tracking=parse_settings({}))).site
    entries: list[dict[str, Any]] = []
    for page in site.pages.values():
        if page.data.get("kind") == "tracking":
            for r in page.data.get("rows", ()):
                entries += r.get("rows", [r])  # the issuers' sections hold their entries
    return entries


class _Issued(_Doc):
    def __init__(self, url: str, label: str, date: PartialDate | None, issuer: str, title: str = "",
                 unverified_names: str = "") -> None:
        super().__init__(url, label, date, title, unverified_names)
        self.issuer = issuer


def _made_entries() -> list[dict[str, Any]]:
    counts = {"done": 1, "late": 0, "overdue": 12, "open": 3, "no_due": 2, "not_followed": 0, "total": 18}
    return [{"document": _Issued("van-ban/2025/1-kh/", 'Kế hoạch số 1/KH-UBND <"&\'>', PartialDate(2025, 3, 1), "UBND xã A & B",
                                 "về việc <b>tổ chức</b> & kiểm tra, đôn đốc việc thực hiện kế hoạch của các xã, phường năm 2025"),
             "counts": counts},
            {"document": _Issued("van-ban/x/", "Báo cáo", PartialDate(2025, 4, None), "<Huyện ủy>", "",
                                 "cơ quan ban hành, <trích yếu> & số"), "counts": counts},
            {"document": _Issued("van-ban/y/", "Kế hoạch", None, ""), "counts": dict.fromkeys(counts, 0)}]


ENTRIES = {"made": _made_entries, "demo": lambda: _summary_entries(ROOT / "content"),
           "fixture": lambda: _summary_entries(ROOT / "tests" / "fixtures" / "tracking" / "content")}


@pytest.mark.parametrize("kind", sorted(ENTRIES))
@pytest.mark.parametrize("item", [False, True])
@pytest.mark.parametrize("root", ["..", "../../..", "a&b"])
def test_the_python_summary_rows_are_the_template_rows(kind: str, item: bool, root: str) -> None:
    entries = ENTRIES[kind]()
    assert entries
    env = jinja2.Environment(loader=jinja2.DictLoader({"vanban/ref.html": REFERENCE_SUMMARY[item]}))
    register(env, Theme((), ()))
    env.filters["shortened"] = shortened
    expected = env.get_template("vanban/ref.html").render(rows=entries, vb_root=root)
    write = SummaryRows(item)
    assert str(write(entries, root)) == expected
    assert str(write(entries, root)) == expected  # again, from what it wrote once
    assert str(write([], root)) == ""


@pytest.mark.parametrize("item", [False, True])
def test_written_rows_are_held_small(item: bool) -> None:
    """A build holds every written row through the rest of its rendering, its peak of memory: as UTF-8,
    which a row's Vietnamese letters do not double as they do a str's every character."""
    entries = ENTRIES["demo"]()
    write = SummaryRows(item)
    write(entries, "")
    held = [row for _, row in write.rendered.values()]
    as_text = [row.decode() if isinstance(row, bytes) else row for row in held]
    assert sum(map(sys.getsizeof, held)) < 0.7 * sum(map(sys.getsizeof, as_text))  # 0.55 here (1.0 as str)
