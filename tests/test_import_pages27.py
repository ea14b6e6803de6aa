"""Twenty-third session (imp27): what the .txt copy of a page with a header loses that its .docx keeps, read after
heldout21 was spent (m01, m08, m09, m11, m16 and heldout20 l02). Each test is a page written for it, in another body,
place and layout than the page that showed the kind."""

from __future__ import annotations

from pathlib import Path

from vanban.importer import analyse, read_text_lines
from vanban.importer.result import ImportResult


def _result(text: str) -> ImportResult:
    return analyse(read_text_lines(text, markdown_source=False), Path("x.txt"))


def _five(result: ImportResult) -> tuple[object, ...]:
    return tuple(result.fields.get(k) for k in ("number", "type", "issuer", "date", "title"))


# A document site's blurb, then the whole letter on one line (m11's kind, here a department's letter).
BLURB_THEN_FLAT_LETTER = """Tài liệu hạn chế xem trước, để xem đầy đủ mời bạn chọn Tải xuống

Thông tin tài liệu

Hướng dẫn quan trắc môi trường năm 2024 theo Công văn số 845/BTNMT-KTKĐ ngày 02/4/2024 của Bộ về việc \
tuyển sinh BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG ––––– Số: 845/BTNMT-KTKĐ V/v hướng dẫn tuyển sinh lớp 10 năm học \
2024 - 2025. CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ––––––––– Phan Rang-Tháp Chàm, ngày 02 \
tháng 4 năm 2024 Kính gửi: - Phòng Giáo dục và Đào tạo các huyện, thành phố; - Các trường THPT. Thực hiện Quy chế \
tuyển sinh trung học cơ sở và tuyển sinh trung học phổ thông, Bộ hướng dẫn như sau: 1. Đối tượng
"""


def test_a_sites_blurb_before_a_flattened_header_is_not_the_header() -> None:
    """The sentence-case blurb runs straight into the body's name in capitals and its "Số:": the body's name opens
    the header, so the number, the issuer and the V/v line are read as in the docx."""
    result = _result(BLURB_THEN_FLAT_LETTER)
    assert _five(result)[:4] == ("845/BTNMT-KTKĐ", "Công văn", "Bộ Tài nguyên và Môi trường", "2024-04-02")
    assert str(result.fields.get("title")).rstrip(".") == "hướng dẫn tuyển sinh lớp 10 năm học 2024 - 2025"
    assert result.fields.get("place") == "Phan Rang-Tháp Chàm"


# A sharing site's page counter kept with its tag, glued to a flattened school header (l02's kind) whose office and
# school share one line, the date line ending in two dots and the trích yếu in brackets (m08's kind).
COUNTER_SCHOOL_DECISION = """Bạn đang xem bản rút gọn của tài liệu. Xem và tải ngay bản đầy đủ của tài liệu tại đây

<span class='text_page_counter'>(1)</span>PHÒNG GD&ĐT CHÂU THÀNH TRƯỜNG THCS PHÚ HỮU Số: 12/QĐ-THCS \
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Phú Hữu, ngày 05 tháng 9 năm 2019.. QUYẾT ĐỊNH \
(Về việc thành lập tổ tư vấn tâm lý học đường năm học 2019 - 2020) Căn cứ Điều lệ trường trung học cơ sở; \
Xét đề nghị của tổ trưởng chuyên môn, HIỆU TRƯỞNG QUYẾT ĐỊNH: Điều 1. Thành lập tổ tư vấn.
"""


def test_a_page_counter_tag_and_a_flattened_school_header() -> None:
    result = _result(COUNTER_SCHOOL_DECISION)
    assert _five(result) == ("12/QĐ-THCS", "Quyết định", "Trường THCS Phú Hữu", "2019-09-05",
                             "Về việc thành lập tổ tư vấn tâm lý học đường năm học 2019 - 2020")
    assert "text_page_counter" not in result.body


# The two columns joined by a tab, the motto with "HỘI" short of its last letter (m01's kind), a kindergarten
# written "MG" (m09's kind).
TAB_COLUMNS = """PHÒNG GIÁO DỤC VÀ ĐÀO TẠO DIÊN KHÁNH
TRƯỜNG MG DIÊN LẠC\tCỘNG HÒA XÃ HỘ CHỦ NGHĨA VIỆT NAM
\tĐộc lập - Tự do - Hạnh phúc
Số: 31/KH-MGDL
Diên Lạc, ngày 20 tháng 8 năm 2021
KẾ HOẠCH
Phòng, chống dịch bệnh trong trường mẫu giáo năm học 2021 - 2022
Căn cứ Công văn số 102/PGDĐT ngày 10/8/2021 của Phòng Giáo dục và Đào tạo;
"""


