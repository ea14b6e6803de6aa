"""Twenty-ninth session (imp39): one lead grammar for pages without a header, read slot by slot, and a portal's
chrome left out of imported bodies. Every sentence here is written for the test (other bodies, places, subjects and
wordings than the sets'), one variant per slot: [time] [body] [cho biết] [vừa/đã/mới] [verb] [noun (+ hỏa tốc)]
[số N] [ngày D] [gửi/đến …] [subject]. A slot the sentence does not settle leaves its field empty.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from conftest import imported_front
from vanban.importer.lead_grammar import read_sentence
from vanban.importer.page_leftovers import body_chrome, dangling_label, portal_day, without_null

FORMS = ("txt", "html", "docx")


def _five(front: dict[str, object]) -> tuple[object, ...]:
    return tuple(front.get(k, "") or "" for k in ("number", "type", "issuer", "date", "title"))


@pytest.mark.parametrize(("sentence", "body", "kind", "subject"), [
    # generic noun, addressees, then a label: a Công văn, its "về việc" dropped
    ("Sở Công Thương vừa có văn bản gửi các huyện, thị xã; các doanh nghiệp về việc bình ổn giá mặt hàng thiết yếu.",
     "Sở Công Thương", "Công văn", "bình ổn giá mặt hàng thiết yếu"),
    # the urgency word after the noun, "tới" for the addressees, "về" alone
    ("Ban Chỉ huy Quân sự huyện đã gửi công văn hỏa tốc tới các xã về phòng chống lụt bão năm nay.",
     "Ban Chỉ huy Quân sự huyện", "Công văn", "phòng chống lụt bão năm nay"),
    # a text that informs, named by what it does after the generic noun
    ("Liên đoàn Lao động tỉnh vừa ra văn bản hướng dẫn việc tổ chức Tháng Công nhân năm 2025.",
     "Liên đoàn Lao động tỉnh", "Hướng dẫn", "việc tổ chức Tháng Công nhân năm 2025"),
    ("Chi cục Thú y vừa có văn bản cảnh báo nguy cơ bùng phát dịch tả lợn châu Phi tại 12 xã.",
     "Chi cục Thú y", "Công văn", "cảnh báo nguy cơ bùng phát dịch tả lợn châu Phi tại 12 xã"),
    # a letter that asks: no trích yếu
    ("Sở Tài chính vừa có văn bản đề nghị các đơn vị rà soát số dư tạm ứng.", "Sở Tài chính", "Công văn", ""),
    # the type's own name, its subject right after it; the time slot opens the sentence
    ("Mới đây, Ủy ban nhân dân huyện Tân Kỳ đã ký quyết định thành lập Tổ công tác đặc biệt về đất đai.",
     "Ủy ban nhân dân huyện Tân Kỳ", "Quyết định", "thành lập Tổ công tác đặc biệt về đất đai"),
    # a reported lead: "cho biết" between the body and its tense
    ("Bộ Công an cho biết đã có công văn gửi Bộ Tài chính đề xuất sửa mức phí.", "Bộ Công an", "Công văn", ""),
    # a clause before the body, with "vừa": the news item's own lead
    ("Trước tình hình nắng nóng kéo dài, Hạt Kiểm lâm huyện vừa ban hành kế hoạch phòng cháy rừng mùa khô.",
     "Hạt Kiểm lâm huyện", "Kế hoạch", "phòng cháy rừng mùa khô"),
    # a council's term and session after its name
    ("Ngày 5/3/2024, Hội đồng nhân dân tỉnh khóa XVI, kỳ họp thứ 9 đã ban hành Nghị quyết về giá đất.",
     "Hội đồng nhân dân tỉnh", "Nghị quyết", "về giá đất"),
    # a notice's own voice: its subject after "về", the page's "như trên" left out
    ("Ban Quản lý chợ Đông Hà xin thông báo lại về giờ mở cửa trong dịp Tết như trên để tiểu thương biết.",
     "Ban Quản lý chợ Đông Hà", "Thông báo", "về giờ mở cửa trong dịp Tết"),
    ("Thừa ủy quyền của Giám đốc Sở, Trung tâm Kiểm soát bệnh tật thông báo về lịch tiêm vắc xin sởi như sau:",
     "Trung tâm Kiểm soát bệnh tật", "Thông báo", "về lịch tiêm vắc xin sởi"),
    ("UBND phường Tân Định thông báo để các hộ kinh doanh trên địa bàn được biết.",
     "UBND phường Tân Định", "Thông báo", ""),
    # the ministry named after its department is not the issuer
    ("Cục An toàn thực phẩm, Bộ Y tế vừa có công văn gửi các tỉnh về việc kiểm tra bếp ăn tập thể.",
     "Cục An toàn thực phẩm", "Công văn", "kiểm tra bếp ăn tập thể"),
    # a clause before a body that does not say it has just done so: a story, not settled
    ("Thi hành chỉ đạo của tỉnh, Ban Dân tộc thông báo kết quả bình xét hộ nghèo.", "Ban Dân tộc", "", ""),
])
def test_slots_read_left_to_right(sentence: str, body: str, kind: str, subject: str) -> None:
    lead = read_sentence(sentence)
    assert lead is not None
    assert (lead.body, lead.kind, lead.subject) == (body, kind, subject)


@pytest.mark.parametrize("sentence", [
    "Sở Nội vụ đã có văn bản hướng dẫn thực hiện Nghị định số 33/2023/NĐ-CP của Chính phủ.",  # guidance or letter?
    "Người dân vừa có văn bản gửi UBND xã về việc lấn chiếm đất.",  # no body issues it
    "Trong năm, Sở Y tế đã ban hành kế hoạch kiểm tra an toàn thực phẩm.",  # a story after a clause, not the lead
    "Sở Xây dựng thông báo kết quả kiểm tra các công trình.",  # a body telling news, not a notice's own voice
])
def test_unsettled_sentences_give_nothing(sentence: str) -> None:
    lead = read_sentence(sentence)
    assert lead is None or lead.kind == ""


def test_several_documents_give_no_number_or_subject() -> None:
    """Several documents: none is the page's (no number, no trích yếu); their one type is (imp40, heldout27 ac17)."""
    lead = read_sentence("UBND huyện vừa ban hành 4 Quyết định công nhận các thôn đạt chuẩn.")
    assert lead is not None and lead.several
    assert (lead.kind, lead.number, lead.subject) == ("Quyết định", "", "")


