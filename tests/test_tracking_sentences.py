"""Tasks stated in running sentences (issue 15, part 1): each kind of miss seen on the real tuning
passages (tests/fixtures/tracking/real/tuning.txt) is pinned here by a sentence of that kind, and the
tuning figures of scripts/tracking_eval.py are pinned as a floor. Every test fails on the reader that
only knew the "TỔ CHỨC THỰC HIỆN" section and the "<unit>: … trước ngày" items.

Every test runs twice: on the fast sentence reader the build uses (:mod:`vanban.tracking.sentences`)
and on the plain reference beside it (:mod:`vanban.tracking.reference`)."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import stated_tasks as _tasks
from vanban.dates import PartialDate
from vanban.deadlines import extract_deadlines
from vanban.documents import Document
from vanban.sites import level_of_name
from vanban.tracking import Registry, Tracker
from vanban.tracking.patterns import unit_key
from vanban.tracking.reporting import periods_of
from vanban.tracking.sentences import split_units

ROOT = Path(__file__).resolve().parent.parent


pytestmark = pytest.mark.usefixtures("sentence_reader")


def test_giao_unit_with_its_deadline() -> None:
    body = ("Về việc này, UBND thành phố đã giao Sở Nội vụ chủ trì, phối hợp với UBND các quận, huyện, thị xã "
            "triển khai thực hiện theo đề nghị của Bộ Nội vụ, báo cáo UBND thành phố trước ngày 10/3/2013.")
    assert _tasks(body, dt.date(2013, 2, 25)) == [("Sở Nội vụ", "2013-03-10")]


def test_a_list_names_one_unit_per_body() -> None:
    body = ("Theo đó, Chủ tịch UBND tỉnh đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Thủ trưởng các sở, ban, "
            "ngành, đoàn thể tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố triển khai thực hiện.")
    assert [u for u, _ in _tasks(body)] == [
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh",
        "Chủ tịch UBND các huyện, thị xã, thành phố"]


@pytest.mark.parametrize(("span", "units"), [
    ("Sở Văn hóa, Thể thao và Du lịch, Sở Thông tin và Truyền thông, Đài Phát thanh - Truyền hình Hậu Giang",
     ["Sở Văn hóa, Thể thao và Du lịch", "Sở Thông tin và Truyền thông", "Đài Phát thanh - Truyền hình Hậu Giang"]),
    ("các phòng chuyên môn và UBND các xã, thị trấn", ["các phòng chuyên môn", "UBND các xã, thị trấn"]),
    ("Đảng bộ xã Bình Mỹ và Chi bộ Khối Vận huyện", ["Đảng bộ xã Bình Mỹ", "Chi bộ Khối Vận huyện"]),
    ("Các chi, Đảng bộ", ["Các chi, Đảng bộ"]),  # a bare noun stays in its group
    ("Sở Lao động - Thương binh và Xã hội", ["Sở Lao động - Thương binh và Xã hội"]),  # "Xã hội" is no commune
    ("các sở, ban, ngành, đoàn thể tỉnh", ["các sở, ban, ngành, đoàn thể tỉnh"]),
    ("các Sở: Tư pháp, Nội vụ", ["Sở Tư pháp", "Sở Nội vụ"]),  # a plural noun shared by the names after it
    ("Giám đốc: Sở Tài chính, Sở Xây dựng", ["Sở Tài chính", "Sở Xây dựng"]),
])
def test_split_units(span: str, units: list[str]) -> None:
    assert split_units(span) == units


def test_subject_clauses_in_a_list_each_with_its_date() -> None:
    body = ("- Cấp xã hoàn thành và báo cáo kết quả trước ngày 01/6/2015;\n"
            "- Sở Tài nguyên và Môi trường tổng hợp báo cáo UBND tỉnh trước ngày 15/8/2015;\n")
    assert _tasks(body, dt.date(2014, 12, 8)) == [("Cấp xã", "2015-06-01"),
                                                  ("Sở Tài nguyên và Môi trường", "2015-08-15")]


def test_semicolons_separate_units_and_a_clause_without_units_lends_its_date() -> None:
    body = ("UBND tỉnh giao Sở Tài chính chủ trì hoàn thiện hồ sơ; Sở GTVT theo dõi và giám sát thực hiện "
            "nguồn vốn.\nThời gian hoàn thành chậm nhất ngày 14/5/2021 và báo cáo kết quả về UBND tỉnh.")
    assert _tasks(body, dt.date(2021, 4, 1)) == [("Sở Tài chính", "-"), ("Sở GTVT", "2021-05-14")]


def test_units_listed_before_a_semicolon_share_the_duty_after_it() -> None:
    body = ("Các sở, ban, ngành, lực lượng vũ trang thuộc tỉnh; UBND các huyện, thị xã, thành phố triển khai "
            "thực hiện việc treo cờ Tổ quốc được tổ chức từ ngày 12 đến 14-10-2020.")
    assert _tasks(body, dt.date(2020, 10, 5)) == [
        ("Các sở, ban, ngành, lực lượng vũ trang thuộc tỉnh", "2020-10-14"),
        ("UBND các huyện, thị xã, thành phố", "2020-10-14")]


@pytest.mark.parametrize(("body", "units"), [
    # a lower-case title starts a new body in a list
    ("Chủ tịch UBND tỉnh yêu cầu giám đốc các sở, ngành và chủ tịch UBND các huyện khẩn trương rà soát.",
     ["giám đốc các sở, ngành", "chủ tịch UBND các huyện"]),
    # "chỉ đạo A …" hands work to A, unless the clause's own subject is the one told to direct
    ("UBND tỉnh đã có công văn chỉ đạo Trung tâm Khuyến nông tỉnh tiếp nhận giống cây trồng.",
     ["Trung tâm Khuyến nông tỉnh"]),
    # … and the bodies it is told to direct hold the task too (README "What counts", since the seventeenth session)
    ("UBND các huyện, thị xã chỉ đạo các xã, phường thông báo đến các hộ gia đình.",
     ["UBND các huyện, thị xã", "các xã, phường"]),
    # an adverbial between the units and their duty
    ("Các phòng chuyên môn, theo chức năng nhiệm vụ, chủ động hướng dẫn nông dân.", ["Các phòng chuyên môn"]),
    ("Các xã, thị trấn khảo sát, lựa chọn vùng sản xuất tập trung.", ["Các xã, thị trấn"]),
    # a person's words reported are no duty
    ("Đồng chí Chủ tịch UBND huyện đánh giá cao tinh thần trách nhiệm của các phòng.", []),
])
def test_kinds_seen_on_heldout2(body: str, units: list[str]) -> None:
    """Kinds of miss read from heldout2's errors after it was scored (fixed afterwards, reported as such)."""
    assert [u for u, _ in _tasks(body)] == units


