"""Where a list of units ends and where one body in it starts (issue 15, the accuracy of task reading):
kinds of miss seen on the spent real passages (tests/fixtures/tracking/real/) and on the executors'
clauses of the import fixtures, each pinned by a sentence of that kind. Every test runs on the fast
sentence reader and on the plain reference beside it."""

from __future__ import annotations

import pytest

from vanban.deadlines import extract_deadlines
from vanban.tracking import reference, sentences
from vanban.tracking.tasks import assignments


@pytest.fixture(params=["fast", "reference"], autouse=True)
def reader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """The sentence reader under test: the reference stands in for the fast one wherever it is called."""
    if request.param == "reference":
        monkeypatch.setattr(sentences, "stated", reference.stated)
    return str(request.param)


def _units(body: str) -> list[str]:
    return [a.head for a in assignments(body, extract_deadlines(body))]


@pytest.mark.parametrize(("body", "units"), [
    # "có liên quan" ends a group's name ("các đơn vị có liên quan"), not a duty's start (heldout3 k08)
    ("Chủ tịch UBND tỉnh yêu cầu lãnh đạo các sở, ban, ngành thuộc tỉnh, Chủ tịch UBND các huyện, thành phố, thủ "
     "trưởng các đơn vị có liên quan khẩn trương đôn đốc các bộ phận chuyên môn.",
     ["lãnh đạo các sở, ban, ngành thuộc tỉnh", "Chủ tịch UBND các huyện, thành phố",
      "thủ trưởng các đơn vị có liên quan"]),
    ("Điều 3. Chánh Văn phòng UBND tỉnh, Thủ trưởng các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.",
     ["Chánh Văn phòng UBND tỉnh", "Thủ trưởng các đơn vị có liên quan"]),
    # "các cấp" ends a name ("Hội Cựu chiến binh các cấp"); "cấp" alone is a duty verb
    ("Chỉ thị yêu cầu lãnh đạo Hội Cựu chiến binh các cấp chuẩn bị tốt nội dung đại hội.",
     ["lãnh đạo Hội Cựu chiến binh các cấp"]),
    # "các" again after a comma starts another group (eighteenth session; one unit per body)
    ("Đề nghị cấp ủy, chính quyền các cấp, các sở, ban, ngành khẩn trương triển khai.",
     ["cấp ủy, chính quyền các cấp", "các sở, ban, ngành"]),
    # one office for two bodies; a capitalised "Trưởng Phòng" starts a body
    ("Điều 3. Chánh Văn phòng HĐND và UBND quận 8, Trưởng Phòng Nội vụ quận 8, Trưởng Phòng Giáo dục quận 8 chịu "
     "trách nhiệm thi hành quyết định này.",
     ["Chánh Văn phòng HĐND và UBND quận 8", "Trưởng Phòng Nội vụ quận 8", "Trưởng Phòng Giáo dục quận 8"]),
    # "Ngành tỉnh" stays in its group; the public after "và" holds nothing; a title left at a line's end is read with the
    # line after it (the article's hard wrap joined, :mod:`vanban.tracking.wraps`; twenty-ninth session)
    ("Điều 3. Chánh Văn phòng UBND tỉnh, Trưởng\nBan Dân tộc, Thủ trưởng các Sở, Ban, Ngành tỉnh, UBND cấp huyện, "
     "UBND cấp xã và\ncác cá nhân, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.",
     ["Chánh Văn phòng UBND tỉnh", "Trưởng Ban Dân tộc", "Thủ trưởng các Sở, Ban, Ngành tỉnh", "UBND cấp huyện",
      "UBND cấp xã"]),
])
def test_list_boundaries(body: str, units: list[str]) -> None:
    assert _units(body) == units


@pytest.mark.parametrize("body", [
    # "lãnh đạo" names the led body only after "giao / đề nghị / yêu cầu": after a narrated "chỉ đạo" it is persons
    "Lãnh đạo Chính phủ đã chỉ đạo lãnh đạo tỉnh Lâm Đồng, lực lượng Công an tới hiện trường để chỉ đạo cứu nạn.",
    # an invitation's guests
    "- Lãnh đạo HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh;\n\n- Lãnh đạo các Văn phòng: Tỉnh uỷ, HĐND, UBND tỉnh;",
])
def test_leaders_elsewhere_are_no_task(body: str) -> None:
    assert _units(body) == []


