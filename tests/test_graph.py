"""The relation graph, called directly, and the demo site's documents.json (issue 3's "done when")."""

from __future__ import annotations

import json
from pathlib import Path

from vanban.build import build_site
from vanban.corpus import Corpus, parse_text
from vanban.documents import Document
from vanban.graph import Graph
from vanban.site import SiteConfig

TEMPLATE = """---
number: "{number}"
type: {type}
issuer: {issuer}
date: {date}
title: {title}
{extra}---
{body}
"""


def site_of(*docs: dict[str, str]) -> tuple[Graph, list[str], dict[str, Document]]:
    parsed = []
    for i, d in enumerate(docs):
        text = TEMPLATE.format(**{"extra": "", "body": "", "type": "Kế hoạch", "date": "2025-03-07", **d})
        doc, problems = parse_text(f"d{i}.md", text)
        assert doc is not None and not [p for p in problems if p.severity.value == "error"], problems
        parsed.append(doc)
    from vanban.corpus import assign_slugs
    corpus = Corpus(root=Path("."), documents=assign_slugs(parsed), files_seen=len(parsed))
    built = build_site(corpus, SiteConfig(), check_only=True)
    site, graph = built.site, built.linked.graph
    return graph, [p.format() for p in site.problems], {d.number or d.title: d for d in graph.documents.values()}


def test_citation_resolves_to_held_document_and_unknown_becomes_stub() -> None:
    graph, problems, docs = site_of(
        {"number": "386-KH/TU", "issuer": "Ban Thường vụ Tỉnh ủy", "title": "Thực hiện NQ 57",
         "date": "2025-02-13", "body": "Thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị."},
        {"number": "12-KH/HU", "issuer": "Ban Thường vụ Huyện ủy", "title": "Kế hoạch",
         "body": "Thực hiện Kế hoạch số 386-KH/TU, ngày 13/02/2025 của Ban Thường vụ Tỉnh ủy."},
    )
    assert problems == []
    district, province, stub = docs["12-KH/HU"], docs["386-KH/TU"], docs["57-NQ/TW"]
    assert [e.target for e in graph.targets(district.id, "implements")] == [province.id]
    assert [e.target for e in graph.targets(province.id, "implements")] == [stub.id]
    assert not stub.held and stub.issuer == "Bộ Chính trị" and stub.date and stub.date.iso() == "2024-12-22"
    assert stub.url == "van-ban/2024/57-nq-tw/"


def test_same_administrative_number_in_two_communes_is_not_linked_blindly() -> None:
    """A local number without its owner is the citing commune's own (xã C's 21/KH-UBND): never
    linked to xã A's or xã B's, it gets a stub of its own."""
    graph, _, _ = site_of(
        {"number": "21/KH-UBND", "issuer": "Ủy ban nhân dân xã A", "title": "A"},
        {"number": "21/KH-UBND", "issuer": "Ủy ban nhân dân xã B", "title": "B"},
        {"number": "5/KH-UBND", "issuer": "Ủy ban nhân dân xã C", "title": "C",
         "body": "Thực hiện Kế hoạch số 21/KH-UBND năm 2025."},
    )
    held = {d.title: d for d in graph.documents.values() if d.held}
    (edge,) = graph.targets(held["C"].id, "implements")
    assert not graph.documents[edge.target].held


def test_two_places_with_an_unnamed_owner_in_a_common_corpus_still_warn() -> None:
    """Two held documents of one number and no locality to tell them apart: a warning, no link."""
    _, problems, _ = site_of(
        {"number": "21/KH-UBND", "issuer": "Ủy ban nhân dân", "title": "A"},
        {"number": "21/KH-UBND", "issuer": "Ủy ban nhân dân", "title": "B", "date": "2025-04-01"},
        {"number": "5/KH-UBND", "issuer": "Ủy ban nhân dân", "title": "C",
         "body": "Thực hiện Kế hoạch số 21/KH-UBND năm 2025."},
    )
    assert any("khớp nhiều văn bản" in p for p in problems)


