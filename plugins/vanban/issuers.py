"""Who issued a document: issuer names compared as one, and whether a number needs its owner.

Issuer names are written many ways: old and new tone placement ("Tỉnh uỷ", "Tỉnh ủy"), composed or
decomposed accents, abbreviations ("UBND", "HĐND", "BTV", "MTTQ"), spacing and case.
:func:`issuer_key` makes them one key for comparison; pages show the name as written.

A number is only unique with its owner unless it is national: every Tỉnh ủy issues its own
"05-NQ/TU", every UBND its own "21/KH-UBND", but "57-NQ/TW", "131/QĐ-TTg", "30/2020/NĐ-CP" and
"72/2025/QH15" are each one document.  :func:`is_national` tells them apart by the issuer code;
what it does not know is treated as local, so an unknown code can split one document into two
stubs but never merge two documents into one.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .citations import parse_number
from .citations.vocabulary import CENTRAL_STATE_CODES
from .issuer_places import UNKNOWN_PLACE, apart, levelled, old_province, province_place
from .problems import Problem, Severity
from .province_names import provinces_named
from .provinces import document_province, is_local, local_body, province_key, province_shown
from .provincial_bodies import province_level, without_level

if TYPE_CHECKING:
    from .documents import Document
from .text import collapse_space, fold, new_tone, nfc, normalise_dashes, text_key, unique_slugs

__all__ = ["has_locality", "is_national", "issuer_groups", "issuer_key", "issuer_problems", "issuer_slugs", "locality_key", "place_of", "portal_province"]

# Abbreviations written in issuer names, as whole words, and what they stand for
ABBREVIATIONS: dict[str, str] = {
    "ubnd": "ủy ban nhân dân",
    "hđnd": "hội đồng nhân dân",
    "btv": "ban thường vụ",
    "bch": "ban chấp hành",
    "ubmttq": "ủy ban mặt trận tổ quốc",
    "mttq": "mặt trận tổ quốc",
    "ubkt": "ủy ban kiểm tra",
    "tu": "tỉnh ủy",
    "hu": "huyện ủy",
    "tw": "trung ương",
    "tp": "thành phố",
    "tx": "thị xã",
    "tt": "thị trấn",
}
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# A ministry's sector as citations and signatures abbreviate it ("Bộ GD&ĐT", "Bộ NN và PTNT", "Sở LĐ-TB&XH", "Phòng
# TN&MT"), spelt out: one body is one listing ("Bộ GD&ĐT" ≡ "Bộ GDĐT" ≡ "Bộ Giáo dục và Đào tạo"; a site built from the
# spent sets' originals listed the ministry three times). Read on the lower-case key, before its words are split.
_JOIN = r"[\s&,.-]*(?:và\s+)?"
_SECTOR_ABBREVIATIONS: dict[str, str] = {
    rf"gd{_JOIN}đt": "giáo dục và đào tạo",
    rf"(?:nn|nông\s+nghiệp){_JOIN}ptnt": "nông nghiệp và phát triển nông thôn",
    rf"nn{_JOIN}mt": "nông nghiệp và môi trường",
    rf"lđ{_JOIN}tb{_JOIN}xh": "lao động thương binh và xã hội",
    rf"tn{_JOIN}mt": "tài nguyên và môi trường",
    rf"kh{_JOIN}đt": "kế hoạch và đầu tư",
    rf"kh{_JOIN}cn": "khoa học và công nghệ",
    rf"tt{_JOIN}tt": "thông tin và truyền thông",
    rf"vh{_JOIN}tt{_JOIN}dl": "văn hóa thể thao và du lịch",
    rf"gt{_JOIN}vt": "giao thông vận tải",
}
_SECTOR_SPELT = list(_SECTOR_ABBREVIATIONS.values())
_SECTOR = re.compile("|".join(f"(?<![^\\W_])({pattern})(?![^\\W_])" for pattern in _SECTOR_ABBREVIATIONS))
# A head acts for the body he heads, and numbers in its register: "Bộ trưởng Bộ Tư pháp" is "Bộ Tư pháp" (its Thông tư
# carry the ministry's code, "…/TT-BTP"), "Chủ tịch UBND tỉnh Quảng Nam" (or his deputy) is "UBND tỉnh Quảng Nam" (his
# decisions carry the committee's "…/QĐ-UBND" under its header, ND 30/2020): one body, one listing, one owner of a
# number (the 702-original site listed five provinces' chairmen apart from their committees, the minister joined).
_HEAD_OF = re.compile(r"^(?:bộ\s+trưởng\s+(?=bộ\s)|(?:phó\s+)?chủ\s+tịch\s+(?=ủy ban nhân dân(?:\s|$)))")
# A committee's term ("Ban Chấp hành Trung ương khóa XII") is one body's, not another body; so is the Party's name
# after its Central Committee's ("Ban Chấp hành Trung ương Đảng").
_TERM = re.compile(r"\s+khóa\s+[ivxlc\d]+$")
_PARTY_NAME = re.compile(r"(?<=^ban chấp hành trung ương) đảng(?: cộng sản việt nam)?$")
# The ministries, past and present (Nghị định 30/2020 Phụ lục VI and earlier governments'): central by their name, so a
# citation's misspelt code ("06/2010/TT-BGDT") does not split one ministry into a listing per citing place.
_MINISTRY = re.compile(
    r"^bộ (?:giáo dục và đào tạo|giáo dục|đại học.*|nông nghiệp và phát triển nông thôn|nông nghiệp và môi trường"
    r"|nông nghiệp|lao động thương binh và xã hội|lao động|tài nguyên và môi trường|kế hoạch và đầu tư"
    r"|khoa học và công nghệ|khoa học công nghệ và môi trường|thông tin và truyền thông|văn hóa thể thao và du lịch"
    r"|văn hóa thông tin|văn hóa|giao thông vận tải|y tế|tư pháp|nội vụ|tài chính|công thương|thương mại|nội thương"
    r"|ngoại thương|công nghiệp|xây dựng|công an|quốc phòng|ngoại giao|thủy lợi|lâm nghiệp|thủy sản"
    r"|dân tộc và tôn giáo|khoa học và kỹ thuật|y tế và bộ .*|nội vụ và bộ .*)$"
)
# A ministry's name with its words glued or split as a source typed them ("Bộ Giáodục và Đào tạo"): the same ministry,
# read on the key without spaces (the 702-original site listed it apart, "– Tp.Hồ Chí Minh" and "– chưa rõ địa
# phương", beside "Bộ Giáo dục và Đào tạo")
_MINISTRY_COMPACT = re.compile(_MINISTRY.pattern.replace(" ", ""))
# A body whose name says it is the centre's ("Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh", "Ban Tuyên giáo Trung
# ương", "Đảng ủy Khối các cơ quan Trung ương") is one body wherever it is cited from or signs: the 702-original site
# listed the Youth Union's Central Committee twice, once "– Hà Nội" (its place-date line) and once "– chưa rõ địa
# phương" (a citation).  "… trực thuộc Trung ương" is a city's standing, not the centre.
_CENTRAL_NAME = re.compile(r"(?<![^\W_])(?<!trực thuộc )trung ương(?![^\W_])")

# Names of one body the listing reads as one, past the spellings :func:`issuer_key` joins: the Youth Union's Central
# Committee ("Trung ương Đoàn", "Ban Chấp hành Trung ương Đoàn", "… Đoàn TNCS Hồ Chí Minh"), the Party's Secretariat
# ("Ban Bí thư", "Ban Bí thư Trung ương Đảng"), the Party's Central Committee ("BCHTW"), the Prime Minister.
_ONE_BODY: tuple[tuple[re.Pattern[str], str], ...] = (  # read on the key without diacritics; the body's name
    (re.compile(r"^(?:ban chap hanh )?trung uong doan(?: tncs ho chi minh| thanh nien cong san ho chi minh)?$"),
     "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh"),
    (re.compile(r"^ban bi thu trung uong dang(?: cong san viet nam)?$"), "Ban Bí thư"),
    (re.compile(r"^bchtw$"), "Ban Chấp hành Trung ương"),
    (re.compile(r"^thu tuong$"), "Thủ tướng Chính phủ"),
)
# Issuer codes whose numbers are national: the Party's central bodies (…TW) and the State's
# central ones: Government, Prime Minister, National Assembly, ministries, and the old Council of
# Ministers and Council of State ("Quyết định số 69-HĐBT", "Pháp lệnh … số 12-LCT/HĐNN").
_NATIONAL_PARTY = re.compile(r"^[^\W\d_]*TW$")
_NATIONAL_STATE = re.compile(rf"^(?:(?:UBTV)?QH\d*|{'|'.join(CENTRAL_STATE_CODES)})$", re.IGNORECASE)
_GOVERNMENT = frozenset({"TTg", "TTG", "CP", "HĐBT", "HĐNN"})
# Words that name a place in an issuer, and the place after them: "UBND huyện DMC", "tỉnh Quảng Nam",
# "Thành ủy Tam Kỳ", "Tỉnh ủy Bắc Kạn"; the place starts with a capital ("Tỉnh ủy về …" names none).
_PLACE = re.compile(
    r"(?<![^\W_])(?:(?:tỉnh|huyện|xã|phường|quận|thị xã|thị trấn|thành phố|tp\.?)(?![ \t]+ủy)"
    r"|(?:tỉnh|huyện|thành|thị|quận)[ \t]+ủy)[ \t]+(?P<place>[^\W\d_][^,;()\n]*)",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=1 << 14)  # a corpus has a few hundred issuers, asked after again and again
def place_of(name: str) -> str | None:
    """The place an issuer name names ("Ủy ban nhân dân huyện DMC" → "DMC"), or None."""
    for m in _PLACE.finditer(new_tone(nfc(name))):
        if m.group("place")[0].isupper():
            return collapse_space(name[m.start("place") : m.end("place")]).strip(" .")
    return None


@functools.lru_cache(maxsize=4096)
def issuer_key(name: str) -> str:
    """The comparison key of an issuer name: NFC, new tone placement, abbreviations spelt out,
    case and spacing ignored ("Tỉnh uỷ" ≡ "Tỉnh ủy", "UBND tỉnh" ≡ "Ủy ban nhân dân tỉnh")."""
    text = text_key(normalise_dashes(name))
    if _SECTOR.search(text):
        text = _SECTOR.sub(lambda m: _SECTOR_SPELT[(m.lastindex or 1) - 1], text)
    words = [ABBREVIATIONS.get(w, w) for w in _WORD.findall(text)]
    return _PARTY_NAME.sub("", _TERM.sub("", _HEAD_OF.sub("", collapse_space(" ".join(words)))))


@functools.lru_cache(maxsize=4096)
def _group_key(name: str) -> str:
    """The listing's key of an issuer name: :func:`issuer_key`, one body's other names joined (``_ONE_BODY``), a
    ministry's without spaces (``_MINISTRY_COMPACT``)."""
    key = issuer_key(name)
    if _MINISTRY_COMPACT.match(compact := key.replace(" ", "")):
        return compact  # one ministry however its words were spaced
    folded = fold(key)
    return next((issuer_key(body) for pattern, body in _ONE_BODY if pattern.match(folded)), key)


