"""Deadlines ("Mốc thời gian") found in document text: realistic sentences, seeds, fuzzing."""

from __future__ import annotations

import datetime
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.deadlines import KINDS, Deadline, extract_deadlines

SEEDS = Path(__file__).parent / "fixtures" / "seeds"
DOC_DATE = datetime.date(2025, 3, 7)
D = datetime.date


def _seed(prefix: str) -> str:
    matches = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not matches:
        raise FileNotFoundError(f"tests/fixtures/seeds/{prefix}_*.txt")
    return matches[0].read_text(encoding="utf-8")


def _summary(found: tuple[Deadline, ...]) -> list[tuple[str, object]]:
    return [(d.kind, d.month_day if d.kind == "recurring_yearly" else d.date) for d in found]


# --------------------------------------------------------------------------- sentences

POSITIVE = [
    # by_date, every way of writing the day
    ("Các đơn vị báo cáo kết quả về Văn phòng chậm nhất ngày 15/4/2025.", [("by_date", D(2025, 4, 15))]),
    ("Gửi báo cáo về Ban Tuyên giáo trước ngày 28/03/2025.", [("by_date", D(2025, 3, 28))]),
    ("Tham mưu xây dựng kế hoạch; hoàn thành trước 10/3/2025.", [("by_date", D(2025, 3, 10))]),
    ("Nộp sản phẩm dự thi trước ngày 28.3.2025.", [("by_date", D(2025, 3, 28))]),
    ("Nộp sản phẩm dự thi trước ngày 28-3-2025.", [("by_date", D(2025, 3, 28))]),
    ("Nộp sản phẩm dự thi trước ngày 28 / 3 / 2025.", [("by_date", D(2025, 3, 28))]),
    ("Hạn chót nộp hồ sơ là ngày 20.05.2025.", [("by_date", D(2025, 5, 20))]),
    ("Hạn chót: 30-6-2025.", [("by_date", D(2025, 6, 30))]),
    ("Xây dựng kế hoạch, xong trước ngày 7 tháng 3 năm 2025.", [("by_date", D(2025, 3, 7))]),
    ("Thời hạn hoàn thành: 31/12/2025.", [("by_date", D(2025, 12, 31))]),
    ("Rà soát, cập nhật dữ liệu không quá ngày 05/6/2025.", [("by_date", D(2025, 6, 5))]),
    # dash variants are normalised
    ("Gửi báo cáo trước ngày 28\u20133\u20132025.", [("by_date", D(2025, 3, 28))]),
    # months and quarters
    ("Tổ chức quán triệt, học tập, nghiên cứu hoàn thành trong tháng 3/2025.", [("month", D(2025, 3, 31))]),
    ("Tổ chức sơ kết trong tháng 3 năm 2025.", [("month", D(2025, 3, 31))]),
    ("Hoàn thành việc rà soát trong quý II/2025.", [("month", D(2025, 6, 30))]),
    ("Tổng kết việc thực hiện trong Quý IV năm 2025.", [("month", D(2025, 12, 31))]),
    ("Hoàn thành đến hết tháng 5/2025 việc chuyển đổi.", [("by_date", D(2025, 5, 31))]),
    ("Hoàn thành trước tháng 6/2025.", [("by_date", D(2025, 5, 31))]),
    ("Tổ chức hội nghị tổng kết từ tháng 3 đến tháng 6/2025.", [("month", D(2025, 6, 30))]),
    # a list of months or quarters is one period, to the end of the last (heldout3 k05)
    ("Hoàn thành các nhiệm vụ trong tháng 11, tháng 12 năm 2025 theo các kết luận.", [("month", D(2025, 12, 31))]),
    ("Hoàn thành trong tháng 11 và tháng 12/2025.", [("month", D(2025, 12, 31))]),
    ("Tổ chức kiểm tra trong quý III, quý IV năm 2025.", [("month", D(2025, 12, 31))]),
    ("Sơ kết trong tháng 12, tháng 11 năm 2025.", [("month", D(2025, 12, 31))]),  # not in order: the first alone
    ("Từ nay đến cuối năm 2025, tập trung hoàn thành các chỉ tiêu.", [("by_date", D(2025, 12, 31))]),
    ("Phấn đấu đến năm 2030 đạt 80% số xã.", []),  # a target year, not a deadline
    # spans of days
    ("Thời gian thực hiện: từ ngày 01/4/2025 đến ngày 30/6/2025.", [("by_date", D(2025, 6, 30))]),
    # events in the future
    ("Hội nghị sẽ được tổ chức vào ngày 20/3/2025 tại Hội trường UBND huyện.", [("on_date", D(2025, 3, 20))]),
    ("Hội nghị sơ kết dự kiến tổ chức vào lúc 8 giờ 00, ngày 25/3/2025.", [("on_date", D(2025, 3, 25))]),
    ("Ngày 15/3/2025 tổ chức Lễ ra quân hưởng ứng.", [("on_date", D(2025, 3, 15))]),
    # recurring days
    (
        "Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia (10/10).",
        [("recurring_yearly", (10, 10))],
    ),
    (
        "Tuyên truyền nhân Ngày Quốc tế Phụ nữ (8/3) và Ngày Giải phóng miền Nam (30/4).",
        [("recurring_yearly", (3, 8)), ("recurring_yearly", (4, 30))],
    ),
    ("Tổ chức Lễ kỷ niệm vào ngày 18/5 hằng năm.", [("recurring_yearly", (5, 18))]),
    # periodic
    ("Định kỳ 6 tháng và hàng năm báo cáo kết quả về Ban Tuyên giáo Thị ủy.", [("periodic", None)]),
    ("Hằng tháng, các xã báo cáo tiến độ về UBND huyện.", [("periodic", None)]),
    ("Các phòng báo cáo kết quả hàng quý về Sở Nội vụ.", [("periodic", None)]),
    ("Các đơn vị báo cáo trước ngày 20 hằng tháng.", [("periodic", None)]),
    # a year-less date takes the document's year
    ("Gửi báo cáo trước ngày 15/3.", [("by_date", D(2025, 3, 15))]),
]

