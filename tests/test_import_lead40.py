"""Thirtieth session (imp40): the kinds the unseen sets keep bringing, by their general form. Every sentence here is
written for the test (other bodies, places, people and subjects than the sets'): one sentence splitter for every lead
reader (a stop before an opening quote ends a sentence; "TP.", "ThS.", an initial, a number never do), letter classes
by case (a range "à-ỹ" holds capitals too), an office that acts for its body ("Giám đốc Sở X" → "Sở X"; a chairman's
decision or a letter under the committee's code → the committee), no reporting
verb in an issuer, several documents of one type (the type, never a number or trích yếu), a headline naming its
document by type and number, a body acting with no document named (the issuer only), a grounds list's bodies.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import imported_front
from vanban.importer.lead_grammar import read_sentence
from vanban.importer.office_holder import body_of_office, person_before
from vanban.importer.patterns import LOWER, LOWER_MARKED, SENTENCE, UPPER, UPPER_MARKED

FORMS = ("txt", "html", "docx")


@pytest.mark.parametrize(("text", "pieces"), [
    # a stop, then an opening quote: a new sentence
    ("Bộ trưởng vừa ký Quyết định về việc tổ chức Tuần lễ Áo dài. “Tuần lễ Áo dài” diễn ra hằng năm.",
     ["Bộ trưởng vừa ký Quyết định về việc tổ chức Tuần lễ Áo dài.", "“Tuần lễ Áo dài” diễn ra hằng năm."]),
    ("Sở đã có văn bản về việc này. (Ảnh: minh họa) Theo đó, các xã …",
     ["Sở đã có văn bản về việc này.", "(Ảnh: minh họa) Theo đó, các xã …"]),
    # a closing quote after the stop
    ("Hội nghị đã thông qua “Quy chế làm việc.” Sau đó, Ban …", ["Hội nghị đã thông qua “Quy chế làm việc.”",
                                                               "Sau đó, Ban …"]),
    # never after an abbreviation, a title, an initial or inside a number
    ("UBND TP. Cần Thơ và ThS. Lê Văn B. Trần cùng ký 1.250 hồ sơ.", ["UBND TP. Cần Thơ và ThS. Lê Văn B. Trần cùng ký "
                                                                       "1.250 hồ sơ."]),
    # a two-letter word in lower case ends one; a small letter with marks never opens one
    ("Việc này giao cho xã. Ủy ban huyện theo dõi.", ["Việc này giao cho xã.", "Ủy ban huyện theo dõi."]),
    ("Số liệu năm 2023. ước tính còn thiếu.", ["Số liệu năm 2023. ước tính còn thiếu."]),
])
def test_one_sentence_splitter(text: str, pieces: list[str]) -> None:
    assert SENTENCE.split(text) == pieces


def test_letter_classes_hold_one_case() -> None:
    small, capital = re.compile(f"[{LOWER}]"), re.compile(f"[{UPPER}]")
    for letter in UPPER_MARKED:
        assert capital.fullmatch(letter) and not small.fullmatch(letter), letter
    for letter in LOWER_MARKED:
        assert small.fullmatch(letter) and not capital.fullmatch(letter), letter
    assert len(UPPER_MARKED) == len(LOWER_MARKED) and UPPER_MARKED.lower() == LOWER_MARKED


@pytest.mark.parametrize(("office", "body"), [
    ("Giám đốc Sở Tư pháp tỉnh Bình Phước", "Sở Tư pháp tỉnh Bình Phước"),
    ("Phó Giám đốc Trung tâm Y tế huyện Mỹ Tú", "Trung tâm Y tế huyện Mỹ Tú"),
    # a committee's chairman issues as his committee (the forty-first session's rule); the old head of government
    # printed in the header in the body's place stays
    ("Chủ tịch UBND xã Phú Hòa", "Ủy ban nhân dân xã Phú Hòa"),
    ("Chủ tịch Hội đồng Bộ trưởng", "Chủ tịch Hội đồng Bộ trưởng"),
    ("Hiệu trưởng trường Tiểu học Hòa Bình", "Trường Tiểu học Hòa Bình"),
    ("Trưởng Ban Quản lý chợ Bến Thành", "Ban Quản lý chợ Bến Thành"),
    ("Bộ trưởng Bộ Công Thương", "Bộ Công Thương"),
    # a reporting verb is never part of the body
    ("Sở Xây dựng tỉnh Long An cho biết", "Sở Xây dựng tỉnh Long An"),
    ("Ban Quản lý dự án thông tin", "Ban Quản lý dự án"),
    # the bodies themselves, and offices that are issuers of their own, stay as they are
    ("Ủy ban nhân dân huyện Cái Bè", "Ủy ban nhân dân huyện Cái Bè"),
    ("Thủ tướng Chính phủ", "Thủ tướng Chính phủ"),
    ("Chủ tịch nước", "Chủ tịch nước"),
    ("Trưởng phòng Nội vụ", "Trưởng phòng Nội vụ"),
])
def test_an_office_issues_as_its_body(office: str, body: str) -> None:
    assert body_of_office(office) == body


def test_a_person_before_his_office() -> None:
    assert person_before("bà Lê Thị Hồng Nhung, Giám đốc Sở Tài chính") == ("Lê Thị Hồng Nhung", "Giám đốc Sở Tài chính")
    assert person_before("tin từ Sở Tài chính, ông") == ("", "tin từ Sở Tài chính, ông")


@pytest.mark.parametrize(("sentence", "body", "kind", "several", "signer"), [
    # a counted noun between the verb and the type: several documents of one type
    ("UBND huyện Đông Hải vừa ban hành ba quyết định công nhận xã đạt chuẩn nông thôn mới.",
     "UBND huyện Đông Hải", "Quyết định", True, ""),
    ("Sở Nội vụ đã có 2 công văn gửi các huyện về tinh giản biên chế.", "Sở Nội vụ", "Công văn", True, ""),
    # the generic noun counted: not even the type
    ("Bộ Tài chính vừa có các văn bản hướng dẫn quyết toán.", "Bộ Tài chính", "", True, ""),
    # the person before his office, then the office's verb: no clause, the signer named
    ("Ngày 9-3, bà Lê Thị Hồng Nhung, Giám đốc Sở Tài chính tỉnh Cà Mau đã ký quyết định về giá dịch vụ xe buýt.",
     "Giám đốc Sở Tài chính tỉnh Cà Mau", "Quyết định", False, "Lê Thị Hồng Nhung"),
])
def test_grammar_counts_and_people(sentence: str, body: str, kind: str, several: bool, signer: str) -> None:
    lead = read_sentence(sentence)
    assert lead is not None
    assert (lead.body, lead.kind, lead.several, lead.signer) == (body, kind, several, signer)
    if several:
        assert (lead.number, lead.subject) == ("", "")


@pytest.mark.parametrize(("sentence", "body"), [
    ("Phòng Tài nguyên và Môi trường huyện Cần Đước đề nghị các xã rà soát đất công.",
     "Phòng Tài nguyên và Môi trường huyện Cần Đước"),
    ("Nhằm bảo đảm an toàn mùa mưa bão, mới đây Ban Quản lý rừng phòng hộ Tánh Linh yêu cầu các tổ bảo vệ rừng trực 24/24.",
     "Ban Quản lý rừng phòng hộ Tánh Linh"),
])
def test_a_body_acting_without_a_document(sentence: str, body: str) -> None:
    lead = read_sentence(sentence)
    assert lead is not None and lead.acting and (lead.body, lead.kind) == (body, "")


def test_a_story_after_a_clause_names_no_acting_body() -> None:
    lead = read_sentence("Sau cuộc họp chiều qua, Phòng Kinh tế huyện Cần Giờ đề nghị các xã báo cáo thiệt hại.")
    assert lead is None or not lead.acting


@pytest.mark.parametrize("form", FORMS)
def test_office_holder_lead_issues_as_the_body(tmp_path: Path, form: str) -> None:
    text = ("Tuyển dụng giáo viên năm 2025\n\n"
            "Ngày 3.9, tin từ Sở Giáo dục và Đào tạo tỉnh Hậu Giang cho biết, bà Nguyễn Thị Mỹ Hạnh, Giám đốc Sở Giáo dục "
            "và Đào tạo tỉnh Hậu Giang vừa ký ban hành thông báo về việc tuyển dụng 310 giáo viên năm học 2025-2026.\n\n"
            "Theo đó, các đơn vị trực thuộc tổ chức xét tuyển hai vòng.")
    front = imported_front(tmp_path, text, form)
    assert front["issuer"] == "Sở Giáo dục và Đào tạo tỉnh Hậu Giang"
    assert front["type"] == "Thông báo"
    assert front.get("signer") == "Nguyễn Thị Mỹ Hạnh"


@pytest.mark.parametrize("form", FORMS)
def test_reporting_verb_left_out_of_the_issuer(tmp_path: Path, form: str) -> None:
    text = ("Lịch nghỉ hè của công chức\n\n"
            "Ngày 12-6, Sở Nội vụ tỉnh Trà Vinh cho biết đã có thông báo gửi các cơ quan, đơn vị về việc bố trí lịch "
            "nghỉ phép năm 2025 của công chức.\n\nTheo đó, các cơ quan bố trí người trực.")
    front = imported_front(tmp_path, text, form)
    assert front["issuer"] == "Sở Nội vụ tỉnh Trà Vinh"


@pytest.mark.parametrize("form", FORMS)
def test_several_documents_give_the_type_only(tmp_path: Path, form: str) -> None:
    text = ("Công nhận xã nông thôn mới\n\n"
            "UBND tỉnh Bến Tre vừa có ba quyết định công nhận các xã Phú Nhuận, Mỹ Thạnh và Tân Hào đạt chuẩn nông thôn "
            "mới nâng cao.\n\nTheo đó, tại Quyết định số 1201, UBND tỉnh công nhận xã Phú Nhuận.")
    front = imported_front(tmp_path, text, form)
    assert front["type"] == "Quyết định"
    assert front["issuer"] == "Ủy ban nhân dân tỉnh Bến Tre"
    assert not front.get("number")


@pytest.mark.parametrize("form", FORMS)
def test_subject_ends_before_an_opening_quote(tmp_path: Path, form: str) -> None:
    text = ("Lễ hội Hoa ban\n\n"
            "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch vừa ký Quyết định về việc tổ chức Lễ hội Hoa ban năm 2026. "
            "“Lễ hội Hoa ban” diễn ra tại tỉnh Điện Biên.\n\nXem thêm")
    front = imported_front(tmp_path, text, form)
    assert front["type"] == "Quyết định"
    assert str(front["title"]).lower() == "về việc tổ chức lễ hội hoa ban năm 2026"


@pytest.mark.parametrize("form", FORMS)
def test_numbered_headline_names_the_page_document(tmp_path: Path, form: str) -> None:
    text = ("Tin tức\n\nCông văn 2817/BYT-KCB tăng cường phòng chống sốt xuất huyết mùa mưa\n\nCập nhật: 14/08/2024 10:02\n\n"
            "Thời gian qua, số ca mắc sốt xuất huyết tăng ở nhiều địa phương.\n\nNội dung văn bản xem trong tệp đính kèm")
    front = imported_front(tmp_path, text, form)
    assert (front["number"], front["type"]) == ("2817/BYT-KCB", "Công văn")
    assert str(front["title"]).lower() == "tăng cường phòng chống sốt xuất huyết mùa mưa"


@pytest.mark.parametrize("form", FORMS)
def test_acting_body_in_the_opening(tmp_path: Path, form: str) -> None:
    text = ("Tiêm phòng lở mồm long móng cho gia súc\n\n"
            "Để chủ động phòng bệnh cho đàn gia súc, vừa qua Trạm Chăn nuôi và Thú y huyện Krông Pắc đề nghị UBND các xã "
            "tổ chức tiêm phòng đợt 1 năm 2025.\n\nThời gian tiêm từ ngày 1/4/2025.")
    front = imported_front(tmp_path, text, form)
    assert front["issuer"] == "Trạm Chăn nuôi và Thú y huyện Krông Pắc"
    assert not front.get("type") and not front.get("number")


@pytest.mark.parametrize("form", FORMS)
def test_grounds_list_body_is_never_the_issuer(tmp_path: Path, form: str) -> None:
    text = ("TUYỂN SINH LỚP 10\n\nTRƯỜNG THPT NGUYỄN DU\n\nTHÔNG BÁO\n\nTuyển sinh vào lớp 10 năm học 2025-2026\n\n"
            "Căn cứ Quy chế tuyển sinh; Kế hoạch của Sở GD&ĐT tỉnh Đắk Lắk; UBND huyện Krông Năng; trường THPT Nguyễn Du; "
            "Hội đồng tuyển sinh trường THPT Nguyễn Du thông báo tuyển sinh lớp 10 như sau:\n\n1. Chỉ tiêu: 450 học sinh.")
    front = imported_front(tmp_path, text, form)
    assert front.get("issuer") == "Trường THPT Nguyễn Du"


_RECORD = {"Số ký hiệu": "118/QĐ-UBND", "Ngày ban hành": "07/05/2024", "Cơ quan ban hành": "Ủy ban nhân dân huyện Tháp Mười",
           "Trích yếu": "Về việc thành lập Tổ công tác cải cách hành chính năm 2024"}


@pytest.mark.parametrize("layout", ["pipes", "bare", "colon", "cells"])
@pytest.mark.parametrize("order", [(0, 1, 2, 3), (3, 2, 0, 1)])
@pytest.mark.parametrize("form", FORMS)
def test_property_table_in_any_order(tmp_path: Path, layout: str, order: tuple[int, ...], form: str) -> None:
    items = [list(_RECORD.items())[k] for k in order]
    rows = {"pipes": [f"| {k} | {v} |" for k, v in items], "bare": [f"{k} {v}" for k, v in items],
            "colon": [f"{k}: {v}" for k, v in items], "cells": [x for k, v in items for x in (k, v)]}[layout]
    text = "Cơ sở dữ liệu văn bản\n\n" + "\n".join(rows) + "\n\nTải về tệp đính kèm"
    front = imported_front(tmp_path, text, form)
    assert (front["number"], front["issuer"], front["date"]) == ("118/QĐ-UBND", "Ủy ban nhân dân huyện Tháp Mười",
                                                                 "2024-05-07")
    assert str(front["title"]).lower() == _RECORD["Trích yếu"].lower()


@pytest.mark.parametrize("form", FORMS)
def test_chairman_letter_under_the_committee_code(tmp_path: Path, form: str) -> None:
    text = ("Xử lý khai thác cát trái phép\n\n"
            "Tình trạng khai thác cát trái phép trên sông vẫn diễn ra ở nhiều nơi.\n\n"
            "Để chấn chỉnh tình trạng này, chiều 3/10, Chủ tịch UBND tỉnh Vĩnh Long đã phát đi công văn số 4120/UBND-KTN "
            "nhằm tăng cường kiểm tra.\n\nTheo đó, các sở, ngành phối hợp thực hiện.")
    front = imported_front(tmp_path, text, form)
    assert (front["number"], front["type"], front["issuer"]) == ("4120/UBND-KTN", "Công văn",
                                                                 "Ủy ban nhân dân tỉnh Vĩnh Long")


@pytest.mark.parametrize("form", FORMS)
def test_a_quoting_sentence_is_no_numbered_headline(tmp_path: Path, form: str) -> None:
    text = ("Hỏi đáp pháp luật\n\nQuy định 12/QĐ-TLĐ năm 2021 quy định như sau:\n\n"
            "Đoàn viên công đoàn có quyền được thông tin, thảo luận.")
    front = imported_front(tmp_path, text, form)
    assert not front.get("number")
