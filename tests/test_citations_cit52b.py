"""Forty-second session (citations README, "Tuning notes (forty-second session, relation fixer cit52b …)"): the title a
news lead gives the document it presents carries out what it names, whatever verb presents the document — a lead
without a number ("… vừa có hướng dẫn …", "… đã có công văn gửi … về việc …") and an own number a lead gave with "ký"
(:mod:`vanban.citations.lead_presented`; the verb "ban hành" was read already).  On pages written here in other
wordings than the pages that showed it (heldout38 h38-12, h38-38; heldout40 h40-06, h40-14); run on the fast extractor
and its plain reference; each positive fails on the code before the rule (3118b41e), each mirror passes on both.
"""

from __future__ import annotations

from conftest import Extractor, own_number, relations


def test_an_unnumbered_letter_sent_to_carry_out_a_directive(extractor: Extractor) -> None:
    """A headline, a blank line, then the lead: the letter has no number, its subject carries out the directive."""
    text = (
        "Sở Nông nghiệp đôn đốc phòng, chống dịch tả lợn châu Phi\n\n"
        "Sở Nông nghiệp và Môi trường vừa có văn bản gửi UBND các xã, phường tăng cường triển khai Chỉ thị số "
        "12/CT-UBND ngày 05/8/2025 của UBND tỉnh về phòng, chống dịch tả lợn châu Phi. Theo đó, các địa phương "
        "khẩn trương rà soát đàn lợn, tiêu hủy lợn bệnh.\n"
    )
    found = extractor(text, find_own=True)
    assert own_number(found) is None
    assert relations(found)["12/CT-UBND"] == "implements"


def test_an_unnumbered_guide_about_a_resolution_and_a_plan(extractor: Extractor) -> None:
    """The lead opens the page with a purpose; the guide's subject names a resolution and a plan after "về việc"."""
    text = (
        "Để nâng cao chất lượng sinh hoạt chi bộ, Ban Tổ chức Huyện ủy đã có hướng dẫn gửi các chi, đảng bộ cơ sở về "
        "việc tổ chức thực hiện Quy định số 232-QĐ/TW của Ban Chấp hành Trung ương, Kế hoạch số 41-KH/HU của Ban "
        "Thường vụ Huyện ủy về sinh hoạt chuyên đề năm 2025.\n"
        "Hướng dẫn yêu cầu mỗi chi bộ sinh hoạt chuyên đề ít nhất một lần mỗi quý.\n"
    )
    found = relations(extractor(text, find_own=True))
    assert found["232-QĐ/TW"] == "implements"
    assert found["41-KH/HU"] == "implements"


def test_a_letter_signed_with_its_number_to_carry_out_a_dispatch(extractor: Extractor) -> None:
    """The lead gives the page's own number with "vừa ký"; the letter's subject carries out the Prime Minister's
    dispatch."""
    text = (
        "Hà Nội đôn đốc giải ngân vốn đầu tư công\n\n"
        "Phó Chủ tịch UBND Thành phố vừa ký Văn bản số 2417/UBND-KT về việc triển khai thực hiện Công điện số "
        "95/CĐ-TTg ngày 12/9/2025 của Thủ tướng Chính phủ về đẩy nhanh giải ngân vốn đầu tư công; yêu cầu các sở "
        "hoàn thành trước ngày 30/9.\n"
    )
    found = extractor(text, find_own=True)
    assert own_number(found) == "2417/UBND-KT"
    assert relations(found)["95/CĐ-TTg"] == "implements"


def test_a_report_a_criterion_and_an_earlier_rule_stay_mentions(extractor: Extractor) -> None:
    """Mirrors: a letter asking others to report on their carrying out, a list drawn up by a criterion another
    decision sets ("theo …", rule B), a rule "được quy định tại" a document, and a lead after a paragraph that named
    other documents first (an article, not a lead opening the page)."""
    report = (
        "Bộ Tài chính vừa có công văn gửi các địa phương đề nghị tổng hợp, báo cáo kết quả thực hiện Nghị định số "
        "88/2024/NĐ-CP của Chính phủ trước ngày 15/12.\n"
    )
    assert relations(extractor(report, find_own=True))["88/2024/NĐ-CP"] == "mentions"
    criterion = (
        "Ngày 03/4/2025, Chủ tịch UBND huyện đã ký Quyết định số 318/QĐ-UBND công nhận danh sách hộ nghèo năm 2025 theo "
        "chuẩn được quy định tại Nghị định số 07/2021/NĐ-CP của Chính phủ.\n"
    )
    assert relations(extractor(criterion, find_own=True))["07/2021/NĐ-CP"] == "mentions"
    rule = (
        "Sở Y tế vừa có văn bản gửi các bệnh viện đề nghị rà soát danh mục thuốc, ngoài các nhóm thuốc được quy định "
        "trước đó tại Thông tư số 20/2022/TT-BYT.\n"
    )
    assert relations(extractor(rule, find_own=True))["20/2022/TT-BYT"] == "mentions"
    article = (
        "Thời gian qua, Chính phủ đã ban hành nhiều văn bản liên quan như Nghị định 45/NĐ-CP về quỹ hỗ trợ.\n\n"
        "Ngày 11/5/2025, Chính phủ ký Nghị quyết số 77/NQ-CP về Chương trình hành động thực hiện Nghị quyết số "
        "19-NQ/TW của Bộ Chính trị.\n"
    )
    assert relations(extractor(article, find_own=True))["19-NQ/TW"] == "mentions"
