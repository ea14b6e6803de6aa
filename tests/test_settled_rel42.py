"""A relation the text does not settle (vanban.citations.settledness): published as related, never as carried out.

Principle 2: "when the text does not settle … what relation it has, warn at the line and say so on the page; never
invent a relation".  Through the public API: ``vanban refs`` JSON, the graph and documents.json, the note at the line,
front matter settling it, tracking, and the demo's page.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from portal_fixture import portal_config
from vanban.build import build_site
from vanban.citations import IMPLEMENTS, MENTIONS, extract
from vanban.corpus import Corpus, assign_slugs, load_corpus, parse_text
from vanban.graph import Graph
from vanban.refs import refs_report
from vanban.site import SiteConfig
from vanban.tracking.config import parse_settings

ROOT = Path(__file__).resolve().parent.parent

# A duty to weave the goals a plan set into propaganda (from the demo's Tam Kỳ plan, line 48): the rules read the plan
# as mentioned ("được đề ra trong"), the words around it as carried out — a careful reader could say either
UNSETTLED = (
    "Ủy ban nhân dân huyện xây dựng kế hoạch chuyển đổi số năm 2025.\n\n"
    "1. Lồng ghép tuyên truyền việc thực hiện nội dung các mục tiêu, nhiệm vụ và giải pháp trọng tâm được đề ra trong"
    " Kế hoạch số 10-KH/HU, ngày 01/02/2025 của Ban Thường vụ Huyện ủy về chuyển đổi số trên địa bàn huyện."
)
SETTLED = (
    "Thực hiện Kế hoạch số 10-KH/HU ngày 01/02/2025 của Ban Thường vụ Huyện ủy về thực hiện chuyển đổi số trên địa"
    " bàn huyện năm 2025, UBND huyện ban hành Kế hoạch như sau."
)
PLAN = {"number": "10-KH/HU", "type": "Kế hoạch", "issuer": "Ban Thường vụ Huyện ủy", "date": "2025-02-01",
        "title": "Chuyển đổi số trên địa bàn huyện năm 2025"}


def page(front: dict[str, object], body: str) -> str:
    lines = ["---"] + [f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in front.items()] + ["---", "", body, ""]
    return "\n".join(lines)


def citer(body: str, **extra: object) -> str:
    return page({"number": "05/KH-UBND", "type": "Kế hoạch", "issuer": "Ủy ban nhân dân huyện", "date": "2025-03-05",
                 "title": "Kế hoạch chuyển đổi số năm 2025", **extra}, body)


def test_the_extractor_marks_the_unsettled_relation_and_keeps_the_rules_guess() -> None:
    title = "Kế hoạch chuyển đổi số năm 2025"
    [unsure] = extract(UNSETTLED, own_number="05/KH-UBND", title=title).citations
    [sure] = extract(SETTLED, own_number="05/KH-UBND", title=title).citations
    assert (unsure.number, unsure.relation, unsure.settled) == ("10-KH/HU", MENTIONS, False)
    assert (sure.number, sure.relation, sure.settled) == ("10-KH/HU", IMPLEMENTS, True)
    # named in the title (front matter): carried out, settled, whatever the body's words
    [titled] = extract(UNSETTLED, own_number="05/KH-UBND", title="Thực hiện Kế hoạch số 10-KH/HU").citations
    assert (titled.relation, titled.settled) == (IMPLEMENTS, True)


def test_refs_json_shows_the_state(tmp_path: Path) -> None:
    unsure, sure = tmp_path / "a.md", tmp_path / "b.md"
    unsure.write_text(citer(UNSETTLED), encoding="utf-8")
    sure.write_text(citer(SETTLED), encoding="utf-8")
    [a, b] = refs_report([unsure, sure])
    assert [(c["number"], c["relation"], c["settled"], c["line"]) for c in a["citations"]] == [
        ("10-KH/HU", MENTIONS, False, 11)]
    assert [(c["number"], c["relation"], c["settled"]) for c in b["citations"]] == [("10-KH/HU", IMPLEMENTS, True)]


def built(*pages: str) -> tuple[Graph, list[str], dict[str, dict[str, object]]]:
    parsed = []
    for i, text in enumerate(pages):
        doc, problems = parse_text(f"d{i}.md", text)
        assert doc is not None and not [p for p in problems if p.severity.value == "error"], problems
        parsed.append(doc)
    corpus = Corpus(root=Path("."), documents=assign_slugs(parsed), files_seen=len(parsed))
    result = build_site(corpus, SiteConfig(), check_only=True)
    records = {r["number"]: r for r in result.linked.records.values()}
    return result.linked.graph, [p.format() for p in result.site.problems], records


def test_an_unsettled_citation_is_related_not_implements_with_a_note_at_its_line() -> None:
    graph, problems, records = built(page(PLAN, "Kế hoạch của Huyện ủy."), citer(UNSETTLED))
    plan, own = records["10-KH/HU"], records["05/KH-UBND"]
    assert own["implements"] == [] and own["mentions"] == [] and own["unsettled"] == [plan["id"]]
    assert plan["implemented_by"] == [] and plan["unsettled_by"] == [own["id"]]
    own_id = str(own["id"])
    assert graph.targets(own_id, "implements") == [] and graph.targets(own_id, "mentions") == []
    assert [(e.target, e.line) for e in graph.targets(own_id, "unsettled")] == [(plan["id"], 11)]
    assert problems == [
        "d1.md:11: trích dẫn: (ghi chú) câu này chưa cho biết văn bản thực hiện hay chỉ nhắc đến Kế hoạch 10-KH/HU:"
        " trang văn bản ghi là “Liên quan: chưa rõ là thực hiện hay chỉ dẫn chiếu” và không tính là đã thực hiện"
        " — nếu là thực hiện, viết “Thực hiện Kế hoạch 10-KH/HU …” ở đầu câu, hoặc ghi số 10-KH/HU vào implements:"
        " trong front matter; nếu chỉ nhắc đến, ghi vào mentions:"
    ]


def test_a_settled_citation_is_unchanged_and_front_matter_settles_an_unsettled_one() -> None:
    _, problems, records = built(page(PLAN, "Kế hoạch của Huyện ủy."), citer(SETTLED))
    assert records["05/KH-UBND"]["implements"] == [records["10-KH/HU"]["id"]] and problems == []
    assert "unsettled" not in records["05/KH-UBND"]  # documents.json as before where nothing is unsettled
    _, problems, records = built(page(PLAN, "Kế hoạch của Huyện ủy."), citer(UNSETTLED, implements=["10-KH/HU"]))
    own = records["05/KH-UBND"]
    assert own["implements"] == [records["10-KH/HU"]["id"]] and "unsettled" not in own and problems == []
    _, problems, records = built(page(PLAN, "Kế hoạch của Huyện ủy."), citer(UNSETTLED, mentions=["10-KH/HU"]))
    own = records["05/KH-UBND"]
    assert own["implements"] == [] and own["mentions"] == [records["10-KH/HU"]["id"]] and problems == []


def test_tracking_never_counts_an_unsettled_citer_as_done(tmp_path: Path) -> None:
    """The tracking fixture's district plan: UBND huyện's 05/KH-UBND carries it out on time; written so that the text
    does not settle it, the task is not done."""
    from test_tracking import FIXTURE, OPTIONS
    from test_tracking import PLAN as TRACKED

    def status(content: Path) -> tuple[str, list[str]]:
        site = build_site(load_corpus(content), SiteConfig(site_name="Thử", site_url="https://huyen.example.vn/",
                                                           portal=portal_config(), tracking=parse_settings(OPTIONS))).site
        tasks = json.loads(site.outputs["data/tracking.json"])["tasks"]
        [task] = [t for t in tasks if t["document"] == TRACKED and t["unit"] == "UBND huyện"]
        return task["status"], task["fulfilled_by"]

    content = tmp_path / "content"
    shutil.copytree(FIXTURE, content)
    assert status(content) == ("done", ["van-ban/2025/05-kh-ubnd"])
    (content / "van-ban" / "2025" / "05-kh-ubnd.md").write_text(citer(UNSETTLED), encoding="utf-8")
    assert status(content) == ("overdue", [])


def test_the_demo_page_says_so_in_words(built_site: Path) -> None:
    """The demo's one unsettled relation (Tam Kỳ plan, line 48: "được đề ra trong Kế hoạch số 391 KH/TU"): the plan's
    page lists 391-KH/TU under its own heading with a sentence saying why, the stub's page the other way round."""
    plan = (built_site / "van-ban/2025/ke-hoach-uy-ban-mat-tran-to-quoc-viet-nam-thanh-pho-tam-ky-2025-03-07/index.html")
    html = plan.read_text(encoding="utf-8")
    section = html[html.index('<section class="vb-panel vb-rel vb-rel--unsettled"'):]
    section = section[: section.index("</section>")]
    assert "Liên quan: chưa rõ là thực hiện hay chỉ dẫn chiếu" in section and "391-KH/TU" in section
    assert "chưa cho biết là thực hiện hay chỉ nhắc đến" in section
    implements = html[html.index('<section class="vb-panel vb-rel vb-rel--implements"'):]
    assert "391-KH/TU" not in implements[: implements.index("</section>")]
    stub = (built_site / "van-ban/2024/391-kh-tu/index.html").read_text(encoding="utf-8")
    assert "Văn bản liên quan: chưa rõ có thực hiện văn bản này không" in stub
    data = json.loads((built_site / "data/documents.json").read_text(encoding="utf-8"))
    records = {r["number"]: r for r in data["documents"]}
    assert records["391-KH/TU"]["unsettled_by"] and not records["391-KH/TU"]["implemented_by"]


def test_a_document_many_leave_unsettled_keeps_its_page_small() -> None:
    """As "Các văn bản thực hiện": the newest 50 on the page, every one on a paginated page of its own."""
    citers = [page({"number": f"{i}/KH-UBND", "type": "Kế hoạch", "issuer": "Ủy ban nhân dân huyện",
                    "date": f"2025-03-{1 + i % 28:02d}", "title": f"Kế hoạch {i}"}, UNSETTLED) for i in range(11, 71)]
    parsed = []
    for i, text in enumerate([page(PLAN, "Kế hoạch của Huyện ủy."), *citers]):
        doc, _ = parse_text(f"d{i}.md", text)
        assert doc is not None
        parsed.append(doc)
    site = build_site(Corpus(root=Path("."), documents=assign_slugs(parsed), files_seen=61), SiteConfig(),
                      check_only=True).site
    data = site.pages["van-ban/2025/10-kh-hu/"].data
    assert len(data["relations"]["unsettled_by"]) == 50 and data["relations"]["implemented_by"] == []
    assert data["relations_more"]["unsettled_by"] == {"count": 60, "url": "van-ban/2025/10-kh-hu/lien-quan-chua-ro/"}
