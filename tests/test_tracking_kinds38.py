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


@pytest.mark.parametrize(("body", "found"), [
    # a period joined to another period is what the report covers
    ("Bộ Tài chính đề nghị các địa phương đánh giá kết quả thu ngân sách trong tháng 10 và 10 tháng đầu năm 2024.",
     [("các địa phương", "-")]),
    ("Thủ tướng yêu cầu các bộ, ngành rà soát các nhiệm vụ trong tháng 11 và quý IV/2024 để tập trung thực hiện.",
     [("các bộ, ngành", "-")]),
    ("Đề nghị UBND cấp tỉnh báo cáo tình hình giải ngân trong quý III, quý IV/2024 và ước cả năm 2024.", [("UBND cấp tỉnh", "-")]),
    # a lone month stays the due
    ("Đề nghị các địa phương hoàn thành việc rà soát trong tháng 11/2024.", [("các địa phương", "2024-11-30")]),
])
def test_covered_period_no_due(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    # what the duty rests on or follows, before its subject
    ("Trên cơ sở đề xuất của các huyện, thị xã, Sở Nông nghiệp và Phát triển nông thôn chủ trì xây dựng phương án.",
     [("Sở Nông nghiệp và Phát triển nông thôn", "-")]),
    ("Song song với việc kiểm tra hồ sơ, các Chi cục Thuế phải đôn đốc thu nợ đọng.", [("các Chi cục Thuế", "-")]),
    ("Vì vậy, các huyện cần chủ động phương án tiêu úng.", [("các huyện", "-")]),
    ("Theo công văn, các ngân hàng thương mại cần rà soát các khoản vay.", [("các ngân hàng thương mại", "-")]),
    ("Công điện cũng nêu rõ, các đơn vị phải bố trí cán bộ trực.", [("các đơn vị", "-")]),
    # a lead with no obligation after it, the writer's own schedule, and the writer's own document stay as they were
    ("Bên cạnh đó, các xã đã tổ chức ra quân làm sạch đường làng.", []),
    ("Theo kế hoạch, Ban Thường trực Ủy ban MTTQ huyện chọn xã Tân Hòa làm điểm.", []),
])
def test_leads_before_subject(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    # only when the work is done, said after an aside that took the lender away
    ("Giao Sở Tài chính chủ trì tham mưu phương án phân bổ vốn; trong đó ưu tiên các công trình chuyển tiếp. "
     "Hoàn thành và trình UBND tỉnh trong tháng 11/2024.", [("Sở Tài chính", "2024-11-30")]),
    ("Thông báo kết luận cuộc họp.\n\nTrung tâm Y tế chịu trách nhiệm kiểm tra toàn bộ số liệu.\n\nTrung tâm có nhiệm vụ chuyển hồ sơ cho các xã.\n\n"
     "Thời gian hoàn thành trước ngày 25/10/2024.", [("Trung tâm Y tế", "2024-10-25")]),
])
def test_done_by_later(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    # a body told to direct after a modal or with "ngay": the bodies it directs hold the task too
    ("Đề nghị Sở Công Thương cần chỉ đạo các Đội Quản lý thị trường kiểm tra hàng hóa dịp Tết.",
     [("Sở Công Thương", "-"), ("các Đội Quản lý thị trường", "-")]),
    ("Chủ tịch UBND tỉnh yêu cầu UBND huyện Tân Phú phải chỉ đạo các xã rà soát hộ nghèo.",
     [("UBND huyện Tân Phú", "-"), ("các xã", "-")]),
    ("Thủ tướng yêu cầu Bộ Công Thương chỉ đạo ngay các thương nhân đầu mối kinh doanh xăng dầu bảo đảm nguồn cung.",
     [("Bộ Công Thương", "-"), ("các thương nhân đầu mối kinh doanh xăng dầu", "-")]),
    # advice is still no direction
    ("Giao Sở Nội vụ tham mưu UBND tỉnh chỉ đạo ngay các huyện sắp xếp thôn.", [("Sở Nội vụ", "-")]),
])
def test_directed_after_modal(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    # two titles of one group's heads
    ("Chủ tịch UBND tỉnh yêu cầu Giám đốc, Thủ trưởng các sở, ban, ngành tỉnh chủ động triển khai phương án phòng chống bão.",
     [("Thủ trưởng các sở, ban, ngành tỉnh", "-")]),
    ("UBND thành phố yêu cầu giám đốc, thủ trưởng các sở, ngành và chủ tịch UBND các quận, huyện kiểm tra ngay hệ thống tiêu "
     "thoát nước.", [("thủ trưởng các sở, ngành", "-"), ("chủ tịch UBND các quận, huyện", "-")]),
    # a group described by what it has, before its modal
    ("Bộ Y tế đề nghị các tỉnh có ca bệnh sởi cần khoanh vùng ổ dịch ngay.", [("các tỉnh có ca bệnh sởi", "-")]),
    ("Cục Thú y yêu cầu các địa phương đang có dịch tả lợn châu Phi phải tiêu hủy lợn bệnh.",
     [("các địa phương đang có dịch tả lợn châu Phi", "-")]),
    # … not past a new body after a comma
    ("Bộ Y tế đề nghị các tỉnh có ca bệnh, Sở Y tế cần khoanh vùng ổ dịch ngay.", []),
    # a bare "Địa phương" before a modal is the locality the text speaks of; a bare "Đơn vị" stays no body
    ("Sau bão, Bộ trưởng nhấn mạnh nhiều yêu cầu.\n\nĐịa phương phải sớm khắc phục hậu quả, ổn định đời sống người dân.",
     [("Địa phương", "-")]),
    ("Sau bão, Bộ trưởng nhấn mạnh nhiều yêu cầu.\n\nĐơn vị phải sớm khắc phục hậu quả.", []),
])
def test_heads_descriptions_locality(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    # "lên kịch bản / phương án / kế hoạch" starts the duty: the name ends before it
    ("Bộ Y tế đề nghị các địa phương lên phương án ứng phó với dịch sốt xuất huyết.", [("các địa phương", "-")]),
    ("Sở Y tế yêu cầu các trung tâm y tế lên kịch bản ứng phó khi số ca bệnh tăng cao.", [("các trung tâm y tế", "-")]),
])
def test_drawing_up(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    # a step after which the duty comes
    ("Sau khi có quyết định thành lập, các xã mới rà soát lại quy chế làm việc.", [("các xã mới", "-")]),
    # … not the writer's own plan after it
    ("Sau khi khám tuyển, Hội đồng Nghĩa vụ quân sự huyện sẽ tiếp tục các bước còn lại.", []),
])
def test_after_step(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    # "đầu tư xây dựng" inside a project board's name is no duty
    ("UBND tỉnh giao Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng tỉnh khẩn trương hoàn thiện hồ sơ.",
     [("Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng tỉnh", "-")]),
    # "xây dựng" still starts a duty elsewhere
    ("Giao Sở Nội vụ xây dựng đề án sắp xếp.", [("Sở Nội vụ", "-")]),
])
def test_project_board_name(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    # "A cùng (các) B <duty>": a list's joint, as "và" is
    ("Thủ tướng yêu cầu các bộ, ngành cùng các địa phương ven biển chủ động sơ tán dân.",
     [("các bộ, ngành", "-"), ("các địa phương ven biển", "-")]),
    ("Đề nghị Sở Y tế cùng Sở Tài chính thăm hỏi các gia đình có người bị nạn.", [("Sở Y tế", "-"), ("Sở Tài chính", "-")]),
    # "cùng cấp", "cùng với" are no joint
    ("Đề nghị UBND các xã báo cáo Hội đồng nhân dân cùng cấp kết quả thực hiện.", [("UBND các xã", "-")]),
])
def test_joined_by_cung(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    # the passive of an order: "A được yêu cầu / được đề nghị <duty>"
    ("Theo chỉ thị, UBND các phường được yêu cầu chủ động rà soát các điểm ngập úng.", [("UBND các phường", "-")]),
    ("Theo đó, các ngân hàng thương mại được đề nghị giảm lãi suất cho vay.", [("các ngân hàng thương mại", "-")]),
    # a nomination is no order
    ("Năm nay, hai trường được đề nghị khen thưởng cấp tỉnh.", []),
    # a headline run into the text ("… trọng điểm Các Ban …") names no body
    ("Chủ tịch UBND tỉnh phê bình nhiều chủ đầu tư dự án chậm tiến độ Các Ban Quản lý dự án được yêu cầu khẩn trương "
     "giải ngân.", []),
])
def test_passive_order(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found
