"""A trích yếu in capitals written in sentence case, each proper name and code as the document's own body writes it.

A header sets its trích yếu in capitals ("TRIỂN KHAI CÔNG TÁC XÓA NHÀ TẠM, NHÀ DỘT NÁT TRÊN ĐỊA BÀN HUYỆN KỲ SƠN");
on a site it shouts among titles in running text. Which of its words are names is not a question of spelling
("AN" is "an toàn" and "Nghệ An", "TỔ" is "tổ dân phố" and "Tổ quốc"): the document answers it, for it writes the
same words in running text. Each word is cased as the body writes it beside the same neighbour ("huyện Kỳ Sơn",
"treo cờ Tổ quốc"), or, when the body writes it alone always one way, that way ("(PCI)"); a code ("37-CT/TW",
"UBND", "2019-2024") and a Roman numeral stay as written. A word the body does not show that stands by a name
(after "tỉnh", "huyện" …, next to a capitalised word, or a body's kind before another such word: "CỤC QUẢN LÝ DƯỢC")
could be a name the body never repeats: then the capitals stay as the original has them, never a guessed spelling.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..text import new_tone, nfc
from .casing import ADMIN_UNITS, LEXICON_WORDS, key
from .patterns import is_upper

__all__ = ["sentence_case"]

_WORD = re.compile(r"[^\W\d_]+")
_ROMAN = re.compile(r"(?=[IVXLC])(?:L?X{0,3}|XL|XC)(?:IX|IV|V?I{0,3})")
_NUMERAL_BEFORE = {"KHOA", "THU", "KY", "PHAN", "CHUONG", "MUC", "LAN"}  # "KHÓA XIII", "LẦN THỨ IX"


def _key(word: str) -> str:
    """A word as compared with the body's: its marks kept ("năm" is not "Nam"), old tone placement as new."""
    return new_tone(nfc(word)).lower()


_ADMIN_LAST = {_key(u.split()[-1]) for u in ADMIN_UNITS}
# what may stand before a sentence's first word: its end mark, or a list's bullet or number ("- Đánh giá", "2) Tổ chức")
_SENTENCE_END = re.compile(r"(?:[.!?:;…]|^\s*[-–+*•]|^\s*(?:\d{1,3}|[a-zđ]|[IVXLC]{1,5})[.)/])\s*$|^\s*$")
_MARK_END = re.compile(r"[.!?:;…]\s*$")  # the first alternative alone: read on the gap after the word before
_ACRONYM = re.compile(r"[A-ZĐ]{2,}")  # "PCI", "TTHC", "COVID": never a word with marks ("VÀO")
_FUNCTION = {_key(w) for w in (  # words never a name: what stands beside them says nothing of the next word
    "của", "và", "về", "các", "những", "trong", "trên", "tại", "với", "cho", "theo", "đến", "từ", "năm",
    "ngày", "tháng", "số", "là", "được", "có", "một", "việc", "thực", "hiện", "ban", "hành", "thuộc", "giai",
    "đoạn", "qua",
)}
# a body's kind: "CỤC QUẢN LÝ DƯỢC", "SỞ Y TẾ" the body never writes out are a name, not words to lower
_BODY_KINDS = {_key(w) for w in ("bộ", "sở", "cục", "viện", "phòng", "trường", "hội", "ủy")}
_MIN_WORDS = 3  # "BÁO CÁO" alone is a type word, not a trích yếu in capitals

Form = str  # "lower", "title" (first letter capital) or "upper" (an acronym in running text)


def _form(word: str) -> Form:
    if len(word) > 1 and word.isupper():
        return "upper"
    return "title" if word[:1].isupper() else "lower"


Evidence = dict[tuple[str, ...], Counter[Form]]


def _evidence(body: str) -> Evidence:
    """How the body writes each word between the same two neighbours, beside each one, and alone, in running text
    only: a line in capitals or in Title Case tells nothing, nor does a capital after a sentence's end."""
    seen: Evidence = defaultdict(Counter)
    for line in body.splitlines():
        words = list(_WORD.finditer(line))
        if 3 * sum(w.group(0)[:1].islower() for w in words) < len(words):
            continue
        keys = [_key(w.group(0)) for w in words]
        for i, m in enumerate(words):
            word = m.group(0)
            form = _form(word)
            near = [w.group(0) for w in words[max(i - 1, 0): i + 2] if w is not m]
            if form == "upper" and (not _ACRONYM.fullmatch(word) or any(len(n) > 1 and n.isupper() for n in near)):
                continue  # "BAN HÀNH" in a line: a phrase in capitals, no acronym
            if form == "title" and _after_sentence_end(line, words, i):
                continue
            before, after = keys[i - 1] if i else "", keys[i + 1] if i + 1 < len(words) else ""
            for context in ((before, keys[i], after), (before, keys[i], ""), ("", keys[i], after), ("", keys[i], "")):
                seen[context][form] += 1
    return seen


