"""Twenty-sixth session (citations README, "twenty-sixth session"): the annotation rules settled for dissemination
duties (rule A) and "theo <document>" (rule B), and a Party number's year; each test on a page written here in another
layout than the pages that showed the kind, run on the fast extractor and its plain reference (graph tests: the
public build).  Each positive test failed on the session's start code (abdfce3); the event mirror passes on both (the
replacing mirror reads a field the start code did not have).
"""

from __future__ import annotations

from test_graph import site_of

from conftest import Extractor, relations
from vanban.citations import IMPLEMENTS, MENTIONS, extract

# ----------------------------------------------------------------- rule A: a dissemination duty carries the document out


def test_a_task_item_opening_with_dissemination_implements_every_document_it_lists(extractor: Extractor) -> None:
    """"a) Tiếp tục tăng cường công tác tuyên truyền, phổ biến … nhất là Luật …; Nghị định số …; Thông tư số … và Chỉ thị
    số …" (heldout25 h25-14) and a women's union plan's "- Tiếp tục tuyên truyền, phổ biến Luật …; Chỉ thị số 06-CT/TW"
    (heldout18 h18-01): a plan's own duty to make documents known carries each of them out; here a district's plan."""
    text = (
        "KẾ HOẠCH\nCông tác phòng, chống ma túy năm 2026\n\nII. NHIỆM VỤ\n"
        "1. Đẩy mạnh công tác tuyên truyền, phổ biến các quy định về phòng, chống ma túy, nhất là Luật Phòng, chống ma "
        "túy; Nghị định số 105/2021/NĐ-CP ngày 04/12/2021 của Chính phủ và Chỉ thị số 36-CT/TW ngày 16/8/2019 của Bộ "
        "Chính trị đến cán bộ, nhân dân.\n"
        "2. Thường xuyên quán triệt Kế hoạch số 112-KH/TU ngày 02/3/2020 của Ban Thường vụ Tỉnh ủy đến các chi bộ.\n"
    )
    assert relations(extractor(text)) == {"105/2021/NĐ-CP": IMPLEMENTS, "36-CT/TW": IMPLEMENTS, "112-KH/TU": IMPLEMENTS}


def test_a_dissemination_duty_handed_down_about_a_document_implements(extractor: Extractor) -> None:
    """"Ban Thường vụ Huyện ủy yêu cầu Ủy ban nhân dân huyện chỉ đạo … đẩy mạnh công tác tuyên truyền về Chỉ thị số …"
    (tuning t37, relabelled by rule A): "về" brings the document that is propagated, no description."""
    text = (
        "Thông báo kết luận của Thường trực Đảng ủy xã\n\n"
        "Thường trực Đảng ủy đề nghị Đoàn Thanh niên, Hội Phụ nữ xã phổ biến về Quy định số 144-QĐ/TW ngày 09/5/2024 "
        "của Bộ Chính trị đến hội viên, đoàn viên.\n"
    )
    assert relations(extractor(text)) == {"144-QĐ/TW": IMPLEMENTS}


def test_dissemination_reported_as_an_event_or_by_a_speaker_stays_a_mention(extractor: Extractor) -> None:
    """The mirror (tuning3 t3-42, heldout11 y62, heldout15 h15-43): a body's propaganda session, a headline of one, a
    speech's "chúng ta đang tuyên truyền …" report dissemination done as an event, not a duty the page sets."""
    text = (
        "Công an phường Tân Lợi tuyên truyền Luật Căn cước\n\n"
        "Sáng 12/3, Công an phường Tân Lợi vừa tổ chức buổi tuyên truyền, phổ biến pháp luật về Luật Căn cước (Luật số "
        "26/2023/QH15) cho hơn 100 người dân.\n"
        "Phát biểu tại buổi sinh hoạt, đồng chí Bí thư nêu: chúng ta đang tiếp tục tuyên truyền Chỉ thị số 05-CT/TW "
        "trong toàn chi bộ.\n"
    )
    assert relations(extractor(text)) == {"26/2023/QH15": MENTIONS, "05-CT/TW": MENTIONS}


# ----------------------------------------------------------------- rule B: others' progress tallied


def test_a_count_of_units_doing_a_duty_as_a_document_prescribes_is_reported(extractor: Extractor) -> None:
    """"Đến ngày 15/9, 63 đảng bộ trực thuộc đã hoàn thành việc tổ chức đại hội, …, thực hiện nghiêm túc 4 nội dung đại
    hội theo quy định của Chỉ thị 36" (heldout11 y31): others' progress tallied is no page's own duty (rule B)."""
    text = (
        "Chuẩn bị đại hội Hội Nông dân các cấp\n\n"
        "Tính đến cuối tháng 6, 18 xã, thị trấn đã tổ chức xong đại hội, thực hiện đúng quy trình theo hướng dẫn của "
        "Hướng dẫn số 12-HD/HNDTW của Ban Thường vụ Trung ương Hội.\n"
    )
    assert relations(extractor(text)) == {"12-HD/HNDTW": MENTIONS}