@pytest.mark.parametrize(("body", "units"), [
    # after an assigning verb, a duty that announces its items ("… một số nội dung sau:") is still the units';
    # a lower-case "trưởng phòng" before a named office (heldout3 k39, heldout h15)
    ("Sở Giáo dục và Đào tạo yêu cầu trưởng phòng Giáo dục và Đào tạo các huyện/thành phố, thủ trưởng các đơn vị "
     "trực thuộc Sở triển khai thực hiện một số nội dung sau:\n1. Phối hợp với ngành y tế tại địa phương triển khai "
     "thực hiện tốt các biện pháp phòng chống dịch.",
     ["trưởng phòng Giáo dục và Đào tạo các huyện/thành phố", "thủ trưởng các đơn vị trực thuộc Sở"]),
    # "theo đề nghị / yêu cầu" is a noun: nobody is told anything
    ("Theo đề nghị Chi nhánh Ngân hàng Chính sách xã hội tỉnh tại Tờ trình số 570/TTr-NHCS ngày 08/8/2025, UBND "
     "tỉnh quyết định.", []),
    # names that hold a duty word: "cơ quan, tổ chức", a quoted campaign, "Trung cấp"
    ("Đề nghị các cơ quan, tổ chức ở địa phương khẩn trương triển khai các công việc.",
     ["các cơ quan, tổ chức ở địa phương"]),
    ("Đề nghị Trường Trung cấp Luật Vị Thanh tổ chức ngày hội.", ["Trường Trung cấp Luật Vị Thanh"]),
    # an address after a named commune is its place; "UBND huyện, thành phố Cà Mau" one council group
    ('Điều 2. Trưởng Ban Chỉ đạo cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa" tỉnh, Chủ tịch Ủy '
     "ban nhân dân xã Long Toàn, huyện Duyên Hải, tỉnh Trà Vinh chịu trách nhiệm thi hành Quyết định này.",
     ['Trưởng Ban Chỉ đạo cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa" tỉnh',
      "Chủ tịch Ủy ban nhân dân xã Long Toàn, huyện Duyên Hải, tỉnh Trà Vinh"]),
    ("Chủ tịch UBND tỉnh giao UBND huyện, thành phố Cà Mau khẩn trương thực hiện nhiệm vụ tự kiểm tra.",
     ["UBND huyện, thành phố Cà Mau"]),
    ("Sở đề nghị Ủy ban nhân dân các huyện, thị xã Phú Mỹ, thành phố Bà Rịa và thành phố Vũng Tàu triển khai.",
     ["Ủy ban nhân dân các huyện, thị xã Phú Mỹ", "thành phố Bà Rịa", "thành phố Vũng Tàu"]),
    # duty verbs that were missing: the unit ran on into its duty
    ("Đề nghị các tỉnh chấn chỉnh công tác điều tra, rà soát hộ nghèo.", ["các tỉnh"]),
    ("Yêu cầu UBND các huyện, thành phố Cà Mau đẩy nhanh tiến độ giải ngân vốn.", ["UBND các huyện, thành phố Cà Mau"]),
    ("Yêu cầu các đơn vị liên quan bám sát mục tiêu, nhiệm vụ của Nghị quyết.", ["các đơn vị liên quan"]),
    ("Yêu cầu các địa phương thành lập Tổ kiểm tra.", ["các địa phương"]),
])
def test_names_and_duties(body: str, units: list[str]) -> None:
    assert _units(body) == units


def test_recipients_under_kinh_gui_are_lent_no_duty() -> None:
    """The bullets under "Kính gửi:" name the letter's recipients (one "để b/c", for its information): a duty
    the letter lays later on "các cơ quan, đơn vị" is theirs, not lent to each bullet as a list before it."""
    body = ("Kính gửi:\n\n- Ban Bí thư Trung ương Đảng (để b/c);\n- Các sở, ban, ngành tỉnh;\n\n"
            "Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị triển khai một số nội dung sau:\n\n"
            "1. Công tác tuyên truyền tiến hành thường xuyên.")
    assert _units(body) == ["các cơ quan, đơn vị"]


def test_a_headline_with_the_page_time_under_it_lays_no_duty() -> None:
    """A news headline whose page time follows on the next line ("00:01 | 10/05/2019") is still the headline:
    its subject is the writer (heldout3 k33)."""
    body = ("HĐND huyện Chương Mỹ giám sát tại xã Hòa Chính\n\n00:01 | 10/05/2019\n"
            "Qua giám sát, Thường trực HĐND huyện đề nghị xã Hòa Chính cần tiếp tục chủ động khai thác các nguồn thu.")
    assert _units(body) == ["xã Hòa Chính"]


@pytest.mark.parametrize(("body", "units"), [
    # a ministry's executors: "Chánh Văn phòng" alone, "Vụ trưởng Vụ …", "Cục trưởng Cục …" (heldout3 k26)
    ("Quyết định nêu rõ, Chánh Văn phòng, Vụ trưởng Vụ Kế hoạch, Tài chính, Cục trưởng Cục Văn hoá cơ sở và Thủ "
     "trưởng các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định.",
     ["Chánh Văn phòng", "Vụ trưởng Vụ Kế hoạch, Tài chính", "Cục trưởng Cục Văn hoá cơ sở",
      "Thủ trưởng các đơn vị có liên quan"]),
    # "Thủ trưởng các Cục, Vụ": a bare "Vụ" is one kind of a group
    ("Điều 3. Chánh Văn phòng Bộ, Thủ trưởng các Cục, Vụ và các đơn vị trực thuộc Bộ có liên quan chịu trách nhiệm "
     "thi hành Quyết định này.",
     ["Chánh Văn phòng Bộ", "Thủ trưởng các Cục, Vụ", "các đơn vị trực thuộc Bộ có liên quan"]),
    # either tone placement: "Uỷ ban nhân dân huyện, thành phố Cà Mau" is one group like "Ủy ban …"
    ("Điều 3. Chánh Văn phòng Uỷ ban nhân dân tỉnh, Chủ tịch Uỷ ban nhân dân huyện, thành phố Cà Mau chịu trách "
     "nhiệm thi hành Quyết định này.",
     ["Chánh Văn phòng Uỷ ban nhân dân tỉnh", "Chủ tịch Uỷ ban nhân dân huyện, thành phố Cà Mau"]),
])
def test_executors_named_by_their_offices(body: str, units: list[str]) -> None:
    assert _units(body) == units