def _is_ministry(key: str) -> bool:
    """Whether an issuer key (:func:`issuer_key`) names a ministry: a central body wherever it is cited from."""
    return _MINISTRY_COMPACT.match(key.replace(" ", "")) is not None


def has_locality(name: str) -> bool:
    """Whether an issuer name says where it is ("UBND huyện DMC", "Tỉnh ủy Bắc Kạn")."""
    return place_of(name) is not None


def locality_key(place: str) -> str:
    """A place name as a key: "Huyện DMC" ≡ "huyện  DMC"; diacritics folded (typed without them)."""
    return fold(issuer_key(place))


@functools.lru_cache(maxsize=4096)
def is_national(number: str) -> bool:
    """Whether a number names one document nationwide (its issuer code is a central body's)."""
    parts = parse_number(number)
    if parts is None or not parts.issuer_code:
        return False
    codes = [c.replace("&", "") for c in re.split(r"[-/]", parts.issuer_code) if c]  # "BGD&ĐT" is "BGDĐT"
    if parts.system == "party":
        # "362-QĐ/TTg": a State number typed with the Party's dash; only the Government's own codes are read so, as a
        # ministry's code may be a local Party board's ("…/BTC", a congress's organising board)
        return bool(codes) and (_NATIONAL_PARTY.match(codes[0]) is not None or codes[0] in _GOVERNMENT)
    return any(_NATIONAL_STATE.match(code) for code in codes)


