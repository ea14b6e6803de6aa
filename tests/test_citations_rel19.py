"""Who acts (nineteenth session): a body telling of its own work with a document carries it out, a document a body is
said to have issued is reported; run on the fast extractor and its plain reference.

The pages are written here in other layouts than the spent sets' pages that showed each kind (README, "nineteenth
session"); each kind's mirror — a meeting reported, a body's issued list — is tested beside it.
"""

from __future__ import annotations

import textwrap

import pytest

from conftest import Extractor, relations
from vanban.citations import IMPLEMENTS, MENTIONS


def test_studied_then_done_with_a_long_body_name(extractor: Extractor) -> None:
    """"Quán triệt …, <a body of up to ten words> đã …": the body carries the studied documents out."""
    text = (
        "Quán triệt Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, "
        "phong cách Hồ Chí Minh, Kế hoạch số 21-KH/TU ngày 02/6/2016 của Tỉnh ủy, Ban Thường vụ Đảng ủy Khối các cơ "
        "quan tỉnh đã kịp thời ban hành chương trình hành động.\n"
    )
    assert relations(extractor(text)) == {"05-CT/TW": IMPLEMENTS, "21-KH/TU": IMPLEMENTS}


def test_a_whole_body_opening_with_a_quantifier_reports_its_own_work(extractor: Extractor) -> None:
    text = (
        "Năm 2024, toàn ngành Kho bạc Nhà nước đã thực hiện nghiêm Chỉ thị số 12/CT-TTg ngày 01/4/2024 của Thủ "
        "tướng Chính phủ về tăng cường kỷ luật, kỷ cương.\n"
    )
    assert relations(extractor(text)) == {"12/CT-TTg": IMPLEMENTS}


def test_a_body_name_with_lower_case_words_between_capitals(extractor: Extractor) -> None:
    text = (
        "Trong năm qua, Cục Quản lý thị trường tỉnh Long An (QLTT) đã triển khai Kế hoạch số 88/KH-UBND ngày "
        "10/01/2024 của UBND tỉnh về chống buôn lậu.\n"
    )
    assert relations(extractor(text)) == {"88/KH-UBND": IMPLEMENTS}


def test_the_same_subject_at_a_meeting_still_narrates(extractor: Extractor) -> None:
    text = (
        "Tại hội nghị, toàn thể Đảng ủy Khối Doanh nghiệp tỉnh đã triển khai Kế hoạch số 88-KH/ĐU ngày 10/01/2024 của "
        "Đảng ủy Khối.\n"
    )
    assert relations(extractor(text)) == {"88-KH/ĐU": MENTIONS}


def test_documents_a_body_issued_listed_after_a_plural_are_reported(extractor: Extractor) -> None:
    """A cue before "ban hành" ("cụ thể hóa ban hành nhiều văn bản … như:") does not make the issued list carried out."""
    text = (
        "Thời gian qua, UBND tỉnh đã cụ thể hóa ban hành nhiều văn bản hướng dẫn như: Quyết định số 15/2021/QĐ-UBND "
        "ngày 05/3/2021 về quản lý chợ; Quyết định số 22/2022/QĐ-UBND ngày 07/6/2022 về phí chợ.\n"
    )
    assert relations(extractor(text)) == {"15/2021/QĐ-UBND": MENTIONS, "22/2022/QĐ-UBND": MENTIONS}


def test_a_plural_carried_out_is_still_carried_out(extractor: Extractor) -> None:
    """The mirror: the cue's own object listed after the plural ("đã triển khai các văn bản như: …") implements."""
    text = (
        "Năm 2023, UBND huyện đã triển khai thực hiện nghiêm các văn bản như: Chỉ thị số 08/CT-UBND ngày 02/02/2023 "
        "của UBND tỉnh; Kế hoạch số 40/KH-UBND ngày 03/3/2023 của UBND tỉnh.\n"
    )
    assert relations(extractor(text)) == {"08/CT-UBND": IMPLEMENTS, "40/KH-UBND": IMPLEMENTS}


def test_studied_then_done_under_a_counter_line(extractor: Extractor) -> None:
    """A counter above the text ("Lượt xem: 1234") does not join "Quán triệt …" to it: the clause opens there."""
    text = (
        "Lượt xem: 1234\n"
        "Quán triệt Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương, Đảng ủy Công an huyện đã ban "
        "hành kế hoạch thực hiện.\n"
    )
    assert relations(extractor(text)) == {"21-NQ/TW": IMPLEMENTS}