NEGATIVE = [
    "Thực hiện Kế hoạch số 386-KH/TU, ngày 13/02/2025 của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết 57.",
    "Ban Thường vụ Huyện ủy đã tổ chức hội nghị trực tuyến do Bộ Chính trị tổ chức vào ngày 13/01/2025.",
    "Hội nghị trực tuyến toàn tỉnh được tổ chức ngày 28/02/2025.",
    "Nghị quyết về phát triển khoa học, công nghệ trên địa bàn tỉnh giai đoạn 2023 - 2030.",
    "Chuyển đổi số của tỉnh đến năm 2025, định hướng đến năm 2030, tầm nhìn đến năm 2045.",
    "Gửi báo cáo trước ngày 31/2/2025.",  # no such day
    "Gửi báo cáo trước ngày 15/13/2025.",  # no such month
    "Số liệu tính đến ngày 31/12/2024.",
    "Nghị quyết có hiệu lực kể từ ngày 01/7/2025.",
    "Xây dựng kế hoạch hằng năm của đơn vị.",  # "hằng năm" with nothing to report
    "Chương trình phối hợp số 03-CTrPH/BTG-HĐND-UBND-TAND-VKSND thị xã ngày 8/4/2022.",
    "Quyết định số 12/QĐ-UBND ngày 15/3/2025 tổ chức lại bộ máy.",
    "Các đơn vị đã hoàn thành trước ngày 15/3/2025.",
    "Tam Kỳ, ngày 07 tháng 3 năm 2025",
    "Công tác tuyên truyền tiến hành thường xuyên, liên tục trong năm 2025.",
    "ngày càng phát triển mạnh mẽ (18/5)",
    "Số: 12/2025/QĐ-UBND",
]


@pytest.mark.parametrize(("sentence", "expected"), POSITIVE)
def test_sentences(sentence: str, expected: list[tuple[str, object]]) -> None:
    assert _summary(extract_deadlines(sentence, doc_date=DOC_DATE)) == expected


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_not_deadlines(sentence: str) -> None:
    assert extract_deadlines(sentence, doc_date=DOC_DATE) == ()


def test_cases_are_many() -> None:
    assert len(POSITIVE) + len(NEGATIVE) >= 25


def test_year_less_date_needs_doc_date() -> None:
    assert extract_deadlines("Gửi báo cáo trước ngày 15/3.") == ()
    (found,) = extract_deadlines("Gửi báo cáo trước ngày 15/3.", doc_date=DOC_DATE)
    assert found.date == D(2025, 3, 15)
    assert found.text == "trước ngày 15/3"  # the phrase shows that the year was inferred


def test_year_less_date_rolls_into_next_year() -> None:
    (found,) = extract_deadlines("Báo cáo trước ngày 15/1", doc_date=D(2025, 12, 5))
    assert found.date == D(2026, 1, 15)


def test_event_before_the_document_is_past() -> None:
    assert extract_deadlines("Hội nghị sẽ tổ chức vào ngày 20/2/2025.", doc_date=DOC_DATE) == ()
    assert extract_deadlines("Hội nghị sẽ tổ chức vào ngày 20/2/2025.")  # no date to compare with


def test_fields_of_a_by_date() -> None:
    (found,) = extract_deadlines("Các đơn vị báo cáo kết quả về Văn phòng chậm nhất ngày 15/4/2025.")
    assert found == Deadline(
        kind="by_date",
        date=D(2025, 4, 15),
        start=None,
        month_day=None,
        action="Các đơn vị báo cáo kết quả về Văn phòng",
        actor=None,
        text="chậm nhất ngày 15/4/2025",
        line=1,
    )