def test_a_motto_short_of_a_letter_is_no_part_of_the_issuer_and_mg_is_written_out() -> None:
    result = _result(TAB_COLUMNS)
    assert result.fields.get("issuer") == "Trường Mẫu giáo Diên Lạc"
    assert result.fields.get("type") == "Kế hoạch"


# A Young Pioneers team's plan (m16's kind): the organisation's line over the team, a highland place with its
# apostrophe and no comma before "ngày".
PIONEERS = """ĐỘI TNTP HỒ CHÍ MINH
LIÊN ĐỘI TRƯỜNG TH KIẾN THÀNH
Kiến Đức ngày 02 tháng 11 năm 2015
KẾ HOẠCH
Tổ chức hội thi nghi thức Đội năm học 2015 - 2016
Thực hiện kế hoạch của Hội đồng Đội huyện Đắk R’Lấp,
"""

HIGHLAND_PLACE = """ỦY BAN NHÂN DÂN
HUYỆN EA H’LEO
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 210/TB-UBND
Ea H’leo, ngày 09 tháng 3 năm 2022
THÔNG BÁO
Lịch tiếp công dân tháng 3 năm 2022
"""


def test_a_pioneer_teams_header_and_a_highland_place() -> None:
    result = _result(PIONEERS)
    assert result.fields.get("issuer") == "Liên đội Trường Tiểu học Kiến Thành"
    assert result.fields.get("date") == "2015-11-02"
    assert result.fields.get("place") == "Kiến Đức"
    assert _result(HIGHLAND_PLACE).fields.get("place") == "Ea H’leo"


def test_an_annex_line_in_brackets_is_never_unbracketed_into_a_trich_yeu() -> None:
    """Only a whole trích yếu in one pair of brackets loses them; "(Ban hành kèm theo …)" is an annex's line."""
    text = COUNTER_SCHOOL_DECISION.replace("(Về việc thành lập tổ tư vấn tâm lý học đường năm học 2019 - 2020)",
                                           "(Ban hành kèm theo Quyết định số 11/QĐ-THCS)")
    assert not str(_result(text).fields.get("title") or "").startswith("Ban hành kèm")


# A document site's summary (the header flattened onto one line, cut inside the trích yếu) over the copy itself,
# whose letter greets with the south's "Kính gởi" (m07's kind; heldout19 k05 has the summary too).
SUMMARY_THEN_COPY = """SỞ GD&ĐT AN GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TRƯỜNG THPT CHÂU PHÚ Độc lập - Tự do - Hạnh phúc \
Số: 45/TTr-THPT Châu Phú, ngày 03 tháng 5 năm 2016 TỜ TRÌNH Về việc đề nghị
Trang 1SỞ GD&ĐT AN GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TRƯỜNG THPT CHÂU PHÚ Độc lập - Tự do - Hạnh phúc
Số: 45/TTr-THPT Châu Phú, ngày 03 tháng 5 năm 2016
TỜ TRÌNH
Về việc đề nghị sửa chữa nhà vệ sinh học sinh năm 2016
Kính gởi: Sở Giáo dục và Đào tạo An Giang
Căn cứ tình hình thực tế của nhà trường, trường THPT Châu Phú kính trình.
"""


def test_a_sites_summary_of_the_header_gives_way_to_the_copy() -> None:
    result = _result(SUMMARY_THEN_COPY)
    assert _five(result) == ("45/TTr-THPT", "Tờ trình", "Trường THPT Châu Phú", "2016-05-03",
                             "Về việc đề nghị sửa chữa nhà vệ sinh học sinh năm 2016")


# A unit head's authority line on a flattened decision ends its trích yếu (k05's kind; "PHÓ GIÁM ĐỐC" in a trích yếu
# stays in it).
FLAT_UNIT_DECISION = """TRUNG TÂM Y TẾ HUYỆN ĐÔNG HẢI Số: 88/QĐ-TTYT CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - \
Hạnh phúc Đông Hải, ngày 12 tháng 3 năm 2021 QUYẾT ĐỊNH Về việc phân công nhiệm vụ PHÓ GIÁM ĐỐC phụ trách chuyên môn \
GIÁM ĐỐC TRUNG TÂM Y TẾ HUYỆN ĐÔNG HẢI Căn cứ Quyết định số 12/QĐ-SYT ngày 02/01/2021 của Sở Y tế; Xét đề nghị của \
Phòng Tổ chức - Hành chính, QUYẾT ĐỊNH: Điều 1. Phân công nhiệm vụ.
"""


