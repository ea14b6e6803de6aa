"""The writer is no assignee of its own document (twenty-seventh session, trk36; site35's judged rows,
tests/fixtures/site35_tracking: 18 rows were the document's own issuer announcing, guiding or doing — "Bộ Y tế hướng dẫn
…", "Uỷ ban nhân dân xã Sơn Vĩ thông báo tạm dừng …", "UBND xã chỉ xem xét …" in that commune's notice). The README's
rule (the writer giving orders is no holder; the issuer's own plans are no task) now holds at the tracking stage, which
knows the issuer: a unit phrase naming it, as written, by its kind at its level, or with its place, gives no row; another
body of the same kind or level still does. Documents written for this test, in other wordings than the real ones; on the
fast sentence reader and on the plain reference. The start code (5279e13) gave the writer's row in every first case."""

from __future__ import annotations

import datetime as dt

import pytest

from vanban.dates import PartialDate
from vanban.deadlines import extract_deadlines
from vanban.documents import Document
from vanban.tracking import Registry, Tracker, Unit
from vanban.tracking.naming import names_writer

pytestmark = pytest.mark.usefixtures("sentence_reader")

DAY = dt.date(2024, 3, 1)


def rows(issuer: str, body: str, registry: Registry | None = None) -> list[tuple[str, str]]:
    doc = Document(source="x.md", number="1/TB", type="Thông báo", issuer=issuer, title="t",
                   date=PartialDate(DAY.year, DAY.month, DAY.day), body=body)
    result, _ = Tracker(registry or Registry(), None, DAY).document(doc, extract_deadlines(body, doc_date=DAY), [])
    return [(t.unit, t.due.isoformat() if t.due else "-") for t in result.tasks]


@pytest.mark.parametrize(("issuer", "body", "found"), [
    # the writer announcing what it does itself, by its full name; the communes it asks still hold theirs
    ("Ủy ban nhân dân xã Hòa Khánh",
     "Ủy ban nhân dân xã Hòa Khánh thông báo tạm dừng tiếp công dân kể từ ngày 05/3/2024. "
     "Đề nghị Đài truyền thanh xã thông báo rộng rãi trước ngày 06/3/2024.",
     [("Đài truyền thanh xã", "2024-03-06")]),
    # by its kind at its level ("UBND xã" in a commune's notice), its place left out
    ("Ủy ban nhân dân xã Hòa Khánh", "2. UBND xã chỉ giải quyết hồ sơ gửi qua bưu điện đến hết ngày 15/3/2024.", []),
    # a department's name with its province's name after it, and "GD&ĐT" for "Giáo dục và Đào tạo"
    ("Sở Nội vụ tỉnh Lạng Sơn", "Sở Nội vụ Lạng Sơn hướng dẫn việc rà soát hồ sơ. Đề nghị các cơ quan gửi hồ sơ trước ngày 20/3/2024.",
     [("các cơ quan", "2024-03-20")]),
    ("Phòng Giáo dục và Đào tạo huyện Yên Thế", "Phòng GD&ĐT cử cán bộ kiểm tra các trường trước ngày 25/3/2024.", []),
])
def test_the_writer_holds_no_row(issuer: str, body: str, found: list[tuple[str, str]]) -> None:
    assert rows(issuer, body) == found


@pytest.mark.parametrize(("issuer", "body", "found"), [
    # another commune's council, a body of the issuer's kind at another level, a ministry beside a department
    ("Ủy ban nhân dân xã Hòa Khánh", "Đề nghị UBND xã Hòa Nhơn gửi danh sách trước ngày 10/3/2024.",
     [("UBND xã Hòa Nhơn", "2024-03-10")]),
    ("Ủy ban nhân dân huyện Yên Thế", "UBND huyện đề nghị UBND các xã báo cáo trước ngày 10/3/2024.",
     [("UBND các xã", "2024-03-10")]),
    ("Bộ Y tế", "Đề nghị Sở Y tế các tỉnh báo cáo trước ngày 10/3/2024.", [("Sở Y tế các tỉnh", "2024-03-10")]),
])
def test_another_body_still_holds(issuer: str, body: str, found: list[tuple[str, str]]) -> None:
    assert rows(issuer, body) == found


