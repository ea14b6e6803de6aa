"""Document numbers: where one stands in text and how far it runs (its spelling, key and parts: :mod:`.spelling`).

The shapes read, after a serial (up to six digits, perhaps one letter before its "/": "30c/NQ-CP"):
- State (Nghị định 30/2020): "/" [year "/"] type code "-" issuer code (:data:`STATE_TAIL`); Party (Hướng dẫn
  36-HD/VPTW): "-" type code "/" committee code (:data:`PARTY_TAIL`); further code parts joined by "-", "/" or "."
  (:data:`CHAIN`), an "&" inside a part (:data:`CODE`).
- Copies that lost a character: the "/" a blank ("193 QĐ - TTg", "57-NQ TW") or a second "-" ("15-NQ-TW"), the Party
  hyphen ("09KH/ĐTN"), a serial's leading zero set apart ("0 1/QĐ-UBND"); the
  old form before type codes ("69-HĐBT", after a type word or "số" only: :data:`OLD_TAIL`).
- Only where a type word or "số" anchors the serial (:func:`cut_number`): a number cut after its year
  ("220/2025"), a year joined to its code ("02/2021-BNNPTNT"), a padded field ("187    /KH-UBND"), a file name
  ("10_2016_BGD").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..text import LOWER_CLASS as LOWER
from ..text import UPPER_CLASS as UPPER
from .codes import finish_code, lower_part, slug_end
from .vocabulary import (
    ALL_CODES,
    CENTRAL_STATE_CODES,
    ISSUER_SPELLINGS,
    LOST_TYPE_BEFORE,
    PARTY_CODES,
    STATE_CODES,
)

# LOWER, UPPER (vanban.text): one small, one capital letter of Vietnamese (a class); a capital followed by two small
# letters starts a word, not a code; "Ư" of the old Party code "T.Ư" is a capital.
# A code: letters and digits, an inner "&" ("KTS&XHS", "NN&PTNT"), also after a blank a copy left before it
# ("10/2007/TTLT-BLĐTB &XH-HCCBVN-BTC-BQP", heldout27 h27-51: "&" starts no word, so the code goes on); it stops before a glued
# "ngày"/"của" ("70-TB/TWngày 06/01/2012": the code is "TW") and before a capitalised word glued to its
# letters, a portal's next property label ("146/2025/NQ-HĐNDNgày đăng công báo:", "12/QĐ-UBNDNgười ký", an English
# page's "Official number:1059/QD-TTgSigner:Tran Hong Ha", heldout26 h26-55): codes mix cases only in one lower-case
# letter at a time ("TTg", "CTrPH", "QĐi").  The capital is matched before the letter behind it is looked at: most
# characters a code's scan meets are no capital.
CODE = rf"[^\W\d_](?:(?!ngày|của|(?-i:[A-ZĐ](?<=[^\W\d_][A-ZĐ])(?!{LOWER}?(?:ngày|của)){LOWER}{{2}}))(?:[^\W_]|[ \t]?&(?=[^\W\d_]))){{0,24}}"


# A serial may carry one letter before its "/" ("Nghị quyết số 30c/NQ-CP"): the letter is part of it.
# A serial's leading zero may stand apart from its digit ("Số: 0 1/QĐ-UBND", a clerk's spacing): it is read with them.
# A serial may carry a dotted part right before its "/" ("Nghị quyết số 66.12/2026/NQ-CP", heldout22 h22-31: a
# resolution of the 66th series): read whole, never its tail alone.
SERIAL_RE = re.compile(r"(?:0[ \t](?=\d{1,4}[ \t]{0,3}[/-]))?\d{1,6}(?!\d)(?:\.\d{1,3}(?=/)|[a-zA-Z](?=[ \t]{0,3}/))?")


# A line may break after the hyphen or the slash ("Hướng dẫn số 115-⏎HD/BTGTU": a hard-wrapped copy).
PARTY_TAIL = re.compile(
    rf"(?P<sep>[ \t]{{0,3}}-[ \t]{{0,3}}(?:\n[ \t]*)?[ \t]{{0,3}}|[ \t]{{1,3}})(?P<t>{CODE})[ \t]{{0,3}}/[ \t]{{0,3}}(?:\n[ \t]*)?[ \t]{{0,3}}(?P<i>{CODE})"
)


STATE_TAIL = re.compile(
    rf"[ \t]{{0,3}}/[ \t]{{0,3}}(?:\n[ \t]*)?[ \t]{{0,3}}(?:(?P<y>(?:19|20)\d\d)[ \t]{{0,3}}/[ \t]{{0,3}}(?:\n[ \t]*)?[ \t]{{0,3}})?(?P<c>{CODE})"
)


# Further parts of a joint code, after "-" or "/" ("19/2008/NQLT/CP-UBTUMTTQVN", "183/2010/TTLT/BTC-BNN")
# and across a line break after the dash ("473/TTr -⏎NN&PTNT"); in the old ký hiệu a "." joins a short
# capitalised code ("Quyết định số 01/1999/QĐ.UB", "Chỉ thị số 21-CT/T.Ư", "47/2007/NQ .HĐND" with a blank before
# it), perhaps with a term's digits ("97/2007/NQ.HĐND.K7": khóa VII, heldout22 h22-35), never a word ("12/QĐ-UBND.Tham
# dự": a glued sentence) nor after a sentence's end ("12/KH-UBND. UBND xã …")
CHAIN = re.compile(
    rf"(?:[ \t]{{0,3}}[-/][ \t]{{0,3}}(?:\n[ \t]*)?[ \t]{{0,3}}|[ \t]{{0,3}}\.(?=(?-i:{UPPER}{{1,4}}\d{{0,2}})(?![^\W_])))(?P<c>{CODE})"
)


# A State number whose "/" a copy turned into a blank: "Quyết định s 193 QĐ - TTg" (193/QĐ-TTg).  Its
# first code must be a known State type code and a "-" must join it to the issuer code.
LOST_SLASH_TAIL = re.compile(rf"[ \t]{{1,3}}(?P<lt>{CODE})[ \t]{{0,3}}-[ \t]{{0,3}}(?P<li>{CODE})(?![ \t]{{0,3}}/)")


# The old State form before type codes, "Quyết định số 69-HĐBT", "Nghị định số 15-CP": a serial and the
# issuer's code after "-".  Read only after a type word or "số" (a bare "15-CP" carries no type code,
# so it starts no core of its own); the code has two letters or more ("lô số 12-A" is no number).
# The code ends where its word does: a code followed by a further "-" part is no old form, and is not cut short to
# pass ("384-SNN-KH", a clerk's "-" for the "/", was read "384-SN"; "384-SGDĐT-CTTT" "384-SGDĐ").
OLD_TAIL = re.compile(rf"[ \t]{{0,3}}-[ \t]{{0,3}}(?P<o>{CODE})(?![^\W_])(?![ \t]{{0,3}}[-/])")


# A Party number whose "/" a copy turned into a blank or a second "-": "Nghị quyết số 57-NQ TW", "15-NQ-TW" (57-NQ/TW,
# 15-NQ/TW; :func:`.spelling.number_key` keys the second as the first).  Read only
# where the old form would be (after a type word or "số"): a Party type code after "-", one blank or
# two, and the code of a Party committee in capitals.
PARTY_COMMITTEES = "TW|TƯ|TU|HU|QU|ĐU|ĐUK"
PARTY_LOST_SLASH = re.compile(
    rf"[ \t]{{0,3}}-[ \t]{{0,3}}(?P<pt>{CODE})(?:[ \t]{{1,2}}|[ \t]?-[ \t]?)(?-i:{PARTY_COMMITTEES})(?![^\W_])(?![ \t]{{0,3}}[-/])"
)


def party_lost_slash(w: str, end: int, serial: str, pos: int) -> NumberScan | None:
    """The Party number "57-NQ TW" (:data:`PARTY_LOST_SLASH`) whose serial ends at *end*, else None."""
    m = PARTY_LOST_SLASH.match(w, end)
    if m is not None and m.group("pt").casefold() in PARTY_CODES:
        return NumberScan(pos, m.end(), True, "party", m.group("pt"), serial)
    return None


# The National Assembly's code is followed by its term, sometimes after a blank: "819/NQ-UBTVQH 14".
QH_TERM = re.compile(r"[ \t]{1,2}1\d(?![\d/])")


# A dash for the slash before a legal normative number's year: "Nghị quyết số 19-2017/NQ-CP" (19/2017/NQ-CP written
# with a dash); read whole, as written, and not as "2017/NQ-CP".  The serial is no year itself ("2016-2020/…").
DASHED_YEAR = re.compile(r"-(?:19|20)\d\d(?=[ \t]{0,3}/)")


def dashed_year(w: str, end: int, serial: str, pos: int) -> NumberScan | None:
    """The number whose serial ends at *end* and whose year follows it after a dash (:data:`DASHED_YEAR`), else None."""
    m = DASHED_YEAR.match(w, end)
    if m is None or (len(serial) == 4 and serial[:2] in ("19", "20")):
        return None
    state = STATE_TAIL.match(w, m.end())
    if state is None or state.group("y") or not is_code(state.group("c")):
        return None
    code = state.group("c") if state.group("c").casefold() in ALL_CODES else None
    return NumberScan(pos, extend_chain(w, state.end()), True, "state", code, serial)


def state_fallback(w: str, end: int, serial: str, pos: int) -> NumberScan | None:
    """A number with neither a Party nor a State tail after its serial (ending at *end*): a year after a dash
    (:func:`dashed_year`), the lost-slash and old forms (:data:`LOST_SLASH_TAIL`, :data:`OLD_TAIL`), else None."""
    nxt = w[end : end + 1]
    if nxt == "-":
        dashed = dashed_year(w, end, serial, pos)
        if dashed is not None:
            return dashed
    if nxt in (" ", "\t") and not (len(serial) == 4 and serial[:2] in ("19", "20")):  # "năm 2020 KH - …"
        m = LOST_SLASH_TAIL.match(w, end)
        if m is not None and m.group("lt").casefold() in STATE_CODES and is_code(m.group("li")):
            return NumberScan(pos, m.end(), True, "state", m.group("lt"), serial)
    if nxt in ("-", " ", "\t"):
        party = party_lost_slash(w, end, serial, pos)
        if party is not None:
            return party
        m = OLD_TAIL.match(w, end)
        if m is not None and old_form_code(m.group("o")):
            return NumberScan(pos, m.end(), True, "state", None, serial)
    elif nxt.isupper():
        return glued_party(w, end, serial, pos) or glued_state(w, end, serial, pos)
    return None


def old_form_code(code: str) -> bool:
    """The issuer code of an old-form number ("69-HĐBT", "15-CP", "121-TTg"): two letters or more, a known
    code or all capitals, or an issuer's code as it is spelt ("TTg": the Prime Minister's) — not a capitalised word
    ("Đề án 06 - Sơ kết …" names a project, then a heading)."""
    letters = [c for c in code if c.isalpha()]
    return len(letters) >= 2 and is_code(code) and (
        code.casefold() in ALL_CODES or all(c.isupper() for c in letters) or code in _ISSUERS_AS_SPELT
    )


_ISSUERS_AS_SPELT = frozenset((*ISSUER_SPELLINGS, *CENTRAL_STATE_CODES))


# A Party number that lost its hyphen, the type code glued to the serial: "Kế hoạch số 09KH/ĐTN" (09-KH/ĐTN).
# Only a known Party type code in capitals, then "/" and an issuer code.
GLUED_PARTY = re.compile(rf"(?P<gt>(?-i:[A-ZĐ]{{2,4}}))/[ \t]{{0,3}}(?P<gi>{CODE})")


def unaccented_state_code(code: str) -> bool:
    """A known State type code with "Đ" written "D" (an unaccented copy, a translation: "387/QD-TTg", "15/2020/ND-CP")."""
    low = code.casefold()
    return "d" in low and low.replace("d", "đ") in STATE_CODES


def party_type_code(code: str) -> bool:
    """A known Party type code, also with "Đ" written "D" (an English or unaccented copy: "204QD/TW")."""
    low = code.casefold()
    return low in PARTY_CODES or ("d" in low and low.replace("d", "đ") in PARTY_CODES)


def glued_party(w: str, end: int, serial: str, pos: int) -> NumberScan | None:
    """The Party number "09KH/ĐTN" (:data:`GLUED_PARTY`) whose serial ends at *end*, else None."""
    m = GLUED_PARTY.match(w, end)
    if m is not None and party_type_code(m.group("gt")) and is_code(m.group("gi")):
        return NumberScan(pos, extend_chain(w, m.end()), True, "party", m.group("gt"), serial)
    return None


# A State number that lost its slash, the type code glued to the serial: "Quyết định 2128QĐ-BGTVT" (2128/QĐ-BGTVT,
# heldout23 h23-47).  Only a known State type code in capitals, then "-" and an issuer code.
GLUED_STATE = re.compile(rf"(?P<st>(?-i:[A-ZĐ]{{2,4}}))-(?P<si>{CODE})")


def glued_state(w: str, end: int, serial: str, pos: int) -> NumberScan | None:
    """The State number "2128QĐ-BGTVT" (:data:`GLUED_STATE`) whose serial ends at *end*, else None."""
    m = GLUED_STATE.match(w, end)
    if m is not None and m.group("st").casefold() in STATE_CODES and is_code(m.group("si")):
        return NumberScan(pos, extend_chain(w, m.end()), True, "state", m.group("st"), serial)
    return None


# A number cut after its year, its code lost: "Nghị định 220/2025 sửa đổi …", "Nghị quyết số 202/2025 của
# Quốc hội".  Read only right after a type word (scanning.typed_cores, a lead): "/", a year, then no more
# of a number.  Written as in the text; it links to no full number ("220/2025/NĐ-CP"), a stub of its own.
CUT_YEAR = re.compile(r"/((?:19|20)\d\d)(?![^\W_])(?![ \t]{0,3}/)(?!-[^\W\d_])")


# Two more shapes read only there, where a type word or "số" anchors the serial: a legal normative number whose type
# code was lost, the year joined to the issuer's code by "-" ("Thông tư số 02/2021-BNNPTNT"), and a number field a
# clerk padded, the serial typed into a blank space before the code ("Số: 187    /KH-UBND"; a tail allows 3 blanks).
YEAR_CODE = re.compile(rf"/(?:19|20)\d\d-(?P<c>{CODE})")
# A legal normative number whose second slash was lost, a blank typed for it or nothing: "Nghị định số 75/2006 NĐ-CP",
# "Nghị định số 69/2017NĐ-CP" (heldout28 h28-23): the year, then a State type code and its issuer's code.
YEAR_LOST_SLASH = re.compile(rf"/(?:19|20)\d\d[ \t]?(?P<t>(?-i:[A-ZĐ]{{2,4}}))-(?P<i>{CODE})")
PADDED = re.compile(r"[ \t]{4,12}(?=/)")


def cut_number(w: str, scan: NumberScan) -> NumberScan | None:
    """*scan*, a serial alone, extended over a year that lost its second slash (:data:`YEAR_LOST_SLASH`), the year of a
    cut number (:data:`CUT_YEAR`), a year joined to its code (:data:`YEAR_CODE`), a padded number field (:data:`PADDED`) or a number written as a file name
    (:func:`.codes.slug_end`), else None."""
    if scan.structured:
        return None
    nxt = w[scan.end : scan.end + 1]
    if nxt == "/":
        lost = YEAR_LOST_SLASH.match(w, scan.end)
        if lost is not None and lost.group("t").casefold() in STATE_CODES and is_code(lost.group("i")):
            return NumberScan(scan.start, extend_chain(w, lost.end()), True, "state", lost.group("t"), scan.serial)
        m = CUT_YEAR.match(w, scan.end)
        if m is None:
            coded = YEAR_CODE.match(w, scan.end)
            if coded is not None and is_code(coded.group("c")) and coded.group("c").casefold() not in ALL_CODES:
                return NumberScan(scan.start, extend_chain(w, coded.end()), True, "state", None, scan.serial)
        return NumberScan(scan.start, m.end(), True, "state", None, scan.serial) if m is not None else None
    if nxt in (" ", "\t"):
        padded = PADDED.match(w, scan.end)
        tail = STATE_TAIL.match(w, padded.end()) if padded is not None else None
        if tail is not None and is_code(tail.group("c")):
            code = tail.group("c") if tail.group("c").casefold() in ALL_CODES else None
            return NumberScan(scan.start, extend_chain(w, tail.end()), True, "state", code, scan.serial)
        return None
    slug = slug_end(w, scan.end) if nxt in ("_", "-") else None
    return NumberScan(scan.start, slug[0], True, "state", slug[1], scan.serial) if slug is not None else None


# A copy whose font lost every letter with a mark loses the "Đ" of its type codes: "Cn c Ngh nh s 94/2016/N-CP", "Quyt
# nh s 794/Q-HC", "Căn c Ngh nh s 17/2008/N -CP" (heldout19, heldout23, heldout27, heldout29).  A lone "N" or "Q" then "-"
# and an issuer's code is read as "NĐ"/"QĐ" with a year part (a legal normative number) or after such a copy's type word
# (vocabulary.LOST_TYPE_BEFORE): never a header's bare "S: 1046 /Q - HC" (a number field, not a citation).
LOST_D = re.compile(r"\d{1,6}[ \t]{0,3}/[ \t]{0,3}(?P<y>(?:19|20)\d\d[ \t]{0,3}/[ \t]{0,3})?(?P<c>[NQ])[ \t]{0,3}-")
_LOST_D_CODES = {"N": "NĐ", "Q": "QĐ"}


_LOST_D_IN_NUMBER = re.compile(r"(?<=/)(?:Q|N)(?=-)")


def restore_lost_d(number: str) -> str:
    """*number* (canonical) with its type code's lost "Đ" put back ("721/Q-BXD" → "721/QĐ-BXD"); others as they are."""
    if "/Q-" not in number and "/N-" not in number:
        return number
    return _LOST_D_IN_NUMBER.sub(lambda m: m.group(0) + "Đ", number, count=1)


