"""Twentieth session (README, "twentieth session"): kinds counted on every spent set, each test on a page written here in
another layout than the spent pages that showed it; run on the fast extractor and its plain reference.
"""

from __future__ import annotations

from conftest import Extractor, relations
from vanban.citations import IMPLEMENTS, MENTIONS

# ----------------------------------------------------------------- "theo chỉ đạo/yêu cầu của <owner> tại …" is a "theo"


def test_a_request_to_follow_an_owned_direction_mentions_every_item(extractor: Extractor) -> None:
    """The owner between "theo chỉ đạo" and "tại" changes nothing: after a directive verb the documents are what the
    addressees are asked to follow (the sixth session's rule), each item of the list after its own owner too."""
    text = (
        "Sở Y tế đề nghị Giám đốc các bệnh viện, Trung tâm Y tế các huyện khẩn trương triển khai các biện pháp phòng "
        "bệnh sốt xuất huyết theo hướng dẫn của Bộ Y tế tại Công văn số 1234/BYT-DP ngày 02/5/2024 và Công văn số "
        "1301/BYT-DP ngày 09/5/2024; chỉ đạo của UBND tỉnh tại Chỉ thị số 05/CT-UBND ngày 10/5/2024 và của Sở Y tế tại "
        "Kế hoạch số 77/KH-SYT ngày 12/5/2024.\n"
    )
    assert relations(extractor(text)) == {
        "1234/BYT-DP": MENTIONS, "1301/BYT-DP": MENTIONS, "05/CT-UBND": MENTIONS, "77/KH-SYT": MENTIONS,
    }


def test_an_addressee_clause_following_an_owned_direction_mentions_it(extractor: Extractor) -> None:
    text = (
        "Các trường mầm non, tiểu học trên địa bàn quận theo chức năng, nhiệm vụ chủ động tổ chức thực hiện các nội "
        "dung phòng, chống dịch theo yêu cầu của Bộ Giáo dục và Đào tạo tại Công văn số 4858/BGDĐT-GDTC ngày "
        "29/8/2024.\n"
    )
    assert relations(extractor(text)) == {"4858/BGDĐT-GDTC": MENTIONS}


def test_an_owned_direction_in_the_documents_own_purpose_or_action_implements(extractor: Extractor) -> None:
    """The mirror: "Để …" and a cue heading the clause keep the only exception the "theo" rule has."""
    purpose = (
        "Để triển khai kịp thời các biện pháp theo chỉ đạo của Thủ tướng Chính phủ tại Công điện số 601/CĐ-TTg ngày "
        "21/5/2020, UBND huyện ban hành Kế hoạch ứng phó hạn hán như sau:\n"
    )
    assert relations(extractor(purpose)) == {"601/CĐ-TTg": IMPLEMENTS}
    own_action = (
        "Theo đó, thực hiện nghiêm các biện pháp giãn cách theo chỉ đạo của Chủ tịch UBND tỉnh tại Chỉ thị số "
        "09/CT-UBND ngày 31/3/2020.\n"
    )
    assert relations(extractor(own_action)) == {"09/CT-UBND": IMPLEMENTS}


def test_a_later_item_after_another_sentence_does_not_share_the_theo(extractor: Extractor) -> None:
    """The shared "theo" stops at a sentence's end: a new sentence's owned item is read on its own."""
    text = (
        "UBND huyện yêu cầu các xã thực hiện các biện pháp theo chỉ đạo của UBND tỉnh tại Chỉ thị số 02/CT-UBND ngày "
        "09/01/2020. Thực hiện Kế hoạch số 15/KH-UBND ngày 20/01/2020 của UBND tỉnh, UBND huyện đã tổ chức ra quân.\n"
    )
    assert relations(extractor(text)) == {"02/CT-UBND": MENTIONS, "15/KH-UBND": IMPLEMENTS}


# ----------------------------------------------------------------- a spam copy's mathematical letters


def test_mathematical_letters_are_read_as_the_letters_they_style(extractor: Extractor) -> None:
    """"C𝚑ỉ 𝚝𝚑ị số 35 𝚌ủ𝚊 T𝚑ủ 𝚝ướ𝚗𝚐" (heldout17 h17-43, a news lead): here a plan's opening, bases and own number."""
    text = (
        "𝚄Ỷ 𝙱𝙰𝙽 𝙽𝙷Â𝙽 𝙳Â𝙽 𝚇Ã 𝙰𝙽 𝙷Ò𝙰\nSố: 𝟷𝟸/KH-UBND\n\n"
        "T𝚑ự𝚌 𝚑𝚒ệ𝚗 C𝚑ỉ 𝚝𝚑ị số 𝟶𝟻/CT-UBND 𝚗𝚐à𝚢 𝟷𝟶/𝟶𝟷/𝟸𝟶𝟸𝟺 𝚌ủ𝚊 UBND 𝚑𝚞𝚢ệ𝚗; 𝚝𝚑𝚎𝚘 đề 𝚗𝚐𝚑ị 𝚌ủ𝚊 C𝚘𝚗𝚐 𝚊𝚗 xã 𝚝ạ𝚒 "
        "Tờ 𝚝𝚛ì𝚗𝚑 số 𝟶𝟹/TTr-CA, UBND xã 𝚋𝚊𝚗 𝚑à𝚗𝚑 𝙺ế 𝚑𝚘ạ𝚌𝚑 𝚗𝚑ư 𝚜𝚊𝚞:\n"
    )
    extraction = extractor(text, find_own=True)
    assert extraction.own is not None and extraction.own.number == "12/KH-UBND"
    assert relations(extraction) == {"05/CT-UBND": IMPLEMENTS, "03/TTr-CA": MENTIONS}


def test_a_lead_in_mathematical_letters_names_the_pages_own_bare_number(extractor: Extractor) -> None:
    text = (
        "Bắn pháo hoa dịp Tết\n\n"
        "T𝚑ủ 𝚝ướ𝚗𝚐 C𝚑í𝚗𝚑 𝚙𝚑ủ vừ𝚊 𝚔ý 𝚋𝚊𝚗 𝚑à𝚗𝚑 C𝚑ỉ 𝚝𝚑ị số 21 về 𝚝ổ 𝚌𝚑ứ𝚌 Tết 𝚊𝚗 𝚝𝚘à𝚗.\n"
    )
    extraction = extractor(text, find_own=True)
    assert extraction.own is not None and (extraction.own.number, extraction.own.type) == ("21", "Chỉ thị")
    assert extraction.citations == ()