def test_month_and_quarter_spans() -> None:
    (month,) = extract_deadlines("Tổ chức sơ kết trong tháng 2/2024.")
    assert (month.start, month.date) == (D(2024, 2, 1), D(2024, 2, 29))
    (months,) = extract_deadlines("Hoàn thành trong tháng 11, tháng 12 năm 2025.")
    assert (months.start, months.date, months.text) == (D(2025, 11, 1), D(2025, 12, 31),
                                                        "Hoàn thành trong tháng 11, tháng 12 năm 2025")
    (quarter,) = extract_deadlines("Hoàn thành việc rà soát trong quý II/2025.")
    assert (quarter.start, quarter.date) == (D(2025, 4, 1), D(2025, 6, 30))
    assert quarter.action == "Hoàn thành việc rà soát"
    (span,) = extract_deadlines("Thời gian thực hiện: từ ngày 01/4/2025 đến ngày 30/6/2025.")
    assert (span.start, span.date) == (D(2025, 4, 1), D(2025, 6, 30))


def test_action_keeps_the_verb_of_an_event() -> None:
    (found,) = extract_deadlines("Hội nghị sẽ được tổ chức vào ngày 20/3/2025 tại Hội trường UBND huyện.")
    assert found.action == "Hội nghị sẽ được tổ chức tại Hội trường UBND huyện"
    assert found.text == "vào ngày 20/3/2025"


def test_deadline_phrase_label_is_not_the_action() -> None:
    (found,) = extract_deadlines("Hạn chót nộp hồ sơ là ngày 20.05.2025.")
    assert found.action == "Nộp hồ sơ"
    assert found.text == "Hạn chót nộp hồ sơ là ngày 20.05.2025"


def test_actor_from_the_item() -> None:
    text = "\n".join(
        [
            "III. TỔ CHỨC THỰC HIỆN",
            "",
            "1. Ban Tuyên giáo Huyện ủy: Hướng dẫn triển khai.",
            "",
            "Tổng hợp kết quả, báo cáo Ban Thường vụ trước ngày 30/4/2025.",
            "",
            "2. Văn phòng Huyện ủy",
            "",
            "Theo dõi, đôn đốc; báo cáo chậm nhất ngày 15/5/2025.",
            "",
            "3. Đề nghị UBND thị xã",
            "",
            "- Chỉ đạo các xã hoàn thành trước 20-5-2025.",
            "- Phòng Văn hóa: Tổng hợp, báo cáo trước ngày 25/5/2025.",
            "",
            "4. Thời gian: trong quý III/2025.",
            "",
            "IV. KINH PHÍ",
            "",
            "Các đơn vị nộp dự toán trước ngày 1/6/2025.",
        ]
    )
    found = extract_deadlines(text, line_offset=10)
    assert [(d.actor, d.line) for d in found] == [
        ("Ban Tuyên giáo Huyện ủy", 15),
        ("Văn phòng Huyện ủy", 19),
        ("UBND thị xã", 23),
        ("Phòng Văn hóa", 24),
        (None, 26),  # "Thời gian" is a topic, not a unit
        (None, 30),  # a new Roman section forgets the units of the last one
    ]
    assert found[0].action == "Tổng hợp kết quả, báo cáo Ban Thường vụ"
    assert found[2].action == "Chỉ đạo các xã"
    assert found[3].action == "Tổng hợp, báo cáo"


def test_sentence_broken_across_lines() -> None:
    text = "Các đơn vị gửi báo cáo về Ban Tuyên giáo\n\ntrước ngày\n28/3/2025.\n"
    (found,) = extract_deadlines(text)
    assert found.action == "Các đơn vị gửi báo cáo về Ban Tuyên giáo"
    assert found.text == "trước ngày 28/3/2025"
    assert found.line == 3


def test_duplicates_are_dropped() -> None:
    text = "Báo cáo trước ngày 28/3/2025.\n\nBáo cáo trước ngày 28/3/2025."
    assert len(extract_deadlines(text)) == 1


def test_nfc_and_decomposed_input_agree() -> None:
    sentence = "Các đơn vị báo cáo kết quả chậm nhất ngày 15/4/2025."
    decomposed = unicodedata.normalize("NFD", sentence)
    assert extract_deadlines(decomposed) == extract_deadlines(sentence)
    assert unicodedata.is_normalized("NFC", extract_deadlines(decomposed)[0].action)


def test_markdown_body() -> None:
    text = (
        "## III. TỔ CHỨC THỰC HIỆN\n\n1\\. **UBND huyện**: Tham mưu kế hoạch; *hoàn thành trước 10/3/2025.*\n"
    )
    (found,) = extract_deadlines(text)
    assert (found.actor, found.action, found.text) == (
        "UBND huyện",
        "Tham mưu kế hoạch",
        "hoàn thành trước 10/3/2025",
    )


