"""The relation kinds the seventeenth session read off the spent sets (heldout11–14), on small written examples, each
run on the fast extractor and on its plain reference: a clause cue typed with the wrong marks at a clause's head
("Cần cứ Nghị quyết …", "Đề thực hiện …") is read as the cue where the words after it leave no other reading; a body
named with its level words ("Đảng bộ xã Bình Xa", "Ủy ban nhân dân tỉnh") and "tổ chức", "lãnh đạo", "sâu sắc"
before a cue report what the body carries out; a document whose issuing dates a body's cue in the main clause ("Ngay
sau khi Bộ Chính trị ban hành Chỉ thị 05 …, Thường trực … đã quán triệt và triển khai …") is carried out; an English
copy's "Pursuant to" and lead title read as "Căn cứ" and a lead's title."""

from __future__ import annotations

import random

import pytest

from conftest import Extractor, own_number, relations
from vanban.citations import IMPLEMENTS, MENTIONS
from vanban.citations.misspelt import reference_respell, respell
from vanban.citations.vocabulary import working_copy
from vanban.text import nfc

RESOLUTION = (
    "HỘI ĐỒNG NHÂN DÂN\nTỈNH LONG AN\nSố: 39/2016/NQ-HĐND\nLong An, ngày 08 tháng 12 năm 2016\nNGHỊ QUYẾT\n"
    "BAN HÀNH QUY ĐỊNH VỀ CHẾ ĐỘ CỦA ĐẠI BIỂU\nHỘI ĐỒNG NHÂN DÂN TỈNH LONG AN\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n"
)
BASIS = "Nghị quyết số 1206/2016/NQ-UBTVQH13 ngày 13/5/2016 của Ủy ban Thường vụ Quốc hội quy định về chế độ;\n"


@pytest.mark.parametrize("cue", ["Cần cứ", "Cẵn cứ", "Căn cư", "- Cân cứ", "Cần cứ vào"])
def test_a_basis_cue_typed_with_the_wrong_marks_is_a_basis(extractor: Extractor, cue: str) -> None:
    assert relations(extractor(f"{RESOLUTION}{cue} {BASIS}", find_own=True)) == {"1206/2016/NQ-UBTVQH13": IMPLEMENTS}


NEWS = "Ký kế hoạch phối hợp công tác Đoàn, Hội\n\n"
LETTER = "công văn số 290-CV/HU ngày 12/7/2022 của Huyện ủy về sinh hoạt thiếu nhi địa bàn dân cư, Ủy ban nhân dân thị trấn tổ chức hội nghị.\n"


@pytest.mark.parametrize("opener", ["Đề thực hiện có hiệu quả", "Đê triển khai", "1. Đề thực hiện tốt"])
def test_a_purpose_opener_typed_with_the_wrong_marks_before_a_cue_states_the_purpose(
    extractor: Extractor, opener: str
) -> None:
    assert relations(extractor(f"{NEWS}{opener} {LETTER}", find_own=True)) == {"290-CV/HU": IMPLEMENTS}


@pytest.mark.parametrize(
    "text",
    [
        f"{NEWS}Đề nghị thực hiện {LETTER}",  # a request: "Đề nghị", not a misspelt "Để"
        f"{NEWS}Các đơn vị đề thực hiện {LETTER}",  # not at a clause's head
        f"{NEWS}Cần có {BASIS}",  # other letters: "cần có" (needs)
    ],
)
def test_real_words_with_a_cues_letters_stay_as_written(extractor: Extractor, text: str) -> None:
    assert set(relations(extractor(text, find_own=True)).values()) <= {MENTIONS}


@pytest.mark.parametrize(
    "text",
    ["Dễ thực hiện Kế hoạch số 5/KH-UBND", "Đề nghị thực hiện", "Cần cù lao động", "x Cần cứ Luật Đất đai", "Cần cứ vàoLuật"],
)
def test_words_that_only_look_like_a_cue_are_not_respelt(text: str) -> None:
    """"Dễ" (easy) has a "d", not a mistyped "đ"; "Đề nghị" is followed by no cue, "cần cù" (diligent) by no type word;
    a cue not at a clause head, or glued to the next word, is not read."""
    assert respell(working_copy(text)) == working_copy(text)


def test_the_fast_respelling_is_its_plain_reference() -> None:
    """misspelt.respell (one pattern per cue, the clause head checked on its matches) finds what the plain reading of
    every line's clause heads finds, on generated text and on the real sets."""
    rng = random.Random(17)
    pieces = ["Cần cứ", "căn cứ", "CĂN CỨ", "Đề", "đề", "Để", "Dễ", "thực hiện", "triển khai", "cụ thể hóa", "Nghị quyết",
              "vào", "Luật", "số 5", ";", "; ", "\n", "- ", "1. ", "a) ", "  ", "x", "cần cù", "Đề nghị"]
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randrange(1, 14))) for _ in range(3000)]
    for text in texts:
        w = working_copy(nfc(text))
        assert respell(w) == reference_respell(w), text
        assert len(respell(w)) == len(w)