@pytest.mark.parametrize(("body", "units"), [
    # a role in brackets after the unit is no part of its name
    ("1. Giao Phòng Y tế huyện (Cơ quan Thường trực Ban Chỉ đạo phòng, chống dịch huyện) chủ trì, phối hợp "
     "với các ngành triển khai thực hiện.", ["Phòng Y tế huyện"]),
    ("Trung tâm Văn hóa xã (đơn vị đầu mối) tổ chức tuyên truyền trên hệ thống loa.", ["Trung tâm Văn hóa xã"]),
])
def test_kinds_seen_on_heldout3(body: str, units: list[str]) -> None:
    """Kinds of miss read from heldout3's errors after it was scored untuned (fixed afterwards, reported as such)."""
    assert [u for u, _ in _tasks(body)] == units


def test_a_list_carried_over_a_hard_line_break() -> None:
    body = ("Trong tháng 7 năm 2020, Ban Tuyên giáo Tỉnh ủy đề nghị các địa phương, đơn vị,\n"
            "Mặt trận tổ quốc, các hội, đoàn thể chính trị- xã hội tỉnh tập trung tuyên truyền tốt các nội dung.")
    assert [u for u, _ in _tasks(body)] == ["các địa phương, đơn vị", "Mặt trận tổ quốc",
                                           "các hội, đoàn thể chính trị- xã hội tỉnh"]  # "A, các B": two (README)


