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
    ("Đề nghị cấp ủy, chính quyền các cấp, các sở, ban, ngành khẩn trương triển khai.",
     ["cấp ủy, chính quyền các cấp, các sở, ban, ngành"]),
    # one office for two bodies; a capitalised "Trưởng Phòng" starts a body
    ("Điều 3. Chánh Văn phòng HĐND và UBND quận 8, Trưởng Phòng Nội vụ quận 8, Trưởng Phòng Giáo dục quận 8 chịu "
     "trách nhiệm thi hành quyết định này.",
     ["Chánh Văn phòng HĐND và UBND quận 8", "Trưởng Phòng Nội vụ quận 8", "Trưởng Phòng Giáo dục quận 8"]),
    # "Ngành tỉnh" stays in its group; the public after "và" holds nothing; a title left at a line's end
    ("Điều 3. Chánh Văn phòng UBND tỉnh, Trưởng\nBan Dân tộc, Thủ trưởng các Sở, Ban, Ngành tỉnh, UBND cấp huyện, "
     "UBND cấp xã và\ncác cá nhân, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.",
     ["Chánh Văn phòng UBND tỉnh", "Ban Dân tộc", "Thủ trưởng các Sở, Ban, Ngành tỉnh", "UBND cấp huyện",
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
