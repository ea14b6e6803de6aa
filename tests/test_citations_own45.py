"""Thirty-fifth session, own numbers (citations README, "own-number notes (thirty-fifth session, own45)"): a page titled
by its letter's subject ("V/v …", "Về việc …") whose first number stands bare with its date, as a portal's record of a
công văn gives it.  Each on a page written here in another layout than the pages that showed it (import heldout14 e25,
tuning3 v17), run on the fast extractor and its plain reference; each positive test fails on the session's start code
(da9a758), each mirror passes on both.
"""

from __future__ import annotations

from conftest import Extractor, own_number, relations
from vanban.citations import IMPLEMENTS


def test_a_subject_titled_letter_with_its_number_bare_and_dated(extractor: Extractor) -> None:
    """"V/v tăng cường …" over the letter's text closing on "37/UBND-VP ngày 10/1/2022" (e25), "Về việc báo cáo …
    (3585/VP-KTN, ngày 23/10/2017)." under a portal's "Skip to main content" (v17): the page is the letter, the bare dated
    number its own, never one of its citations."""
    letter = (
        "Trang chủ Văn bản\n\n"
        "Về việc tổ chức tết trồng cây năm 2024 (812/UBND-NN, ngày 14/01/2024).\n\n"
        "Thực hiện Kế hoạch số 45/KH-UBND ngày 2/1/2024 của UBND tỉnh, UBND huyện đề nghị các xã, thị trấn tổ chức "
        "tết trồng cây đúng thời gian.\n"
    )
    got = extractor(letter, find_own=True)
    assert own_number(got) == "812/UBND-NN"
    assert relations(got) == {"45/KH-UBND": IMPLEMENTS}
    closing = (
        "Skip to main content\n\n"
        "V/v tăng cường kiểm tra an toàn thực phẩm dịp Tết\n\n"
        "Trước diễn biến phức tạp của tình hình ngộ độc thực phẩm, UBND huyện yêu cầu các phòng, ban và UBND các xã "
        "thực hiện tốt các nội dung sau: 1203/UBND-VP ngày 20/12/2023\n"
    )
    got = extractor(closing, find_own=True)
    assert own_number(got) == "1203/UBND-VP"
    assert relations(got) == {}


def test_a_bare_dated_number_under_another_title_is_not_guessed(extractor: Extractor) -> None:
    """The mirrors: a news headline (no letter's subject) over a bare dated number, a subject written in a document's
    capitals (its header's "Số:" is where its number stands), a subject title whose first number is named in a sentence
    ("Thực hiện Kế hoạch số …") and one whose first number goes on without its date give no own number: none is guessed."""
    news = (
        "Huyện đẩy mạnh trồng cây đầu năm\n\n"
        "UBND huyện yêu cầu các xã tổ chức tết trồng cây (812/UBND-NN, ngày 14/01/2024).\n"
    )
    assert own_number(extractor(news, find_own=True)) is None
    capitals = (
        "VỀ VIỆC TỔ CHỨC TẾT TRỒNG CÂY NĂM 2024\n\n"
        "UBND huyện yêu cầu các xã tổ chức tết trồng cây (812/UBND-NN, ngày 14/01/2024).\n"
    )
    assert own_number(extractor(capitals, find_own=True)) is None
    named_first = (
        "V/v đẩy mạnh phòng, chống dịch sốt xuất huyết trên địa bàn huyện\n\n"
        "Thực hiện Kế hoạch số 45/KH-UBND ngày 2/3/2024 của UBND tỉnh, UBND huyện yêu cầu các xã, thị trấn tổ chức "
        "ra quân diệt lăng quăng, bọ gậy. 812/UBND-YT ngày 14/3/2024\n"
    )
    assert own_number(extractor(named_first, find_own=True)) is None
    undated = (
        "V/v tổ chức tết trồng cây năm 2024\n\n"
        "UBND huyện đề nghị các xã thực hiện theo hướng dẫn tại 45/HD-SNN của Sở Nông nghiệp.\n"
    )
    assert own_number(extractor(undated, find_own=True)) is None