def lost_d_code(w: str, scan: NumberScan) -> str | None:
    """The type code ("NĐ", "QĐ") of a number *scan* whose code lost its "Đ" (:data:`LOST_D`), else None."""
    m = LOST_D.match(w, scan.start, scan.end)
    if m is None or not (m.group("y") or LOST_TYPE_BEFORE.search(w, max(0, scan.start - 40), scan.start)):
        return None
    return _LOST_D_CODES[m.group("c")]


def with_term(w: str, end: int) -> int:
    """*end*, moved past a blank and the term after a National Assembly code ("…QH 14")."""
    if w.startswith("QH", end - 2) and w[end : end + 1] in (" ", "\t"):
        m = QH_TERM.match(w, end)
        if m is not None:
            return m.end()
    return end


# SERIAL_RE, then PARTY_TAIL, else STATE_TAIL, in one match: the tail is tried first as a Party
# one and the match ends with the tail, so each part matches what its own pattern would.
NUMBER_RE = re.compile(
    rf"(?P<serial>{SERIAL_RE.pattern})(?:(?P<party>{PARTY_TAIL.pattern})|(?P<state>{STATE_TAIL.pattern}))?"
)


@functools.lru_cache(maxsize=4096)
def is_code(token: str) -> bool:
    """An upper-case code ("UBND", "TTg", "QH14") or a known type code in any case ("Ctr"); remembered."""
    if token.casefold() in ALL_CODES:
        return True
    letters = [c for c in token if c.isalpha()]
    if not letters or not token[0].isupper():
        return False
    return sum(1 for c in letters if c.isupper()) * 2 >= len(letters)


