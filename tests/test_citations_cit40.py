"""Thirtieth session (citations README, "thirtieth session"): passages in another language marked FOREIGN and
scored apart (the coordinator's decision: the issue's targets are measured on Vietnamese text), and heldout29's
recurring first-contact kinds, each on a page written here in another layout than the page that showed it, run on
the fast extractor and its plain reference.  Each positive test fails on the session's start code (8f97540); each
mirror passes on both.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from script_modules import load_script

from conftest import Extractor, own_number, relations
from vanban.citations import IMPLEMENTS, MENTIONS

EVAL = load_script("citation_eval")

_VIETNAMESE_MARKS = set("ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ")
_FOREIGN_WORDS = {
    "the", "of", "and", "to", "in", "on", "for", "with", "by", "is", "was", "are", "be", "that", "this", "from",
    "as", "at", "which", "or", "an", "has", "have", "will", "shall", "dated", "les", "des", "du", "et", "dans",
    "pour", "une", "est", "sur", "der", "die", "das", "und", "den", "von", "mit", "ist", "nach", "com", "para",
    "pelo", "yang", "dengan", "untuk",
}


def _looks_foreign(text: str) -> bool:
    """Another script for most letters, or few Vietnamese marks among many common English/French/German words."""
    text = unicodedata.normalize("NFKC", text).lower()  # decorative letters (𝚑, 𝚝) are Latin ones
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    other_script = sum(1 for c in letters if not ("a" <= c <= "z" or c in _VIETNAMESE_MARKS)) / len(letters)
    marks = sum(1 for c in letters if c in _VIETNAMESE_MARKS) / len(letters)
    words = re.findall(r"[a-z']+", text)
    common = sum(1 for w in words if w in _FOREIGN_WORDS) / max(len(words), 1)
    return other_script > 0.3 or (marks < 0.1 and common > 0.2)


def test_every_passage_in_another_language_is_marked_foreign() -> None:
    """Every spent and check set: a passage that reads as another language carries "### level: FOREIGN …"."""
    unmarked = [p.id for name in EVAL.REAL_SETS + EVAL.CHECK_SETS for p in EVAL.read_real_set(name)
                if _looks_foreign(p.text) and not p.foreign]
    assert unmarked == []


def test_the_marks_are_the_listed_passages() -> None:
    """The README's list: 52 passages on 16 sets, twelve of them heldout29's."""
    marked = {name: sum(p.foreign for p in EVAL.read_real_set(name))
              for name in EVAL.REAL_SETS + EVAL.CHECK_SETS}
    assert marked["heldout29"] == 12 and marked["heldout28"] == 7 and marked["dev27"] == 6
    assert marked["tuning"] == marked["heldout13"] == 0


def test_the_vietnamese_line_leaves_the_foreign_passages_out() -> None:
    """evaluate_real's second score sums only the passages not marked FOREIGN; the first is unchanged."""
    errors: list[str] = []
    vietnamese = EVAL.Score()
    whole = EVAL.evaluate_real("heldout28", errors, vietnamese)
    passages = EVAL.read_real_set("heldout28")
    assert whole.documents == len(passages)
    assert vietnamese.documents == sum(not p.foreign for p in passages) == len(passages) - 7
    assert vietnamese.expected == sum(len({c["number"] for c in p.citations}) for p in passages if not p.foreign)
    assert EVAL.evaluate_real("heldout28", []).expected == whole.expected
    assert all(line.endswith("[FOREIGN]") for line in errors if line.startswith("h28-27"))


def test_the_report_prints_two_lines_a_set(capsys: pytest.CaptureFixture[str]) -> None:
    EVAL.main(["--sets", "heldout28"])
    out = capsys.readouterr().out.splitlines()
    at = next(i for i, line in enumerate(out) if line.startswith("heldout28 "))
    assert out[at + 1].startswith("  vi only ") and out[at + 1].split()[2] == "53"


def test_dev30_is_a_named_check_set_new_to_the_sets() -> None:
    """dev30, cit40's transfer check (labelled before any code ran on it): scored only when named, no page of another set."""
    assert "dev30" in EVAL.CHECK_SETS and "dev30" not in EVAL.REAL_SETS
    dev = EVAL.read_real_set("dev30")
    others = [p for name in EVAL.REAL_SETS + EVAL.CHECK_SETS if name != "dev30" for p in EVAL.read_real_set(name)]
    assert len(dev) == 7 and sum(len(p.citations) for p in dev) == 11
    assert not {p.source for p in dev} & {p.source for p in others}
    assert not {p.id for p in dev} & {p.id for p in others}


# ----------------------------------------------------------------- codes that lost their "Đ" (a font that dropped marks)