# --------------------------------------------------------------------------- seeds


def test_seed_000_letter_has_no_deadline() -> None:
    # Only issue dates of cited documents and "giai đoạn 2023 - 2030", "đến năm 2030".
    assert extract_deadlines(_seed("000")) == ()


def test_seed_001_district_plan() -> None:
    found = extract_deadlines(_seed("001"))
    assert [(d.kind, d.date, d.start) for d in found] == [
        ("month", D(2025, 3, 31), D(2025, 3, 1)),
        ("by_date", D(2025, 3, 10), None),
        ("by_date", D(2025, 3, 28), None),
    ]
    month, plan, report = found
    assert month.action == "Tổ chức quán triệt, học tập, nghiên cứu"
    assert month.actor is None
    assert month.text == "hoàn thành trong tháng 3/2025"
    assert plan.actor == "UBND huyện"
    assert plan.text == "hoàn thành trước 10/3/2025"
    assert plan.action.startswith("Tham mưu xây dựng kế hoạch của Ban Thường vụ Huyện ủy")
    # "Báo cáo kết quả học tập" / blank line / "về Ban Thường vụ …" is one sentence.
    assert report.action.startswith("Báo cáo kết quả học tập về Ban Thường vụ Huyện ủy")
    assert report.text == "trước ngày 28/3/2025"
    assert report.actor is not None and report.actor.startswith("Các chi, đảng bộ trực thuộc Huyện ủy")
    lines = _seed("001").splitlines()
    assert "28/3/2025" in lines[report.line - 1]
    assert "10/3/2025" in lines[plan.line - 1]
    # The conferences of 13/01/2025 and 07/02/2025 already took place.
    assert all(d.kind != "on_date" for d in found)


def test_seed_002_guidance_reports_periodically() -> None:
    (found,) = extract_deadlines(_seed("002"))
    assert (found.kind, found.date, found.text) == ("periodic", None, "Định kỳ 6 tháng và hàng năm")
    assert found.action.startswith("Báo cáo kết quả thực hiện Hướng dẫn này về Ban Tuyên giáo Thị ủy")
    assert found.actor == "Các tổ chức cơ sở đảng"


def test_seed_003_letter_has_no_deadline() -> None:
    assert extract_deadlines(_seed("003")) == ()


def test_seed_004_recurring_days() -> None:
    found = extract_deadlines(_seed("004"), doc_date=DOC_DATE)
    assert [(d.kind, d.month_day, d.text) for d in found] == [
        ("recurring_yearly", (5, 18), "Ngày Khoa học và Công nghệ Việt Nam (18/5)"),
        ("recurring_yearly", (10, 10), "Ngày Chuyển đổi số quốc gia (10/10)"),
    ]
    assert all(d.action.startswith("Công tác tuyên truyền Nghị quyết 57-NQ/TW") for d in found)
    # "Hội nghị … được tổ chức ngày 28/02/2025" was before the plan: not an event to come.
    assert extract_deadlines(_seed("004")) == found


# --------------------------------------------------------------------------- robustness

_PIECES = st.sampled_from(
    [
        "ngày",
        "tháng",
        "năm",
        "quý",
        "II",
        "trước",
        "chậm nhất",
        "hạn chót",
        "hằng",
        "định kỳ",
        "Ngày",
        "từ",
        "đến",
        "đã",
        "vào",
        "tổ chức",
        "1. ",
        "a) ",
        "UBND huyện: ",
        "(",
        ")",
        "/",
        ".",
        "-",
        ":",
        ";",
        ",",
        "\n",
        "\n\n",
        " ",
        "28",
        "3",
        "2025",
        "0",
        "99",
        "\u0301",
        "\u00ad",
        "İ",
        "٣",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=40),
    st.one_of(st.none(), st.dates()),
    st.integers(min_value=-5, max_value=1000),
)
def test_never_raises(pieces: list[str], doc_date: datetime.date | None, offset: int) -> None:
    found = extract_deadlines(" ".join(pieces), doc_date=doc_date, line_offset=offset)
    for deadline in found:
        assert deadline.kind in KINDS
        assert deadline.line >= 1 + offset
        if deadline.kind in ("by_date", "on_date", "month"):
            assert deadline.date is not None
        if deadline.kind == "month":
            assert deadline.start is not None and deadline.start <= deadline.date  # type: ignore[operator]
        if deadline.kind == "recurring_yearly":
            assert deadline.month_day is not None


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.one_of(st.none(), st.dates()))
def test_never_raises_on_any_text(text: str, doc_date: datetime.date | None) -> None:
    extract_deadlines(text, doc_date=doc_date)
