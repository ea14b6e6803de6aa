"""Task sentences in running prose (thirty-third session, trk43; heldout19 spent): the duty a body has ("A có nhiệm vụ …") is an
obligation laid on it, as "A có trách nhiệm …" is — in the sentence's subject, before the bodies it directs, and in the leads
that hold units only before an obligation ("Trên cơ sở …, A có nhiệm vụ …"); a bare "Trung tâm" is no name. And a duty where
the page's copy stops inside a word is shown cut ("… phối h…"), site35's kind.

Texts written for this test (other bodies and wordings than the sets'), on the fast reader and on the plain reference. The
start code (f168a5d) gives no row for each case of the first test and no "…" in the first two of the last; the others
guard what must stay so; the last test fails there too (the time line's words shown)."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import stated_tasks
from vanban.deadlines import extract_deadlines
from vanban.tracking.tasks import assignments

pytestmark = pytest.mark.usefixtures("sentence_reader")

DAY = dt.date(2021, 3, 2)


@pytest.mark.parametrize(("body", "found"), [
    # the subject's duty, with the bodies it directs
    ("Tình hình dịch bệnh diễn biến phức tạp.\nChi cục Thú y có nhiệm vụ chỉ đạo các trạm thú y tổ chức tiêm phòng.",
     [("Chi cục Thú y", "-"), ("các trạm thú y", "-")]),
    # a list of bodies, a due in the sentence
    ("Các phòng, ban chuyên môn có nhiệm vụ tổng hợp số liệu, gửi Văn phòng trước ngày 15/4/2021.",
     [("Các phòng, ban chuyên môn", "2021-04-15")]),
    # after a lead that holds units only before an obligation
    ("Trên cơ sở báo cáo của các xã, Phòng Tài chính - Kế hoạch có nhiệm vụ tổng hợp, trình UBND huyện.",
     [("Phòng Tài chính - Kế hoạch", "-")]),
])
def test_the_duty_a_body_has(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "found"), [
    # "có" alone after a body still tells what it has or did: no duty
    ("Năm 2020, UBND các xã có nhiều cách làm hay trong vận động nhân dân.", []),
    ("Các trường có kế hoạch ôn tập cho học sinh lớp 12.", []),
    # the duty it has, as before
    ("Sở Y tế có trách nhiệm hướng dẫn các bệnh viện thực hiện.", [("Sở Y tế", "-"), ("các bệnh viện", "-")]),  # trklab51 ruling
])
def test_what_a_body_has_is_no_duty(body: str, found: list[tuple[str, str]]) -> None:
    assert stated_tasks(body, DAY) == found


@pytest.mark.parametrize(("body", "shown"), [
    # the copy stops inside a word: the duty is shown cut
    ("Điều 2.\n\nGiao Sở Xây dựng là cơ quan thường trực, phối h", "là cơ quan thường trực, phối h…"),
    ("Các sở, ngành phối hợp chặt chẽ v", "phối hợp chặt chẽ v…"),
    # a last word that is a syllable, or a capital's abbreviation, ends the sentence as written
    ("Điều 2. Giao nhiệm vụ:\n\n1. Sở Tài chính chịu trách nhiệm tổ chức thực hiện", "chịu trách nhiệm tổ chức thực hiện"),
    ("Sở Nội vụ có trách nhiệm báo cáo UBND", "có trách nhiệm báo cáo UBND"),
])
def test_a_duty_the_copy_cut_is_shown_cut(body: str, shown: str) -> None:
    assert [a.text for a in assignments(body, extract_deadlines(body))] == [shown]


def test_a_time_line_lends_its_due_not_its_words() -> None:
    # "Thời gian …: Từ … đến …" gives the units before it their period; the row shows what they were asked to do
    body = ("UBND phường đề nghị các cơ quan, trường học và Nhân dân trên địa bàn treo cờ Tổ quốc tại trụ sở, nhà ở.\n\n"
            "Thời gian treo cờ: Từ ngày 01/5/2021 đến hết ngày 03/5/2021.")
    rows = assignments(body, extract_deadlines(body, doc_date=DAY))
    assert [(a.head, a.text, a.deadline is not None) for a in rows] == [
        ("các cơ quan, trường học", "treo cờ Tổ quốc tại trụ sở, nhà ở", True)]
