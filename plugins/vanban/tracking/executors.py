"""A decision's executive article read as the structure it is, not as a sentence (thirty-first session).

Every Quyết định closes with the article that names who carries it out: "Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các
Sở: Tài chính, Xây dựng; Chủ tịch UBND các huyện … và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết
định này." Each office or body it lists holds the decision's execution (the sets' rule). Its layouts recur in every set
(the tracking README: "Điều 3./Điều 4." executors in at least twelve sets): on one line or hard-wrapped over several, cut by
the page before its verb, "Các Ông (Bà):" / "Các ông, bà:" / "Các đồng chí" before the list, "Thủ trưởng các cơ quan:" over
it, a title over the names of its kind ("Cục trưởng các Cục: Y tế dự phòng, Quản lý Dược"), a joint office ("Văn phòng Đoàn
đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân tỉnh"), persons ("các thành viên Ban Chỉ đạo", "cán bộ, công chức")
and the public ("các tổ chức, cá nhân có liên quan") among the holders. The list is read piece by piece (pieces cut at ";",
"," and "và"): a piece that opens with an office title or a capitalised body noun starts a new holder, a piece in lower case
or a bare kind ("Ban", "Ngành") goes on the one before, a capitalised name after "các Cục:" is one more of that kind.

Used by both readers (:mod:`.sentences`, :mod:`.reference`) on an article's block before the sentence walk; an article this
module does not read as a list of holders is left to the walk. Constant work per block holding "Điều": linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vanban.deadlines import Deadline
from vanban.deadlines.blocks import TERMINAL, Block
from vanban.text import collapse_space

from . import patterns as p
from .clauses import Stated
from .holders import SHOWN

__all__ = ["Article", "article", "read", "rows"]

_I = re.IGNORECASE
# "Điều 3." at a line's or a sentence's start (a copy that flattened the decision puts it after ". " or "; ").
_ARTICLE = re.compile(r"(?:^|(?<=[\s.;:|]))Điều\s+[0-9]{1,3}\s*[.:]\s*")
# The executive verb: "(đều) chịu/có trách nhiệm (tổ chức) thi hành/thực hiện Quyết định này", "thi hành Quyết định này",
# "căn cứ Quyết định thi hành" (glued words "trách nhiệmthi hành" of a copy too).
_VERB = re.compile(
    r"(?:(?:đều\s+)?(?:chịu|có)\s+trách\s*nhiệm\s*(?:tổ\s+chức\s+)?(?:thi\s+hành|thực\s+hiện)|(?:tổ\s+chức\s+)?thi\s+hành)"
    r"\s+(?:các\s+)?(?:quyết\s+định|chỉ\s+thị|nghị\s+quyết|quy\s+định)(?:\s+này)?(?!\w)|căn\s+cứ\s+quyết\s+định\s+(?:này\s+)?thi\s+hành",
    _I)
MAX_LIST = 1200  # characters between an article's number and its verb: past that the verb is another article's
# Before the list: "Các Ông (Bà):", "Các ông, bà:", "Ông/Bà", "Các đồng chí"; a title over the list ("Thủ trưởng các cơ quan:").
_LEAD = re.compile(r"(?:(?:các\s+)?(?:ông|bà)(?:\s*\(\s*bà\s*\)|\s*[,/]\s*bà)?|(?:các\s+)?đồng\s+chí)\s*:?\s+|"
                   r"(?:thủ\s+trưởng|giám\s+đốc|chủ\s+tịch|lãnh\s+đạo)\s+các\s+(?:cơ\s+quan|đơn\s+vị)(?:\s+sau)?\s*:\s*", _I)
# The public at the list's end: "… và các tổ chức, cá nhân có liên quan", "; các cá nhân, tổ chức …", "và cơ quan, tổ chức, cá
# nhân có liên quan" (no holder: the sets' rule); cut from there.
_PUBLIC = re.compile(r"(?:[,;]|\s+và)\s+(?:(?:tất\s+cả\s+)?các\s+)?(?:(?:cơ\s+quan|tổ\s+chức|đơn\s+vị)\s*(?:,|và)\s*){0,3}"
                     r"cá\s+nhân(?!\w)", _I)
_PIECES = re.compile(r"\s*[;,]\s*|\s+và\s+")
# An office title that opens a holder (either case: "…, thủ trưởng các đơn vị có liên quan").
# "các Bộ trưởng" too; a title glued to what follows by the copy ("Giám đốcSở", "hiệu trưởngcác trường"); "lãnh đạo" before a
# body's name.
_TITLE = re.compile(r"^(?:các\s+)?(?:chánh\s+văn\s+phòng|chánh\s+thanh\s+tra|(?:phó\s+)?giám\s+đốc|tổng\s+giám\s+đốc|chủ\s+tịch|"
                    r"thủ\s+trưởng|(?:tổng\s+)?cục\s+trưởng|vụ\s+trưởng|viện\s+trưởng|bộ\s+trưởng|trưởng\s+ban|trưởng\s+phòng|"
                    r"chỉ\s+huy\s+trưởng|hiệu\s+trưởng|bí\s+thư|chủ\s+nhiệm|trưởng(?=\s+(?:(?-i:[A-ZĐ])|các\s))|lãnh\s+đạo(?=\s+(?-i:[A-ZĐ])))"
                    r"(?:(?!\w)|(?=(?-i:[A-ZĐ]))|(?=các\s))", _I)
_NEW_GROUP = re.compile(r"(?:tất\s+cả\s+)?các(?!\w)|(?:tất\s+cả\s+)?các(?=(?-i:[A-ZĐ]))", _I)
# A duty of one holder's own inside the list (case-sensitive: "Ban Chỉ đạo", "Kế hoạch kiểm tra" name things), and, in a list
# cut before its verb (nothing there to say where the names end), any duty verb.
_OWN_DUTY = re.compile(r"(?:chịu|có)\s+trách\s+nhiệm|có\s+nhiệm\s+vụ")
_ANY_DUTY = re.compile(r"(?:chịu|có)\s+trách\s+nhiệm|có\s+nhiệm\s+vụ|(?<!\w)(?:bám\s+sát|chủ\s+trì|phối\s+hợp|triển\s+khai|"
                       r"tổ\s+chức\s+thực\s+hiện|xây\s+dựng|theo\s+dõi|hướng\s+dẫn|kiểm\s+tra|báo\s+cáo|thực\s+hiện)(?!\w)")
# A verb the page cut ("… các huyện, thị xã chịu trách nhi"): not part of the last name.
_CUT_VERB = re.compile(r"\s+(?:đều\s+)?(?:chịu(?:\s+trách(?:\s+\S+)?)?|có\s+trách(?:\s+\S+)?|thi(?:\s+h\S*)?)$", _I)
# Bodies the unit nouns do not list but an executive article does ("Dự án tiêm chủng mở rộng quốc gia").
_OWN_BODY = re.compile(r"^(?:Dự\s+án|Chương\s+trình)\s+\w")
# A kind with no name of its own, written in capitals inside a group ("Thủ trưởng các Sở, Ban, Ngành tỉnh").
_BARE_KIND = re.compile(r"^(?:Sở|Ban|Ngành|Đoàn\s+thể|Hội|Cơ\s+quan|Đơn\s+vị|Huyện|Quận|Thị\s+xã|Thành\s+phố|Xã|Phường|"
                        r"Thị\s+trấn|Địa\s+phương)(?:\s+[a-zà-ỹđ]\S*)*$")
# "các Cục:", "các Vụ:", "các Sở:": the names after it are of that kind.
_KIND_COLON = re.compile(r"\b(?:các|Các)\s+(?P<kind>Sở|Bộ|Cục|Vụ|Viện|Ban|Phòng|Trung\s+tâm|Tổng\s+cục|Chi\s+cục|Bệnh\s+viện)"
                         r"\s*:\s*")
# A joint office ("Văn phòng Đoàn đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân tỉnh") and the councils it serves.
_JOINT = re.compile(r"^(?:chánh\s+)?văn\s+phòng\s+(?:đoàn\s+(?:đbqh|đại\s+biểu)|hđnd|ubnd|hội\s+đồng\s+nhân|(?:ủy|uỷ)\s+ban\s+nhân)",
                    _I)
_COUNCIL = re.compile(r"^(?:hđnd|ubnd|hội\s+đồng\s+nhân\s+dân|(?:ủy|uỷ)\s+ban\s+nhân\s+dân|đoàn\s+đại\s+biểu\s+quốc\s+hội|đoàn\s+"
                      r"đbqh)(?:\s+(?:tỉnh|thành\s+phố|tp\.?|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)(?:\s+\S+){0,4})?$", _I)
# Persons among the holders ("các thành viên Ban Chỉ đạo …", "cán bộ, công chức, viên chức Bộ Nội vụ"): no row.
_PERSONS = re.compile(r"^(?:(?:các|toàn\s+thể)\s+)?(?:thành\s+viên|cán\s+bộ|công\s+chức|viên\s+chức|người\s+lao\s+động)(?!\w)", _I)
# The collectives a decision honours or names in an article ("… và tập thể có tên tại Điều 1", ", các tập thể có tên tạiĐiều
# 1"): bodies, which hold the execution (the sets' choice: heldout18 z27, heldout19 x36, x49); "các cá nhân có tên …" are persons.
_NAMED_COLLECTIVE = re.compile(r"^(?:các\s+)?tập\s+thể\s+có\s+tên(?!\w)", _I)
# An office naming its own body: "Vụ trưởng Vụ X" is "Vụ X", "Cục trưởng Cục X" "Cục X", a bare "Chánh Văn phòng" "Văn phòng".
_SELF_TITLE = re.compile(r"^(?:(?P<kind>Vụ|Cục|Viện|Tổng\s+cục)\s+trưởng\s+(?=(?P=kind)\s)|Chánh\s+(?=Văn\s+phòng$)|"
                         r"Trưởng\s+(?=Công\s+an\s))", _I)


@dataclass(frozen=True, slots=True)
class Article:
    """An executive article found in a block: where it starts, its holders (as written, with the offset of each) and its duty."""

    start: int
    units: tuple[tuple[str, int], ...]
    duty: str


def _opens(piece: str) -> bool:
    """Whether a list piece starts a new holder: an office title, a capitalised body noun, an executive article's own body."""
    if _TITLE.match(piece) or _NAMED_COLLECTIVE.match(piece):
        return True
    if not piece[:1].isupper() or _BARE_KIND.match(piece):
        return False
    return p.UNIT_START.match(p.retone(piece)) is not None or _OWN_BODY.match(piece) is not None


