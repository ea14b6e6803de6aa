"""A body of another kind joined to a list by "và" or a comma is a body of its own (forty-first session, trk51; the
coordinator's list rule in the tracking README): a named company ("UBND các huyện, thị xã, thành phố và Công ty TNHH MTV Khai
thác thủy lợi Quảng Nam", heldout26 tk29; "các tập đoàn kinh tế và Tổng Công ty Nhà nước", heldout25 v17; "Tập đoàn …, các
công ty lọc hóa dầu …", heldout8 w30) and a Party or credit body's members ("Mặt trận Tổ quốc các cấp và tổ chức thành
viên", heldout10 d16; "các đơn vị thuộc Ngân hàng Nhà nước và tổ chức tín dụng", heldout10 d35). Before, the list reader
had no noun for a company and no "và" for those members, and read each list as one unit.

Texts written for this test (other bodies and wordings than the sets'), on the fast reader and on the plain reference. The
start code (7e24878f) reads each of the first four as one unit; the guards hold on it too."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import stated_tasks

pytestmark = pytest.mark.usefixtures("sentence_reader")

DAY = dt.date(2024, 5, 6)


@pytest.mark.parametrize(("body", "found"), [
    ("Sở Nông nghiệp đề nghị UBND các huyện, thị xã và Công ty TNHH MTV Thủy nông Đồng Cam báo cáo trước ngày 30/5/2024.",
     [("UBND các huyện, thị xã", "2024-05-30"), ("Công ty TNHH MTV Thủy nông Đồng Cam", "2024-05-30")]),
    ("Bộ Công Thương yêu cầu các sở Công Thương và Tổng công ty Điện lực miền Trung bảo đảm cung ứng điện.",
     [("các sở Công Thương", "-"), ("Tổng công ty Điện lực miền Trung", "-")]),
    ("UBND tỉnh yêu cầu Ủy ban MTTQ các huyện và tổ chức thành viên vận động nhân dân ủng hộ.",
     [("Ủy ban MTTQ các huyện", "-"), ("tổ chức thành viên", "-")]),
    ("Thống đốc yêu cầu Ngân hàng Nhà nước chi nhánh các tỉnh và tổ chức tín dụng trên địa bàn rà soát các khoản vay.",
     [("Ngân hàng Nhà nước chi nhánh các tỉnh", "-"), ("tổ chức tín dụng trên địa bàn", "-")]),
])
def test_another_kind_joined_to_a_list(body: str, found: list[tuple[str, str]]) -> None:
    assert sorted(stated_tasks(body, DAY)) == sorted(found)


@pytest.mark.parametrize(("body", "found"), [
    # kinds under one shared "các", no name after the company's noun: one group, as the sets label it (heldout12 f40, heldout14 q24)
    ("Thủ tướng yêu cầu các Tập đoàn kinh tế, Tổng công ty nhà nước báo cáo kết quả.",
     [("các Tập đoàn kinh tế, Tổng công ty nhà nước", "-")]),
    # a clause is not read as opening with a company (a photo's caption: heldout21 a34)
    ("Công ty TNHH MTV Khai thác thủy lợi và các địa phương được giao nhiệm vụ bảo đảm an toàn hồ chứa.", []),
    # a name's own "và" stays in the name
    ("Đề nghị Sở Lao động - Thương binh và Xã hội báo cáo kết quả.", [("Sở Lao động - Thương binh và Xã hội", "-")]),
])
def test_guards(body: str, found: list[tuple[str, str]]) -> None:
    assert sorted(stated_tasks(body, DAY)) == sorted(found)