def test_a_unit_heads_authority_line_ends_a_flattened_trich_yeu() -> None:
    assert _result(FLAT_UNIT_DECISION).fields.get("title") == ("Về việc phân công nhiệm vụ PHÓ GIÁM ĐỐC phụ trách "
                                                               "chuyên môn")


# Header-less notices: the turn to the notice's own act after its grounds ("Nay … thông báo", i17 and i27's kind),
# a school's polite "xin thông báo" (m06's kind), and a venue that names a body ("tại Hội trường UBND huyện …",
# m03's kind) which is never the one acting.
TURNING_NOTICE = """Thông báo về việc tạm dừng cấp nước sinh hoạt
Căn cứ Kế hoạch bảo dưỡng tuyến ống năm 2022 của Công ty cổ phần cấp nước;
Căn cứ đề nghị của các thôn về việc sửa chữa đường ống qua khu dân cư;
Nay Ủy ban nhân dân thị trấn Cát Bà thông báo cho nhân dân biết lịch tạm dừng cấp nước như sau.
"""

SCHOOL_NOTICE = """THÔNG BÁO
V/v lịch học bù học kỳ I năm học 2021 – 2022
Trường Trung học cơ sở Lê Lợi xin thông báo đến quý cha mẹ học sinh lịch học bù như sau:
1/ Khối 6, 7: thứ Bảy ngày 08/01/2022.
"""

VENUE_NEWS = """Lịch tiếp công dân định kỳ tháng 6
Bí thư Huyện ủy tổ chức tiếp công dân vào lúc 8 giờ ngày 15-6-2023, tại Hội trường UBND huyện Gò Công Tây.
Nội dung: tiếp các hộ dân có đất bị ảnh hưởng dự án mở rộng đường tỉnh.
"""


def test_a_header_less_notices_own_act_names_its_body() -> None:
    assert _result(TURNING_NOTICE).fields.get("issuer") == "Ủy ban nhân dân thị trấn Cát Bà"
    assert _result(SCHOOL_NOTICE).fields.get("issuer") == "Trường Trung học cơ sở Lê Lợi"
    venue = _result(VENUE_NEWS)
    assert venue.fields.get("issuer") != "Ủy ban nhân dân huyện Gò Công Tây"


# A news lead naming the decision, its number and date, then its subject after a comma (m17's kind, here a province's
# decision under a headline of other words).
DATED_LEAD = """Phê duyệt đề án du lịch cộng đồng
Thứ Ba, 08/3/2022 09:15
UBND tỉnh Nghệ An vừa ban hành Quyết định số 623/QĐ-UBND ngày 05/3/2022, phê duyệt Đề án phát triển du lịch cộng \
đồng tỉnh Nghệ An giai đoạn 2022 - 2025.
Theo đó, tỉnh phấn đấu đến năm 2025 có 20 điểm du lịch cộng đồng.
"""


def test_a_leads_subject_after_the_documents_date_and_a_comma() -> None:
    result = _result(DATED_LEAD)
    assert _five(result) == ("623/QĐ-UBND", "Quyết định", "Ủy ban nhân dân tỉnh Nghệ An", "2022-03-05",
                             "phê duyệt Đề án phát triển du lịch cộng đồng tỉnh Nghệ An giai đoạn 2022 - 2025")
    assert "title" in {key for key, _ in result.unsure}


# A lead naming the signer by his office, the district then its province after a comma (heldout11 a18's kind): the
# district's two words are its name, not a person's ("Võ Nhai" reads as one); a name after the place is still cut.
SIGNER_LEAD = """Bạn đọc - Cần biết
Các trường cần lưu ý khi thu năm học mới
Ông Trần Văn Hòa – Phó Chủ tịch UBND huyện Võ Nhai, tỉnh Thái Nguyên đã ký hướng dẫn số 2210/UBND-GDĐT ngày \
20/8/2022, về việc hướng dẫn thu, chi các khoản thu trong trường học năm học 2022 – 2023.
"""


def test_a_signers_district_before_its_province_is_the_issuers_place() -> None:
    assert _result(SIGNER_LEAD).fields.get("issuer") == "Ủy ban nhân dân huyện Võ Nhai"