def test_dated_issue_and_number() -> None:
    lead = read_sentence("Ngày 02/10/2023, Sở Giáo dục và Đào tạo ban hành Kế hoạch số 88/KH-SGDĐT về chuyển đổi số.")
    assert lead is not None
    assert (lead.number, lead.issued, lead.subject) == ("88/KH-SGDĐT", datetime.date(2023, 10, 2), "về chuyển đổi số")
    undated = read_sentence("Ngày 02/10, Sở Giáo dục và Đào tạo đã có văn bản gửi các trường về việc dạy thêm.")
    assert undated is not None and undated.issued is None  # a day and month without a year: no date
    rolled = read_sentence("Ngày 02/10/2023, Sở Giáo dục và Đào tạo triển khai kế hoạch chuyển đổi số.")
    assert rolled is not None and rolled.issued is None  # rolled out that day, issued who knows when


@pytest.mark.parametrize("form", FORMS)
def test_a_headerless_letter_page(tmp_path: Path, form: str) -> None:
    text = ("Sở Nông nghiệp Lâm Đồng yêu cầu tăng cường phòng dịch\n\n"
            "Ngày 14/8, Sở Nông nghiệp và Phát triển nông thôn tỉnh Lâm Đồng đã có văn bản gửi UBND các huyện, thành "
            "phố về việc tăng cường các biện pháp phòng, chống dịch bệnh trên đàn gia súc.\n\n"
            "Theo đó, các địa phương cần chủ động kiểm tra, giám sát.\n")
    assert _five(imported_front(tmp_path, text, form)) == (
        "", "Công văn", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Lâm Đồng", "",
        "tăng cường các biện pháp phòng, chống dịch bệnh trên đàn gia súc")


@pytest.mark.parametrize("form", FORMS)
def test_a_chairman_signs_a_decision_for_his_committee(tmp_path: Path, form: str) -> None:
    text = ("Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo thi đua tỉnh Bình Phước vừa ký quyết định khen thưởng 20 tập "
            "thể có thành tích xuất sắc.\n")
    assert _five(imported_front(tmp_path, text, form)) == (
        "", "Quyết định", "Ủy ban nhân dân tỉnh Bình Phước", "", "khen thưởng 20 tập thể có thành tích xuất sắc")


