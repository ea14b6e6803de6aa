"""Forty-first session (citations README, "cit51c: a headline opening with a document's name and a colon"): the one
item of a tag or keyword page whose headline opens "<Type> [số] <number>: …" presents that document, whose number is
the page's own (rule H (2); :mod:`vanban.citations.colon_headline`), so the page does not cite itself.  Pages written
here in other wordings than heldout25 h25-43 and heldout28 h28-37; run on the fast extractor and its plain reference;
each positive fails on the code before the rule (8ee9d983), each mirror passes on both.
"""

from __future__ import annotations

from conftest import Extractor, own_number, relations


def test_a_tag_label_over_one_item_whose_headline_names_the_rule(extractor: Extractor) -> None:
    """The tag's label, then the one item's headline "Quy định số 215: …" (a bare serial) and its lead."""
    text = (
        "Quy định số 215\n"
        "Quy định số 215: Tiêu chuẩn chức danh cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý\n"
        "Theo Quy định số 215 của Ban Thường vụ Tỉnh ủy, cán bộ được bổ nhiệm phải có ít nhất 5 năm công tác.\n"
    )
    found = extractor(text, find_own=True)
    assert own_number(found) == "215"
    assert "215" not in relations(found)


def test_a_keyword_page_whose_headline_is_glued_to_its_category(extractor: Extractor) -> None:
    """A keyword page's copy glues the category ("Giáo dục") to the headline "Nghị quyết số 71-NQ/TW: …"."""
    text = (
        "- \n\t\t\tGiáo dụcNghị quyết số 71-NQ/TW: Đột phá phát triển giáo dục và đào tạo là quốc sách hàng đầu"
        "Nghị quyết số 71-NQ/TW xác định giáo dục là nền tảng của sự phát triển.\n"
    )
    found = extractor(text, find_own=True)
    assert own_number(found) == "71-NQ/TW"
    assert "71-NQ/TW" not in relations(found)


def test_a_colon_after_a_number_inside_a_sentence_or_lower_down_gives_none(extractor: Extractor) -> None:
    """Mirrors: the name and colon inside a sentence ("Thực hiện Nghị quyết số 72: …") or below the first lines."""
    inside = "Thực hiện Nghị quyết số 72: các xã đã tổ chức khám sức khỏe định kỳ cho người dân.\n"
    assert own_number(extractor(inside, find_own=True)) is None
    lower = (
        "Huyện tổ chức hội nghị sơ kết công tác y tế năm 2025\n\nSáng 5/12, huyện tổ chức hội nghị.\n\n"
        "Các đại biểu thảo luận.\n\nNghị quyết số 72-NQ/TW: các đại biểu nêu nhiều ý kiến.\n"
    )
    assert own_number(extractor(lower, find_own=True)) is None