def test_the_page_body_doing_its_duty_as_a_document_prescribes_implements(extractor: Extractor) -> None:
    """The other side of rule B (heldout7 n22's form): the commune the page is about, named back in lower case ("xã đã
    thực hiện theo đúng hướng dẫn của Chỉ thị số …"), does its own duty as the directive prescribes: implements."""
    text = (
        "Công tác chuẩn bị bầu cử của xã Tân Lập\n\n"
        "Sau khi được huyện chọn làm điểm, xã đã thực hiện theo đúng hướng dẫn của Chỉ thị số 12-CT/HU, ngày 30/5/2025 "
        "của Ban Thường vụ Huyện ủy về lãnh đạo bầu cử.\n"
    )
    assert relations(extractor(text)) == {"12-CT/HU": IMPLEMENTS}


# ----------------------------------------------------------------- a Party number's year


def test_a_year_after_a_party_number_is_its_year() -> None:
    """"Chỉ thị 48-CT/TW năm 2025 của Ban Bí thư …" (qa31's site): the year is read, and the issuer after it."""
    citation = extract("Thực hiện Chỉ thị 48-CT/TW năm 2025 của Ban Bí thư về lãnh đạo đại hội Công đoàn các cấp.\n").citations[0]
    assert (citation.number, citation.date, citation.year, citation.issuer) == ("48-CT/TW", None, 2025, "Ban Bí thư")
    for text in ("Chỉ thị 48-CT/TW năm 2024-2025 về …", "Chỉ thị 48-CT/TW năm học 2025 về …", "Quyết định số 12/QĐ-UBND năm 2025."):
        assert all(c.year is None for c in extract(text).citations), text


def test_a_party_number_with_another_year_is_another_document() -> None:
    """Two citers of "48-CT/TW": one of 2020 with its day, one "năm 2025": two stub pages, never one (qa31's merge)."""
    graph, _, _ = site_of(
        {"number": "04-CT/TU", "issuer": "Ban Thường vụ Tỉnh ủy", "title": "Tết 2021", "date": "2020-12-20",
         "body": "Thực hiện Chỉ thị số 48-CT/TW, ngày 09/12/2020 của Ban Bí thư về việc tổ chức Tết năm 2021."},
        {"number": "03-HD/LĐLĐ", "issuer": "Liên đoàn Lao động tỉnh", "title": "Đại hội Công đoàn", "date": "2025-09-02",
         "body": "Thực hiện Chỉ thị 48-CT/TW năm 2025 của Ban Bí thư về lãnh đạo đại hội Công đoàn các cấp."},
    )
    urls = sorted(d.url for d in graph.documents.values() if not d.held)
    assert urls == ["van-ban/2020/48-ct-tw/", "van-ban/2025/48-ct-tw/"]


# ----------------------------------------------------------------- the text itself replacing a document


def test_the_text_replacing_a_document_is_a_replaces_edge() -> None:
    """"Quyết định này có hiệu lực … và thay thế Quyết định số 17/2016/QĐ-UBND …" (qa31's site: read as a mention, so the
    replaced page never said it was replaced): still a mention to the annotations (README), a "replaces" edge to the
    graph; here a decree's article with a list after the verb, and the replaced held page says so."""
    graph, _, docs = site_of(
        {"number": "5/2020/QĐ-UBND", "issuer": "Ủy ban nhân dân tỉnh", "title": "Quy chế cũ", "date": "2020-02-01",
         "type": "Quyết định"},
        {"number": "21/2025/QĐ-UBND", "issuer": "Ủy ban nhân dân tỉnh", "title": "Quy chế mới", "type": "Quyết định",
         "body": "Điều 4. Hiệu lực thi hành\n\nQuy chế này và Quyết định này có hiệu lực từ ngày 01/5/2025, thay thế "
                 "Quyết định số 5/2020/QĐ-UBND ngày 01/02/2020 và Quyết định số 6/2020/QĐ-UBND ngày 01/02/2020 của Ủy "
                 "ban nhân dân tỉnh."},
    )
    new, old, stub = docs["21/2025/QĐ-UBND"], docs["5/2020/QĐ-UBND"], docs["6/2020/QĐ-UBND"]
    assert sorted(e.target for e in graph.targets(new.id, "replaces")) == sorted([old.id, stub.id])
    assert not graph.targets(new.id, "mentions")
    citations = extract("Quyết định này thay thế Quyết định số 6/2020/QĐ-UBND.", own_number="21/2025/QĐ-UBND").citations
    assert [(c.relation, c.replaced) for c in citations] == [(MENTIONS, True)]


def test_a_replacing_told_of_another_document_is_no_replaces() -> None:
    """The mirror: "Nghị định số 15/2018/NĐ-CP có hiệu lực … và thay thế Nghị định số 38/2012/NĐ-CP" tells of another
    document's replacing; a news page with no own number retells a plan's ("Kế hoạch này thay thế …")."""
    told = extract("Nghị định số 15/2018/NĐ-CP có hiệu lực từ ngày ký và thay thế Nghị định số 38/2012/NĐ-CP.",
                   own_number="21/2025/QĐ-UBND").citations
    news = extract("Bộ vừa ban hành khung kế hoạch năm học.\nKế hoạch này thay thế quyết định số 514/QĐ-BGDĐT ngày 22/2.\n",
                   find_own=True).citations
    assert not [c for c in told + news if c.replaced]
