"""Kinds of the twenty-third session (issue 15, heldout8 spent at its start; precision first), each pinned by passages
written in other layouts than the ones they were seen in, on the fast sentence reader and on the plain reference
(tests/fixtures/tracking/real/README.md, "Twenty-third session")."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import stated_tasks as _tasks
from vanban.deadlines import extract_deadlines
from vanban.tracking.tasks import assignments, due_of

pytestmark = pytest.mark.usefixtures("sentence_reader")

DAY = dt.date(2025, 3, 1)


@pytest.mark.parametrize(("body", "found"), [
    # a picture's caption shows the writer's doing or a scene: the credit ends its line (heldout8 w23, w28; citations
    # tuning t46, heldout6 m04, heldout17 h17-50, heldout19 h19-01)
    ("Sở Y tế yêu cầu các bệnh viện tuyến huyện bố trí đủ giường bệnh.\n\n"
     "Giám đốc Sở Y tế chỉ đạo Trung tâm Kiểm soát bệnh tật kiểm tra công tác phòng dịch. Ảnh: H.LAN\n\n"
     "Dịch bệnh đang diễn biến phức tạp.", [("các bệnh viện tuyến huyện", "-")]),
    ("Các thôn báo cáo kết quả trước ngày 10/3/2025.\n\nUBND xã Tân Phú chỉ đạo Đoàn Thanh niên xã ra quân vệ sinh môi "
     "trường (Ảnh: Thanh Hà)\n\nPhong trào được nhân dân hưởng ứng.", [("Các thôn", "2025-03-10")]),
    ("Người dân xếp hàng làm thủ tục. Chú thích ảnh: Công an phường kiểm tra giấy tờ tại chốt.", []),
    ("Ảnh minh họa. (Ảnh: Sở Văn hóa và Thể thao)\n\nĐề nghị các đơn vị chủ động tổ chức tuyên truyền.",
     [("các đơn vị", "-")]),
    # a sentence that only speaks of a picture, with no credit ending its line, is read as before
    ("Giao Phòng Văn hóa và Thông tin huyện tổ chức triển lãm ảnh về quê hương trước ngày 20/3/2025.",
     [("Phòng Văn hóa và Thông tin huyện", "2025-03-20")]),
])
def test_a_picture_caption_lays_no_duty(body: str, found: list[tuple[str, str]]) -> None:
    assert _tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    # people in a list of holders hold no row; the bodies around them do (heldout8 w36, w41; heldout7 g22, g29; heldout3
    # k19; import tuning4 w19, heldout3 n15, n28, heldout8 x14, heldout18 j11)
    ("Điều 4. Giám đốc Sở Tư pháp, đoàn viên, hội viên các đoàn thể, Chủ tịch UBND các phường chịu trách nhiệm thi hành "
     "Quyết định này.", [("Giám đốc Sở Tư pháp", "-"), ("Chủ tịch UBND các phường", "-")]),
    ("UBND phường đề nghị các cơ quan, trường học và nhân dân trên địa bàn treo cờ trước ngày 15/3/2025.",
     [("các cơ quan, trường học", "2025-03-15")]),
    ("Ban Thường vụ Huyện ủy yêu cầu các chi bộ, cán bộ, đảng viên gương mẫu thực hiện.", [("các chi bộ", "-")]),
    ("Đề nghị Hạt Kiểm lâm huyện, các hộ gia đình ven rừng thực hiện nghiêm quy định về phòng cháy.",
     [("Hạt Kiểm lâm huyện", "-")]),
    # a capitalised person noun goes on a name (import heldout19 k23's "Cục Nhà giáo và Cán bộ …"); a person noun inside
    # a name is no piece of its own
    ("Giao Trường Chính trị và Cán bộ Công đoàn tỉnh tổ chức lớp bồi dưỡng.",
     [("Trường Chính trị và Cán bộ Công đoàn tỉnh", "-")]),
    ("Giao Ban Tổ chức cán bộ tỉnh, Sở Nội vụ rà soát biên chế.", [("Ban Tổ chức cán bộ tỉnh", "-"), ("Sở Nội vụ", "-")]),
])
def test_people_in_a_list_hold_no_row(body: str, found: list[tuple[str, str]]) -> None:
    assert _tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    # a headline whose dashes the reader made one is still the page's headline: its body writes (heldout7 g39)
    ("UBND huyện Mường Tè chỉ đạo các xã ra quân làm thủy lợi vụ đông – xuân 2025\n\n"
     "UBND các xã hoàn thành nạo vét kênh mương trước ngày 30/3/2025.", [("UBND các xã", "2025-03-30")]),
    # a headline that is the order itself ("Yêu cầu A …", "Đề nghị A …") lays it (heldout3 k29)
    ("Đề nghị các huyện  rà soát hộ nghèo – cận nghèo\n\nBộ Lao động - Thương binh và Xã hội vừa có công văn.",
     [("các huyện", "-")]),
])
def test_headlines_read_as_written(body: str, found: list[tuple[str, str]]) -> None:
    assert _tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    # a body's first line, one sentence closed by ".", that names only its own subject is its news (heldout5 r03; citations
    # heldout10 x39, heldout12 z25)
    ("Phòng Tư pháp huyện tổ chức tập huấn nghiệp vụ hộ tịch.\n\nSáng 5/3, hơn 40 công chức tư pháp các xã tham dự.", []),
    ("Đảng ủy xã An Bình: Tổ chức hội nghị sơ kết 6 tháng đầu năm.\n\nHội nghị đánh giá kết quả.", []),
    # a group or a list at an excerpt's start may hold the duty; so may the body an order names
    ("UBND các xã rà soát hộ nghèo trước ngày 30/3/2025.\n\nKết quả gửi về Phòng Lao động.", [("UBND các xã", "2025-03-30")]),
    ("UBND huyện yêu cầu Phòng Y tế kiểm tra các cơ sở kinh doanh thực phẩm.\n\nĐoàn kiểm tra gồm 5 người.",
     [("Phòng Y tế", "-")]),
])
def test_a_closed_first_line_naming_its_own_subject_is_news(body: str, found: list[tuple[str, str]]) -> None:
    assert _tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    # advice is no direction, even where "lãnh đạo, chỉ đạo" come as a pair and the clause only lists who is advised on
    # (heldout8 w33)
    ("Tỉnh ủy yêu cầu Công an tỉnh kiểm tra an ninh.\nTham mưu cấp có thẩm quyền lãnh đạo, chỉ đạo lực lượng dân quân; "
     "đồng thời chỉ đạo Công an các huyện tăng cường tuần tra.", [("Công an tỉnh", "-"), ("Công an các huyện", "-")]),
    # a ";" inside brackets cuts no clause: the due after the brackets is the clause's (heldout8 w33)
    ("Sở Nội vụ chủ trì xây dựng phương án (biên chế; trụ sở; tài sản), trình UBND tỉnh trước ngày 15/4/2025.",
     [("Sở Nội vụ", "2025-04-15")]),
])
def test_advice_and_bracketed_lists(body: str, found: list[tuple[str, str]]) -> None:
    assert _tasks(body, DAY) == found



@pytest.mark.parametrize(("body", "found"), [
    # an hour before the day is still the due (heldout8 w13; citations heldout13 h13-43, import heldout8 x08)
    ("Giao Phòng Tài chính - Kế hoạch rà soát số liệu. Kết quả gửi về Văn phòng UBND huyện trước 16 giờ, ngày 12/3/2025.",
     [("Phòng Tài chính - Kế hoạch", "2025-03-12")]),
    ("Đề nghị các trường học báo cáo trước 10h30 ngày 14/3/2025.", [("các trường học", "2025-03-14")]),
    # an order that names whom it asks, a person the reader does not read as a unit, dates no units before it
    ("2. Phòng Nội vụ theo dõi, tổng hợp.\n\nĐề nghị ông (bà) Hiệu trưởng các trường nộp báo cáo trước 9 giờ ngày 20/3/2025.",
     [("Phòng Nội vụ", "-")]),
])
def test_dues_with_an_hour(body: str, found: list[tuple[str, str]]) -> None:
    assert _tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    # an event's day is when it happens, no due (heldout8 w32; import heldout3 n25, heldout8 x14, x22, heldout19 k29)
    ("Giao Huyện đoàn tổ chức Lễ ra quân Tháng Thanh niên vào ngày 26/3/2025 tại Quảng trường huyện.", [("Huyện đoàn", "-")]),
    ("UBND các xã tổ chức ra quân vệ sinh môi trường vào sáng ngày 22/3/2025.", [("UBND các xã", "-")]),
    # a due before a day stays
    ("Giao Huyện đoàn báo cáo kết quả trước ngày 26/3/2025.", [("Huyện đoàn", "2025-03-26")]),
])
def test_an_event_day_is_no_due(body: str, found: list[tuple[str, str]]) -> None:
    """The tasks' dues as the tracker gives them (:func:`vanban.tracking.tasks.due_of`), not the deadlines read."""
    tasks = assignments(body, extract_deadlines(body, doc_date=DAY))
    assert [(a.head, (due.isoformat() if (due := due_of(a.deadline)[1]) else "-")) for a in tasks] == found


@pytest.mark.parametrize(("body", "found"), [
    # a person's trade in "viên", "bà con", "toàn thể …" are people too (citations heldout10 x43, heldout14 h14-61)
    ("Đề nghị Đảng ủy các xã, các cộng tác viên, hội viên thông tin kịp thời đến Nhân dân.",
     [("Đảng ủy các xã", "-")]),
    ("Yêu cầu Hạt Kiểm lâm huyện và toàn thể bà con ven rừng thực hiện nghiêm quy định.", [("Hạt Kiểm lâm huyện", "-")]),
    # member bodies are bodies ("đơn vị thành viên")
    ("Đề nghị Liên đoàn Lao động tỉnh, các đơn vị thành viên tổ chức tuyên truyền.",
     [("Liên đoàn Lao động tỉnh", "-"), ("các đơn vị thành viên", "-")]),
    # a group's level after "ngành" is no name of its own (heldout8 w16)
    ("Giao các Sở, ban, ngành Thành phố tăng cường kiểm tra.",
     [("các Sở, ban, ngành Thành phố", "-")]),
])
def test_more_people_and_a_groups_level(body: str, found: list[tuple[str, str]]) -> None:
    assert _tasks(body, DAY) == found
