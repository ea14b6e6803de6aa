"""Date order of related documents (issue 18, item 5): chains, cascades and implementer panels."""

from __future__ import annotations

import gc
import re
from pathlib import Path

from vanban.dates import PartialDate
from vanban.documents import Document
from vanban.graph import Edge, Graph
from vanban.order import by_level, in_date_order
from vanban.relations import cascade


def doc(number: str, date: str | None, issuer: str = "Ban Thường vụ Tỉnh ủy") -> Document:
    return Document(source=f"{number}.md", number=number, type="Kế hoạch", issuer=issuer, title="t",
                    date=PartialDate.parse(date) if date else None, slug=number.replace("/", "-"))


def graph_of(docs: list[Document], implements: list[tuple[str, str]]) -> tuple[Graph, dict[str, str]]:
    graph = Graph(documents={d.id: d for d in docs})
    ids = {d.number: d.id for d in docs}
    for child, parent in implements:
        graph.add(Edge(ids[child], ids[parent], "implements"))
    return graph, ids


def order(graph: Graph, ids: dict[str, str]) -> list[str]:
    back = {v: k for k, v in ids.items()}
    return [back[i] for i in in_date_order(graph, list(ids.values())[::-1])]


def test_a_month_only_letter_comes_after_the_dated_one_it_implements() -> None:
    graph, ids = graph_of([doc("1/A", "2025-02-14"), doc("2/B", "2025-02"), doc("3/C", "2025-02-10"),
                           doc("4/D", "2025-02-20")], [("2/B", "1/A")])
    assert order(graph, ids) == ["3/C", "1/A", "2/B", "4/D"]


def test_what_is_known_only_moves_a_date_inside_its_own_period() -> None:
    # 2/B (February) cannot come after a March parent: its own month wins, nothing is guessed.
    graph, ids = graph_of([doc("1/A", "2025-03-05"), doc("2/B", "2025-02"), doc("3/C", "2025-02-27")],
                          [("2/B", "1/A")])
    assert order(graph, ids) == ["2/B", "3/C", "1/A"]
    # A year-only document after its 2025 parent; a complete date is never moved.
    graph, ids = graph_of([doc("1/A", "2025-06-01"), doc("2/B", "2025"), doc("3/C", "2025-05-01"),
                           doc("4/D", "2025-06-01")], [("2/B", "1/A"), ("4/D", "1/A"), ("3/C", "1/A")])
    assert order(graph, ids) == ["3/C", "1/A", "4/D", "2/B"]


def test_same_day_parent_first_undated_last_and_cycles_end() -> None:
    graph, ids = graph_of([doc("2/B", "2025-02-14"), doc("1/A", "2025-02-14"), doc("9/Z", None),
                           doc("5/E", "2025-01")], [("2/B", "1/A"), ("9/Z", "5/E"), ("5/E", "9/Z")])
    assert order(graph, ids) == ["5/E", "1/A", "2/B", "9/Z"]


def test_implementers_grouped_by_level_in_given_order() -> None:
    docs = [doc("1/X", "2025-01-01", "UBND xã Hòa Tiến"), doc("2/T", "2025-01-02", "Tỉnh ủy Quảng Nam"),
            doc("3/H", "2025-01-03", "Huyện ủy Đại Lộc"), doc("4/T", "2025-01-04", "Ban Tuyên giáo Tỉnh ủy"),
            doc("5/?", "2025-01-05", "Liên đoàn Lao động"), doc("6/W", "2025-01-06", "Ban Bí thư Trung ương Đảng")]
    assert [(label, [d.number for d in group]) for label, group in by_level(docs)] == [
        ("Trung ương", ["6/W"]), ("cấp tỉnh", ["2/T", "4/T"]), ("cấp huyện", ["3/H"]), ("cấp xã", ["1/X"]),
        ("Chưa rõ cấp ban hành", ["5/?"])]


def section(built_site: Path, url: str, css: str) -> str:
    html = (built_site / url / "index.html").read_text(encoding="utf-8")
    match = re.search(rf'<section class="vb-panel {css}".*?</section>', html, re.S)
    assert match, (url, css)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", match.group(0)))


def test_demo_chain_and_cascade_in_date_order(built_site: Path) -> None:
    chain = section(built_site, "van-ban/2025/300-ldld", "vb-chain")
    assert chain.index("57-NQ/TW") < chain.index("1051/LĐLĐ") < chain.index("300/LĐLĐ")
    cascade = section(built_site, "van-ban/2024/57-nq-tw", "vb-cascade")
    # 300/LĐLĐ (tháng 02/2025) implements 1051/LĐLĐ (14/02/2025): after it, before 19/02/2025.
    assert cascade.index("1051/LĐLĐ") < cascade.index("300/LĐLĐ") < cascade.index("92-HD/BTGTU")
    assert cascade.index("142-HD/BTGTU") < cascade.index("164-HD/BTGTU") < cascade.index("224-KH/TU")


def test_demo_implementers_by_level_then_newest_first(built_site: Path) -> None:
    panel = section(built_site, "van-ban/2024/57-nq-tw", "vb-rel vb-rel--implemented_by")
    names = ["Trung ương", "Cấp tỉnh", "Cấp huyện", "Cấp xã", "Chưa rõ cấp ban hành"]
    levels = re.findall(r"(Trung ương|Cấp tỉnh|Cấp huyện|Cấp xã|Chưa rõ cấp ban hành) \(\d+\)", panel)
    assert len(levels) >= 3 and levels == sorted(levels, key=names.index)
    html = (built_site / "van-ban/2024/57-nq-tw/index.html").read_text(encoding="utf-8")
    block = html.split('class="vb-panel vb-rel vb-rel--implemented_by"')[1].split("</section>")[0]
    for group in block.split('class="vb-rel__level"')[1:]:
        days = [(int(y), int(m), int(d)) for d, m, y in re.findall(r"</a>, ngày (\d\d)/(\d\d)/(\d{4})", group)]
        assert days == sorted(days, reverse=True), group


def test_newest_first_keeps_placement_and_undated_last() -> None:
    graph, ids = graph_of([doc("1/A", "2025-02-14"), doc("2/B", "2025-02"), doc("9/Z", None), doc("3/C", "2025-02-10")],
                          [("2/B", "1/A")])
    back = {v: k for k, v in ids.items()}
    assert [back[i] for i in in_date_order(graph, ids.values(), newest_first=True)] == ["2/B", "1/A", "3/C", "9/Z"]


def test_ordering_and_cascades_leave_no_garbage_cycles() -> None:
    # A self-calling closure is a cycle: 12,630 of them at 1,000 documents waited for the cycle
    # collector and raised a cold build's peak memory by 8 MB.
    graph, ids = graph_of([doc("1/A", "2025-02-14"), doc("2/B", "2025-02"), doc("3/C", "2025-03-01")],
                          [("2/B", "1/A"), ("3/C", "2/B")])
    gc.collect()
    gc.disable()
    try:
        in_date_order(graph, ids.values())
        drawn = cascade(graph, ids["2/B"])
        assert gc.collect() == 0
    finally:
        gc.enable()
    assert [d.number for level in drawn["levels"] for d in level] == ["1/A"]  # type: ignore[attr-defined]
