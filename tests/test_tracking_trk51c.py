"""The directing-verb ruling (forty-first session, trklab51; tracking README): a body told through another body's
"hướng dẫn", "đôn đốc", "lãnh đạo, chỉ đạo" or a run of them ("hướng dẫn, kiểm tra, đôn đốc") holds the duty when a verb of
its own follows it at once; guided about a topic, for a purpose ("để"), or with the director's own work after a comma, it
holds nothing. Before (main at d8201d86) only "chỉ đạo B" was read.

Texts written for this test (other bodies and wordings than the sets'), on the fast reader and on the plain reference.
The first four fail on d8201d86 (only the holder is read); the guards hold on it and after."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import stated_tasks

pytestmark = pytest.mark.usefixtures("sentence_reader")

DAY = dt.date(2024, 5, 6)


@pytest.mark.parametrize(("body", "found"), [
    ("Sở Tư pháp hướng dẫn UBND các xã rà soát thủ tục hành chính trước ngày 30/6/2024.",
     [("Sở Tư pháp", "2024-06-30"), ("UBND các xã", "2024-06-30")]),
    ("Giao Sở Tài chính tiếp tục đôn đốc các phòng, ban chuyên môn triển khai thực hiện.",
     [("Sở Tài chính", "-"), ("các phòng, ban chuyên môn", "-")]),
    ("Sở Y tế có trách nhiệm hướng dẫn, kiểm tra, đôn đốc các bệnh viện tuyến huyện chuẩn bị đủ thuốc.",
     [("Sở Y tế", "-"), ("các bệnh viện tuyến huyện", "-")]),
    ("Giao Sở Xây dựng đôn đốc các sở, ngành, đơn vị và tổ chức có liên quan hoàn thành trước ngày 15/7/2024.",
     [("Sở Xây dựng", "2024-07-15"), ("các sở, ngành, đơn vị và tổ chức có liên quan", "2024-07-15")]),
])
def test_a_steered_body_with_its_own_verb_holds(body: str, found: list[tuple[str, str]]) -> None:
    assert sorted(stated_tasks(body, DAY)) == sorted(found)


@pytest.mark.parametrize(("body", "found"), [
    # a topic, a subject, a purpose: no verb of the body's own
    ("Sở Nông nghiệp hướng dẫn, kiểm tra, đôn đốc các Hạt Kiểm lâm các vấn đề cấp bách trong mùa khô.", [("Sở Nông nghiệp", "-")]),
    ("Sở Tài nguyên hướng dẫn UBND các huyện về quy trình lập hồ sơ.", [("Sở Tài nguyên", "-")]),
    ("Sở Công Thương đôn đốc các địa phương để xác định nguyên nhân.", [("Sở Công Thương", "-")]),
    # the work after the comma is the director's own
    ("Giao Sở Nội vụ chịu trách nhiệm đôn đốc các đơn vị, địa phương, tổng hợp báo cáo gửi UBND tỉnh.", [("Sở Nội vụ", "-")]),
])
def test_a_steered_body_without_its_own_verb_holds_nothing(body: str, found: list[tuple[str, str]]) -> None:
    assert sorted(stated_tasks(body, DAY)) == sorted(found)