def test_issuer_disambiguates_repeated_administrative_numbers() -> None:
    graph, problems, _ = site_of(
        {"number": "21/KH-UBND", "issuer": "Ủy ban nhân dân xã A", "title": "A"},
        {"number": "21/KH-UBND", "issuer": "Ủy ban nhân dân xã B", "title": "B"},
        {"number": "5/KH-UBND", "issuer": "Ủy ban nhân dân xã C", "title": "C",
         "body": "Thực hiện Kế hoạch số 21/KH-UBND, ngày 07/3/2025 của Ủy ban nhân dân xã B."},
    )
    assert not any("khớp nhiều" in p for p in problems)
    held = {d.title: d for d in graph.documents.values() if d.held}
    assert [e.target for e in graph.targets(held["C"].id, "implements")] == [held["B"].id]


def test_cycles_and_self_citations_are_warnings_not_hangs() -> None:
    _, problems, _ = site_of(
        {"number": "1-KH/HU", "issuer": "X", "title": "A", "body": "Thực hiện Kế hoạch số 2-KH/HU."},
        {"number": "2-KH/HU", "issuer": "X", "title": "B", "body": "Thực hiện Kế hoạch số 1-KH/HU."},
    )
    assert any("vòng thực hiện" in p for p in problems)


def test_front_matter_relations_and_ignored_false_positive() -> None:
    graph, _, docs = site_of(
        {"number": "3-KH/HU", "issuer": "X", "title": "A",
         "extra": "implements: [57-NQ/TW]\nignore_citations: [99-NQ/TW]\n",
         "body": "Lồng ghép Nghị quyết số 99-NQ/TW."},
    )
    a = docs["3-KH/HU"]
    assert [graph.documents[e.target].number for e in graph.targets(a.id, "implements")] == ["57-NQ/TW"]
    assert "99-NQ/TW" not in docs


def test_demo_documents_json(built_site: Path) -> None:
    data = json.loads((built_site / "data/documents.json").read_text("utf-8"))["documents"]
    by_id = {d["id"]: d for d in data}
    by_number = {d["number"]: d for d in data if d["number"]}

    def implements(doc: dict[str, object], number: str) -> bool:
        return by_number[number]["id"] in doc["implements"]  # type: ignore[operator]

    held = [d for d in data if d["held"]]
    assert len(held) == 5
    union = by_number["300/LĐLĐ"]
    assert implements(union, "1051/LĐLĐ")
    district = next(d for d in held if d["type"] == "Kế hoạch" and "Huyện ủy" in d["issuer"])
    assert implements(district, "57-NQ/TW") and implements(district, "386-KH/TU")
    town = next(d for d in held if d["type"] == "Hướng dẫn")
    assert implements(town, "142-HD/BTGTU")
    bien_hoa = next(d for d in held if "Biên Hòa" in d["issuer"])
    assert implements(bien_hoa, "92-HD/BTGTU")
    # its "1. Nội dung tuyên truyền: … - Hướng dẫn số 164-HD/BTGTU …": the letter's own content list (rule A, the
    # coordinator's decision of 2026-12-06 in the citations README; a mention before)
    assert implements(bien_hoa, "164-HD/BTGTU")
    tam_ky = next(d for d in held if "Tam Kỳ" in d["issuer"])
    assert implements(tam_ky, "51/KH-MTTQ-BTT") and implements(tam_ky, "224-KH/TU")
    root = by_number["57-NQ/TW"]
    assert root["held"] is False
    # 57-NQ/TW is reachable from every held seed through implements edges (inferred included).
    for doc in held:
        seen, frontier = set(), [doc["id"]]
        while frontier:
            current = frontier.pop()
            if current in seen:
                continue
            seen.add(current)
            frontier.extend(by_id[current]["implements"])
        assert root["id"] in seen, doc["id"]
    assert root["id"] in by_number["1051/LĐLĐ"]["inferred"]["implements"]


def test_stub_page_says_full_text_is_missing(built_site: Path) -> None:
    page = (built_site / "van-ban/2024/57-nq-tw/index.html").read_text("utf-8")
    assert "chưa có trong kho" in page
    assert "Các văn bản thực hiện văn bản này" in page
    assert "300/LĐLĐ" in page or "300-ldld" in page