def _starts(sep: str, piece: str) -> bool:
    """Whether a list piece (after *sep*) starts a holder of its own (as :func:`_holders` reads it)."""
    return (sep == ";" or _opens(piece) or _NEW_GROUP.match(piece) is not None or _KIND_COLON.search(piece) is not None
            or (sep == "," and p.OWN_KIND.match(piece) is not None))


def article(text: str, cut: bool = False) -> Article | None:
    """The executive article in *text* (a block), or None; *cut*: the block is the body's last and ends mid-sentence, so an
    article with no verb is one the page cut before it (its holders still hold, the gatherers' rule: heldout15 b03)."""
    verb = _VERB.search(text)
    if verb is not None:
        found = None
        for m in _ARTICLE.finditer(text, max(0, verb.start() - MAX_LIST), verb.start()):
            found = m
        if found is None:
            return None
        end, duty = verb.start(), collapse_space(text[verb.start():verb.end()])
    elif cut and text[-1:] not in TERMINAL:
        found = None
        for m in _ARTICLE.finditer(text):
            found = m
        if found is None:
            return None
        end, duty = len(text), "thi hành Quyết định"
    else:
        return None
    begin = found.end()
    stop = text.rfind(". ", begin, end)  # "Quyết định này có hiệu lực từ ngày ký. Chánh Văn phòng …": the list after the sentence
    if stop != -1 and text[stop + 2:stop + 3].isupper():
        begin = stop + 2
    lead = _LEAD.match(text, begin)
    if lead is not None:
        begin = lead.end()
    public = _PUBLIC.search(text, begin, end)
    if public is not None:
        end, cut = public.start(), False  # the names before the public are whole, a cut after it ("… và các tổ chức, cá⏎nhân")
    elif verb is None and (cut_verb := _CUT_VERB.search(text, begin, end)) is not None:
        end, cut = cut_verb.start(), False  # the name before the verb's first words is whole
    units = _holders(text, begin, end, cut and verb is None)  # (cut: no verb, whole or begun, after the list)
    own = _OWN_DUTY if verb is not None else _ANY_DUTY
    if not units or any(own.search(u) for u, _k in units):
        return None  # "Chánh Văn phòng … chịu trách nhiệm đôn đốc …; A, B chịu trách nhiệm thi hành …": a holder with a duty
        # of its own, the sentence walk's; a cut list whose words go on into a duty ("… các đơn vị trong ngành bám sát …")
    return Article(found.start(), tuple(units), duty)


