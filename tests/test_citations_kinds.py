"""The kinds of case the spent held-out set heldout3 taught (sixth session), one test per kind on small
written examples (not its passages), each run on the fast extractor and on its plain reference."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable

import pytest
from script_modules import load_script

from conftest import Extractor, relations
from vanban.citations import (
    IMPLEMENTS,
    MENTIONS,
    Extraction,
    canonical_number,
    extract,
    parse_number,
)
from vanban.issuers import is_national

# --------------------------------------------------------------------------- numbers cut apart


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a copy that lost the "/" (and the "ố" of "số"): a State type code, "-", an issuer code
        ("Hoàn thành quy hoạch cho các xã theo Quyết định s 812 QĐ - UBND của Ủy ban nhân dân tỉnh.", "812/QĐ-UBND"),
        # the National Assembly's term after a blank
        ("Ban Thường vụ tổ chức lễ công bố Nghị quyết số 1211/NQ – UBTVQH 13, và các quyết định khác.", "1211/NQ-UBTVQH13"),
        ("Căn cứ Luật Đất đai số 45/2013/QH 13 ngày 29 tháng 11 năm 2013;", "45/2013/QH13"),
        # the old form: a serial and the issuer's code, spaced or not
        ("Căn cứ Quyết định số 217 - HĐBT ngày 14/11/1987 của Hội đồng Bộ trưởng;", "217-HĐBT"),
        ("Căn cứ Nghị định số 15-CP ngày 2/3/1993 của Chính phủ;", "15-CP"),
    ],
)
def test_numbers_cut_by_blanks_and_old_forms_are_read_whole(extractor: Extractor, text: str, number: str) -> None:
    assert [c.number for c in extractor(text).citations] == [number]


@pytest.mark.parametrize(
    "text",
    [
        "Khu đất tại lô số 12-A của dự án.",  # an old-form code has two letters or more
        "Kế hoạch năm 2020 KH - UBND đã hoàn thành.",  # a year is no serial of a lost-slash number
        "Đoàn kiểm tra 15 người - UBND xã chủ trì.",  # no State type code before the "-"
    ],
)
def test_what_only_looks_like_a_cut_number_is_none(extractor: Extractor, text: str) -> None:
    assert relations(extractor(text)) == {}


def test_cut_and_old_numbers_have_one_spelling_and_old_central_ones_are_national() -> None:
    assert canonical_number("193 QĐ - TTg") == "193/QĐ-TTg"
    assert canonical_number("57 NQ/TW") == "57-NQ/TW"  # a Party number's blank stays its hyphen
    parts = parse_number("69-HĐBT")
    assert parts is not None and (parts.serial, parts.issuer_code, parts.system) == ("69", "HĐBT", "state")
    assert is_national("69-HĐBT") and is_national("15-CP") and not is_national("12-UB")
    # the Prime Minister's number typed with a Party dash, a ministry's "&", the old Ministry of Culture and Information;
    # a local Party board's "BTC" stays local
    assert is_national("362-QĐ/TTg") and is_national("36/2009/TT-BGD&ĐT") and is_national("36/2006/TT-BVHTT")
    assert not is_national("05-KH/BTC")


def test_an_old_form_number_in_a_page_title_is_the_own_number(extractor: Extractor) -> None:
    text = "Quyết định số 217-HĐBT\n\nMô tả tài liệu\n\nQuyết định số 217-HĐBT về việc ban hành quy định."
    extraction = extractor(text, find_own=True)
    assert extraction.own is not None and extraction.own.number == "217-HĐBT"
    assert relations(extraction) == {}


# --------------------------------------------------------------------------- "theo …" and "bám sát …"


@pytest.mark.parametrize(
    "text",
    [
        # a request to others
        "Đề nghị các xã tổ chức thực hiện đầu tư hạ tầng theo Quyết định số 512/QĐ-UBND ngày 2/3/2020 của UBND huyện.",
        "Ban Tuyên giáo Huyện ủy đề nghị các chi bộ tuyên truyền theo nội dung Hướng dẫn số 08-HD/BTGHU của Ban.",
        # a description: what was set up, and by what
        "UBND huyện đã thành lập Tổ công tác liên ngành theo Quyết định số 77/QĐ-UBND ngày 5/5/2021 của UBND tỉnh.",
        # a numbered item's cue does not carry past "; bám sát …"
        "1. Thực hiện nghiêm túc Kế hoạch số 40-KH/HU ngày 1/2/2021; bám sát Hướng dẫn số 09-HD/BTGHU ngày 3/2/2021.",
    ],
)
def test_a_citation_after_theo_or_bam_sat_is_a_mention(extractor: Extractor, text: str) -> None:
    found = relations(extractor("II. NỘI DUNG\n" + text))
    assert found.pop("40-KH/HU", IMPLEMENTS) == IMPLEMENTS
    assert set(found.values()) == {MENTIONS}


@pytest.mark.parametrize(
    "text",
    [
        "Để bảo đảm tiến độ theo Chỉ thị số 08/CT-TTg ngày 2/3/2022 của Thủ tướng, UBND tỉnh yêu cầu các sở thực hiện.",
        "Căn cứ theo Quyết định số 08/QĐ-UBND ngày 2/3/2022 của UBND tỉnh.",
        "Theo đó, thực hiện biện pháp cách ly theo Chỉ thị số 08/CT-UBND trên địa bàn huyện từ ngày 5/3.",
    ],
)
def test_theo_in_the_documents_own_purpose_or_action_implements(extractor: Extractor, text: str) -> None:
    assert set(relations(extractor("II. NỘI DUNG\n" + text)).values()) == {IMPLEMENTS}


def test_a_steering_committees_name_is_no_directive_verb(extractor: Extractor) -> None:
    text = ("Ban Chỉ đạo phòng, chống thiên tai huyện thành lập 3 Tổ kiểm tra, giám sát tình hình thực hiện "
            "Chỉ thị số 05/CT-UBND tại các xã.")
    assert relations(extractor(text)) == {"05/CT-UBND": MENTIONS}
    ordered = "UBND huyện yêu cầu các xã thực hiện tốt Chỉ thị số 05/CT-UBND của UBND tỉnh."
    assert relations(extractor(ordered)) == {"05/CT-UBND": IMPLEMENTS}


# --------------------------------------------------------------------------- cues in news


def test_a_cue_after_a_persons_name_and_title_governs_the_citation(extractor: Extractor) -> None:
    text = ("Tại buổi làm việc, ông Trần Văn Nam – Chủ tịch UBND xã triển khai Kế hoạch số 45/KH-UBND ngày "
            "2/3/2024 của UBND xã về chuyển đổi số.")
    assert relations(extractor(text)) == {"45/KH-UBND": IMPLEMENTS}


def test_a_reported_study_of_listed_documents_implements_them_and_so_does_a_task_to_study(
    extractor: Extractor,
) -> None:
    """A task to study a document is a dissemination duty: implements since the twenty-sixth session (README rule A)."""
    report = ("Số: 45-BC/HU\n\nBÁO CÁO\nKết quả 6 tháng\n\n"
              "Ban Thường vụ Huyện ủy đã quán triệt các văn bản như: Nghị quyết số 12-NQ/HU, ngày 3/3/2023 của "
              "Huyện ủy; Kế hoạch số 30-KH/HU, ngày 9/3/2023 của Ban Thường vụ Huyện ủy; thông qua dự thảo quy chế.")
    assert relations(extractor(report, find_own=True)) == {"12-NQ/HU": IMPLEMENTS, "30-KH/HU": IMPLEMENTS}
    task = "II. NHIỆM VỤ\n1. Tiếp tục quán triệt Nghị quyết số 12-NQ/HU đến cán bộ, đảng viên."
    assert relations(extractor(task)) == {"12-NQ/HU": IMPLEMENTS}


@pytest.mark.parametrize(
    "news",
    [
        "Sáng 12/4, Đảng ủy xã An Phú tổ chức Hội nghị học tập, quán triệt và triển khai Nghị quyết Đại hội; "
        "tổng kết Nghị quyết số 21-NQ/TW và triển khai các văn bản của Tỉnh ủy.",
        "Chiều ngày 5/5/2024, Huyện ủy Tân Lập đã tổ chức hội nghị cán bộ chủ chốt.\n\n"
        "Tại hội nghị, các đại biểu đã được quán triệt, triển khai Chỉ thị số 21-NQ/TW ngày 3-3-2023 của Ban Bí thư.",
        "Hội nghị đã quán triệt các văn bản như: Nghị quyết số 21-NQ/TW, ngày 3/3/2023 của Bộ Chính trị; "
        "thông qua dự thảo quy chế.\n\nQuang cảnh Hội nghị",
        "Tại buổi Hội thảo, ông Trần Văn Nam – Chủ tịch UBND xã triển khai Nghị quyết số 21-NQ/TW của Bộ Chính trị.",
    ],
)
def test_a_news_report_of_a_meeting_only_mentions_what_was_studied_there(extractor: Extractor, news: str) -> None:
    assert relations(extractor(news, find_own=True)) == {"21-NQ/TW": MENTIONS}


def test_a_news_page_about_a_meeting_still_implements_a_cue_heading_a_clause(extractor: Extractor) -> None:
    text = ("Thực hiện Chỉ thị số 10-CT/TW ngày 15/12/2016 của Ban Bí thư, Ban Thường vụ Tỉnh ủy đã lãnh đạo "
            "triển khai cuộc vận động.\n\nTại hội nghị sơ kết, các đại biểu đã được triển khai Kết luận số "
            "20-KL/TW của Ban Bí thư.")
    assert relations(extractor(text, find_own=True)) == {"10-CT/TW": IMPLEMENTS, "20-KL/TW": MENTIONS}
    # a plan's task to hold a meeting is no report of one
    task = "1. Tổ chức hội nghị quán triệt, triển khai Chỉ thị số 10-CT/TW đến cán bộ chủ chốt."
    assert relations(extractor(task, find_own=True)) == {"10-CT/TW": IMPLEMENTS}


# --------------------------------------------------------------------------- own number


@pytest.mark.parametrize(
    ("lead", "own"),
    [
        ("Thủ tướng Chính phủ vừa ký Công điện số 143/CĐ-TTg yêu cầu các bộ ứng phó bão số 5.", "143/CĐ-TTg"),
        ("Trước tình hình bệnh dại, ngày 29/3/2017, UBND tỉnh có công điện khẩn số 05/CĐ-UBND về phòng chống dịch.", "05/CĐ-UBND"),
        ("Ngày 2/5, UBND tỉnh ban hành Công điện hỏa tốc số 07/CĐ-UBND về ứng phó mưa lũ.", "07/CĐ-UBND"),
    ],
)
def test_a_lead_that_a_body_just_signed_or_sent_an_urgent_document_names_the_own_number(
    extractor: Extractor, lead: str, own: str
) -> None:
    """"vừa ký Công điện số …", "có công điện khẩn số …": the news lead presents one document, the page's own."""
    extraction = extractor("Tin tức\n\n" + lead + " Công điện nêu rõ: các địa phương khẩn trương triển khai.", find_own=True)
    assert extraction.own is not None and extraction.own.number == own
    assert relations(extraction) == {}


