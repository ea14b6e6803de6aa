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
    assert _five(chair) == ("07/CĐ-UBND", "Công điện", "Ủy ban nhân dân tỉnh Hòa Lạc", "",
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
    yếu (a Công văn's "về việc" dropped); the Tỉnh ủy of no named province is kept as the lead writes it, never completed by a guess."""
    text = ("Công văn hỏa tốc về việc ứng phó với bão số 5\n"
            "Ngày 12/8/2024, Ban Thường vụ Tỉnh ủy ban hành Công văn hỏa tốc về việc ứng phó với bão số 5. Ban Thường "
            "vụ Tỉnh ủy yêu cầu các cấp ủy khẩn trương triển khai.\n")
    result = _result(text)
    assert _five(result) == ("", "Công văn", "Ban Thường vụ Tỉnh ủy", "2024-08-12", "ứng phó với bão số 5")
    assert any(key == "issuer" for key, _ in result.unsure)
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


def test_a_document_rolled_out_whose_headline_names_its_type() -> None:
    """z24: "Sáng ngày 7/5, tại UBND xã X, Ban tổ chức … triển khai kế hoạch số: 22/KH-UBND của Ủy ban nhân dân xã X
    về việc …" under "XÃ X TRIỂN KHAI KẾ HOẠCH …": number, type, owner and trích yếu; the meeting's day is no date.
    Without a headline naming the type, the plan is only cited."""
    lead = ("Sáng ngày 7 tháng 5 năm 2014, tại UBND xã An Lạc, Ban tổ chức Hội thao xã triển khai kế hoạch số: "
            "31/KH-UBND của Ủy ban nhân dân xã An Lạc về việc tổ chức Hội thao xã lần thứ V năm 2014.\n"
            "Hội thao là hoạt động có ý nghĩa.\n")
    headed = _result("XÃ AN LẠC TRIỂN KHAI KẾ HOẠCH TỔ CHỨC HỘI THAO LẦN THỨ V NĂM 2014.\n\nThứ sáu - 10/05/2014\n\n"
                     + lead)
    assert _five(headed) == ("31/KH-UBND", "Kế hoạch", "Ủy ban nhân dân xã An Lạc", "",
                             "về việc tổ chức Hội thao xã lần thứ V năm 2014")
    news = _result("XÃ AN LẠC SÔI NỔI NGÀY HỘI THAO\n\n" + lead)
    assert not news.fields.get("number")


def test_a_records_cells_glued_end_each_value() -> None:
    """y09: "Số hiệu:02-KH/BCĐTWNgày đăng công báo:Đang cập nhật", "Loại văn bản:Kế hoạchNgười ký:…": each glued label
    ends the value before it; the record's page title "Kế hoạch N 2025 của <a body whose name holds "về">" gives no
    trích yếu ("2025 của …", "phát triển …" are none)."""
    text = ("Kế hoạch 07-KH/BCĐTW 2025 của Ban Chỉ đạo Trung ương về phát triển văn hóa đọc\n\n  • Thuộc tính\n\n"
            "thuộc tính Kế hoạch 07-KH/BCĐTW\n\n"
            "Cơ quan ban hành: Ban Chỉ đạo Trung ương về phát triển văn hóa đọcSố công báo:Đang cập nhật\n"
            "Số hiệu:07-KH/BCĐTWNgày đăng công báo:Đang cập nhật\nLoại văn bản:Kế hoạchNgười ký:Lê Văn An\n"
            "Ngày ban hành:19/06/2025Ngày hết hiệu lực:Đang cập nhật\nÁp dụng:\nĐã biết\n")
    result = _result(text)
    assert _five(result) == ("07-KH/BCĐTW", "Kế hoạch", "Ban Chỉ đạo Trung ương về phát triển văn hóa đọc",
                             "2025-06-19", "")
    assert result.fields.get("signer") == "Lê Văn An"


def test_a_lead_that_names_the_document_first_and_its_body_after_do() -> None:
    """y02: "QTO - Quyết định 55/QĐ-BXD năm 2025 hướng dẫn … do Bộ trưởng Bộ Xây dựng ban hành ngày 20/1/2025." under
    the headline "Hướng dẫn …" (a verb there, not the type)."""
    text = ("Hướng dẫn tiêu chí nhà ở an toàn\nCập nhật: 08:16 04/02/2025 GMT+7\n"
            "QTO - Quyết định 71/QĐ-BXD năm 2024 hướng dẫn tiêu chí nhà ở an toàn do Bộ trưởng Bộ Xây dựng ban hành "
            "ngày 21/3/2024.\nTheo đó, nhà ở an toàn là nhà có kết cấu vững chắc.\n")
    # the ministry issues, not its minister's office (import README, twenty-sixth session; y02 relabelled)
    assert _five(_result(text)) == ("71/QĐ-BXD", "Quyết định", "Bộ Xây dựng", "2024-03-21",
                                    "hướng dẫn tiêu chí nhà ở an toàn")


def test_a_headline_that_says_whose_the_document_is_names_no_trich_yeu() -> None:
    """v12: "Công điện khẩn của Chủ tịch UBND tỉnh trước tình hình mưa lũ …": the type, never "khẩn của …" as the
    trích yếu."""
    text = ("Công điện khẩn của Chủ tịch UBND tỉnh trước tình hình mưa lũ phức tạp\n10:48, 21/07/2019\n"
            "Nội dung công điện như sau:\nNTV\n")
    result = _result(text)
    assert result.fields.get("type") == "Công điện" and not result.fields.get("title")


def test_page_chrome_read_into_the_trich_yeu_is_dropped() -> None:
    """z27: "THÔNG BÁO" / the post's author / ISO post times / the page's address / "Thứ hai - 28/07/2025 11:07" /
    "Về việc …": the trích yếu is what follows the last piece of chrome, never the addresses and times."""
    text = ("THÔNG BÁO\nUBND xã An Lạc\n2025-07-28T11:07:49+07:00\n2025-07-28T11:07:49+07:00\n"
            "https://anlac.example.gov.vn/vi/news/thong-bao-12.html\nTrang thông tin điện tử xã An Lạc\n"
            "Thứ hai - 28/07/2025 11:07\nVề việc thu gom rác thải trên địa bàn xã An Lạc\n"
            "Thực hiện kế hoạch bảo vệ môi trường\nTổ thu gom xã An Lạc thông báo lịch thu gom như sau:\n")
    assert _result(text).fields.get("title") == "Về việc thu gom rác thải trên địa bàn xã An Lạc"


def test_an_unnumbered_lead_closed_by_its_own_reference_in_brackets() -> None:
    """y25: "Ban Vận động Quỹ … tỉnh vừa có Kế hoạch tổ chức … năm 2022 (Kế hoạch số 134/KH-BVĐ, ngày 07/9/022).": the
    bracket is the plan's number, no part of its trích yếu; a day whose year is mistyped gives no date."""
    text = ("Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh Hòa Lạc\n\n"
            "Kế hoạch tổ chức Tháng hành động vì người nghèo năm 2023\n\n"
            "Ban Vận động Quỹ “Vì người nghèo” tỉnh vừa có Kế hoạch tổ chức Tháng hành động vì người nghèo năm 2023 "
            "(Kế hoạch số 141/KH-BVĐ, ngày 08/9/023).\n\nMục đích nhằm tuyên truyền, vận động Nhân dân.\n")
    result = _result(text)
    assert _five(result)[:2] == ("141/KH-BVĐ", "Kế hoạch")
    assert result.fields["title"] == "tổ chức Tháng hành động vì người nghèo năm 2023"
    assert not result.fields.get("date")


def test_a_cited_number_a_narrow_column_wrapped_to_a_line_start_is_no_so_line() -> None:
    """z22 (its PDF): "Theo đó: Thực hiện văn bản" / "số 2827/BNN-BVTV ngày": a lower-case "số" going on from running
    text is a citation, never the page's own "Số:" line; the lead above gives the number."""
    text = ("Cục chăn nuôi gia súc vừa có\ncông văn số 845/CN-TA\nngày 06/5/2020 gửi các Sở\nnông nghiệp các tỉnh, V/v Kiểm "
            "soát\nthức ăn chăn nuôi.\nTheo đó: Thực hiện văn bản\nsố 2210/BNN-CN ngày\n20/4/2020 của Bộ trưởng, Cục "
            "đề nghị các Sở triển khai.\n")
    assert _five(_result(text)) == ("845/CN-TA", "Công văn", "Cục chăn nuôi gia súc", "2020-05-06",
                                    "Kiểm soát thức ăn chăn nuôi")


def test_a_preamble_and_a_headline_a_narrow_column_wrapped() -> None:
    """z21, z20 (their PDFs): the body that "xây dựng Kế hoạch …" and the headline that repeats a directive's request,
    each wrapped over lines, are read as one."""
    preamble = ("Thực hiện Chỉ thị số 35-\nCT/TW ngày 30/5/2019 của Bộ\nChính trị về đại hội đảng các cấp;\ncăn cứ tình "
                "hình thực tiễn của\nĐảng bộ Khối, Đảng ủy Khối các\ntrường Đại học, Cao đẳng Hòa\nLạc xây dựng Kế hoạch "
                "tổ chức\nđại hội Đảng các cấp nhiệm kỳ\n2020-2025 như sau:\n\nChi tiết xem file:\n")
    assert _result(preamble).fields.get("issuer") == "Đảng ủy Khối các trường Đại học, Cao đẳng Hòa Lạc"
    directive = ("bảo vệ rừng\nHòa Lạc: Tăng cường công tác bảo vệ rừng mùa\nkhô\nUBND tỉnh Hòa Lạc đã ban hành Chỉ thị "
                 "số 09/CT-UBND yêu\ncầu các sở, ngành, UBND các huyện và\ncác chủ rừng tăng cường công tác bảo vệ rừng "
                 "mùa\nkhô.\n")
    assert _result(directive).fields.get("title") == "tăng cường công tác bảo vệ rừng mùa khô"


def test_a_bare_city_takes_the_portal_name_however_far_down_and_wrapped() -> None:
    """z19 (its PDF): "Ban Chỉ đạo … thành phố vừa ban hành Kế hoạch …" and, far below, "Cổng tin tức Thành phố" /
    "Hải Phòng": the one city the page's chrome names (a real one: a name that is no city is never taken for one)."""
    text = ("Print Thứ Bảy, 26/01/2019 18:16\n\nBan Chỉ đạo vận động hiến máu tình nguyện thành phố vừa\nban hành Kế "
            "hoạch Tổ chức Ngày hội hiến máu năm\n2018.\n" + "".join(f"Dòng nội dung thứ {n} của bài.\n" for n in range(20))
            + "Mã QR Code truy cập vào Fanpage Cổng tin tức Thành phố\nHải Phòng\nTin khác\n")
    assert _result(text).fields.get("issuer") == "Ban Chỉ đạo vận động hiến máu tình nguyện thành phố Hải Phòng"


def test_a_body_that_guides_by_its_own_numbered_guide() -> None:
    """y03: "Căn cứ …, Ban Thường vụ Trung ương Đoàn hướng dẫn toàn Đoàn thực hiện … theo hướng dẫn số 22HD/TWĐTN ngày
    28/6/2013.": the guide's number (its hyphen back) and date; what it does is no trích yếu."""
    text = ("Căn cứ Điều lệ Đoàn thông qua ngày 12/12/2012, Ban Thường vụ Trung ương Đoàn hướng dẫn toàn Đoàn thực hiện "
            "thống nhất Điều lệ Đoàn theo hướng dẫn số 31HD/TWĐTN ngày 02/7/2014.\n\nCác bạn có thể tải về TẠI ĐÂY\n")
    assert _five(_result(text)) == ("31-HD/TWĐTN", "Hướng dẫn", "Ban Thường vụ Trung ương Đoàn", "2014-07-02", "")


def test_a_body_and_what_it_did_is_no_unnumbered_lead() -> None:
    """r32 (its PDF): a sapo "Bộ Nội vụ đã có văn bản hướng dẫn thực hiện Nghị định …" names no document: neither
    "Bộ Nội vụ đã có văn bản" as the issuer nor "Hướng dẫn" as the type (the lead with the number stands lower)."""
    text = ("10 hướng dẫn của Bộ Nội vụ\nvề chế độ khi sắp xếp bộ máy\nBộ Nội vụ đã có văn bản hướng dẫn thực hiện Nghị "
            "định số\n178/2024/NĐ-CP của Chính phủ về chế độ, chính sách\nkhi sắp xếp tổ chức bộ máy\nBộ phận một cửa.\n")
    result = _result(text)
    assert not result.fields.get("issuer") and not result.fields.get("type") and not result.fields.get("title")