def test_in_text_citations_link_to_cited_pages(built_site: Path) -> None:
    page = (built_site / "van-ban/2025/300-ldld/index.html").read_text("utf-8")
    assert 'class="vb-cite" href="../1051-ldld/"' in page
    assert 'href="../../2024/57-nq-tw/"' in page
    assert "Sơ đồ thực hiện" in page


def test_ambiguity_warning_points_at_the_citing_line() -> None:
    _, problems, _ = site_of(
        {"number": "21/KH-UBND", "issuer": "Ủy ban nhân dân", "title": "A"},
        {"number": "21/KH-UBND", "issuer": "Ủy ban nhân dân", "title": "B", "date": "2025-04-01"},
        {"number": "5/KH-UBND", "issuer": "Ủy ban nhân dân", "title": "C",
         "body": "Mở đầu.\n\nThực hiện Kế hoạch số 21/KH-UBND năm 2025."},
    )
    assert any(p.startswith("d2.md:10: trích dẫn: số 21/KH-UBND khớp nhiều") for p in problems), problems


def test_a_root_cited_by_many_keeps_its_page_small() -> None:
    docs = [{"number": f"{i}-KH/HU", "issuer": f"Huyện ủy {i}", "title": f"KH {i}", "date": f"2025-03-{1 + i % 28:02d}",
             "body": "Thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị."} for i in range(120)]
    parsed = []
    for i, d in enumerate(docs):
        doc, _ = parse_text(f"d{i}.md", TEMPLATE.format(type="Kế hoạch", extra="", **d))
        assert doc is not None
        parsed.append(doc)
    from vanban.corpus import assign_slugs
    site = build_site(Corpus(root=Path("."), documents=assign_slugs(parsed), files_seen=120), SiteConfig(),
                      check_only=True).site
    root = site.pages["van-ban/2024/57-nq-tw/"].data
    assert len(root["relations"]["implemented_by"]) == 50
    assert root["relations_more"]["implemented_by"] == {"count": 120, "url": "van-ban/2024/57-nq-tw/thuc-hien/"}
    shown = [e["document"].date for e in root["relations"]["implemented_by"]]
    assert shown == sorted(shown, key=lambda d: d.sort_value(), reverse=True)
    all_pages = [p for p in site.pages if p.startswith("van-ban/2024/57-nq-tw/thuc-hien/")]
    assert len(all_pages) == 3
    assert sum(len(site.pages[p].data["documents"]) for p in all_pages) == 120


# --------------------------------------------------------------------------- who a number belongs to


def test_three_provinces_same_local_number_give_three_stubs_and_a_national_one_gives_one() -> None:
    bodies = {
        "Bình Định": "Thực hiện Nghị quyết số 05-NQ/TU ngày 17/6/2021 của Ban Thường vụ Tỉnh ủy và Nghị quyết số 57-NQ/TW.",
        "Tiền Giang": "Thực hiện Nghị quyết số 05-NQ/TU ngày 20/8/2021 của Tỉnh ủy và Nghị quyết số 57-NQ/TW.",
        "Hà Tĩnh": "Căn cứ Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh; Nghị quyết số 57-NQ/TW.",
    }
    graph, problems, _ = site_of(*[
        {"number": f"{i + 1}/KH-UBND", "issuer": f"Ủy ban nhân dân tỉnh {province}", "title": province, "body": body}
        for i, (province, body) in enumerate(bodies.items())
    ])
    assert problems == []
    held = {d.title: d for d in graph.documents.values() if d.held}
    local = {p: [graph.documents[e.target] for e in graph.targets(held[p].id, "implements")
                 if graph.documents[e.target].number == "05-NQ/TU"] for p in bodies}
    assert len({stubs[0].id for stubs in local.values()}) == 3
    assert local["Bình Định"][0].date is not None and local["Bình Định"][0].date.iso() == "2021-06-17"
    assert local["Tiền Giang"][0].date is not None and local["Tiền Giang"][0].date.iso() == "2021-08-20"
    national = {e.target for p in bodies for e in graph.targets(held[p].id, "implements")
                if graph.documents[e.target].number == "57-NQ/TW"}
    assert len(national) == 1


