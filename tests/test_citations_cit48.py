"""Thirty-eighth session (citations README, "Tuning notes (thirty-eighth session, citation fixer cit48…)"): the
self-citations of every spent set pooled by where the own number stands, and the kinds that hold on several texts —
a lead after its situation said so, a validity-history page's caption, a dated lead's bare serial and a body receiving
a document.  Each on a page written here in another wording than the pages that showed it; run on the fast extractor
and its plain reference; each positive test fails on the session's start code (e056ed5a), each mirror passes on both.
"""

from __future__ import annotations

from conftest import Extractor, own_number, relations


def test_a_lead_after_its_situation_said_so(extractor: Extractor) -> None:
    """"Trước diễn biến khó lường của dịch bệnh …, đã ghi nhận một số ca mắc bệnh …. UBND xã ban hành Kế hoạch số
    90/KH-UBND …" (import heldout30 af14), "Trong thời gian vừa qua, việc tiêu hủy lợn bệnh … gặp khó khăn …. Do đó, Bộ
    … ban hành Công văn số 4178/HD-BNN-TY …" (import heldout34 aj09): the sentences before the lead tell the situation
    that called for the document, no narrative of another; the lead presents the page's own."""
    situation = (
        "PHƯỜNG AN HÒA RA QUÂN DIỆT BỌ GẬY PHÒNG CHỐNG SỐT XUẤT HUYẾT.\n"
        "Trước diễn biến phức tạp của dịch sốt xuất huyết trong mùa mưa, trên địa bàn phường đã ghi nhận 12 ca mắc. "
        "UBND phường ban hành Kế hoạch số 45/KH-UBND ngày 10/8/2024 về việc tăng cường phòng, chống sốt xuất huyết.\n"
        "Theo đó, các tổ dân phố ra quân từ ngày 15/8/2024.\n"
    )
    got = extractor(situation, find_own=True)
    assert own_number(got) == "45/KH-UBND"
    assert relations(got) == {}
    consequence = (
        "Hướng dẫn thu gom rác thải sau lũ\n"
        "Thời gian qua, lượng rác thải tồn đọng sau lũ tại nhiều xã chưa được xử lý kịp thời. Do đó, Sở Tài nguyên và "
        "Môi trường ban hành Công văn số 1520/STNMT-MT ngày 2/10/2024 về việc hướng dẫn thu gom, xử lý rác thải sau lũ.\n"
    )
    got = extractor(consequence, find_own=True)
    assert own_number(got) == "1520/STNMT-MT"
    assert relations(got) == {}


