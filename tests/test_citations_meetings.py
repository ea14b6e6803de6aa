"""A resolution cited "của Hội nghị lần thứ N Ban Chấp hành …" was issued by the body whose sitting it was, not by a body
called "Hội nghị" (the twenty-third session's site built from every spent set's originals listed "Hội nghị – chưa rõ
địa phương" with 20-NQ/TW and 21-NQ/TW, and "Hội nghị – TP. Hồ Chí Minh" with a city's 05-NQ/TU). Run on the fast
extractor and its plain reference; each positive failed on 3c09b1d, the mirrors pass on both."""

from __future__ import annotations

import pytest

from conftest import Extractor


def _issuers(extractor: Extractor, text: str) -> dict[str, str | None]:
    return {c.number: c.issuer for c in extractor(text).citations}


@pytest.mark.parametrize(("text", "number", "issuer"), [
    ("Căn cứ Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng (khóa XIII) "
     "về nông nghiệp, nông dân, nông thôn.", "19-NQ/TW", "Ban Chấp hành Trung ương Đảng"),
    ("Thực hiện Nghị quyết số 07-NQ/HU ngày 02/8/2021 của Hội nghị lần thứ mười hai Ban Chấp hành Đảng bộ huyện về "
     "xây dựng nông thôn mới.", "07-NQ/HU", "Ban Chấp hành Đảng bộ huyện"),
    ("Thực hiện Kết luận số 31-KL/TU ngày 12/01/2023 của Hội nghị (mở rộng) Ban Thường vụ Tỉnh ủy về phát triển du "
     "lịch.", "31-KL/TU", "Ban Thường vụ Tỉnh ủy"),
    ("Căn cứ Nghị quyết số 11-NQ/TU ngày 20/7/2022 của Hội nghị Tỉnh ủy lần thứ 9 về chuyển đổi số.", "11-NQ/TU",
     "Tỉnh ủy"),
    ("CĂN CỨ NGHỊ QUYẾT SỐ 19-NQ/TW NGÀY 16/6/2022 CỦA HỘI NGHỊ LẦN THỨ NĂM BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG VỀ NÔNG "
     "NGHIỆP.", "19-NQ/TW", "BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG"),
])
def test_a_sitting_names_the_body_that_sat(extractor: Extractor, text: str, number: str, issuer: str) -> None:
    assert _issuers(extractor, text)[number] == issuer


@pytest.mark.parametrize(("text", "number", "issuer"), [
    # nothing named after the sitting: read as before
    ("Căn cứ Thông báo số 12-TB/HU ngày 05/01/2022 của Hội nghị về việc tổng kết năm.", "12-TB/HU", "Hội nghị"),
    # associations whose name opens with "Hội" are no sitting
    ("Căn cứ Quyết định số 12/QĐ-HND ngày 05/01/2022 của Hội Nông dân tỉnh về việc khen thưởng.", "12/QĐ-HND",
     "Hội Nông dân tỉnh"),
    ("Căn cứ Kế hoạch số 15/KH-HĐND ngày 05/01/2022 của Hội đồng nhân dân huyện về giám sát.", "15/KH-HĐND",
     "Hội đồng nhân dân huyện"),
])
def test_mirrors_read_as_before(extractor: Extractor, text: str, number: str, issuer: str) -> None:
    assert _issuers(extractor, text)[number] == issuer
