"""The two issuer labelling rules settled in the twenty-sixth session (tests/fixtures/import/README.md), through
`vanban import` on news leads written here: a minister's office issues as his ministry; a bare provincial department
takes the one province its document's scope names, and only that."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import imported_fields


def _issuer(tmp_path: Path, lead: str) -> object:
    text = f"Tin hoạt động\n\n{lead}\n\nTheo đó, các đơn vị báo cáo kết quả trước ngày 30/6.\n"
    return imported_fields(tmp_path, text).get("issuer")


def test_a_ministers_office_issues_as_the_ministry(tmp_path: Path) -> None:
    lead = ("Thông tư 12/2023/TT-BNV hướng dẫn chế độ báo cáo thống kê ngành Nội vụ do Bộ trưởng Bộ Nội vụ ban hành "
            "ngày 15/11/2023.")
    assert _issuer(tmp_path, lead) == "Bộ Nội vụ"


@pytest.mark.parametrize(("lead", "issuer"), [
    ("Ngày 03/4/2024, Sở Y tế đã ban hành Kế hoạch số 211/KH-SYT về phòng, chống sốt xuất huyết trên địa bàn "
     "tỉnh Cà Mau năm 2024.", "Sở Y tế tỉnh Cà Mau"),
    ("Sở Giáo dục và Đào tạo vừa ban hành Công văn số 1502/SGDĐT-GDTrH về tuyển sinh lớp 10 trên địa bàn thành phố "
     "Cần Thơ.", "Sở Giáo dục và Đào tạo thành phố Cần Thơ"),
    # two provinces named as scopes: the text does not settle which is the department's
    ("Sở Công Thương vừa ban hành Công văn số 88/SCT-QLTM về hàng hóa vận chuyển trên địa bàn tỉnh Long An và trên "
     "địa bàn tỉnh Tây Ninh.", "Sở Công Thương"),
    # the place already in the name, without its level: it takes the level, as a header's department does (forty-second
    # session, imp52d: heldout41 ap20 and ap26 are labelled so), and the scope adds nothing more
    ("Sở Tài chính Quảng Trị vừa ban hành Công văn số 77/STC-QLG về giá trên địa bàn tỉnh Quảng Trị.",
     "Sở Tài chính tỉnh Quảng Trị"),
    # no scope: a province named otherwise is not the department's
    ("Sở Văn hóa và Thể thao vừa ban hành Kế hoạch số 40/KH-SVHTT chào mừng 190 năm thành lập tỉnh Bắc Ninh.",
     "Sở Văn hóa và Thể thao"),
])
def test_a_bare_department_takes_its_documents_scope(tmp_path: Path, lead: str, issuer: str) -> None:
    assert _issuer(tmp_path, lead) == issuer
