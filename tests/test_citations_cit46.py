"""Thirty-sixth session (citations README, "Tuning notes (thirty-sixth session, citation fixer cit46…)"): a page's own
number where a news page puts it when its lead does not say it — on the page's download link — and "phát đi" (to send
out) as a lead's issuing verb.  Each on a page written here in another layout than the pages that showed it (heldout35
h35-09, import heldout12 b30 and heldout9 y03; import heldout28 ad14 and heldout34 aj13), run on the fast extractor and
its plain reference; each positive test fails on the session's start code (aa0d699), each mirror passes on both.
"""

from __future__ import annotations

from conftest import Extractor, own_number, relations
from vanban.citations import IMPLEMENTS, MENTIONS


def test_a_download_line_that_names_the_document(extractor: Extractor) -> None:
    """"Tải về Hướng dẫn 3566/HD-BVHTTDL ngày … của Bộ …" under the headline, the lead "Bộ … vừa có hướng dẫn …"
    unnumbered (h35-09): the page offers that document for download, its own number, never one of its citations."""
    text = (
        "Sở Y tế hướng dẫn phòng, chống sốt xuất huyết mùa mưa\n\n"
        "Đăng ngày: 12/06/2024 08:15 - Lượt xem 1204\n\n"
        "- Tải về Công văn 2210/SYT-NVY ngày 10/6/2024 của Sở Y tế\n\n"
        "Sở Y tế vừa có văn bản hướng dẫn các địa phương chủ động phòng, chống sốt xuất huyết trong mùa mưa. Theo đó, "
        "các xã tổ chức ra quân diệt lăng quăng, bọ gậy mỗi tuần một lần.\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) == "2210/SYT-NVY"
    assert relations(got) == {}


def test_a_link_by_the_type_alone_offers_the_document_above_it(extractor: Extractor) -> None:
    """"Tải văn bản: bấm tại đây" under "Văn vản số 3888/BTNMT-ĐCKS ngày … của Bộ …" (b30), "… có thể tải về hướng
    dẫn … TẠI ĐÂY" under "… theo hướng dẫn số 22HD/TWĐTN ngày 28/6/2013." (y03): a link naming the document by its type
    (any type for "văn bản") offers the one numbered document of that type the paragraph above names."""
    record = (
        "Hướng dẫn kê khai giá dịch vụ thu gom rác thải sinh hoạt\n\n"
        "Văn bản số 512/STC-QLG ngày 14/03/2023 của Sở Tài chính\n"
        "Tải văn bản: bấm tại đây\n"
    )
    got = extractor(record, find_own=True)
    assert own_number(got) == "512/STC-QLG"
    assert relations(got) == {}
    news = (
        "Căn cứ Luật Phòng, chống thiên tai, Ủy ban nhân dân huyện hướng dẫn các xã xây dựng phương án ứng phó bão theo "
        "kế hoạch số 45/KH-UBND ngày 02/5/2024.\n\n"
        "Cán bộ các xã có thể tải về kế hoạch chi tiết TẠI ĐÂY\n"
    )
    got = extractor(news, find_own=True)
    assert own_number(got) == "45/KH-UBND"
    assert relations(got) == {}


def test_a_download_link_that_does_not_say_which_document_is_no_own_number(extractor: Extractor) -> None:
    """The mirrors: a link by its type over a paragraph naming two numbered documents, or one of another type; a
    "tải về" inside a sentence naming a document further on; a document site's "Tải bản đầy đủ" — no own number is
    guessed, and the documents named stay citations."""
    two = (
        "Thực hiện Kế hoạch số 45/KH-UBND ngày 02/5/2024 và Công văn số 812/UBND-NN ngày 10/5/2024 của UBND tỉnh, xã tổ "
        "chức ra quân dọn vệ sinh.\n"
        "Tải văn bản: bấm tại đây\n"
    )
    got = extractor(two, find_own=True)
    assert own_number(got) is None
    assert relations(got) == {"45/KH-UBND": IMPLEMENTS, "812/UBND-NN": IMPLEMENTS}
    other_type = (
        "UBND huyện yêu cầu các xã thực hiện nghiêm Kế hoạch số 45/KH-UBND ngày 02/5/2024 của UBND tỉnh.\n\n"
        "Cán bộ có thể tải về hướng dẫn chi tiết tại đây\n"
    )
    got = extractor(other_type, find_own=True)
    assert own_number(got) is None
    assert "45/KH-UBND" in relations(got)
    in_sentence = (
        "Người dân có thể tải về Quyết định số 12/QĐ-UBND ngày 3/1/2024 của UBND huyện trên cổng thông tin để tham khảo "
        "mức hỗ trợ.\n"
    )
    got = extractor(in_sentence, find_own=True)
    assert own_number(got) is None
    assert relations(got) == {"12/QĐ-UBND": MENTIONS}
    site = "Kế hoạch phòng chống dịch năm 2024\n\nTải bản đầy đủ (.doc) (11 trang)\n"
    assert own_number(extractor(site, find_own=True)) is None


def test_a_lead_that_says_a_body_phat_di_its_document(extractor: Extractor) -> None:
    """"… Chủ tịch UBND tỉnh … đã phát đi công văn số 3937/UBND-NN nhằm …" (import heldout28 ad14), "Ngày 20/8, Tổng
    cục … phát đi Văn bản số 771/TCBHĐVN-VTPT về việc …" (import heldout34 aj13): "phát đi" (to send out) presents the
    document as "ban hành" does, and the page stops citing itself; an unnumbered "phát đi thông báo" names none."""
    text = (
        "Tăng cường phòng cháy rừng mùa khô\n\n"
        "Ngày 12/3, Chi cục Kiểm lâm tỉnh phát đi Công văn số 215/CCKL-QLBVR về việc tăng cường các biện pháp phòng "
        "cháy, chữa cháy rừng trong mùa khô năm 2024.\n"
    )
    got = extractor(text, find_own=True)
    assert own_number(got) == "215/CCKL-QLBVR"
    assert relations(got) == {}
    unnumbered = (
        "Để kịp thời ngăn chặn dịch bệnh lây lan, UBND phường cũng phát đi thông báo tìm người liên quan đến ca bệnh, "
        "theo Kế hoạch số 45/KH-UBND ngày 2/3/2024 của UBND quận.\n"
    )
    assert own_number(extractor(unnumbered, find_own=True)) is None


def test_a_body_steering_its_people_to_carry_a_document_out(extractor: Extractor) -> None:
    """"Hà Nội đã chỉ đạo quyết liệt việc tổ chức thực hiện Nghị quyết số 57-NQ/TW …" (heldout32 h32-31), "Đảng ủy
    phường … thường xuyên chỉ đạo các chi bộ thực hiên nghiêm túc Nghị quyết 22-NQ/TW" (heldout33 h33-13, the verb's
    mark mistyped), "UBND xã tích cực chỉ đạo các HTX tiếp tục triển khai và thực hiến Kế hoạch số 53/KH-UBND" (heldout29
    h29-33): the body the page tells of directs its people to carry the document out — its own carrying out."""
    text = (
        "Xã Tân Lập đẩy mạnh chuyển đổi số\n\n"
        "Thời gian qua, Đảng ủy xã đã chỉ đạo sát sao các chi bộ, đoàn thể tổ chức thực hiện nghiêm túc Kế hoạch số "
        "35-KH/HU ngày 12/3/2025 của Ban Thường vụ Huyện ủy về chuyển đổi số. Nhờ đó, 95% hộ dân đã cài đặt ứng dụng.\n"
    )
    assert relations(extractor(text, find_own=True)) == {"35-KH/HU": IMPLEMENTS}
    typed = (
        "Phường An Bình sơ kết 6 tháng đầu năm\n\n"
        "Đảng ủy phường thường xuyên chỉ đạo các chi bộ thực hiên nghiêm túc Chỉ thị số 05-CT/TW của Bộ Chính trị.\n"
    )
    assert relations(extractor(typed, find_own=True)) == {"05-CT/TW": IMPLEMENTS}


def test_steering_named_reviewed_or_by_another_document_is_no_carrying_out(extractor: Extractor) -> None:
    """The mirrors: a steering body's name ("Ban Chỉ đạo … thực hiện …"), the object of a review ("kiểm tra việc lãnh
    đạo, chỉ đạo và tổ chức thực hiện …"), a directive named before ("chỉ đạo của UBND tỉnh tại Công văn số …") and a
    steering whose words go on to something else ("chỉ đạo các xã báo cáo kết quả thực hiện …") stay mentions."""
    named = (
        "Chiều 27/01/2026, Ban Chỉ đạo thực hiện Nghị quyết số 57-NQ/TW của huyện họp phiên thường kỳ, nghe báo cáo "
        "tiến độ các nhiệm vụ.\n"
    )
    assert relations(extractor(named, find_own=True)) == {"57-NQ/TW": MENTIONS}
    reviewed = (
        "Đoàn công tác của Tỉnh ủy kiểm tra việc lãnh đạo, chỉ đạo thực hiện Chỉ thị số 05-CT/TW tại Đảng bộ xã Hòa "
        "Bình.\n"
    )
    assert relations(extractor(reviewed, find_own=True)) == {"05-CT/TW": MENTIONS}
    reported = (
        "Huyện đã chỉ đạo các xã báo cáo kết quả thực hiện Kế hoạch số 35-KH/HU của Ban Thường vụ Huyện ủy trước ngày "
        "15/12.\n"
    )
    assert relations(extractor(reported, find_own=True))["35-KH/HU"] == MENTIONS
