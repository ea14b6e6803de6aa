"""Forty-second session (citations README, "Tuning notes (forty-second session, fixer cit52d …)"): a coordination document
between bodies is named by its type and "phối hợp" before its number ("Chương trình phối hợp số 22", heldout30 h30-29;
"Chương trình phối hợp 09", heldout16 h16-18, read by the glossary's type); a "Quy chế phối hợp" or "Kế hoạch phối hợp"
with a bare number (no code to give its type, heldout41 h41-17) is read the same way.  Pages written here in other
wordings than h41-17; run on the fast extractor and its plain reference; each positive fails on the code before the
rule (3d1cd765), the mirror passes on both.
"""

from __future__ import annotations

from conftest import Extractor, relations


def test_a_coordination_rule_with_a_bare_number(extractor: Extractor) -> None:
    """A meeting studies a coordination rule signed between three bodies: the rule is cited, its number bare."""
    text = (
        "Sáng 12/3/2024, Tòa án nhân dân tỉnh tổ chức Hội nghị quán triệt Quy chế phối hợp số 07 ngày 20/2/2024 giữa "
        "Tòa án nhân dân tỉnh, Viện kiểm sát nhân dân tỉnh và Công an tỉnh trong công tác xét xử.\n"
    )
    found = extractor(text).citations
    assert [(c.number, c.type) for c in found] == [("07", "Quy chế")]
    assert relations(extractor(text))["07"] == "mentions"


def test_a_coordination_plan_with_a_bare_number(extractor: Extractor) -> None:
    """A joint plan of two bodies named with its date, no code after its number."""
    text = (
        "Hội Nông dân huyện và Ngân hàng Chính sách xã hội huyện đã ký Kế hoạch phối hợp số 15 ngày 05/01/2023 về "
        "cho vay vốn hộ nghèo; năm qua hai bên đã giải ngân 12 tỷ đồng.\n"
    )
    found = extractor(text).citations
    assert [(c.number, c.type) for c in found] == [("15", "Kế hoạch")]


def test_a_coordinating_unit_with_a_number_is_no_document(extractor: Extractor) -> None:
    """Mirror: "phối hợp" after no type word, then a number, names no document."""
    text = "Tổ công tác phối hợp số 3 của xã đã kiểm tra 15 cơ sở kinh doanh thực phẩm trong tháng 9/2025.\n"
    assert [c.number for c in extractor(text).citations] == []
