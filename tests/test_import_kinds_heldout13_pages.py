"""Pages without a header, kinds the spent heldout13 showed (sixteenth session).

A lead that names a letter without its number, its addressees between the type word and "về" ("… vừa có công văn
gửi Chủ tịch UBND các tỉnh … về …") or after the subject ("… hướng dẫn công tác … tới Ủy ban MTTQ các tỉnh …"): the
addressees are never part of the trích yếu. Each test imports a pasted page through `vanban import`.
"""

from __future__ import annotations

from pathlib import Path

from import_written import imported_front


def test_an_unnumbered_letter_routed_to_its_addressees_before_its_subject(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        "Phòng chống dịch tay chân miệng mùa cao điểm\n\n"
        "(ABC) - Trước diễn biến phức tạp của dịch, Bộ Y tế vừa có công văn gửi Chủ tịch UBND các tỉnh, thành phố "
        "về tăng cường phòng chống dịch tay chân miệng.\n"))
    assert (front["type"], front["issuer"]) == ("Công văn", "Bộ Y tế")
    assert front["title"] == "tăng cường phòng chống dịch tay chân miệng"
    assert front["number"] == "" and front["date"] == ""


def test_a_telegram_routed_before_its_subject_keeps_ve_viec(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        "Lo ngại dịch bệnh bùng phát\n\n"
        "Bộ Y tế đã có công điện gửi Chủ tịch UBND các tỉnh, thành phố về việc tăng cường phòng chống dịch sởi.\n"))
    assert (front["type"], front["issuer"]) == ("Công điện", "Bộ Y tế")
    assert front["title"] == "về việc tăng cường phòng chống dịch sởi"


def test_a_letter_named_without_its_subject_gives_no_type(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        "Tăng cường phòng chống dịch\n\n"
        "Bộ Y tế vừa có công văn yêu cầu các địa phương tăng cường phòng chống dịch.\n"))
    assert front["title"] == ""


def test_addressees_after_the_subject_and_a_lead_after_a_quote_colon(tmp_path: Path) -> None:
    front = imported_front(tmp_path, (
        "Theo ông Nguyễn Văn A, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam: Ban Thường trực Ủy ban Trung ương "
        "MTTQ Việt Nam vừa ban hành hướng dẫn công tác vận động quần chúng tới Ủy ban MTTQ các tỉnh, thành phố "
        "năm 2013.\n"))
    assert (front["type"], front["issuer"]) == ("Hướng dẫn", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam")
    assert front["title"] == "công tác vận động quần chúng"
