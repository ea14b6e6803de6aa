"""A later sentence that names no unit but owes the last order's product, or the work itself, by a due (forty-first
session, trk51b): "Các đề án phải gửi về Cục trước ngày 10-12" (heldout22 l43), "Việc kê khai, công khai … nêu trên phải
hoàn thành trước ngày 31/3/2021" (heldout24 i17), "Danh sách được lập gửi về trước ngày 24.7" (heldout19 x28). The modal
("phải", "cần", the passive "được … gửi") binds the thing to be delivered; its due is the undated order's before it
(:data:`vanban.tracking.vocabulary.PRODUCT_OWED`, :meth:`vanban.tracking.walk.Walk.lend_result`), also past a sentence
that lays nothing (right after the order, the clause before's units take it anyway). Before, only a report sent ("Báo cáo
gửi về …") or a time clause ("Thời gian hoàn thành …") reached back so.

Texts written for this test (other bodies and wordings than the sets'), on the fast reader and on the plain reference. The
start code (faac30c2) leaves the first four undated; the guards hold on it too."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import stated_tasks

pytestmark = pytest.mark.usefixtures("sentence_reader")

DAY = dt.date(2024, 5, 6)


@pytest.mark.parametrize(("body", "found"), [
    ("Sở Tài chính đề nghị UBND các huyện rà soát nhu cầu kinh phí năm 2025. Nội dung rà soát theo biểu mẫu đính kèm. "
     "Các dự toán phải gửi về Sở trước ngày 20/6/2024 để tổng hợp.", [("UBND các huyện", "2024-06-20")]),
    ("UBND tỉnh yêu cầu Sở Y tế xây dựng phương án phòng, chống dịch sốt xuất huyết.\n\nPhương án bao gồm các kịch bản "
     "theo cấp độ dịch. Phương án cần được gửi UBND tỉnh chậm nhất ngày 15/7/2024.", [("Sở Y tế", "2024-07-15")]),
    ("Bộ Nội vụ đề nghị các bộ, ngành lập danh sách công chức đủ điều kiện nâng ngạch. Mẫu danh sách đăng trên cổng thông "
     "tin của Bộ. Danh sách được gửi về Bộ Nội vụ trước ngày 30/8/2024.", [("các bộ, ngành", "2024-08-30")]),
    ("Chủ tịch UBND huyện giao Phòng Tài nguyên và Môi trường kiểm tra các điểm tập kết cát. Đây là nội dung trọng tâm "
     "của tháng. Việc kiểm tra nêu trên phải hoàn thành trước ngày 10/6/2024.", [("Phòng Tài nguyên và Môi trường",
                                                                               "2024-06-10")]),
])
def test_product_owed_dates_the_order_before(body: str, found: list[tuple[str, str]]) -> None:
    assert sorted(stated_tasks(body, DAY)) == sorted(found)


@pytest.mark.parametrize(("body", "found"), [
    # a schedule the text reports, no obligation: not the order's due
    ("UBND tỉnh yêu cầu các sở, ngành tổ chức quán triệt Nghị quyết. Hội nghị có 300 đại biểu dự. Việc học tập Nghị quyết "
     "sẽ hoàn thành trong tháng 12/2024.", [("các sở, ngành", "-")]),
    # the public's own obligation is theirs
    ("UBND huyện yêu cầu UBND các xã tuyên truyền về an toàn thực phẩm. Đây là việc thường xuyên. Các hộ gia đình phải "
     "hoàn thành việc đăng ký trước ngày 30/6/2024.", [("UBND các xã", "-")]),
    # the order already dated keeps its own due
    ("Sở Nội vụ đề nghị các phòng báo cáo trước ngày 10/6/2024. Mẫu báo cáo đính kèm. Hồ sơ phải gửi về Sở trước ngày "
     "20/6/2024.", [("các phòng", "2024-06-10")]),
])
def test_guards(body: str, found: list[tuple[str, str]]) -> None:
    assert sorted(stated_tasks(body, DAY)) == sorted(found)
