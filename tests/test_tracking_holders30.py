"""Holder rows with no duty sentence (twenty-fourth session, task30; tests/fixtures/tracking/real/README.md): a holder
line ending in ":" over its duties carries them as its row's text (the due in that list kept), and a heading that only
names places or bodies over content that asks nothing of them gives no row. Passages written in other layouts than
the real ones (a council's street names, a 1982 boundary decision, a decision's "Giao Sở …:", "a) Cục Thuế có trách
nhiệm:"), on the fast sentence reader and on the plain reference; each case that fails on the start code (64daa0e)
says so."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import stated_tasks as _tasks
from vanban.deadlines import extract_deadlines
from vanban.tracking.holders import SHOWN, opens_duty
from vanban.tracking.tasks import assignments

pytestmark = pytest.mark.usefixtures("sentence_reader")

DAY = dt.date(2025, 3, 1)


def _rows(body: str) -> list[tuple[str, str, str]]:
    """(unit as written, due, text shown) per assignment."""
    out = []
    for a in assignments(body, extract_deadlines(body, doc_date=DAY)):
        d = a.deadline
        out.append((a.head, d.date.isoformat() if d is not None and d.date else "-", a.text))
    return out


@pytest.mark.parametrize(("body", "found"), [
    # an article that hands a body the bulleted duties under it — start code: the same row with no text
    ("Điều 3. Giao Phòng Văn hóa và Thông tin huyện:\n\n+ Hướng dẫn các xã treo băng rôn, khẩu hiệu.\n\n"
     "+ Kiểm tra việc trang trí tại trụ sở các cơ quan.",
     [("Phòng Văn hóa và Thông tin huyện", "-",
       "Hướng dẫn các xã treo băng rôn, khẩu hiệu; Kiểm tra việc trang trí tại trụ sở các cơ quan")]),
    # a lettered holder "có trách nhiệm:" over dotted duties — start code: no text
    ("b) Công an huyện có trách nhiệm:\n\n• Bảo đảm an ninh, trật tự tại các điểm bỏ phiếu.\n\n"
     "• Phối hợp với Ban Chỉ huy Quân sự huyện xây dựng phương án bảo vệ.",
     [("Công an huyện", "-", "có trách nhiệm: Bảo đảm an ninh, trật tự tại các điểm bỏ phiếu; Phối hợp với Ban Chỉ huy "
       "Quân sự huyện xây dựng phương án bảo vệ")]),
    # a heading that is the duty itself, nothing under it: its own words
    ("Điều 2. Giao nhiệm vụ:\n\n1. Ủy ban nhân dân huyện chịu trách nhiệm tổ chức thực hiện",
     [("Ủy ban nhân dân huyện", "-", "chịu trách nhiệm tổ chức thực hiện")]),
])
def test_a_holders_list_is_its_rows_text(body: str, found: list[tuple[str, str, str]]) -> None:
    assert _rows(body) == found


def test_a_long_list_is_shown_short_and_its_due_kept() -> None:
    """Each duty by its first sentence, the whole cut at a word with "…"; the due in the list is the row's."""
    duties = "\n\n".join(f"- Rà soát hồ sơ đất đai của thôn số {i} trên địa bàn xã, lập danh sách các trường hợp "
                         f"còn vướng mắc. Gửi kết quả về UBND xã." for i in range(1, 8))
    body = f"2. Giao Ủy ban nhân dân xã Tân An:\n\n{duties}\n\n- Báo cáo kết quả trước ngày 30/6/2025."
    rows = _rows(body)
    assert [(u, d) for u, d, _t in rows] == [("Ủy ban nhân dân xã Tân An", "2025-06-30")]
    plain = [a for a in assignments(body, []) if a.deadline is None]  # the row's own text, no deadline's action
    assert len(plain) == 1 and len(plain[0].text) <= SHOWN and plain[0].text.endswith("…")
    assert plain[0].text.startswith("Rà soát hồ sơ đất đai của thôn số 1 trên địa bàn xã, lập danh sách các trường "
                                    "hợp còn vướng mắc; Rà soát hồ sơ đất đai của thôn số 2")


def test_a_headings_own_due_is_kept() -> None:
    """A numbered heading with its duty and due on its own line (no sentence's end): the due is its unit's — start
    code: ("Ban quản lý chợ", "-")."""
    assert _tasks("Thông báo như sau:\n\n3. Ban quản lý chợ hoàn thành việc sắp xếp lại các ki-ốt trước ngày "
                  "30/6/2025\n\n4. Các hộ kinh doanh chấp hành nội quy chợ.", DAY)[:1] == [("Ban quản lý chợ", "2025-06-30")]


