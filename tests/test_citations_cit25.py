"""Twenty-second session, second round (README, "twenty-second session, second round"): heldout20's first-contact
kinds, each test on a page written here in another layout than the spent page that showed it; run on the fast
extractor and its plain reference.  Each positive test failed on the round's start code (1f1d4f7); each mirror passes
on both.
"""

from __future__ import annotations

from conftest import Extractor, own_number, relations
from vanban.citations import IMPLEMENTS, MENTIONS

# ----------------------------------------------------------------- bases under the header whose "Căn cứ" was lost


def test_a_list_of_documents_right_under_the_headers_date_line_is_the_bases(extractor: Extractor) -> None:
    """"Số: 128/KH-UBND | Bình Định, ngày 12 tháng 07 năm 2023 |⏎- Quyết định số 749/QĐ-TTg …;⏎- Quyết định số 06/QĐ-TTg
    …;" (heldout20 h20-41: the copy lost the "Căn cứ" heading, the items follow the header's place-and-date line):
    here a commune's header on lines of its own and "+" items."""
    text = (
        "ỦY BAN NHÂN DÂN XÃ AN BÌNH\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 45/KH-UBND\n"
        "An Bình, ngày 05 tháng 3 năm 2024\n"
        "+ Kế hoạch số 21/KH-UBND ngày 02/3/2024 của UBND huyện về triển khai chuyển đổi số năm 2024;\n"
        "+ Công văn số 118/UBND-VP ngày 05/3/2024 của UBND huyện về việc thành lập tổ công tác;\n"
        "UBND xã xây dựng kế hoạch chuyển đổi số năm 2024 như sau:\n"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == "45/KH-UBND"
    assert relations(extraction) == {"21/KH-UBND": IMPLEMENTS, "118/UBND-VP": IMPLEMENTS}


def test_a_list_under_a_portals_update_date_is_no_list_of_bases(extractor: Extractor) -> None:
    """The mirror: a portal's "Cập nhật ngày …" line is no header's date line (no place, no number field before it): a
    list of related documents under it names them, as before."""
    text = (
        "Văn bản liên quan\n"
        "Cập nhật ngày 05 tháng 3 năm 2024\n"
        "+ Kế hoạch số 21/KH-UBND ngày 02/3/2024 của UBND huyện về triển khai chuyển đổi số năm 2024;\n"
        "+ Công văn số 118/UBND-VP ngày 05/3/2024 của UBND huyện về việc thành lập tổ công tác;\n"
    )
    assert set(relations(extractor(text, find_own=True)).values()) == {MENTIONS}
