"""Pages without a header, kinds the spent heldout14 showed (sixteenth session).

An office holder named with his person name as the one who signs an unnumbered document ("Bộ trưởng Y tế <name>
vừa ký công văn …", "Phó Thủ tướng <name> vừa ký quyết định …"): the issuer is the ministry, or the Prime Minister
for whom his deputy signs, never the office and the name; the person is the signer. A ministry named by its
initials in a numbered lead is written out; the purpose after "nhằm" is the paper's, not the trích yếu. Each test
imports a pasted page through `vanban import`.
"""

from __future__ import annotations

from pathlib import Path

from import_written import imported_front


def test_a_minister_named_with_her_name_gives_the_ministry_and_the_signer(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        "Bộ trưởng Y tế Nguyễn Thị Hoa vừa ký công văn gửi UBND các tỉnh, thành phố trực thuộc Trung ương về việc "
        "hướng dẫn tổ chức lại các trạm y tế xã.\n"))
    assert (front["type"], front["issuer"], front["signer"]) == ("Công văn", "Bộ Y tế", "Nguyễn Thị Hoa")
    assert front["title"] == "hướng dẫn tổ chức lại các trạm y tế xã"


def test_a_deputy_prime_minister_signs_for_the_prime_minister(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        "Thành lập ban quản lý mới\n"
        "Phó Thủ tướng Lê Văn Minh vừa ký quyết định thành lập Ban Quản lý Khu công nghệ cao tỉnh Bình Định nhằm "
        "nâng cao hiệu quả quản lý sau khi sáp nhập.\n"))
    assert (front["type"], front["issuer"], front["signer"]) == ("Quyết định", "Thủ tướng Chính phủ", "Lê Văn Minh")
    assert front["title"] == "thành lập Ban Quản lý Khu công nghệ cao tỉnh Bình Định"


def test_a_deputy_minister_s_numbered_letter_gives_the_ministry_written_out(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        "Lễ hội an toàn\n\n"
        "Thứ trưởng Bộ VHTT&DL Trần Văn Bình vừa ký công văn số 412/BVHTTDL-VHCS về việc tổ chức lễ hội an toàn.\n"))
    assert (front["number"], front["issuer"], front["signer"]) == (
        "412/BVHTTDL-VHCS", "Bộ Văn hóa, Thể thao và Du lịch", "Trần Văn Bình")


def test_the_old_gazette_heading_gives_issuer_number_date_and_trich_yeu(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        "THÔNG TƯ\n"
        "CỦA BỘ LÂM NGHIỆP SỐ 05/2003/TT-BLN NGÀY 12 THÁNG 4 NĂM 2003 HƯỚNG DẪN THỰC HIỆN MỘT SỐ ĐIỀU\n"
        "CỦA QUY CHẾ QUẢN LÝ RỪNG GIỐNG\n"
        "Căn cứ Nghị định số 12/2002/NĐ-CP ngày 20/2/2002 của Chính phủ, Bộ Lâm nghiệp hướng dẫn như sau:\n"
        "1. Phạm vi áp dụng\n"))
    assert (front["number"], front["type"], front["date"]) == ("05/2003/TT-BLN", "Thông tư", "2003-04-12")
    assert front["issuer"] == "Bộ Lâm nghiệp"
    assert front["title"].upper() == "HƯỚNG DẪN THỰC HIỆN MỘT SỐ ĐIỀU CỦA QUY CHẾ QUẢN LÝ RỪNG GIỐNG"


def test_a_header_s_gazette_line_naming_issuer_number_and_day_is_no_trich_yeu(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        "BỘ LÂM NGHIỆP\n\nSố: 7-LN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Hà Nội, ngày 3 tháng 3 năm 1986\n\nTHÔNG TƯ\n\nCỦA BỘ LÂM NGHIỆP SỐ 7/LN NGÀY 3-3-1986\n\n"
        "HƯỚNG DẪN VIỆC GIAO ĐẤT TRỒNG RỪNG\n\nCHO HỢP TÁC XÃ\n\n"
        "Để thi hành Quyết định số 184/HĐBT, Bộ Lâm nghiệp hướng dẫn như sau:\n"))
    assert front["title"].upper() == "HƯỚNG DẪN VIỆC GIAO ĐẤT TRỒNG RỪNG CHO HỢP TÁC XÃ"
