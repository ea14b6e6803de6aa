"""Relation kinds read from the first-contact errors of the held-out sets (eighteenth session), run on the fast
extractor and its plain reference.

A leader's request voiced at a meeting is what was said there (the README's meeting rule): on a page that reports a
conference or a speech, "đề nghị … thực hiện Thông tư …" hands nothing down; the same request on a news page that
reports no meeting, or in a letter with its own number, still does.
"""

from __future__ import annotations

import pytest

from conftest import Extractor, own_number, relations
from vanban.citations import IMPLEMENTS, MENTIONS

CONFERENCE = (
    "CIC nâng cao chất lượng hoạt động thông tin tín dụng\n\n"
    "Ngày 14/1, Trung tâm Thông tin tín dụng Quốc gia (CIC) tổ chức Hội nghị triển khai nhiệm vụ năm 2025.\n\n"
    "Phát biểu chỉ đạo tại Hội nghị, Phó Thống đốc ghi nhận những nỗ lực của CIC trong năm vừa qua.\n\n"
)
REQUEST_LIST = (
    "Phó Thống đốc đề nghị CIC cần tập trung triển khai một số nhiệm vụ trọng tâm trong năm 2025 như sau:\n\n"
    "Thứ nhất, tiếp tục hỗ trợ các TCTD thực hiện Thông tư 15/2023/TT-NHNN và Quyết định 573/QĐ-NHNN.\n\n"
    "Về phía các TCTD, Phó Thống đốc yêu cầu nghiêm túc thực hiện Thông tư 15 và Quyết định 573.\n"
)
REQUEST = (
    "Thủ tướng Phạm Minh Chính yêu cầu các bộ, ngành thực hiện nghiêm Công điện số 280/CĐ-TTg ngày 19/4/2023 "
    "kiên quyết khắc phục tình trạng né tránh, đùn đẩy công việc.\n"
)
CABINET = "VOV.VN - Phát biểu tại phiên họp thường kỳ tháng 2, Thủ tướng chỉ đạo Bộ Nội vụ khẩn trương xây dựng Đề án.\n"


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        (CONFERENCE + REQUEST_LIST, {"15/2023/TT-NHNN", "573/QĐ-NHNN"}),  # heldout15 h15-53
        (CABINET + "VOV.VN - " + REQUEST, {"280/CĐ-TTg"}),  # heldout13 h13-07
        (CONFERENCE + "Phó Thống đốc đề nghị các TCTD:\n- Thực hiện Thông tư 15/2023/TT-NHNN;\n", {"15/2023/TT-NHNN"}),
    ],
)
def test_a_request_voiced_at_a_meeting_is_reported(extractor: Extractor, text: str, numbers: set[str]) -> None:
    assert relations(extractor(text, find_own=True)) == dict.fromkeys(numbers, MENTIONS)


def test_a_request_on_a_news_page_that_reports_no_meeting_still_hands_down(extractor: Extractor) -> None:
    text = "Tin chỉ đạo điều hành\n\n" + REQUEST
    assert relations(extractor(text, find_own=True)) == {"280/CĐ-TTg": IMPLEMENTS}


def test_a_letter_handing_a_document_down_still_implements(extractor: Extractor) -> None:
    text = (
        "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\nSố: 12/NHNN-TTGSNH\nHà Nội, ngày 14 tháng 01 năm 2025\n\n"
        "Kính gửi: Trung tâm Thông tin tín dụng Quốc gia\n\n" + REQUEST_LIST
    )
    assert relations(extractor(text, find_own=True)) == {"15/2023/TT-NHNN": IMPLEMENTS, "573/QĐ-NHNN": IMPLEMENTS}


# --------------------------------------------------------------------------- own numbers left on heldout14/15


def test_a_lead_telling_of_two_issued_documents_names_no_own_number(extractor: Extractor) -> None:
    """heldout15 h15-18: "… đã ban hành Pháp lệnh … và ngày …, Chính phủ ban hành Nghị định số …" tells of two documents,
    as "…; năm 2020 ban hành Kết luận số …" (heldout13 h13-31) and "… Chỉ thị số … và Kế hoạch số …" do."""
    text = (
        "Cơ sở pháp lý quan trọng để bảo vệ chủ quyền biên giới\n\n"
        "Ngày 28-3-1997, Ủy ban Thường vụ Quốc hội đã ban hành Pháp lệnh BĐBP (có hiệu lực từ ngày 7-4-1997) và ngày "
        "6-1-1998, Chính phủ ban hành Nghị định số 02/1998/NĐ-CP quy định chi tiết thi hành Pháp lệnh BĐBP.\n"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) is None
    assert relations(extraction) == {"02/1998/NĐ-CP": MENTIONS}