NEWS_PAGE = "Tin hoạt động\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Đảng bộ xã Bình Xa lãnh đạo và tổ chức thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp.",
        "Ủy ban nhân dân tỉnh Quảng Nam đã triển khai thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị.",
        "Hội Nông dân xã đã triển khai Chỉ thị số 35-CT/TW của Bộ Chính trị.",
    ],
)
def test_a_body_named_with_its_level_words_reports_what_it_carries_out(extractor: Extractor, sentence: str) -> None:
    assert relations(extractor(f"{NEWS_PAGE}{sentence}\n", find_own=True)) == {"35-CT/TW": IMPLEMENTS}


def test_a_things_name_before_a_cue_is_no_body(extractor: Extractor) -> None:
    text = (
        f"{NEWS_PAGE}- Số lượng Phó Chủ tịch UBND cấp tỉnh thực hiện theo quy định tại Nghị định số 08/2016/NĐ-CP ngày "
        "25/01/2016 của Chính phủ.\n"
    )
    assert relations(extractor(text, find_own=True)) == {"08/2016/NĐ-CP": MENTIONS}


def test_a_task_to_study_deeply_and_organise_the_carrying_out_implements(extractor: Extractor) -> None:
    text = (
        "TỈNH ỦY THANH HÓA\nSố 02-CT/TU\nThanh Hóa, ngày 5 tháng 1 năm 2026\nCHỈ THỊ\nvề tổ chức Tết Nguyên đán\n"
        "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy đảng tập trung thực hiện các nhiệm vụ trọng tâm sau đây:\n"
        "1. Quán triệt sâu sắc và tổ chức thực hiện nghiêm túc Chỉ thị số 55-CT/TW ngày 22/12/2025 của Ban Bí thư.\n"
    )
    assert relations(extractor(text, find_own=True)) == {"55-CT/TW": IMPLEMENTS}


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Ngay sau khi Bộ Chính trị ban hành Chỉ thị 05 về “Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ "
         "Chí Minh”, Thường trực Trung ương Hội Cựu chiến binh Việt Nam đã quán triệt và triển khai nghiêm túc.", "05"),
        ("Ngay khi Chỉ thị số 18-CT/TW về “Tăng cường sự lãnh đạo của Đảng đối với công tác bảo đảm trật tự an toàn giao "
         "thông đường bộ, đường sắt” được ban hành, Ban Thường vụ Tỉnh ủy tập trung lãnh đạo, chỉ đạo các cấp ủy thực hiện "
         "đồng bộ, hiệu quả Chỉ thị.", "18-CT/TW"),
    ],
)
def test_a_document_a_body_acts_on_once_it_is_issued_is_carried_out(
    extractor: Extractor, sentence: str, number: str
) -> None:
    assert relations(extractor(f"{NEWS_PAGE}{sentence}\n", find_own=True)) == {number: IMPLEMENTS}


@pytest.mark.parametrize(
    "sentence",
    [
        # the main clause issues a document of its own before its cue: the page tells of that one
        "Ngay sau khi Nghị quyết số 57-NQ/TW được ban hành ngày 22.12.2024, Chính phủ đã khẩn trương ban hành Nghị quyết "
        "03-NQ/CP ngày 9.1.2025 để thực hiện Chương trình hành động.",
        # no capitalised subject after the time clause: no body is said to act
        "Sau khi Bộ Chính trị ban hành Nghị quyết 57, nhiều nơi đã triển khai nghiêm túc.",
    ],
)
def test_a_document_whose_issuing_only_dates_another_act_stays_mentioned(extractor: Extractor, sentence: str) -> None:
    assert relations(extractor(f"{NEWS_PAGE}{sentence}\n", find_own=True)).get("57-NQ/TW", MENTIONS) == MENTIONS
    assert relations(extractor(f"{NEWS_PAGE}{sentence}\n", find_own=True)).get("57", MENTIONS) == MENTIONS


def test_an_english_copys_basis_cue_and_no_before_a_number(extractor: Extractor) -> None:
    """"Pursuant to …" is "Căn cứ …", and the "." of "No." before a number ends no sentence (machine translations)."""
    text = (
        "DECISION\nApproving the task of planning\n\nPRIME MINISTER\n\n"
        "Pursuant to the June 19, 2015 Law on Government Organization;\n\n"
        "Pursuant to the Government's Resolution No. 11/NQ-CP dated February 5, 2018 on the implementation of the 2017 "
        "Planning Law;\n"
    )
    assert relations(extractor(text, find_own=True)) == {"11/NQ-CP": IMPLEMENTS}


def test_an_english_leads_title_names_what_its_document_carries_out(extractor: Extractor) -> None:
    text = (
        "Hanoi promotes private economy\n\nOn September 26, the Hanoi People's Committee issued Plan No. 263/KH-UBND on "
        "disseminating the implementation of Resolution No. 68-NQ/TU dated May 4, 2025 of the Politburo on private "
        "economic development.\n"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == "263/KH-UBND"
    assert relations(extraction) == {"68-NQ/TU": IMPLEMENTS}


def test_an_english_narrative_of_carrying_out_stays_a_mention(extractor: Extractor) -> None:
    text = (
        "Quang Tri reaches green status\n\nIn October 2025, the implementation of Resolution No. 57-NQ/TW of the Politburo "
        "was carried out drastically, promptly and synchronously.\n"
    )
    assert relations(extractor(text, find_own=True)) == {"57-NQ/TW": MENTIONS}