def test_a_situation_that_names_a_document_is_narrative(extractor: Extractor) -> None:
    """The mirror: a sentence before the lead that names a document ("Hiện nay, … theo Chỉ thị số 05/CT-TTg …") tells
    of it; the lead after it is the article's narrative, and its number stays a citation."""
    text = (
        "Tăng cường quản lý vật liệu nổ\n"
        "Hiện nay, việc quản lý vật liệu nổ công nghiệp được thực hiện theo Chỉ thị số 05/CT-TTg của Thủ tướng. "
        "UBND tỉnh ban hành Công văn số 310/UBND-NC về việc kiểm tra các kho vật liệu nổ.\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) is None
    assert "310/UBND-NC" in relations(got)


def test_a_validity_history_page_is_its_documents_record(extractor: Extractor) -> None:
    """"Lịch sử hiệu lực: Quyết định 30/2013/QĐ-UBND" (import heldout15 f31), "Lịch sử hiệu lực: Thông tư
    03/2009/TT-BCT" (import heldout35 ak22): the national database's history table names its document in its caption;
    the amending and replacing documents of its rows are its citations, never the caption's own."""
    text = (
        "  • Hiệu lực: Còn hiệu lực\n"
        "  • Ngày có hiệu lực: 01/03/2016\n"
        "Lịch sử hiệu lực: Nghị quyết 12/2016/NQ-HĐND\n"
        "Ngày Trạng thái Văn bản nguồn Phần hết hiệu lực\n"
        "15/02/2016 Văn bản được ban hành 12/2016/NQ-HĐND\n"
        "01/03/2016 Văn bản có hiệu lực 12/2016/NQ-HĐND\n"
        "20/07/2019 Được sửa đổi 08/2019/NQ-HĐND\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) == "12/2016/NQ-HĐND"
    assert "12/2016/NQ-HĐND" not in relations(got)
    assert "08/2019/NQ-HĐND" in relations(got)
    told = "Lịch sử hiệu lực: Nghị quyết 12 năm 2016 được đăng tải đầy đủ trên cơ sở dữ liệu.\n"
    assert own_number(extractor(told, find_own=True)) is None


def test_a_dated_lead_naming_its_document_by_the_bare_serial(extractor: Extractor) -> None:
    """"(QNO) - Ngày 20.10, UBND tỉnh ban hành Kế hoạch 7401 thực hiện …" (heldout36 h36-05), "Ngày 26/7/2021, UBND thành
    phố Huế có Công văn 4424 gửi …" (tracking heldout19 x01): the day's act names its document by the bare serial,
    without "số", as a just-issued one may; an undated sentence telling of an earlier document keeps its bare number a
    citation."""
    text = (
        "Phấn đấu giảm đuối nước ở trẻ em\n\n"
        "(BQN) - Ngày 12.5, UBND tỉnh ban hành Kế hoạch 2310 thực hiện chương trình phòng, chống đuối nước trẻ em giai "
        "đoạn 2024 - 2030.\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) == "2310"
    assert "2310" not in relations(got)
    undated = "Ngay sau khi Bộ Chính trị ban hành Chỉ thị 05 về học tập và làm theo tấm gương Bác, Hội đã quán triệt.\n"
    assert own_number(extractor(undated, find_own=True)) is None


def test_a_body_receiving_a_document_answers_it(extractor: Extractor) -> None:
    """"Tiếp nhận Chỉ thị số 03/CT-TTG …, UBND tỉnh vừa có Công văn 1495/UBND-KTH chỉ đạo …" (heldout36 h36-39),
    "Tiếp nhận Thông tư số 28/2020/TT-BGDĐT …" (heldout14 h14-41): a clause opening with the receipt of a higher
    document heads the body's answer to it — the document is carried out."""
    text = (
        "UBND tỉnh chỉ đạo tăng cường phòng chống dịch tả lợn châu Phi\n\n"
        "Tiếp nhận Công điện số 04/CĐ-TTg ngày 20-2-2024 của Thủ tướng Chính phủ, UBND tỉnh vừa có Công văn 512/UBND-KT "
        "chỉ đạo các sở, ngành, địa phương triển khai các biện pháp phòng, chống dịch.\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) == "512/UBND-KT"
    assert relations(got) == {"04/CĐ-TTg": "implements"}


def test_a_lead_right_under_its_headline_after_a_source_tag(extractor: Extractor) -> None:
    """"Thanh Hóa: Chấm dứt …⏎(TN&MT) - Để chấm dứt …. Sở NN & PTNT Thanh Hóa đã ban hành công văn số
    3889/SNN&PTNT-CCKL …" (heldout36 h36-41): the source tag, blanked, leaves the lead's line opening with blanks under
    the headline; it opens its paragraph all the same (no wrapped line of the headline), and the page stops citing
    itself."""
    text = (
        "Phòng chống cháy rừng\n\n"
        "Quảng Trị: Tăng cường phòng cháy rừng mùa khô\n"
        "(QTO) - Để chủ động phòng cháy rừng trong mùa khô năm 2024. Chi cục Kiểm lâm tỉnh đã ban hành công văn số "
        "215/CCKL-QLBVR về việc tăng cường các biện pháp phòng cháy, chữa cháy rừng.\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) == "215/CCKL-QLBVR"
    assert relations(got) == {}


def test_a_dated_lead_on_a_question_and_answer_page(extractor: Extractor) -> None:
    """"Làm gì để huyện Việt Yên trở thành thị xã?⏎Ngày 10/9/2021 Ban Thường vụ Tỉnh ủy … đã có Nghị quyết số
    162-NQ/TU …" (heldout32 h32-30), "Hỏi: … Trả lời: Ngày 31/8, UBND thị xã đã ban hành Kế hoạch số 162/KH-UBND …"
    (import dev14 d01): a question on the page does not make the lead that opens with the day of the act an answer
    applying a rule — it is news of the page's document."""
    headline = (
        "Tags: nông thôn mới\n"
        "Làm gì để xã Tân Lập đạt chuẩn nông thôn mới nâng cao?\n"
        "Ngày 5/3/2024 Ban Thường vụ Huyện ủy đã có Nghị quyết số 21-NQ/HU về xây dựng xã Tân Lập đạt chuẩn nông thôn "
        "mới nâng cao vào năm 2025. Vậy xã cần làm gì để thực hiện Nghị quyết này?\n"
    )
    got = extractor(headline, find_own=True)
    assert own_number(got) == "21-NQ/HU"
    assert relations(got) == {}
    answered = (
        "Hỏi đáp về lịch tiêm chủng mở rộng\n\n"
        "Hỏi:\n\nXin cơ quan cho biết kế hoạch tiêm chủng mở rộng của huyện năm nay. Xin cảm ơn!\n\n"
        "Trả lời:\n\n"
        "Ngày 2/8, UBND huyện đã ban hành Kế hoạch số 88/KH-UBND về tiêm chủng mở rộng năm 2024 trên địa bàn huyện.\n"
    )
    got = extractor(answered, find_own=True)
    assert own_number(got) == "88/KH-UBND"
    assert relations(got) == {}


def test_an_answer_applying_a_rule_is_no_lead(extractor: Extractor) -> None:
    """The mirror: an answer that opens with its basis ("Căn cứ …, Quốc hội đã ban hành Nghị quyết số …", heldout x06's
    shape) applies that rule; its number stays a citation and the page has no own number."""
    text = (
        "Thời điểm áp dụng mức lương cơ sở mới là khi nào?\n"
        "Căn cứ Luật Ngân sách nhà nước, Quốc hội đã ban hành Nghị quyết số 104/2023/QH15 về dự toán ngân sách nhà "
        "nước năm 2024, trong đó mức lương cơ sở tăng từ ngày 1/7/2024.\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) is None
    assert "104/2023/QH15" in relations(got)


def test_a_repeated_photo_caption_is_no_listed_item(extractor: Extractor) -> None:
    """"HƯỚNG DẪN …⏎⏎HƯỚNG DẪN …⏎…⏎Hình minh họa trên Internet⏎Hình minh họa trên Internet" (heldout30 h30-33): a page that
    repeats its headline may repeat its photo's caption too; the caption is no second item of a tag page, so the lead
    still presents the page's document."""
    text = (
        "HƯỚNG DẪN TUYÊN TRUYỀN KỶ NIỆM NGÀY THÀNH LẬP TỈNH\n\n"
        "HƯỚNG DẪN TUYÊN TRUYỀN KỶ NIỆM NGÀY THÀNH LẬP TỈNH\n\n"
        "Thứ hai - 06/05/2024 08:15\n"
        "Ngày 03-5-2024, Ban Tuyên giáo Tỉnh ủy ban hành Hướng dẫn số 57-HD/BTGTU về tuyên truyền kỷ niệm ngày thành lập "
        "tỉnh. BBT trích đăng nguyên văn Hướng dẫn.\n"
        "Ảnh minh họa\n"
        "Ảnh minh họa\n"
        "- Căn cứ Chỉ thị số 45-CT/TW, ngày 22/7/2010 của Bộ Chính trị về đổi mới, nâng cao hiệu quả tổ chức các ngày kỷ "
        "niệm;\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) == "57-HD/BTGTU"
    assert "57-HD/BTGTU" not in relations(got)


def test_a_letter_named_by_what_it_does(extractor: Extractor) -> None:
    """"… vừa có văn bản chỉ đạo số 682-CV/TU …" (heldout22 h22-40), "Sở Nội vụ đã ban hành văn bản hướng dẫn số
    231/SNV-XDCQ về việc …" (import dev14 d13): the lead names the letter by what it does, then its number; a letter
    named by its request and its addressees ("vừa có văn bản đề nghị 4 bộ, ngành …") gives no number."""
    text = (
        "Hướng dẫn chấm điểm tiêu chí an ninh trật tự\n\n"
        "Ngày 12/4/2024, Công an tỉnh đã ban hành văn bản hướng dẫn số 745/CAT-PV01 về việc chấm điểm tiêu chí an ninh "
        "trật tự trong xây dựng nông thôn mới.\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) == "745/CAT-PV01"
    assert relations(got) == {}
    asked = (
        "Đôn đốc báo cáo quyết toán\n\n"
        "(BĐT) - Bộ Tài chính vừa có văn bản đề nghị 5 bộ, ngành chưa gửi báo cáo quyết toán vốn đầu tư công năm 2023.\n"
    )
    assert own_number(extractor(asked, find_own=True)) is None