def test_a_configured_writer_is_known_by_its_alias() -> None:
    registry = Registry([Unit(id="hk", name="Ủy ban nhân dân xã Hòa Khánh", aliases=("UBND Hòa Khánh",), level="xã")])
    assert rows("Ủy ban nhân dân xã Hòa Khánh", "UBND Hòa Khánh: tổ chức kiểm tra trước ngày 10/3/2024.", registry) == []


def test_names_writer_keeps_other_bodies_apart() -> None:
    assert names_writer("Bộ Giao thông vận tải (GTVT)", "Bộ Giao thông vận tải")
    assert names_writer("UBND Lạng Sơn", "UBND tỉnh Lạng Sơn")
    assert not names_writer("UBND tỉnh Lạng Sơn", "UBND huyện Lạng Sơn")  # two levels of one name
    assert not names_writer("UBND huyện", "Ủy ban nhân dân huyện xây dựng và")  # an issuer read wrong: no place left
    assert not names_writer("Bộ Y tế", "Bộ Y tế - Bộ Khoa học và Công nghệ")  # one of two joint issuers
    assert not names_writer("UBND các xã", "Ủy ban nhân dân huyện Yên Thế")
    assert not names_writer("Sở Y tế", "")


def test_a_plan_listing_its_writer_keeps_that_row() -> None:
    # the writer's own item in its plan's "TỔ CHỨC THỰC HIỆN" is a task it set itself (site35: the demo's guide by
    # "Ban Tuyên giáo Thị ủy Phước Long", item "### 1. Ban Tuyên giáo Thị ủy", judged right)
    body = ("Ban Tuyên giáo Huyện ủy Yên Thế hướng dẫn tuyên truyền như sau.\n\n### III. TỔ CHỨC THỰC HIỆN\n\n"
            "1. Ban Tuyên giáo Huyện ủy: theo dõi, tổng hợp kết quả trước ngày 30/6/2024.\n\n"
            "2. Các chi, đảng bộ trực thuộc: báo cáo kết quả trước ngày 20/6/2024.\n")
    assert rows("Ban Tuyên giáo Huyện ủy Yên Thế", body) == [
        ("Ban Tuyên giáo Huyện ủy", "2024-06-30"), ("Các chi, đảng bộ trực thuộc", "2024-06-20")]


# A configured unit's name bounds the unit phrase (the portal's ``units:`` reach the reading of names at the tracking
# stage, :meth:`vanban.tracking.units.Registry.bound`): a phrase read on past the name ends with it; one cut inside a
# configured name runs to its end; a list stays a list.
PORTAL = Registry([Unit(id="al", name="UBND xã An Lạc", level="xã"),
                   Unit(id="bt", name="Ban biên tập Cổng thông tin điện tử huyện", aliases=("Ban biên tập Cổng TTĐT",),
                        level="huyện"),
                   Unit(id="ks", name="Khu quản lý đường bộ II", level="tỉnh")])


def test_a_configured_name_bounds_the_phrase() -> None:
    assert Registry().bound("UBND xã An Lạc tiếp nhận", "hồ sơ") == ("UBND xã An Lạc tiếp nhận", "hồ sơ")
    assert PORTAL.bound("UBND xã An Lạc tiếp nhận", "hồ sơ của các hộ") == ("UBND xã An Lạc", "tiếp nhận hồ sơ của các hộ")
    assert PORTAL.bound("Ban biên tập", "Cổng thông tin điện tử huyện đăng tải kết quả") == (
        "Ban biên tập Cổng thông tin điện tử huyện", "đăng tải kết quả")
    assert PORTAL.bound("UBND xã An Lạc và các trường", "rà soát") == ("UBND xã An Lạc và các trường", "rà soát")
    assert PORTAL.bound("UBND xã An Lạc, xã Bình Hòa", "rà soát") == ("UBND xã An Lạc, xã Bình Hòa", "rà soát")


def test_the_configured_unit_gets_the_row() -> None:
    # read on past the name (a capitalised word later in the clause kept the grammar going): the configured name ends it
    body = "Đề nghị UBND xã An Lạc đưa nội dung vào Nghị quyết của Đảng ủy trước ngày 10/3/2024."
    assert rows("UBND huyện Lâm Thao", body) == [("UBND xã An Lạc đưa nội dung vào Nghị quyết của Đảng ủy", "2024-03-10")]
    assert rows("UBND huyện Lâm Thao", body, PORTAL) == [("UBND xã An Lạc", "2024-03-10")]