@pytest.mark.parametrize("body", [
    # new bounds of places (a boundary decision) — start code: two rows with no text
    "Điều 1. Điều chỉnh địa giới hành chính như sau:\n\n1. Xã Tân Lập và xã Tân Hòa:\n\nChuyển 120 ha diện tích tự "
    "nhiên của xã Tân Lập về xã Tân Hòa.\n\n2. Thị trấn Phú Mỹ:\n\nSau khi điều chỉnh, thị trấn Phú Mỹ được mở rộng "
    "gồm 5 khu phố.",
    # a council naming streets, lettered — start code: two rows with no text
    "II. Đặt tên đường trên địa bàn thị trấn:\n\na) Thị trấn Hương Khê có 2 tuyến:\n\n+ Đường Hà Huy Tập\n+ Đường Trần "
    "Phú.\n\nb) Xã Hương Trà 1 tuyến:\n\n+ Đường Lê Lợi.",
    # a structure: bodies listed under a body, nothing asked — start code: a row with no text
    "Cơ cấu tổ chức của Sở gồm:\n\n(1) Các phòng chuyên môn\n\n- Văn phòng Sở\n- Phòng Kế hoạch - Tài chính\n"
    "- Thanh tra Sở.",
])
def test_a_heading_that_asks_nothing_gives_no_row(body: str) -> None:
    assert _tasks(body, DAY) == []


@pytest.mark.parametrize(("body", "found"), [
    # guards: a bare heading over duties; one over a due and no duty word; an order naming it with nothing under it
    ("1. Trung tâm Y tế huyện\n\n- Tổ chức tiêm chủng mở rộng cho trẻ em dưới 5 tuổi.", [("Trung tâm Y tế huyện", "-")]),
    ("2. Phòng Giáo dục và Đào tạo:\n\nKết quả gửi về UBND huyện trước ngày 10/4/2025.",
     [("Phòng Giáo dục và Đào tạo", "2025-04-10")]),
    ("3. Đề nghị Chi cục Thuế khu vực", [("Chi cục Thuế khu vực", "-")]),
])
def test_a_heading_that_asks_keeps_its_row(body: str, found: list[tuple[str, str]]) -> None:
    assert _tasks(body, DAY) == found


@pytest.mark.parametrize(("text", "duty"), [
    ("Chủ trì, phối hợp với các sở", True), ("có trách nhiệm:", True), ("Đề nghị các xã", True),
    ("Đường phố Mai Thế Chuẩn", False), ("Tách 4 xã để sáp nhập", False), ("có 4 đường", False),
    ("được mở rộng gồm 4 phường", False), ("- Văn phòng", False), ("", False),
])
def test_opens_duty(text: str, duty: bool) -> None:
    assert opens_duty(text) is duty


def _texts(body: str) -> list[tuple[str, str]]:
    """(unit as written, text shown) per undated assignment."""
    return [(a.head, a.text) for a in assignments(body, [])]


def test_a_clause_ending_in_a_colon_shows_the_duties_listed_under_it() -> None:
    """"… đề nghị A thực hiện các nội dung sau:" over dotted duties: the row shows them after its own words — start code:
    "thực hiện các nội dung sau:" alone."""
    body = ("Để chủ động phòng, chống lụt bão, UBND huyện đề nghị các xã, thị trấn thực hiện các nội dung sau:\n\n"
            "• Rà soát các hộ dân sống ở vùng trũng thấp.\n\n• Chuẩn bị lương thực, thuốc men dự phòng.\n\n"
            "Đề nghị các đơn vị nghiêm túc thực hiện.")
    assert _texts(body)[0] == ("các xã, thị trấn", "thực hiện các nội dung sau: Rà soát các hộ dân sống ở vùng trũng "
                                                   "thấp; Chuẩn bị lương thực, thuốc men dự phòng")


def test_an_item_that_names_its_own_holder_ends_the_list() -> None:
    """Under "… yêu cầu A cung cấp hồ sơ về:" the bullets are what it names; "- B báo cáo …" is B's duty, not A's — start
    code: A's row shows "cung cấp hồ sơ về:" alone."""
    body = ("Để giải phóng mặt bằng đúng tiến độ, UBND huyện yêu cầu Phòng Tài chính - Kế hoạch cung cấp hồ sơ về:\n\n"
            "- Các dự án đã phê duyệt;\n- Các dự án đang thẩm định.\n\n- Phòng Kinh tế - Hạ tầng báo cáo tiến độ "
            "giải phóng mặt bằng.")
    assert _texts(body) == [("Phòng Tài chính - Kế hoạch", "cung cấp hồ sơ về: Các dự án đã phê duyệt; Các dự án đang "
                                                           "thẩm định"),
                            ("Phòng Kinh tế - Hạ tầng", "báo cáo tiến độ giải phóng mặt bằng")]