def test_a_local_number_of_a_named_province_links_to_that_provinces_held_document_only() -> None:
    graph, _problems, _ = site_of(
        {"number": "05-NQ/TU", "issuer": "Tỉnh ủy Bình Định", "title": "NQ BĐ", "date": "2021-06-17"},
        {"number": "9/KH-UBND", "issuer": "Ủy ban nhân dân tỉnh Tiền Giang", "title": "TG",
         "body": "Thực hiện Nghị quyết số 05-NQ/TU ngày 20/8/2021 của Tỉnh ủy."},
        {"number": "8/KH-UBND", "issuer": "Ủy ban nhân dân tỉnh Bình Định", "title": "BĐ",
         "body": "Thực hiện Nghị quyết số 05-NQ/TU ngày 17/6/2021 của Tỉnh ủy."},
    )
    held = {d.title: d for d in graph.documents.values() if d.held}
    assert [e.target for e in graph.targets(held["BĐ"].id, "implements")] == [held["NQ BĐ"].id]
    (other,) = graph.targets(held["TG"].id, "implements")
    assert not graph.documents[other.target].held


def test_an_unplaceable_local_number_cited_twice_warns_and_is_not_merged() -> None:
    graph, problems, _ = site_of(
        {"number": "1/KH-HU", "issuer": "Ban Thường vụ Huyện ủy", "title": "A",
         "body": "Thực hiện Kế hoạch số 386-KH/TU, ngày 13/02/2025 của Ban Thường vụ Tỉnh ủy."},
        {"number": "2/KH-HU", "issuer": "Ban Thường vụ Huyện ủy", "title": "B",
         "body": "Thực hiện Kế hoạch số 386-KH/TU, ngày 20/02/2025 của Ban Thường vụ Tỉnh ủy."},
    )
    assert sum("không rõ số 386-KH/TU thuộc cơ quan, địa phương nào" in p for p in problems) == 2
    stubs = [d for d in graph.documents.values() if not d.held and d.number == "386-KH/TU"]
    assert len(stubs) == 2
    assert all(any("không ghi rõ số 386-KH/TU" in note for note in s.notes) for s in stubs)


def test_an_unplaceable_local_number_cited_once_warns_at_its_line_when_the_corpus_holds_that_number() -> None:
    body = "Mở đầu.\n\nThực hiện Kế hoạch số 386-KH/TU, ngày 13/02/2025 của Ban Thường vụ Tỉnh ủy."
    citer = {"number": "1/KH-HU", "issuer": "Ban Thường vụ Huyện ủy", "title": "A", "body": body}
    held = {"number": "386-KH/TU", "issuer": "Ban Thường vụ Tỉnh ủy Quảng Nam", "title": "KH QN", "date": "2025-02-13"}
    graph, problems, _ = site_of(held, citer)
    (warning,) = [p for p in problems if "thuộc cơ quan, địa phương nào" in p]
    assert warning.startswith("d1.md:") and "386-KH/TU" in warning and "không tự liên kết" in warning
    assert int(warning.split(":")[1]) > 8  # the citing line in the body, not the front matter's
    (stub,) = [d for d in graph.documents.values() if not d.held and d.number == "386-KH/TU"]
    assert any("không ghi rõ số 386-KH/TU" in note for note in stub.notes)
    # alone, with no document of that number held, it merges and loses nothing: a note at its line
    # (reported, fails no --strict build) and the stub says so
    graph, problems, _ = site_of(citer)
    (note,) = [p for p in problems if "thuộc cơ quan, địa phương nào" in p]
    assert note.startswith("d0.md:") and "(ghi chú)" in note and "chưa xác định chủ" in note
    assert int(note.split(":")[1]) > 8
    (stub,) = [d for d in graph.documents.values() if not d.held and d.number == "386-KH/TU"]
    assert any("không ghi rõ số 386-KH/TU" in note for note in stub.notes)