@dataclass(slots=True)
class NumberScan:
    start: int
    end: int
    structured: bool
    system: str
    type_code: str | None  # first code when it is a known type code
    serial: str


def scan_number(w: str, pos: int) -> NumberScan | None:
    """A document number starting exactly at *pos* in the working copy."""
    m = NUMBER_RE.match(w, pos)
    if m is None:
        return None
    serial, party, sep, t, i, _, y, c = m.groups()  # one call for the groups, in NUMBER_RE's order
    end = pos + len(serial)
    if party is not None:
        code = party_code_of(sep, t, i)
        if code is not None:
            return NumberScan(pos, unglue_motto(w, extend_chain(w, m.end())), True, "party", code or None, serial)
        state = STATE_TAIL.match(w, end)  # no Party number: perhaps a State one
        c, y, state_end = (state["c"], state["y"], state.end()) if state is not None else (None, None, end)
    else:
        state_end = m.end()  # c is None without a State tail
    if c is not None and is_code(c):
        stop = extend_chain(w, state_end)
        if w.startswith("QH", stop - 2):
            stop = with_term(w, stop)
        code = c if c.casefold() in ALL_CODES or unaccented_state_code(c) else None
        if code is None and y:
            code = split_glued_code(c)[0]
        return NumberScan(pos, unglue_motto(w, stop), True, "state", code, serial)
    if w[end : end + 1] in FALLBACK_FIRST or w[end : end + 1].isupper():
        fallback = state_fallback(w, end, serial, pos)
        if fallback is not None:
            return fallback
    return NumberScan(pos, end, False, "state", None, serial)