def test_a_lead_naming_two_documents_presents_the_first_and_mentions_its_background(extractor: Extractor) -> None:
    text = (
        "Phó Thủ tướng vừa ký Chỉ thị số 28/CT-TTg ngày 18/9/2025 về tổ chức cuộc bầu cử.\n\n"
        "Chỉ thị nêu: Bộ Chính trị đã ban hành Chỉ thị số 46-CT/TW ngày 16/5/2025 về lãnh đạo cuộc bầu cử."
    )
    extraction = extractor(text, find_own=True)
    assert extraction.own is not None and extraction.own.number == "28/CT-TTg"
    assert relations(extraction) == {"46-CT/TW": MENTIONS}


def test_a_letters_body_or_an_articles_narrative_is_no_lead(extractor: Extractor) -> None:
    """A reply that reports "đã ban hành Công văn số …" is not that letter; nor is an article whose third
    sentence tells what the Bộ Chính trị issued: neither page has an own number, both mention the document."""
    reply = (
        "Kính gửi: Quý Ông/Bà.\nVấn đề quý Ông/Bà phản ánh, UBND phường xin thông báo kết quả như sau:\n"
        "UBND phường đã ban hành Công văn số 2290/UBND-PAHT, ngày 22/9/2025 về việc cắt tỉa cây xanh."
    )
    article = (
        "Đại hội XIV của Đảng đã thành công rất tốt đẹp[1]. Tổng Bí thư chỉ rõ yêu cầu hành động. "
        "Ngay sau Đại hội, Bộ Chính trị đã ban hành Chỉ thị số 01-CT/TW ngày 23/01/2026 về học tập Nghị quyết."
    )
    for text, number in ((reply, "2290/UBND-PAHT"), (article, "01-CT/TW")):
        extraction = extractor(text, find_own=True)
        assert extraction.own is None and relations(extraction) == {number: MENTIONS}
    # the same sentence opening its paragraph is a lead
    lead = extractor("Ngày 23/01/2026, Bộ Chính trị đã ban hành Chỉ thị số 01-CT/TW về học tập Nghị quyết.", find_own=True)
    assert lead.own is not None and lead.own.number == "01-CT/TW"


