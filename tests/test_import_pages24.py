"""Twenty-second session (imp24): pages posted without their header, and a signature block's end. heldout19's
kinds, read after it was spent: a letter from its salutation on (k22, k23), a chairman's notice in his own name
(k29), a post title that is a letter's name with its addressees (k24), a preamble naming its own plan over a headline
of another type, hard-wrapped after a comma (k20), an annex title's wrapped province taken for the signer (k09 pdf).
The pages here are written for these tests, in other bodies, places and layouts."""

from __future__ import annotations

from pathlib import Path

from vanban.importer import analyse, read_text_lines
from vanban.importer.result import ImportResult


def _result(text: str) -> ImportResult:
    return analyse(read_text_lines(text, markdown_source=False), Path("x.txt"))


def _unsure(result: ImportResult) -> set[str]:
    return {key for key, _ in result.unsure}


FARMERS_LETTER = """Tin hoạt động Hội

Kính gửi: Hội Nông dân các xã, thị trấn.

Thực hiện Kế hoạch số 45-KH/HNDT ngày 12/3/2024 của Ban Thường vụ Hội Nông dân tỉnh về tổ chức Hội thi nhà nông
giỏi năm 2024;
Ban Thường vụ Hội Nông dân huyện trân trọng đề nghị các cơ sở Hội lựa chọn mỗi xã một đội thi, gửi danh sách về
Văn phòng Hội trước ngày 20/4/2024.
Tệp đính kèm: danh sach doi thi.docx
"""


def test_a_letter_posted_from_its_salutation_is_a_cong_van_of_the_body_that_asks() -> None:
    """k22's kind: "Kính gửi" and the body asking its addressees; the type and issuer reported, no trích yếu."""
    result = _result(FARMERS_LETTER)
    assert result.fields.get("type") == "Công văn"
    assert result.fields.get("issuer") == "Ban Thường vụ Hội Nông dân huyện"
    assert not result.fields.get("title") and not result.fields.get("number")
    assert {"type", "issuer"} <= _unsure(result)


DEPARTMENT_SENDS = """Kính gửi:   - Phòng Y tế các huyện, thành phố;
- Trung tâm Y tế các huyện.
Để chuẩn bị Hội nghị tổng kết công tác y tế dự phòng năm 2023, Sở Y tế tỉnh Cao Bằng xin gửi dự thảo báo cáo tới các
đơn vị; ý kiến góp ý gửi về Sở trước ngày 10/12/2023.
Trân trọng./.
"""


def test_a_department_sending_a_draft_after_its_grounds() -> None:
    """k23's kind: "<body> xin gửi …" after the sentence's grounds; the place the body names is kept."""
    result = _result(DEPARTMENT_SENDS)
    assert (result.fields.get("type"), result.fields.get("issuer")) == ("Công văn", "Sở Y tế tỉnh Cao Bằng")


SUBMISSION = """Kính gửi: Hội đồng nhân dân huyện Bình Liêu.
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Ủy ban nhân dân huyện kính trình Hội đồng nhân dân huyện xem xét, quyết định; đề nghị các đại biểu cho ý kiến.
Ủy ban nhân dân huyện đề nghị Hội đồng nhân dân huyện thông qua.
"""


def test_a_submission_greets_too_but_is_no_letter() -> None:
    """A Tờ trình has "Kính gửi" and "đề nghị": it submits, so it is left alone (no Công văn guessed)."""
    result = _result(SUBMISSION)
    assert result.fields.get("type") != "Công văn"


NEWS_ASKING = """Nông dân huyện chuẩn bị vụ Đông

Ban Thường vụ Hội Nông dân huyện đề nghị các cơ sở Hội vận động hội viên gieo trồng đúng lịch thời vụ.
"""


def test_a_news_item_that_greets_nobody_is_no_letter() -> None:
    assert _result(NEWS_ASKING).fields.get("type") != "Công văn"


CHAIRMAN_NOTICE = """Thông báo lịch nghỉ Tết Nguyên đán Giáp Thìn 2024

Chủ tịch Ủy ban nhân dân huyện thông báo lịch nghỉ Tết Nguyên đán Giáp Thìn năm 2024 đối với cán bộ, công chức, như sau:

1. Cán bộ, công chức được nghỉ từ ngày 08/02/2024 đến hết ngày 14/02/2024.
2. Các cơ quan bố trí lịch trực, bảo đảm an ninh, trật tự.
"""


def test_a_chairman_notifying_in_his_own_name_issues_as_his_committee() -> None:
    """k29's kind: the chairman as the subject of the notice's own "thông báo" issues as his committee (the
    forty-first session's rule); its place unnamed, so the bare level is kept and reported."""
    result = _result(CHAIRMAN_NOTICE)
    assert result.fields.get("type") == "Thông báo"
    assert result.fields.get("issuer") == "Ủy ban nhân dân huyện"
    assert "issuer" in _unsure(result)


LETTER_TITLE = """Công văn gửi các Phòng Giáo dục và Đào tạo về việc tổ chức Hội khỏe Phù Đổng cấp huyện năm 2024.

12/01/2024
Để chuẩn bị Hội khỏe Phù Đổng toàn tỉnh, Sở Giáo dục và Đào tạo tỉnh Phú Yên đã có Công văn hướng dẫn các Phòng Giáo
dục và Đào tạo về việc tổ chức thực hiện.
"""


def test_a_post_title_naming_the_letter_and_its_addressees_gives_its_subject() -> None:
    """k24's kind: "Công văn gửi <addressees> về việc <subject>." with the body in the lead; a Công văn drops
    "về việc"."""
    result = _result(LETTER_TITLE)
    assert (result.fields.get("type"), result.fields.get("issuer")) == ("Công văn", "Sở Giáo dục và Đào tạo tỉnh Phú Yên")
    assert result.fields.get("title") == "tổ chức Hội khỏe Phù Đổng cấp huyện năm 2024"


