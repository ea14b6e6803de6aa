"""The kinds of case heldout8 taught (scored untuned at the eleventh session's start, then spent), one test per kind
on small written examples (not its passages), each run on the fast extractor and on its plain reference."""

from __future__ import annotations

from conftest import Extractor, relations
from vanban.citations import IMPLEMENTS, MENTIONS

# --------------------------------------------------------------------------- relations


def test_the_document_amending_a_basis_is_a_basis_too(extractor: Extractor) -> None:
    text = (
        "Số: 12/2025/NQ-HĐND\n"
        "Căn cứ Nghị định số 57/2018/NĐ-CP ngày 17 tháng 4 năm 2018 của Chính phủ về cơ chế khuyến khích đầu tư được "
        "sửa đổi, bổ sung bởi Nghị định số 111/2025/NĐ-CP;\n"
        "Căn cứ Thông tư số 4/2019/TT-BKHĐT ngày 29 tháng 1 năm 2019 hướng dẫn nghị định đã được sửa đổi, bổ sung "
        "một số điều bởi Thông tư số 9/2024/TT-BTC;\n"
        "Xét Tờ trình số 70/TTr-UBND ngày 2/10/2025 của Ủy ban nhân dân tỉnh;"
    )
    assert relations(extractor(text, find_own=True)) == {
        "57/2018/NĐ-CP": IMPLEMENTS,
        "111/2025/NĐ-CP": IMPLEMENTS,
        "4/2019/TT-BKHĐT": IMPLEMENTS,
        "9/2024/TT-BTC": IMPLEMENTS,
        "70/TTr-UBND": MENTIONS,
    }


def test_what_amends_a_nested_document_stays_nested(extractor: Extractor) -> None:
    text = (
        "Số: 3/KH-TMN\n"
        "Căn cứ Thông tư số 51/2020/TT-BGDĐT ngày 31/12/2020 về sửa đổi Chương trình ban hành kèm theo Thông tư số "
        "17/2009/TT-BGDĐT ngày 25/7/2009 của Bộ GD&ĐT, đã được sửa đổi, bổ sung bởi Thông tư số 28/2016/TT-BGDĐT "
        "ngày 30/12/2016 của Bộ GD&ĐT;"
    )
    assert relations(extractor(text, find_own=True)) == {
        "51/2020/TT-BGDĐT": IMPLEMENTS,
        "17/2009/TT-BGDĐT": MENTIONS,
        "28/2016/TT-BGDĐT": MENTIONS,
    }
