"""Pages without a header, lead kinds the spent heldout14 and heldout11 showed (seventeenth session).

A lead with no number: a body that decides ("UBND thành phố X vừa quyết định giao …", "Ngày 22/5, Chủ tịch UBND tỉnh
quyết định công nhận …") reports a Quyết định, the words after the verb its trích yếu; a letter's lead names its body
with the ministry above it, its addressees in a list cut by semicolons, and may say what the letter directs instead
of its "về" subject (then no trích yếu). Each test writes the kind small with made-up names and checks what a clerk
gets; every value is reported as unsure.
"""

from __future__ import annotations

from pathlib import Path

from vanban.importer import analyse, read_text_lines
from vanban.importer.result import ImportResult


def _result(text: str) -> ImportResult:
    return analyse(read_text_lines(text, markdown_source=False), Path("x.txt"))


def _five(result: ImportResult) -> tuple[object, ...]:
    return tuple(result.fields.get(k, "") for k in ("number", "type", "issuer", "date", "title"))


def test_a_body_that_decides_is_a_decision_and_what_it_decides_the_trich_yeu() -> None:
    """e20, a30: "vừa quyết định <what>" or a dated "Ngày d/m, <body> quyết định <what>"."""
    result = _result("UBND thành phố Hải Long vừa quyết định giao chỉ tiêu tuyển 200 lao động năm 2026. Thời gian "
                     "tổ chức vào sáng 20-2-2026.\n")
    assert _five(result) == ("", "Quyết định", "Ủy ban nhân dân thành phố Hải Long", "",
                             "giao chỉ tiêu tuyển 200 lao động năm 2026")
    assert {"type", "issuer", "title"} <= {k for k, _ in result.unsure}
    dated = _result("Ngày 22/5, Chủ tịch Ủy ban nhân dân tỉnh quyết định công nhận 05 xã đạt chuẩn nông thôn mới.\n\n"
                    "Đó là các xã: An Hòa, Bình Lợi.\n")
    assert _five(dated) == ("", "Quyết định", "Ủy ban nhân dân tỉnh", "",
                            "công nhận 05 xã đạt chuẩn nông thôn mới")


def test_quyet_dinh_in_running_prose_is_no_decision() -> None:
    """"… giao Bộ Chỉ huy quyết định cụ thể …": the bare verb in prose, no adverb, no dated opening."""
    result = _result("Tin tức địa phương\n\nThành phố giao Bộ Chỉ huy quân sự quyết định cụ thể số lượng của từng "
                     "địa phương.\n")
    assert result.fields.get("type", "") == ""


def test_a_letter_lead_with_the_ministry_above_and_semicolon_addressees() -> None:
    """e19: "Cục X, Bộ Y tế mới đây có công văn gửi A; B; C về việc …": the department is the issuer (its ministry
    left out, as the sets write an issuer), the addressees skipped, "về việc" the letter's label."""
    result = _result("Cục Quản lý Dược, Bộ Y tế mới đây có công văn gửi các bệnh viện trực thuộc; Sở Y tế các tỉnh; "
                     "y tế các bộ, ngành về việc rà soát giá thuốc tại các nhà thuốc bệnh viện.\n")
    assert _five(result) == ("", "Công văn", "Cục Quản lý Dược", "", "rà soát giá thuốc tại các nhà thuốc bệnh viện")


def test_a_letter_lead_that_says_what_it_directs_gives_no_trich_yeu() -> None:
    """e23: "Chủ tịch UBND tỉnh vừa có công văn chỉ đạo các sở, …; UBND các huyện đẩy nhanh …": a Công văn and its
    body, the trích yếu left empty and said so (a letter is named by its "về" subject)."""
    result = _result("Chủ tịch UBND tỉnh vừa có công văn chỉ đạo các sở, ban, ngành tỉnh; UBND các huyện đẩy nhanh "
                     "tiến độ giải ngân vốn đầu tư công.\n")
    assert _five(result) == ("", "Công văn", "Ủy ban nhân dân tỉnh", "", "")
    assert any("không nêu trích yếu" in note for note in result.notes)
    assert "title" in {k for k, _ in result.missing}
