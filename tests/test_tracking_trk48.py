"""A letter's addressees (thirty-eighth session, trk48; the coordinator's addressee rule in the tracking README's labelling
rules): in "… có văn bản / công văn / công điện … gửi A, B … về việc / về <X>" the addressees hold X when X is a duty, none
when X is information, thanks or the sender's own answer ("về việc thẩm định …", "góp ý", "trả lời" …). Read also when the
sentence opens with no body ("Ngày …, Thanh tra Chính phủ đã có Công văn … gửi …"), and when the addressees go on past ";"
("gửi các bộ, cơ quan ngang bộ; UBND các tỉnh … về báo cáo …"). An addressee that another order of the text names again,
in any spelling ("đoàn KTLN" and "Đoàn Kiểm tra liên ngành"), is that order's row; a plural's names the list reader left
joined are read as none; a comma after "trực thuộc Trung ương" ends a body. A group named, then its members after "gồm",
gives the members when they are bodies, the group when they are only places.

Texts written for this test (other bodies and wordings than the sets'), on the fast reader and on the plain reference. The
start code (e056ed5) gives the addressees of the first group, of the group-and-members test and of the last test no row; the other cases are guards that
hold on it too (it read no letter's addressees at all)."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import stated_tasks

pytestmark = pytest.mark.usefixtures("sentence_reader")

DAY = dt.date(2024, 5, 6)


@pytest.mark.parametrize(("body", "found"), [
    ("Ngày 2/5/2024, Bộ Tài chính đã có Công văn số 4521/BTC-NSNN gửi các bộ, cơ quan ngang bộ và UBND các tỉnh, thành "
     "phố về việc rà soát, báo cáo tình hình giải ngân vốn đầu tư công.",
     [("các bộ", "-"), ("cơ quan ngang bộ", "-"), ("UBND các tỉnh, thành phố", "-")]),
    ("Sở Nông nghiệp và Môi trường vừa có văn bản gửi UBND các xã, phường về việc tăng cường kiểm tra đê điều.",
     [("UBND các xã, phường", "-")]),
    ("Bộ Nội vụ vừa có công văn gửi các bộ, cơ quan thuộc Chính phủ; UBND các tỉnh, thành phố trực thuộc Trung ương về "
     "báo cáo kết quả tinh giản biên chế năm 2024.",
     [("các bộ", "-"), ("cơ quan thuộc Chính phủ", "-"), ("UBND các tỉnh, thành phố trực thuộc Trung ương", "-")]),
    ("Cục Quản lý dược vừa có văn bản gửi các bệnh viện trực thuộc Bộ, Sở Y tế các tỉnh, thành phố trực thuộc Trung ương, "
     "y tế các ngành về việc triển khai đấu thầu thuốc tập trung.",
     [("các bệnh viện trực thuộc Bộ", "-"), ("Sở Y tế các tỉnh, thành phố trực thuộc Trung ương", "-"),
      ("y tế các ngành", "-")]),
])
def test_the_addressees_hold_a_duty_the_letter_is_about(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    # information, thanks, the sender's own answer: no duty of the addressees
    ("Sở Giáo dục và Đào tạo vừa có công văn gửi các phòng giáo dục; các trường trực thuộc về việc thông báo kết quả "
     "kỳ thi chọn học sinh giỏi.", []),
    ("Bộ Xây dựng vừa có Công văn số 812/BXD-QHKT gửi UBND tỉnh Nam Định về việc thẩm định Báo cáo kinh tế kỹ thuật "
     "tu bổ di tích.", []),
    ("UBND huyện vừa có văn bản gửi các xã, thị trấn về việc cảm ơn lực lượng tham gia cứu hộ.", []),
    # the order after the addressees names its own units: they hold it, the addressees none
    ("Bộ Quốc phòng đã ban hành công điện gửi thủ trưởng các cơ quan trực thuộc; chỉ huy trưởng bộ chỉ huy quân sự các "
     "tỉnh, yêu cầu các đơn vị, địa phương chủ động ứng phó với bão.", [("các đơn vị, địa phương", "-")]),
])
def test_no_duty_no_addressee(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    # a group, then its members: the members when they are bodies, the group when they are only places
    ("Bộ Tài chính vừa có công văn gửi tới các bộ, ngành gồm Bộ Xây dựng, Bộ Y tế, UBND các tỉnh, thành phố đề nghị "
     "khẩn trương hoàn thiện hồ sơ quyết toán.",
     [("Bộ Xây dựng", "-"), ("Bộ Y tế", "-"), ("UBND các tỉnh, thành phố", "-")]),
    ("Bộ Nông nghiệp và Môi trường vừa có công điện gửi Chủ tịch UBND 5 tỉnh, gồm: Lào Cai, Yên Bái, Hà Giang, Cao "
     "Bằng, Lạng Sơn về việc chủ động ứng phó với lũ quét, sạt lở đất.", [("Chủ tịch UBND 5 tỉnh", "-")]),
])
def test_a_group_and_its_members(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


def test_an_addressee_ordered_again_is_the_orders_row() -> None:
    body = ("Ngày 6/5/2024, UBND thành phố có Công văn 2101 gửi Phòng Văn hóa và Thông tin thành phố; đoàn KTLN an toàn "
            "thực phẩm thành phố và Chủ tịch UBND các phường về việc triển khai Tháng hành động vì an toàn thực phẩm.\n"
            "Theo đó, yêu cầu:\n"
            "1. Chủ tịch UBND các phường: Khẩn trương kiểm tra các bếp ăn tập thể trên địa bàn.\n"
            "2. Giao Phòng Văn hóa và Thông tin thành phố, Đoàn Kiểm tra liên ngành an toàn thực phẩm thành phố tuyên "
            "truyền, kiểm tra các cơ sở kinh doanh.")
    rows = stated_tasks(body, DAY)
    assert rows == [("Chủ tịch UBND các phường", "-"), ("Phòng Văn hóa và Thông tin thành phố", "-"),
                    ("Đoàn Kiểm tra liên ngành an toàn thực phẩm thành phố", "-")]


def test_a_plurals_joined_names_are_not_read() -> None:
    body = ("Bộ Xây dựng vừa có văn bản gửi Sở Xây dựng các tỉnh; các Sở Quy hoạch - Kiến trúc Hà Nội và TPHCM yêu cầu "
            "báo cáo tình hình quản lý quy hoạch trước ngày 20/5/2024.")
    assert stated_tasks(body, DAY) == [("Sở Xây dựng các tỉnh", "2024-05-20")]