def _after_sentence_end(line: str, words: list[re.Match[str]], i: int) -> bool:
    """Whether the *i*-th word of *line* opens a sentence (:data:`_SENTENCE_END` on the text before it). Past the
    second word only an end mark can stand there, and it stands in the gap after the word before: reading that gap,
    not the whole line before the word, keeps a long line linear."""
    if i <= 1:  # a bullet or a list's number or letter may open the line before it
        return _SENTENCE_END.search(line[: words[i].start()]) is not None
    return _MARK_END.search(line, words[i - 1].end(), words[i].start()) is not None


def _form_in(seen: Evidence, before: str, k: str, after: str) -> Form | None:
    """The form the body gives the word *k* between *before* and *after*: both neighbours first, then one that is no
    function word ("của chính quyền" says nothing of "của Chính phủ"), then one that is, then alone when the body
    writes it capitalised always (a name, an acronym)."""
    for context in ((before, k, after),
                    *(((before, k, ""),) if before not in _FUNCTION else ()),
                    *((("", k, after),) if after not in _FUNCTION else ()),
                    (before, k, ""), ("", k, after)):
        if "" in (context[0], context[2]) and context[0] == context[2]:
            continue
        if (counts := seen.get(context)) and (context[0] or context[2]):
            return counts.most_common(1)[0][0]
    alone = seen.get(("", k, ""), Counter())
    return next(iter(alone)) if len(alone) == 1 and "lower" not in alone else None


def _cased(word: str, form: Form) -> str:
    return word.upper() if form == "upper" else word.capitalize() if form == "title" else word.lower()


def sentence_case(title: str, body: str) -> str | None:
    """*title*, in capitals, written in sentence case as *body* writes its words; None when it is not in capitals or
    a word that may be a name is nowhere in the body (the capitals then stay)."""
    words = list(_WORD.finditer(title))
    if sum(len(m.group(0)) > 1 for m in words) < _MIN_WORDS or not is_upper(title):
        return None
    seen = _evidence(body)
    codes = {w.lower(): w for w in _WORD.findall(" ".join(t for t in body.split() if _is_code(t)))}
    keys = [_key(m.group(0)) for m in words]
    folded = [key(m.group(0)) for m in words]
    forms: list[Form | None] = [None if _is_code(_token(title, m)) else
             _form_in(seen, keys[i - 1] if i else "", keys[i], keys[i + 1] if i + 1 < len(keys) else "")
             for i, m in enumerate(words)]
    for i in range(len(words)):  # "HỘI ĐỒNG NHÂN DÂN" the body never writes out: a body's name as always written
        phrase = next((p for n, p in LEXICON_WORDS if len(n) > 1 and tuple(folded[i: i + len(n)]) == n
                       and all(f is None for f in forms[i: i + len(n)])), ())
        forms[i: i + len(phrase)] = [_form(w) for w in phrase]
    out: list[str] = []
    last = 0
    for i, m in enumerate(words):
        word, token = m.group(0), _token(title, m)
        form = forms[i]
        if _is_code(token):  # "QĐ-TTG" as the body writes it ("QĐ-TTg"), else as the title does
            out += [title[last: m.start()], codes.get(word.lower(), word)]
            last = m.end()
            continue
        if form is None and _numeral(word, folded[i - 1] if i else ""):
            form = "upper"
        if form is None:  # a word the body does not show: lower case, unless it may be a name the body never repeats
            after_unit = i > 0 and keys[i - 1] in _ADMIN_LAST
            by_name = any(0 <= j < len(forms) and forms[j] in ("title", "upper") for j in (i - 1, i + 1))
            always_lower = set(seen.get(("", keys[i], ""), ())) == {"lower"}
            names_one = (keys[i] in _BODY_KINDS and i + 1 < len(words) and forms[i + 1] is None
                         and not title[m.end(): words[i + 1].start()].strip())
            if keys[i] not in _FUNCTION and (after_unit or names_one or (by_name and not always_lower)):
                return None
            form = "lower"
        out += [title[last: m.start()], _cased(word, form) if form != "upper" or len(word) > 1 else word]
        last = m.end()
    text = re.sub(r"^V/V\b", "V/v", "".join(out) + title[last:])
    first = _WORD.search(text)
    return text if first is None else text[: first.start()] + text[first.start()].upper() + text[first.start() + 1:]


def _token(title: str, m: re.Match[str]) -> str:
    """The whitespace-separated token that holds the word *m*."""
    start = title.rfind(" ", 0, m.start()) + 1
    end = title.find(" ", m.end())
    return title[start: end if end >= 0 else len(title)]


def _is_code(token: str) -> bool:
    """"37-CT/TW", "COVID-19", "UBND", "BCĐ-BGK": a number, a code or an acronym (no vowel), kept as written."""
    bare = token.strip(".,;:()“”\"'")
    letters = "".join(_WORD.findall(bare))
    return any(c.isdigit() for c in bare) or "/" in bare or (bool(letters) and not any(
        c in "AĂÂEÊIOÔƠUƯY" for c in key(letters))) or bool(re.fullmatch(r"\([A-ZĐ]{2,6}\)[.,;:]?", token))


def _numeral(word: str, before: str) -> bool:
    """A Roman numeral: "KHÓA XIII", "LẦN THỨ IX", or one of two letters or more standing alone ("VI" is a word)."""
    return bool(_ROMAN.fullmatch(word)) and (before in _NUMERAL_BEFORE or (len(word) > 1 and word != "VI"))
