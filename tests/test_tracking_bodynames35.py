"""Where a unit's name ends, read by the grammar of Vietnamese names of bodies (twenty-sixth session, trk35;
:mod:`vanban.tracking.bodynames`, tests/fixtures/tracking/real/README.md): a head, its field and its place; the first
lower-case word no name is built with ends the name. After an order ("Giao/Đề nghị/Yêu cầu A …") the name ends there;
a clause that opens with it gives no row. Passages written here in other layouts than the real ones (heldout10 d04, d19,
heldout11 e04, e28, e46, heldout12 f22, f25, f29, f31, heldout8 w29), on the fast sentence reader and on the plain
reference; each case says what the start code (abdfce3) found."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import stated_tasks
from vanban.tracking.bodynames import unnamed_word

pytestmark = pytest.mark.usefixtures("sentence_reader")

DAY = dt.date(2024, 3, 1)


@pytest.mark.parametrize(("body", "found"), [
    # a verb the duty list lacks after an order — start code: "các trường học trả lời bằng văn bản" as the unit
    ("UBND huyện yêu cầu các trường học trả lời bằng văn bản trước ngày 15/3/2024.", [("các trường học", "2024-03-15")]),
    # a copula — start code: "Phòng Tài chính - Kế hoạch là đầu mối tổng hợp"
    ("Giao Phòng Tài chính - Kế hoạch là đầu mối tổng hợp kết quả, báo cáo UBND huyện trước ngày 20/3/2024.",
     [("Phòng Tài chính - Kế hoạch", "2024-03-20")]),
    # the words that led on to what was cut go with it — start code: "UBND các xã ven biển trong ba ngày tới"
    ("Đề nghị UBND các xã ven biển trong ba ngày tới kiên quyết cấm tàu thuyền ra khơi.", [("UBND các xã ven biển", "-")]),
])
def test_after_an_order_the_name_ends_at_the_first_word_no_name_has(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    # a body's news, its verb unknown — start code: a row "Sở Y tế tỉnh nhắc nhở các cơ sở …"
    ("Sở Y tế tỉnh nhắc nhở các cơ sở khám chữa bệnh về công tác phòng dịch sởi.", []),
    # the writer's prohibition — start code: a row "UBND tỉnh Lâm Đồng nghiêm cấm mọi hành vi …"
    ("UBND tỉnh Lâm Đồng nghiêm cấm mọi hành vi lợi dụng việc sắp xếp để trục lợi.", []),
])
def test_a_clause_that_opens_with_an_unsettled_name_gives_no_row(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    # a field written in sentence case after its capitalised first word
    ("Giao Cục Nghệ thuật biểu diễn chủ trì tổ chức liên hoan.", [("Cục Nghệ thuật biểu diễn", "-")]),
    ("Đề nghị Chi nhánh Ngân hàng Chính sách xã hội tỉnh phối hợp giải ngân vốn vay.", [
        ("Chi nhánh Ngân hàng Chính sách xã hội tỉnh", "-")]),
    # an adverb between the subject and its verb is no part of the name, settled even at a clause's start
    ("Ban thường vụ các huyện ủy hiện nay chỉ đạo xây dựng đề án trước ngày 30/4/2024.", [
        ("Ban thường vụ các huyện ủy", "2024-04-30")]),
])
def test_a_whole_name_is_kept(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


@pytest.mark.parametrize(("units", "word"), [
    ("Sở Nông nghiệp và Phát triển nông thôn tỉnh", None),
    ("Phòng Văn hóa - Thông tin huyện", None),
    ("UBND các xã, thị trấn", None),
    ("các cơ quan chuyên môn trực thuộc", None),
    ("Ban Chỉ đạo các ngày lễ lớn", None),  # a board named by its task, in any words
    ("Hội Luật gia tỉnh", None),  # an association named by its members
    ("Chánh Văn phòng Ủy ban nhân dântỉnh", None),  # words glued by a copy
    ("các địa phương, đợn vị", None),  # a piece whose head the grammar does not know is left as written
    ("Các địa phương tranh thủ tháo nước", "tranh"),
    ("Sở GD-ĐT TP HCM nhắc nhở các đơn vị", "nhắc"),  # an abbreviation is a whole name
    ("Công an xã Thường Xuân ra quân", "ra"),  # a name ends with its place
    ("Phòng Văn hóa và Thông tin là đầu mối", "là"),  # no name goes on with a copula
])
def test_unnamed_word(units: str, word: str | None) -> None:
    at = unnamed_word(units)
    assert (units[at:].split()[0] if at != -1 else None) == word
