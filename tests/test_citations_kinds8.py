"""The kinds of case heldout10 taught (scored untuned at the end of the twelfth session, then spent), one test per kind
on small written examples (not its passages), each run on the fast extractor and on its plain reference."""

from __future__ import annotations

from conftest import Extractor, relations
from vanban.citations import IMPLEMENTS, MENTIONS

# --------------------------------------------------------------------------- relations


def test_addressees_as_the_subject_of_a_cue_have_the_document_handed_down(extractor: Extractor) -> None:
    text = (
        "UBND tỉnh vừa có văn bản về phòng, chống đuối nước.\n\n"
        "Các sở, ban, ngành, UBND các huyện, thành phố theo chức năng, nhiệm vụ triển khai thực hiện các nội dung chỉ "
        "đạo của Bộ Y tế tại Công văn số 1762/BYT-TE ngày 30/5/2022.\n\n"
        "Theo đó, các tỉnh, thành phố trực thuộc Trung ương tiếp tục chỉ đạo thực hiện Chỉ thị số 28-CT/TW ngày "
        "25/12/2023 của Bộ Chính trị về chăm sóc trẻ em.\n\n"
        "Các đại biểu góp ý dự thảo báo cáo tổng kết thực hiện Nghị quyết số 12-NQ/TU của Tỉnh ủy."
    )
    assert relations(extractor(text)) == {"1762/BYT-TE": IMPLEMENTS, "28-CT/TW": IMPLEMENTS, "12-NQ/TU": MENTIONS}


def test_documents_after_a_plural_that_lists_them_take_the_verb_before_the_plural(extractor: Extractor) -> None:
    text = (
        "UBND tỉnh giao Sở Công thương chủ trì tiếp tục thực hiện tốt các văn bản chỉ đạo của Trung ương về thực hiện "
        "Cuộc vận động như: Thông báo số 264-TB/TW ngày 31/7/2009 của Bộ Chính trị; Kết luận số 107-KL/TW ngày "
        "10/4/2015 của Ban Bí thư.\n\n"
        "Tỉnh ủy đã ban hành các văn bản làm cơ sở để địa phương thực hiện thống nhất như: Kế hoạch số 86-KH/TU ngày "
        "07/5/2018 của Tỉnh ủy."
    )
    assert relations(extractor(text)) == {"264-TB/TW": IMPLEMENTS, "107-KL/TW": IMPLEMENTS, "86-KH/TU": MENTIONS}


def test_a_list_goes_on_past_a_full_stop_when_the_next_sentence_only_names_a_document(extractor: Extractor) -> None:
    text = (
        "Chủ tịch UBND huyện yêu cầu UBND các xã tiếp tục triển khai thực hiện Chỉ thị số 06/CT-UBND của Chủ tịch UBND "
        "tỉnh về việc phòng, chống đuối nước trẻ em. Chỉ thị số 02/CT-UBND của UBND huyện về việc quản lý trẻ em "
        "trên địa bàn.\n\n"
        "Nhiều đơn vị chưa thực hiện Kế hoạch số 12/KH-UBND ngày 3/2/2020 của UBND huyện về phòng dịch. Thông báo số "
        "108/TB-UBND ngày 11/9/2020 của Chủ tịch UBND huyện là phù hợp."
    )
    got = relations(extractor(text))
    assert got["06/CT-UBND"] == IMPLEMENTS
    assert got["02/CT-UBND"] == IMPLEMENTS
    assert got["108/TB-UBND"] == MENTIONS


def test_a_document_a_body_is_said_to_have_drafted_is_reported(extractor: Extractor) -> None:
    text = (
        "Thực hiện Kế hoạch số 99-KH/ĐTN ngày 14/10/2024 của Ban Chấp hành Đoàn huyện; Đoàn xã Hòa Hưng đã xây dựng Kế "
        "hoạch số 31-KH/ĐTN về tổ chức Đại hội các chi đoàn."
    )
    assert relations(extractor(text)) == {"99-KH/ĐTN": IMPLEMENTS, "31-KH/ĐTN": MENTIONS}


def test_the_documents_an_unnumbered_programme_was_issued_in_are_items_of_the_list(extractor: Extractor) -> None:
    text = (
        "Thực hiện Kết luận số 56-KL/TW ngày 23/8/2019 của Bộ Chính trị và Chương trình hành động của Chính phủ thực "
        "hiện Nghị quyết số 24-NQ/TW (được ban hành tại Nghị quyết số 08/NQ-CP ngày 23/01/2014 và Nghị quyết số "
        "06/NQ-CP ngày 21/1/2021), Bộ Giao thông vận tải đã ban hành các văn bản."
    )
    got = relations(extractor(text))
    assert got["08/NQ-CP"] == IMPLEMENTS
    assert got["06/NQ-CP"] == IMPLEMENTS