@pytest.mark.parametrize("width", [0, 60, 90])
def test_who_acts_survives_a_hard_wrap(extractor: Extractor, width: int) -> None:
    """A hard wrap inside the sentence (between "Quán triệt …" and its body's "đã", or inside the plural before "như:")
    changes neither reading."""
    studied = (
        "Quán triệt Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương về tăng cường củng cố, xây dựng "
        "tổ chức cơ sở đảng, Đảng ủy Công an huyện Đông Hưng đã kịp thời ban hành kế hoạch thực hiện."
    )
    issued = (
        "Thời gian qua, UBND tỉnh đã cụ thể hóa ban hành nhiều văn bản hướng dẫn quản lý chợ trên địa bàn như: Quyết "
        "định số 15/2021/QĐ-UBND ngày 05/3/2021 về quản lý chợ."
    )
    text = "\n\n".join(textwrap.fill(p, width, break_long_words=False) if width else p for p in (studied, issued)) + "\n"
    assert relations(extractor(text)) == {"21-NQ/TW": IMPLEMENTS, "15/2021/QĐ-UBND": MENTIONS}


@pytest.mark.parametrize("joint", ["\n\n", "\n"])
def test_a_document_as_the_subject_of_a_passive_carrying_out(extractor: Extractor, joint: str) -> None:
    """Under the page's headline, with a blank line or without (a copy that dropped its blank lines)."""
    text = (
        "Krông Pa: kết quả bảo vệ rừng" + joint +
        "(GLO) - Kế hoạch số 45/KH-UBND ngày 10/3/2022 của UBND tỉnh về bảo vệ và phát triển rừng đã được huyện Krông "
        "Pa nghiêm túc triển khai thực hiện, đạt nhiều kết quả.\n"
    )
    assert relations(extractor(text)) == {"45/KH-UBND": IMPLEMENTS}


def test_a_passive_of_another_subject_or_of_issuing_is_no_carrying_out(extractor: Extractor) -> None:
    """The document's own predicate is the first passive after it: "đã được ban hành …, từ đó đến nay, cơ chế … đã được
    triển khai" tells of the mechanism, not of the page's body carrying the decision out."""
    text = (
        "Hoàn thiện cơ chế một cửa\n\n"
        "Quyết định số 93/2007/QĐ-TTg về cơ chế một cửa đã được ban hành từ năm 2007, từ đó đến nay, cơ chế một cửa đã "
        "được triển khai đồng bộ trên cả nước.\n"
    )
    assert relations(extractor(text)) == {"93/2007/QĐ-TTg": MENTIONS}


def test_a_passive_at_a_meeting_still_narrates(extractor: Extractor) -> None:
    text = (
        "Hội nghị giao ban quý III\n\n"
        "Tại hội nghị, Kế hoạch số 45/KH-UBND ngày 10/3/2022 của UBND tỉnh đã được các xã triển khai thực hiện.\n"
        "Kế hoạch số 46/KH-UBND ngày 11/3/2022 của UBND tỉnh đã được các xã triển khai thực hiện.\n"
    )
    assert relations(extractor(text)) == {"45/KH-UBND": MENTIONS, "46/KH-UBND": MENTIONS}


def test_a_purpose_that_the_document_come_into_effect_then_a_bodys_act(extractor: Extractor) -> None:
    """"Để (đưa) <document> (đi) vào cuộc sống, <body> đã …", also after a sentence glued to its period."""
    text = (
        "Huyện Đăk Hà sau ba năm\n\n"
        "Ba năm qua có nhiều đổi thay.Để đưa Nghị quyết số 05-NQ/TU ngày 12/5/2021 của Ban Thường vụ Tỉnh ủy về phát "
        "triển cây dược liệu vào cuộc sống, Ban Thường vụ Huyện ủy Đăk Hà đã ban hành chương trình hành động.\n"
    )
    assert relations(extractor(text)) == {"05-NQ/TU": IMPLEMENTS}