def portal_province(portal: Mapping[str, Any]) -> str:
    """The province the portal config names (``portal: province:``), "" when it names none."""
    value = portal.get("province") if isinstance(portal, Mapping) else None
    return collapse_space(nfc(value)).strip() if isinstance(value, str) else ""


# What a local issuer whose province is unknown is listed with when its name is known in several provinces
UNKNOWN_PROVINCE = "chưa rõ tỉnh"
# The locality of a province's office (vanban.provincial_bodies): its province's key after this mark
_PROVINCE_LEVEL = "q:"
# The locality of a body of some level whose place nothing tells ("Ủy ban nhân dân tỉnh" signed with no place, cited
# from nowhere): this mark and the document's id, a group of its own; two such are never one body by their name alone
_UNPLACED = "?"


def _local(locality: str) -> bool:
    """Whether *locality* is a district or commune body's province mark ("p:…", "p?"), not a place's key ("phan
    thiet": the 702-original site listed Sở GD&ĐT of Phan Thiết and of Phan Rang-Tháp Chàm as one "chưa rõ")."""
    return locality == "p?" or locality.startswith("p:")


def _central_keys(documents: Iterable[Document]) -> set[str]:
    """The issuer keys every coded number of which is national ("Chính phủ", "Hội đồng Bộ trưởng"): one
    body wherever its documents say they were signed ("Hà Nội, ngày …" or no place), never listed once per place.
    A name also seen with a local number ("Ban Thường vụ Tỉnh ủy" of a "…-NQ/TW" misread) stays told apart by place."""
    national: dict[str, bool] = {}
    for doc in documents:
        parts = parse_number(doc.number) if doc.issuer and doc.number else None
        if parts is not None and parts.issuer_code and not is_local(doc.issuer):  # a bare "số 12" tells nothing
            key = _group_key(doc.issuer)
            national[key] = national.get(key, True) and is_national(doc.number)
    return {key for key, every in national.items() if every}


