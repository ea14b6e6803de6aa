"""Thirty-fourth session (citations README, "thirty-fourth session"): what a page IS, read once from where its own number
stood, decides how a carrying-out verb inside a sentence reads.  On a document's own text (its number in its header's
field, a property table, or front matter) the issuer speaks, so "… về triển khai thực hiện Chỉ thị số …" names what it
carries out; a news page tells the same words of others.  Each on a page written here in another layout than the pages
that showed it, run on the fast extractor and its plain reference; each positive test fails on the session's start code
(ffb2c07), each mirror passes on both.
"""

from __future__ import annotations

from conftest import Extractor, own_number, relations
from vanban.citations import IMPLEMENTS, MENTIONS

HEADER = (
    "ỦY BAN NHÂN DÂN\nHUYỆN KRÔNG BÔNG\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "---------------\nSố: 214/KH-UBND\nKrông Bông, ngày 12 tháng 4 năm 2024\n\nKẾ HOẠCH\nTổ chức Tháng hành động vì "
    "người cao tuổi năm 2024\n\n"
)


def test_a_plans_purpose_naming_what_it_makes_known_is_carried_out(extractor: Extractor) -> None:
    """"- Truyền thông nâng cao nhận thức … về triển khai thực hiện Chỉ thị số 28-CT/TW" under a plan's purpose (heldout33
    h33-33): the plan's own text, so the verb is its issuer's, whatever noun stands before it."""
    text = (
        f"{HEADER}I. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\n- Nâng cao nhận thức của cán bộ, hội viên về triển khai thực "
        "hiện Chỉ thị số 19-CT/HU ngày 02/3/2023 của Ban Thường vụ Huyện ủy về công tác người cao tuổi.\n\n"
        "- Vận động các tổ chức, cá nhân chăm lo đời sống người cao tuổi.\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) == "214/KH-UBND"
    assert relations(got) == {"19-CT/HU": IMPLEMENTS}


def test_a_documents_review_of_its_own_work_carries_it_out(extractor: Extractor) -> None:
    """"…, nhất là triển khai thực hiện Nghị quyết số 30/2008/NQ-CP" in a resolution's review of the year (heldout25
    h25-12); a letter whose first line glues the cue to the salutation (heldout32 h32-09) is the same voice."""
    text = (
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH BẮC KẠN\nSố: 18/NQ-HĐND\nBắc Kạn, ngày 9 tháng 12 năm 2022\n\nNGHỊ QUYẾT\n"
        "Về nhiệm vụ phát triển kinh tế - xã hội năm 2023\n\n"
        "Năm 2022, trong bối cảnh còn nhiều khó khăn, được sự lãnh đạo của Tỉnh ủy, sự nỗ lực của các cấp, các ngành, "
        "đặc biệt là tổ chức thực hiện có hiệu quả Nghị quyết số 11/NQ-CP ngày 30/01/2022 của Chính phủ, kinh tế của "
        "tỉnh tiếp tục phục hồi.\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) == "18/NQ-HĐND"
    assert relations(got) == {"11/NQ-CP": IMPLEMENTS}
    letter = (
        "SỞ Y TẾ QUẢNG TRỊ\nSố: 905/SYT-NVY\nV/v phòng chống sốt xuất huyết\nQuảng Trị, ngày 3 tháng 6 năm 2024\n"
        "Kính gửi: Các đơn vị y tế trực thuộc Thực hiện Công văn số 2870/BYT-DP ngày 28/5/2024 của Bộ Y tế;\n"
        "Sở Y tế đề nghị các đơn vị chủ động giám sát ca bệnh.\n"
    )
    got = extractor(letter, find_own=True)
    assert own_number(got) == "905/SYT-NVY"
    assert relations(got) == {"2870/BYT-DP": IMPLEMENTS}


def test_a_property_tables_page_is_the_documents_text_too(extractor: Extractor) -> None:
    """A database's property table above the full text ("Số hiệu 1003/KH-UBND", heldout33 h33-33's layout) gives the
    page's own number: the text below is the document's, the verb its issuer's."""
    text = (
        "Kế hoạch 77/KH-UBND năm 2023 phòng, chống đuối nước trẻ em\n\nSố hiệu 77/KH-UBND\nLoại văn bản Kế hoạch\n"
        "Cơ quan ban hành Tỉnh Hậu Giang\n\nNhằm giảm thiểu tai nạn đuối nước, các trường tăng cường giáo dục kỹ năng "
        "an toàn, gắn với triển khai thực hiện Quyết định số 1248/QĐ-TTg ngày 19/7/2021 của Thủ tướng Chính phủ.\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) == "77/KH-UBND"
    assert relations(got) == {"1248/QĐ-TTg": IMPLEMENTS}


def test_the_same_words_on_a_news_page_tell_what_others_did(extractor: Extractor) -> None:
    """The mirror: the purpose's words on a page with no own number (a feature about the month) report them, as the
    rules read them before; a news page is not the document's text."""
    text = (
        "Tháng hành động vì người cao tuổi năm 2024\n\nNăm nay, các hoạt động hướng tới nâng cao nhận thức của cán bộ, "
        "hội viên về triển khai thực hiện Chỉ thị số 19-CT/HU của Ban Thường vụ Huyện ủy về công tác người cao tuổi.\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) is None
    assert relations(got) == {"19-CT/HU": MENTIONS}


def test_a_verb_another_documents_description_owns_stays_a_mention(extractor: Extractor) -> None:
    """The mirror on a document's own text: a numbered document earlier in the clause owns the verb ("Kế hoạch số
    57-KH/TU … về việc triển khai thực hiện Kết luận số 11-KL/TW"), and a review of the carrying out ("báo cáo kết quả
    thực hiện Quyết định số …") is a report's subject."""
    text = (
        f"{HEADER}Thực hiện Kế hoạch số 57-KH/HU ngày 10/3/2024 của Ban Thường vụ Huyện ủy, về việc triển khai thực "
        "hiện Kết luận số 11-KL/TU ngày 02/2/2024 của Ban Thường vụ Tỉnh ủy, UBND huyện ban hành Kế hoạch như sau:\n\n"
        "Các xã báo cáo kết quả thực hiện Quyết định số 2156/QĐ-UBND ngày 5/9/2023 của UBND tỉnh trước ngày 15/6.\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) == "214/KH-UBND"
    assert relations(got) == {"57-KH/HU": IMPLEMENTS, "11-KL/TU": MENTIONS, "2156/QĐ-UBND": MENTIONS}


def test_a_lone_s_before_a_coded_number_is_the_number_marker_a_copy_lost(extractor: Extractor) -> None:
    """A copy that lost the letters with a mark writes "số" as "s": "Hội đồng thẩmđịnh s 12/BCTĐ-HĐ" (heldout33 h33-12),
    "Doanh nghiÖp è s 13/1999/QH10" (heldout20 h20-23), "n s 3020/A-UBND" (heldout27 h27-02).  The number is read; one
    of no known type is unsettled (the copy garbles its cue words too)."""
    text = (
        "Xét đề nghị của Sở Kế hoạch và Đầu tư tại Văn bản số 882/SKHĐT-TH ngày 5/9/2019 (kèm theo ý kiến của Hội đồng "
        "thẩmđịnh s 15/BCTĐ-HĐ ngày 2/8/2019),\n"
        "Căn cứ Luật Đầu tư công s 39/2019/QH14 ngày 13 tháng 6 năm 2019;\n"
    )
    got = extractor(text, find_own=True)
    assert set(relations(got)) == {"882/SKHĐT-TH", "15/BCTĐ-HĐ", "39/2019/QH14"}
    assert relations(got)["39/2019/QH14"] == IMPLEMENTS
    settled = {c.number: c.settled for c in got.citations}
    assert settled["15/BCTĐ-HĐ"] is False


def test_an_s_after_a_type_word_or_inside_a_word_is_no_marker(extractor: Extractor) -> None:
    """The mirrors: after a type word the copy still names ("Cng vn s 202/UBND-VH&TT", a garbled lead's own number),
    the number stays as the other rules read it; an "s" that is no lone word, or before a number with no code, is none."""
    lead = "huyn Thy Nguyn va ban hnh Cng vn s 202/UBND-VH&TT v vic tm dng t chc L hi.\n"
    assert "202/UBND-VH&TT" not in relations(extractor(lead, find_own=True))
    other = "Thời gian thi là 30 s 2/3 số câu hỏi; mã Bus 12/KX-2 chạy tuyến cũ.\n"
    assert relations(extractor(other, find_own=True)) == {}
