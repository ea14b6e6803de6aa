"""Forty-second session (imp52d): a department's province named bare after its trade written out takes its level.

The kind, counted over the labels of every set (pages without a header whose text names a provincial department as
"Sở <trade> <province>" with no level word): heldout18 j14, heldout29 ae23 (older spent sets) and heldout41 ap20, ap26
are labelled with the level put in ("Sở Y tế tỉnh Thanh Hóa", "… thành phố Hà Nội"), as ``issuer._spelt_trade``
already wrote a trade given by its initials ("Sở TN&MT Sơn La" → "… tỉnh Sơn La"); a trade written out was kept
bare. Every page here is written for the test, in other bodies and words."""

from __future__ import annotations

from pathlib import Path

from import_written import imported_front

from vanban.importer.department_place import with_province_level
from vanban.importer.issuer import written_out


def test_a_lead_names_a_province_department_bare(tmp_path: Path) -> None:
    """ap20's shape: a site tag, "Ngày D/M, Sở <trade> <province> đã có công văn <what it does>"."""
    front = imported_front(tmp_path, (
        "(baonghean.vn) - Ngày 12/3, Sở Tư pháp Nghệ An đã có công văn hướng dẫn chứng thực bản sao điện tử.\n\n"
        "Theo đó, các phòng tư pháp cấp huyện thực hiện từ ngày 15/3.\n"))
    assert front["issuer"] == "Sở Tư pháp tỉnh Nghệ An"


def test_a_city_department_takes_thanh_pho() -> None:
    """ap26's shape: a centrally-run city's department, its trade written out in full."""
    assert written_out("Sở Văn hóa và Thể thao Đà Nẵng") == "Sở Văn hóa và Thể thao thành phố Đà Nẵng"
    assert written_out("Sở Nông nghiệp và Phát triển nông thôn Bà Rịa - Vũng Tàu") == (
        "Sở Nông nghiệp và Phát triển nông thôn tỉnh Bà Rịa - Vũng Tàu")


def test_what_is_not_changed() -> None:
    """A name with its level, a bare department, a person after the trade, a clause run on: kept as written."""
    for name in ("Sở Y tế tỉnh Thanh Hóa", "Sở Y tế TP Hà Nội", "Sở Y tế", "Sở Tư pháp Nguyễn Văn An",
                 "Sở Xây dựng cũng được UBND Hà Nội", "Sở Giáo dục và Đào tạo huyện Lệ Thủy"):
        assert with_province_level(name) == name