def test_a_lead_approving_a_decision_names_the_own_number(extractor: Extractor) -> None:
    text = "Phê duyệt danh sách các huyện nghèo\nNgày 07/3/2018, Thủ tướng Chính phủ phê duyệt Quyết định số 275/QĐ-TTg về việc phê duyệt danh sách."
    extraction = extractor(text, find_own=True)
    assert extraction.own is not None and extraction.own.number == "275/QĐ-TTg" and relations(extraction) == {}
    plan = extractor("Sở có trách nhiệm phê duyệt kế hoạch của các xã.", find_own=True)
    assert plan.own is None


def test_a_form_left_blank_under_a_cover_letter_belongs_to_the_document_it_is_issued_with(extractor: Extractor) -> None:
    """A cover letter, then its form: "Số:⏎- QC/ĐU" is the form's blank, "(Ban hành kèm theo Công văn số …)"
    below it names the page's document."""
    letter = "Kính gửi: Các tỉnh ủy\nThực hiện nhiệm vụ Bộ Chính trị giao (Kế hoạch số 07-KH/TW, ngày 17/8/2022), Ban đã xây dựng mẫu.\n"
    form = "Mẫu 1-QCLV\nĐẢNG ỦY …..\n|\nSố:\n- QC/ĐU\n|\nHướng dẫn khung Quy chế\n(Ban hành kèm theo Công văn số 7619-CV/BTCTW, ngày 30/12/2024)\nQUY CHẾ"
    extraction = extractor(letter + "Nơi nhận:\n- Như trên.\n" * 8 + form, find_own=True)
    assert extraction.own is not None and extraction.own.number == "7619-CV/BTCTW"
    assert relations(extraction) == {"07-KH/TW": IMPLEMENTS}
    # a blank header with nothing attached below it: no own number
    assert extractor("Số:  /KH-UBND\nKẾ HOẠCH\nThực hiện Kế hoạch số 12/KH-UBND.", find_own=True).own is None


