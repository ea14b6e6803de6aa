"""Kinds the nineteenth session found the readers giving wrong rows for (precision first: a wrong row tells an official
that a body is late for work it was never given), each pinned by sentences of that kind written in other layouts than
the spent passage it was seen in, on the fast sentence reader and on the plain reference."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import stated_tasks as _tasks

pytestmark = pytest.mark.usefixtures("sentence_reader")


@pytest.mark.parametrize("body", [
    "Chiều 31/10/2025, Ban Thường vụ Đảng ủy xã tổ chức Hội nghị giao ban Bí thư các chi, đảng bộ trực thuộc nhằm đánh "
    "giá kết quả tháng 10.",
    "Sáng 3-7, Thường trực Tỉnh ủy tiến hành giao ban với lãnh đạo của HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh, các cơ "
    "quan tham mưu của Tỉnh ủy để đánh giá công tác tháng 6.",
    "Thường trực Huyện ủy chủ trì buổi giao ban tháng 3 với các ban xây dựng Đảng.",
    "Tại cuộc họp giao ban tuần, lãnh đạo các phòng, ban báo cáo kết quả công tác.",
])
def test_a_briefing_is_no_order(body: str) -> None:
    """"giao ban" is a briefing meeting ("Hội nghị giao ban", "giao ban với …", "giao ban tháng 3"): the bodies at it are
    given nothing (before: "Bí thư các chi, đảng bộ", "Ủy ban MTTQ Việt Nam tỉnh", "ban kết quả" read as holders)."""
    assert _tasks(body) == []


@pytest.mark.parametrize(("body", "units"), [
    ("Giao Ban Quản lý dự án huyện chủ trì thực hiện.", ["Ban Quản lý dự án huyện"]),
    ("Giao ban thường vụ các huyện ủy, thành ủy chỉ đạo tổ chức quán triệt.", ["ban thường vụ các huyện ủy, thành ủy"]),
    ("Tại buổi giao ban, đồng chí Bí thư Huyện ủy yêu cầu các xã tập trung thu hoạch lúa.", ["các xã"]),
])
def test_giving_a_board_its_work_is_still_an_order(body: str, units: list[str]) -> None:
    assert [u for u, _ in _tasks(body)] == units


@pytest.mark.parametrize("body", [
    "Thủ trưởng cơ quan, đơn vị chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để chậm trễ.",
    "Bí thư cấp ủy, người đứng đầu cơ quan, đơn vị trực tiếp truyền đạt Nghị quyết.",
    "- Người đứng đầu cơ quan, đơn vị chịu trách nhiệm về tính chính xác của số liệu báo cáo.",
])
def test_the_head_of_whatever_body_answers_in_person(body: str) -> None:
    """A title over a bare "cơ quan, đơn vị", "cấp ủy" names the head of each body in person, no body: no row."""
    assert _tasks(body) == []


@pytest.mark.parametrize(("body", "units"), [
    ("Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.",
     ["Thủ trưởng các cơ quan, đơn vị có liên quan"]),
    # one body each since the thirtieth session's list rule (the tracking README): the head's title goes with the first
    ("Yêu cầu Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ báo cáo.",
     ["Thủ trưởng cơ quan ngang bộ", "cơ quan thuộc Chính phủ"]),
])
def test_the_head_of_named_bodies_is_their_task(body: str, units: list[str]) -> None:
    assert [u for u, _ in _tasks(body)] == units


@pytest.mark.parametrize(("body", "units"), [
    # the board holds its standing duty (heldout3 k15's label; read since trk52b, forty-second session), the bodies it is to
    # advise on directing nothing
    ("Ban chỉ đạo có nhiệm vụ tham mưu cho Chủ tịch UBND tỉnh chỉ đạo UBND cấp huyện, các sở, ngành tổ chức kiểm kê.",
     ["Ban chỉ đạo"]),
    ("Nhiệm vụ của Tổ giúp việc: tham mưu cho UBND tỉnh chỉ đạo các sở, ngành rà soát thủ tục hành chính.", []),
    ("- Tham mưu UBND huyện chỉ đạo các xã bố trí kinh phí thực hiện.", []),
    ("Sở Nội vụ tham mưu UBND tỉnh chỉ đạo các huyện rà soát biên chế trước ngày 30/6/2024.", ["Sở Nội vụ"]),
])
def test_advice_to_direct_gives_the_directed_nothing(body: str, units: list[str]) -> None:
    """"(A) tham mưu (cho) B chỉ đạo C …": A advises; C is told nothing by this text (before: C read as told to act
    whenever A was not read as the subject; "có nhiệm vụ" is not read as a duty yet)."""
    assert [u for u, _ in _tasks(body, dt.date(2024, 3, 1))] == units


@pytest.mark.parametrize(("body", "units"), [
    ("Đề nghị UBND huyện chỉ đạo các xã rà soát biên chế.", ["UBND huyện", "các xã"]),
    ("Sở Nội vụ tham mưu UBND tỉnh ban hành kế hoạch, đồng thời chỉ đạo các huyện rà soát.", ["Sở Nội vụ"]),
])
def test_direction_is_still_read(body: str, units: list[str]) -> None:
    assert [u for u, _ in _tasks(body)] == units


@pytest.mark.parametrize("body", [
    "1. Hồ sơ lấy ý kiến bao gồm: Báo cáo thuyết minh; Bản đồ, Kế hoạch sử dụng đất (đăng tải trên Cổng thông tin).",
    "- Bản vẽ ranh khu phố sẽ được niêm yết tại trụ sở UBND phường.",
    "Phòng bệnh hơn chữa bệnh: các gia đình cần đưa trẻ đi tiêm đúng lịch.",
    "Tiếp tục theo dõi tình hình dịch hại, có biện pháp chỉ đạo phòng trừ kịp thời.",
])
def test_a_map_or_prevention_is_no_body(body: str) -> None:
    """"Bản đồ", "Bản vẽ" are documents, "phòng bệnh", "phòng trừ" prevention: not a hamlet ("bản") nor an office."""
    assert _tasks(body) == []


@pytest.mark.parametrize(("body", "units"), [
    ("Phòng Y tế huyện hướng dẫn các xã tổ chức tiêm chủng.", ["Phòng Y tế huyện", "các xã"]),  # trklab51 ruling
    ("Đề nghị các thôn, bản tuyên truyền đến người dân.", ["các thôn, bản"]),
])
def test_offices_and_hamlets_are_still_bodies(body: str, units: list[str]) -> None:
    assert [u for u, _ in _tasks(body)] == units


@pytest.mark.parametrize(("body", "found"), [
    ("Kế hoạch 66/KH-UBND năm 2020 về ứng phó thảm họa cháy lớn\n\nSố hiệu: 66/KH-UBND Loại văn bản: Văn bản khác\n"
     "Nơi ban hành: Tỉnh Phú Yên Người ký: Trần Hữu Thế\nNgày ban hành: 19/03/2020 Ngày hiệu lực: Đã biết\n\n"
     "Giao Sở Xây dựng chủ trì thực hiện.", [("Sở Xây dựng", "-")]),
    ("Kết luận của Chủ tịch UBND quận về Hội sách\nNgười đăng tin: Văn phòng Ngày đăng tin: 19/06/2017 Lượt xem: 28\n\n"
     "Giao Phòng Văn hóa và Thông tin quận tuyên truyền về Hội sách.", [("Phòng Văn hóa và Thông tin quận", "-")]),
    ("Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh quán triệt Chỉ thị số 35\n\n10/11/2019 19:54 Số lượt xem: 2470\n\n"
     "Đề nghị các đảng bộ cơ sở tổ chức quán triệt trước ngày 30/11/2019.", [("các đảng bộ cơ sở", "2019-11-30")]),
    ("Phường Lê Lợi chào mừng Đại hội Đảng Thành phố lần thứ XV nhiệm kỳ 2015 – 2020\n"
     "Ngày đăng 22/10/2015 | 02:17 | Lượt xem: 2840\n\n"
     "Ủy ban nhân dân phường xây dựng kế hoạch đề nghị 18 Tổ Dân phố thực hiện một số nội dung sau:",
     [("18 Tổ Dân phố", "-")]),
])
def test_a_portal_s_page_chrome_names_no_holder(body: str, found: list[tuple[str, str]]) -> None:
    """"Nơi ban hành: Tỉnh Phú Yên Người ký: …", "Người đăng tin: Văn phòng Ngày đăng tin: …", "Số lượt xem: …": the page
    around the text, not the text (before: "Tỉnh Phú Yên Người ký", "Văn phòng Ngày", a headline's bodies read as holders);
    it breaks a list too (the headline above it lends the next sentence nothing)."""
    assert _tasks(body, dt.date(2019, 11, 10)) == found


@pytest.mark.parametrize("body", [
    "Bộ Chính trị nhấn mạnh, cùng với đại hội Đảng các cấp, cuộc bầu cử là dịp quan trọng để các cấp ủy lựa chọn người "
    "tiêu biểu.",
    "Đảng ủy phường cho biết việc triển khai Nghị quyết 57 đã đạt nhiều kết quả.",
    "Tỉnh ủy Quảng Trị thống nhất hạn chế tối đa hoa đặt tại hội trường đại hội cấp xã, chỉ bố trí một lẵng hoa.",
    "UBND phường Sài Gòn và Trung tâm Chuyển đổi số Thành phố ký Kế hoạch liên tịch triển khai phong trào.",
    "Hội đồng nhân dân họp chuyên đề hoặc họp để giải quyết công việc phát sinh đột xuất.",
    "UBND xã Chí Minh trân trọng thông báo lịch đối thoại với Nhân dân năm 2024.",
    "Bộ Chính trị cũng quyết định thành lập 5 đoàn kiểm tra.",
])
def test_what_a_body_does_itself_is_reported_not_ordered(body: str) -> None:
    """"A nhấn mạnh / cho biết / thống nhất / ký / họp / trân trọng / quyết định …" at a clause's start reports A's own
    doing (before: the name ran on past the verb to a later duty word: "Đảng ủy phường cho biết việc")."""
    assert _tasks(body) == []


@pytest.mark.parametrize(("body", "found"), [
    ("Ủy ban nhân dân xã đề nghị Hội đồng nhân dân xã xem xét, quyết định./.", []),
    ("Sở Tài chính kính đề nghị UBND tỉnh xem xét, phê duyệt phương án trước ngày 15/5/2024.", []),
    ("Giao UBND tỉnh quyết định phân bổ kinh phí cho các huyện trước ngày 31/3/2024.", [("UBND tỉnh", "2024-03-31")]),
    ("Đề nghị các sở cho ý kiến bằng văn bản trước ngày 10/4/2024.", [("các sở", "2024-04-10")]),
])
def test_asking_a_superior_to_decide_is_a_submission(body: str, found: list[tuple[str, str]]) -> None:
    """"đề nghị A (xem xét,) quyết định / phê duyệt …" submits to A; "giao A quyết định …" lays the work on A (before:
    "UBND tỉnh xem xét, phê duyệt phương án" held a due, "UBND tỉnh quyết định" was the unit's name)."""
    assert _tasks(body, dt.date(2024, 3, 1)) == found


@pytest.mark.parametrize("body", [
    "Chi tiết văn bản xem tại đây và triển khai thực hiện.",
    "Chi tiết bài viết Tin tức\nĐoàn công tác Ban Thường vụ Huyện ủy làm việc với Đảng ủy xã về triển khai chương trình",
    "Chi đầu tư phát triển tăng 12%, tập trung cho các công trình trọng điểm.",
    "Bộ Tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016-2020 do Thủ tướng Chính phủ ban hành có 19 tiêu chí.",
])
def test_a_detail_a_spending_or_a_set_is_no_body(body: str) -> None:
    """"Chi tiết", "Chi đầu tư" are no party cell ("chi"), "Bộ Tiêu chí" no ministry."""
    assert _tasks(body) == []


@pytest.mark.parametrize("body", [
    "Đơn vị, địa phương nào thiếu trách nhiệm để xảy ra tội phạm thì người đứng đầu phải chịu trách nhiệm.",
    "Tạo điều kiện cho Đảng bộ xã Bình Trung để tổ chức tốt đại hội.",
    "Còn lại 3 đảng bộ, gồm: Đảng bộ Trung tâm y tế và Đảng bộ xã Vĩnh Tường theo kế hoạch sẽ tổ chức đại hội vào cuối "
    "tháng 3.",
    "Ban gồm 14 người, là đại diện lãnh đạo các sở, ngành do Phó Chủ tịch UBND tỉnh làm trưởng ban.",
    "UBND phường chân thành cảm ơn phản ánh của quý Ông/Bà và mong tiếp tục nhận được ý kiến.",
    "Ủy ban Thường vụ Quốc hội biểu quyết thông qua Nghị quyết và giao Chính phủ tổ chức thực hiện.",
])
def test_a_name_that_runs_on_into_the_sentence_is_no_holder(body: str) -> None:
    """"… nào" (whichever), "… để" (in order to), "… theo kế hoạch", "… gồm" (a make-up), "cảm ơn", "biểu quyết":
    the phrase before the duty word is not a body's name (before: "Đơn vị, địa phương nào thiếu", "Ban gồm 14 người, …")."""
    assert _tasks(body, dt.date(2024, 3, 1)) == []


@pytest.mark.parametrize(("body", "units"), [
    ("- Các ngành và các đơn vị bám vào chương trình công tác tháng, quý để tổ chức thực hiện.",
     ["Các ngành", "các đơn vị"]),
    ("Điều 2. Giao UBND tỉnh hoàn tất các thủ tục theo quy định của pháp luật trình Chính phủ.", ["UBND tỉnh"]),
])
def test_more_duty_verbs_end_a_name(body: str, units: list[str]) -> None:
    """"bám vào", "hoàn tất" start a duty (before: the name ran on to "… quý để", "… theo quy định của pháp luật")."""
    assert [u for u, _ in _tasks(body)] == units


@pytest.mark.parametrize("body", [
    "UỶ BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM THÀNH PHỐ HỘI AN Độc lập - Tự do - Hạnh phúc Số: 94 /BC-UBND Hội "
    "An, ngày 28 tháng 7 năm 2015 KẾ HOẠCH Phòng, chống thiên tai năm 2015 I. Kết quả năm 2014: hoàn thành trước ngày "
    "31/12/2014.",
    "Multimedia Đọc Báo in\n\nHĐND tỉnh quyết nghị thành lập thôn Yang San thuộc xã Cư Elang (huyện Ea Kar)\n\n"
    "Nghị quyết có hiệu lực từ ngày 1/1/2020.",
    "Các đ/c tham gia góp ý gửi văn bản về cho BTT UBMT phường: Thời gian từ ngày 19/8/2015 đến 28/8/2015 để BTT UBMT "
    "phường xem xét chỉnh sửa.",
])
def test_a_letterhead_a_resolution_or_a_run_on_actor_is_no_holder(body: str) -> None:
    """A letterhead run into one line ("UỶ BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI …"), a council's own "quyết nghị", and the actor
    the deadline finder reads before a due when it runs past a duty word are no holders (the actor now passes the readers'
    tests of a name: tasks._actor)."""
    assert _tasks(body, dt.date(2015, 8, 1)) == []


@pytest.mark.parametrize(("body", "found"), [
    ("Đề nghị BCĐ phổ cập giáo dục các xã sớm kiện toàn tổ chức, báo cáo trước ngày 30/9/2024.",
     [("BCĐ phổ cập giáo dục các xã", "2024-09-30")]),
    ("- BCĐ 389 tỉnh chủ trì kiểm tra các cơ sở kinh doanh.", [("BCĐ 389 tỉnh", "-")]),
    ("UBND huyện kết luận: Phòng Văn hóa TT phối hợp Đài truyền thanh tuyên truyền; BCĐ các ngày lễ lớn sớm thành lập các "
     "tiểu ban phục vụ.", [("Phòng Văn hóa TT", "-"), ("BCĐ các ngày lễ lớn", "-")]),
])
def test_a_steering_board_written_short_is_a_unit(body: str, found: list[tuple[str, str]]) -> None:
    """"BCĐ" is "Ban Chỉ đạo" (a unit noun, and written out in the unit key), "sớm" an adverb before the duty."""
    assert _tasks(body, dt.date(2024, 3, 1)) == found


def test_the_steering_board_abbreviation_is_written_out_in_the_key() -> None:
    from vanban.tracking.patterns import unit_key

    assert unit_key("BCĐ các ngày lễ lớn") == unit_key("Ban Chỉ đạo các ngày lễ lớn")


@pytest.mark.parametrize(("body", "found"), [
    ("CÔNG TÁC ĐẢNG\n\nĐảng ủy phường Phúc Lợi triển khai Kế hoạch Đại hội các Chi bộ trực thuộc, nhiệm kỳ 2022 - 2025\n"
     "Ngày đăng 06/07/2022 | 09:03 | Lượt xem: 114\n\n"
     "Đảng ủy phường yêu cầu các chi bộ trực thuộc hoàn thành đại hội trước ngày 30/7/2022.",
     [("các chi bộ trực thuộc", "2022-07-30")]),
    ("# đơn vị hành chính 2 cấp\n\nHĐND xã Vĩnh Thành tổ chức Kỳ họp thứ I sau sắp xếp hành chính\n"
     "Sáng 1/7/2025, HĐND xã Vĩnh Thành đã khai mạc Kỳ họp thứ nhất.", []),
    ("tạm dừng việc sắp xếp các cơ quan\n\nBộ Nội vụ đề nghị các địa phương tạm dừng sáp nhập sở, ngành\n\n"
     "Bộ Nội vụ đề nghị UBND các tỉnh, TP trực thuộc Trung ương tạm dừng việc sáp nhập các cơ quan chuyên môn.",
     [("UBND các tỉnh, TP trực thuộc Trung ương", "-")]),
    ("Tỉnh Lào Cai sau 3 năm thực hiện cuộc vận động xây dựng nông thôn mới\nLượt xem: 911\n"
     "Thực hiện Chỉ thị số 10-CT/TW, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, chính quyền tập trung lãnh đạo.",
     [("các cấp ủy, chính quyền", "-")]),
    ("KẾ HOẠCH TỔ CHỨC LỄ HỘI ĐẾN NĂM 2023\n\nThứ năm - 30/03/2023 10:32\n"
     "UBND phường Quỳnh Xuân ban hành kế hoạch tổ chức lễ hội năm 2023.", []),
])
def test_a_headline_under_a_tag_line_or_over_the_page_s_line_is_the_news(body: str,
                                                                       found: list[tuple[str, str]]) -> None:
    """A page's tag or section line ("CÔNG TÁC ĐẢNG", "# …", a lower-case tag) may stand above the headline, and a line of
    the page ("Lượt xem: 911", "Ngày đăng … | Lượt xem: …") below it: the headline is still the writer's news, no duty
    (before: only a body's first block, with a blank line under it, was read as one)."""
    assert _tasks(body, dt.date(2022, 7, 6)) == found


@pytest.mark.parametrize(("body", "found"), [
    ("Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính; Bảo hiểm xã hội tỉnh; UBND các huyện và các đơn vị liên quan triển "
     "khai thực hiện trước ngày 30/6/2024.", [("Sở Y tế", "2024-06-30")]),
    ("Chủ tịch UBND tỉnh giao Sở Xây dựng chủ trì tham mưu rà soát các nội dung; phối hợp Sở Khoa học và Công nghệ; Viễn "
     "thông Đồng Nai (VNPT Đồng Nai); Ủy ban nhân dân cấp xã và các đơn vị liên quan thực hiện các nội dung theo lộ trình.",
     [("Sở Xây dựng", "-")]),
    ("Theo đó, UBND tỉnh chỉ đạo Chi nhánh Ngân hàng Chính sách xã hội tỉnh chủ trì, phối hợp các Sở, ngành liên quan bao "
     "gồm Ngân hàng nhà nước tỉnh; Sở Kế hoạch và Đầu tư; Sở Tài chính; Ủy ban MTTQVN tỉnh và các tổ chức chính trị - xã "
     "hội tổ chức phổ biến Chỉ thị 40.", [("Chi nhánh Ngân hàng Chính sách xã hội tỉnh", "-")]),
])
def test_partners_listed_past_a_semicolon_hold_no_task(body: str, found: list[tuple[str, str]]) -> None:
    """"phối hợp (với) A; B; C và D thực hiện …": a bare name after "phối hợp A;" shows the list of partners goes on past
    ";", and the units of the clause that ends it are partners too (before: read as holders, with the due)."""
    assert _tasks(body, dt.date(2024, 3, 1)) == found


@pytest.mark.parametrize(("body", "units"), [
    ("Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính; UBND các huyện tổ chức thực hiện.", ["Sở Y tế", "UBND các huyện"]),
    ("Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp; Sở Tài chính bố trí kinh phí; UBND các huyện triển khai.",
     ["Sở Nội vụ", "Sở Tài chính", "UBND các huyện"]),
])
def test_a_clause_after_the_partners_is_read_as_before(body: str, units: list[str]) -> None:
    """Without a bare name after "phối hợp với A;", the next clause's units are a new order (the usual ";" of a list of
    assignments)."""
    assert [u for u, _ in _tasks(body)] == units


@pytest.mark.parametrize(("body", "found"), [
    ("Giao UBND các xã tuyên truyền, vận động. Người dân có nhu cầu đăng ký trước ngày 15/5/2024.", [("UBND các xã", "-")]),
    ("Phòng Kinh tế hướng dẫn thủ tục; các hộ gia đình hoàn thành việc di dời trước ngày 31/12/2024.",
     [("Phòng Kinh tế", "-")]),
    ("UBND các huyện xây dựng kế hoạch di dời. Các tổ chức, cá nhân có cơ sở chăn nuôi thuộc diện di dời có trách nhiệm "
     "thực hiện, chậm nhất trước ngày 1-1-2025.", [("UBND các huyện", "-")]),
    ("Giao UBND các xã tuyên truyền, vận động. Thời gian hoàn thành trước ngày 15/5/2024.", [("UBND các xã", "2024-05-15")]),
])
def test_the_public_s_own_due_is_not_lent_to_the_units_before(body: str, found: list[tuple[str, str]]) -> None:
    """A clause whose subject is the public ("Người dân …", "các hộ gia đình …", "Các tổ chức, cá nhân …") has its own due;
    a clause with no subject still lends its due to the units before ("Thời gian hoàn thành trước ngày …")."""
    assert _tasks(body, dt.date(2024, 3, 1)) == found


@pytest.mark.parametrize(("body", "found"), [
    ("Giao Cục Văn hóa cơ sở chủ trì tổ chức Liên hoan văn nghệ quần chúng vào tháng 7/2013 tại tỉnh Thanh Hóa.",
     [("Cục Văn hóa cơ sở", "-")]),
    ("Giao Phòng Văn hóa tổ chức Hội thi từ ngày 20/10/2020 đến ngày 22/10/2020, tại Nhà Văn hóa Lao động tỉnh.",
     [("Phòng Văn hóa", "-")]),
    ("Giao Phòng Văn hóa hoàn thành báo cáo trước ngày 20/10/2020 tại cuộc họp giao ban.", [("Phòng Văn hóa", "2020-10-20")]),
])
def test_an_event_s_date_and_place_is_no_due(body: str, found: list[tuple[str, str]]) -> None:
    """A date followed by its place ("… vào tháng 7/2013 tại tỉnh Thanh Hóa") is when an event is held, no due (the
    annotators' rule); "trước ngày … tại …" is still one."""
    assert _tasks(body, dt.date(2013, 6, 11)) == found


@pytest.mark.parametrize(("body", "found"), [
    ("Uỷ ban nhân dân phường Nam Đồng thông báo và đề nghị các tổ chức, cơ quan, đơn vị, doanh nghiệp trên địa bàn phường "
     "treo cờ Tổ quốc từ ngày 09/10/2023 đến hết ngày 11/10/2023.\n\n"
     "UBND phường tổ chức đoàn đi kiểm tra công tác treo cờ trên địa bàn phường vào ngày 09/10/2023.",
     [("các tổ chức, cơ quan, đơn vị, doanh nghiệp trên địa bàn phường", "2023-10-11")]),
    ("UBND huyện yêu cầu các xã hoàn thành báo cáo trước ngày 15/5/2024. UBND huyện sẽ tổ chức kiểm tra vào ngày 20/5/2024.",
     [("các xã", "2024-05-15")]),
])
def test_the_writer_s_own_plan_is_no_task(body: str, found: list[tuple[str, str]]) -> None:
    """The body that gives a clause's order ("UBND huyện yêu cầu …", "Uỷ ban nhân dân phường … đề nghị …") writes the text:
    a later clause opening with its name, whole or short, is its own plan, no row, and its date is lent to no one (before:
    "UBND huyện" held its own inspection as a task)."""
    assert _tasks(body, dt.date(2023, 10, 7)) == found


@pytest.mark.parametrize(("body", "found"), [
    ("Uỷ ban nhân dân các huyện, thành phố chịu trách nhiệm thi hành Quyết định này.",
     [("Uỷ ban nhân dân các huyện, thành phố", "-")]),
    ("Điều 2. Giao Uỷ ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết này.", [("Uỷ ban nhân dân tỉnh", "-")]),
    ("Đề nghị các Sở, ban, ngành, Uỷ ban nhân dân các cấp tăng cường tuyên truyền.",
     [("các Sở, ban, ngành", "-"), ("Uỷ ban nhân dân các cấp", "-")]),
])
def test_a_capital_with_the_old_tone_placement_is_read_as_the_new(body: str, found: list[tuple[str, str]]) -> None:
    """"Uỷ ban" opening a name (a capital before the old placement of the tone mark) is "Ủy ban" to the patterns (before:
    only lower-case pairs were moved, so "Uỷ ban nhân dân …" was no unit at a clause's start nor a new body in a list)."""
    assert _tasks(body) == found


@pytest.mark.parametrize(("body", "found"), [
    ("Đề nghị các tổ chức, cơ quan, đơn vị trên địa bàn treo cờ Tổ quốc.", [("các tổ chức, cơ quan, đơn vị trên địa bàn", "-")]),
    ("Đề nghị các tổ chức, cá nhân có liên quan thực hiện nghiêm túc.", []),
])
def test_organisations_listed_with_bodies_are_bodies(body: str, found: list[tuple[str, str]]) -> None:
    """"các tổ chức, cơ quan, đơn vị …" names bodies (no verb "tổ chức"); "các tổ chức, cá nhân" is still the public."""
    assert _tasks(body) == found


@pytest.mark.parametrize(("body", "found"), [
    ("Đối với các sở, ban, ngành, Chủ tịch UBND tỉnh yêu cầu khẩn trương rà soát các văn bản quy phạm pháp luật.",
     [("các sở, ban, ngành", "-")]),
    ("Đối với các sở, ngành liên quan, đồng chí Phó Bí thư Thường trực Tỉnh ủy đề nghị: căn cứ chức năng, nhiệm vụ được "
     "giao, tổ chức triển khai thực hiện.", [("các sở, ngành liên quan", "-")]),
    ("Đối với các ban tham mưu của Tỉnh ủy, tập trung thẩm định hồ sơ đại hội của các đảng bộ trực thuộc.",
     [("các ban tham mưu của Tỉnh ủy", "-")]),
    ("Đối với Ủy ban MTTQ Việt Nam tỉnh trong thời gian này đã triển khai, hướng dẫn Mặt trận các cấp giám sát.", []),
    ("Đối với phường Bắc Sơn, có 26/31 chỉ tiêu hoàn thành.", []),
])
def test_a_scope_before_its_duty_names_the_holders(body: str, found: list[tuple[str, str]]) -> None:
    """"Đối với A, <duty>" and "Đối với A, <a speaker> yêu cầu: <duty>": A holds it (before: A was read only when its
    duty followed it straight, and "các ban tham mưu" was cut at "tham mưu", now a kind of board after "ban")."""
    assert _tasks(body) == found
