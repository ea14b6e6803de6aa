"""Forty-second session (citations README, "Tuning notes (forty-second session, relation fixer cit52c …)"): a duty at its
clause's head whose object is a document's content named through the words that bring it — a compliance duty
("Chấp hành nghiêm chỉ đạo … tại Công văn số …", "Tuân thủ các quy định tại Thông tư số …") and a dissemination duty's
"theo tinh thần Nghị quyết số …" — carries the document out (:mod:`vanban.citations.held_duties`).  Pages written here
in other wordings than the pages that showed it (heldout20 h20-39, heldout35 h35-04, heldout37 h37-58); run on the fast
extractor and its plain reference; each positive fails on the code before the rule (2372f171), each mirror passes on
both.
"""

from __future__ import annotations

from conftest import Extractor, relations


def test_an_item_abiding_by_the_direction_in_a_letter(extractor: Extractor) -> None:
    """A numbered task under "yêu cầu … thực hiện các nội dung sau:" opens with "Chấp hành": the letter and the
    dispatch listed after it are what the task carries out."""
    text = (
        "Để chủ động ứng phó với mưa lũ, UBND huyện yêu cầu các cơ quan, đơn vị; UBND các xã thực hiện các nội dung "
        "sau:\n"
        "1. Chấp hành nghiêm chỉ đạo của UBND tỉnh tại Công văn số 1520/UBND-KT ngày 12/10/2025, Công điện số "
        "09/CĐ-UBND ngày 13/10/2025 về ứng phó mưa lũ; trực ban 24/24 giờ.\n"
        "2. Các xã báo cáo tình hình trước 16 giờ hằng ngày.\n"
    )
    found = relations(extractor(text))
    assert found["1520/UBND-KT"] == "implements"
    assert found["09/CĐ-UBND"] == "implements"


def test_a_listed_duty_to_keep_to_a_circulars_provisions(extractor: Extractor) -> None:
    """The items after "phải:" are written one a line without marks; the third holds them to a circular."""
    text = (
        "Sở Y tế yêu cầu các trạm y tế phải:\n"
        "Kiểm tra kho thuốc hằng tháng.\n"
        "Tuân thủ các quy định tại Thông tư số 22/2024/TT-BYT về quản lý thuốc tại cơ sở y tế.\n"
    )
    assert relations(extractor(text))["22/2024/TT-BYT"] == "implements"


def test_disseminating_a_resolution_in_its_spirit(extractor: Extractor) -> None:
    """A bulletin's numbered topic: propagate the goals "theo tinh thần" a resolution."""
    text = (
        "Định hướng tuyên truyền tháng 9:\n"
        "3. Tuyên truyền các mục tiêu, giải pháp phát triển khoa học, công nghệ theo tinh thần Nghị quyết số "
        "57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.\n"
    )
    assert relations(extractor(text))["57-NQ/TW"] == "implements"


def test_a_subject_bound_by_rules_and_a_guide_followed_stay_mentions(extractor: Extractor) -> None:
    """Mirrors: an activity said to abide by a decree's rules (a subject before the verb: a rule told, heldout17 h17-45),
    a dissemination duty "theo" a guide (how, not what: heldout3 f40), and a committee named "Ban Chấp hành"."""
    told = (
        "Theo đó, việc tổ chức bắn pháo hoa phải tuân thủ các quy định tại Nghị định số 137/2020/NĐ-CP của Chính phủ.\n"
    )
    assert relations(extractor(told))["137/2020/NĐ-CP"] == "mentions"
    guide = "Tập trung tuyên truyền 06 nội dung theo Hướng dẫn số 77-HD/BTGTU của Ban Tuyên giáo Tỉnh ủy.\n"
    assert relations(extractor(guide))["77-HD/BTGTU"] == "mentions"
    committee = (
        "Ban Chấp hành Đảng bộ xã đã tổ chức hội nghị, thông báo Nghị quyết số 05-NQ/ĐU của Đảng ủy xã.\n"
    )
    assert relations(extractor(committee))["05-NQ/ĐU"] == "mentions"