def test_a_short_back_reference_to_a_party_rule_named_in_the_lead_is_the_document_itself(extractor: Extractor) -> None:
    """Party "22-QĐ/TW" is a "Quy định" (the lead says so): "Quy định 22" further down is the page's own."""
    text = (
        "Ngày 28/7/2021, Ban Chấp hành Trung ương đã ban hành Quy định số 22-QĐ/TW về công tác kiểm tra (gọi tắt là quy định 22). "
        "Một số điểm mới trong Quy định 22 như sau: Quy định số 30-QĐ/TW trước đây quy định khác."
    )
    extraction = extractor(text, find_own=True)
    assert extraction.own is not None and extraction.own.number == "22-QĐ/TW"
    assert relations(extraction) == {"30-QĐ/TW": MENTIONS}


def test_a_header_number_glued_to_the_motto_ends_before_it(extractor: Extractor) -> None:
    """"Số: 471 /KH-MTTW-BTTCỘNG HÒA XÃ HỘI …": the cell and the motto beside it run together in a copy."""
    text = "MẶT TRẬN TỔ QUỐC VIỆT NAM\nSố: 471 /KH-MTTW-BTTCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nKẾ HOẠCH\nThực hiện Nghị quyết số 12-NQ/TW."
    extraction = extractor(text, find_own=True)
    assert extraction.own is not None and extraction.own.number == "471/KH-MTTW-BTT"
    assert relations(extraction) == {"12-NQ/TW": IMPLEMENTS}


def test_a_short_page_about_one_just_issued_document_has_it_as_its_own_number(extractor: Extractor) -> None:
    snippets = [
        "Theo Quyết định số 88/QĐ-TTg của Thủ tướng Chính phủ, Tổ công tác có nhiệm vụ rà soát thủ tục.",
        *["Tổ công tác do Phó Thủ tướng làm Tổ trưởng, các thành viên là lãnh đạo các Bộ, ngành liên quan."] * 8,
        "Thủ tướng Chính phủ vừa ký ban hành Quyết định số 88/QĐ-TTg về việc thành lập Tổ công tác.",
    ]
    extraction = extractor("\n".join(snippets), find_own=True)
    assert extraction.own is not None and extraction.own.number == "88/QĐ-TTg"
    assert relations(extraction) == {}
    # another document on the page: the page is not about one document
    other = extractor("\n".join([*snippets, "Quyết định số 12/QĐ-TTg cũng được nhắc lại."]), find_own=True)
    assert other.own is None and set(relations(other)) == {"88/QĐ-TTg", "12/QĐ-TTg"}


# --------------------------------------------------------------------------- hard-wrapped and glued copies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue, a lead and a description broken across lines
        ("Tại buổi làm việc, bà Nguyễn Thị Lan - Phó Chủ tịch UBND xã triển\nkhai Kế hoạch số 30/KH-UBND ngày "
         "2/3/2024 của UBND xã.", {"30/KH-UBND": IMPLEMENTS}),
        ("UBND huyện vừa ký ban hành văn bản triển khai thực hiện\nQuyết định số 45/QĐ-UBND ngày 2/3/2024 của UBND "
         "tỉnh về chuyển đổi\nsố.", {"45/QĐ-UBND": IMPLEMENTS}),
        ("Căn cứ Kế hoạch số 20-KH/TU ngày 3/3/2022 của Ban Thường vụ Tỉnh ủy về việc triển khai thực hiện\n"
         "Chỉ thị số 12-CT/TW ngày 5/1/2022 của Ban Bí thư;", {"20-KH/TU": IMPLEMENTS, "12-CT/TW": MENTIONS}),
        # a list item "và⏎Nghị định …" stays the next item
        ("Căn cứ Nghị định số 42/2009/NĐ-CP ngày 07/5/2009 của Chính phủ về phân loại và\nNghị định số "
         "62/2011/NĐ-CP ngày 26/7/2011 của Chính phủ;", {"42/2009/NĐ-CP": IMPLEMENTS, "62/2011/NĐ-CP": IMPLEMENTS}),
        # a number broken after its hyphen; a "(khóa⏎XI)" and a "kinh tế⏎- xã hội" that are no list items
        ("Thực hiện Hướng dẫn số 115-\nHD/BTGTU ngày 8/1/2020 của Ban Tuyên giáo Tỉnh ủy.", {"115-HD/BTGTU": IMPLEMENTS}),
        ("Thực hiện Nghị quyết Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng (khóa\nXI) và Nghị quyết số "
         "37-NQ/TW ngày 9/10/2014 của Bộ Chính trị, Huyện ủy xây dựng kế hoạch.", {"37-NQ/TW": IMPLEMENTS}),
        ("Để xây dựng kế hoạch phát triển kinh tế\n- xã hội năm 2023 đảm bảo tiến độ theo Chỉ thị số 12/CT-TTg "
         "ngày 22/7/2022, UBND tỉnh yêu cầu các sở thực hiện.", {"12/CT-TTg": IMPLEMENTS}),
        # a plan for five years is no document "Kế hoạch 5"
        ("II. NỘI DUNG\nPhấn đấu hoàn thành Kế hoạch 5\nnăm (2021 - 2025) của huyện.", {}),
    ],
)
def test_a_hard_wrapped_copy_reads_as_the_unwrapped_one(extractor: Extractor, text: str, expected: dict[str, str]) -> None:
    assert relations(extractor(text)) == expected
    assert relations(extractor(" ".join(text.split("\n")))) == expected


