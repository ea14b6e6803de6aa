"""Twenty-fifth session (README, "twenty-fifth session"): relations decided by where a citation stands — inside another
citation's description, after "ban hành theo", under a purpose whose clause a directive verb hands down — each test on a
page written here in another layout than the pages that showed the kind; run on the fast extractor and its plain
reference.  Each positive test failed on the session's start code (23da823); each mirror passes on both.
"""

from __future__ import annotations

import datetime

from conftest import Extractor, own_number, relations
from vanban.citations import IMPLEMENTS, MENTIONS

# ----------------------------------------------------------------- "ban hành theo": the decision that issued it


def test_a_document_issued_in_a_numbered_one_is_read_as_its_clause_reads_it(extractor: Extractor) -> None:
    """"… Chiến lược Dân số … được Thủ tướng Chính phủ ban hành theo Quyết định số 1679/QĐ-TTg" (heldout11 y58): "theo"
    after "ban hành" names the decision that issued the strategy, not a rule an action follows; here a commune's report
    carrying out rules a decree issued."""
    text = (
        "Báo cáo kết quả năm 2024\n\n"
        "Năm 2024, UBND xã Tân Lập đã triển khai thực hiện Quy chế dân chủ ở cơ sở được Chính phủ ban hành theo Nghị "
        "định số 59/2023/NĐ-CP ngày 14/8/2023, bảo đảm công khai, minh bạch.\n"
    )
    assert relations(extractor(text)) == {"59/2023/NĐ-CP": IMPLEMENTS}


def test_ban_hanh_theo_a_rule_stays_a_mention(extractor: Extractor) -> None:
    """The mirror: words between "theo" and the citation ("được ban hành theo quy định tại …") name the rule the
    issuing followed, a mention as before."""
    text = (
        "Báo cáo kết quả năm 2024\n\n"
        "Năm 2024, UBND xã Tân Lập đã triển khai thực hiện Quy chế làm việc được ban hành theo quy định tại Nghị định "
        "số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ, bảo đảm công khai.\n"
    )
    assert relations(extractor(text)) == {"59/2023/NĐ-CP": MENTIONS}


# ----------------------------------------------------------------- a basis's description and what is nested in it


def test_a_day_glued_to_thang_still_dates_the_basis_and_its_description_nests(extractor: Extractor) -> None:
    """"Căn cứ Thông tư số 71/2006/TT-BTC ngày 09tháng 8 năm 2006 … hướng dẫn thực hiện Nghị định số 43/2006/NĐ-CP"
    (heldout24 h24-10): the glued day left the date unread, so no description and the decree read as a basis; here a
    numbered list under a heading."""
    text = (
        "KẾ HOẠCH\nThu tiền sử dụng đất năm 2016\n\n"
        "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n"
        "1. Thông tư số 12/2015/TT-BTC ngày 05tháng 3 năm 2015 của Bộ Tài chính hướng dẫn thi hành Nghị định số "
        "45/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ về thu tiền sử dụng đất.\n"
    )
    extraction = extractor(text)
    assert relations(extraction) == {"12/2015/TT-BTC": IMPLEMENTS, "45/2014/NĐ-CP": MENTIONS}
    assert extraction.citations[0].date == datetime.date(2015, 3, 5)


def test_a_glued_date_before_the_next_basis_keeps_both_bases(extractor: Extractor) -> None:
    """The mirror: the same glued date with no description; the next item after ";" is the next basis."""
    text = (
        "QUYẾT ĐỊNH\nVề việc thu tiền sử dụng đất\n\n"
        "Căn cứ Thông tư số 12/2015/TT-BTC ngày 05tháng 3 năm 2015 của Bộ Tài chính;\n"
        "Căn cứ Nghị định số 45/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ;\n"
    )
    assert relations(extractor(text)) == {"12/2015/TT-BTC": IMPLEMENTS, "45/2014/NĐ-CP": IMPLEMENTS}