def test_a_lead_that_says_a_body_ra_a_document_by_its_code(extractor: Extractor) -> None:
    """"Thủ tướng Chính phủ đã ra Quyết định 1353/QĐ-TTg …" (import heldout31 ag30), "Chính phủ vừa ra nghị quyết 32 về …"
    (heldout32 h32-50, a one-item tag page): "ra" (to issue) reads a number without "số" as "ban hành" does — one with its
    code, or a bare serial when the document was just ("vừa") issued — and the page stops citing itself."""
    text = (
        "Hỗ trợ gạo cứu đói cho người dân vùng lũ\n\n"
        "Ngày 12/10/2020, Thủ tướng Chính phủ đã ra Quyết định 1590/QĐ-TTg về việc xuất cấp gạo dự trữ quốc gia hỗ trợ "
        "tỉnh Quảng Bình. Theo đó, Tổng cục Dự trữ Nhà nước xuất cấp 1.000 tấn gạo cho tỉnh.\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) == "1590/QĐ-TTg"
    assert relations(got) == {}
    just = "UBND tỉnh vừa ra chỉ thị 18 về tăng cường phòng cháy rừng mùa khô, trong đó nêu rõ trách nhiệm người đứng đầu.\n"
    got = extractor(just, find_own=True)
    assert own_number(got) == "18"
    assert relations(got) == {}


def test_ra_counting_forwarding_or_narrated_is_no_lead(extractor: Extractor) -> None:
    """The mirrors: "ra" before a count ("đề ra Kế hoạch 5 năm"), "gửi" a coded number without "số" (a letter forwarding
    another body's document, left as it was), and "ra" in a later sentence of an article's prose give no own number."""
    count = "Huyện ủy đã đề ra Kế hoạch 5 năm về phát triển kinh tế số, với nhiều chỉ tiêu cụ thể cho từng xã.\n"
    assert own_number(extractor(count, find_own=True)) is None
    forwarded = (
        "Sở Giáo dục và Đào tạo gửi Kế hoạch 45/KH-UBND của UBND tỉnh đến các trường để biết và thực hiện.\n"
    )
    assert own_number(extractor(forwarded, find_own=True)) is None
    narrated = (
        "Những năm qua, công tác giảm nghèo của tỉnh đạt nhiều kết quả, đời sống người dân được nâng lên. Năm 2019, "
        "Chính phủ ra Nghị quyết 32/NQ-CP về sắp xếp đơn vị hành chính, tỉnh đã triển khai kịp thời.\n"
    )
    assert own_number(extractor(narrated, find_own=True)) is None


def test_a_bare_own_serial_completed_by_its_whole_number_further_down(extractor: Extractor) -> None:
    """"Nghị quyết số 85 do Chủ tịch Quốc hội … đã ký ban hành nêu rõ …" over "Nghị quyết số 85/NQ-HĐBCQG ngày 15/12/2025 …"
    (heldout24 h24-13), a headline "… ban hành Chỉ thị số 11 về …" over "… Chỉ thị số 11/CT-CTUBND ngày 16/4/2020 …"
    (import heldout12 b21): the bare serial is the page's document, written whole further down; the whole number is
    its own and no citation of it is left."""
    text = (
        "Quyết định số 27 do Chủ tịch UBND tỉnh ký ban hành nêu rõ danh mục các xã được hỗ trợ trong năm 2024.\n\n"
        "Theo đó, Quyết định số 27/QĐ-UBND ngày 10/1/2024 của Chủ tịch UBND tỉnh phân bổ kinh phí cho 45 xã.\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) == "27/QĐ-UBND"
    assert relations(got) == {}
    headline = (
        "UBND huyện ban hành Kế hoạch số 45 về phòng, chống thiên tai năm 2024\n\n"
        "Để chủ động ứng phó với mùa mưa bão, ngày 2/3/2024, UBND huyện ban hành Kế hoạch số 45/KH-UBND về phòng, "
        "chống thiên tai và tìm kiếm cứu nạn năm 2024.\n"
    )
    got = extractor(headline, find_own=True)
    assert own_number(got) == "45/KH-UBND"
    assert relations(got) == {}


def test_a_list_of_serials_or_another_type_is_not_completed(extractor: Extractor) -> None:
    """The mirrors: a title naming several decisions by their serials ("Quyết định số 2833, 2834, 2835/QĐ-BVHTTDL …",
    a page of seven decisions) has no own number, and a bare title serial whose only whole number further down is of
    another type is left unread."""
    listed = (
        "Quyết định số 2833, 2834, 2835/QĐ-BVHTTDL ngày 20/8: Xếp hạng di tích quốc gia\n\n"
        "Các Quyết định số 2833, 2834, 2835/QĐ-BVHTTDL ngày 20/8 của Bộ VHTTDL về việc xếp hạng di tích quốc gia.\n"
    )
    assert own_number(extractor(listed, find_own=True)) is None
    other = (
        "Kế hoạch số 12 do UBND xã ban hành nêu rõ các việc cần làm trong tháng.\n\n"
        "Kế hoạch được xây dựng theo Quyết định số 12/QĐ-UBND ngày 3/1/2024 của UBND huyện.\n"
    )
    assert own_number(extractor(other, find_own=True)) is None


def test_a_header_label_whose_vowel_a_font_or_ocr_turned(extractor: Extractor) -> None:
    """"s6: 122/2018/ND-CP" at a line's start of an OCR copy (import heldout15 f13), "Sè: 05 /KH - MN" of a copy in the
    TCVN3 font read as Unicode (import heldout33 ai11): the header's "Số:" field, its own number, no citation of it."""
    ocr = (
        "UY BAN NHAN DAN\nTINH HA NAM\n"
        "s6: 45/2019/QD-UBND\nHa Nam, ngay 3 thang 5 nam 2019\n"
        "QUYET DINH\nCan cu Luat To chuc chinh quyen dia phuong; Can cu Nghi dinh so 34/2016/ND-CP cua Chinh phu;\n"
    )
    got = extractor(ocr, find_own=True)
    assert own_number(got) == "45/2019/QD-UBND"
    assert "45/2019/QD-UBND" not in relations(got)
    tcvn3 = (
        "UBND x· Nam Hång\n"
        "         Sè: 12 /KH - UBND\n"
        "KÕ ho¹ch tæ chøc ngµy héi ®¹i ®oµn kÕt\n"
        "Thùc hiÖn KÕ ho¹ch sè 45/KH-UBND ngµy 2/3/2024 cña UBND huyÖn.\n"
    )
    got = extractor(tcvn3, find_own=True)
    assert own_number(got) == "12/KH-UBND"


def test_a_label_lost_to_question_marks_or_in_a_sentence_is_no_field(extractor: Extractor) -> None:
    """The mirrors: "S?: 42 -HD/TWTN-BKT" (import heldout9 y04: a copy whose lost letters became "?", its code's "Đ"
    lost too) and "so: 3" inside a sentence give no own number by this field."""
    lost = "BAN CH?P H?NH TRUNG ??NG***S?: 42 -HD/TWTN-BKT O?N TNCS H? CH? MINH\nH??NG D?N quy tr?nh ?nh gi?\n"
    assert own_number(extractor(lost, find_own=True)) is None
    sentence = "Ket qua kiem tra cho thay tong so: 3 xa dat chuan, 2 xa chua dat theo Ke hoach 12/KH-UBND.\n"
    assert own_number(extractor(sentence, find_own=True)) is None