def test_a_wrapped_lead_still_names_the_pages_own_number(extractor: Extractor) -> None:
    text = ("Ngày 05/3/2024, Ban Thường vụ Huyện ủy đã ban hành\nKế hoạch số 79-KH/HU về thực hiện Nghị quyết số "
            "57-NQ/TW của Bộ Chính trị.")
    extraction = extractor(text, find_own=True)
    assert extraction.own is not None and extraction.own.number == "79-KH/HU"
    assert "79-KH/HU" not in relations(extraction)


def test_so_glued_to_its_number_starts_a_citation(extractor: Extractor) -> None:
    text = ("Căn cứ Luật Quản lý, sử dụng tài sản công số15/2017/QH14;\nCăn cứ các Nghị quyết của HĐND tỉnh: "
            "số82/2018/NQ-HĐND ngày 11/7/2018; số186/2020/NQ-HĐND ngày 15/7/2020;\nXét Báo cáo thẩm tra số10/BC-VHXH.")
    assert relations(extractor(text)) == {
        "15/2017/QH14": IMPLEMENTS, "82/2018/NQ-HĐND": IMPLEMENTS, "186/2020/NQ-HĐND": IMPLEMENTS, "10/BC-VHXH": MENTIONS,
    }


def test_a_type_word_glued_to_the_word_before_it_starts_a_citation(extractor: Extractor) -> None:
    text = ("Điều 2. Quyết định này thay thế Hướng dẫn số 12/HD-UB ngày 4/9/1998 của UBND tỉnh về việc hướng dẫn "
            "thực hiện Nghị định 50 vàThông tư 77 về chế độ cán bộ xã.")
    assert relations(extractor(text)) == {"12/HD-UB": MENTIONS, "50": MENTIONS, "77": MENTIONS}
    assert relations(extractor("Căn cứ hướng dẫn của sở và các văn bản liên quan.")) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n1. Quyết định số 12/QĐ-TTg ngày 3/1/2024 của Thủ tướng Chính phủ.",
         {"12/QĐ-TTg": IMPLEMENTS}),
        ("Thực hiện Quy chế điều hành (ban hành kèm theo Quyết định số 41/2016/QĐ-TTg ngày 10/10/2016 của Thủ tướng "
         "Chính phủ), Bộ đề nghị các tỉnh báo cáo.", {"41/2016/QĐ-TTg": IMPLEMENTS}),
        ("Phó Chủ tịch UBND tỉnh vừa ký ban hành văn bản triển khai thực hiện Quyết định 88/QĐ-TTg của Thủ tướng.",
         {"88/QĐ-TTg": IMPLEMENTS}),
    ],
)
def test_blanks_doubled_in_a_copy_read_as_single_ones(extractor: Extractor, text: str, expected: dict[str, str]) -> None:
    assert relations(extractor(text)) == expected
    assert relations(extractor(text.replace(" ", "  "))) == expected


def test_a_lead_with_doubled_blanks_names_the_own_number(extractor: Extractor) -> None:
    extraction = extractor("Huyện ủy  vừa  có  Kế hoạch  số  79-KH/HU  về thực hiện Nghị quyết số 37-NQ/TW.", find_own=True)
    assert extraction.own is not None and extraction.own.number == "79-KH/HU"


@pytest.mark.parametrize(
    "row",
    ["Số/Ký hiệu: 155/KH-UBND", "Số, ký hiệu: 155/KH-UBND", "Ký hiệu: 155/KH-UBND", "Số văn bản: 155/KH-UBND",
     "Số ký hiệu văn bản\t155/KH-UBND", "Số ký hiệu\n155/KH-UBND", "**Số ký hiệu:** 155/KH-UBND"],
)
def test_a_portals_number_row_as_portals_write_it_is_the_own_number(extractor: Extractor, row: str) -> None:
    text = (f"Kế hoạch triển khai chuyển đổi số năm 2025\n\n{row}\nNgày ban hành: 01/3/2025\n\n"
            "Thực hiện Quyết định số 12/QĐ-TTg ngày 3/1/2025 của Thủ tướng Chính phủ, UBND tỉnh ban hành Kế hoạch.")
    extraction = extractor(text, find_own=True)
    assert extraction.own is not None and (extraction.own.number, extraction.own.source) == ("155/KH-UBND", "metadata")
    assert relations(extraction) == {"12/QĐ-TTg": IMPLEMENTS}


def test_a_lead_that_a_body_has_a_document_names_the_own_number(extractor: Extractor) -> None:
    text = ("Ngày 3/4/2024, UBND tỉnh có Công văn số 455/UBND-KT về việc tăng cường phòng, chống dịch. Theo đó, "
            "thực hiện giãn cách theo Chỉ thị số 15/CT-TTg.")
    extraction = extractor(text, find_own=True)
    assert extraction.own is not None and extraction.own.number == "455/UBND-KT"
    assert relations(extraction) == {"15/CT-TTg": IMPLEMENTS}
    task = extractor("II. NHIỆM VỤ\nSở có trách nhiệm thực hiện Kế hoạch số 12/KH-UBND.", find_own=True)
    assert task.own is None and relations(task) == {"12/KH-UBND": MENTIONS}


