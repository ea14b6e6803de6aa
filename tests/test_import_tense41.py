"""Thirty-first session (review): a body's name never ends in a tense word. "Sở GD&ĐT đã thông báo đến các trường …"
under a notice's headline gave the issuer "Sở Giáo dục và Đào tạo đã"; the words a page tells what a body did with
("đã", "vừa", "cũng", "sẽ", "đang", "vẫn", and the reporting verbs) are cut from the end of any issuer, however read.
Every sentence here is written for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import imported_front
from vanban.importer.office_holder import body_of_office


@pytest.mark.parametrize(("read", "body"), [
    ("Sở Giáo dục và Đào tạo đã", "Sở Giáo dục và Đào tạo"),
    ("Phòng Văn hóa và Thông tin huyện Cẩm Mỹ cũng đã", "Phòng Văn hóa và Thông tin huyện Cẩm Mỹ"),
    ("Ủy ban nhân dân xã Tân Mỹ vừa", "Ủy ban nhân dân xã Tân Mỹ"),
    ("Ban Chỉ huy Quân sự huyện sẽ", "Ban Chỉ huy Quân sự huyện"),
    ("Sở Y tế cũng đã cho biết", "Sở Y tế"),
    # names that end in such words with a capital, or in "công nghệ thông tin", stay whole
    ("Ủy ban nhân dân xã Tân Mới", "Ủy ban nhân dân xã Tân Mới"),
    ("Trung tâm Công nghệ thông tin", "Trung tâm Công nghệ thông tin"),
    ("Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông"),
])
def test_a_name_never_ends_in_a_tense_word(read: str, body: str) -> None:
    assert body_of_office(read) == body


@pytest.mark.parametrize("form", ("txt", "html", "docx"))
def test_a_notice_told_in_the_past_tense(tmp_path: Path, form: str) -> None:
    text = ("Thông báo về lịch thi tuyển sinh lớp 10 năm học 2026-2027\n\n"
            "Sở GD&ĐT đã thông báo đến các trường THCS, THPT trên địa bàn tỉnh lịch thi "
            "tuyển sinh vào lớp 10 năm học 2026-2027 như sau.\n\nHọc sinh có mặt tại điểm thi lúc 7 giờ.")
    front = imported_front(tmp_path, text, form)
    assert front["issuer"] == "Sở Giáo dục và Đào tạo"
