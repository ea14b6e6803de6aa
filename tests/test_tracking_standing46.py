"""A line standing alone inside a page names the news, it lays no duty (thirty-sixth session, trk46; heldout22 spent): a
headline under the page's date line, a sub-heading in the story, a picture's caption — one short line that ends no
sentence, with a blank line above it and below it and more text after, opening with a body and handing no body an order.
Its subject is what the story tells of; the text around it says who must act. A line under one that ends with ":" is an
item of the list it opens, so is one under an item closed by ";", and a standing line that gives an order ("Sở Y tế yêu
cầu các bệnh viện …") still lays it; so does one that holds its own due (tests/test_tracking_precision31.py's "Các xã tổ
chức tiêu độc … trong tháng 3/2024").

Texts written for this test (other bodies and wordings than the sets'), on the fast reader and on the plain reference. The
start code (aa0d699) gives the narrating subject a row in each case of the first test; the others guard what stays."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import stated_tasks

pytestmark = pytest.mark.usefixtures("sentence_reader")

DAY = dt.date(2024, 8, 12)


@pytest.mark.parametrize(("body", "found"), [
    # a headline under the page's date line
    ("Thứ hai, 12/08/2024\n\nCác xã ven biển triển khai phương án phòng chống bão số 2\n\n"
     "Ngày 12/8, UBND huyện Giao Thủy có công văn yêu cầu UBND các xã ven biển kiểm tra, gia cố đê điều trước ngày "
     "15/8/2024.", [("UBND các xã ven biển", "2024-08-15")]),
    # a picture's caption between two paragraphs
    ("Sáng 12/8, đoàn kiểm tra liên ngành của huyện kiểm tra các cơ sở kinh doanh tại chợ Phú Lương.\n\n"
     "Đội Quản lý thị trường số 3 kiểm tra hàng hóa tại chợ Phú Lương\n\n"
     "Chủ tịch UBND huyện yêu cầu Phòng Kinh tế và Hạ tầng tăng cường kiểm tra an toàn thực phẩm.",
     [("Phòng Kinh tế và Hạ tầng", "-")]),
    # a sub-heading in the story
    ("Ngày 12/8, Sở Nông nghiệp có văn bản gửi UBND các huyện về phòng chống dịch tả lợn châu Phi.\n\n"
     "Các huyện miền núi tăng cường giám sát dịch bệnh trên đàn lợn\n\n"
     "Theo văn bản, Sở đề nghị UBND các huyện chỉ đạo các xã tổ chức tiêu độc, khử trùng chuồng trại.",
     [("UBND các huyện", "-"), ("các xã", "-")]),
])
def test_a_line_standing_alone_names_the_news(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    # a paragraph under "yêu cầu:" or after an item closed by ";" is an item of the list, though its own mark is lost
    ("UBND tỉnh yêu cầu:\n\nSở Y tế chủ trì triển khai chiến dịch tiêm vắc xin sởi;\n\n"
     "Sở Tài chính bố trí kinh phí cho chiến dịch\n\nCác đơn vị báo cáo kết quả về UBND tỉnh.",
     [("Sở Y tế", "-"), ("Sở Tài chính", "-")]),  # "Các đơn vị …" calls them back: no row of its own
    # a standing line that gives an order lays it
    ("Ngày 12/8, Bộ Y tế họp trực tuyến với các địa phương.\n\n"
     "Sở Y tế yêu cầu các bệnh viện chuẩn bị kịch bản ứng phó dịch sởi\n\nCuộc họp kéo dài đến trưa.",
     [("các bệnh viện", "-")]),
    # a page's last line, cut by the excerpt, is no line standing alone: nothing comes after it
    ("Chủ tịch UBND tỉnh yêu cầu các sở, ngành rà soát các dự án chậm tiến độ.\n\n"
     "Sở Kế hoạch và Đầu tư chủ trì tổng hợp, báo cáo kết quả rà soát",
     [("các sở, ngành", "-"), ("Sở Kế hoạch và Đầu tư", "-")]),
])
def test_a_list_an_order_and_a_cut_line_keep_their_rows(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found