def test_stub_titles_are_trimmed_balanced_and_conflicting_citers_listed() -> None:
    _graph, _, docs = site_of(
        {"number": "1-KH/HU", "issuer": "Ban Thường vụ Huyện ủy", "title": "A",
         "body": "Thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá “Năm chuyển đổi số.."},
        {"number": "2-KH/HU", "issuer": "Ban Thường vụ Huyện ủy", "title": "B",
         "body": "Thực hiện Nghị quyết số 57-NQ/TW, ngày 23/12/2024 của Bộ Chính trị về đột phá “Năm chuyển đổi số.."},
    )
    stub = docs["57-NQ/TW"]
    assert stub.title == "đột phá “Năm chuyển đổi số”"
    (note,) = stub.notes
    assert note.startswith("Các văn bản trích dẫn ghi khác nhau về ngày ban hành:") and "(theo " in note


def _listing(docs: list[dict[str, str]], date: str) -> dict[str, int]:
    """The /co-quan/ groups of *docs* (front matter fields) and how many documents each lists."""
    from vanban.corpus import assign_slugs
    from vanban.issuers import issuer_groups

    parsed = []
    for i, d in enumerate(docs):
        doc, _ = parse_text(f"d{i}.md", TEMPLATE.format(**{"body": "", "extra": "", "type": "Kế hoạch", "date": date, **d}))
        assert doc is not None
        parsed.append(doc)
    group_of = issuer_groups(assign_slugs(parsed))
    return {name: list(group_of.values()).count(name) for name in group_of.values()}


def test_issuer_listing_joins_spelling_variants_and_keeps_places_apart() -> None:
    docs = [
        {"number": "1-KH/TU", "issuer": "Ban Thường vụ Tỉnh ủy", "title": "QN", "extra": "place: Tam Kỳ\n"},
        {"number": "2-KH/TU", "issuer": "Ban Thường vụ Tỉnh uỷ", "title": "QN2", "extra": "place: Tam Kỳ\n"},
        {"number": "3-KH/TU", "issuer": "Ban Thường vụ Tỉnh ủy", "title": "TN", "extra": "place: Tây Ninh\n"},
        {"number": "4/KH-UBND", "issuer": "UBND tỉnh Quảng Nam", "title": "U1"},
        {"number": "5/KH-UBND", "issuer": "Ủy ban nhân dân tỉnh Quảng Nam", "title": "U2"},
    ]
    assert _listing(docs, "2025-03-07") == {
        "Ban Thường vụ Tỉnh ủy – Tam Kỳ": 2,
        "Ban Thường vụ Tỉnh ủy – tỉnh Tây Ninh": 1,
        "UBND tỉnh Quảng Nam": 2,
    }


def test_a_central_body_is_one_listing_wherever_its_documents_were_signed() -> None:
    """"Hội đồng Bộ trưởng" signing in Hà Nội, once with no place copied, once with a bare number: one body (its coded
    numbers are all national); a "Ban Thường vụ Tỉnh ủy" seen once with a TW number misread stays apart by place, as
    its local numbers say."""
    docs = [
        {"number": "91/HĐBT", "issuer": "Hội đồng Bộ trưởng", "title": "A", "type": "Quyết định", "extra": "place: Hà Nội\n"},
        {"number": "200/HĐBT", "issuer": "Hội đồng Bộ trưởng", "title": "B", "type": "Quyết định", "extra": "place: Hà Nội\n"},
        {"number": "179-HĐBT", "issuer": "Hội đồng Bộ trưởng", "title": "C", "type": "Quyết định"},
        {"number": "12", "issuer": "Hội đồng Bộ trưởng", "title": "D", "type": "Quyết định", "extra": "place: Huế\n"},
        {"number": "1-KH/TU", "issuer": "Ban Thường vụ Tỉnh ủy", "title": "QN", "extra": "place: Tam Kỳ\n"},
        {"number": "7-KL/TW", "issuer": "Ban Thường vụ Tỉnh ủy", "title": "TN", "type": "Kết luận",
         "extra": "place: Tây Ninh\n"},
    ]
    assert _listing(docs, "1985-03-07") == {
        "Hội đồng Bộ trưởng": 4,
        "Ban Thường vụ Tỉnh ủy – Tam Kỳ": 1,
        "Ban Thường vụ Tỉnh ủy – tỉnh Tây Ninh": 1,
    }