def test_one_issued_document_is_still_the_leads_own(extractor: Extractor) -> None:
    text = "Ngày 6-1-1998, Chính phủ ban hành Nghị định số 02/1998/NĐ-CP quy định chi tiết thi hành Pháp lệnh BĐBP.\n"
    assert own_number(extractor(text, find_own=True)) == "02/1998/NĐ-CP"


def test_a_flattened_header_with_the_issuer_before_the_number(extractor: Extractor) -> None:
    """heldout15 h15-31: the issuer, "Số:" and the Quốc hiệu joined on one line by a sharing site."""
    text = (
        "UBND HUYỆN THANH OAI PHÒNG GIÁO DỤC & ĐÀO TẠO. Số: 78 /KH-PGD&ĐT. CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - "
        "Tự do - Hạnh phúc Thanh Oai, ngày 02 tháng 02 năm 2016. KẾ HOẠCH Hoạt động phòng chống tai nạn thương tích 5 năm "
        "Giai đoạn 2016 – 2020 "
        "Thực hiện Kế hoạch số 323/KH-SGD&ĐT ngày 21/1/2016 của Sở Giáo dục và Đào tạo Hà Nội, Phòng GD&ĐT xây dựng Kế "
        "hoạch như sau:"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == "78/KH-PGD&ĐT"
    assert relations(extraction) == {"323/KH-SGD&ĐT": IMPLEMENTS}


def test_a_sentence_naming_a_number_before_the_motto_is_no_header(extractor: Extractor) -> None:
    text = "Tin tức\n\nSở đã nhận Công văn số: 45/SNV-TCCB về việc sắp xếp. Cộng hòa xã hội chủ nghĩa Việt Nam.\n"
    assert own_number(extractor(text, find_own=True)) != "45/SNV-TCCB"


def test_the_police_telegram_is_a_type_word_capitalised(extractor: Extractor) -> None:
    """heldout14 h14-08: "Điện chỉ đạo số 104" is a Công điện by the police's name for it (heldout11 y41: "Điện số
    481/ĐK-HT"); "điện" in lower case is electricity."""
    text = (
        "Thực hiện Chỉ thị Số 11 của Chủ tịch UBND tỉnh về cách ly toàn tỉnh, ngày 1-4-2020, Giám đốc Công an tỉnh Thanh "
        "Hóa đã có Điện chỉ đạo số 104 yêu cầu các đơn vị công an trong tỉnh tiếp tục triển khai các biện pháp.\n"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == "104"
    assert relations(extraction) == {"11": IMPLEMENTS}
    assert relations(extractor("Trạm biến áp cấp điện số 3 cho khu công nghiệp.\n", find_own=True)) == {}


# --------------------------------------------------------------------------- a page's headline and date stamp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # heldout11 y24: the lead's look back is the lead's, not the headline's
            "Tăng cường công tác phòng, chống và kiểm soát ma túy\nSau 5 năm thực hiện Chỉ thị số 21-CT/T.Ư ngày "
            "26-3-2008 của Bộ Chính trị, các cấp, các ngành đã có nhiều giải pháp tích cực.\n",
            {"21-CT/T.Ư": IMPLEMENTS},
        ),
        (  # heldout15 h15-34: the headline's cue governs nothing in the lead under its date stamp
            "Thực hiện tốt quy chế dân chủ ở cơ sở, củng cố niềm tin của Nhân dân\n01/03/2021 00:00\n(CMO) Sáng 1/3, tại "
            "buổi làm việc với Ban Thường vụ Huyện ủy U Minh về kết quả 05 năm thực hiện Kết luận số 120 ngày 07-01-2016 "
            "của Bộ Chính trị, Phó Trưởng Ban Dân vận Trung ương nhấn mạnh …\n",
            {"120": MENTIONS},
        ),
        (  # heldout15 h15-29: a headline looking back heads the article's look back
            "12 năm thực hiện chiến lược phát triển Kho bạc Nhà nước đến năm 2020\nNgày 21/8/2007, Thủ tướng Chính phủ ban "
            "hành tại Quyết định số 138/2007/QĐ-TTg phê duyệt Chiến lược phát triển Kho bạc Nhà nước đến năm 2020.\n",
            {"138/2007/QĐ-TTg": IMPLEMENTS},
        ),
        (  # a first line going on in lower case is no headline: one sentence wrapped
            "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị và Kế hoạch\nsố 12-KH/TU của Tỉnh ủy, Huyện ủy "
            "đã tổ chức quán triệt.\n",
            {"05-CT/TW": IMPLEMENTS, "12-KH/TU": IMPLEMENTS},
        ),
    ],
)
def test_a_headline_is_a_clause_of_its_own(extractor: Extractor, text: str, expected: dict[str, str]) -> None:
    assert relations(extractor(text, find_own=True)) == expected


