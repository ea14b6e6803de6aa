"""A relation panel's entries rendered once per build (vb_rel_rows, vanban.mkdocs.templating.RelationRows):
the same characters as the panel's loop written inline, the root put back per page."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from vanban.dates import PartialDate
from vanban.mkdocs.templating import Theme, autoescaped, register

THEME = Path(__file__).resolve().parents[1] / "theme_overrides"
PANELS = "vanban/partials/relations.html"
ROW = "vanban/partials/rel_row.html"
CALL = "{{ vb_rel_rows(group, vb_root) }}"


@dataclass(frozen=True)
class Doc:
    url: str
    type: str
    number: str
    date: PartialDate | None
    issuer: str
    title: str
    held: bool
    label: str


def _inline() -> str:
    """The reference: relations.html with the macro's body written back into the loop it replaced."""
    row = (THEME / ROW).read_text("utf-8")
    head = "{% set r = e.document %}"
    body = row[row.index(head) + len(head):row.rindex("{% endmacro %}")]
    panels = (THEME / PANELS).read_text("utf-8")
    assert panels.count(CALL) == 1
    return panels.replace(CALL, "{% for e in group %}" + head + body + "{% endfor %}")


def _env(templates: dict[str, str]) -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.ChoiceLoader([jinja2.DictLoader(templates),
                                                         jinja2.FileSystemLoader(str(THEME))]),
                             autoescape=autoescaped)
    register(env, Theme((), ()))
    return env


def _vb() -> dict[str, Any]:
    cited = Doc("van-ban/2025/7-kh/", "Kế hoạch", "7/KH-UBND", PartialDate.parse("2025-03-07"),
                'Ủy ban nhân dân xã <b>Tân Hòa</b> & "X"', "tuyên truyền <i>“A”</i>", True, "Kế hoạch 7/KH-UBND")
    stub = Doc("van-ban/2024/3-nq/", "Nghị quyết", "", None, "", "về <b>", False, "Nghị quyết (chưa ghi số)")
    via = Doc("van-ban/2025/9-cv/", "Công văn", "9/CV", PartialDate.parse("2025-04"), "Xã", "v/v", True, "Công văn 9/CV")
    implements = [{"document": cited, "inferred": False, "via": None},
                  {"document": stub, "inferred": True, "via": via},
                  {"document": cited, "inferred": True, "via": None}]
    return {"relations": {"implements": implements, "mentioned_by": [implements[1], implements[0]],
                          "unsettled": [{"document": stub, "inferred": False, "via": None, "extra": 1}]},
            "relations_more": {"mentioned_by": {"count": 5, "url": "van-ban/7/nhac-den/"}},
            "relation_levels": {"implements": [("cấp tỉnh", implements[:2]), ("cấp xã", implements[2:])]}}


def test_relation_rows_equal_the_inline_loop_at_every_root() -> None:
    reference = _env({"vanban/inline.html": _inline()}).get_template("vanban/inline.html")
    env = _env({})
    panels = env.get_template(PANELS)
    vb = _vb()
    for root in ("../../..", ".", "", "a&b"):
        made = panels.render(vb=vb, vb_root=root)
        assert made == reference.render(vb=vb, vb_root=root)
        assert made.count("<li>") == 6
    assert '<a href="../../../van-ban/2025/9-cv/">Công văn 9/CV</a>' in panels.render(vb=vb, vb_root="../../..")
    assert "Ủy ban nhân dân xã &lt;b&gt;Tân Hòa&lt;/b&gt; &amp; &#34;X&#34;" in panels.render(vb=vb, vb_root=".")


def test_each_entry_rendered_once_per_build() -> None:
    env = _env({})
    calls: list[str] = []
    capitalised = env.filters["capitalised"]

    def counted(value: str | None) -> str:
        calls.append(value or "")
        return str(capitalised(value))

    env.filters["capitalised"] = counted
    panels = env.get_template(PANELS)
    vb = _vb()
    panels.render(vb=vb, vb_root="..")
    first = len(calls)
    panels.render(vb=vb, vb_root="../..")
    # again: only the panels' own level headings (two) and the entry of another shape (one) are rendered anew
    assert len(calls) - first == 3
    assert first == 3 + 3  # the three distinct entries of the shape (document, inferred, via), each once