PLAN_UNDER_A_NOTICE_HEADLINE = """Thông báo về phòng dịch tả lợn châu Phi
15/05/2023
Thực hiện Công văn số 210/SNN-CNTY ngày 02/5/2023 của Sở Nông nghiệp và Phát triển nông thôn về
tăng cường phòng, chống bệnh Dịch tả lợn Châu Phi.
Ủy ban nhân dân xã Ia Sao xây dựng kế hoạch phòng,
chống bệnh Dịch tả lợn Châu Phi (gọi tắt là DTLCP) trên địa bàn xã năm 2023 (xem chi tiết tại đây) như sau:
1. Mục đích
- Chủ động phòng, chống dịch bệnh.
"""


def test_a_preamble_naming_its_own_plan_wrapped_after_a_comma() -> None:
    """k20's kind: the page's own words name a plan, over a portal headline calling it a notice; the copy
    hard-wrapped the plan's name after a comma. The whole name, its short form kept, the link's words dropped."""
    result = _result(PLAN_UNDER_A_NOTICE_HEADLINE)
    assert result.fields.get("type") == "Kế hoạch"
    assert result.fields.get("issuer") == "Ủy ban nhân dân xã Ia Sao"
    assert result.fields.get("title") == ("phòng, chống bệnh Dịch tả lợn Châu Phi (gọi tắt là DTLCP) trên địa bàn xã "
                                          "năm 2023")


ANNEX_AFTER_SIGNATURE = """ỦY BAN NHÂN DÂN
TỈNH KON TUM
Số: 88/QĐ-UBND
Kon Tum, ngày 04 tháng 3 năm 2019

QUYẾT ĐỊNH
Về việc ban hành Quy chế quản lý chợ

Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý chợ trên địa bàn tỉnh.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.

Nơi nhận: | CHỦ TỊCH QUY CHẾ QUẢN LÝ
CHỢ TRÊN ĐỊA BÀN TỈNH
KON TUM
(Kèm theo Quyết định số 88/QĐ-UBND)
"""


def test_capitals_after_the_signature_block_ended_are_no_signer() -> None:
    """k09 pdf's kind: the annex title under a signature whose name the copy cut, wrapped so that the province
    stands alone in capitals: no signer (it used to read "Kon Tum")."""
    result = _result(ANNEX_AFTER_SIGNATURE)
    assert result.fields.get("signer") == ""


DECISION_WITH_ANNEX = """ỦY BAN NHÂN DÂN
TỈNH ĐẮK LẮK
Số: 21/2015/QĐ-UBND
Đắk Lắk, ngày 10 tháng 7 năm 2015

QUYẾT ĐỊNH
Ban hành Quy định quản lý nghĩa trang nhân dân

Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý nghĩa trang nhân dân trên địa bàn tỉnh.
Điều 2. Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký./.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Y Giang Gry Niê Knơng

QUY ĐỊNH
QUẢN LÝ NGHĨA TRANG NHÂN DÂN
(Ban hành kèm theo Quyết định số 21/2015/QĐ-UBND ngày 10/7/2015 của UBND tỉnh Đắk Lắk)
Điều 1. Phạm vi điều chỉnh
Quy định này quy định việc quản lý nghĩa trang nhân dân.
"""


def test_a_signature_between_the_decision_and_its_annex() -> None:
    """g02, v21, w25's kind: no "Nơi nhận", the annex copied after the signature; the signer read, the block kept in
    its place (not written twice) and the annex kept in the body."""
    result = _result(DECISION_WITH_ANNEX)
    assert result.fields.get("signer") == "Y Giang Gry Niê Knơng"
    assert result.body.count("Y Giang Gry Niê Knơng") == 1
    assert "Phạm vi điều chỉnh" in result.body


NOTICE_THEN_CHROME = """ỦY BAN NHÂN DÂN
XÃ HƯƠNG SƠN
Số: 12/TB-UBND
Hương Sơn, ngày 03 tháng 4 năm 2022

THÔNG BÁO
Về việc tạm ngừng cấp nước sinh hoạt

Ủy ban nhân dân xã thông báo tạm ngừng cấp nước trong ngày 05/4/2022 để sửa chữa đường ống.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lò Văn Pấng

Tệp đính kèm
Đánh giá:
lượt đánh giá: , trung bình:
Liên kết website
"""


def test_a_signature_block_followed_by_the_portal_s_chrome() -> None:
    """heldout19 k02, heldout18 j19's kind: no "Nơi nhận", the copy goes on with the page's attachment box and rating
    form; the block led by "TM." and ending on a name is the signature."""
    result = _result(NOTICE_THEN_CHROME)
    assert result.fields.get("signer") == "Lò Văn Pấng"
    assert result.body.count("Lò Văn Pấng") == 1


CUT_UNDER_THE_BODY = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG BÌNH
Số: 07/2016/QĐ-UBND
Quảng Bình, ngày 02 tháng 3 năm 2016

QUYẾT ĐỊNH
Ban hành Quy định quản lý bến thủy nội địa

Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý bến thủy nội địa.
Điều 2. Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký./.
TM. ỦY BAN
NHÂN DÂN
QUY ĐỊNH QUẢN LÝ BẾN THỦY NỘI ĐỊA
Điều 1. Phạm vi điều chỉnh
"""


def test_the_body_s_name_wrapped_under_tm_is_no_signer() -> None:
    """heldout17 i15's layout: "TM. ỦY BAN" / "NHÂN DÂN", the office and name cut by the copy; no signer."""
    assert _result(CUT_UNDER_THE_BODY).fields.get("signer") == ""
