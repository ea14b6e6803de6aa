"""Forty-second session (citations README, "cit52: a page of teasers of equal standing"): a tag, category or home page
copied without its chrome keeps only its items' teasers, the first opening with a lead that presents a document; no
later teaser comes back to that document or its issuer, so the page lists several items and has no own number (rule H
(1); :mod:`vanban.citations.teasers`).  Pages written here in other wordings than heldout34 h34-24, heldout39 h39-03
and heldout40 h40-12; run on the fast extractor and its plain reference; each positive fails on the code before the
rule (3118b41e), each mirror (one item whose next paragraph comes back to its document or issuer) passes on both.
"""

from __future__ import annotations

from conftest import Extractor, own_number, relations

_FIRST = (
    "Ủy ban nhân dân tỉnh Quảng Trị vừa ban hành Công văn số 2155/UBND-NN về việc chủ động phòng, chống rét đậm, rét "
    "hại cho cây trồng và vật nuôi trong mùa đông năm 2025.\n"
)


def test_three_teasers_of_three_stories_give_no_own_number(extractor: Extractor) -> None:
    """A category page: the lead of a letter, then two teasers of other stories, each its own subject."""
    text = (
        _FIRST
        + "Sở Giáo dục và Đào tạo Nghệ An cho phép học sinh mầm non và tiểu học nghỉ học khi nhiệt độ ngoài trời xuống "
        "dưới 10 độ C trong những ngày rét đậm.\n"
        "Trung tâm Dự báo khí tượng thủy văn quốc gia cho biết đợt không khí lạnh mạnh sẽ tràn về các tỉnh miền Bắc từ "
        "đêm nay, nhiệt độ vùng núi có nơi dưới 5 độ C.\n"
    )
    found = extractor(text, find_own=True)
    assert own_number(found) is None
    assert relations(found)["2155/UBND-NN"] == "mentions"


def test_a_second_teaser_cut_short_is_a_second_item(extractor: Extractor) -> None:
    """A tag page of two items: the lead, then another story's teaser cut with "..." (as a listing cuts it)."""
    text = (
        "date 2024-11-02 Bộ Y tế vừa có Công văn số 6120/BYT-DP gửi các tỉnh về việc tăng cường tiêm chủng vắc xin sởi "
        "cho trẻ em dưới 5 tuổi tại các vùng có nguy cơ cao.\n"
        "Sởi là bệnh truyền nhiễm cấp tính lây qua đường hô hấp, trẻ nhỏ chưa tiêm vắc xin dễ mắc và có thể gặp "
        "biến chứng viêm phổi...\n"
    )
    found = extractor(text, find_own=True)
    assert own_number(found) is None
    assert relations(found)["6120/BYT-DP"] == "mentions"


def test_a_next_paragraph_coming_back_to_the_document_keeps_it(extractor: Extractor) -> None:
    """Mirrors: the same shape, the next paragraph naming the lead's document ("Công văn yêu cầu …", "Theo đó, …")."""
    for second in (
        "Công văn yêu cầu các huyện kiểm tra chuồng trại, dự trữ thức ăn và che chắn cho trâu, bò, lợn trong những "
        "ngày nhiệt độ xuống thấp.\n",
        "Theo đó, các huyện phải kiểm tra chuồng trại, dự trữ thức ăn và che chắn cho trâu, bò, lợn trong những "
        "ngày nhiệt độ xuống thấp.\n",
    ):
        found = extractor(_FIRST + second, find_own=True)
        assert own_number(found) == "2155/UBND-NN"
        assert "2155/UBND-NN" not in relations(found)


def test_a_next_paragraph_naming_the_issuer_keeps_it(extractor: Extractor) -> None:
    """Mirror: the next paragraph tells what the lead's issuer asks ("… của Bộ GTVT", as heldout23 h23-47)."""
    text = (
        "Bộ GTVT vừa có Quyết định 1985/QĐ-BGTVT ban hành kế hoạch bảo đảm trật tự, an toàn giao thông dịp nghỉ lễ "
        "Quốc khánh năm 2025.\n"
        "Các đơn vị vận tải được yêu cầu bố trí đủ phương tiện; Bộ GTVT giao các Sở kiểm tra điều kiện an toàn của "
        "xe khách trước mỗi chuyến đi.\n"
    )
    found = extractor(text, find_own=True)
    assert own_number(found) == "1985/QĐ-BGTVT"