def _identities(documents: Iterable[Document], province: str,
                written: dict[str, str] | None = None) -> dict[str, tuple[str, str]]:
    """Document id → (issuer key, locality) as the text tells: a local body ("UBND huyện Châu Thành") is keyed by its
    province (:func:`vanban.provinces.document_province`: the name's, its managing body's, the portal's *province* for
    a held document, the citers' for a stub), an unknown one
    ("?") takes the only province known for its name; a province's office by its province (*written* gets it as
    written, by document id); other bodies by the place the name says, else their địa danh."""
    documents = list(documents)
    central = _central_keys(documents)
    identity: dict[str, tuple[str, str]] = {}
    known: dict[str, set[str]] = defaultdict(set)
    for doc in documents:
        if not doc.issuer:
            identity[doc.id] = ("", "")
        elif is_local(doc.issuer):
            where = document_province(doc, province)
            key = issuer_key(local_body(doc.issuer))
            identity[doc.id] = (key, "p:" + province_key(where) if where else "p?")
            if where:
                known[key].add(identity[doc.id][1])
        elif (key := _group_key(doc.issuer)) in central or _is_ministry(key) or _CENTRAL_NAME.search(key):
            identity[doc.id] = (key, "")
        elif (split := province_level(doc, province)) is not None:  # a province's office, its province said or not
            old = "tinh " if old_province(doc.issuer, split[1]) else ""
            identity[doc.id] = (issuer_key(split[0]), _PROVINCE_LEVEL + old + province_key(split[1]))
            if written is not None:
                written[doc.id] = split[1]
        elif place_of(doc.issuer):
            identity[doc.id] = (key, "")
        elif not (place := doc.place or doc.cited_from) and levelled(doc.issuer) and not (doc.held and province):
            # nothing says which one (a held one: the portal's province would): never merged with another
            identity[doc.id] = (key, _UNPLACED + doc.id)
        else:  # by its place (a stub: where its citers are), under the key its spellings with a province have
            identity[doc.id] = (_group_key(without_level(doc.issuer)), locality_key(place) if place else "")
    for doc_id, (key, locality) in identity.items():
        if locality == "p?" and len(known[key]) == 1:
            identity[doc_id] = (key, next(iter(known[key])))
    return identity


