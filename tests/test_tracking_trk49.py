"""A letter's addressees named by a kind, a colon, then the names of that kind (thirty-ninth session, trk49; the coordinator's
addressee rule in the tracking README's labelling rules): "… gửi Bộ trưởng các Bộ: A, B; Chủ tịch UBND … về việc <duty>",
"… gửi các Sở, ngành: A, B, Công an và UBND các huyện … chỉ đạo về công tác …", "… văn bản số … ngày … gửi các đơn vị: UBND
các xã: A, B; Sở C; … . đề nghị …". Each name is one addressee with its kind before it ("Bộ A"; "UBND xã A", the list rule's
head repeated), a body's own name as written ("Tổng cục …"; "Công an" after a head of several kinds), the first group ends
the names; the last piece's names the reader does not take as bodies are left out, not guessed, and the addressees before
them keep the duty; a district's province after it is its address, no addressee.

Texts written for this test (other bodies and wordings than the sets'), on the fast reader and on the plain reference. The
start code (70e41a0) reads the first three letters' named addressees as no row (the colon cuts the clause, or the list is
read as one group), writes "Bộ Tổng cục …" in the fourth and keeps the address in the fifth; the guards hold on it too."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import stated_tasks

pytestmark = pytest.mark.usefixtures("sentence_reader")

DAY = dt.date(2024, 5, 6)


@pytest.mark.parametrize(("body", "found"), [
    ("Thủ tướng Chính phủ vừa ký Công điện số 12/CĐ-TTg gửi Bộ trưởng các Bộ: Nông nghiệp và Môi trường, Y tế, Công an; "
     "Chủ tịch UBND các tỉnh ven biển về việc chủ động ứng phó với triều cường.",
     [("Bộ Nông nghiệp và Môi trường", "-"), ("Bộ Y tế", "-"), ("Bộ Công an", "-"),
      ("Chủ tịch UBND các tỉnh ven biển", "-")]),
    ("UBND tỉnh vừa ban hành Văn bản số 512/UBND-KGVX gửi các Sở, ngành: Giáo dục và Đào tạo, Tài chính, Công an và UBND "
     "các huyện, thị xã chỉ đạo về công tác bảo đảm an toàn trường học năm 2024.",
     [("Sở Giáo dục và Đào tạo", "-"), ("Sở Tài chính", "-"), ("Công an", "-"), ("UBND các huyện, thị xã", "-")]),
    ("Sở Xây dựng đã có văn bản số 77/SXD-QLN ngày 02/04/2024 gửi các đơn vị: UBND các phường: An Hòa, Tân Lập, Phú Mỹ; "
     "Sở Tài chính; Cty Điện lực Bình Minh, Cấp nước Sông Xanh. đề nghị báo cáo số liệu nhà ở xã hội.",
     [("UBND phường An Hòa", "-"), ("UBND phường Tân Lập", "-"), ("UBND phường Phú Mỹ", "-"), ("Sở Tài chính", "-")]),
    ("Bộ Tài chính có công văn gửi các Bộ: Y tế, Giáo dục và Đào tạo, Tổng cục Thống kê về việc rà soát định mức chi "
     "thường xuyên.",
     [("Bộ Y tế", "-"), ("Bộ Giáo dục và Đào tạo", "-"), ("Tổng cục Thống kê", "-")]),
    ("Ngày 3/4/2024, Sở Y tế có Công văn số 88/SYT-NV gửi Trung tâm Y tế huyện Hòa An; Trung tâm Y tế huyện Lộc Bình, tỉnh "
     "Lạng Sơn đề nghị rà soát danh sách tiêm chủng.",
     [("Trung tâm Y tế huyện Hòa An", "-"), ("Trung tâm Y tế huyện Lộc Bình", "-")]),
])
def test_a_kind_then_its_names(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    # no subject: the addressees hold nothing
    ("Công điện cũng gửi các Bộ: Quốc phòng, Ngoại giao, Công Thương.", []),
    # places of another body's branches after the colon: not one row per place (nor the group, which the names do not settle)
    ("Thống đốc đã có văn bản gửi NHNN chi nhánh các tỉnh: Gia Lai, Kon Tum về việc kiểm tra hoạt động của quỹ tín dụng.",
     []),
    # information: none
    ("Bộ Y tế vừa có công văn gửi các Sở: Y tế Hà Nội, Y tế Hải Phòng về việc thông báo kết quả đánh giá bệnh viện.", []),
    # a dated letter's addressees that the order after it names again, a title alone ("Bộ trưởng") among them: that order's
    ("Thủ tướng Chính phủ vừa ký Công điện số 9/CĐ-TTg ngày 2/3/2024 gửi Bộ trưởng, Thủ trưởng cơ quan ngang bộ; Chủ tịch "
     "UBND các tỉnh, thành phố về việc bảo đảm cung ứng điện mùa khô.\n\nThủ tướng yêu cầu các Bộ trưởng, Thủ trưởng cơ quan "
     "ngang bộ, Chủ tịch UBND các tỉnh, thành phố chỉ đạo tiết kiệm điện.",
     [("các Bộ trưởng", "-"), ("Thủ trưởng cơ quan ngang bộ", "-"), ("Chủ tịch UBND các tỉnh, thành phố", "-")]),
])
def test_guards(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


# A people's committee of a level's plural, then another kind of body with words of its own (heldout12 f05, heldout24 i08:
# "UBND các xã, đơn vị chủ rừng / quản lý rừng"): two units (the list rule). The start code (70e41a0) reads the first two as one
# unit; the third ("cơ quan, đơn vị có liên quan": a group the shared tail ties) is a guard.
@pytest.mark.parametrize(("body", "found"), [
    ("UBND huyện yêu cầu UBND các xã, thị trấn, đơn vị sự nghiệp công lập rà soát biên chế trước ngày 30/5/2024.",
     [("UBND các xã, thị trấn", "2024-05-30"), ("đơn vị sự nghiệp công lập", "2024-05-30")]),
    ("Giao UBND các phường, cơ quan báo chí địa phương tuyên truyền về bầu cử.",
     [("UBND các phường", "-"), ("cơ quan báo chí địa phương", "-")]),
    ("Đề nghị UBND các huyện, thị xã, cơ quan, đơn vị có liên quan thực hiện nghiêm.",
     [("UBND các huyện, thị xã, cơ quan, đơn vị có liên quan", "-")]),
])
def test_a_council_then_another_kind(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found
