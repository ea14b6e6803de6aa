"""Thirty-first session (citations README, "thirty-first session"): what a page IS, read from its structure — a record
line under its title, a header field a copy moved, a name-and-number property row, a dated story above a lead — and a
number the copy's end cuts short.  Each on a page written here in another layout than the page that showed it, run on
the fast extractor and its plain reference; each positive test fails on the session's start code (588b040), each mirror
passes on both.
"""

from __future__ import annotations

from conftest import Extractor, own_number, relations
from vanban.citations import IMPLEMENTS, MENTIONS

# ----------------------------------------------------------------- a record line under the page's title


def test_a_record_line_under_the_title_is_the_pages_own(extractor: Extractor) -> None:
    """"Hướng dẫn tổ chức kỷ niệm 80 năm …⏎Hướng dẫn số 82-HD/BTGTW, ngày 10/8/2009 của Ban Tuyên giáo Trung ương"
    (heldout30 h30-35), "Thông báo treo cờ …⏎Tác giả: … Ngày đăng: …⏎Thông báo số 217/TB-UBND ngày 08/5/2019 của UBND
    thị xã Điện Bàn V/v …" (import heldout8 x14): the page shows its document; its own number is never cited."""
    text = (
        "Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024\n"
        "Người đăng: Văn phòng | Ngày đăng: 02/10/2024\n"
        "Kế hoạch số 27/KH-MTTQ-BTT ngày 01/10/2024 của Ban Thường trực Ủy ban MTTQ xã Phú Lộc\n\n"
        "Thực hiện Hướng dẫn số 45/HD-MTTQ-BTT ngày 15/9/2024 của Ban Thường trực Ủy ban MTTQ huyện, "
        "Ban Thường trực Ủy ban MTTQ xã xây dựng kế hoạch như sau:\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) == "27/KH-MTTQ-BTT"
    assert relations(got) == {"45/HD-MTTQ-BTT": IMPLEMENTS}


def test_a_record_that_goes_on_as_a_sentence_or_a_list_is_no_record(extractor: Extractor) -> None:
    """The mirror: a line that tells of the document ("… đã được tỉnh … triển khai", heldout16 h16-17; heldout6 m37)
    and two record lines (a listing of documents) give no own number."""
    told = (
        "Quản lý, bảo vệ rừng: góc nhìn từ ngành chức năng\n\n"
        "Chỉ thị số 13-CT/TW ngày 12/1/2017 của Ban Bí thư về tăng cường quản lý rừng đã được tỉnh triển khai.\n"
    )
    assert own_number(extractor(told, find_own=True)) is None
    listing = (
        "Văn bản chỉ đạo, điều hành\n"
        "Kế hoạch số 27/KH-UBND ngày 01/10/2024 của UBND xã về tổ chức Tết Trung thu\n"
        "Kế hoạch số 28/KH-UBND ngày 02/10/2024 của UBND xã về phòng, chống dịch bệnh\n"
    )
    assert own_number(extractor(listing, find_own=True)) is None


# ----------------------------------------------------------------- a header field a copy moved


def test_the_old_layout_heading_under_a_database_pages_chrome(extractor: Extractor) -> None:
    """"Văn bản pháp luật: Thông tư 01/TCTK-TT … Toàn văn⏎THÔNG TƯ⏎⏎CỦA TỔNG CỤC THỐNG KÊ SỐ 01/TCTK-TT NGÀY 26-9-1996 …"
    (import heldout18 j24; j18, heldout21 m12, heldout27 ac07): the old layout's heading names the page's own number."""
    text = (
        "Cơ sở dữ liệu văn bản\nTóm tắt nội dung\nHướng dẫn việc chấm điểm thi đua\nToàn văn\n"
        "CHỈ THỊ\n\nCỦA BỘ GIÁO DỤC SỐ 12/CT NGÀY 3-5-1985 VỀ VIỆC CHẤM ĐIỂM THI ĐUA\n\n"
        "Thực hiện Nghị quyết số 31/HĐBT ngày 2-4-1985 của Hội đồng Bộ trưởng, Bộ Giáo dục chỉ thị:\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) == "12/CT"
    assert relations(got) == {"31/HĐBT": IMPLEMENTS}


def test_number_fields_a_copy_moved_with_the_header_beside_them(extractor: Extractor) -> None:
    """"-Số: 04/2013/TT-NHNN Hà Nội, ngày …" (import heldout14 e13), "… Hạnh phúc -------- An Giang, ngày 05 tháng 10 năm
    2012 Số: 15/2012/CT-UBND CHỈ THỊ …" (heldout13 c11), "Nghị quyết số: 11-NQ/TW Hà Nội, ngày …" (tuning t06)."""
    dashed = "BỘ TÀI CHÍNH\n-Số: 21/2019/TT-BTC Hà Nội, ngày 10 tháng 4 năm 2019\nTHÔNG TƯ\nCăn cứ Luật Ngân sách;\n"
    assert own_number(extractor(dashed, find_own=True)) == "21/2019/TT-BTC"
    flat = (
        "UBND TỈNH BẾN TRE CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------ Bến Tre, ngày 3 tháng 5 "
        "năm 2014 Số: 09/2014/CT-UBND CHỈ THỊ VỀ VIỆC TĂNG CƯỜNG QUẢN LÝ CHỢ Thực hiện Chỉ thị số 13/CT-TTg ngày "
        "4/4/2013 của Thủ tướng Chính phủ, …\n"
    )
    got = extractor(flat, find_own=True)
    assert own_number(got) == "09/2014/CT-UBND" and relations(got) == {"13/CT-TTg": IMPLEMENTS}
    typed = "BAN CHẤP HÀNH TRUNG ƯƠNG\nQuyết định số: 25-QĐ/TW Hà Nội, ngày 8 tháng 3 năm 2021\nQUYẾT ĐỊNH\n"
    assert own_number(extractor(typed, find_own=True)) == "25-QĐ/TW"


def test_a_moved_field_needs_the_header_beside_it(extractor: Extractor) -> None:
    """The mirror: a dash item "- Số: 12 hộ …" in a report, a "năm 2012 Số: …" with no motto on its line, a typed
    field that goes on as a cited line, and a heading in lower case give no own number."""
    report = "Kết quả rà soát:\n- Số: 12/2023/KH hộ nghèo được hỗ trợ trong năm;\n- Số hộ cận nghèo: 30.\n"
    assert own_number(extractor(report, find_own=True)) is None
    unflat = "Trong năm 2012 Số: 15/2012/CT-UBND được các xã thực hiện tốt.\n"
    assert own_number(extractor(unflat, find_own=True)) is None
    cited = "Căn cứ:\nThông tư số: 06/2008/TT-BNV ngày 21/8/2008 của Bộ Nội vụ hướng dẫn khen thưởng;\n"
    assert own_number(extractor(cited, find_own=True)) is None


# ----------------------------------------------------------------- a row naming the document and giving its number


def test_a_name_and_number_property_row_is_the_pages_own(extractor: Extractor) -> None:
    """"Tên / Số / ký hiệu : Kế Hoạch tết trung thu số 06/ KHTT-MNTH" (heldout30 h30-43): a school's record page."""
    text = (
        "Tên / Số / ký hiệu : Quyết định thành lập tổ chuyên môn số 15/QĐ-THCS\n"
        "Ngày ban hành 05/09/2019\n"
        "Căn cứ Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 của Bộ Giáo dục và Đào tạo;\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) == "15/QĐ-THCS"
    assert relations(got) == {"32/2020/TT-BGDĐT": IMPLEMENTS}


# ----------------------------------------------------------------- a dated story above a lead


def test_a_dated_story_above_the_lead_is_the_pages_news(extractor: Extractor) -> None:
    """"Tối 8/3, tại Di tích … đã diễn ra chương trình …⏎Bộ … vừa có Công văn số 2100/BVHTTDL-DSVH …" (heldout30 h30-07),
    "Sáng 14/6, tại … Hội nghị …, ông … đã giới thiệu …⏎… ngày 26/5/2025, Tổng Bí thư … đã ký ban hành Quy định số
    294-QĐ/TW …" (heldout25 h25-07), "Ngày 4/10, UBND Thành phố đã tổ chức cưỡng chế …⏎…⏎Ngày 24/5/2022, UBND thành phố
    đã ban hành Quyết định số 1069/QĐ-UBND …" (heldout29 h29-08): the page's news is that day's story."""
    text = (
        "Chiều 12/9, tại nhà văn hóa thôn Đông, UBND xã Hòa Bình đã tổ chức lễ ra quân tổng vệ sinh môi trường "
        "với sự tham gia của hơn 300 đoàn viên, hội viên và Nhân dân.\n\n"
        "Ngày 20/8/2024, UBND xã đã ban hành Kế hoạch số 88/KH-UBND về phong trào ngày Chủ nhật xanh.\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) is None
    assert relations(got) == {"88/KH-UBND": MENTIONS}


def test_a_lead_under_an_undated_sapo_stays_the_pages_own(extractor: Extractor) -> None:
    """The mirror: a sapo that opens with no day (heldout5 k06), or a dated paragraph naming the document (the lead
    itself), leaves the lead the page's own."""
    sapo = (
        "Cuộc bầu cử đại biểu Quốc hội và Hội đồng nhân dân các cấp là sự kiện chính trị lớn, có ý nghĩa quan trọng "
        "đối với cả nước.\n\n"
        "Phó Thủ tướng vừa ký Chỉ thị số 28/CT-TTg ngày 18/9/2025 về tổ chức cuộc bầu cử.\n"
    )
    assert own_number(extractor(sapo, find_own=True)) == "28/CT-TTg"
    dated = (
        "Ngày 12/9, UBND tỉnh ban hành Kế hoạch số 120/KH-UBND về phòng, chống thiên tai năm 2024 trên địa bàn tỉnh.\n\n"
        "Theo đó, các sở, ngành triển khai các nhiệm vụ sau.\n"
    )
    assert own_number(extractor(dated, find_own=True)) == "120/KH-UBND"


# ----------------------------------------------------------------- a number the copy's end cuts short


def test_a_number_cut_by_the_copys_end_is_the_whole_one_before(extractor: Extractor) -> None:
    """"… (được sửa đổi, bổ sung bởi Thông tư 05/2022/TT-" where the copy stops (heldout30 h30-22): 05/2022/TT-BNV."""
    text = (
        "Theo Điều 5 Thông tư 14/2018/TT-BNV thì hồ sơ gồm tờ trình. Việc sắp xếp thực hiện theo Thông tư "
        "14/2018/TT-BNV và Thông tư 14/2018/TT-"
    )
    assert relations(extractor(text)) == {"14/2018/TT-BNV": MENTIONS}


def test_a_number_cut_elsewhere_or_with_nothing_to_join_stays(extractor: Extractor) -> None:
    """The mirror: a number whose code another one only shares a start with, or one cut at the end with no whole
    number before it, is read as it is."""
    text = "Căn cứ Thông tư 05/2022/TT-BNV và Thông tư 05/2022/TT ngày 1/3/2022 của Bộ Tài chính;\n"
    assert set(relations(extractor(text))) == {"05/2022/TT-BNV", "05/2022/TT"}
    alone = "Căn cứ Thông tư 07/2021/TT-BNV; Thông tư 09/2023/TT-"
    assert "07/2021/TT-BNV" in relations(extractor(alone))
