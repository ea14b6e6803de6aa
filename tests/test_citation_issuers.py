"""The issuer after "của" read to the end of a listed agency name: its lower-case words, its dash and comma
("Bộ Nông nghiệp và Phát triển nông thôn" was cut to "… và Phát triển", "Bảo hiểm xã hội" to "Bảo hiểm xã");
on the fast extractor and its plain reference."""

from __future__ import annotations

import pytest

from conftest import Extractor


def _issuers(extractor: Extractor, text: str) -> dict[str, str | None]:
    return {c.number: c.issuer for c in extractor(text).citations}


@pytest.mark.parametrize(("written", "read"), [
    ("Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Nông nghiệp và Phát triển nông thôn"),
    ("Bộ trưởng Bộ Lao động - Thương binh và Xã hội", "Bộ trưởng Bộ Lao động - Thương binh và Xã hội"),
    ("Bộ Lao động, Thương binh và Xã hội", "Bộ Lao động, Thương binh và Xã hội"),
    ("Bộ Văn hoá, Thể thao và Du lịch", "Bộ Văn hoá, Thể thao và Du lịch"),
    ("Sở Nông nghiệp & Phát triển Nông thôn tỉnh Kon Tum", "Sở Nông nghiệp & Phát triển Nông thôn tỉnh Kon Tum"),
    ("Phòng Văn hóa và Thông tin huyện Lâm Hà", "Phòng Văn hóa và Thông tin huyện Lâm Hà"),
    ("Bộ Giao thông vận tải", "Bộ Giao thông vận tải"),
    ("Bảo hiểm xã hội Việt Nam", "Bảo hiểm xã hội Việt Nam"),
    ("Chi cục Quản lý thị trường tỉnh Gia Lai", "Chi cục Quản lý thị trường tỉnh Gia Lai"),
    ("Ban Nhân dân thôn Phú Bình", "Ban Nhân dân thôn Phú Bình"),
    ("Ban chấp hành Đảng bộ huyện khóa XX", "Ban chấp hành Đảng bộ huyện khóa XX"),
    ("Ban thường vụ Huyện ủy", "Ban thường vụ Huyện ủy"),
    ("Bộ chính trị", "Bộ chính trị"),
    ("Viện trưởng Viện kiểm sát nhân dân tối cao", "Viện trưởng Viện kiểm sát nhân dân tối cao"),
    ("Sở Giáo dục - Đào tạo tỉnh Đồng Nai", "Sở Giáo dục - Đào tạo tỉnh Đồng Nai"),
    ("Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh", "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh"),
    ("Ban cán sự đảng Bộ Y tế", "Ban cán sự đảng Bộ Y tế"),
    ("Tổ công tác chuyên trách", "Tổ công tác"),
])
def test_a_listed_agency_is_read_whole(extractor: Extractor, written: str, read: str) -> None:
    text = f"Thực hiện Công văn số 125/CV-X ngày 02/3/2024 của {written} về việc phòng, chống dịch bệnh;\n"
    assert _issuers(extractor, text) == {"125/CV-X": read}


def test_what_follows_a_listed_name_is_read_as_before(extractor: Extractor) -> None:
    """A capital after the name is its description when a stop phrase opens it ("Quy định …"), a place otherwise;
    punctuation glued to the name's last word ends it; a second body joined by "và" stays (a joint document)."""
    text = (
        "Căn cứ Thông tư số 07/2016/TT-BNNPTNT ngày 31/5/2016 của Bộ Nông nghiệp và Phát triển nông thôn Quy định "
        "về phòng, chống dịch bệnh động vật trên cạn;\n"
        "Theo Hướng dẫn số 34/HD-SNN của Sở Nông nghiệp và Phát triển nông thôn Hà Nam về việc gieo cấy;\n"
        "Căn cứ Thông tư liên tịch số 11/2004/TTLT-BNN-BNV của Bộ Nông nghiệp và Phát triển nông thôn và Bộ Nội vụ "
        "hướng dẫn chức năng, nhiệm vụ;\n"
        "Thực hiện Công văn số 9/BHXH-TT của Bảo hiểm xã hội, các đơn vị rà soát;\n"
    )
    assert _issuers(extractor, text) == {
        "07/2016/TT-BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn",
        "34/HD-SNN": "Sở Nông nghiệp và Phát triển nông thôn Hà Nam",
        "11/2004/TTLT-BNN-BNV": "Bộ Nông nghiệp và Phát triển nông thôn và Bộ Nội vụ",
        "9/BHXH-TT": "Bảo hiểm xã hội",
    }


def test_an_open_name_is_not_guessed(extractor: Extractor) -> None:
    """The mirror: a name not on the list is read as before, its lower-case words not taken."""
    text = "Thực hiện Kế hoạch số 12/KH-BCĐ của Ban Chỉ đạo phòng, chống dịch tỉnh về việc tiêm chủng;\n"
    assert _issuers(extractor, text) == {"12/KH-BCĐ": "Ban Chỉ đạo"}


@pytest.mark.parametrize(("written", "read"), [
    ("Thủ tướng Chính phủ Phê duyệt Đề án phát triển du lịch", "Thủ tướng Chính phủ"),
    ("Bộ Nội vụ Hướng dẫn chức năng, nhiệm vụ của Phòng Nội vụ", "Bộ Nội vụ"),
    ("CHÍNH PHỦ QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU", "CHÍNH PHỦ"),
    ("UBND tỉnh Kết luận cuộc họp", "UBND tỉnh"),
    ("UBND huyện Thanh Oai vềviệc tổ chức", "UBND huyện Thanh Oai"),
])
def test_a_description_copied_in_capitals_is_not_the_issuer(extractor: Extractor, written: str, read: str) -> None:
    """A title copied in title case or capitals runs its description on after the issuer; the pairs that open one
    ("Quy định", "Phê duyệt", "Hướng dẫn", "Kết luận", …) end it, as they do in lower case; a glued "vềviệc" too."""
    text = f"Căn cứ Quyết định số 77/QĐ-X ngày 02/3/2024 của {written};\n"
    assert _issuers(extractor, text) == {"77/QĐ-X": read}


def test_a_board_whose_name_holds_a_stop_pair_keeps_it(extractor: Extractor) -> None:
    """The mirror: "Ban Chỉ đạo", "Ban Tổ chức" hold pairs that end a lower-case issuer ("chỉ đạo", "tổ chức")."""
    text = (
        "Thực hiện Kế hoạch số 3/KH-BCĐ của Ban Chỉ đạo Trung ương về việc tổng điều tra;\n"
        "Thực hiện Hướng dẫn số 4-HD/BTCTW của Ban Tổ chức Trung ương về việc đánh giá;\n"
    )
    assert _issuers(extractor, text) == {"3/KH-BCĐ": "Ban Chỉ đạo Trung ương", "4-HD/BTCTW": "Ban Tổ chức Trung ương"}