def test_a_purpose_followed_by_advice_is_no_report(extractor: Extractor) -> None:
    """The boundary: without a body's past act after the comma ("các cấp ủy cần …": the article's advice) the document
    stays a mention."""
    text = (
        "Đưa nghị quyết vào cuộc sống\n\n"
        "Để Nghị quyết số 05-NQ/TU ngày 12/5/2021 của Ban Thường vụ Tỉnh ủy sớm đi vào cuộc sống, các cấp ủy cần tập "
        "trung lãnh đạo.\n"
    )
    assert relations(extractor(text)) == {"05-NQ/TU": MENTIONS}


STUDIED_LIST = (
    "Thực hiện Kế hoạch tháng 3 của Đảng ủy xã, chiều ngày 12/3/2024, Đảng bộ xã Tân Lập tổ chức học tập các văn kiện "
    "của Trung ương với các nội dung:\n"
    "- Nghị quyết số 41-NQ/TW về xây dựng và phát huy vai trò của đội ngũ doanh nhân.\n"
    "- Kết luận số 50-KL/TW về tiếp tục thực hiện Nghị quyết Trung ương 8 khóa XI.\n"
    "Tham dự hội nghị có 120 đảng viên.\n"
)


def test_a_meetings_list_after_a_fronted_cue_is_what_was_studied(extractor: Extractor) -> None:
    """On a meeting page, the list the main clause introduces (after "Thực hiện <its own object>, …, <body> tổ chức học
    tập … với các nội dung:") is what the meeting studied, its first item too."""
    assert relations(extractor(STUDIED_LIST)) == {"41-NQ/TW": MENTIONS, "50-KL/TW": MENTIONS}


def test_a_cue_whose_object_is_the_list_still_governs_its_first_item(extractor: Extractor) -> None:
    """The mirror: "Thực hiện các văn bản sau:" makes the cue's object the list, on a meeting page too (its first item:
    the later ones answer as before this rule)."""
    text = (
        "Thực hiện các văn bản sau:\n"
        "- Nghị quyết số 41-NQ/TW về xây dựng và phát huy vai trò của đội ngũ doanh nhân.\n"
        "Tham dự hội nghị có 120 đảng viên.\n"
    )
    assert relations(extractor(text)) == {"41-NQ/TW": IMPLEMENTS}


def test_the_same_list_on_a_page_that_reports_no_meeting_is_unchanged(extractor: Extractor) -> None:
    """The rule reads meeting pages only: without the attendance line the first item stays as the cue made it."""
    text = STUDIED_LIST.replace("Tham dự hội nghị có 120 đảng viên.\n", "")
    assert relations(extractor(text))["41-NQ/TW"] == IMPLEMENTS


PLAN_HEAD = (  # a portal's copy: the type word only in its first line, the title in capitals under the header
    "Kế hoạch 88/KH-UBND năm 2026 phát triển chính quyền số huyện Krông Bông\n"
    "ỦY BAN NHÂN DÂN HUYỆN KRÔNG BÔNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 88/KH-UBND | Krông Bông, ngày 05 tháng 01 "
    "năm 2026\nPHÁT TRIỂN CHÍNH QUYỀN SỐ HUYỆN KRÔNG BÔNG NĂM 2026\n"
)


def test_a_list_of_bases_whose_heading_the_copy_lost(extractor: Extractor) -> None:
    """Right under the title, dash items naming documents and closing with ";" are the plan's bases, "Căn cứ" lost."""
    text = PLAN_HEAD + (
        "- Luật Giao dịch điện tử ngày 22/6/2023;\n"
        "- Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ;\n"
        "- Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình chuyển đổi số quốc gia.\n"
        "I. MỤC ĐÍCH, YÊU CẦU\nTheo Quyết định số 942/QĐ-TTg ngày 15/6/2021, các xã báo cáo định kỳ.\n"
    )
    extraction = extractor(text, find_own=True)
    assert relations(extraction) == {"57-NQ/TW": IMPLEMENTS, "749/QĐ-TTg": IMPLEMENTS, "942/QĐ-TTg": MENTIONS}


def test_a_related_documents_list_under_a_heading_stays_mentioned(extractor: Extractor) -> None:
    """The mirror: a portal's list of related documents (no ";" closing the items) is no list of bases."""
    text = (
        "VĂN BẢN LIÊN QUAN\n"
        "- Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ\n"
        "- Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ\n"
    )
    assert relations(extractor(text)) == {"57-NQ/TW": MENTIONS, "749/QĐ-TTg": MENTIONS}
