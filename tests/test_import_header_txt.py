"""Header pages pasted as text (fifteenth session): what a portal's copy of a header loses, read back from what it
kept. Short written examples through ``import_file`` on a .txt, never one set's page."""

from __future__ import annotations

from pathlib import Path

from vanban.importer import import_file

# A copy that kept only the managing body's cell: the department's lines under "ỦY BAN NHÂN DÂN" were lost.
MANAGING_ONLY = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
                 "Số: {number} | Đà Nẵng, ngày 12 tháng 9 năm 2024 |\n"
                 "{head}"
                 "Căn cứ Quyết định số 06/2023/QĐ-UBND ngày 25 tháng 02 năm 2023 của Ủy ban nhân dân thành phố;\n"
                 "{acting} hướng dẫn thực hiện như sau:\n"
                 "I. Phạm vi áp dụng\n")


def _import(tmp_path: Path, text: str) -> dict[str, object]:
    path = tmp_path / "ban-sao.txt"
    path.write_text(text, "utf-8")
    return import_file(path).fields


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
