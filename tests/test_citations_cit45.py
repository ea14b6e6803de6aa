"""Thirty-fifth session (citations README, "thirty-fifth session"): a sentence that points back at the event a page
reports ("Đây cũng là hoạt động …", "Hoạt động này là bước …") and says the event carries a document out.  Each on a
page written here in another layout than the pages that showed it, run on the fast extractor and its plain reference;
each positive test fails on the session's start code (8616f7f), each mirror passes on both.
"""

from __future__ import annotations

from conftest import Extractor, own_number, relations
from vanban.citations import IMPLEMENTS, MENTIONS


def test_the_reported_event_pointed_back_at_carries_the_document_out(extractor: Extractor) -> None:
    """"Đây là hoạt động trọng tâm của Trung ương đoàn thiết thực triển khai Kết luận số 174" (heldout15 h15-13), "Đây
    cũng là hoạt động thiết thực của Hội triển khai Quyết định 383/QĐ-TTg" on a workshop's page (heldout32 h32-32),
    "Hoạt động này cũng là bước cụ thể hóa Chỉ thị số 13156/UBND-CT" (heldout34 h34-21): the event the page reports is
    held to carry the document out, whoever tells it."""
    text = (
        "Ra quân làm sạch bờ biển\n\n"
        "Sáng 12/6, Huyện đoàn Núi Thành phối hợp với các xã ven biển tổ chức ra quân thu gom rác thải nhựa.\n\n"
        "Đây cũng là hoạt động thiết thực của tuổi trẻ huyện triển khai Kế hoạch số 88-KH/TĐTN ngày 3/5/2024 của Tỉnh "
        "đoàn về bảo vệ môi trường biển.\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) is None
    assert relations(got) == {"88-KH/TĐTN": IMPLEMENTS}
    other = (
        "Hội thi tìm hiểu pháp luật về phòng cháy\n\n"
        "Hội thi được tổ chức tại nhà văn hóa thôn 3 với 12 đội tham gia. Sự kiện này còn là dịp cụ thể hóa Chỉ thị số "
        "19/CT-UBND ngày 2/8/2023 của UBND huyện về tăng cường phòng cháy, chữa cháy ở khu dân cư.\n"
    )
    assert relations(extractor(other, find_own=True)) == {"19/CT-UBND": IMPLEMENTS}


def test_a_year_pointed_back_at_as_the_first_of_the_carrying_out(extractor: Extractor) -> None:
    """"Đây cũng là năm học đầu tiên triển khai Nghị quyết số 71-NQ/TW …" (heldout33 h33-01): the school year the page
    opens is the first of the resolution's carrying out (rule C's counted year)."""
    text = (
        "Khai giảng năm học mới ở vùng cao\n\n"
        "Các trường học trên địa bàn huyện Mường Tè đồng loạt tổ chức lễ khai giảng sáng 5/9.\n"
        "Đây là năm học đầu tiên triển khai Kế hoạch số 145/KH-UBND ngày 2/8/2025 của UBND tỉnh về phổ cập giáo dục "
        "mầm non cho trẻ 3 tuổi.\n"
    )
    assert relations(extractor(text, find_own=True)) == {"145/KH-UBND": IMPLEMENTS}


def test_pointing_back_at_people_or_a_review_or_a_rule_stays_a_mention(extractor: Extractor) -> None:
    """The mirrors: a relative clause of others' acts ("Đây là những tập thể … đã có thành tích xuất sắc trong 03 năm
    thực hiện Chỉ thị …", import heldout29 ae16, a commendation's news), a review before the verb ("Đó là yêu cầu …
    đánh giá tình hình thực hiện …"), "theo …" (no carrying verb), and a carrying verb in a sentence that points at
    nothing, keep the news page's reading."""
    text = (
        "Khen thưởng các điển hình học tập và làm theo Bác\n\n"
        "UBND huyện vừa trao giấy khen cho 12 tập thể và 15 cá nhân. Đây là những tập thể và cá nhân đã có thành tích "
        "xuất sắc trong 5 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.\n\n"
        "Hội nghị này là dịp đánh giá tình hình thực hiện Nghị quyết số 12-NQ/HU ngày 4/4/2021 của Huyện ủy.\n\n"
        "Đây là kỳ giao ban đầu tiên của Hội theo Quyết định số 1656/QĐ-UBND ngày 1/7/2025 của UBND thành phố.\n"
    )
    got = relations(extractor(text, find_own=True))
    assert got == {"05-CT/TW": MENTIONS, "12-NQ/HU": MENTIONS, "1656/QĐ-UBND": MENTIONS}


def test_a_sentence_looking_back_on_a_span_of_carrying_out_on_a_meetings_page(extractor: Extractor) -> None:
    """"Qua 5 năm thực hiện thực hiện Chỉ thị số 05 – CT/TW …, nhận thức … được nâng lên" after a review meeting's lead
    (heldout32 h32-36), "Sau 2 năm thực hiện Kết luận số 01-KL/TW …, xã Vĩnh Trường đã …" (heldout34 h34-07): the
    meeting's name holds its review, the sentence opening with the span tells the body's own carrying out (rule C)."""
    text = (
        "Đảng ủy xã Tân Lập sơ kết 3 năm thực hiện Nghị quyết số 09-NQ/HU\n\n"
        "Sáng 14/8, Đảng ủy xã Tân Lập tổ chức hội nghị sơ kết 3 năm thực hiện Nghị quyết số 09-NQ/HU ngày 2/6/2021 "
        "của Ban Chấp hành Đảng bộ huyện về phát triển chăn nuôi. Dự hội nghị có đồng chí Phó Bí thư Huyện ủy.\n\n"
        "Qua 3 năm triển khai thực hiện Nghị quyết số 09-NQ/HU, tổng đàn gia súc của xã tăng 18%, nhiều hộ thoát nghèo.\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) is None
    assert relations(got) == {"09-NQ/HU": IMPLEMENTS}


def test_a_look_back_under_a_date_stamp_and_a_term_of_office(extractor: Extractor) -> None:
    """"Thứ Hai, ngày 17/05/2021 | 06:29⏎Sau 5 năm thực hiện Chỉ thị số 05 …, Đảng bộ … đã …" (heldout34 h34-08: the
    stamp has no end mark, the line's capital opens the sentence), "Sau hơn nửa nhiệm kỳ thực hiện Nghị quyết số
    02-NQ/HU" (heldout30 h30-18, a term of office as the unit)."""
    text = (
        "Thứ Ba, ngày 04/06/2024 | 07:15\n"
        "Sau hơn nửa nhiệm kỳ thực hiện Nghị quyết số 03-NQ/TU ngày 20/4/2021 của Ban Chấp hành Đảng bộ tỉnh về giảm "
        "nghèo bền vững, Đảng bộ và Nhân dân huyện Si Ma Cai đã đạt nhiều kết quả. Giao lưu tại Hội nghị sơ kết.\n"
    )
    assert relations(extractor(text, find_own=True)) == {"03-NQ/TU": IMPLEMENTS}


def test_a_span_during_which_or_a_review_of_it_stays_the_meetings_business(extractor: Extractor) -> None:
    """The mirrors on a review meeting's page: "Trong 10 năm triển khai, thực hiện Chương trình phối hợp số 09/…"
    (heldout16 h16-18: a span during which, labelled mentions), the meeting's own "tổng kết 5 năm thực hiện …", and a
    span whose verb is no carrying out ("Sau 3 năm ban hành Quyết định số …")."""
    text = (
        "Ngày 20/6, Công an tỉnh và Ủy ban MTTQ tỉnh tổ chức hội nghị tổng kết 5 năm thực hiện Chương trình phối hợp "
        "số 07/CTr-CAT-MTTQ ngày 1/3/2019 về phong trào toàn dân bảo vệ an ninh Tổ quốc.\n\n"
        "Trong 5 năm triển khai, thực hiện Chương trình phối hợp số 07/CTr-CAT-MTTQ, phong trào được các cấp quan tâm.\n\n"
        "Sau 3 năm ban hành Quyết định số 112/QĐ-UBND ngày 5/1/2021 của UBND tỉnh, các mô hình tự quản được nhân rộng. "
        "Các đại biểu phát biểu tham luận tại hội nghị.\n"
    )
    got = relations(extractor(text, find_own=True))
    assert got == {"07/CTr-CAT-MTTQ": MENTIONS, "112/QĐ-UBND": MENTIONS}
