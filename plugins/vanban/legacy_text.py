"""Vietnamese typed in the pre-Unicode encodings TCVN3 (ABC) and VNI, read back to Unicode NFC.

Older agencies' Word files, and pages copied from them, still carry text typed in the ".Vn" fonts of TCVN 5712:1993
(".VnTime", ".VnArial"; the capitals in separate "H" fonts such as ".VnTimeH") or in the "VNI-" fonts. Read as
Latin-1 it is "vai trß vµ nhiÖm vô" (TCVN3) or "Xin chaøo caùc baïn" (VNI): no cue, no "số", no header can be read.

**A table here, not a library.** The registries hold one maintained package that converts these (viparse, a
document loader for RAG). It was tried: importing it costs 0.6 s (the whole loader comes with it) on every command,
it needs Python 3.11 (vanban supports 3.10), its ``fix`` rewrites whitespace (lines and offsets move), its content
detection is per document and read "vai trß vµ nhiÖm vô" as VISCII, and its VNI table leaves out "ẳ" by design.
Both encodings are fixed standards of 1993: the tables below are the published ones (TCVN3: one code per letter;
VNI: a base letter and one mark character), written once and checked letter by letter against viparse's.

**Detection is by run, never by document.** Text may mix encodings (a Unicode sentence quoting a TCVN3 line). A
line is cut into runs, each ending at a word that is Unicode for sure (a letter the encoding never stores, or a
syllable the table would break: "thành", "viên"). A run is read in an old encoding when at least two distinct words
of it are no Vietnamese syllable as written and become one converted (:mod:`vanban.vietnamese_syllables`), and
these outnumber twice over the words that speak against it (foreign words, words the table cannot read); or when
one such word with two ASCII letters of its own stands with none against it ("công văn sè 936/UBND-VP ngµy
14/9/2020" in a Unicode line). So Unicode Vietnamese, English,
French ("où", "maïs", "café"), numbers ("5473/BTTTT-KTS&XHS") and a lone "µ" or "§" are never converted.

**Where text enters, not in** :func:`vanban.text.nfc`. ``nfc`` is composed with ``lower()`` and slicing everywhere
(search tokens, comparison keys) and must commute with them; TCVN3 does not survive ``lower()`` ("Ö" is ệ, "ö" is
ử). So text is read back once, where it enters: :func:`vanban.corpus.decode` (every reader of a content file —
citations, tracking, search, the page — reads what it returns), ``vanban refs`` on a raw text, and the importer's
lines (Word runs by their font instead, which is certain).

Cost: :func:`to_unicode` first looks for one character that no Unicode Vietnamese text uses (one C-speed regex
scan); only the lines that hold one are read word by word, so the cost is O(length) and nearly nothing on Unicode
text. :func:`reference_to_unicode` reads every line the slow way and must agree (the tests compare them).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .vietnamese_syllables import is_syllable

__all__ = [
    "TCVN3", "VNI", "LegacyRun", "convert", "encoding_of_font", "is_caps_font", "legacy_runs",
    "reference_to_unicode", "to_unicode",
]

TCVN3 = "TCVN3"
VNI = "VNI"

# TCVN3 (TCVN 5712:1993, VN3): one code per letter; capitals other than Ă Â Ê Ô Ơ Ư Đ live in the "H" fonts, which
# draw these same codes as capitals.
_TCVN3_CODES = "¡¢£¤¥¦§¨©ª«¬\xad®" "µ¸¶·¹" "»¾¼½Æ" "ÇÊÈÉË" "ÌÐÎÏÑ" "ÒÕÓÔÖ" "×ÝØÜÞ" "ßãáâä" "åèæçé" "êíëìî" "ïóñòô" "õøö÷ù" "úýûüþ"
_TCVN3_LETTERS = "ĂÂÊÔƠƯĐăâêôơưđ" "àáảãạ" "ằắẳẵặ" "ầấẩẫậ" "èéẻẽẹ" "ềếểễệ" "ìíỉĩị" "òóỏõọ" "ồốổỗộ" "ờớởỡợ" "ùúủũụ" "ừứửữự" "ỳýỷỹỵ"
_TCVN3_TABLE = str.maketrans(dict(zip(_TCVN3_CODES, _TCVN3_LETTERS, strict=True)) | {"\u2212": "ư", "\u2219": "ã"})


def _vni_table() -> dict[str, str]:
    """VNI (VNI-Windows): a vowel and one mark character; đ ị ỉ ĩ ỵ ơ ư are single characters."""
    tones = {"ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
    hat = {"â": "", "á": "\u0301", "à": "\u0300", "å": "\u0309", "ã": "\u0303", "ä": "\u0323"}  # circumflex + tone
    bowl = {"ê": "", "é": "\u0301", "è": "\u0300", "ú": "\u0309", "ü": "\u0303", "ë": "\u0323"}  # breve + tone
    table: dict[str, str] = {}
    for base, unicode_base in (("a", "a"), ("e", "e"), ("o", "o"), ("u", "u"), ("y", "y"), ("ô", "ơ"), ("ö", "ư")):
        for mark, tone in tones.items():
            table[base + mark] = unicode_base + tone
    for base in "aeo":
        for mark, tone in hat.items():
            table[base + mark] = base + "\u0302" + tone
    for mark, tone in bowl.items():
        table["a" + mark] = "a\u0306" + tone
    table |= {"iø": "ì", "iù": "í"}  # "i" and a mark, as some files write the letters "ì" and "í" have of their own
    for lower, letter in {"ñ": "đ", "ò": "ị", "æ": "ỉ", "ó": "ĩ", "î": "ỵ", "ô": "ơ", "ö": "ư"}.items():
        table[lower] = letter
    upper = {k.upper(): v.upper() for k, v in table.items()}
    return {k: unicodedata.normalize("NFC", v) for k, v in (table | upper).items()}


_VNI = _vni_table()
_VNI_RE = re.compile("|".join(sorted(map(re.escape, _VNI), key=len, reverse=True)))

# Characters no Unicode Vietnamese text uses (Latin-1 letters other than Vietnamese ones, and signs) that the two
# encodings put in nearly every line: the fast path reads only lines holding one.
_TRIGGER = re.compile("[¡-®µ-¹»-¾ÆÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïñö÷øûüþ]")
# A word: letters, and the TCVN3 codes that are signs in Latin-1 ("¸" is á, "·" is ã); U+2212 and U+2219 are the
# glyphs a PDF text layer gives for TCVN3's ư and ã ("n−íc").
_WORD = re.compile("(?:[^\\W\\d_]|[¡-®¶-¹»-¾×÷\u2212\u2219])+")
_UNICODE_ONLY = re.compile("[^\\x00-\\xff\u2212\u2219]")  # a letter no old font has: the word is Unicode
_NOT_TCVN3 = re.compile(f"[^\\x00-\\x7f{_TCVN3_CODES}\u2212\u2219]")  # nor TCVN3 ("thành": à is no TCVN3 code)
_ASCII_LETTERS = re.compile("[A-Za-z]")


@dataclass(frozen=True)
class LegacyRun:
    """A stretch of one line read in an old encoding: where it is, which encoding, and its Unicode text."""

    start: int
    end: int
    encoding: str
    text: str
    line: int  # 1-based


def encoding_of_font(font: str | None) -> str | None:
    """TCVN3 for a ".Vn" font (".VnTime", ".VnArialH"), VNI for a "VNI-" one, else None (a subset tag is skipped)."""
    if not font:
        return None
    name = font.split("+", 1)[-1].strip().upper()
    if name.startswith(".VN"):
        return TCVN3
    if name.startswith("VNI"):
        return VNI
    return None


def is_caps_font(font: str | None) -> bool:
    """A TCVN3 "H" font (".VnTimeH", ".VnArialH"): it draws every letter as a capital."""
    return font is not None and encoding_of_font(font) == TCVN3 and font.rstrip().upper().endswith("H")


def convert(text: str, encoding: str, *, caps: bool = False) -> str:
    """*text* known to be in *encoding* (a Word run's font says so) to Unicode NFC; *caps* for an "H" font."""
    out = text.translate(_TCVN3_TABLE) if encoding == TCVN3 else _VNI_RE.sub(lambda m: _VNI[m.group(0)], text)
    return unicodedata.normalize("NFC", out.upper() if caps else out)


def _word_caps(word: str) -> bool:
    ascii_letters = _ASCII_LETTERS.findall(word)
    return len(ascii_letters) >= 2 and all(c.isupper() for c in ascii_letters)


def _convert_word(word: str, encoding: str, caps: bool) -> str:
    """One word converted; a TCVN3 word typed in capitals (an "H" font's heading) comes back in capitals."""
    if encoding == TCVN3:
        return convert(word, TCVN3, caps=caps or _word_caps(word))
    return convert(word, VNI)


def _read_run(words: list[str], encoding: str) -> list[str] | None:
    """The run's words converted, or None when the run does not read as that encoding (see the module docstring)."""
    caps = sum(_word_caps(w) for w in words) > max(1, len(words)) // 2
    converted = [_convert_word(w, encoding, caps) for w in words]
    evidence: set[str] = set()
    against = 0
    for word, new in zip(words, converted, strict=True):
        if new == word:
            if word.isascii() and len(word) > 1 and not word.isupper() and not is_syllable(word):
                against += 1  # an English or French word stands in the run
            continue
        was, now = is_syllable(word), is_syllable(new)
        if now and not was:
            if _ASCII_LETTERS.search(word):  # a sign alone ("§", "µ", "©") is no evidence: "vµ", "§iÒu" are
                evidence.add(word)
        elif (was and not now) or (not was and not now and len(word) > 1):
            against += 1  # a Unicode word the table would break, or a word it cannot read
    if len(evidence) < 2 * against or not evidence:
        return None
    if len(evidence) == 1 and (against or len(_ASCII_LETTERS.findall(next(iter(evidence)))) < 2):
        return None  # one word is enough only alone and with two letters of its own ("ngµy", not "µm" or "dû")
    return [new if is_syllable(new) or not is_syllable(word) else word for word, new in zip(words, converted, strict=True)]


def _breaks(word: str, encoding: str) -> bool:
    """A word that is Unicode for sure, so no run of *encoding* spans it: a letter the encoding never stores (beyond
    Latin-1; for TCVN3 also "à", "Á", "Ú"…), or a Vietnamese syllable the table would break ("viên", "thuê")."""
    if (_NOT_TCVN3 if encoding == TCVN3 else _UNICODE_ONLY).search(word):
        return True
    return not word.isascii() and is_syllable(word) and not is_syllable(_convert_word(word, encoding, False))


def _line_runs(line: str) -> list[tuple[int, int, str, str]]:
    """(start, end, encoding, converted text) of each stretch of *line* read in an old encoding."""
    found: list[tuple[int, int, str, str]] = []
    words = list(_WORD.finditer(line))
    for encoding in (TCVN3, VNI):
        run: list[re.Match[str]] = []
        for m in [*words, None]:
            if m is not None and not _breaks(m.group(0), encoding):
                run.append(m)
                continue
            if run and any(_TRIGGER.search(w.group(0)) for w in run):  # as the fast path reads: the same lines
                taken = any(a < run[-1].end() and run[0].start() < b for a, b, _, _ in found)
                converted = None if taken else _read_run([w.group(0) for w in run], encoding)
                if converted is not None:
                    pieces: list[str] = []
                    last = run[0].start()
                    for w, new in zip(run, converted, strict=True):
                        pieces += [line[last : w.start()], new]
                        last = w.end()
                    found.append((run[0].start(), run[-1].end(), encoding, "".join(pieces)))
            run = []
    return sorted(found)


def _lines(text: str, every: bool) -> list[tuple[int, int, int]]:
    """(line number, start, end) of the lines to read: every one, or those holding a trigger character."""
    spans: list[tuple[int, int, int]] = []
    if every:
        start = 0
        for number, line in enumerate(text.split("\n"), start=1):
            spans.append((number, start, start + len(line)))
            start += len(line) + 1
        return spans
    number, counted = 1, 0  # the line number at offset *counted*: counted on from the last line, never from the start
    for m in _TRIGGER.finditer(text):
        if spans and m.start() < spans[-1][2]:
            continue  # a line already taken
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.start())
        number, counted = number + text.count("\n", counted, start), start
        spans.append((number, start, len(text) if end < 0 else end))
    return spans