@pytest.mark.parametrize("form", FORMS)
def test_an_event_day_is_no_date_line(tmp_path: Path, form: str) -> None:
    text = ("I. Thời gian tạm dừng cấp nước\n"
            "Thời gian tạm dừng (dự kiến): Thứ Ba, ngày 09 tháng 12 năm 2025.\n"
            "Khu vực: tổ 3, tổ 4 phường An Bình.\n"
            "UBND phường An Bình thông báo để Nhân dân được biết.\n")
    front = imported_front(tmp_path, text, form)
    assert (front.get("date") or "", front.get("place") or "", front.get("type")) == ("", "", "Thông báo")


def test_portal_chrome_is_no_body_line() -> None:
    assert portal_day("Thứ hai, Tháng 3 9, 2020")
    assert portal_day("Chủ nhật, 12/05/2024")
    assert not portal_day("Thứ hai, ngày 9 tháng 3 năm 2020, toàn trường chào cờ.")
    assert body_chrome(["Nội dung.", "Tài liệu:", ""]) == {1}
    assert body_chrome(["Tài liệu:", "Báo cáo tổng kết năm.docx"]) == set()
    assert dangling_label("Tài liệu:") and dangling_label("File đính kèm:")
    assert not dangling_label("Tài liệu: Báo cáo tổng kết")
    assert without_null("null Kế hoạch tổ chức Hội thao") == "Kế hoạch tổ chức Hội thao"
    assert without_null("Giá trị null được bỏ qua") == "Giá trị null được bỏ qua"


@pytest.mark.parametrize("form", FORMS)
def test_imported_body_keeps_no_portal_chrome(tmp_path: Path, form: str) -> None:
    text = ("null Tổ chức Hội thao công nhân viên chức năm 2024\n\n"
            "Thứ hai, Tháng 3 9, 2024\n\n"
            "Ngày 9/3/2024, Công đoàn Viên chức tỉnh ban hành Kế hoạch số 12/KH-CĐVC về tổ chức Hội thao.\n\n"
            "Tài liệu:\n")
    imported_front(tmp_path, text, form)
    body = next((tmp_path / "content").rglob("*.md")).read_text("utf-8").split("---\n", 2)[2]
    assert "null" not in body and "Tháng 3 9, 2024" not in body and "Tài liệu:" not in body
    assert "Hội thao" in body


@pytest.mark.parametrize("form", FORMS)
def test_a_post_title_that_is_the_documents_own_name(tmp_path: Path, form: str) -> None:
    text = ("Thông báo lịch tiếp công dân tháng 8 năm 2024\n\n"
            "Ủy ban nhân dân xã Hòa Phong thông báo về lịch tiếp công dân của lãnh đạo xã trong tháng 8 như sau:\n\n"
            "- Thứ Hai hằng tuần: Chủ tịch UBND xã tiếp công dân.\n")
    front = imported_front(tmp_path, text, form)
    assert (front.get("type"), front.get("title")) == ("Thông báo", "lịch tiếp công dân tháng 8 năm 2024")


@pytest.mark.parametrize("form", FORMS)
def test_a_headline_is_not_the_documents_name(tmp_path: Path, form: str) -> None:
    text = ("Bình Định sẽ tạm dừng thu phí tham quan di tích trong tháng 9\n\n"
            "Sở Văn hóa và Thể thao tỉnh Bình Định vừa có văn bản thông báo về việc tạm dừng thu phí tham quan tại "
            "các di tích trong tháng 9.\n")
    front = imported_front(tmp_path, text, form)
    assert (front.get("type"), front.get("title")) == (
        "Thông báo", "về việc tạm dừng thu phí tham quan tại các di tích trong tháng 9")


@pytest.mark.parametrize("form", FORMS)
def test_a_lead_naming_several_decisions_gives_no_number(tmp_path: Path, form: str) -> None:
    text = ("Ngày 3/5/2023, Ủy ban nhân dân huyện Yên Sơn vừa ban hành 2 Quyết định (115/QĐ-UBND, 116/QĐ-UBND) công "
            "nhận các xã đạt chuẩn nông thôn mới nâng cao.\n")
    front = imported_front(tmp_path, text, form)
    assert _five(front) == ("", "Quyết định", "Ủy ban nhân dân huyện Yên Sơn", "2023-05-03", "")