def _implemented_by(graph: Graph, doc: Document) -> list[str]:
    return sorted(e.source for e in graph.sources(doc.id, "implements"))


def test_a_provincial_plan_cited_without_its_place_by_the_provinces_communes_is_one_document() -> None:
    """"Thực hiện Kế hoạch số 05/KH-UBND … của UBND tỉnh" in two communes of Gia Lai: the province's held plan, not a
    stub per commune (the province → commune chain); a commune's own 05/KH-UBND is never it, nor another province's."""
    cite = "Thực hiện Kế hoạch số 05/KH-UBND ngày 10/01/2025 của UBND tỉnh về chuyển đổi số."
    graph, _, _ = site_of(
        {"number": "05/KH-UBND", "issuer": "Ủy ban nhân dân tỉnh Gia Lai", "title": "GL", "date": "2025-01-10"},
        {"number": "05/KH-UBND", "issuer": "Ủy ban nhân dân xã Ia Ly, tỉnh Gia Lai", "title": "IL", "date": "2025-01-10"},
        {"number": "05/KH-UBND", "issuer": "Ủy ban nhân dân tỉnh Kon Tum", "title": "KT", "date": "2025-01-10"},
        {"number": "7/KH-UBND", "issuer": "Ủy ban nhân dân xã Biển Hồ, tỉnh Gia Lai", "title": "BH", "body": cite},
        {"number": "9/KH-UBND", "issuer": "Ủy ban nhân dân xã Ia Ly, tỉnh Gia Lai", "title": "IL2", "body": cite},
        {"number": "11/KH-UBND", "issuer": "Ủy ban nhân dân xã Đăk Hà, tỉnh Kon Tum", "title": "DH", "body": cite},
    )
    by_title = {d.title: d for d in graph.documents.values()}
    assert _implemented_by(graph, by_title["GL"]) == sorted([by_title["BH"].id, by_title["IL2"].id])
    assert _implemented_by(graph, by_title["KT"]) == [by_title["DH"].id]
    assert _implemented_by(graph, by_title["IL"]) == []
    assert not [d for d in graph.documents.values() if not d.held]


def test_a_provincial_body_cited_by_communes_of_an_unheld_plan_is_one_stub_per_province() -> None:
    cite = "Thực hiện Kế hoạch số 05/KH-UBND ngày 10/01/2025 của UBND tỉnh về chuyển đổi số."
    graph, _, _ = site_of(
        {"number": "7/KH-UBND", "issuer": "Ủy ban nhân dân xã Biển Hồ, tỉnh Gia Lai", "title": "BH", "body": cite},
        {"number": "9/KH-UBND", "issuer": "Ủy ban nhân dân xã Ia Ly, tỉnh Gia Lai", "title": "IL", "body": cite},
        {"number": "11/KH-UBND", "issuer": "Ủy ban nhân dân xã Đăk Hà, tỉnh Kon Tum", "title": "DH", "body": cite},
    )
    stubs = [d for d in graph.documents.values() if not d.held]
    assert sorted(len(_implemented_by(graph, d)) for d in stubs) == [1, 2]
    assert sorted(d.cited_from for d in stubs) == ["tỉnh Gia Lai", "tỉnh Kon Tum"]


