"""Reading pages without a header in any form (fourteenth session): kinds of reasoning, each on short written
examples, never on one set's page. See tests/fixtures/import/dev14/README.md for the check set these must transfer to.
"""

from __future__ import annotations

from pathlib import Path

from vanban.importer import Line, analyse

FIVE = ("number", "type", "issuer", "date", "title")


def _pdf(*lines: str) -> dict[str, object]:
    """A printed page's lines as a PDF's reader gives them: positions known, no paragraph gaps."""
    return analyse([Line(text, gap_before=False, centered=False) for text in lines], Path("x.pdf")).fields


def _five(fields: dict[str, object]) -> tuple[object, ...]:
    return tuple(fields.get(key, "") for key in FIVE)


# A lead wrapped over the printed lines of a narrow page, after a headline and a summary paragraph: counted in printed
# lines it falls past the lead window; counted in paragraphs it is the page's third.
WRAPPED = ("Trang chủ Bạn đọc - Cần biết",
           "Trường học tại huyện Lâm Thao cần lưu ý gì khi triển khai các",
           "khoản thu năm học 2021 – 2022",
           "Các đơn vị không được thực hiện việc thu tiền (kể cả tạm thu) khi chưa",
           "thực hiện trao đổi, thỏa thuận, thống nhất với cha mẹ học sinh, không quy",
           "định mức ủng hộ bình quân kinh phí hoạt động của Ban đại diện cha mẹ học",
           "sinh, không tổ chức thu gộp nhiều khoản thu trong cùng một thời điểm và",
           "thực hiện việc giãn thời gian thu trong các cơ sở giáo dục trên địa bàn.",
           "Ngày 27/8/2021, Ủy ban nhân dân huyện Lâm Thao đã ban hành Hướng dẫn số",
           "1510/UBND-GDĐT về việc hướng dẫn công tác quản lý thu, chi năm học 2021 –",
           "2022 trong các cơ sở giáo dục.",
           "Theo đó, các đơn vị thực hiện thu học phí theo Nghị quyết của tỉnh.")


def test_a_lead_a_printed_page_wrapped_over_many_lines_is_still_the_pages_lead() -> None:
    assert _five(_pdf(*WRAPPED)) == ("1510/UBND-GDĐT", "Hướng dẫn", "Ủy ban nhân dân huyện Lâm Thao", "2021-08-27",
                                     "về việc hướng dẫn công tác quản lý thu, chi năm học 2021 – 2022 trong các cơ sở "
                                     "giáo dục")


def test_a_posts_stamp_under_a_full_width_headline_is_no_part_of_it() -> None:
    """"… khả năng bệnh Dịch tả lợn Châu Phi xâm nhiễm vào tỉnh" / "Ngày cập nhật 10/12/2018": the stamp opens its
    own line, so no place "tỉnh Ngày" is read from the headline."""
    fields = _pdf("Kế hoạch hành động ngăn chặn và ứng phó khẩn cấp với bệnh Dịch tả lợn Châu Phi xâm nhiễm vào tỉnh",
                  "Ngày cập nhật 10/12/2018",
                  "Ngày 07/12/2018, Ủy ban nhân dân tỉnh vừa có Quyết định số 2842/QĐ-UBND ban hành Kế hoạch hành động",
                  "ngăn chặn và ứng phó khẩn cấp với bệnh Dịch tả lợn Châu Phi.")
    assert fields.get("number") == "2842/QĐ-UBND" and fields.get("date") == "2018-12-07"
    assert fields.get("issuer") == "Ủy ban nhân dân tỉnh"  # no "tỉnh Ngày": the bare body as the lead writes it


def test_a_day_wrapped_after_ngay_goes_on_and_an_item_opens_its_own_paragraph() -> None:
    """"… Quyết định số 6195/QĐ-UBND ngày" / "29/11/2017 của …" is one sentence (the date is no post stamp); a
    heading's "… thành phố Vũng Tàu" / "I. Khái quát chung" are two."""
    from vanban.importer.paragraphs import page_lines

    lines = page_lines([Line(t, gap_before=False, centered=False) for t in (
        "Ngày 03/4, UBND thành phố Vũng Tàu đã có báo cáo về kết quả thực hiện Quyết định số 6195/QĐ-UBND ngày",
        "29/11/2017 của UBND thành phố về việc xác lập, quản lý và sử dụng quỹ đất do Nhà nước quản lý, cụ thể:",
        "PHẦN I: Kết quả 05 năm thực hiện Quyết định số 6195/QĐ-UBND ngày 29/11/2017 của UBND thành phố Vũng",
        "I. Khái quát chung")])
    assert len(lines) == 3 and lines[0].endswith("cụ thể:") and lines[2] == "I. Khái quát chung"


def test_a_lead_in_a_narrow_column_is_joined_by_its_columns_width_not_the_pages() -> None:
    """A sapo box or a narrow column wraps a lead over short lines; whether a line ran on is judged against the
    lines of its own column, so the box is one paragraph even under a page of wide lines."""
    narrow = ("Nhằm cụ thể hóa các nội dung", "chỉ đạo tại Chỉ thị số 44-CT/TU", "của Ban Thường vụ Thành ủy về",
              "đồng bộ hóa các giải pháp trong", "quản lý trật tự đô thị, vệ sinh", "môi trường, tạo diện mạo đô thị",
              "văn minh, hiện đại, kỷ cương,", "góp phần xây dựng phường sáng,", "xanh, sạch, đẹp phục vụ các hoạt",
              "động kỷ niệm Quốc khánh 02/9.",
              "Ngày 10/3/2024, Ủy ban nhân dân phường Việt Hưng đã", "ban hành Kế hoạch số 21/KH-UBND về tổ",
              "chức Lễ ra quân tổng vệ sinh môi trường", "trên địa bàn phường.")
    wide = ("Theo đó, các tổ dân phố, các cơ quan, đơn vị, trường học và hộ gia đình trên địa bàn phường cùng ra quân",
            "dọn dẹp vệ sinh môi trường, khơi thông cống rãnh, thu gom rác thải và phát quang các khu đất trống trong",
            "toàn phường, bảo đảm sạch sẽ trước ngày kỷ niệm Quốc khánh và giữ gìn thường xuyên sau đó.")
    assert _five(_pdf(*narrow, *wide)) == ("21/KH-UBND", "Kế hoạch", "Ủy ban nhân dân phường Việt Hưng", "2024-03-10",
                                           "về tổ chức Lễ ra quân tổng vệ sinh môi trường trên địa bàn phường")