def test_a_lost_letter_copys_decree_and_decision_codes_are_read(extractor: Extractor) -> None:
    """"Cn c Ngh nh s 94/2016/N-CP …" (heldout29 h29-39), "Quy t nh s 2088/Q -BYT" (heldout23 h23-03): a copy whose
    font dropped every letter with a mark writes "NĐ" as "N" and "QĐ" as "Q".  Here a plan of a district in that copy,
    its "Thực hiện" lost too."""
    text = (
        "UBND HUYN AN LO\n"
        "Thc hin Quyt nh s 1234/Q-UBND ngy 05 thng 6 nm 2019 ca UBND tnh v vic giao ch tiu; "
        "Cn c Ngh nh s 15/2020/N-CP ngy 03 thng 02 nm 2020 ca Chnh ph, UBND huyn ban hnh K hoch.\n"
    )
    assert relations(extractor(text)) == {"1234/Q-UBND": IMPLEMENTS, "15/2020/N-CP": IMPLEMENTS}


def test_a_lone_letter_code_needs_a_year_or_a_lost_type_word(extractor: Extractor) -> None:
    """The mirror: "N"/"Q" then "-" is no code without a legal number's year or such a type word before it ("lô
    12/Q-A", a plot), and a header's "S: 1046 /Q - HC" field glued to the lost motto is the page's own number."""
    assert relations(extractor("Giao lô 12/Q-A và lô 14/N-B cho hộ ông Nguyễn Văn Bình.\n")) == {}
    header = "TRNG I HC CNG ON S: 1046 /Q - HCCNG HO X HI CH NGH(A VIT NAM H Ni, ngy 24 thng 11 nm 2016\n"
    got = extractor(header + "(Ban hnh km theo Quyt nh s 1046/Q-HC ngy 24 thng 11 nm 2016)\n", find_own=True)
    assert own_number(got) == "1046/QĐ-HC" and relations(got) == {}


def test_the_own_number_written_without_its_d_is_never_cited(extractor: Extractor) -> None:
    """A decree copy whose own number the header writes whole and the body without its "Đ": no citation of itself."""
    text = "CHÍNH PHỦ\nSố: 135/2006/NĐ-CP\nNGHỊ ĐỊNH\nĐiều 5. Ngh nh s 135/2006/N-CP c hiu lc sau 15 ngy.\n"
    got = extractor(text, find_own=True)
    assert own_number(got) == "135/2006/NĐ-CP" and relations(got) == {}


# ----------------------------------------------------------------- Sắc lệnh, the 1945-1959 decrees


def test_a_sac_lenh_and_its_bare_number_are_read(extractor: Extractor) -> None:
    """"… ký sắc lệnh 08/SL Ban hành …" (heldout29 h29-30), "Sắc lệnh số 21 - SL" (dev30): a type word; here a basis."""
    text = "Căn cứ Sắc lệnh 76/SL ngày 20/5/1950 ban hành quy chế công chức;\nBộ trưởng Bộ Nội vụ quy định như sau:\n"
    got = extractor(text)
    assert relations(got) == {"76/SL": IMPLEMENTS}
    assert [c.type for c in got.citations] == ["Sắc lệnh"]


# ----------------------------------------------------------------- a lead opened by the years gone since


def test_a_lead_opened_by_the_years_gone_since_is_history(extractor: Extractor) -> None:
    """"Cách đây 70 năm ngày 20/01/1950, … đã ký sắc lệnh 08/SL" (heldout29 h29-30), "Sau 10 năm, từ năm 1981, ngày
    16-10-1990, Bộ Chính trị … ban hành Nghị quyết 24-NQ/TW" (h29-43): no own number.  Here a province's history, and a
    bracketed outlet's tag before it ("(CAO) Cách đây 46 năm, …", dev30 d30-02)."""
    text = "(BTN) Cách đây 60 năm, ngày 5/3/1965, Hội đồng Chính phủ đã ban hành Nghị định số 35/CP về việc thành lập tỉnh.\n"
    got = extractor(text, find_own=True)
    assert own_number(got) is None and relations(got) == {"35/CP": MENTIONS}
    later = "25 năm trước, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 12-CT/TU về xây dựng đời sống văn hóa.\n"
    got = extractor(later, find_own=True)
    assert own_number(got) is None and relations(got) == {"12-CT/TU": MENTIONS}


def test_a_document_just_issued_after_the_years_is_the_pages_own(extractor: Extractor) -> None:
    """The mirror: "vừa" says the lead's document is news, whatever the time before it; and a dated lead stays one."""
    text = "Sau 5 năm, UBND tỉnh vừa ban hành Kế hoạch số 45/KH-UBND về phát triển du lịch cộng đồng.\n"
    assert own_number(extractor(text, find_own=True)) == "45/KH-UBND"
    dated = "Ngày 5/3/2024, UBND tỉnh ban hành Kế hoạch số 46/KH-UBND về phát triển du lịch cộng đồng.\n"
    assert own_number(extractor(dated, find_own=True)) == "46/KH-UBND"