def test_a_lead_naming_the_pages_document_gives_its_title(extractor: Extractor) -> None:
    """"ban hành Kế hoạch số 12/KH-UBND về triển khai thực hiện Nghị quyết số …": the page's own document
    and its title, whose citation implements (were it another document's, it would be nested: a mention)."""
    lead = ("Ngày 1/3/2025, UBND huyện ban hành Kế hoạch số 12/KH-UBND về triển khai thực hiện Nghị quyết số "
            "57-NQ/TW của Bộ Chính trị. Kế hoạch đề ra 5 nhóm nhiệm vụ.")
    extraction = extractor(lead, find_own=True)
    assert extraction.own is not None and extraction.own.number == "12/KH-UBND"
    assert relations(extraction) == {"57-NQ/TW": IMPLEMENTS}
    other = extractor("Số: 30/BC-UBND\n\n" + lead, find_own=True)  # the page's own is the report: 12 is cited
    assert relations(other) == {"12/KH-UBND": MENTIONS, "57-NQ/TW": MENTIONS}
    assert [(e.source, e.target) for e in other.inferred] == [("12/KH-UBND", "57-NQ/TW")]


SPENT = ("tuning", "heldout", "heldout2", "heldout3")  # never the fresh held-out set


def reading(extraction: Extraction) -> tuple[str | None, dict[str, str]]:
    return (extraction.own.number if extraction.own else None), relations(extraction)


@pytest.mark.parametrize(
    "copy",
    [*(lambda text, n=n: "\n".join(textwrap.fill(line, n) if len(line) > n else line for line in text.split("\n"))
       for n in (40, 60, 90)),
     lambda text: re.sub(r"(?<=số) (?=\d)", "", text), lambda text: text.replace(" ", "  ")],
    ids=["wrapped-40", "wrapped-60", "wrapped-90", "so-glued", "blanks-doubled"],
)
def test_messy_copies_of_the_spent_real_passages_read_as_the_passages(copy: Callable[[str], str]) -> None:
    """Every spent real passage re-wrapped at 40–90 columns, with "số" glued to its number, with blanks
    doubled: the same own number and the same citations with the same relations."""
    evaluate = load_script("citation_eval")
    for name in SPENT:
        for passage in evaluate.read_real_set(name):
            assert reading(extract(copy(passage.text), find_own=True)) == reading(extract(passage.text, find_own=True)), (
                passage.id
            )


# --------------------------------------------------------------------------- kinds heldout4 taught (spent at 14:00)


def test_a_law_amended_theo_later_laws_rests_on_all_of_them(extractor: Extractor) -> None:
    """"… đã được sửa đổi, bổ sung một số điều theo Luật số … và Luật số …": the amending laws are bases."""
    text = ("Căn cứ Luật Đầu tư công số 39/2019/QH14 đã được sửa đổi, bổ sung một số điều theo Luật số "
            "03/2022/QH15 và Luật số 56/2024/QH15;\nBan hành quy chế phối hợp.")
    assert relations(extractor(text)) == {
        "39/2019/QH14": IMPLEMENTS, "03/2022/QH15": IMPLEMENTS, "56/2024/QH15": IMPLEMENTS,
    }
    amending = "Quyết định này sửa đổi, bổ sung Quyết định số 15/2020/QĐ-UBND của UBND tỉnh."
    assert relations(extractor(amending)) == {"15/2020/QĐ-UBND": MENTIONS}


def test_an_amending_verb_describing_an_earlier_basis_leaves_the_next_basis_a_basis(extractor: Extractor) -> None:
    """"Căn cứ Nghị quyết số … sửa đổi, bổ sung … Hiến pháp, Luật … số …, Kết luận số …": the verb is the
    resolution's; the page rests on the law too (the page amending the law is read only right after it)."""
    text = ("Căn cứ Nghị quyết số 12/2024/QH15 ngày 1/6/2024 của Quốc hội sửa đổi, bổ sung một số điều của Hiến pháp, "
            "Luật Đất đai số 31/2024/QH15, Kết luận số 88-KL/TW ngày 2/6/2024 của Bộ Chính trị, Sở hướng dẫn như sau:")
    assert relations(extractor(text)) == {"12/2024/QH15": IMPLEMENTS, "31/2024/QH15": IMPLEMENTS, "88-KL/TW": IMPLEMENTS}
    own = "Quyết định này sửa đổi Quyết định số 5/2020/QĐ-UBND và thay thế Quyết định số 6/2020/QĐ-UBND."
    assert relations(extractor(own)) == {"5/2020/QĐ-UBND": MENTIONS, "6/2020/QĐ-UBND": MENTIONS}