def test_an_amending_verb_after_a_comma_ends_the_issuer_and_nests_the_amended_document(extractor: Extractor) -> None:
    text = (
        "Căn cứ Nghị quyết số 27/2022/UBTVQH15 ngày 21/9/2022 của Ủy ban Thường vụ Quốc hội khóa XV sửa đổi, bổ sung "
        "một số điều của Nghị quyết số 1211/2016/UBTVQH13 ngày 25/5/2016 của Ủy ban Thường vụ Quốc hội khóa XIII về "
        "tiêu chuẩn của đơn vị hành chính;"
    )
    got = extractor(text)
    assert relations(got) == {"27/2022/UBTVQH15": IMPLEMENTS, "1211/2016/UBTVQH13": MENTIONS}
    assert got.citations[0].issuer == "Ủy ban Thường vụ Quốc hội khóa XV"


def test_a_basis_cue_answering_a_question_quotes_a_rule(extractor: Extractor) -> None:
    text = (
        "Hỏi đáp về bầu cử\n\nCách thức ghi số thẻ cử tri theo danh sách cử tri?\n\n"
        "Căn cứ vào Nghị quyết số 40/NQ-HĐBCQG ngày 29/9/2025 của Hội đồng bầu cử quốc gia quy định mẫu văn bản, "
        "trong danh sách cử tri, họ và tên cử tri xếp theo hộ gia đình.\n\n"
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;"
    )
    assert relations(extractor(text)) == {"40/NQ-HĐBCQG": MENTIONS, "30/2020/NĐ-CP": IMPLEMENTS}


def test_a_cue_after_tiep_tuc_continues_the_subjects_own_work_whatever_the_subject(extractor: Extractor) -> None:
    text = (
        "I- PHƯƠNG HƯỚNG CHUNG:\n"
        "Năm học 2007 - 2008, giáo dục mầm non tiếp tục triển khai các Quyết định của Thủ tướng Chính phủ: Quyết định "
        "số 149/2006/QĐ-TTg phê duyệt đề án phát triển giáo dục mầm non; Quyết định số 161/2002/QĐ-TTg về chính sách.\n"
        "Năm học 2007 - 2008, giáo dục mầm non báo cáo kết quả triển khai Quyết định số 20/2006/QĐ-TTg."
    )
    assert relations(extractor(text)) == {
        "149/2006/QĐ-TTg": IMPLEMENTS,
        "161/2002/QĐ-TTg": IMPLEMENTS,
        "20/2006/QĐ-TTg": MENTIONS,
    }


# --------------------------------------------------------------------------- numbers


def test_a_forms_number_is_no_citation(extractor: Extractor) -> None:
    text = (
        "Nội quy phòng bỏ phiếu ban hành theo Nghị quyết số 40/NQ-HĐBCQG (tại Mẫu số 10/HĐBC và Mẫu số 31/HĐBC); "
        "số liệu tổng hợp theo Biểu số 02/BC-UBND."
    )
    assert [c.number for c in extractor(text).citations] == ["40/NQ-HĐBCQG"]


def test_a_bare_serial_written_with_its_zero_is_a_number(extractor: Extractor) -> None:
    text = "Hội nghị là dịp để đánh giá kết quả 10 năm thực hiện Chỉ thị 05 một cách khách quan, toàn diện."
    assert [(c.type, c.number) for c in extractor(text).citations] == [("Chỉ thị", "05")]


def test_heads_of_addressees_and_sector_bodies_are_addressees_too(extractor: Extractor) -> None:
    text = (
        "Sở Giáo dục vừa có văn bản về phòng, chống dịch.\n\n"
        "Giám đốc các cơ sở giáo dục trực thuộc khẩn trương triển khai Công văn số 55/SGDĐT-VP ngày 3/3/2023 của Sở.\n\n"
        "Các chi bộ khẩn trương triển khai Kế hoạch số 12-KH/ĐU ngày 5/3/2023 của Đảng ủy xã."
    )
    assert relations(extractor(text)) == {"55/SGDĐT-VP": IMPLEMENTS, "12-KH/ĐU": IMPLEMENTS}


def test_a_directive_introducing_its_tasks_hands_every_item_down(extractor: Extractor) -> None:
    text = (
        "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban ngành và Chủ tịch UBND các huyện tập trung thực hiện tốt "
        "một số nhiệm vụ sau:\n\n"
        "1. Sở Y tế chủ trì, phối hợp với các địa phương triển khai Công điện số 12/CĐ-UBND ngày 02/5/2022.\n\n"
        "2. Sở Giáo dục và Đào tạo chủ trì, phối hợp với các trường triển khai Kế hoạch số 20/KH-UBND.\n"
    )
    assert relations(extractor(text)) == {"12/CĐ-UBND": IMPLEMENTS, "20/KH-UBND": IMPLEMENTS}