def issuer_groups(documents: Iterable[Document], province: str = "") -> dict[str, str]:
    """Document id → the issuer group it is listed under (``/co-quan/``): one group per issuer,
    spelling variants together ("Tỉnh uỷ" and "Tỉnh ủy"), the same name in two places apart
    ("Ban Thường vụ Tỉnh ủy" of Tam Kỳ and of Tây Ninh, told apart by the địa danh when the name
    does not say; "UBND huyện Châu Thành" of Tiền Giang and of Bến Tre, by their province).  A group is named by its
    most common spelling, with the place added after a dash when the same name is listed for several places
    ("Ban Thường vụ Tỉnh ủy – Tam Kỳ"; a stub by where its citers are) and a local body's province whenever it is
    known ("UBND huyện Tân Yên – tỉnh Bắc Giang"; "– chưa rõ tỉnh" when its name is known in several provinces and
    the text does not say which); documents without an issuer are in group "".  A body named by its level alone whose
    place nothing tells ("Ủy ban nhân dân tỉnh") is a group of its own, "– chưa rõ địa phương"; one cited from a
    district or a commune is never labelled with that place ("– chưa rõ địa phương, dẫn từ Tam Kỳ"); two groups
    never share a label (:func:`vanban.issuer_places.apart`).  An issuer an import read and no person has checked
    (``unverified: issuer``) is group "" too and takes no part in naming or placing the others: a misread name would
    otherwise get a listing page and a feed of its own, or join a real body's, as fact (principle 2)."""
    given = list(documents)
    docs = [doc for doc in given if not doc.issuer_doubted]
    doubted = {doc.id: "" for doc in given if doc.issuer_doubted}
    written: dict[str, str] = {}  # a province's office: its province as written
    identity = _identities(docs, province, written)
    forms: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    places: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    localities: dict[str, set[str]] = defaultdict(set)
    members: dict[tuple[str, str], list[Document]] = defaultdict(list)
    own_place: set[tuple[str, str]] = set()  # groups a document of which says its own place (not only its citers')
    for doc in docs:
        ident = identity[doc.id]
        if not doc.issuer:
            continue
        members[ident].append(doc)
        if doc.place:
            own_place.add(ident)
        if _local(ident[1]):  # a local body: its name without the province, the province as written
            forms[ident][local_body(doc.issuer)] += 1
            where = document_province(doc, province)
            if where and ident[1] != "p?":
                places[ident][province_shown(where)] += 1
        elif ident[1].startswith(_PROVINCE_LEVEL):
            forms[ident][doc.issuer] += 1  # as written, its province said or not
            places[ident][province_shown(written[doc.id])] += 1
        else:
            forms[ident][doc.issuer] += 1
            place = doc.place or doc.cited_from
            if place:
                places[ident][place] += 1
        localities[ident[0]].add(ident[1])
    shown: dict[tuple[str, str], str] = {("", ""): ""}
    for ident, counter in forms.items():
        # a province's office by a spelling that names its province ("Ủy ban nhân dân tỉnh Quảng Nam" before "UBND
        # tỉnh": no "HĐND tỉnh – tỉnh Quảng Nam"); then the most common spelling, on a tie not in capitals ("Ủy ban Dân
        # tộc" before "ỦY BAN DÂN TỘC"), the new tone placement ("Tỉnh ủy"), then the first in order
        office = ident[1].startswith(_PROVINCE_LEVEL)
        name = min(counter, key=lambda form: (office and not provinces_named(form), -counter[form], form.isupper(),
                                              form != new_tone(form), form))
        if ident[1] == "p?":
            name = f"{name} – {UNKNOWN_PROVINCE}" if len(localities[ident[0]]) > 1 else name
        elif office:
            place = min(places[ident], key=lambda p: (-places[ident][p], p))
            name = name if province_key(place) in {province_key(p) for p in provinces_named(name)} else f"{name} – {place}"
        elif ident[1].startswith(_UNPLACED):
            name = f"{name} – {UNKNOWN_PLACE}"
        elif ident[1].startswith("p:") or len(localities[ident[0]]) > 1:
            place = min(places[ident], key=lambda p: (-places[ident][p], p)) if places[ident] else UNKNOWN_PLACE
            if not _local(ident[1]) and ident not in own_place and levelled(name) and not province_place(place):
                # its citers' place may be of another level ("Ban Thường vụ Tỉnh ủy" cited from a commune): said as theirs
                place = f"{UNKNOWN_PLACE}, dẫn từ {place}"
            name = f"{name} – {place}"  # a dash, not brackets: the listing shows the count in brackets
        shown[ident] = name
    apart(shown, members)
    return {**{doc_id: shown[ident] for doc_id, ident in identity.items()}, **doubted}