@pytest.mark.parametrize("sep", ["\n", ": ", " | "])
def test_a_portals_trich_yeu_row_is_the_title_of_the_pages_document(extractor: Extractor, sep: str) -> None:
    """"Trích yếu⏎Chương trình … thực hiện Nghị quyết số …": the document carries out what its title names."""
    text = (f"Số ký hiệu: 12-CTr/TU\nTrích yếu{sep}Chương trình của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số "
            "29-NQ/TW, ngày 17/11/2022 của Ban Chấp hành Trung ương Đảng.\n\nNgày ban hành: 02/3/2023")
    assert relations(extractor(text, find_own=True)) == {"29-NQ/TW": IMPLEMENTS}


def test_what_a_decision_issues_carries_out_what_its_title_names(extractor: Extractor) -> None:
    """"Ban hành kèm theo Quyết định này Kế hoạch triển khai thi hành Luật … số …": the title of the issued plan."""
    text = ("Số: 15/QĐ-UBND\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thi hành Luật Thủ đô số "
            "39/2024/QH15 trên địa bàn.\nĐiều 2. Quyết định này thay thế Quyết định số 9/QĐ-UBND ngày 2/1/2020.")
    assert relations(extractor(text, find_own=True)) == {"39/2024/QH15": IMPLEMENTS, "9/QĐ-UBND": MENTIONS}


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Quyết định này thay thế Quyết định số 07/1998/QĐ.UBT ngày 15/01/1998 của UBND tỉnh.", ["07/1998/QĐ.UBT"]),
        ("Căn cứ Quyết định số 12/QĐ-UBND.Tham dự hội nghị có các sở.", ["12/QĐ-UBND"]),  # a glued sentence
    ],
)
def test_an_old_kyhieu_joined_by_a_dot_is_read_whole(extractor: Extractor, text: str, numbers: list[str]) -> None:
    assert [c.number for c in extractor(text).citations] == numbers


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Căn cứ Nghị quyết số 57-NQ TW ngày 22/12/2024 của Bộ Chính trị;", ["57-NQ/TW"]),
        ("Thực hiện Chỉ thị số 05 - CT TU của Ban Thường vụ Tỉnh ủy,", ["05-CT/TU"]),
        ("Căn cứ Nghị định số 15-CP ngày 2/3/1993 của Chính phủ;", ["15-CP"]),  # the old State form stays
    ],
)
def test_a_party_number_that_lost_its_slash_is_read_whole(extractor: Extractor, text: str, numbers: list[str]) -> None:
    assert [c.number for c in extractor(text).citations] == numbers


@pytest.mark.parametrize(
    "opening",
    [
        "Luật Thủ đô số 39/2024/QH15 năm 2024.\n",
        "Văn bản mới:\nHà Nội, ngày 10 tháng 7 năm 2024\nLuật Thủ đô số 39/2024/QH15 năm 2024.\n",
    ],
)
def test_a_page_titled_with_a_law_and_its_number_presents_that_law(extractor: Extractor, opening: str) -> None:
    """A page title "Luật <tên> số …" (under a portal's label and a place-and-date line): the page's law."""
    text = opening + "Ngày 28/6/2024, Quốc hội thông qua Luật Thủ đô số 39/2024/QH15.\n\nNghị định 12/2025/NĐ-CP quy định chi tiết."
    extraction = extractor(text, find_own=True)
    assert extraction.own is not None and extraction.own.number == "39/2024/QH15"
    assert relations(extraction) == {"12/2025/NĐ-CP": MENTIONS}


# --------------------------------------------------------------------------- HTML character references


@pytest.mark.parametrize(
    ("written", "number"),
    [
        ("12&#47;KH-UBND", "12/KH-UBND"),
        ("12&#x002F;KH-UBND", "12/KH-UBND"),
        ("12&amp;#x2F;KH-UBND", "12/KH-UBND"),  # encoded twice
        ("5473&#47;BTTTT-KTS&amp;XHS", "5473/BTTTT-KTS&XHS"),
    ],
)
def test_html_references_in_a_number_are_decoded_and_offsets_stay_those_of_the_text(
    extractor: Extractor, written: str, number: str
) -> None:
    text = f"Căn cứ Luật&nbsp;Tổ chức;\n\nThực hiện Kế hoạch số {written} ngày 3&#47;3&#47;2024 của UBND tỉnh."
    extraction = extractor(text)
    (citation,) = extraction.citations
    assert (citation.number, citation.relation, citation.line) == (number, IMPLEMENTS, 3)
    assert citation.date is not None and citation.date.isoformat() == "2024-03-03"
    occurrence = citation.occurrences[0]
    assert text[occurrence.start : occurrence.end].endswith(written)


def test_a_saved_page_source_names_its_own_number_in_its_title_element(extractor: Extractor) -> None:
    text = ('<!DOCTYPE html>\n<html lang="vi">\n<head>\n<title>Quy định số 20-QĐ&#x002F;TW về thi hành điều lệ Đảng'
            '</title>\n<meta name="description" content="Quy định số 20-QĐ&#x002F;TW về thi hành điều lệ Đảng">')
    extraction = extractor(text, find_own=True)
    assert extraction.own is not None and extraction.own.number == "20-QĐ/TW"
    assert relations(extraction) == {}


# --------------------------------------------------------------------------- look-back articles


