"""The kinds of case heldout11 taught (scored untuned at the end of the thirteenth session, then spent), grouped by the
reasoning a careful reader applies, one test per kind on small written examples (not its passages), each run on the
fast extractor and on its plain reference."""

from __future__ import annotations

from conftest import Extractor, relations
from vanban.citations import IMPLEMENTS, MENTIONS

# --------------------------------------------------------------------------- narration: what an event presented


def test_the_items_a_meetings_report_lists_are_reported_whatever_verb_opens_each(extractor: Extractor) -> None:
    text = (
        "Chiều 5/10, Đảng ủy xã An Bình tổ chức Hội nghị Ban Chấp hành Đảng bộ xã lần thứ hai.\n\n"
        "Tại Hội nghị, Đảng ủy đã triển khai các văn bản: Quán triệt Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính "
        "trị; Triển khai Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị; Thông qua Quy định số 296-QĐ/TW ngày "
        "30/5/2025 của Ban Chấp hành Trung ương.\n\n"
        "Thực hiện Kế hoạch số 20-KH/HU của Huyện ủy, Đảng ủy xã đã xây dựng chương trình hành động."
    )
    assert relations(extractor(text)) == {
        "66-NQ/TW": MENTIONS,
        "45-CT/TW": MENTIONS,
        "296-QĐ/TW": MENTIONS,
        "20-KH/HU": IMPLEMENTS,  # a cue heading a clause still says what the body carries out
    }


def test_what_a_speaker_is_reported_to_have_rolled_out_is_narrated(extractor: Extractor) -> None:
    text = (
        "Sáng 2/12, UBND xã Hòa Lạc tổ chức lễ chào cờ đầu tháng.\n\n"
        "Sau lễ chào cờ, đồng chí Chủ tịch UBND xã đã phát biểu triển khai các nhiệm vụ trọng tâm tháng 12, như: Tập "
        "trung thực hiện hoàn thành Kế hoạch số 45/KH-UBND về cấp giấy chứng nhận quyền sử dụng đất."
    )
    assert relations(extractor(text)) == {"45/KH-UBND": MENTIONS}


# --------------------------------------------------------------------------- a directive hands its documents down


def test_a_directives_list_names_its_addressees_with_a_dash(extractor: Extractor) -> None:
    text = (
        "Bộ Nông nghiệp và Phát triển nông thôn đề nghị UBND các tỉnh – thành phố thực hiện tốt một số nội dung sau:\n\n"
        "- Phổ biến Luật Lâm nghiệp năm 2017.\n"
        "- Tiếp tục tổ chức thực hiện nghiêm túc Chỉ thị số 13-CT/TW ngày 12/01/2017 của Ban Bí thư về quản lý rừng."
    )
    assert relations(extractor(text)) == {"13-CT/TW": IMPLEMENTS}


def test_the_addressees_own_directing_verbs_pass_the_cue_on(extractor: Extractor) -> None:
    text = (
        "UBND tỉnh yêu cầu các sở, ban, ngành, UBND các huyện quán triệt, tập trung lãnh đạo, chỉ đạo thực hiện đồng bộ "
        "các giải pháp để hoàn thành các mục tiêu của Nghị quyết số 21-NQ/TW ngày 25/10/2017 về công tác dân số.\n\n"
        "Văn phòng nhận được ý kiến chỉ đạo thực hiện Kế hoạch số 30/KH-UBND của UBND huyện."
    )
    assert relations(extractor(text)) == {"21-NQ/TW": IMPLEMENTS, "30/KH-UBND": MENTIONS}


def test_theo_in_an_item_a_directive_hands_down_names_a_rule(extractor: Extractor) -> None:
    text = (
        "Sở Giáo dục và Đào tạo đề nghị thủ trưởng các đơn vị quán triệt một số nội dung sau:\n\n"
        "Thực hiện nghiêm túc thời gian tổng kết năm học theo Quyết định số 1822/QĐ-UBND của UBND tỉnh.\n\n"
        "Thực hiện Kế hoạch số 15/KH-SGDĐT của Sở, các trường tổ chức lễ bế giảng."
    )
    assert relations(extractor(text)) == {"1822/QĐ-UBND": MENTIONS, "15/KH-SGDĐT": IMPLEMENTS}


def test_a_description_after_an_issuer_typed_in_lower_case_nests_its_documents(extractor: Extractor) -> None:
    text = (
        "Bộ đề nghị UBND các tỉnh thực hiện tốt một số nội dung sau:\n"
        "- Tiếp tục tổ chức thực hiện Nghị quyết số 71/NQ-CP của chính phủ về chương trình hành động thực hiện chỉ thị "
        "số 12 của Ban Bí thư."
    )
    assert relations(extractor(text)) == {"71/NQ-CP": IMPLEMENTS, "12": MENTIONS}


def test_a_plan_the_addressees_are_to_draft_hands_the_document_down(extractor: Extractor) -> None:
    text = (
        "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành tập trung thực hiện tốt một số nhiệm vụ sau:\n\n"
        "1. Xây dựng chương trình, kế hoạch triển khai các nội dung chỉ đạo của Thủ tướng Chính phủ tại Công điện số "
        "17/CĐ-TTg ngày 03/5/2023.\n\n"
        "Các đại biểu thảo luận việc xây dựng kế hoạch triển khai Chỉ thị số 05-CT/TU của Tỉnh ủy."
    )
    assert relations(extractor(text)) == {"17/CĐ-TTg": IMPLEMENTS, "05-CT/TU": MENTIONS}
