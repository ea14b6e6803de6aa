"""Header layouts (sixteenth session): where the type line and the trích yếu end, by ND 30's layout. Short written
examples through the public API, never one set's page."""

from __future__ import annotations

from pathlib import Path

from conftest import imported_fields as _import
from vanban.importer import Line, analyse

HEADER = ("{issuer} | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
          "Số: {number} | Hà Nội, ngày 12 tháng 9 năm 2024 |\n"
          "{head}"
          "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n"
          "Theo đề nghị của Vụ trưởng Vụ Pháp chế,\n")


def test_a_lost_type_line_leaves_the_trich_yeus_verb_and_the_number_gives_the_type(tmp_path: Path) -> None:
    """"15/2024/TT-BYT" over "QUY ĐỊNH KỸ THUẬT VỀ …": the line is the trích yếu, the type the number's."""
    fields = _import(tmp_path, HEADER.format(issuer="BỘ Y TẾ", number="15/2024/TT-BYT",
                                             head="QUY ĐỊNH KỸ THUẬT VỀ QUAN TRẮC MÔI TRƯỜNG BỆNH VIỆN\n"))
    assert fields.get("type") == "Thông tư"
    assert fields.get("title") == "QUY ĐỊNH KỸ THUẬT VỀ QUAN TRẮC MÔI TRƯỜNG BỆNH VIỆN"


def test_a_type_line_the_number_agrees_with_or_a_party_number_keeps_its_type(tmp_path: Path) -> None:
    """The type word read as the type when the number says so, when it names no type, or is a Party number."""
    same = _import(tmp_path, HEADER.format(issuer="BỘ Y TẾ", number="15/QĐ-BYT",
                                           head="QUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC\n"))
    assert (same.get("type"), same.get("title")) == ("Quyết định", "Về việc ban hành quy chế làm việc")
    sentence = _import(tmp_path, HEADER.format(issuer="ỦY BAN NHÂN DÂN THỊ XÃ HỘI AN", number="94/BC-UBND",
                                               head="KẾ HOẠCH Phòng, chống thiên tai năm 2015\n"))
    assert sentence.get("type") == "Kế hoạch"


def test_the_enacting_authority_over_the_preamble_ends_the_trich_yeu(tmp_path: Path) -> None:
    """"… NHỮNG NĂM TIẾP THEO" / "THỦ TƯỚNG CHÍNH PHỦ" / "Căn cứ …" and "CỤC TRƯỞNG CỤC …": the authority line, not
    the trích yếu going on."""
    fields = _import(tmp_path, HEADER.format(
        issuer="THỦ TƯỚNG CHÍNH PHỦ", number="444/QĐ-TTg",
        head="QUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH PHÒNG THỦ DÂN SỰ ĐẾN NĂM 2030 VÀ NHỮNG NĂM TIẾP THEO\nTHỦ TƯỚNG CHÍNH PHỦ\n"))
    assert fields.get("title") == "BAN HÀNH KẾ HOẠCH PHÒNG THỦ DÂN SỰ ĐẾN NĂM 2030 VÀ NHỮNG NĂM TIẾP THEO"
    agency = _import(tmp_path, HEADER.format(
        issuer="BỘ Y TẾ | CỤC QUẢN LÝ DƯỢC", number="397/QĐ-QLD",
        head="QUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY TRÌNH THAO TÁC CHUẨN TẠI CỤC QUẢN LÝ DƯỢC\nCỤC TRƯỞNG CỤC QUẢN LÝ DƯỢC\n"))
    assert agency.get("title") == "VỀ VIỆC BAN HÀNH QUY TRÌNH THAO TÁC CHUẨN TẠI CỤC QUẢN LÝ DƯỢC"


def test_after_of_or_a_comma_the_authority_line_goes_on_with_the_trich_yeu(tmp_path: Path) -> None:
    """"… CỦA" / "THỦ TƯỚNG CHÍNH PHỦ" / "Căn cứ": the trích yếu names whose; the line is its words."""
    fields = _import(tmp_path, HEADER.format(
        issuer="BỘ NỘI VỤ", number="12/QĐ-BNV",
        head="QUYẾT ĐỊNH\nVỀ VIỆC THỰC HIỆN CHỈ THỊ CỦA\nTHỦ TƯỚNG CHÍNH PHỦ\n"))
    assert fields.get("title") == "VỀ VIỆC THỰC HIỆN CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ"