def _holders(text: str, begin: int, end: int, cut: bool) -> list[tuple[str, int]]:
    """The holders the list text[begin:end] names, each with its offset; [] when its first piece opens no holder."""
    pieces: list[tuple[str, str, int]] = []  # (separator before, piece, offset)
    sep, at = "", begin
    for m in _PIECES.finditer(text, begin, end):
        pieces.append((sep, text[at:m.start()], at))
        sep, at = m.group().strip() or "và", m.end()
    pieces.append((sep, text[at:end], at))
    pieces = [(s, x.strip(p.EDGE), k) for s, x, k in pieces if x.strip(p.EDGE)]
    if cut and pieces:  # the page cut the list: its last holder may be cut inside its name, so none of it counts ("… và
        while len(pieces) > 1 and not _starts(*pieces[-1][:2]):  # các cơ quan, tổ", "… vùng kinh tế trọng đi", "…,
            pieces.pop()  # cácCông ty kinh do": the gatherers' rule, heldout7 g04, heldout8 w14, heldout9 n41; a missed unit
        pieces.pop()  # is better than a wrong one)
    first = next((x for _s, x, _k in pieces if not _PERSONS.match(x)), "")
    if not first or not _opens(first):
        return []  # "Điều 3. Quyết định này có hiệu lực …", "Điều 2. Giao Sở …": not a list of holders
    names: list[str] = []  # the holders, as written
    offsets: list[int] = []  # … where each starts
    kind = ""  # the kind of "các Cục:" while its names run
    dropped = False  # the current piece names persons: its continuations go with it
    for sep, piece, at in pieces:
        colon = _KIND_COLON.search(piece)
        if colon is not None and _opens(piece):
            kind, dropped = colon.group("kind"), False
            piece, at = piece[colon.end():], at + colon.end()
            names.append(piece if piece.startswith(kind) else f"{kind} {piece}")
            offsets.append(at)
        elif _PERSONS.match(piece) or (sep != ";" and p.PEOPLE.match(piece)):
            dropped = True  # "…, đoàn viên, hội viên các đoàn thể": persons, up to the next holder
        elif sep == "," and names and p.DOUBLE_TITLE.fullmatch(names[-1]) and p.SECOND_TITLE.match(piece):
            names[-1] = f"{names[-1]}, {piece}"  # "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ": one person's two titles
        elif (_opens(piece) and not (sep != ";" and names and _JOINT.match(names[-1]) and _COUNCIL.match(piece))) or (
                sep == "và" and p.AND_GROUP.match(piece)) or (sep == "," and p.OWN_KIND.match(piece)):
            # (the list rule's: "A và các B" names two, "các Sở, cơ quan ngang Sở" two)
            kind, dropped = "", False
            names.append(piece)
            offsets.append(at)
        elif kind and sep == "," and piece[:1].isupper():
            names.append(piece if piece.startswith(kind) else f"{kind} {piece}")
            offsets.append(at)
        elif sep == ";" and not dropped:
            kind = ""
            names.append(piece)  # "…; các đơn vị có liên quan": ";" parts holders
            offsets.append(at)
        elif names and not dropped:
            names[-1] = f"{names[-1]}{', ' if sep in (',', ';') else ' và '}{piece}"
    return [(_SELF_TITLE.sub("", collapse_space(u)), k) for u, k in zip(names, offsets, strict=True)]


