"""Kinds pooled over every spent set (twenty-eighth session, trk38; heldout14 spent): each rule kept only where it helps a
set other than the one it was first seen in, and changes no other set for the worse (the tracking README's pooled table).

* a due sent in a later sentence: "… Các đơn vị thực hiện trước ngày …", "Các đơn vị nêu trên gửi báo cáo … trước …",
  "Báo cáo gửi về Bộ … trước ngày …" dates the undated rows of the order before it, a sentence or a paragraph back
  (heldout5, heldout7, heldout10, heldout14);
* a list of executors whose last piece is the public ("…; các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành …",
  "… và cơ quan, tổ chức, cá nhân có liên quan …"): the bodies before it keep the duty (heldout9, heldout14);
* state groups ("các Tập đoàn kinh tế", "Tập đoàn Dầu khí Việt Nam") are bodies (heldout9, heldout14).

Sentences written for this test, in other wordings than the real ones; on the fast reader and on the plain reference.
The start code (3e50624) gave the first case of each an undated row, nothing, or a run-on name."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import stated_tasks

pytestmark = pytest.mark.usefixtures("sentence_reader")

DAY = dt.date(2024, 10, 1)


@pytest.mark.parametrize(("body", "found"), [
    # the subject names the ordered units again: their due, no new row
    ("Phòng Giáo dục đề nghị Hiệu trưởng các trường, Thủ trưởng các đơn vị trực thuộc kiểm tra lại sổ sách thu chi. "
     "Nơi nào còn sai sót thì điều chỉnh ngay.\nCác đơn vị hoàn thành trước ngày 20/10/2024.",
     [("Hiệu trưởng các trường", "2024-10-20"), ("Thủ trưởng các đơn vị trực thuộc", "2024-10-20")]),
    ("Sở Tài chính yêu cầu Kho bạc Nhà nước tỉnh và Cục Thuế tỉnh thực hiện chế độ báo cáo quý.\n"
     "Các đơn vị nêu trên gửi báo cáo quý III về Sở Tài chính trước ngày 15/10/2024.",
     [("Kho bạc Nhà nước tỉnh", "2024-10-15"), ("Cục Thuế tỉnh", "2024-10-15")]),
    # the report the order asked for, sent in a later paragraph
    ("Bộ Nội vụ đề nghị UBND các tỉnh báo cáo kết quả sắp xếp đơn vị hành chính cấp xã.\n\n"
     "Nội dung báo cáo gồm: số đơn vị đã sắp xếp, số cán bộ dôi dư và kiến nghị.\n\n"
     "Báo cáo gửi về Bộ Nội vụ trước ngày 25/10/2024 để tổng hợp.",
     [("UBND các tỉnh", "2024-10-25")]),
    ("Thủ tướng yêu cầu các bộ, ngành báo cáo tình hình giải ngân vốn đầu tư công.\n\n"
     "Nội dung báo cáo nêu rõ khó khăn, vướng mắc.\n\nBáo cáo này của các bộ, ngành gửi Văn phòng Chính phủ trước ngày 30/10/2024.",
     [("các bộ, ngành", "2024-10-30")]),
])
def test_due_sent_later(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    # no report was asked for: a report sent later is someone else's business
    ("UBND tỉnh yêu cầu Sở Xây dựng kiểm tra an toàn các công trình.\n\nViệc kiểm tra tập trung vào nhà cao tầng.\n\n"
     "Báo cáo gửi về Bộ Xây dựng trước ngày 25/10/2024.", [("Sở Xây dựng", "-")]),
    # "Các địa phương …" is a holder of its own, not the ordered units named again
    ("Bộ Y tế đề nghị Sở Y tế các tỉnh tăng cường giám sát dịch. Các địa phương hoàn thành tiêm bù trước ngày 30/10/2024.",
     [("Sở Y tế các tỉnh", "-"), ("Các địa phương", "2024-10-30")]),
    # the ordered units already have their due: a later one is not lent over it
    ("Đề nghị Trung tâm Y tế huyện báo cáo số ca mắc trước ngày 10/10/2024.\n\nSố liệu lấy từ sổ theo dõi.\n\n"
     "Báo cáo gửi về Sở Y tế trước ngày 20/10/2024.", [("Trung tâm Y tế huyện", "2024-10-10")]),
])
def test_due_not_lent(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    ("Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc Sở Tài chính; Chủ tịch UBND các huyện; các tổ chức, cá nhân có liên "
     "quan chịu trách nhiệm thi hành Quyết định này./.",
     [("Chánh Văn phòng UBND tỉnh", "-"), ("Giám đốc Sở Tài chính", "-"), ("Chủ tịch UBND các huyện", "-")]),
    ("Điều 4. Giám đốc Sở Y tế, Thủ trưởng các cơ quan, đơn vị liên quan và cơ quan, tổ chức, cá nhân có liên quan chịu "
     "trách nhiệm thi hành Quyết định này.",
     [("Giám đốc Sở Y tế", "-"), ("Thủ trưởng các cơ quan, đơn vị liên quan", "-")]),
])
def test_public_ends_executors(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    ("Bộ Công Thương đề nghị các bộ, ngành, các Tập đoàn kinh tế nhà nước rà soát tiến độ các dự án điện.",
     [("các bộ, ngành", "-"), ("các Tập đoàn kinh tế nhà nước", "-")]),
    ("Thủ tướng giao Tập đoàn Điện lực Việt Nam bảo đảm cung ứng điện trong mùa khô.",
     [("Tập đoàn Điện lực Việt Nam", "-")]),
])
def test_state_groups(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found
