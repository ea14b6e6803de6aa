"""A decision's executive article read as a structure (thirty-first session, trk41; heldout17 spent): every office and body
its list names holds the decision's execution, in each layout the tracking README records across the sets — on one line
after the other articles, hard-wrapped, cut by the page before its verb, "Các Ông (Bà):" / "Các ông, bà:" before the list, a
title over the names of its kind ("Cục trưởng các Cục: A, B"), a joint office, persons and the public among the holders.

Articles written for this test (other bodies and wordings than the sets'), on the fast reader and on the plain reference.
The start code (588b040) misses or joins the holders of each case in the first test."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import stated_tasks
from vanban.tracking.executors import article

pytestmark = pytest.mark.usefixtures("sentence_reader")

DAY = dt.date(2023, 5, 10)


@pytest.mark.parametrize(("body", "found"), [
    # "Các Ông (Bà):" before the list, a title over the names of its kind, an office naming its own body
    ("Điều 1. Phê duyệt Kế hoạch phòng chống sốt xuất huyết năm 2023.\n\n"
     "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n"
     "Điều 3. Các Ông (Bà): Chánh Văn phòng Bộ; Vụ trưởng các Vụ: Pháp chế, Bảo hiểm y tế; Cục trưởng Cục Quản lý môi "
     "trường y tế và Thủ trưởng các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.",
     [("Chánh Văn phòng Bộ", "-"), ("Vụ Pháp chế", "-"), ("Vụ Bảo hiểm y tế", "-"), ("Cục Quản lý môi trường y tế", "-"),
      ("Thủ trưởng các đơn vị có liên quan", "-")]),
    # "Các ông, bà:", names of a kind with a comma inside one name, commas only
    ("Điều 4. Các ông, bà: Chánh Văn phòng, Cục trưởng các Cục: Quản lý Khám, chữa bệnh, Khoa học công nghệ và Đào tạo, "
     "Giám đốc các bệnh viện trực thuộc Bộ chịu trách nhiệm thi hành Quyết định này.",
     [("Văn phòng", "-"), ("Cục Quản lý Khám, chữa bệnh", "-"), ("Cục Khoa học công nghệ và Đào tạo", "-"),
      ("Giám đốc các bệnh viện trực thuộc Bộ", "-")]),
    # hard-wrapped mid-name, the verb wrapped too, no closing mark
    ("Điều 3. Chánh Văn phòng Đoàn đại biểu Quốc hội, Hội đồng nhân dân và\nỦy ban nhân dân tỉnh, Giám đốc Sở Tài chính,\n"
     "Chủ tịch Ủy ban nhân dân các huyện, thành phố chịu trách nhiệm thi\nhành Quyết định này\nNơi nhận:\n- Như Điều 3;",
     [("Chánh Văn phòng Đoàn đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân tỉnh", "-"),
      ("Giám đốc Sở Tài chính", "-"), ("Chủ tịch Ủy ban nhân dân các huyện, thành phố", "-")]),
    # the whole decision flattened on one line by its copy
    ("QUYẾT ĐỊNH: Điều 1. Ban hành Quy chế phối hợp. Điều 2. Quyết định có hiệu lực từ ngày ký. Điều 3. Các đồng chí "
     "Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các sở, ban, ngành tỉnh và các tổ chức, cá nhân có liên "
     "quan chịu trách nhiệm thi hành Quyết định này.",
     [("Chánh Văn phòng UBND tỉnh", "-"), ("Giám đốc Sở Nội vụ", "-"), ("Thủ trưởng các sở, ban, ngành tỉnh", "-")]),
    # the page cut the article before its verb: the holders before the cut count, a name begun at the cut does not
    ("Điều 2. Giao Sở Nội vụ theo dõi, kiểm tra.\nĐiều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Xây dựng, Chủ tịch UBND\n"
     "các huyện, thị xã, Thủ trưởng các cơ quan, đơn vị và Giám đốc Sở Tư",
     [("Sở Nội vụ", "-"), ("Chánh Văn phòng UBND tỉnh", "-"), ("Giám đốc Sở Xây dựng", "-"),
      ("Chủ tịch UBND các huyện, thị xã", "-"), ("Thủ trưởng các cơ quan, đơn vị", "-")]),
    # persons among the holders hold no row; "các Bộ trưởng" and plural titles open holders
    ("Điều 3. Các thành viên Hội đồng thẩm định, các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các "
     "tỉnh, thành phố trực thuộc trung ương có trách nhiệm thi hành Quyết định này.",
     [("các Bộ trưởng", "-"), ("Thủ trưởng cơ quan ngang bộ", "-"),
      ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "-")]),
])
def test_executive_article_holders(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    # one person's two titles are one holder
    ("Điều 2. Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm thi hành Quyết "
     "định này.",
     [("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "-"), ("Chủ tịch Ủy ban nhân dân các tỉnh", "-")]),
    # a verb cut by the page after a whole name: that name counts
    ("Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Công Thương, Khoa học và Công nghệ; Chủ tịch UBND các huyện, "
     "thị xã chịu trách nhi",
     [("Chánh Văn phòng UBND tỉnh", "-"), ("Sở Công Thương", "-"), ("Sở Khoa học và Công nghệ", "-"),
      ("Chủ tịch UBND các huyện, thị xã", "-")]),
    # the public is no holder, wherever it stands in the list
    ("Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc Sở Y tế; các cá nhân, tổ chức có liên quan chịu trách nhiệm thi hành "
     "Quyết định này.",
     [("Chánh Văn phòng UBND tỉnh", "-"), ("Giám đốc Sở Y tế", "-")]),
])
def test_executive_article_edges(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


@pytest.mark.parametrize("text", [
    "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.",  # the effective date: no holders, no verb of execution
    "Điều 2. Giao Sở Tài chính chủ trì, hướng dẫn thực hiện Quyết định này.",  # an order: the sentence walk's
    "Chánh Văn phòng UBND tỉnh, Giám đốc Sở Y tế chịu trách nhiệm thi hành Quyết định này.",  # no article: the walk's
    "Điều 5. Điều khoản thi hành",  # a heading
    # a holder with a duty of its own before the list: the sentence walk's
    "Điều 2. Quyết định có hiệu lực từ ngày ký. Chánh Văn phòng UBND tỉnh chịu trách nhiệm đôn đốc, kiểm tra việc thực hiện; "
    "Giám đốc các sở, Chủ tịch UBND các huyện chịu trách nhiệm thi hành Quyết định này.",
])
def test_not_an_executive_list(text: str) -> None:
    assert article(text, cut=True) is None


@pytest.mark.parametrize(("body", "found"), [
    # place names that open with a marked capital (one Vietnamese letter class: the review's leftover)
    ("Thành phố giao Chủ tịch UBND các quận Ô Môn, Thốt Nốt, Bình Thủy rà soát hồ sơ.",
     [("Chủ tịch UBND quận Ô Môn", "-"), ("Chủ tịch UBND quận Thốt Nốt", "-"), ("Chủ tịch UBND quận Bình Thủy", "-")]),
    ("Đề nghị UBND xã Ấp Bắc, huyện Ô Môn rà soát hồ sơ.", [("UBND xã Ấp Bắc, huyện Ô Môn", "-")]),
    ("Đề nghị UBND huyện Ô Môn và Ứng Hòa rà soát hồ sơ.", [("UBND huyện Ô Môn", "-"), ("UBND huyện Ứng Hòa", "-")]),
])
def test_places_with_marked_capitals(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    # a due in a later ";" clause of the sentence reaches the units it asks, past a clause with nothing to read
    ("UBND tỉnh đề nghị UBND huyện Cần Giờ và UBND huyện Nhà Bè khẩn trương khắc phục sự cố; hỗ trợ người dân ổn định "
     "cuộc sống; tổng hợp thiệt hại, báo cáo UBND tỉnh chậm nhất ngày 12/5/2023.",
     [("UBND huyện Cần Giờ", "2023-05-12"), ("UBND huyện Nhà Bè", "2023-05-12")]),
])
def test_due_later_in_the_sentence(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found