def test_a_ministry_is_one_listing_however_its_sector_is_abbreviated_and_wherever_it_is_cited_from() -> None:
    """"Bộ GD&ĐT", "Bộ GDĐT", "Bộ Giáo dục và Đào tạo" and "Bộ trưởng Bộ GD&ĐT" are one ministry (a site built from the
    spent sets' originals listed four, one of them "Bộ GD&ĐT – Thái Thụy" because a citation misspelt its code
    "06/2010/TT-BGDT"); a province's "Sở LĐ-TB&XH" is its "Sở Lao động - Thương binh và Xã hội" and stays apart from
    another province's; the provincial military command ("Bộ Chỉ huy Quân sự tỉnh") is no ministry."""
    docs = [
        {"number": "3936/BGDĐT-TTr", "issuer": "Bộ GD&ĐT", "title": "A", "type": "Công văn", "extra": "place: Hà Nội\n"},
        {"number": "06/2010/TT-BGDT", "issuer": "Bộ GD&ĐT", "title": "B", "type": "Thông tư", "extra": "place: Thái Thụy\n"},
        {"number": "2345/BGDĐT-GDTH", "issuer": "Bộ GDĐT", "title": "C", "type": "Công văn"},
        {"number": "28/2020/TT-BGDĐT", "issuer": "Bộ trưởng Bộ GD&ĐT", "title": "D", "type": "Thông tư"},
        {"number": "32/2009/TT-BGDĐT", "issuer": "Bộ Giáo dục và Đào tạo", "title": "E", "type": "Thông tư"},
        {"number": "12/SLĐTBXH-VL", "issuer": "Sở LĐ-TB&XH tỉnh Hà Tĩnh", "title": "F", "type": "Công văn"},
        {"number": "15/SLĐTBXH-VL", "issuer": "Sở Lao động - Thương binh và Xã hội tỉnh Hà Tĩnh", "title": "G",
         "type": "Công văn"},
        {"number": "16/SLĐTBXH-VL", "issuer": "Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An", "title": "H",
         "type": "Công văn"},
        {"number": "5/KH-BCH", "issuer": "Bộ Chỉ huy Quân sự tỉnh", "title": "I", "extra": "place: Vinh\n"},
        {"number": "6/KH-BCH", "issuer": "Bộ Chỉ huy Quân sự tỉnh", "title": "J", "extra": "place: Huế\n"},
    ]
    listing = _listing(docs, "2020-09-04")
    assert listing["Bộ GD&ĐT"] == 5
    assert listing["Sở Lao động - Thương binh và Xã hội tỉnh Hà Tĩnh"] == 2
    assert listing["Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An"] == 1
    assert listing["Bộ Chỉ huy Quân sự tỉnh – Vinh"] == 1 and listing["Bộ Chỉ huy Quân sự tỉnh – thành phố Huế"] == 1


def test_a_provinces_office_is_one_listing_with_or_without_its_province_in_the_name() -> None:
    """"Sở GD&ĐT Nghệ An", "Sở Giáo dục và Đào tạo tỉnh Nghệ An" and "Sở Giáo dục và Đào tạo" signed in Nghệ An are one
    office (a site built from the spent sets' originals listed one Sở up to four times); another province's stays
    apart; the Youth Union named after Hồ Chí Minh is not an office of the city; "tỉnh Khóa XI" names no province."""
    docs = [
        {"number": "12/SGDĐT-VP", "issuer": "Sở Giáo dục và Đào tạo tỉnh Nghệ An", "title": "A", "type": "Công văn"},
        {"number": "13/SGDĐT-VP", "issuer": "Sở GD&ĐT Nghệ An", "title": "B", "type": "Công văn", "extra": "place: Vinh\n"},
        {"number": "14/SGDĐT-VP", "issuer": "Sở Giáo dục và Đào tạo", "title": "C", "type": "Công văn",
         "extra": "place: Nghệ An\n"},
        {"number": "15/SGDĐT-VP", "issuer": "Sở Giáo dục và Đào tạo Hà Tĩnh", "title": "D", "type": "Công văn"},
        {"number": "16/KH-UBND", "issuer": "Ủy ban nhân dân tỉnh Quảng Nam", "title": "E"},
        {"number": "17/KH-UBND", "issuer": "UBND tỉnh", "title": "F", "extra": "place: Quảng Nam\n"},
        {"number": "18-KH/TWĐTN", "issuer": "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh", "title": "G",
         "extra": "place: Hà Nội\n"},
        {"number": "19/NQ-HĐND", "issuer": "HĐND tỉnh Khóa XI", "title": "H", "type": "Nghị quyết"},
    ]
    listing = _listing(docs, "2020-09-04")
    assert listing["Sở GD&ĐT Nghệ An"] == 3  # one spelling each: the first in order names the group
    assert listing["Sở Giáo dục và Đào tạo Hà Tĩnh"] == 1
    assert listing["Ủy ban nhân dân tỉnh Quảng Nam"] == 2
    assert listing["Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh"] == 1
    assert listing["HĐND tỉnh Khóa XI"] == 1
    assert len(listing) == 5
