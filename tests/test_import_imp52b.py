"""Forty-second session (imp52b): a news lead whose verb is the notice's own, "<body> [vừa] thông báo <what>".

The kind, counted over the spent sets' pages without a header: heldout29 ae31, heldout30 af17, af18, heldout39 an08,
heldout40 ao03, ao06 (4 sets) open with "[Ngày …,] <body> [vừa/đã] thông báo (về việc | việc | <verb>) …" and no
type word or number for the document: each is labelled a Thông báo by that body, its trích yếu what the sentence says
it gives notice of. Not it: the noun after a verb of issuing ("phát thông báo lần 2", the grammar's), a notice of
another's words ("thông báo ý kiến chỉ đạo …", a Văn phòng's Công văn), a clause before the body. Every page here is
written for the test, in other bodies and words."""

from __future__ import annotations

from pathlib import Path

from import_written import imported_front, imported_with_report


def test_a_dated_lead_gives_notice_of_a_decision(tmp_path: Path) -> None:
    """ae31's shape: a headline the subject opens with, then "Ngày D/M/Y, <body> thông báo <verb> …"."""
    front, report = imported_with_report(tmp_path, (
        "Tạm dừng hoạt động chợ đêm Bình Minh\n\nChi tiết bài viết Tin tức\n\n"
        "Ngày 12/9/2021, UBND huyện Cao Lãnh thông báo tạm dừng hoạt động chợ đêm Bình Minh thuộc địa bàn xã Mỹ Long "
        "để bảo đảm các biện pháp phòng, chống dịch bệnh.\n\n"
        "Thời gian tạm dừng kể từ 0 giờ ngày 13/9/2021.\n"))
    assert front["type"] == "Thông báo"
    assert front["issuer"] == "Ủy ban nhân dân huyện Cao Lãnh"
    assert str(front["date"]) == "2021-09-12"
    assert front["title"] == "Tạm dừng hoạt động chợ đêm Bình Minh"
    assert "(type)" in report  # read from a lead: reported unsure


def test_a_recent_lead_under_a_stamp_and_a_source(tmp_path: Path) -> None:
    """af18's shape: a stamp, a headline, a source line, then "<body> vừa thông báo việc …" (no year: no date)."""
    front = imported_front(tmp_path, (
        "15/12/2019 08:30 GMT+7\n\nHà Nội thông báo nghỉ Tết Dương lịch năm 2020\n\nNguồn: UBND TP Hà Nội\n\n"
        "UBND thành phố Hà Nội vừa thông báo việc nghỉ Tết Dương lịch và treo cờ Tổ quốc ngày 1-1-2020.\n\n"
        "Theo đó, cán bộ, công chức được nghỉ một ngày.\n"))
    assert front["type"] == "Thông báo"
    assert front["issuer"] == "Ủy ban nhân dân thành phố Hà Nội"
    assert front["title"] == "việc nghỉ Tết Dương lịch và treo cờ Tổ quốc ngày 1-1-2020"
    assert not front.get("date")


def test_a_lead_after_a_sapo_gives_notice_about(tmp_path: Path) -> None:
    """af17's shape: the paper's sapo ending on a comma, then "Ngày D-M, <body> thông báo về việc …"."""
    front = imported_front(tmp_path, (
        "Các phường dừng nhận hồ sơ tại trụ sở từ ngày 5-1\n\n"
        "(NLĐ)- Từ ngày 5-1, hồ sơ thủ tục hành chính được tiếp nhận tập trung tại Trung tâm hành chính công,\n\n"
        "Ngày 28-12, UBND TP.Cần Thơ thông báo về việc kết thúc tiếp nhận hồ sơ tại các phường và tiếp "
        "nhận tập trung tại Trung tâm hành chính công tỉnh.\n\n"
        "Theo đó, các phường kết thúc việc tiếp nhận hồ sơ.\n"))
    assert front["type"] == "Thông báo"
    assert front["issuer"] == "Ủy ban nhân dân thành phố Cần Thơ"
    assert front["title"].startswith("về việc kết thúc tiếp nhận hồ sơ tại các phường")


def test_the_noun_after_a_verb_of_issuing_is_not_this_reader(tmp_path: Path) -> None:
    """j27's shape: "<body> phát thông báo lần 2, tìm …": no trích yếu read from it here."""
    front = imported_front(tmp_path, (
        "Tìm chủ sở hữu phương tiện vi phạm\n\n"
        "Phòng Cảnh sát giao thông, Công an tỉnh Nghệ An phát thông báo lần 3, tìm chủ sở hữu phương tiện vi phạm "
        "hành chính đã quá thời hạn tạm giữ.\n\nDanh sách kèm theo.\n"))
    assert not front.get("title", "").startswith("lần 3")


def test_a_notice_of_another_bodys_words_is_no_notice(tmp_path: Path) -> None:
    """c22's shape: "Văn phòng UBND tỉnh thông báo ý kiến chỉ đạo của …" (a Công văn): no type from the verb."""
    front = imported_front(tmp_path, (
        "Tổ chức Tết Trung thu cho trẻ em\n\n"
        "Văn phòng UBND tỉnh Cao Bằng thông báo ý kiến chỉ đạo của Phó Chủ tịch UBND tỉnh về việc tổ chức các hoạt "
        "động vui Tết Trung thu cho trẻ em năm 2024.\n\nTheo đó, các sở, ngành phối hợp thực hiện.\n"))
    assert front.get("type", "") != "Thông báo"
