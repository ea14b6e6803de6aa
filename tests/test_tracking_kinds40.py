"""The coordinator's list rule (thirtieth session, trk40; heldout16 spent): bodies joined by a comma or "và" are one unit each,
as written, unless the words form one body's name — an official follows each kind of body separately (the tracking README's
rules and thirtieth section).

* the statutory kinds beside ministries and Sở ("các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ", "các sở, cơ quan ngang
  sở") are one body each (heldout3, heldout11, heldout12, heldout14, heldout15);
* places after one head ("UBND tỉnh A và B", "UBND TP A và TP B", "Chủ tịch UBND các xã A, B, C", "các huyện A, B") are one
  body each, the head repeated (heldout8, heldout9, heldout16); not a commune's address ("UBND xã A, huyện B"), nor a body
  after the places ("UBND tỉnh A và Bộ Công Thương"), nor a name's own "và" ("Sở Kế hoạch và Đầu tư").

Sentences written for this test, in other wordings than the real ones; on the fast reader and on the plain reference.
The start code (8f97540) gave the first case of each one joined row."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import stated_tasks

pytestmark = pytest.mark.usefixtures("sentence_reader")

DAY = dt.date(2024, 10, 1)


@pytest.mark.parametrize(("body", "found"), [
    ("Chính phủ yêu cầu các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ rà soát danh mục thủ tục hành chính.",
     [("các bộ", "-"), ("cơ quan ngang bộ", "-"), ("cơ quan thuộc Chính phủ", "-")]),
    ("Điều 2. Các Sở, cơ quan ngang Sở chịu trách nhiệm thi hành Quyết định này.",
     [("Các Sở", "-"), ("cơ quan ngang Sở", "-")]),
    ("Thủ tướng giao Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ báo cáo trước ngày 15/11/2024.",
     [("Thủ trưởng cơ quan ngang Bộ", "2024-11-15"), ("cơ quan thuộc Chính phủ", "2024-11-15")]),
])
def test_statutory_kinds_are_bodies_each(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    ("Bộ Y tế đề nghị UBND tỉnh Sóc Trăng và Bạc Liêu chỉ đạo giám sát dịch bệnh.",
     [("UBND tỉnh Sóc Trăng", "-"), ("UBND tỉnh Bạc Liêu", "-")]),
    ("Thủ tướng giao UBND TP Đà Nẵng và TP Cần Thơ xây dựng đề án chống ngập.",
     [("UBND TP Đà Nẵng", "-"), ("UBND TP Cần Thơ", "-")]),
    ("UBND huyện yêu cầu Chủ tịch UBND các xã Tân Phú, Phú Lợi, An Bình hoàn thành hồ sơ trước ngày 30/10/2024.",
     [("Chủ tịch UBND xã Tân Phú", "2024-10-30"), ("Chủ tịch UBND xã Phú Lợi", "2024-10-30"),
      ("Chủ tịch UBND xã An Bình", "2024-10-30")]),
    ("Đề nghị Công an tỉnh Kon Tum, Gia Lai tăng cường tuần tra.",
     [("Công an tỉnh Kon Tum", "-"), ("Công an tỉnh Gia Lai", "-")]),
])
def test_places_after_one_head_are_bodies_each(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    ("Đề nghị Chủ tịch UBND xã Tân Lập, huyện Đồng Phú rà soát hồ sơ.", [("Chủ tịch UBND xã Tân Lập, huyện Đồng Phú", "-")]),
    ("Thủ tướng giao UBND tỉnh Lào Cai và Bộ Công Thương phối hợp xử lý.", [("UBND tỉnh Lào Cai", "-"), ("Bộ Công Thương", "-")]),
    ("UBND tỉnh giao Sở Kế hoạch và Đầu tư tổng hợp báo cáo.", [("Sở Kế hoạch và Đầu tư", "-")]),
    ("UBND tỉnh yêu cầu các sở, ban, ngành tỉnh triển khai thực hiện.", [("các sở, ban, ngành tỉnh", "-")]),
])
def test_one_body_or_group_stays_whole(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    # the units of a lead ending in ":" hold the dues its numbered items give (heldout16 c07, heldout10 d11)
    ("Sở Tư pháp đề nghị Trưởng phòng Tư pháp các huyện, Chủ tịch UBND các xã tổ chức tổng kết như sau:\n"
     "1. Xây dựng báo cáo tổng kết gửi về Sở Tư pháp trước ngày 12/11/2024.\n"
     "2. Đề xuất khen thưởng các tập thể tiêu biểu.",
     [("Trưởng phòng Tư pháp các huyện", "2024-11-12"), ("Chủ tịch UBND các xã", "2024-11-12")]),
    ("Thường trực Hội Nông dân huyện đề nghị các cơ sở Hội trực thuộc thực hiện như sau:\n"
     "- Tuyên truyền đến hội viên.\n- Báo cáo kết quả về Huyện Hội trước ngày 25/10/2024.",
     [("các cơ sở Hội trực thuộc", "2024-10-25")]),
    # a due of the lead's own stays; an item naming a unit ends the lead (its due is that unit's)
    ("UBND huyện yêu cầu Phòng Nội vụ hoàn thành trước ngày 05/11/2024 các việc sau:\n"
     "1. Rà soát biên chế trước ngày 20/11/2024.",
     [("Phòng Nội vụ", "2024-11-05")]),
    ("UBND huyện yêu cầu các phòng chuyên môn thực hiện:\n"
     "1. Phòng Tài chính báo cáo trước ngày 20/11/2024.",
     [("các phòng chuyên môn", "-"), ("Phòng Tài chính", "2024-11-20")]),
])
def test_a_leads_items_date_its_units(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found