def test_a_numbered_heading_that_names_a_unit_outside_a_section() -> None:
    body = ("Ủy ban nhân dân huyện Côn Đảo có ý kiến như sau:\n\n"
            "1. Phòng Văn hóa và Thông tin chủ trì, phối hợp các cơ quan, đơn vị có liên quan.\n\n"
            "2. Trung tâm Văn hóa - Thông tin và Thể thao\n\n- Tăng cường các tin, bài tuyên truyền.\n\n"
            "3. Phòng Tài nguyên và Môi trường huyện: Xây dựng kế hoạch chỉnh trang đô thị.\n")
    assert [u for u, _ in _tasks(body)] == ["Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa - Thông tin và Thể thao",
                                           "Phòng Tài nguyên và Môi trường huyện"]


def test_a_date_without_year_in_a_recurring_duty_recurs() -> None:
    body = ("Đề nghị các Trung tâm hàng năm chỉ thực hiện 02 kỳ báo cáo (báo cáo 06 tháng và báo cáo 01 năm). "
            "Báo cáo gửi về Cục trước ngày 25/06 đối với báo cáo 06 tháng; trước ngày 28/11 đối với báo cáo năm.")
    assert set(_tasks(body, dt.date(2017, 3, 20))) == {("các Trung tâm", "periodic")}


def test_units_are_shown_as_written_whatever_the_tone_placement() -> None:
    body = "Các cấp uỷ, tổ chức đảng, chính quyền từ tỉnh đến cơ sở tổ chức học tập, quán triệt Nghị quyết."
    assert _tasks(body) == [("Các cấp uỷ, tổ chức đảng, chính quyền từ tỉnh đến cơ sở", "-")]


@pytest.mark.parametrize("body", [
    "UBMTTQVN và các đoàn thể của huyện đang xây dựng kế hoạch tổ chức phổ biến, học tập Nghị quyết.",
    "Huyện ủy Hàm Thuận Nam đã triển khai tổ chức học tập, quán triệt tổng cộng được 24 lớp.",
    "Ban Thường vụ Huyện ủy ban hành Kế hoạch thực hiện chuyển đổi số trên địa bàn huyện năm 2025 như sau:",
    "Điều 2. Các cơ quan, đơn vị sau đây chịu trách nhiệm quản lý và tổ chức thực hiện Kế hoạch:",
    "Huyện ủy Phú Ninh chỉ đạo, đại hội chi bộ trực thuộc đảng ủy cơ sở hoàn thành trong quý IV.2019.",
    "UBND tỉnh yêu cầu: tăng cường kiểm tra, giám sát việc thực hiện.",
    "Xét đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 124/TTr-STP ngày 28/3/2018,",
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Đề án.",
    "Ban Thường vụ Huyện ủy Châu Phú dự kiến: từ tháng 7 đến tháng 12-2019 triển khai quán triệt các chỉ thị.",
    "Đảng bộ xã Trần Hợi được Ban Thường vụ Tỉnh ủy chọn chỉ đạo đại hội điểm, nhiệm kỳ 2020 – 2025.",
    "## I. MỤC ĐÍCH, YÊU CẦU\n\n2. Các cấp ủy, tổ chức đảng, cán bộ, đảng viên cần nhận thức đầy đủ quan điểm.",
    "Trên đây là Kế hoạch …, đề nghị các địa phương, cơ quan, đơn vị triển khai thực hiện nghiêm túc./.",
    "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN CHÂU THÀNH Độc lập - Tự do - Hạnh phúc",
    "Cơ quan ban hành: Ủy ban nhân dân tỉnh Lạng Sơn",
    "Huyện ủy Sơn Tịnh có Kế hoạch tổ chức quán triệt, triển khai thực hiện Chỉ thị.",
    "Thông tư này áp dụng đối với cơ quan Việt Nam ở nước ngoài do bộ trưởng quyết định thành lập.",
    "Căn cứ Thông tư số 40/2014/TT-BNNPTNT, ngày 13 tháng 11 năm 2014 của\nBộ Nông nghiệp & Phát triển nông "
    "thôn hướng dẫn trình tự, thủ tục hồ sơ.",
    "Ban quản trị website xin đăng toàn văn Chương trình quan trọng này:",
    "4. Các nội dung đồng chí Hồ Quang Bửu - Tỉnh uỷ viên, Phó Chủ tịch UBND tỉnh truyền đạt tại Hội nghị.",
])
def test_not_a_task(body: str) -> None:
    assert _tasks(body, dt.date(2019, 8, 15)) == []