def test_ve_colon_with_its_object_on_the_line_goes_on_describing(extractor: Extractor) -> None:
    """"… hướng dẫn một số nội dung về: Lập, thẩm định … quy định tại Nghị định số 16/2005/NĐ-CP …" (heldout24 h24-47):
    a colon right after "về" with its object on the same line ends no description; here a decision's own basis."""
    text = (
        "QUYẾT ĐỊNH\nVề việc cấp giấy phép xây dựng\n\n"
        "Căn cứ Quyết định số 20/2019/QĐ-UBND ngày 3/6/2019 của UBND tỉnh quy định về: phân cấp quản lý, cấp giấy phép "
        "xây dựng theo Nghị định số 59/2015/NĐ-CP của Chính phủ;\n"
    )
    assert relations(extractor(text)) == {"20/2019/QĐ-UBND": IMPLEMENTS, "59/2015/NĐ-CP": MENTIONS}


def test_a_description_ended_by_its_semicolon_before_the_next_basis(extractor: Extractor) -> None:
    """The mirror: "về:" whose object ends at ";" leaves the next line's basis a basis."""
    text = (
        "QUYẾT ĐỊNH\nVề việc cấp giấy phép xây dựng\n\n"
        "Căn cứ Quyết định số 20/2019/QĐ-UBND ngày 3/6/2019 của UBND tỉnh quy định về: phân cấp quản lý xây dựng;\n"
        "Căn cứ Nghị định số 59/2015/NĐ-CP ngày 18/6/2015 của Chính phủ;\n"
    )
    assert relations(extractor(text)) == {"20/2019/QĐ-UBND": IMPLEMENTS, "59/2015/NĐ-CP": IMPLEMENTS}


def test_a_document_named_after_the_one_it_amends_is_the_next_basis(extractor: Extractor) -> None:
    """"Thông tư số 116/2004/TT-BTC … hướng dẫn thực hiện Nghị định số 197/2004/NĐ-CP … và Thông tư số 69/2006/TT-BTC …
    sửa đổi, bổ sung Thông tư số 116/2004/TT-BTC" (heldout24 h24-51): a document told in terms of the outer one came
    after it and is no part of its description; here in one running "Căn cứ" sentence of a plan."""
    text = (
        "KẾ HOẠCH\nQuản lý dự án đầu tư năm 2012\n\n"
        "Căn cứ Thông tư số 05/2010/TT-BXD ngày 1/4/2010 của Bộ Xây dựng hướng dẫn Nghị định số 12/2009/NĐ-CP ngày "
        "12/2/2009 của Chính phủ về quản lý dự án và Thông tư số 03/2011/TT-BXD ngày 6/4/2011 của Bộ Xây dựng sửa đổi "
        "Thông tư số 05/2010/TT-BXD, UBND huyện xây dựng kế hoạch như sau:\n"
    )
    assert relations(extractor(text)) == {
        "05/2010/TT-BXD": IMPLEMENTS, "12/2009/NĐ-CP": MENTIONS, "03/2011/TT-BXD": IMPLEMENTS,
    }


def test_a_document_amending_the_nested_one_stays_nested(extractor: Extractor) -> None:
    """The mirror: the document after "và" names back the nested decree, not the outer circular: still part of the
    circular's description."""
    text = (
        "KẾ HOẠCH\nQuản lý dự án đầu tư năm 2012\n\n"
        "Căn cứ Thông tư số 05/2010/TT-BXD ngày 1/4/2010 của Bộ Xây dựng hướng dẫn Nghị định số 12/2009/NĐ-CP ngày "
        "12/2/2009 của Chính phủ về quản lý dự án và Nghị định số 83/2009/NĐ-CP ngày 15/10/2009 của Chính phủ sửa đổi "
        "Nghị định số 12/2009/NĐ-CP;\n"
    )
    assert relations(extractor(text)) == {
        "05/2010/TT-BXD": IMPLEMENTS, "12/2009/NĐ-CP": MENTIONS, "83/2009/NĐ-CP": MENTIONS,
    }


def test_an_undated_document_after_va_in_an_amending_description_is_amended(extractor: Extractor) -> None:
    """"Nghị định số 17/2006/NĐ-CP … về sửa đổi, bổ sung một số điều của các nghị định hướng dẫn thi hành Luật Đất đai
    và Nghị định số 187/2004/NĐ-CP về việc …" (heldout24 h24-51): the amending verb's object list goes on after "và";
    here a tax decree's."""
    text = (
        "QUYẾT ĐỊNH\nVề việc miễn thuế\n\n"
        "Căn cứ Nghị định số 91/2014/NĐ-CP ngày 1/10/2014 của Chính phủ sửa đổi, bổ sung một số điều tại các nghị định "
        "quy định về thuế và Nghị định số 209/2013/NĐ-CP về thuế giá trị gia tăng;\n"
    )
    assert relations(extractor(text)) == {"91/2014/NĐ-CP": IMPLEMENTS, "209/2013/NĐ-CP": MENTIONS}


