"""Kinds of the twenty-second session (issue 15), grouped over every spent tracking set and the unscored citation and
import texts, each pinned by passages written in other layouts than the ones they were seen in, on the fast sentence
reader and on the plain reference (tests/fixtures/tracking/real/README.md, "Twenty-second session")."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import stated_tasks as _tasks

pytestmark = pytest.mark.usefixtures("sentence_reader")

DAY = dt.date(2025, 3, 1)


@pytest.mark.parametrize(("body", "found"), [
    # the writer's closing formula names its addressees, no task of the writer's (heldout6 s09, s10; citations x47, x49)
    ("Về việc này, Thủ tướng Chính phủ giao Bộ Y tế chủ trì kiểm tra, báo cáo.\n\n"
     "Văn phòng Chính phủ thông báo để Bộ Y tế biết, thực hiện./.", [("Bộ Y tế", "-")]),
    ("Sở Tư pháp thông báo cho các phòng, ban chuyên môn được biết.", []),
    ("Ủy ban nhân dân huyện xin thông báo đến toàn thể nhân dân trên địa bàn huyện được biết.", []),
    # a group's notice to the public is its duty
    ("UBND các xã thông báo để nhân dân biết, thực hiện trước ngày 10/3/2025.", [("UBND các xã", "2025-03-10")]),
])
def test_the_writers_notice_formula(body: str, found: list[tuple[str, str]]) -> None:
    assert _tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    # a list after an order, hard-wrapped before a capital: the next line goes on after the verb (heldout6 s04), even
    # when its duty announces the points below ("… với các nội dung sau:")
    ("Thực hiện Chỉ thị của Thủ tướng, Ủy ban nhân dân huyện đề nghị Thủ trưởng các phòng, ban chuyên môn,\n"
     "Chủ tịch UBND các xã, thị trấn khẩn trương rà soát, báo cáo trước ngày 15/3/2025.",
     [("Thủ trưởng các phòng, ban chuyên môn", "2025-03-15"), ("Chủ tịch UBND các xã, thị trấn", "2025-03-15")]),
    ("Giám đốc Sở yêu cầu Thủ trưởng các phòng chức năng,\nGiám đốc các trung tâm trực thuộc Sở triển khai thực hiện, "
     "với các nội dung như sau:", [("Thủ trưởng các phòng chức năng", "-"), ("Giám đốc các trung tâm trực thuộc Sở", "-")]),
    # … or past a ";" (citations heldout19 h19-40)
    ("Để chuẩn bị tốt kỳ thi, Sở Giáo dục và Đào tạo yêu cầu các phòng giáo dục; các trường trực thuộc tổ chức ôn tập "
     "cho học sinh theo nội dung sau:", [("các phòng giáo dục", "-"), ("các trường trực thuộc", "-")]),
    # "Trưởng các ban …" after another title starts a new body (import heldout16 g02)
    ("Giám đốc các sở, Trưởng các ban, ngành tỉnh chịu trách nhiệm thi hành quyết định này.",
     [("Giám đốc các sở", "-"), ("Trưởng các ban, ngành tỉnh", "-")]),
])
def test_a_list_after_an_order_goes_on_past_its_line(body: str, found: list[tuple[str, str]]) -> None:
    assert _tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    # a phrase ending in "về" names no body: a letter's topic after its addressees (heldout4 m42, import heldout13 c18);
    # since the coordinator's addressee rule (thirty-seventh session) the addressees hold a topic that is a duty …
    ("Sở Y tế vừa có văn bản gửi các bệnh viện; Trung tâm Y tế các huyện về tăng cường phòng, chống dịch sốt xuất huyết.",
     [("các bệnh viện", "-"), ("Trung tâm Y tế các huyện", "-")]),
    ("UBND tỉnh vừa có công văn gửi các sở, ban, ngành;\nUBND các huyện, thị xã về triển khai kế hoạch chuyển đổi số.",
     [("các sở, ban, ngành", "-"), ("UBND các huyện, thị xã", "-")]),
    # … and none holds information
    ("Sở Y tế vừa có văn bản gửi các bệnh viện; Trung tâm Y tế các huyện về việc thông báo kết quả kiểm tra.", []),
    # … while a body asked after its letter is read as before
    ("Sở Y tế có văn bản gửi Trung tâm Y tế các huyện yêu cầu tăng cường phòng, chống dịch.",
     [("Trung tâm Y tế các huyện", "-")]),
])
def test_a_phrase_ending_in_ve_names_no_body(body: str, found: list[tuple[str, str]]) -> None:
    assert _tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    # "đến <day>" before what stood by then is a count as of that day, no due (heldout5 r20; tracking and citations heldout6)
    ("UBND tỉnh yêu cầu các sở, ngành trước ngày 15/3 phải gửi báo cáo, nhưng đến 20/3 mới chỉ có 5 đơn vị gửi.",
     [("các sở, ngành", "2025-03-15")]),
    ("Sở Nội vụ đề nghị các huyện hoàn thành rà soát; đến ngày 20/3, toàn tỉnh đã có 9 huyện gửi kết quả.",
     [("các huyện", "-")]),
    # a due "đến ngày …" stays one
    ("Các xã tiếp nhận hồ sơ đến ngày 30/3/2025.", [("Các xã", "2025-03-30")]),
])
def test_a_count_as_of_a_day_is_no_due(body: str, found: list[tuple[str, str]]) -> None:
    assert _tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    # "các cấp" before a body's noun names every level of it (heldout6 s03; import heldout11 a27)
    ("Đề nghị các cấp công đoàn phối hợp với thủ trưởng cơ quan tổ chức tốt Tháng Công nhân.",
     [("các cấp công đoàn", "-")]),
    ("- Yêu cầu các cấp chính quyền, các cơ quan chuyên môn hoàn thành việc rà soát trước ngày 20/3/2025.",
     [("các cấp chính quyền", "2025-03-20"), ("các cơ quan chuyên môn", "2025-03-20")]),
])
def test_every_level_of_a_body(body: str, found: list[tuple[str, str]]) -> None:
    assert _tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    # "cơ quan quản lý …" is a body's name, as "Ban quản lý" is (heldout4 m12; import heldout13 c09)
    ("Giao Công an tỉnh và các cơ quan quản lý thị trường tăng cường kiểm tra hàng hóa dịp Tết.",
     [("Công an tỉnh", "-"), ("các cơ quan quản lý thị trường", "-")]),
    # the other name-making words stay duties after "cơ quan"
    ("Các cơ quan tổ chức thực hiện nghiêm túc Chỉ thị này.", [("Các cơ quan", "-")]),
])
def test_a_managing_body_is_a_name(body: str, found: list[tuple[str, str]]) -> None:
    assert _tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    # bodies a holder is told to direct, after a duty's or a continuation's lead (heldout6 s06, s30; heldout5 r34)
    ("3. Giám đốc Sở Nông nghiệp và Môi trường có trách nhiệm chỉ đạo Chi cục Thủy lợi rà soát các hồ chứa xung yếu.",
     [("Giám đốc Sở Nông nghiệp và Môi trường", "-"), ("Chi cục Thủy lợi", "-")]),
    ("Đề nghị Ban Thường vụ Huyện đoàn tiếp tục chỉ đạo các chi đoàn trực thuộc tổ chức ra quân dọn vệ sinh trước ngày 25/3/2025.",
     [("Ban Thường vụ Huyện đoàn", "2025-03-25"), ("các chi đoàn trực thuộc", "2025-03-25")]),
    # a report "theo định kỳ" / "định kỳ theo quy định" is periodic with no period named (heldout5 r34, tuning3 v04)
    ("Các trường tổng hợp số liệu học sinh bỏ học, báo cáo Phòng Giáo dục theo định kỳ.", [("Các trường", "periodic")]),
    ("Trạm Y tế các xã báo cáo kết quả tiêm chủng đột xuất, định kỳ theo quy định.", [("Trạm Y tế các xã", "periodic")]),
])
def test_directed_after_a_lead_and_a_period_not_named(body: str, found: list[tuple[str, str]]) -> None:
    assert _tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    # health and school establishments are bodies (heldout4 m12, heldout5 r10; citations heldout6 m28)
    ("Sở Y tế yêu cầu các cơ sở khám bệnh, chữa bệnh trên địa bàn tăng cường phân luồng người bệnh.",
     [("các cơ sở khám bệnh, chữa bệnh trên địa bàn", "-")]),
    ("Các cơ sở giáo dục mầm non báo cáo số trẻ ra lớp trước ngày 10/3/2025.",
     [("Các cơ sở giáo dục mầm non", "2025-03-10")]),
    # not private businesses, nor the grassroots
    ("Các cơ sở sản xuất, kinh doanh phải niêm yết giá công khai.", []),
    # "công lập" is one word: "lập" there starts no duty
    ("Đề nghị các trường trung học công lập rà soát học phí.", [("các trường trung học công lập", "-")]),
])
def test_establishments(body: str, found: list[tuple[str, str]]) -> None:
    assert _tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    # a project's owners are bodies (heldout6 s04; import heldout17 i31)
    ("UBND tỉnh yêu cầu Ban Quản lý dự án tỉnh, các chủ đầu tư khẩn trương giải ngân vốn trước ngày 31/3/2025.",
     [("Ban Quản lý dự án tỉnh", "2025-03-31"), ("các chủ đầu tư", "2025-03-31")]),
])
def test_project_owners(body: str, found: list[tuple[str, str]]) -> None:
    assert _tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    # manpower a body deploys is no body (heldout5 r37; citations heldout14 h14-07)
    ("Giám đốc Công an tỉnh chỉ đạo công an các huyện phân công lực lượng, chia thành nhiều ca kíp kiểm tra đến ngày "
     "30/3/2025.", [("Giám đốc Công an tỉnh", "2025-03-30"), ("công an các huyện", "2025-03-30")]),
    ("UBND xã phân công lực lượng cán bộ xã về các thôn hỗ trợ nhân dân vào thứ Bảy hằng tuần.", []),
    # a force named as a body stays one
    ("Đề nghị lực lượng vũ trang huyện tham gia dọn vệ sinh môi trường.", [("lực lượng vũ trang huyện", "-")]),
])
def test_manpower_is_no_body(body: str, found: list[tuple[str, str]]) -> None:
    assert _tasks(body, DAY) == found
