"""Vietnamese typed in TCVN3 or VNI, read back to Unicode (vanban.legacy_text) — and everything else left alone.

The old-encoded texts are made here from Unicode sentences written for the test, through the inverse of the
module's own conversion (one code per letter for TCVN3, a base letter and a mark for VNI)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from docx import Document as Docx
from docx.oxml.ns import qn

from vanban.corpus import decode, old_encoding, read_content
from vanban.importer import import_file
from vanban.legacy_text import TCVN3, VNI, convert, legacy_runs, reference_to_unicode, to_unicode
from vanban.refs import file_report
from vanban.vietnamese_syllables import is_syllable


def _inverse(encoding: str) -> dict[str, str]:
    latin1 = [chr(c) for c in range(0xA1, 0x100)]
    inverse: dict[str, str] = {}
    candidates = latin1 if encoding == TCVN3 else latin1 + [b + m for b in "aeouyôöAEOUYÔÖ" for m in latin1]
    for code in candidates:
        letter = convert(code, encoding)
        if len(letter) == 1 and letter != code and letter.isalpha() and letter not in inverse:
            inverse[letter] = code
    return inverse


def encode(text: str, encoding: str) -> str:
    """*text* as an old font would store it (TCVN3 has no toned capitals: those come out in lower case)."""
    inverse = _inverse(encoding)
    out = []
    for ch in unicodedata.normalize("NFC", text):
        code = inverse.get(ch)
        if code is None and encoding == TCVN3 and ch.lower() in inverse:
            code = inverse[ch.lower()]
        out.append(code if code is not None else ch)
    return "".join(out)


SENTENCES = [
    "Thực hiện Nghị quyết số 13/2023/NQ-HĐND ngày 12 tháng 7 năm 2023 của Hội đồng nhân dân tỉnh",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015",
    "Ủy ban nhân dân xã xây dựng kế hoạch triển khai như sau",
    "Các phòng, ban chuyên môn báo cáo kết quả thực hiện về Văn phòng trước ngày 15 hằng tháng",
    "Giao Trường Tiểu học Nguyễn Huệ chủ trì, phối hợp với các đơn vị liên quan",
    "đẩy mạnh tuyên truyền, nâng cao nhận thức của cán bộ, đảng viên và nhân dân",
]


@pytest.mark.parametrize("encoding", [TCVN3, VNI])
@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_sentence_typed_in_an_old_encoding_reads_back(sentence: str, encoding: str) -> None:
    old = encode(sentence, encoding)
    assert old != sentence
    if encoding == VNI or sentence == sentence.lower() or not any(c.isupper() and not c.isascii() for c in sentence):
        assert to_unicode(old) == sentence
    else:  # TCVN3's toned capitals ("Ủ", "Ư") exist only in the H fonts: read back in lower case, as typed
        assert to_unicode(old).lower() == sentence.lower()
    assert reference_to_unicode(old) == to_unicode(old)
    assert decode(old.encode(), "x.md")[0] == to_unicode(old)  # what every reader of a content file reads
    assert legacy_runs(old)[0].encoding == encoding


def test_capitals_of_an_h_font_heading_and_a_vni_heading() -> None:
    assert to_unicode("CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM") == "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert to_unicode("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM") == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert to_unicode("Xin chaøo caùc baïn") == "Xin chào các bạn"


def test_a_cue_and_a_number_typed_in_an_old_font_inside_a_unicode_line() -> None:
    line = "Thực hiện công văn sè 936/UBND-VP ngµy 14/9/2020 của UBND huyện về việc tổ chức"
    assert to_unicode(line) == "Thực hiện công văn số 936/UBND-VP ngày 14/9/2020 của UBND huyện về việc tổ chức"


def test_a_unicode_line_quoting_an_old_one_converts_the_quote_only() -> None:
    line = "Căn cứ vào vai trß vµ nhiÖm vô ph©n c«ng của c¸n bé, gi¸o viªn trong nhà trường,"
    assert to_unicode(line) == "Căn cứ vào vai trò và nhiệm vụ phân công của cán bộ, giáo viên trong nhà trường,"
    assert reference_to_unicode(line) == to_unicode(line)


MIRRORS = [
    "Thực hiện Kế hoạch số 25-KH/TU ngày 12/3/2023 của Tỉnh ủy; Công văn số 5473/BTTTT-KTS&XHS",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc; hoà, thuý, khoá, Hòa Bình",
    "The Prime Minister issued Directive No. 14/CT-TTg on July 2; particles of 5 µm and 10 µm",
    "Où est le café ? Très près, dit-il : maïs, naïve, Noël, garçon, « bien sûr » ; coûte que coûte.",
    "Straße, für Müller; niño, año, señor; São Paulo, ação",
    "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-131-QD-TTg-2022.aspx?tab=1&x=©",
    "§ 3 ¶ 2 © 2024 ® · × ÷ ½ ¼ — a µ alone, or a §",
    "tự diễn biến « tự chuyển hóa » trong nội bộ ”",
    "Ðảng bộ xã Tân Hòa, giáo hố, ngun, Chủ tòch",
    "Søren Kierkegaard, Gödel, São Paulo, año, Haïti, coûte, dû, sûr, île, où, Zoë, Ørsted, Ça va, 5 µm, 3 µg",
]


@pytest.mark.parametrize("text", MIRRORS)
def test_text_that_is_not_in_an_old_encoding_stays_as_it_is(text: str) -> None:
    assert to_unicode(text) == text
    assert reference_to_unicode(text) == text
    assert legacy_runs(text) == []


def test_the_syllable_check_follows_the_language_structure() -> None:
    for word in ("người", "nghiệp", "quyết", "giếng", "gì", "Nguyễn", "ĐẢNG", "khuya", "hoà", "thủy", "học"):
        assert is_syllable(word), word
    for word in ("tồt", "ka", "ce", "ghe" + "o" + "x", "Street", "café", "hiÖn", "chaøo", "BTTTT", "vÒ", "họC"):
        assert not is_syllable(word), word


def test_lines_hold_their_numbers_and_a_content_file_is_warned_at_its_line() -> None:
    text = "---\ntitle: Kế hoạch\n---\nDòng đầu.\n" + encode(SENTENCES[3], TCVN3) + "\n" + encode(SENTENCES[5], TCVN3) + "\n"
    converted = to_unicode(text)
    assert converted.count("\n") == text.count("\n")
    [problem] = old_encoding("van-ban/ke-hoach.md", text.encode())
    assert problem.line == 5 and "TCVN3" in problem.message and "cùng 1 dòng khác" in problem.message
    assert "vanban import" in problem.fix
    assert old_encoding("van-ban/x.md", "\n".join(MIRRORS).encode()) == []


def _contents() -> list[bytes]:
    """Content files of every kind the two readers treat apart: old encodings (a line, a whole file, quoted in
    Unicode), Unicode that only looks foreign, plain ASCII, a BOM and Windows line ends, bytes that are not UTF-8."""
    head = "---\ntitle: Kế hoạch\n---\n"
    texts = [head + "Dòng đầu.\n" + encode(SENTENCES[3], TCVN3) + "\n" + encode(SENTENCES[5], TCVN3) + "\n",
             head + "\n".join(encode(s, VNI) for s in SENTENCES), head + "\n".join(MIRRORS), head + "\n".join(SENTENCES),
             head + "Thực hiện " + encode(SENTENCES[0], TCVN3) + " và " + SENTENCES[1], "---\ntitle: x\n---\nplain ascii\n",
             "\ufeff" + head.replace("\n", "\r\n") + encode(SENTENCES[2], TCVN3) + "\r\n", head + "5 µm, 3 µg, §2\n"]
    return [t.encode() for t in texts] + [b"---\ntitle: x\n---\nNgh\xe1\xbb\x8b quy\xe1\xba\xbft \xff\xfe\n"]


@pytest.mark.parametrize("raw", _contents())
def test_a_content_file_is_read_as_decode_and_old_encoding_read_it(raw: bytes) -> None:
    text, problem = decode(raw, "van-ban/x.md")
    assert read_content(raw, "van-ban/x.md") == (text, problem, old_encoding("van-ban/x.md", raw) if text else [])


def test_refs_reads_a_raw_text_in_tcvn3(tmp_path: Path) -> None:
    raw = encode("Thực hiện Kế hoạch số 25-KH/TU ngày 12/3/2023 của Tỉnh ủy về công tác dân vận", TCVN3)
    path = tmp_path / "ke-hoach.txt"
    path.write_text(raw + "\n", encoding="utf-8")
    citations = file_report(path)["citations"]
    assert isinstance(citations, list) and citations
    assert citations[0]["number"] == "25-KH/TU" and citations[0]["relation"] == "implements"


def _run(paragraph, text: str, font: str | None = None):  # type: ignore[no-untyped-def]
    run = paragraph.add_run(text)
    if font:
        run.font.name = font
        run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:hAnsi"), font)
    return run


def test_a_word_file_in_vntime_vntimeh_and_vni_times_is_read_by_its_fonts(tmp_path: Path) -> None:
    doc = Docx()
    table = doc.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    _run(left.paragraphs[0], encode("ủy ban nhân dân", TCVN3), ".VnTimeH")
    _run(left.add_paragraph(), encode("xã tân hòa", TCVN3), ".VnTimeH")
    _run(left.add_paragraph(), "Số: 45/KH-UBND")
    _run(right.paragraphs[0], encode("cộng hòa xã hội chủ nghĩa việt nam", TCVN3), ".VnTimeH")
    _run(right.add_paragraph(), encode("Độc lập - Tự do - Hạnh phúc", VNI), "VNI-Times")
    _run(right.add_paragraph(), encode("Tân Hòa, ngày 12 tháng 3 năm 2024", VNI), "VNI-Times")
    _run(doc.add_paragraph(), encode("kế hoạch", TCVN3), ".VnTimeH").bold = True
    _run(doc.add_paragraph(), encode("Triển khai công tác chuyển đổi số năm 2024", TCVN3), ".VnTime").bold = True
    body = doc.add_paragraph()
    _run(body, encode("Thực hiện Kế hoạch số 25-KH/TU ngày 12/3/2023 của Tỉnh ủy, ", TCVN3), ".VnTime")
    _run(body, "Ủy ban nhân dân xã ban hành kế hoạch như sau:")
    path = tmp_path / "ke-hoach.docx"
    doc.save(str(path))
    result = import_file(path)
    assert result.fields.get("number") == "45/KH-UBND"
    assert result.fields.get("type") == "Kế hoạch"
    assert result.fields.get("title") == "Triển khai công tác chuyển đổi số năm 2024"
    assert "Thực hiện Kế hoạch số 25-KH/TU ngày 12/3/2023 của Tỉnh ủy, Ủy ban nhân dân xã" in result.body
    assert any("TCVN3 và VNI" in why for key, why in result.unsure if key == "title")  # flagged for review


def test_an_old_text_file_is_converted_on_import_and_flagged(tmp_path: Path) -> None:
    path = tmp_path / "cong-van.txt"
    lines = ["ỦY BAN NHÂN DÂN", "XÃ TÂN HÒA", "Số: 12/UBND-VP", "Tân Hòa, ngày 12 tháng 3 năm 2024",
             "V/v triển khai công tác phòng chống thiên tai", "Kính gửi: Các phòng, ban chuyên môn", SENTENCES[3] + "."]
    path.write_text("\n".join(encode(x, VNI) for x in lines) + "\n", encoding="utf-8")
    result = import_file(path)
    assert SENTENCES[3] in result.body
    assert any("VNI" in why for _, why in result.unsure)
    unicode_path = tmp_path / "ban-unicode.txt"
    unicode_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert not any("bảng mã" in why for _, why in import_file(unicode_path).unsure)
