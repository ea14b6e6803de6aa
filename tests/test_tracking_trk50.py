"""A reporting calendar's points (fortieth session, trk50): a numbered, lettered or bulleted point that opens with the
period's time, then the unit and its report ("b) Chậm nhất là ngày 20 tháng 7 hằng năm, Sở A báo cáo …", "1. Chậm nhất vào
ngày 16 tháng 12 hằng năm, A báo cáo …; chậm nhất vào ngày 20 tháng 12 hằng năm, B báo cáo …", "+ Hằng năm, UBND xã …
tổng hợp, báo cáo …"). The unit holds a periodic duty. The point's number or letter stands before the time (the gates read a
time first, then the number), "chậm nhất vào ngày" is a due's lead as "chậm nhất là ngày" is, and the period alone
("Hằng năm,") leads only a point: in prose it opens narrative as often ("Hàng tháng, Chi ủy xây dựng đề cương …").

A reporting calendar's rule (second step): the report's time named by a noun whose subject is the units that send it
("Thời hạn các bộ, … gửi báo cáo định kỳ …", "Theo đó thì thời gian quy định cho các cơ quan, … xây dựng kế hoạch và báo cáo
… như sau:" over the dates), and a duty that opens as a periodic report ("gửi báo cáo định kỳ …", "tiếp tục thực hiện nghiêm
chế độ báo cáo định kỳ …"), which recurs though no date is named; not a duty whose object only names such reports.

Told by an order's verb (third step): "A chỉ đạo, tổ chức …" is A's duty (at a clause's start it is the writer announcing its
orders), and after an asking verb "A có báo cáo / phương án / kế hoạch / ý kiến …" is what A must produce (elsewhere "có" tells
what a body has: "UBND các xã có trang trại …", a narrated "giao … cho A có giải pháp …").

A point whose time is counted from the period reported on (fourth step: "b) Chậm nhất 02 ngày làm việc, kể từ ngày kết thúc
kỳ báo cáo thống kê, A phải gửi báo cáo …", "Chậm nhất trước ngày 06 của kỳ báo cáo kế tiếp, B phải gửi …"): the point's
letter may open a fronted lead, "kỳ báo cáo" is the period (no report told), and the duty recurs.

Texts written for this test (other bodies and wordings than the sets'), on the fast reader and on the plain reference. The
start code (b1814928) reads none of the calendar's points and rules right, nor the told duties (no row, or the periodic report undated); the
guards hold on it too."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import stated_tasks

pytestmark = pytest.mark.usefixtures("sentence_reader")

DAY = dt.date(2024, 5, 6)
HEAD = "Thông tư quy định chế độ báo cáo về công tác bảo vệ rừng.\n\nChế độ báo cáo được thực hiện như sau:\n\n"


@pytest.mark.parametrize(("body", "found"), [
    (HEAD + "a) Báo cáo được gửi bằng văn bản giấy và văn bản điện tử.\n\n"
     "b) Chậm nhất là ngày 15 tháng 6 hằng năm, Sở Nông nghiệp và Môi trường báo cáo Bộ Nông nghiệp và Môi trường kết quả "
     "kiểm kê rừng.",
     [("Sở Nông nghiệp và Môi trường", "periodic")]),
    (HEAD + "1. Chậm nhất vào ngày 10 tháng 1 hằng năm, Ủy ban nhân dân cấp xã có trách nhiệm báo cáo Hạt Kiểm lâm về diện "
     "tích rừng bị cháy; chậm nhất vào ngày 25 tháng 1 hằng năm, Chi cục Kiểm lâm báo cáo Ủy ban nhân dân cấp tỉnh về tình "
     "hình cháy rừng trên địa bàn tỉnh.",
     [("Ủy ban nhân dân cấp xã", "periodic"), ("Chi cục Kiểm lâm", "periodic")]),
    (HEAD + "+ Hằng năm, Ủy ban nhân dân các xã, thị trấn tổng hợp, báo cáo về diện tích rừng trồng mới trên địa bàn gửi "
     "Ủy ban nhân dân huyện.",
     [("Ủy ban nhân dân các xã, thị trấn", "periodic")]),
])
def test_a_calendars_point(body: str, found: list[tuple[str, str]]) -> None:
    assert sorted(set(stated_tasks(body, DAY))) == sorted(found)  # (one row per due the point's time holds)


@pytest.mark.parametrize(("body", "found"), [
    # the period alone in prose: a story's narrative, no row
    ("Chi bộ thôn Đồng Tâm có 21 đảng viên.\n\nTrước đây, buổi sinh hoạt còn hình thức. Hàng tháng, Chi ủy xây dựng đề "
     "cương sinh hoạt, gợi ý các nội dung thảo luận.", []),
    # a point whose period leads a step done by no body: no row
    (HEAD + "- Hằng năm, việc tổng hợp số liệu được thực hiện trên phần mềm.", []),
])
def test_not_a_calendars_point(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


RULES = "Nghị định quy định chế độ báo cáo của cơ quan hành chính nhà nước.\n\n"


@pytest.mark.parametrize(("body", "found"), [
    (RULES + "- Thời hạn các sở, ban, ngành, Ủy ban nhân dân cấp huyện gửi báo cáo định kỳ cho Ủy ban nhân dân tỉnh chậm nhất "
     "vào ngày 20 của tháng cuối kỳ báo cáo.",
     [("Ủy ban nhân dân cấp huyện", "periodic"), ("các sở, ban, ngành", "periodic")]),
    (RULES + "Theo đó thì thời gian quy định cho các phòng, ban, đơn vị xây dựng kế hoạch và báo cáo gửi UBND huyện cụ thể như "
     "sau:\n\n  • Báo cáo năm gửi trước ngày 15/12 hàng năm\n  • Báo cáo quý gửi trước ngày 10 tháng cuối của mỗi quý",
     [("các phòng, ban, đơn vị", "periodic")]),
    (RULES + "Tại cuộc họp, Phó Thủ tướng đề nghị rà soát văn bản. Các bộ, ngành, địa phương tiếp tục thực hiện nghiêm chế độ "
     "báo cáo định kỳ kết quả triển khai về Ban Chỉ đạo.",
     [("Các bộ, ngành, địa phương", "periodic")]),
])
def test_a_calendars_rule(body: str, found: list[tuple[str, str]]) -> None:
    assert sorted(set(stated_tasks(body, DAY))) == sorted(found)


@pytest.mark.parametrize(("body", "found"), [
    # a time that is no report's: no row
    (RULES + "Thời gian tổ chức các đơn vị tham gia hội thi là ngày 3/10/2020.", []),
    # what was sent, told: no row
    (RULES + "Thời hạn các đơn vị đã gửi báo cáo được tính từ ngày nhận.", []),
    # the periodic reports only named in the duty's object: undated
    (RULES + "Điều 2. Giao Sở Tư pháp hướng dẫn các cơ quan thực thi phương án đơn giản hóa chế độ báo cáo định kỳ đã được phê "
     "duyệt.", [("Sở Tư pháp", "-"), ("các cơ quan", "-")]),  # the directed body holds (trklab51 ruling)
])
def test_not_a_calendars_rule(body: str, found: list[tuple[str, str]]) -> None:
    assert sorted(set(stated_tasks(body, DAY))) == sorted(found)


NEWS = "Sở Nông nghiệp và Môi trường vừa có văn bản về phòng chống dịch cúm gia cầm.\n\n"


@pytest.mark.parametrize(("body", "found"), [
    (NEWS + "Theo đó, Sở đề nghị các phòng kinh tế có báo cáo hằng tuần về tình hình dịch bệnh.",
     [("các phòng kinh tế", "periodic")]),
    (NEWS + "Giám đốc Sở yêu cầu Chi cục Chăn nuôi và Thú y có phương án bảo đảm đủ vắc xin cho các huyện.",
     [("Chi cục Chăn nuôi và Thú y", "-")]),
    (NEWS + "Theo đó, UBND tỉnh yêu cầu các phòng, ban, địa phương chỉ đạo, tổ chức tiêm phòng vụ xuân trước ngày 30/4/2024.",
     [("các phòng, ban, địa phương", "2024-04-30")]),
    (NEWS + "UBND tỉnh giao Sở Y tế chỉ đạo, hướng dẫn các trung tâm y tế rà soát danh sách.",
     [("Sở Y tế", "-"), ("các trung tâm y tế", "-")]),
])
def test_told_duties(body: str, found: list[tuple[str, str]]) -> None:
    assert sorted(set(stated_tasks(body, DAY))) == sorted(found)


@pytest.mark.parametrize(("body", "found"), [
    # a past assignment narrated: "có" is no duty after "giao … cho"
    (NEWS + "Trước đó, tỉnh đã có nhiều văn bản, giao nhiệm vụ cho các cơ quan liên quan có giải pháp khắc phục.", []),
    # "có" describes which communes: no row cut before it
    (NEWS + "Sở đề nghị UBND các xã có trang trại chăn nuôi lớn tăng cường kiểm tra.", []),
])
def test_not_told_duties(body: str, found: list[tuple[str, str]]) -> None:
    assert sorted(set(stated_tasks(body, DAY))) == sorted(found)


STATS = "Thông tư quy định chế độ báo cáo thống kê ngành tư pháp.\n\nThời hạn gửi báo cáo thống kê:\n\n"


def test_a_points_time_counted_from_the_period() -> None:
    body = (STATS + "a) Chậm nhất 03 ngày làm việc, kể từ ngày kết thúc kỳ báo cáo thống kê, Phòng Tư pháp cấp huyện phải gửi "
            "báo cáo thống kê tới Sở Tư pháp.\n\nb) Chậm nhất trước ngày 06 của kỳ báo cáo kế tiếp, Sở Tư pháp phải gửi báo "
            "cáo thống kê của toàn tỉnh cho Bộ Tư pháp.")
    assert sorted(set(stated_tasks(body, DAY))) == [("Phòng Tư pháp cấp huyện", "periodic"), ("Sở Tư pháp", "periodic")]


def test_a_report_told_is_no_lead() -> None:
    # "Theo báo cáo, …" describes what was reported: no order (the period's "kỳ báo cáo" is no such lead)
    assert stated_tasks("Sở đã tổng hợp số liệu.\n\nTheo báo cáo, các huyện cần hỗ trợ 200 tấn gạo.", DAY) == []
