"""The type a number's code names (ND 30 Phụ lục III; HD 36-HD/VPTW for the Party's), set against the type line."""

from __future__ import annotations

import re

from ..citations import parse_number
from ..glossary import DOCUMENT_TYPES
from ..text import collapse_space, fold
from .patterns import is_upper
from .result import ImportResult
from .window import Piece

QUALIFIER = re.compile(r"^\((?P<q>[^()]{2,30})\)\s*[.:]?\s*")  # "(BỔ SUNG)", "(SỬA ĐỔI)", "(DỰ THẢO)"


def type_from_number(number: str) -> str | None:
    """The type a number's code names ("21/KH-UBND" → Kế hoạch), when it names exactly one."""
    parts = parse_number(number) if number else None
    if parts is None:
        return None
    code = parts.type_code
    if not code:  # "01/2004/TTLT/BVHTT-BYT": a joint type's code stands among the issuers' codes
        joint = {"TTLT": "Thông tư liên tịch", "NQLT": "Nghị quyết liên tịch"}
        found = [joint[c] for c in re.split(r"[/-]", (parts.issuer_code or "").upper()) if c in joint]
        return found[0] if len(found) == 1 else None
    party = parts.system == "party"
    names = [t.name for t in DOCUMENT_TYPES if (t.party_code if party else t.state_code) == code]
    return names[0] if len(names) == 1 else None


_STATE_TYPE_CODES = frozenset(t.state_code for t in DOCUMENT_TYPES if t.state_code)
_BY_STATE_CODE = {t.state_code.upper(): t.name for t in DOCUMENT_TYPES if t.state_code}


def slash_code_type(number: str) -> str | None:
    """The type the first code after a number's slash names, where the number reader finds no type code: an old or
    school number the reader does not take apart ("04-1974/TT" → Thông tư, "03/KH.THCS" → Kế hoạch). Only a doubt's
    evidence, never a value: a code there may still be a body's ("537-TC/QLCS" has none after its slash)."""
    if "/" not in number or type_from_number(number):
        return None
    codes = [c for c in re.split(r"[/.\-\s]+", number.split("/", 1)[1]) if c and not re.fullmatch(r"\d+[a-zA-Z]?", c)]
    return _BY_STATE_CODE.get(codes[0].upper()) if codes else None


def is_letter_number(number: str) -> bool:
    """A State number with no type code ("722/UBND-MT", "2482/BGTVT-KHĐT"): ND 30 numbers a công văn so."""
    parts = parse_number(number) if number else None
    if parts is None or parts.system != "state" or parts.type_code:
        return False
    return not any(code in _STATE_TYPE_CODES for code in re.split(r"[-./&]", parts.issuer_code or ""))


def verb_not_type(piece: Piece, kind: tuple[str, str], by_number: str | None,
                   result: ImportResult) -> tuple[str, str]:
    """"Số: 15/2022/TT-BTNMT" over "QUY ĐỊNH KỸ THUẬT VỀ …": a copy that lost the type line, so the trích yếu's
    first word, a verb that also names a type ("quy định", "hướng dẫn"), stands in its place. When the number's
    code (a State one) names another type and the line goes on in capitals, the line is the trích yếu and the type
    the number's."""
    number = str(result.fields.get("number") or "")
    parts = parse_number(number)
    slashed = None if by_number else slash_code_type(number)  # "04-1974/TT": an old number the reader leaves whole
    by_number = by_number or slashed
    if (not by_number or by_number.startswith(kind[0]) or not kind[1] or not is_upper(piece.text)
            or (not slashed and (parts is None or parts.system != "state")) or QUALIFIER.match(kind[1])
            or fold(kind[1]).upper().startswith("CUA ")):
        return kind  # a Party's codes ("216-QĐ/TW" for a Quy định) and "KẾ HOẠCH Phòng, chống …" name their type
    result.notes.append(f"dòng “{collapse_space(piece.text)}” mở bằng “{kind[0]}” nhưng số ký hiệu mang mã của "
                        f"{by_number}: dòng ấy là trích yếu, loại văn bản theo số")
    return by_number, collapse_space(piece.text)


def check_type(result: ImportResult) -> None:
    """Prefer "Thông tư liên tịch" to "Thông tư" when the number says so; report a disagreement."""
    kind = str(result.fields.get("type") or "")
    by_number = type_from_number(str(result.fields.get("number") or ""))
    if not kind or not by_number or by_number == kind:
        return
    if by_number.startswith(kind):
        result.fields["type"] = by_number
    else:
        result.unsure.append(("type", f"dòng tên loại ghi “{kind}” nhưng mã trong số ký hiệu là của “{by_number}”"))


