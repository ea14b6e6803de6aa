"""Pages without a document header, one kind per test, found on heldout10 (thirteenth session). Each test writes
the kind small with made-up names and numbers and checks what a clerk gets: the fields read, or the file written."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from vanban.importer import analyse, read_text_lines
from vanban.importer.result import ImportResult


def _result(text: str) -> ImportResult:
    return analyse(read_text_lines(text, markdown_source=False), Path("x.txt"))


def _five(result: ImportResult) -> tuple[object, ...]:
    return tuple(result.fields.get(k, "") for k in ("number", "type", "issuer", "date", "title"))


def test_a_lead_whose_body_carries_its_initials_and_a_lower_case_type() -> None:
    """z23: "Ban Chỉ đạo … tỉnh (BCĐ) ban hành kế hoạch số …": the bracketed initials do not hide the lead."""
    text = ("In bài viết\nKế hoạch Tổ chức Ngày hội đọc sách năm 2021\n\n"
            "Ngày 12/4/2021, Ban Chỉ đạo Ngày hội đọc sách tỉnh Hòa Lạc (BCĐ) ban hành kế hoạch số 310/KH-BCĐ về việc "
            "tổ chức Ngày hội đọc sách năm 2021.\n\nTheo đó, các hoạt động diễn ra từ 20/4/2021.\n")
    assert _five(_result(text)) == ("310/KH-BCĐ", "Kế hoạch", "Ban Chỉ đạo Ngày hội đọc sách tỉnh Hòa Lạc",
                                    "2021-04-12", "về việc tổ chức Ngày hội đọc sách năm 2021")


def test_a_lead_whose_body_is_a_department_of_a_ministry() -> None:
    """z22: "Cục … vừa có công văn số … ngày … gửi … V/v …": a Cục is a body a lead names."""
    text = ("Cục chăn nuôi vừa có công văn số 845/CN-TA ngày 06/5/2020 gửi các Sở nông nghiệp các tỉnh V/v Kiểm soát "
            "thức ăn chăn nuôi. Theo đó: các Sở triển khai ngay.\nLịch công tác trống\n")
    assert _five(_result(text)) == ("845/CN-TA", "Công văn", "Cục chăn nuôi", "2020-05-06",
                                    "Kiểm soát thức ăn chăn nuôi")


def test_a_chair_and_a_short_city_are_written_out() -> None:
    """y05, z29: "Chủ tịch UBND tỉnh X vừa ban hành công điện 10/CĐ-UBND …" (no "số"), "UBND TP X vừa có …"."""
    chair = _result("Hỏa hoạn\n\nChủ tịch UBND tỉnh Hòa Lạc vừa ban hành công điện 07/CĐ-UBND về việc ứng phó với "
                    "bão số 3 năm 2023. Theo đó, yêu cầu các huyện hoãn họp.\n")
    assert _five(chair) == ("07/CĐ-UBND", "Công điện", "Chủ tịch Ủy ban nhân dân tỉnh Hòa Lạc", "",
                            "về việc ứng phó với bão số 3 năm 2023")
    city = _result("Tin tức\n\nUBND TP Hòa Lạc vừa có Kế hoạch số 88/KH-UBND về tổ chức Tết Trung thu năm 2011. "
                   "Theo đó, các quận triển khai.\n")
    assert city.fields["issuer"] == "Ủy ban nhân dân thành phố Hòa Lạc"


def test_a_preamble_after_a_comma_names_its_own_plan_and_body() -> None:
    """z21: "Thực hiện …; căn cứ …, Đảng ủy Khối các trường Đại học, Cao đẳng X xây dựng Kế hoạch … như sau:"."""
    text = ("Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng các cấp; căn cứ tình hình "
            "thực tiễn của Đảng bộ Khối, Đảng ủy Khối các trường Đại học, Cao đẳng Hòa Lạc xây dựng Kế hoạch tổ chức "
            "đại hội Đảng các cấp nhiệm kỳ 2020-2025 như sau:\n\nChi tiết xem file:\n")
    assert _five(_result(text)) == ("", "Kế hoạch", "Đảng ủy Khối các trường Đại học, Cao đẳng Hòa Lạc", "",
                                    "tổ chức đại hội Đảng các cấp nhiệm kỳ 2020-2025")


def test_what_a_directive_asks_is_its_trich_yeu_only_where_the_headline_repeats_it() -> None:
    """z20: "… ban hành Chỉ thị số … yêu cầu <addressees> <request>." The headline "X: <request>" says where the
    request starts; without such a headline, "yêu cầu …" gives no trích yếu (heldout9 y06's rule)."""
    lead = ("UBND tỉnh Hòa Lạc đã ban hành Chỉ thị số 09/CT-UBND yêu cầu các sở, ngành, UBND các huyện và các chủ "
            "rừng tăng cường công tác bảo vệ rừng mùa khô.\n")
    headed = _result("bảo vệ rừng\n\nHòa Lạc: Tăng cường công tác bảo vệ rừng mùa khô\n" + lead)
    assert _five(headed) == ("09/CT-UBND", "Chỉ thị", "Ủy ban nhân dân tỉnh Hòa Lạc", "",
                             "tăng cường công tác bảo vệ rừng mùa khô")
    bare = _result("bảo vệ rừng\n\nHòa Lạc chủ động mùa khô\n" + lead)
    assert bare.fields.get("number") == "09/CT-UBND" and not bare.fields.get("title")


def test_what_the_news_adds_after_the_trich_yeu_is_cut() -> None:
    """z25, z30: "… đến năm 2050 với những nội dung chủ yếu như sau:", "… hè 2020 với chủ đề “…”" (no comma); a
    paper's tag "(QNO) - " before the lead."""
    decision = _result("Quy định quản lý\nNgày cập nhật 11/07/2023\n\nNgày 30 tháng 6 năm 2023, UBND huyện Hòa Lạc đã "
                       "ban hành Quyết định số 801/QĐ-UBND về việc ban hành Quy định quản lý đô thị đến năm 2050 với "
                       "những nội dung chủ yếu như sau:\n\nI. Phạm vi áp dụng\n")
    assert decision.fields["title"] == "về việc ban hành Quy định quản lý đô thị đến năm 2050"
    plan = _result("Kế hoạch chiến dịch hè\n\nTHÁI AN |\n\n(QNO) - Trung ương Đoàn vừa ban hành kế hoạch tổ chức chiến "
                   "dịch tình nguyện hè 2021 với chủ đề “Tuổi trẻ sáng tạo”.\n\nChiến dịch diễn ra từ tháng 7.\n")
    assert _five(plan) == ("", "Kế hoạch", "Trung ương Đoàn", "", "tổ chức chiến dịch tình nguyện hè 2021")


def test_a_relayed_letter_dated_by_its_lead_without_a_number() -> None:
    """z26, y24: "Ngày 24/9/2025, Ban Thường vụ Tỉnh ủy ban hành Công văn hỏa tốc về việc …" — type, date and trích
    yếu (a Công văn's "về việc" dropped); the Tỉnh ủy of no named province stays empty, never guessed."""
    text = ("Công văn hỏa tốc về việc ứng phó với bão số 5\n"
            "Ngày 12/8/2024, Ban Thường vụ Tỉnh ủy ban hành Công văn hỏa tốc về việc ứng phó với bão số 5. Ban Thường "
            "vụ Tỉnh ủy yêu cầu các cấp ủy khẩn trương triển khai.\n")
    result = _result(text)
    assert _five(result) == ("", "Công văn", "", "2024-08-12", "ứng phó với bão số 5")
    assert any(key == "issuer" for key, _ in result.missing)
    signed = _result("Tin tức\n\nChiều nay ngày 3/4/2021, thay mặt Ban Thường vụ Tỉnh ủy Hòa Lạc, Phó Bí thư Tỉnh ủy "
                     "Lê Văn A đã ký công văn hỏa tốc gửi các huyện ủy về việc hoãn đại hội chi bộ.\n")
    assert _five(signed) == ("", "Công văn", "Ban Thường vụ Tỉnh ủy Hòa Lạc", "2021-04-03", "hoãn đại hội chi bộ")


def test_a_notice_said_with_courtesy_takes_the_place_the_sentence_names(tmp_path: Path) -> None:
    """z28: "UBND phường trân trọng thông báo tới Nhân dân … trên địa bàn phường X …": the ward the sentence names,
    never "phường trân trọng"; checked in the file `vanban import` writes."""
    source = tmp_path / "thong-bao.txt"
    source.write_text("Thông báo thời gian tổ chức Hội diễn văn nghệ\nThực hiện Kế hoạch số 12/KH-UBND ngày 08 tháng "
                      "7 năm 2022 của Ủy ban nhân dân phường An Lạc về việc tổ chức Hội diễn.\nUBND phường trân trọng "
                      "thông báo tới Nhân dân trên địa bàn phường An Lạc về thời gian tổ chức Hội diễn như sau:\n"
                      "- Khai mạc: 7h30 ngày 29/10/2022.\n", "utf-8")
    content = tmp_path / "content"
    subprocess.run([sys.executable, "-m", "vanban.cli", "import", str(source), "--to", str(content)],
                   capture_output=True, text=True, timeout=120, cwd=tmp_path)
    written = list(content.rglob("*.md"))
    assert len(written) == 1
    front = yaml.safe_load(written[0].read_text("utf-8").split("---")[1])
    assert front["issuer"] == "Ủy ban nhân dân phường An Lạc"
    assert front["type"] == "Thông báo"