def _laid_out(second: Line) -> list[Line]:
    def line(text: str, centered: bool | None = False, gap: bool = False) -> Line:
        return Line(text, gap_before=gap, centered=centered)
    return [line("HỘI ĐỒNG NHÂN DÂN", gap=True), line("TỈNH SƠN LA"), line("Số: 272/2009/NQ-HĐND"),
            line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), line("Độc lập - Tự do - Hạnh phúc"),
            line("Sơn La, ngày 17 tháng 4 năm 2009"), line("NGHỊ QUYẾT", centered=True),
            line("Về sửa đổi một số nội dung của Nghị quyết số", centered=True), second,
            line("HỘI ĐỒNG NHÂN DÂN TỈNH SƠN LA", centered=True),
            line("Căn cứ Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003;", centered=False)]


def test_a_centred_trich_yeus_full_width_line_going_on_from_an_open_sentence_is_kept() -> None:
    """A centred line as wide as the text block reads as at the margin; going on from "… số" it is the trích yếu."""
    wide = Line("182/2007/NQ-HĐND ngày 10/12/2007 của Hội đồng nhân dân tỉnh", centered=False)
    result = analyse(_laid_out(wide), Path("ban-in.pdf"))  # type: ignore[arg-type]
    assert result.fields.get("title") == ("Về sửa đổi một số nội dung của Nghị quyết số 182/2007/NQ-HĐND ngày "
                                          "10/12/2007 của Hội đồng nhân dân tỉnh")
    indented = Line("182/2007/NQ-HĐND ngày 10/12/2007 của Hội đồng nhân dân tỉnh", centered=False, indented=True)
    result = analyse(_laid_out(indented), Path("ban-in.pdf"))  # type: ignore[arg-type]
    assert result.fields.get("title") == "Về sửa đổi một số nội dung của Nghị quyết số"


LETTER = ("SỞ GIÁO DỤC VÀ ĐÀO TẠO\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n"
          "Số: 4144/GDĐT-VP\n\nHà Nội, ngày 25 tháng 11 năm 2018\n\n{subject}\n\nKính gửi: Trưởng phòng Giáo dục các quận.\n\n"
          "Căn cứ tình hình sau cơn bão, Sở Giáo dục và Đào tạo đề nghị như sau.\n")


def test_a_letters_subject_spaced_over_lines_ends_at_its_kinh_gui(tmp_path: Path) -> None:
    """A copy that spaces every line: "V/v Hướng dẫn …" / "Giáo dục trung học …" / "Kính gửi:" is one subject; so is an
    unlabelled "Về …" under a letter's number; a date line or a sentence above "Kính gửi" is none of it."""
    wrapped = _import(tmp_path, LETTER.format(subject="V/v Hướng dẫn thực hiện nhiệm vụ\n\nGiáo dục trung học năm học 2018-2019"))
    assert wrapped.get("title") == "Hướng dẫn thực hiện nhiệm vụ Giáo dục trung học năm học 2018-2019"
    bare = _import(tmp_path, LETTER.format(subject="Về cho học sinh nghỉ học\n\nNgày 26/11/2018\n\nKHẨN"))
    assert (bare.get("type"), bare.get("title")) == ("Công văn", "cho học sinh nghỉ học Ngày 26/11/2018")
    sentence = _import(tmp_path, LETTER.format(subject="V/v Hướng dẫn thực hiện nhiệm vụ\n\nSở đề nghị các phòng làm ngay."))
    assert sentence.get("title") == "Hướng dẫn thực hiện nhiệm vụ"
    decision = _import(tmp_path, LETTER.replace("4144/GDĐT-VP", "41/QĐ-SGDĐT").format(subject="Về cho học sinh nghỉ học"))
    assert decision.get("title") != "cho học sinh nghỉ học"
