"""Twenty-fourth session (README, "twenty-fourth session"): kinds of heldout22's first-contact errors with members on
more than one page or set, each test on a page written here in another layout than the pages that showed the kind; run
on the fast extractor and its plain reference.  Each positive test failed on the session's start code (7f0db8d); each
mirror passes on both.
"""

from __future__ import annotations

from conftest import Extractor, own_number, relations

# ----------------------------------------------------------------- a lead after the situation that called for it


def test_a_purpose_led_lead_after_the_situation_names_the_own_number(extractor: Extractor) -> None:
    """"Ngày 05/9/2024, bão số 3 đã mạnh lên thành siêu bão. Dự báo … . Để tập trung ứng phó …, Chủ tịch UBND tỉnh ban
    hành Công điện số 09/CĐ-UBND …, như sau:" (heldout22 h22-30): here a district's flood telegram whose lead opens with
    "Nhằm" after two sentences on the rain, and its items below."""
    text = (
        "Thời gian qua, mưa lớn kéo dài trên địa bàn huyện, nhiều tuyến đường bị ngập sâu. Mực nước các sông đang lên "
        "nhanh. Nhằm chủ động ứng phó với lũ, ngày 12/10, Chủ tịch UBND huyện Quế Sơn đã ký Công điện số 03/CĐ-UBND yêu "
        "cầu các xã thực hiện các biện pháp sau:\n1. Sơ tán dân ra khỏi vùng nguy hiểm.\n"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == "03/CĐ-UBND"
    assert relations(extraction) == {}


def test_an_english_purpose_led_lead_after_the_situation_names_the_own_number(extractor: Extractor) -> None:
    """The English copy's (heldout22 h22-29: "On the night of September 6, storm No. 3 entered … . To ensure the safety
    …, Prime Minister … signed Official Dispatch No. 88/CD-TTg …"): here one paragraph, "In order to"."""
    text = (
        "Heavy rain has hit the central provinces for a week and rivers are rising fast. In order to minimise damage, "
        "the Minister of Agriculture signed Official Dispatch No. 12/CD-BNN on October 3 requesting provinces to "
        "inspect their dams.\n"
    )
    assert own_number(extractor(text, find_own=True)) == "12/CD-BNN"


def test_a_sentence_naming_a_document_before_the_purpose_is_no_situation(extractor: Extractor) -> None:
    """The mirror: a sentence before the lead that names a numbered document is the article's narrative of it (a meeting
    that studied a directive), so the plan issued after "Để …" is reported, not presented."""
    text = (
        "Hội nghị đã quán triệt Chỉ thị số 05-CT/TW của Bộ Chính trị. Để cụ thể hóa, Huyện ủy ban hành Kế hoạch số "
        "12-KH/HU về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.\n"
    )
    assert own_number(extractor(text, find_own=True)) is None


def test_a_purpose_led_lead_followed_by_a_look_back_is_no_own_number(extractor: Extractor) -> None:
    """The mirror: the paragraph goes on after the lead's sentence ("Qua 3 năm thực hiện, …"): a story of an earlier
    plan, not the page's document."""
    text = (
        "Năm 2020, dịch bệnh bùng phát trên địa bàn, hàng trăm hộ chăn nuôi bị thiệt hại nặng. Tỉnh đã kịp thời khoanh "
        "vùng dập dịch. Để phòng dịch, năm 2021 UBND tỉnh đã ban hành Kế hoạch số 40/KH-UBND. Qua 3 năm thực hiện, kế "
        "hoạch đạt kết quả tốt.\n"
    )
    assert own_number(extractor(text, find_own=True)) is None