def issuer_problems(documents: Iterable[Document], province: str = "") -> list[Problem]:
    """A warning at each held document whose local issuer's province the text does not say while the same name is
    known in two or more provinces: its listing keeps it apart ("– chưa rõ tỉnh") rather than guess."""
    docs = list(documents)
    identity = _identities(docs, province)
    known: dict[str, set[str]] = defaultdict(set)
    for key, locality in identity.values():
        if locality.startswith("p:"):
            known[key].add(locality)
    problems: list[Problem] = []
    for doc in docs:
        key, locality = identity[doc.id]
        if doc.held and locality == "p?" and len(known[key]) > 1:
            problems.append(Problem(
                doc.source, doc.key_lines.get("issuer", 1), "issuer",
                f"“{doc.issuer}” trùng tên với cơ quan ở {len(known[key])} tỉnh mà văn bản không cho biết thuộc tỉnh nào; "
                f"danh sách cơ quan ban hành để riêng ({UNKNOWN_PROVINCE})",
                "ghi thêm tỉnh vào tên cơ quan, ví dụ “… huyện Châu Thành, tỉnh Tiền Giang”, hoặc khai báo "
                "province: trong khối portal của mkdocs.yml",
                Severity.WARNING,
            ))
    return problems


def issuer_slugs(documents: Iterable[Document], province: str = "") -> dict[str, tuple[str, str]]:
    """Document id → (its issuer group's name, the group's slug under ``/co-quan/``), for every
    document of *documents* (held and cited, as the listing has them): the listing page and the
    issuer's feed are named from the group (:func:`issuer_groups`), never from a raw spelling, so
    "UBND tỉnh X" and "Ủy ban nhân dân tỉnh X" share one feed and two provinces' "Tỉnh ủy" do not."""
    group = issuer_groups(documents, province)
    slugs = unique_slugs(set(group.values()))
    return {doc_id: (name, slugs[name]) for doc_id, name in group.items()}