# A lost-slash or old-form tail (state_fallback) starts with one of these; a glued Party code with a capital
FALLBACK_FIRST = frozenset(" \t-")


@functools.lru_cache(maxsize=4096)
def party_code_of(sep: str, t: str, i: str) -> str | None:
    """For a Party tail: its type code when known, "" when not, None when it is no Party number; remembered."""
    known = t.casefold() in ALL_CODES
    if is_code(t) and is_code(i) and (known or "-" in sep):
        return t if known else ""
    return None


# A CHAIN match starts with one of these: the chain is looked for only after them
CHAIN_FIRST = frozenset(" \t-/.")


# A header's number cell glued to the motto beside it: "Số: 471 /KH-MTTW-BTTCỘNG HÒA XÃ HỘI …", also in a copy that lost
# every letter with a mark: "S: 1046 /Q - HCCNG HO X HI …" (import heldout18 j16)
_MOTTO = re.compile(r"[ \t]+H(?:ÒA|OÀ|O)\b")


def unglue_motto(w: str, end: int) -> int:
    """The number's end before a glued "CỘNG" (or "CNG") of "CỘNG HÒA …" (a code never ends in it)."""
    for glued in ("CỘNG", "CNG"):
        cut = end - len(glued)
        if cut >= 3 and w.startswith(glued, cut) and w[cut - 1].isalpha() and _MOTTO.match(w, end):
            return cut
    return end