def test_a_unit_named_again_without_a_date_adds_no_row() -> None:
    body = ("Giao Phòng Tư pháp chủ trì, báo cáo UBND huyện trước ngày 10/3/2025.\n\n"
            "Đề nghị Phòng Tư pháp, UBND các xã triển khai thực hiện./.\n\nĐề nghị UBND các xã báo cáo./.")
    doc = Document(source="a.md", number="1/KH-UBND", type="Kế hoạch", issuer="UBND huyện", title="Thử",
                   date=PartialDate(2025, 2, 1), body=body)
    result, _ = Tracker(Registry(), None, dt.date(2025, 3, 1)).document(
        doc, extract_deadlines(body, doc_date=dt.date(2025, 2, 1)), [])
    assert [(t.unit, t.due) for t in result.tasks] == [("Phòng Tư pháp", dt.date(2025, 3, 10)), ("UBND các xã", None)]


def test_one_unit_spelled_two_ways_in_one_letter_is_one_row() -> None:
    # The demo's Biên Hòa letter: "Trung tâm VH-TT-TT thành phố; UBND 25 phường xã" then
    # "Trung tâm VH-TT-TT/TP, …, UBND 25 phường, xã" — punctuation and "TP" do not make another unit.
    body = ("Đề nghị Trung tâm VH-TT-TT thành phố; UBND 25 phường xã triển khai thực hiện tuyên truyền.\n\n"
            "Đề nghị Trung tâm VH-TT-TT/TP, Ban biên tập Trang thông tin điện tử thành phố, UBND 25 phường, xã "
            "triển khai, thực hiện công tác tuyên truyền./.")
    doc = Document(source="a.md", number="1/CV-VHTT", type="Công văn", issuer="Phòng Văn hóa", title="Thử",
                   date=PartialDate(2025, 2, 1), body=body)
    result, _ = Tracker(Registry(), None, dt.date(2025, 3, 1)).document(
        doc, extract_deadlines(body, doc_date=dt.date(2025, 2, 1)), [])
    assert [t.unit for t in result.tasks] == [
        "Trung tâm VH-TT-TT thành phố", "UBND 25 phường xã", "Ban biên tập Trang thông tin điện tử thành phố"]
    assert unit_key("UBND TP Biên Hòa") == unit_key("Ủy ban nhân dân thành phố Biên Hòa")


def test_tone_keys_move_marks_only_where_they_move() -> None:
    assert unit_key("Hoà Bình") == unit_key("Hòa Bình")
    assert unit_key("Thuỷ Nguyên") == unit_key("Thủy Nguyên")
    assert unit_key("Đoàn Thanh niên huyện") == "đoàn thanh niên huyện"  # "oàn": one place for the mark
    assert unit_key("Huỳnh") == "huỳnh"


