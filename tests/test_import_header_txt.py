"""Header pages (fifteenth session): what a portal's text copy of a header loses, read back from what it kept, and
what a printed page's layout says. Short written examples through the public API, never one set's page."""

from __future__ import annotations

from pathlib import Path

from conftest import imported_fields as _import

# A copy that kept only the managing body's cell: the department's lines under "ỦY BAN NHÂN DÂN" were lost.
MANAGING_ONLY = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
                 "Số: {number} | Đà Nẵng, ngày 12 tháng 9 năm 2024 |\n"
                 "{head}"
                 "Căn cứ Quyết định số 06/2023/QĐ-UBND ngày 25 tháng 02 năm 2023 của Ủy ban nhân dân thành phố;\n"
                 "{acting} hướng dẫn thực hiện như sau:\n"
                 "I. Phạm vi áp dụng\n")


def test_a_number_whose_code_spells_the_unit_the_body_names_gives_the_issuer(tmp_path: Path) -> None:
    """"681/HD-SYT" and "Sở Y tế hướng dẫn …": the department, not the committee above it (its locality aside)."""
    fields = _import(tmp_path, MANAGING_ONLY.format(number="681/HD-SYT", head="HƯỚNG DẪN\nPHÒNG CHỐNG DỊCH BỆNH MÙA MƯA\n",
                                                    acting="Sở Y tế"))
    assert fields.get("issuer") == "Sở Y tế"
    letter = _import(tmp_path, MANAGING_ONLY.format(number="1557/SGDĐT-GDTrH", head="V/v hướng dẫn nhiệm vụ năm học\n",
                                                    acting="Sở Giáo dục và Đào tạo"))
    assert letter.get("issuer") == "Sở Giáo dục và Đào tạo" and letter.get("type") == "Công văn"


def test_the_committees_own_code_keeps_the_committee(tmp_path: Path) -> None:
    """"45/HD-UBND" is the committee's own number: a unit the body names is not its issuer."""
    fields = _import(tmp_path, MANAGING_ONLY.format(number="45/HD-UBND", head="HƯỚNG DẪN\nPHÒNG CHỐNG DỊCH BỆNH MÙA MƯA\n",
                                                    acting="Sở Y tế"))
    assert fields.get("issuer") == "Ủy ban nhân dân thành phố Đà Nẵng"
    other = _import(tmp_path, MANAGING_ONLY.format(number="681/HD-STC", head="HƯỚNG DẪN\nPHÒNG CHỐNG DỊCH BỆNH MÙA MƯA\n",
                                                   acting="Sở Y tế"))
    assert other.get("issuer") != "Sở Y tế"  # a code the named unit does not spell


def _printed(rows: list[tuple[float, float, str]]) -> dict[str, object]:
    """A printed page (612 pt wide, text block 85–527 pt, 14 pt lines): each row its left and right edge and text."""
    from vanban.importer import analyse
    from vanban.importer.readers.layout import Box, blocks_from_pages

    boxes = [Box(left, 100 + 18 * i, right, 114 + 18 * i, text) for i, (left, right, text) in enumerate(rows)]
    return analyse(blocks_from_pages([(boxes, 612.0)]), Path("in.pdf")).fields


HEADER = [(85, 250, "ỦY BAN NHÂN DÂN"), (330, 527, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
          (95, 240, "TỈNH LONG AN"), (350, 510, "Độc lập - Tự do - Hạnh phúc"),
          (100, 230, "Số: 15/KH-UBND"), (340, 520, "Long An, ngày 13 tháng 5 năm 2024"),
          (270, 342, "KẾ HOẠCH")]


def test_a_printed_trich_yeu_ends_where_a_paragraph_opens_at_its_indent() -> None:
    """ND 30 centres the trích yếu and opens each paragraph of the body 1 cm in: a wide centred trích yếu ("… năm
    2024", equal margins) then "Năm 2024, Tỉnh tiếp tục …" (indented, to the right margin) is two things."""
    fields = _printed([*HEADER, (89, 523, "Triển khai, tổ chức Tháng hành động vì trẻ em trên địa bàn tỉnh năm 2024"),
                       (113, 527, "Năm 2024, Tỉnh tiếp tục tập trung chỉ đạo triển khai thực hiện các nội dung"),
                       (85, 527, "cơ bản của Chỉ thị số 20-CT/TW ngày 05 tháng 11 năm 2012 của Bộ Chính trị về"),
                       (85, 300, "công tác bảo vệ, chăm sóc trẻ em.")])
    assert fields.get("title") == "Triển khai, tổ chức Tháng hành động vì trẻ em trên địa bàn tỉnh năm 2024"
    wrapped = _printed([*HEADER, (89, 523, "Triển khai, tổ chức Tháng hành động vì trẻ em trên địa bàn tỉnh và các"),
                        (150, 462, "huyện, thị xã, thành phố năm 2024"),
                        (113, 527, "Năm 2024, Tỉnh tiếp tục tập trung chỉ đạo triển khai thực hiện các nội dung")])
    assert wrapped.get("title") == ("Triển khai, tổ chức Tháng hành động vì trẻ em trên địa bàn tỉnh và các huyện, "
                                    "thị xã, thành phố năm 2024")  # a centred second line goes on