def test_a_look_back_article_reports_the_plan_a_body_issued_years_ago(extractor: Extractor) -> None:
    text = ("Huyện Yên Lập sau 5 năm thực hiện Nghị quyết về phát triển du lịch\n"
            "Thực hiện Nghị quyết số 12-NQ/TU ngày 3/4/2019 của Tỉnh ủy về phát triển du lịch, Huyện ủy đã ban hành "
            "Kế hoạch số 45-KH/HU ngày 2/6/2019 về triển khai thực hiện Nghị quyết số 12-NQ/TU trên địa bàn huyện.")
    extraction = extractor(text, find_own=True)
    assert extraction.own is None
    assert relations(extraction) == {"12-NQ/TU": IMPLEMENTS, "45-KH/HU": MENTIONS}
    # the same lead under a title about the plan itself names the page's own number
    news = text.replace("Huyện Yên Lập sau 5 năm thực hiện", "Huyện ủy Yên Lập ban hành kế hoạch thực hiện")
    own = extractor(news, find_own=True)
    assert own.own is not None and own.own.number == "45-KH/HU"
    assert relations(own) == {"12-NQ/TU": IMPLEMENTS}
    # just issued ("vừa"): news of that plan, whatever the title
    just = text.replace("Huyện ủy đã ban hành", "Huyện ủy vừa ban hành")
    just_own = extractor(just, find_own=True).own
    assert just_own is not None and just_own.number == "45-KH/HU"


def test_a_lead_naming_a_document_without_so_names_the_own_number_when_its_number_has_a_code(
    extractor: Extractor,
) -> None:
    lead = ("Đến năm 2025 hoàn thành xây dựng nông thôn mới\n\nMới đây UBND tỉnh đã ban hành Quyết định "
            "2179/QĐ-UBND quy định tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2021–2025.")
    extraction = extractor(lead, find_own=True)
    assert extraction.own is not None and extraction.own.number == "2179/QĐ-UBND"
    assert relations(extraction) == {}
    # a bare serial without "số" is no number: "ban hành Kế hoạch 5 năm"
    plan = "UBND tỉnh đã ban hành Kế hoạch 5 năm 2021-2025 về phát triển du lịch."
    assert extractor(plan, find_own=True).own is None


# --------------------------------------------------------------------------- scrambled diacritics


SCRAMBLED = ("QŨỴẾT ĐỊNH 45/QĐ-UBND CỦÁ ỦỶ BAN NHÂN DÂN XÃ AN PHÚ\n"
             "Căn cứ Kế hỏạch số 12/KH-UBND ngàỳ 3/3/2025 củá UBND hụỳện về chuyển đổi số;\n"
             "Thực hịện Chỉ thị số 05-CT/TU củà Ban Thường vụ Tỉnh ủy;")


def test_a_copy_with_scrambled_tone_marks_reads_its_type_words_cues_and_own_title(extractor: Extractor) -> None:
    extraction = extractor(SCRAMBLED, find_own=True)
    assert extraction.own is not None and extraction.own.number == "45/QĐ-UBND"
    assert relations(extraction) == {"12/KH-UBND": IMPLEMENTS, "05-CT/TU": IMPLEMENTS}
    plan = next(c for c in extraction.citations if c.number == "12/KH-UBND")
    assert plan.type == "Kế hoạch" and plan.date is not None and plan.date.isoformat() == "2025-03-03"
    assert plan.issuer == "UBND hụỳện"  # shown as written


def test_the_repair_keeps_length_and_leaves_clean_or_glued_text_alone() -> None:
    from vanban.citations import vocabulary

    w = vocabulary.working_copy(SCRAMBLED)
    assert len(w) == len(SCRAMBLED) and w.startswith("QUYẾT ĐỊNH 45/QĐ-UBND CỦA")
    assert w.split("\n")[1] == vocabulary.working_copy("Căn cứ Kế hoạch số 12/KH-UBND ngày 3/3/2025 của UBND hụỳện về chuyển đổi số;")
    # a glued word ("vềphép": its marks are not side by side) and two typos are no scrambled copy; a third is
    typos = "Thực hiện Kế hoạch số 12/KH-UBND vềphép năm 2025 ngàỳ 3/3 củá UBND"
    assert "ngàỳ 3/3 củá" in vocabulary.working_copy(typos)
    assert "ngày 3/3 của UBND tại" in vocabulary.working_copy(typos + " tạí")


@pytest.mark.parametrize(
    ("opening", "relation"),
    [("Để bảo đảm thực hiện có hiệu quả các nhiệm vụ nêu tại", IMPLEMENTS),
     ("Nhằm kịp thời triển khai các giải pháp tại", IMPLEMENTS),
     ("Để đánh giá tình hình thực hiện", MENTIONS)],
)
def test_a_purpose_clause_whose_verb_is_a_cue_implements(extractor: Extractor, opening: str, relation: str) -> None:
    text = f"{opening} Kết luận số 121-KL/TW ngày 24/01/2025 của Ban Chấp hành Trung ương, Bộ Chính trị yêu cầu như sau:"
    assert relations(extractor(text)) == {"121-KL/TW": relation}
