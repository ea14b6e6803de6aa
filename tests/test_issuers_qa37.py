"""A level word closing an issuer's name in title case says no place ("UBND Tỉnh", "Ban Thường vụ Huyện Ủy"): the
702-original site listed a "UBND Tỉnh" cited from a commune as "UBND Tỉnh – Phú Mậu", beside that commune's own UBND.
A title-cased word after a place's name is the place's ("xã Hòa Quận"), not a level."""

from __future__ import annotations

import pytest

from vanban.documents import Document
from vanban.issuer_places import levelled
from vanban.issuers import issuer_groups


@pytest.mark.parametrize("name", [
    "UBND Tỉnh", "Ủy ban nhân dân Tỉnh", "Ban Thường vụ Huyện Ủy", "Ban Thường vụ Tỉnh Uỷ", "Ủy ban nhân dân Thành Phố",
    "UBND Thị Xã", "Đảng Ủy", "HĐND Huyện",
])
def test_title_cased_level_word_names_no_place(name: str) -> None:
    assert levelled(name)


@pytest.mark.parametrize("name", [
    "UBND xã Hòa Quận", "Ủy ban nhân dân huyện Tân Thành", "Phòng Giáo dục và Đào tạo Mộc Châu", "Bộ Y tế",
    "Tỉnh ủy Quảng Nam", "UBND TỈNH QUẢNG NAM",
])
def test_a_place_is_not_a_level(name: str) -> None:
    assert not levelled(name)


def _stub(doc_id: str, issuer: str, cited_from: str) -> Document:
    return Document(slug=doc_id, source="", number=f"{doc_id}/UBND-NN", type="Công văn", issuer=issuer, title="",
                    held=False, cited_from=cited_from)


def _held(doc_id: str, issuer: str, place: str) -> Document:
    return Document(slug=doc_id, source=f"{doc_id}.md", number=f"{doc_id}/KH-UBND", type="Kế hoạch", issuer=issuer,
                    title="", place=place)


def test_province_body_cited_from_a_commune_is_not_labelled_with_it() -> None:
    docs = [_stub("2731", "UBND Tỉnh", "Hòa Mỹ"), _held("12", "Ủy ban nhân dân xã Hòa Mỹ", "Hòa Mỹ"),
            _stub("88", "UBND tỉnh", "Kỳ Sơn")]
    groups = {doc_id.rsplit("/", 1)[1]: name for doc_id, name in issuer_groups(docs).items()}
    assert groups["2731"] == "UBND Tỉnh – chưa rõ địa phương, dẫn từ Hòa Mỹ"
    assert groups["2731"] != groups["88"]
    assert groups["12"] == "Ủy ban nhân dân xã Hòa Mỹ"


def _cited(slug: str, number: str, issuer: str, cited_from: str) -> Document:
    return Document(slug=slug, source="", number=number, type="Công văn", issuer=issuer, title="", held=False,
                    cited_from=cited_from)


def test_a_ministry_with_glued_or_split_words_is_one_group() -> None:
    docs = [_cited("a", "12/BGDĐT-GDTrH", "Bộ Giáo dục và Đào tạo", "Hà Nội"),
            _cited("b", "906/KT-KĐ", "Bộ Giáodục và Đào tạo", "Tp.Hồ Chí Minh"),
            _cited("c", "05/2010/TT-BGDĐT", "Bộ trưởng Bộ Giáodục và Đào tạo", ""),
            _cited("d", "40/TT-BTC", "Bộ Tài  chính", ""), _cited("e", "77/BTC-NSNN", "Bộ Tàichính", "Huế"),
            _cited("f", "15/KH-SGDĐT", "Sở Giáo dục và Đào tạo", "Huế"),
            _cited("g", "16/KH-SGDĐT", "Sở Giáo dục và Đào tạo", "Vinh")]
    groups = {doc_id.rsplit("/", 1)[1]: name for doc_id, name in issuer_groups(docs).items()}
    assert groups["a"] == groups["b"] == groups["c"]
    assert "–" not in groups["a"]
    assert groups["d"] == groups["e"]
    assert groups["f"] != groups["g"]  # two provinces' Sở: still apart


def test_a_committee_chairman_is_listed_with_his_committee() -> None:
    """The chairman (or a vice-chairman) of a People's Committee issues in its register, as a minister in his
    ministry's: one listing per province, still one per province."""
    docs = [_held("101", "UBND tỉnh Quảng Nam", "Tam Kỳ"), _held("102", "Chủ tịch UBND tỉnh Quảng Nam", "Tam Kỳ"),
            _held("103", "Phó Chủ tịch Ủy ban nhân dân tỉnh Quảng Nam", "Tam Kỳ"),
            _held("104", "Chủ tịch UBND tỉnh Hà Giang", "Hà Giang"),
            _held("105", "Chủ tịch HĐND tỉnh Quảng Nam", "Tam Kỳ")]
    groups = {doc_id.rsplit("/", 1)[1]: name for doc_id, name in issuer_groups(docs).items()}
    assert groups["101"] == groups["102"] == groups["103"]
    assert groups["104"] != groups["101"]
    assert groups["105"] != groups["101"]  # a council's chairman is not the committee