def test_a_dated_document_after_va_is_the_next_basis(extractor: Extractor) -> None:
    """The mirror: a dated decree with its issuer after "và" is the list's next basis (nested citations are named
    briefly)."""
    text = (
        "QUYẾT ĐỊNH\nVề việc miễn thuế\n\n"
        "Căn cứ Nghị định số 91/2014/NĐ-CP ngày 1/10/2014 của Chính phủ sửa đổi, bổ sung một số điều tại các nghị định "
        "quy định về thuế và Nghị định số 209/2013/NĐ-CP ngày 18/12/2013 của Chính phủ quy định chi tiết Luật Thuế giá trị "
        "gia tăng;\n"
    )
    assert relations(extractor(text)) == {"91/2014/NĐ-CP": IMPLEMENTS, "209/2013/NĐ-CP": IMPLEMENTS}


def test_a_title_cased_description_after_the_issuer_nests_its_documents(extractor: Extractor) -> None:
    """"Thông tư số 25/2008/TT-BLĐTBXH … của Bộ Lao động- Thương binh và Xã hội Hướng dẫn quy trình … theo quy định
    tại … Quyết định số 117/2008/QĐ" (heldout5 k46): a description copied in title case after its issuer; here a
    health circular in a "Căn cứ" line."""
    text = (
        "QUYẾT ĐỊNH\nVề việc chi trả phụ cấp\n\n"
        "Căn cứ Thông tư số 07/2016/TT-BYT ngày 2/5/2016 của Bộ Y tế Hướng dẫn chế độ phụ cấp quy định tại Nghị định số "
        "56/2015/NĐ-CP của Chính phủ;\n"
    )
    assert relations(extractor(text)) == {"07/2016/TT-BYT": IMPLEMENTS, "56/2015/NĐ-CP": MENTIONS}


def test_a_title_cased_document_on_the_next_line_is_the_next_basis(extractor: Extractor) -> None:
    """The mirror: "Hướng dẫn số …" opening the next line names the next document, no description."""
    text = (
        "QUYẾT ĐỊNH\nVề việc chi trả phụ cấp\n\n"
        "Căn cứ Thông tư số 07/2016/TT-BYT ngày 2/5/2016 của Bộ Y tế\n"
        "Hướng dẫn số 12/HD-SYT ngày 3/6/2016 của Sở Y tế;\n"
    )
    assert relations(extractor(text)) == {"07/2016/TT-BYT": IMPLEMENTS, "12/HD-SYT": IMPLEMENTS}


# ----------------------------------------------------------------- a purpose whose clause a directive verb hands down


def test_a_directive_after_a_purpose_hands_down_what_theo_names(extractor: Extractor) -> None:
    """"Để chủ động đối phó …, Chủ tịch UBND huyện đề nghị … và yêu cầu các Phòng ban, … triển khai … theo yêu cầu chỉ
    đạo của Thủ tướng Chính phủ tại Công điện số 1404/CĐ-TTg …" (heldout24 h24-45): the purpose opener no longer outranks
    the rule that a cue handed down by a directive verb names, after "theo", the rule the addressees follow."""
    text = (
        "Chủ động phòng, chống sốt xuất huyết\n\n"
        "Nhằm phòng, chống dịch sốt xuất huyết trong mùa mưa, Chủ tịch UBND huyện yêu cầu các phòng, ban, UBND các xã "
        "khẩn trương triển khai các biện pháp theo chỉ đạo của Bộ Y tế tại Công văn số 1234/BYT-DP ngày 2/5/2024.\n"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) is None
    assert relations(extraction) == {"1234/BYT-DP": MENTIONS}