def extend_chain(w: str, end: int, again: bool = True) -> int:
    """The end of a number's code after its further parts (:data:`CHAIN`) and an oddly written end (:func:`.codes.finish_code`).
    A part a blank split ("23/2015/TTLT-BGD ĐT-BNV") may go on to further parts: the chain is read once more after it."""
    for _ in range(12):
        if w[end : end + 1] not in CHAIN_FIRST:
            break
        m = CHAIN.match(w, end)
        if m is None or not (is_code(m.group("c")) or lower_part(w, end, m.group("c"))):
            break
        end = m.end()
    nxt = w[end : end + 1]  # most codes end before a blank and a lower-case word: no call then
    if nxt == "/" or nxt == "(" or nxt.isupper() or ((nxt == " " or nxt == "\t") and w[end + 1 : end + 2].isupper()):
        finished = finish_code(w, end)
        if again and finished > end and nxt in " \t" and w[finished : finished + 1] in ("-", "/"):
            return extend_chain(w, finished, again=False)
        return finished
    return end


def split_glued_code(code: str) -> tuple[str | None, str]:
    """"NĐCP" → ("NĐ", "CP"): a known State type code glued to an issuer code."""
    best: str | None = None
    for known in STATE_CODES:
        if len(known) >= 2 and code.casefold().startswith(known) and len(code) - len(known) >= 2:
            rest = code[len(known):]
            if rest[0].isupper() and (best is None or len(known) > len(best)):
                best = known
    if best is None:
        return None, code
    return code[: len(best)], code[len(best):]
