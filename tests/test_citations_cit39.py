"""Twenty-ninth session (citations README, "twenty-ninth session"): heldout28's kinds — a law copy or a section page
citing itself, a tag page's later item taken as the page's own, a narrated look back (README rule C) — each on a page
written here in another layout than the page that showed it, run on the fast extractor and its plain reference.  Each
positive test fails on the session's start code (e82514b); each mirror passes on both.
"""

from __future__ import annotations

from conftest import Extractor, own_number, relations
from vanban.citations import IMPLEMENTS, MENTIONS, Extraction

# ----------------------------------------------------------------- law copies and section pages (rule F)


def test_a_section_page_named_by_its_parts_carries_its_document(extractor: Extractor) -> None:
    """"Mục 2 Chương 4 Nghị định 31/2013/NĐ-CP hướng dẫn …" (heldout28 h28-13): a page of one section of a chapter names
    the document first, as a chapter page does ("Chương 1 Văn bản hợp nhất 10/VBHN-BXD …", tuning4).  Here a part and a
    chapter of a circular, in Roman numerals."""
    text = (
        "Phần II Chương III Thông tư 12/2019/TT-BYT quy định chi tiết về quản lý chất thải y tế\n"
        "Điều 9. Phân loại chất thải\n"
        "1. Chất thải được phân loại ngay tại nơi phát sinh.\n"
        "Điều 10. Thu gom chất thải theo quy định tại Nghị định số 08/2022/NĐ-CP.\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) == "12/2019/TT-BYT" and "12/2019/TT-BYT" not in relations(got)
    assert relations(got) == {"08/2022/NĐ-CP": MENTIONS}


def test_a_numbered_section_sentence_is_no_section_page(extractor: Extractor) -> None:
    """The mirror: a first line that tells of a section of a document ("Chương 2 của Nghị định … quy định …") is no title."""
    text = "Theo Chương 2 Nghị định 31/2013/NĐ-CP thì người có công được hưởng trợ cấp như sau.\n"
    got = extractor(text, find_own=True)
    assert own_number(got) is None and relations(got) == {"31/2013/NĐ-CP": MENTIONS}


def test_a_typed_number_field_broken_one_word_a_line_is_the_own_number(extractor: Extractor) -> None:
    """"Luật⏎số:⏎13/2022/QH15 |" (heldout28 h28-45, a copy that put every word on its own line): the law's number field
    across its breaks.  Here a resolution broken the same way, its field without the table's pipe."""
    text = "HỘI\nĐỒNG\nNHÂN\nDÂN\nTỈNH\nNghị quyết\nsố:\n25/2023/NQ-HĐND\nCỘNG\nHÒA\nXÃ\nHỘI\nCăn\ncứ\nLuật\nTổ\nchức\n"
    got = extractor(text, find_own=True)
    assert own_number(got) == "25/2023/NQ-HĐND" and relations(got) == {}


def test_a_cited_line_after_a_lone_type_word_is_no_number_field(extractor: Extractor) -> None:
    """The mirror: a type word ending its line before a cited number that goes on ("Nghị quyết⏎số: 25/2023/NQ-HĐND ngày …
    của HĐND tỉnh") is a citation: the field's number ends its line."""
    text = "Căn cứ\nNghị quyết\nsố: 25/2023/NQ-HĐND ngày 10/7/2023 của HĐND tỉnh về phát triển du lịch;\n"
    got = extractor(text, find_own=True)
    assert own_number(got) is None and relations(got) == {"25/2023/NQ-HĐND": IMPLEMENTS}


# ----------------------------------------------------------------- a page of several news items (rule E)


def test_a_later_items_lead_on_a_tag_page_is_not_the_pages_own(extractor: Extractor) -> None:
    """A tag page of several items, each a headline then its paragraph, the third telling "Chính phủ đã ban hành Nghị
    định số 108/2020/NĐ-CP …" (heldout28 h28-05): the page presents no document of its own.  Here a province's tag."""
    text = (
        "phòng chống thiên tai\n\n"
        "Chủ động ứng phó bão số 3 trên địa bàn tỉnh\n\n"
        "Sáng 5-9, Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh họp khẩn để triển khai các biện pháp ứng "
        "phó với bão số 3, yêu cầu các địa phương sơ tán người dân ở vùng nguy hiểm, hoàn thành trước 17 giờ cùng ngày.\n\n"
        "Huy động lực lượng gia cố đê điều trước mùa mưa lũ\n\n"
        "UBND tỉnh vừa ban hành Kế hoạch số 212/KH-UBND về phòng chống thiên tai năm 2024, giao các sở ngành chủ trì.\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) is None and relations(got) == {"212/KH-UBND": MENTIONS}


def test_a_lead_after_a_sapo_and_a_photo_caption_is_still_the_pages_own(extractor: Extractor) -> None:
    """The mirror: one article — headline, sapo, a photo's caption, then its lead ("Chủ tịch UBND tỉnh vừa ban hành văn
    bản số …", heldout20 h20-28's layout): a caption is no headline, and one headline makes no list of items."""
    text = (
        "Quảng Trị triển khai Tháng hành động vì trẻ em\n\n"
        "Với mục tiêu bảo đảm mọi trẻ em được an toàn, Chủ tịch UBND tỉnh đề nghị các sở, ban, ngành và địa phương tổ "
        "chức các hoạt động thiết thực, hiệu quả, tránh hình thức, phù hợp với điều kiện thực tế từng địa phương.\n\n"
        "Ảnh minh họa. Nguồn Internet\n\n"
        "Chủ tịch UBND tỉnh vừa ban hành văn bản số 1520/UBND-VX ngày 02/5/2024 chỉ đạo tổ chức Tháng hành động vì trẻ "
        "em năm 2024.\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) == "1520/UBND-VX"


# ----------------------------------------------------------------- rule C: a narrated look back


def test_the_year_counted_in_carrying_a_document_out_implements(extractor: Extractor) -> None:
    """"Năm 2019 là năm thứ 3 thực hiện Nghị quyết 21/NQ-TW … và Nghị quyết 11/2017/NQ-HĐND …" (heldout28 h28-54): a look
    back at the documents' carrying out, README rule C.  Here a district's news on two other documents."""
    text = (
        "Năm 2024 là năm thứ hai thực hiện Chỉ thị số 18-CT/TU ngày 02/3/2023 của Ban Thường vụ Tỉnh ủy và Kế hoạch số "
        "45/KH-UBND ngày 10/4/2023 của UBND huyện về chuyển đổi số.\n"
    )
    assert relations(extractor(text)) == {"18-CT/TU": IMPLEMENTS, "45/KH-UBND": IMPLEMENTS}


def test_a_look_back_reported_after_cho_biet_implements(extractor: Extractor) -> None:
    """"Cục trưởng … vừa cho biết, sau hai tháng triển khai Quyết định số 3161/QĐ-BNNMT …, 34 công chức …" (heldout28
    h28-58): the look back heads the reported clause, its count written in words.  Here "ba tháng"."""
    text = (
        "Giám đốc Sở Tư pháp Nguyễn Văn Hùng cho biết, sau ba tháng thực hiện Kế hoạch số 77/KH-UBND ngày 05/01/2025 "
        "của UBND tỉnh, 120 thủ tục đã được giải quyết trực tuyến.\n"
    )
    assert relations(extractor(text)) == {"77/KH-UBND": IMPLEMENTS}


def test_a_count_in_words_before_a_description_still_describes(extractor: Extractor) -> None:
    """The mirror: a review named in a description ("tổng kết mười năm thực hiện Nghị quyết …") and a year that is no
    count of the carrying out ("Năm 2024 là năm chuẩn bị Đề án … thực hiện Nghị quyết …") stay mentions."""
    text = (
        "Hội nghị tổng kết mười năm thực hiện Nghị quyết số 26-NQ/TW ngày 05/8/2008 của Ban Chấp hành Trung ương được tổ "
        "chức tại hội trường tỉnh.\n"
    )
    assert relations(extractor(text)) == {"26-NQ/TW": MENTIONS}


def test_a_speakers_look_back_after_a_person_opener_implements(extractor: Extractor) -> None:
    """Rule C's reported clause after a person opener ("Ông …, Chủ tịch UBND xã cho biết, sau hơn 5 năm triển khai …"):
    the clause is the look back, not the person's act (which on a page with no own number narrates).  Variants of
    heldout28 h28-58 written from the rule: quoted or not, after ":" or ","."""
    text = (
        "Ông Lò Văn Tâm, Chủ tịch UBND xã Mường Kim cho biết, sau hơn 5 năm triển khai Nghị quyết số 10/2019/NQ-HĐND "
        "ngày 12/7/2019 của HĐND tỉnh, xã đã có 12 mô hình sinh kế.\n\n"
        "Bà Hà Thị Lan cho biết: Qua 3 năm thực hiện Kế hoạch số 31/KH-UBND ngày 02/3/2021 của UBND huyện, hội viên "
        "đã vay được 4 tỷ đồng.\n"
    )
    assert relations(extractor(text)) == {"10/2019/NQ-HĐND": IMPLEMENTS, "31/KH-UBND": IMPLEMENTS}


def test_a_speakers_plain_report_after_a_person_opener_still_narrates(extractor: Extractor) -> None:
    """The mirror: what a person says the body did, with no look back heading the reported clause, stays the person's
    act on a page with no own number (the rule before this session)."""
    text = "Ông Lò Văn Tâm cho biết, xã đã triển khai Nghị quyết số 10/2019/NQ-HĐND ngày 12/7/2019 tới các thôn.\n"
    assert relations(extractor(text)) == {"10/2019/NQ-HĐND": MENTIONS}


def test_the_first_or_last_year_of_carrying_a_document_out_implements(extractor: Extractor) -> None:
    """Rule C's "<năm> là năm thứ N thực hiện" with the year named otherwise: "năm đầu tiên", "năm cuối"."""
    text = (
        "Năm 2022 là năm đầu tiên thực hiện Nghị quyết số 05-NQ/TU ngày 10/10/2021 của Tỉnh ủy. "
        "Năm 2025 là năm cuối thực hiện Kế hoạch số 99/KH-UBND ngày 02/01/2021 của UBND tỉnh.\n"
    )
    assert relations(extractor(text)) == {"05-NQ/TU": IMPLEMENTS, "99/KH-UBND": IMPLEMENTS}


# ----------------------------------------------------------------- issuers from citation tails (issue 13 step 4)


def issuers(extraction: Extraction) -> dict[str, str | None]:
    """Cited number → the issuer its tail gave."""
    return {c.number: c.issuer for c in extraction.citations}


def test_an_issuer_ends_before_a_lower_case_type_word(extractor: Extractor) -> None:
    """"… của Phòng Giáo dục Đức Trọng  kế hoạch tuyên truyền …" (import heldout15 f08, qa34's /co-quan/ listed "Phòng
    Giáo dục Đức Trọng kế"): the description opens with a type word, its "về" lost.  Here "chỉ thị" and "quyết định"."""
    text = (
        "Căn cứ Chỉ thị số 04/CT-UBND ngày 09/7/2014 của UBND huyện Bảo Lâm chỉ thị về việc chuẩn bị năm học mới; "
        "Kế hoạch số 12/KH-PGDĐT ngày 02/3/2015 của Phòng Giáo dục Lâm Hà quyết định tổ chức hội thi.\n"
    )
    assert issuers(extractor(text)) == {"04/CT-UBND": "UBND huyện Bảo Lâm", "12/KH-PGDĐT": "Phòng Giáo dục Lâm Hà"}


def test_a_board_named_after_a_programme_keeps_its_name(extractor: Extractor) -> None:
    """The mirror: a board named after a programme ("BCĐ chương trình phát triển …") and a committee whose name holds a
    one-syllable type word ("Ủy ban Pháp luật") keep those words."""
    text = (
        "Thực hiện Quyết định số 382/QĐ-BCĐ ngày 24/10/2017 của BCĐ chương trình phát triển nông nghiệp huyện; "
        "Báo cáo số 15/BC-UBPL ngày 02/3/2015 của Ủy ban Pháp luật về dự án luật.\n"
    )
    got = issuers(extractor(text))
    assert got["382/QĐ-BCĐ"] != "BCĐ" and got["15/BC-UBPL"] == "Ủy ban Pháp luật"


def test_a_local_body_after_a_ministry_starts_the_next_sentence(extractor: Extractor) -> None:
    """"… của Bộ trưởng Bộ Giáo dục và Đào tạo Ủy ban nhân dân thị trấn Hương Sơn, Ban chỉ đạo … trình …" (import tuning4
    w12's Word form, qa34: "two bodies run together"): the full stop was lost; a ministry's name never goes on with a
    people's committee.  Here a council after the Ministry of Health; and the mirror, two issuers joined by "và"."""
    text = (
        "Đối chiếu với Thông tư số 12/2019/TT-BYT ngày 04/12/2019 của Bộ Y tế Hội đồng nhân dân xã Tân Lập đề nghị "
        "công nhận xã đạt chuẩn.\n\n"
        "Căn cứ Thông tư liên tịch số 01/2005/TTLT-BNV ngày 12/5/2005 của Bộ Nội vụ và Ủy ban Trung ương Mặt trận Tổ quốc "
        "Việt Nam hướng dẫn bầu trưởng thôn;\n"
    )
    got = issuers(extractor(text))
    assert got["12/2019/TT-BYT"] == "Bộ Y tế"
    assert got["01/2005/TTLT-BNV"] == "Bộ Nội vụ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"


def test_an_issuer_ends_before_the_verb_of_a_letter_answered(extractor: Extractor) -> None:
    """"Trả lời công văn số 636/CT-THNVDT … của Cục thuế tỉnh Đắk Nông hỏi về …" (import heldout12 b15, qa34)."""
    text = "Trả lời công văn số 636/CT-THNVDT ngày 25/4/2014 của Cục thuế tỉnh Đắk Nông hỏi về sử dụng hóa đơn.\n"
    assert issuers(extractor(text)) == {"636/CT-THNVDT": "Cục thuế tỉnh Đắk Nông"}


# ----------------------------------------------------------------- a legal normative number's second slash lost


def test_a_year_whose_second_slash_was_lost_keeps_its_code(extractor: Extractor) -> None:
    """"Nghị định số 75/2006 NĐ-CP", "Nghị định số 69/2017NĐ-CP" (heldout28 h28-23): the year, then a State type code
    and its issuer's: the number whole, its slash restored (import heldout17 i27's "167/2013NĐ-CP" and heldout23 u05's
    "73/2007QĐ-BGD&ĐT" are read so too).  Here a decision and a circular."""
    text = (
        "Căn cứ Quyết định số 16/2008 QĐ-BGDĐT ngày 16/4/2008 của Bộ trưởng Bộ Giáo dục và Đào tạo;\n"
        "Căn cứ Thông tư số 28/2020TT-BGDĐT ngày 04/9/2020 của Bộ Giáo dục và Đào tạo;\n"
    )
    assert relations(extractor(text)) == {"16/2008/QĐ-BGDĐT": IMPLEMENTS, "28/2020/TT-BGDĐT": IMPLEMENTS}


def test_a_cut_year_before_a_word_stays_cut(extractor: Extractor) -> None:
    """The mirror: a number cut after its year ("Nghị định 220/2025 sửa đổi …") and a year before a capitalised word
    that is no State type code ("Kế hoạch số 12/2024 UBND-VX") are read as before."""
    text = "Chính phủ ban hành Nghị định 220/2025 sửa đổi quy định về thuế. Kế hoạch số 12/2024 UBND-VX được ban hành.\n"
    got = relations(extractor(text))
    assert "220/2025" in got and not any(number.startswith("12/2024/") for number in got)


def test_a_name_the_copys_end_cuts_in_its_last_letter_is_no_issuer(extractor: Extractor) -> None:
    """"… Nghị định số 69/2017NĐ-CP ngày 25 tháng 5 năm 2017 của Chính p"⏎end (heldout28 h28-23, a copy cut mid-word):
    the name is cut, no issuer ("Chính p" would be a body of its own in the listing).  The mirror: a name that ends the
    text whole keeps it."""
    cut = extractor("Căn cứ Thông tư số 12/2019/TT-BYT ngày 02/3/2019 của Bộ Tài nguyên và Môi t")
    whole = extractor("Căn cứ Thông tư số 12/2019/TT-BYT ngày 02/3/2019 của Bộ Y tế")
    assert issuers(cut) == {"12/2019/TT-BYT": None} and issuers(whole) == {"12/2019/TT-BYT": "Bộ Y tế"}