@pytest.mark.parametrize(("name", "level"), [
    ("UBND xã Hòa Tiến, huyện Hòa Vang", "xã"),  # the lowest level named wins (it was "huyện" here)
    ("Đảng ủy phường Hải Châu, thành phố Đà Nẵng", "xã"),
    ("Ban Tuyên giáo Thị ủy Phước Long", "huyện"),
    ("Ủy ban nhân dân thành phố Đà Nẵng", "tỉnh"),
    ("Sở Tư pháp", "tỉnh"),
    ("Bộ Nội vụ", "trung ương"),
    ("Phòng Văn hóa và Thông tin", ""),
])
def test_tracking_guesses_levels_with_the_sites_guesser(name: str, level: str) -> None:
    keys = {"trung-uong": "trung ương", "tinh": "tỉnh", "huyen": "huyện", "xa": "xã"}
    assert Registry().level_of(name) == level == keys.get(level_of_name(name) or "", "")


def test_tuning_figures_do_not_fall(sentence_reader: str) -> None:
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "tracking_eval.py"), "--set", "tuning",
                          "--reader", sentence_reader], capture_output=True, text=True, check=True).stdout
    row = next(line for line in out.splitlines() if line.startswith("| tuning"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    precision, recall = float(cells[3]), float(cells[4])
    assert precision >= 0.85 and recall >= 0.9, row
    assert re.fullmatch(r"\d+/\d+", cells[8])


# Kinds read from the first held-out set's misses after it was spent (it is tuning now).

def test_a_colon_after_a_plural_noun_starts_the_names_not_the_duty() -> None:
    body = ("Điều 2. Giao các Sở: Kế hoạch và Đầu tư, Tài nguyên và Môi trường, Công thương, Tài chính hướng dẫn "
            "các cơ quan, đơn vị liên quan thực thi phương án.")
    assert _tasks(body) == [("Sở Kế hoạch và Đầu tư", "-"), ("Sở Tài nguyên và Môi trường", "-"),
                            ("Sở Công thương", "-"), ("Sở Tài chính", "-"),
                            ("các cơ quan, đơn vị liên quan", "-")]  # the directed body holds (trklab51 ruling)


def test_a_clause_opened_by_its_time_keeps_its_unit() -> None:
    body = ("Định kỳ từ ngày 1 đến ngày 5 hằng tháng, các đơn vị cập nhật kết quả giải quyết trên mạng; "
            "từ ngày 5 đến ngày 10 hằng tháng, Phòng Kế hoạch - Đầu tư kiểm tra, xác nhận và tổng hợp báo cáo.")
    assert ("Phòng Kế hoạch - Đầu tư", "periodic") in _tasks(body)


# Kinds named in the closing note (seen on the spent sets), each on a small written example.

def test_a_passive_assignment_is_a_duty() -> None:
    body = "Phòng Tư pháp được giao chủ trì, phối hợp với các cơ quan liên quan, hoàn thành trước ngày 30/6/2025."
    assert _tasks(body, dt.date(2025, 3, 1)) == [("Phòng Tư pháp", "2025-06-30")]
    body = "Sở Nội vụ được giao nhiệm vụ tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 15/12/2025."
    assert _tasks(body, dt.date(2025, 3, 1)) == [("Sở Nội vụ", "2025-12-15")]


def test_a_passive_without_giao_is_still_narrative() -> None:
    body = "Đảng bộ xã Trần Hợi được Ban Thường vụ Tỉnh ủy chọn chỉ đạo đại hội điểm trước ngày 30/6/2025."
    assert _tasks(body, dt.date(2025, 3, 1)) == []


@pytest.mark.parametrize("lead", ["- ", "1. ", "a) "])
def test_duties_under_yeu_cau_units_colon(lead: str) -> None:
    second = {"- ": "- ", "1. ": "2. ", "a) ": "b) "}[lead]
    body = ("Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành, UBND các huyện, thành phố:\n\n"
            f"{lead}Khẩn trương rà soát các thủ tục hành chính;\n"
            f"{second}Báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 15/4/2025.\n\n"
            "Văn phòng UBND tỉnh theo dõi, đôn đốc.")
    assert _tasks(body, dt.date(2025, 3, 1)) == [
        ("các sở, ban, ngành", "2025-04-15"), ("UBND các huyện, thành phố", "2025-04-15"), ("Văn phòng UBND tỉnh", "-")]


def test_a_long_list_of_units_before_its_duty() -> None:
    names = ["Nội vụ", "Tài chính", "Kế hoạch và Đầu tư", "Tư pháp", "Y tế", "Giáo dục và Đào tạo", "Xây dựng",
             "Công Thương", "Nông nghiệp và Phát triển nông thôn", "Tài nguyên và Môi trường",
             "Lao động - Thương binh và Xã hội", "Thông tin và Truyền thông"]
    body = f"Đề nghị {', '.join('Sở ' + n for n in names)} triển khai thực hiện, báo cáo trước ngày 20/5/2025."
    assert _tasks(body, dt.date(2025, 3, 1)) == [("Sở " + n, "2025-05-20") for n in names]


def test_a_long_list_must_name_bodies_only() -> None:
    body = ("Đề nghị Sở Nội vụ, Sở Tài chính, Sở Y tế, những hộ gia đình ở vùng sâu, vùng xa, vùng biên giới và "
            "hải đảo, những người lao động tự do trong khu vực phi chính thức, những người cao tuổi neo đơn không nơi "
            "nương tựa, những trẻ em mồ côi trên địa bàn tỉnh và các tỉnh lân cận triển khai thực hiện.")
    assert _tasks(body) == []


def test_the_time_of_a_section_written_in_its_own_item() -> None:
    body = ("II. NHIỆM VỤ\n\n1. Phòng Nội vụ chủ trì tổng hợp kết quả.\n\n"
            "2. Thời gian hoàn thành: trước ngày 30/6/2025.")
    assert _tasks(body, dt.date(2025, 3, 1)) == [("Phòng Nội vụ", "2025-06-30")]


def test_a_time_item_does_not_date_a_section_that_dates_its_rows() -> None:
    body = ("II. NHIỆM VỤ\n\n1. Phòng Nội vụ chủ trì tổng hợp kết quả trước ngày 10/5/2025.\n\n"
            "2. Phòng Tư pháp rà soát văn bản.\n\n3. Thời gian hoàn thành: trước ngày 30/6/2025.")
    assert ("Phòng Tư pháp", "2025-06-30") not in _tasks(body, dt.date(2025, 3, 1))


@pytest.mark.parametrize(("body", "unit", "periods"), [
    ("UBND các xã báo cáo kết quả thực hiện về Phòng Nội vụ trước ngày 10 của tháng tiếp theo.", "UBND các xã",
     ("monthly",)),
    ("UBND các xã báo cáo kết quả thực hiện tháng về Phòng Nội vụ trước ngày 10 của tháng sau.", "UBND các xã",
     ("monthly",)),
    ("Các đơn vị gửi báo cáo quý trước ngày 15 của tháng đầu quý sau.", "Các đơn vị", ("quarterly",)),
    ("Các phòng chuyên môn gửi báo cáo năm chậm nhất ngày 20 tháng 01 năm sau.", "Các phòng chuyên môn", ("yearly",)),
    ("Định kỳ hằng tháng, UBND các xã báo cáo kết quả về Phòng Nội vụ trước ngày 10 của tháng tiếp theo.",
     "UBND các xã", ("monthly",)),
    # "quý": the "u" belongs to "qu", so the key's tone step must leave its mark on the "y"
    ("Định kỳ hằng quý, UBND các xã báo cáo kết quả về Phòng Nội vụ trước ngày 10 của tháng đầu quý sau.",
     "UBND các xã", ("quarterly",)),
])
def test_a_day_counted_from_the_period_reported_on_is_periodic(body: str, unit: str, periods: tuple[str, ...]) -> None:
    found = extract_deadlines(body, doc_date=dt.date(2025, 3, 1))
    assert [d.kind for d in found] == ["periodic"]  # one duty, one rule, even when the period is also named
    assert periods_of(found[0].text) == periods
    assert _tasks(body, dt.date(2025, 3, 1)) == [(unit, "periodic")]


@pytest.mark.parametrize(("body", "units"), [
    # "A và các B" names two units (tests/fixtures/tracking/real/README.md), a bare capitalised noun before it too
    ("UBND huyện đề nghị UB.MTTQVN và các đoàn thể huyện, Chủ tịch UBND các xã - thị trấn tổ chức tổng vệ sinh.",
     ["UB.MTTQVN", "các đoàn thể huyện", "Chủ tịch UBND các xã - thị trấn"]),
    ("Ban Thường vụ Huyện ủy đề nghị cấp ủy các chi bộ, đảng bộ cơ sở, Mặt trận và các đoàn thể huyện tổ chức "
     "quán triệt.", ["cấp ủy các chi bộ, đảng bộ cơ sở", "Mặt trận", "các đoàn thể huyện"]),
    # a "và" inside a name or inside one group does not split
    ("Giao Sở Kế hoạch và Đầu tư chủ trì tổng hợp.", ["Sở Kế hoạch và Đầu tư"]),
    ("Đề nghị các cơ quan, ban, ngành, đoàn thể huyện và UBND các xã triển khai thực hiện.",
     ["các cơ quan, ban, ngành, đoàn thể huyện", "UBND các xã"]),
])
def test_a_and_the_group_b_are_two_units(body: str, units: list[str]) -> None:
    assert [u for u, _ in _tasks(body)] == units


@pytest.mark.parametrize(("body", "units"), [
    # an article's clauses cut at ";": each listed body kept for the duty at the end; "Giám đốc các Sở: A, B"
    ("Điều 2. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Tài chính, Kế hoạch và Đầu tư; Chủ tịch UBND các huyện, "
     "thành phố và các đơn vị liên quan triển khai thực hiện Kế hoạch này.",
     ["Chánh Văn phòng UBND tỉnh", "Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Chủ tịch UBND các huyện, thành phố",
      "các đơn vị liên quan"]),
    # the duty verb read inside the next name ("các tổ chức, cá nhân"): the list ends before its "và các"
    ("Đề nghị Chủ tịch UBND các huyện, thành phố và các tổ chức, cá nhân có liên quan triển khai thực hiện.",
     ["Chủ tịch UBND các huyện, thành phố"]),
])
def test_unit_boundaries_seen_on_heldout3(body: str, units: list[str]) -> None:
    """Kinds of miss on the spent heldout3 (seventh session): unit boundaries in long lists."""
    assert [u for u, _ in _tasks(body)] == units


# --- kinds from the spent heldout3 (ninth session), each on a small written example ---------------------------

def test_the_executive_clause_of_a_decision_gives_each_executor_the_decision() -> None:
    """"A, B chịu trách nhiệm thi hành Quyết định này" makes A and B carry out the decision (heldout3 k01, k26):
    a task each, so that their implementing documents count as done (it was read as no task before)."""
    body = "Điều 3. Chánh Văn phòng UBND tỉnh, Thủ trưởng các sở, ngành chịu trách nhiệm thi hành Quyết định này."
    assert _tasks(body) == [("Chánh Văn phòng UBND tỉnh", "-"), ("Thủ trưởng các sở, ngành", "-")]


def test_theo_do_opens_a_clause_even_after_a_headline() -> None:
    """"Theo đó, A và B <duty>" after a headline that ends no sentence (heldout3 k20): the units after the
    lead hold the periodic duty; the headline's subject ("Bộ Nội vụ hướng dẫn …") holds nothing. The ministries and the
    other two kinds beside them are one body each (the thirtieth session's list rule, the tracking README)."""
    body = ("Bộ Nội vụ hướng dẫn thực hiện chế độ báo cáo Cải cách hành chính định kỳ\n\n"
            "Theo đó, các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ và UBND tỉnh, thành phố trực thuộc Trung ương "
            "xây dựng Báo cáo tình hình, kết quả cải cách hành chính hàng quý, 6 tháng và hàng năm, gửi Bộ Nội vụ.")
    assert _tasks(body) == [("các bộ", "periodic"), ("cơ quan ngang bộ", "periodic"), ("cơ quan thuộc Chính phủ", "periodic"),
                            ("UBND tỉnh, thành phố trực thuộc Trung ương", "periodic")]


def test_a_lead_that_reports_the_decision_opens_a_clause() -> None:
    """"Quyết định nêu rõ, A …", "Cụ thể, A …": the units after the lead head the clause."""
    assert _tasks("Kế hoạch nêu rõ, UBND các xã tổ chức tuyên truyền trước ngày 30/6/2025.") == \
        [("UBND các xã", "2025-06-30")]
    assert _tasks("Cụ thể, Phòng Văn hóa và Thông tin huyện hướng dẫn các xã triển khai.") == \
        [("Phòng Văn hóa và Thông tin huyện", "-"), ("các xã", "-")]  # the directed body holds (trklab51 ruling)


def test_a_headline_lays_no_duty() -> None:
    """A body's first line, alone, ending no sentence, with a blank line after it, is the news's headline
    (heldout3 k02, k33, k34): its subject is the writer; the duties are in the text under it."""
    body = ("Huyện ủy Thanh Hà chọn 2 đảng bộ tổ chức đại hội điểm\n\n"
            "Đề nghị các đảng bộ trên hoàn thành công tác chuẩn bị trước ngày 15/3/2020.")
    assert _tasks(body, dt.date(2020, 2, 25)) == [("các đảng bộ trên", "2020-03-15")]


def test_a_first_line_that_runs_on_is_no_headline() -> None:
    """A first line cut by a hard wrap (ending with a comma, or with no blank line after it) is read."""
    assert _tasks("UBND các xã báo cáo kết quả\nvề UBND huyện trước ngày 10/3/2025.") == [("UBND các xã", "2025-03-10")]


def test_a_body_that_directs_then_says_what_holds_no_duty() -> None:
    """"Huyện ủy Phú Ninh chỉ đạo, <what> …" announces the writer's orders (heldout3 k34); without the comma,
    "UBND các huyện chỉ đạo các xã …" stays the subject's duty (and, since the seventeenth session, the directed
    bodies' too, with the same due: README "What counts")."""
    assert _tasks("UBND các huyện chỉ đạo các xã báo cáo trước ngày 10/3/2025.") == [
        ("UBND các huyện", "2025-03-10"), ("các xã", "2025-03-10")]


def test_the_headline_body_directing_others_gives_them_the_duty() -> None:
    """Under a headline that opens with a body ("Huyện ủy Thanh Hà chọn …", heldout3 k02), that body "chỉ đạo"
    others: it writes the orders, the units after the verb hold them. Without the headline, or with another
    subject, directing stays the subject's duty, the directed bodies holding it too."""
    body = ("Huyện ủy Thanh Hà chọn 2 đảng bộ tổ chức đại hội điểm\n\n"
            "Đến nay, các đảng bộ trên đã cơ bản hoàn thành đại hội chi bộ. Huyện ủy chỉ đạo các đơn vị trên chỉnh "
            "sửa, hoàn thiện dự thảo báo cáo chính trị trước ngày 15/3/2020.")
    assert _tasks(body) == [("các đơn vị trên", "2020-03-15")]
    other = body.replace("Huyện ủy Thanh Hà chọn", "Sở Nội vụ chọn")
    assert _tasks(other) == [("Huyện ủy", "2020-03-15"), ("các đơn vị trên", "2020-03-15")]


def test_a_schedule_the_text_expects_borrows_no_unit() -> None:
    """"Đại hội … dự kiến diễn ra từ tháng 4 đến hết tháng 5" names no unit and is a schedule reported, not
    the deadline of the units of the clause before (heldout3 k02)."""
    body = ("UBND huyện yêu cầu các xã rà soát danh sách trước ngày 15/3/2020.\n\n"
            "Đại hội Đảng bộ cấp cơ sở dự kiến diễn ra từ ngày 01/4/2020 đến ngày 31/5/2020.")
    assert _tasks(body) == [("các xã", "2020-03-15")]
