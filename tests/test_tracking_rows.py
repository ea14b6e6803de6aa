"""The task tables' rows written in Python (vanban.mkdocs.templating.task_rows) are the rows the template's Jinja
loop wrote, byte for byte: the loop is kept here as the reference, and both render the same rows (every
branch of each cell, text that must be escaped, the demo's and the tracking fixture's real rows)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
import pytest

from portal_fixture import portal_config
from vanban.build import build_site
from vanban.corpus import load_corpus
from vanban.dates import PartialDate
from vanban.mkdocs.templating import Theme, register, task_rows
from vanban.site import SiteConfig
from vanban.tracking.config import parse_settings
from vanban.tracking.pages import Row

ROOT = Path(__file__).resolve().parent.parent

# The loop partials/task_rows.html had before vb_task_rows (its whitespace included).
REFERENCE = """{% for r in rows %}
  <tr role="row" class="vb-track__row vb-track__row--{{ r.status }}"{% if r.due_iso and r.status in ("open", "overdue") %} data-vb-due="{{ r.due_iso }}" data-vb-status="{{ r.status }}"{% endif %}>
    <th role="rowheader" scope="row">{% if show_unit %}{% if r.unit_url %}<a href="{{ vb_root }}/{{ r.unit_url }}">{{ r.unit }}</a>{% else %}<strong>{{ r.unit }}</strong>{% endif %}{% if r.group %} <span class="vb-track__group">— thuộc “{{ r.group }}”</span>{% endif %}{% else %}<a href="{{ vb_root }}/{{ r.document.url }}">{{ r.document.label }}</a>{% endif %}
      <span class="vb-track__sub">{{ r.text }}{% if r.phrase %} “{{ r.phrase }}”{% endif %} — dòng {{ r.line }}</span></th>
    <td role="cell"><span class="vb-status vb-status--{{ r.status }}"><span aria-hidden="true">{{ r.mark }}</span> {{ r.status_label }}</span></td>
    <td role="cell"><span class="vb-track__label" aria-hidden="true">Hạn: </span>{% if r.due %}<time datetime="{{ r.due_iso }}">{{ r.due }}</time>{% if r.start %}, từ {{ r.start }}{% endif %}{% if r.recurring %} <span class="vb-track__rule">· kỳ {{ r.recurring }}</span>{% endif %}{% elif r.recurring %}định kỳ {{ r.recurring }} <em class="vb-missing">— chưa có lịch báo cáo</em>{% else %}<em class="vb-missing">không ghi hạn</em>{% endif %}</td>
    <td role="cell"><span class="vb-track__label" aria-hidden="true">Văn bản thực hiện: </span>{% for f in r.fulfilled %}<a href="{{ vb_root }}/{{ f.url }}">{{ f.label }}</a>{% if f.date %}, {{ f.date | vn_date }}{% endif %}{% if not loop.last %}; {% endif %}{% else %}<span class="vb-missing">chưa có văn bản</span>{% endfor %}{% if r.lag_days is not none %} — sau {{ r.lag_days }} ngày{% endif %}{% if r.successor %} <span class="vb-track__heir">— do cơ quan kế thừa {{ r.successor }}</span>{% endif %}</td>
  </tr>
  {% endfor %}"""


def _reference(rows: Any, show_unit: bool, root: str) -> str:
    env = jinja2.Environment(loader=jinja2.DictLoader({"vanban/ref.html": REFERENCE}))
    register(env, Theme((), ()))
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
    def __init__(self, url: str, label: str, date: PartialDate | None) -> None:
        self.url, self.label, self.date = url, label, date


def _made() -> list[Row]:
    """A row for every branch: unit link or none, group, phrase, start, recurring with and without a due
    day, several implementing documents with and without a date, a lag, a successor, text to escape."""
    doc = _Doc('van-ban/2025/1-kh/', 'Kế hoạch số 1/KH-UBND <"&\'>', PartialDate(2025, 3, 1))
    dated = _Doc("van-ban/2025/2-bc/", "Báo cáo số 2 & 3", PartialDate(2025, 4, None))
    undated = _Doc("van-ban/2025/3-kh/", "Kế hoạch <3>", None)
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
        {"text": "", "line": 1, "lag_days": -3, "successor": "<X>"},
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