def rows(block: Block, found: Article, placed: list[tuple[int, Deadline]], line_offset: int) -> list[Stated]:
    """One row per holder of *found* (an article of *block*), at the line its name starts on, with the deadlines written
    inside the article (its list, not the articles before it: an effective date is no due)."""
    inside = tuple(d for pos, d in placed if pos >= found.start)
    return [Stated((unit,), found.duty[:SHOWN], block.line_at(at) + line_offset, inside) for unit, at in found.units]


def read(block: Block, placed: list[tuple[int, Deadline]], line_offset: int, final: bool
         ) -> tuple[list[Stated], Block | None, list[tuple[int, Deadline]]] | None:
    """(the rows of *block*'s executive article, what the block holds before it and that part's deadlines) or None when it
    holds none; *final*: the block ends on the body's last line. Both readers call it on every block they read in a body that
    holds "Điều"."""
    if "Điều" not in block.text:
        return None
    if not (final and block.text[-1:] not in TERMINAL):  # no cut list: the verb's words must be there (cheap tests first:
        low = block.lowered()  # most blocks with "Điều" cite an article, they hold none)
        if "thi" not in low and "trách" not in low:
            return None
    found = article(block.text, final)
    if found is None:
        return None
    return rows(block, found, placed, line_offset), before(block, found), [(k, d) for k, d in placed if k < found.start]


def before(block: Block, found: Article) -> Block | None:
    """What *block* holds before its article ("… Điều 2. Giao Sở A …. Điều 3. Chánh Văn phòng …" on one line), for the walk;
    None when the article opens the block."""
    k = found.start
    if k == 0 or not block.text[:k].strip():
        return None
    n = sum(1 for s in block.starts if s < k)
    return Block(block.text[:k].rstrip(), block.starts[:n], block.lines[:n])
