"""The site's tracking rows, two cases its QA found (twenty-ninth session, trk39): a task's text never keeps the
document's closing marks ("… thi hành Quyết định này./" was shown on six rows of one decision), and one department written
two ways in one document ("Sở NN&PTNT" and "Sở Nông nghiệp và PTNT") is one row, its fields' usual shortenings written out
in the unit key (:func:`vanban.tracking.naming.unit_key`); and a duty word inside a gloss in parentheses starts no duty
("1. Nhà trường (cấp trường): 865 em được khen": a reward list, no row). Through the tracking stage, as the pages get them."""

from __future__ import annotations

import datetime as dt

import pytest

from vanban.dates import PartialDate
from vanban.deadlines import extract_deadlines
from vanban.documents import Document
from vanban.tracking import Registry, Tracker
from vanban.tracking.naming import row_key, unit_key

DAY = dt.date(2024, 10, 1)


def _rows(body: str) -> list[tuple[str, str]]:
    doc = Document(source="x.md", number="1/QĐ-UBND", type="Quyết định", issuer="UBND tỉnh Quảng Bình", title="t",
                   date=PartialDate(2024, 9, 1), body=body)
    result, _ = Tracker(Registry(), None, DAY).document(doc, extract_deadlines(body, doc_date=DAY), [])
    return [(t.unit, t.text) for t in result.tasks]


@pytest.mark.parametrize("end", ["./", "./.", "/.", ". /.", " ./"])
def test_task_text_drops_closing_marks(end: str) -> None:
    body = f"Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tư pháp chịu trách nhiệm thi hành Quyết định này{end}"
    assert _rows(body) == [("Chánh Văn phòng UBND tỉnh", "chịu trách nhiệm thi hành Quyết định này"),
                           ("Giám đốc Sở Tư pháp", "chịu trách nhiệm thi hành Quyết định này")]


@pytest.mark.parametrize(("short", "full"), [
    ("Sở NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
    ("Sở Nông nghiệp và PTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
    ("Sở NN và PTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
    ("Sở KH&ĐT", "Sở Kế hoạch và Đầu tư"),
    ("Sở TN&MT", "Sở Tài nguyên và Môi trường"),
    ("Sở LĐTB&XH", "Sở Lao động - Thương binh và Xã hội"),
    ("Sở VH,TT&DL", "Sở Văn hóa, Thể thao và Du lịch"),
    ("Sở TT&TT", "Sở Thông tin và Truyền thông"),
    ("Sở KH&CN", "Sở Khoa học và Công nghệ"),
    ("Bộ GTVT", "Bộ Giao thông vận tải"),
])
def test_one_department_one_key(short: str, full: str) -> None:
    assert unit_key(short) == unit_key(full)
    assert row_key(short) == row_key(full)


def test_other_fields_stay_apart() -> None:
    assert unit_key("Sở NN&PTNT") != unit_key("Sở TN&MT")
    assert unit_key("Phòng NN") != unit_key("Phòng Nông nghiệp và Phát triển nông thôn")  # "NN" alone is not written out


def test_one_department_written_two_ways_is_one_row() -> None:
    body = ("Giao Sở NN&PTNT chủ trì, phối hợp các đơn vị liên quan triển khai kế hoạch.\n\n"
            "Sở Nông nghiệp và PTNT tổng hợp kết quả, báo cáo UBND tỉnh.")
    assert [unit for unit, _ in _rows(body)] == ["Sở NN&PTNT"]


def test_a_duty_word_inside_a_gloss_starts_no_duty() -> None:
    body = ("Điều 2. Mức thưởng cho mỗi cá nhân như sau:\n\n1. Nhà trường (cấp trường): 865 em được khen, mỗi em 5 quyển vở."
            "\n\n2. Phòng Giáo dục (cấp huyện): 12 em được khen.")
    assert _rows(body) == []


def test_a_gloss_before_the_duty_stays_in_the_name() -> None:
    body = "Giao Ban Quản lý dự án (cấp tỉnh) chủ trì lập hồ sơ mời thầu."
    assert [unit for unit, _ in _rows(body)] == ["Ban Quản lý dự án (cấp tỉnh)"]


def test_a_count_of_communes_that_qualify_is_no_holder() -> None:
    """Site QA: "… 10 xã đủ điều kiện xét công nhận xã đạt chuẩn NTM nâng cao gồm: Quảng Thanh, …" showed a row whose unit
    was the count and whose text the place list; "xét" (a duty word since this session) ends the name, and the words before
    it ("đủ điều kiện") name no body."""
    body = ("Theo đó, đến nay, có 08 xã đủ điều kiện xét công nhận xã đạt chuẩn NTM kiểu mẫu gồm: Lại Xuân, Kỳ Sơn. 10 xã đủ "
            "điều kiện xét công nhận xã đạt chuẩn NTM nâng cao gồm: Quảng Thanh, Mỹ Đồng, Thiên Hương.")
    assert _rows(body) == []