def test_a_purpose_without_a_directive_still_states_the_bodys_own_action(extractor: Extractor) -> None:
    """The mirror: the body itself carries the measures out for its purpose: implements, as before."""
    text = (
        "Chủ động phòng, chống sốt xuất huyết\n\n"
        "Nhằm phòng, chống dịch sốt xuất huyết trong mùa mưa, UBND huyện triển khai các biện pháp theo Công văn số "
        "1234/BYT-DP ngày 2/5/2024 của Bộ Y tế.\n"
    )
    assert relations(extractor(text, find_own=True)) == {"1234/BYT-DP": IMPLEMENTS}


# ----------------------------------------------------------------- the own number: a paragraph opened by its purpose, then "tại …"


def test_a_purpose_then_tai_the_letter_and_its_body_asking_names_the_own_number(extractor: Extractor) -> None:
    """"Nhằm chủ động ứng phó với mưa lớn, …, tại Văn bản số 2945/UBND- NNMT, ngày 22/8/2025, UBND tỉnh đề nghị …"
    (heldout24 h24-01): the paragraph-opening "Tại Công văn số …, <body> yêu cầu …" of heldout23 h23-26 after a stated
    purpose; here a district's traffic letter opened by "Để"."""
    text = (
        "An toàn giao thông dịp Tết\n\n"
        "Để bảo đảm an toàn giao thông trong dịp Tết Nguyên đán, tại Công văn số 45/UBND-GT ngày 10/1/2025, UBND huyện "
        "Yên Thành yêu cầu các xã, thị trấn tăng cường tuần tra, kiểm soát.\n"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) == "45/UBND-GT"
    assert relations(extraction) == {}


def test_a_purpose_naming_the_plan_it_carries_out_names_no_own_number(extractor: Extractor) -> None:
    """The mirror: "tại" inside the purpose ("Để thực hiện các nhiệm vụ tại Kế hoạch số …, UBND xã đã …") names what the
    commune carries out, not a letter the page presents."""
    text = (
        "An toàn giao thông dịp Tết\n\n"
        "Để thực hiện các nhiệm vụ tại Kế hoạch số 12/KH-UBND ngày 10/1/2025 của UBND huyện, UBND xã Hợp Thành đã tổ "
        "chức ra quân tuần tra, kiểm soát.\n"
    )
    extraction = extractor(text, find_own=True)
    assert own_number(extraction) is None
    assert relations(extraction) == {"12/KH-UBND": IMPLEMENTS}


# ----------------------------------------------------------------- the document's own scope sentence


def test_the_documents_own_scope_sentence_implements_what_it_details(extractor: Extractor) -> None:
    """"1. Nghị định này quy định chi tiết và hướng dẫn thi hành … quy định tại Luật Nhà ở số 65/2014/QH13" (tuning4
    t4-42) and "Quy chế này được xây dựng theo quy định của Luật …, Luật Chứng khoán và Thông tư số 121/2012/TT-BTC"
    (heldout22 h22-47): the document's sentence about itself names what it carries out; here a circular's Điều 1."""
    text = (
        "THÔNG TƯ\nHướng dẫn xử phạt vi phạm hành chính\n\n"
        "Điều 1. Phạm vi điều chỉnh\n"
        "Thông tư này hướng dẫn thi hành một số điều về xử phạt vi phạm hành chính trong lĩnh vực bưu chính của Nghị "
        "định số 15/2020/NĐ-CP ngày 3/2/2020 của Chính phủ.\n"
    )
    assert relations(extractor(text)) == {"15/2020/NĐ-CP": IMPLEMENTS}


def test_a_citation_after_the_scope_sentence_ends_is_not_its_scope(extractor: Extractor) -> None:
    """The mirror: the next sentence ("Những quy định trước đây trái với Thông tư số … đều bãi bỏ.") is no scope."""
    text = (
        "THÔNG TƯ\nHướng dẫn xử phạt vi phạm hành chính\n\n"
        "Điều 1. Phạm vi điều chỉnh\n"
        "Thông tư này hướng dẫn thi hành một số điều về xử phạt vi phạm hành chính trong lĩnh vực bưu chính. Những quy "
        "định trước đây trái với Thông tư số 20/2015/TT-BTTTT đều bãi bỏ.\n"
    )
    assert relations(extractor(text)) == {"20/2015/TT-BTTTT": MENTIONS}