def test_a_time_in_a_date_stamp_introduces_no_list(extractor: Extractor) -> None:
    """The colon of "10:43" is no list's: a meeting page's lead "Thực hiện Kế hoạch số …, Đảng ủy xã tổ chức Hội nghị …"
    under a stamp still implements (a cue heading the clause), as it does without the stamp."""
    lead = (
        "Thực hiện Kế hoạch số 14-KH/ĐU ngày 23/9/2025 của Đảng ủy xã Tân Đoàn, sáng ngày 8/10/2025, Đảng ủy xã tổ chức "
        "Hội nghị đối thoại với Nhân dân. Tại Hội nghị, các đại biểu đã nêu nhiều ý kiến.\n"
    )
    for top in ("", "Tin hoạt động của địa phương\nThứ tư, 3/7/2019 | 10:43 GMT+7\n"):
        assert relations(extractor(top + lead, find_own=True)) == {"14-KH/ĐU": IMPLEMENTS}


# --------------------------------------------------------------------------- "số:" in running text, a counter's colon


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # heldout15 h15-08 written "số:": the decrees named in a circular's description stay nested
            "Căn cứ Thông tư số: 28/2011/TT-BTC ngày 28/02/2011 của Bộ Tài chính hướng dẫn thi hành Nghị định số: "
            "85/2007/NĐ-CP ngày 25/5/2007 và Nghị định số: 106/2010/NĐ-CP ngày 28/10/2010 của Chính phủ;\n",
            {"28/2011/TT-BTC": IMPLEMENTS, "85/2007/NĐ-CP": MENTIONS, "106/2010/NĐ-CP": MENTIONS},
        ),
        (  # heldout15 h15-33 written "số:": a cue a sharing site cut short
            "Căn định số: 4458/QĐ-BGDĐT ngày 22 tháng năm 2007 Bộ GD-ĐT việc ban hành quy định;\n",
            {"4458/QĐ-BGDĐT": IMPLEMENTS},
        ),
    ],
)
def test_a_number_written_after_so_colon_reads_as_after_so(
    extractor: Extractor, text: str, expected: dict[str, str]
) -> None:
    plan = "TRƯỜNG TH THẠNH MỸ TÂY\nKẾ HOẠCH HOẠT ĐỘNG NĂM HỌC 2016 - 2017\n"
    assert relations(extractor(plan + text, find_own=True)) == expected


def test_a_counters_colon_introduces_no_list(extractor: Extractor) -> None:
    text = (
        "Lượt xem: 173\nThực hiện Kế hoạch số 13-KH/ĐTN ngày 2/3/2024 của Huyện đoàn, sáng ngày 8/3, Đoàn xã tổ chức Hội "
        "nghị tổng kết. Tại Hội nghị, các đại biểu đã thảo luận.\n"
    )
    assert relations(extractor(text, find_own=True)) == {"13-KH/ĐTN": IMPLEMENTS}


# --------------------------------------------------------------------------- a news paragraph's source tag


@pytest.mark.parametrize("tag", ["", "(Báo Nghệ An) - ", "TPO - ", "(Chinhphu.vn) - "])
def test_a_source_tag_is_no_word_of_the_first_clause(extractor: Extractor, tag: str) -> None:
    """heldout11 y22 and heldout9 v38 dressed with a tag: the lead's cue still heads its clause."""
    text = (
        "Đảng ủy xã Yên Dương đối thoại với Nhân dân\n\n" + tag + "Thực hiện Kế hoạch số 99-KH/ĐU ngày 2/3/2023 của Đảng "
        "ủy xã, sáng ngày 8/3, Đảng ủy xã tổ chức Hội nghị đối thoại. Tại Hội nghị, các đại biểu đã nêu nhiều ý kiến.\n"
    )
    assert relations(extractor(text, find_own=True)) == {"99-KH/ĐU": IMPLEMENTS}