def _runs(text: str, every: bool) -> list[LegacyRun]:
    runs: list[LegacyRun] = []
    for number, start, end in _lines(text, every):
        for a, b, encoding, converted in _line_runs(text[start:end]):
            runs.append(LegacyRun(start + a, start + b, encoding, converted, number))
    return runs


def has_old_characters(text: str) -> bool:
    """Whether *text* holds a character that only an old encoding puts in a text: what :func:`to_unicode` and
    :func:`legacy_runs` look for first (none: nothing of it is read in TCVN3 or VNI)."""
    return not text.isascii() and _TRIGGER.search(text) is not None


def legacy_runs(text: str) -> list[LegacyRun]:
    """Every stretch of *text* read in TCVN3 or VNI, with its line and its Unicode text (nothing is changed)."""
    return _runs(text, every=False) if _TRIGGER.search(text) else []


def _apply(text: str, runs: list[LegacyRun]) -> str:
    pieces: list[str] = []
    last = 0
    for run in runs:
        pieces += [text[last : run.start], run.text]
        last = run.end
    return "".join([*pieces, text[last:]])


def to_unicode(text: str) -> str:
    """*text* with every stretch typed in TCVN3 or VNI read back to Unicode; anything else as it was.

    Line breaks are never touched, so line numbers hold. The fast path: text without a trigger character is
    returned as it is after one scan (about 5 ns a character)."""
    if text.isascii():
        return text
    return _apply(text, _runs(text, every=False)) if _TRIGGER.search(text) else text


def reference_to_unicode(text: str) -> str:
    """:func:`to_unicode` the plain way: every line read word by word (the tests' reference)."""
    return _apply(text, _runs(text, every=True))

