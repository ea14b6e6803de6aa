"""A clause cue a document-sharing site cut short (citations/truncated.py), run on the fast extractor and its plain
reference: "Căn định số 4458/QĐ-BGDĐT" (Căn cứ Quyết định số), "Thực cơng văn số" (Thực hiện công văn số), "Căn Nghị
định số" at a clause's head in a flattened copy are bases; "Căn hộ số 5", "Thực phẩm", a cut cue inside a sentence are
not, and the working copy keeps its length."""

from __future__ import annotations

import random

import pytest

from conftest import Extractor, relations
from vanban.citations import IMPLEMENTS, MENTIONS
from vanban.citations.markers import read_markers, reference_read_markers
from vanban.citations.misspelt import reference_respell, respell
from vanban.citations.truncated import reference_restore, restore
from vanban.citations.vocabulary import working_copy
from vanban.text import nfc

PLAN = (
    "UBND QUẬN BÌNH THẠNH TRƯỜNG TH THẠNH MỸ TÂY Số:……/KH-TMT CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Bình Thạnh, ngày 26 "
    "tháng năm 2016 KẾ HOẠCH HOẠT ĐỘNG PHÒNG, CHỐNG TAI NẠN Năm học: 2016 - 2017 "
)


@pytest.mark.parametrize(
    ("clause", "number"),
    [
        ("Căn định số 4458/QĐ-BGDĐT ngày 22 tháng năm 2007 Bộ GD-ĐT việc ban hành quy định;", "4458/QĐ-BGDĐT"),
        ("Thực cơng văn số 4624/GDĐT-HSSV ngày 31/12/2014 Sờ Giáo dục Đào tạo tăng cường biện pháp;", "4624/GDĐT-HSSV"),
        ("Căn văn số 2656/KH-GDĐT-TH ngày 11/8/2016 kế hoạch công tác giáo dục tiểu học", "2656/KH-GDĐT-TH"),
        ("Căn kế hoạch số 27/KH-GDĐT ngày 30 tháng năm 2016 phòng Giáo dục Đào tạo;", "27/KH-GDĐT"),
        ("Căn Nghị định số 30/2020/NĐ-CP ngày 05 tháng năm 2020 Chính phủ cơng tác văn thư;", "30/2020/NĐ-CP"),
    ],
)
def test_a_cue_cut_short_at_a_clause_head_is_a_basis(extractor: Extractor, clause: str, number: str) -> None:
    assert relations(extractor(PLAN + clause + " Trường đề kế hoạch thực sau:", find_own=True)) == {number: IMPLEMENTS}


@pytest.mark.parametrize(
    "text",
    [
        "Căn hộ số 5 khu tập thể", "Căn nhà số 12 đường Lê Lợi", "căn số 5", "Thực tế số 3", "Thực phẩm số 4 lô",
        "tiếp tục thực Chỉ thị số 11-CT/TW", "(Căn định số 5", "Căn định số năm", "Căn Luật Lưu trữ ngày 11",
        "Thực tư số 5",  # "hiện" does not fit in " tư "
    ],
)
def test_words_that_only_begin_like_a_cue_stay(text: str) -> None:
    w = working_copy(nfc(text))
    assert restore(w) == w
    assert reference_restore(w) == w


def test_a_cut_cue_inside_a_sentence_reports(extractor: Extractor) -> None:
    text = "Tin giáo dục\n\nNăm học này, ngành Giáo dục tiếp tục thực Chỉ thị số 11-CT/TW ngày 13/5/2007 của Bộ Chính trị.\n"
    assert set(relations(extractor(text, find_own=True)).values()) <= {MENTIONS}


def test_the_fast_restoring_is_its_plain_reference() -> None:
    rng = random.Random(1705)
    pieces = ["Căn", "căn", "Thực", "thực", "định", "Nghị định", "kế hoạch", "cơng văn", "văn", "tư", "hộ", "nhà",
              "số", "số 5", "5", "\n", "; ", "  ", "\t", "x", "(", "số số 7", "Căn cứ", "GD-ĐT"]
    for _ in range(4000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randrange(1, 12)))
        w = working_copy(nfc(text))
        assert restore(w) == reference_restore(w), text
        assert respell(w) == reference_respell(w), text
        assert len(restore(w)) == len(w)


# An English copy's "No." before a number (citations/markers.py) anchors the number as "số" does.
ENGLISH = "DECISION\n\nApproving the task of planning the network of medical facilities\n\n"


@pytest.mark.parametrize(
    ("clause", "number"),
    [
        ("Pursuant to Decree No. 37/2019/ND-CP dated May 7, 2019 of the Government;", "37/2019/ND-CP"),
        ("Pursuant to Ordinance No. 01/2018/QH14 dated December 22, 2018;", "01/2018/QH14"),
        ("Pursuant to Resolution No.751/2019/UBTVQH14 dated August 16, 2019;", "751/2019/UBTVQH14"),
        ("Pursuant to the Government’s Resolution No. 11/NQ-CP dated February 5, 2018;", "11/NQ-CP"),
    ],
)
def test_an_english_number_marker_anchors_the_number(extractor: Extractor, clause: str, number: str) -> None:
    assert relations(extractor(ENGLISH + clause + "\n", find_own=True)) == {number: IMPLEMENTS}


def test_an_english_lead_keeps_its_title(extractor: Extractor) -> None:
    """"issued Plan No. 263/KH-UBND on …" is still the page's lead, its title's citation carried out."""
    text = (
        "On September 26, the Hanoi People's Committee issued Plan No. 263/KH-UBND on disseminating the implementation "
        "of Resolution No. 68-NQ/TU dated May 4, 2025 of the Politburo on private economic development.\n"
    )
    assert relations(extractor(text, find_own=True)) == {"68-NQ/TU": IMPLEMENTS}


@pytest.mark.parametrize("text", ["No. of cases 5", "Room No.   5", "KNo. 5", "No. x No.", "No 5", "no. 5"])
def test_other_nos_stay(text: str) -> None:
    assert read_markers(text) == text == reference_read_markers(text)


def test_the_fast_marker_reading_is_its_plain_reference() -> None:
    rng = random.Random(1706)
    pieces = ["No.", "No", "no.", ".", "5", "37/2019/ND-CP", " ", "  ", "\t", "x", "\n", "Decree", "_", "é"]
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 10)))
        assert read_markers(text) == reference_read_markers(text), text
        assert len(read_markers(text)) == len(text)
