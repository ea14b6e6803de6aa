"""What the finished relation graph tells the editor (:func:`vanban.graph.build_graph` adds them to the site's
problems): a citation whose relation the text does not settle, a number without a code that two citations name
apart, a cycle of carrying out or replacing. Each reads the graph or its stubs after resolution, never changes them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from .citations import Citation
from .documents import Document
from .owners import codeless
from .problems import Problem, Severity
from .relation_graph import Graph
from .site import SiteModel
from .stubs import StubInfo, most_common

__all__ = ["codeless_apart", "cycles", "unsettled_note"]


def unsettled_note(doc: Document, citation: Citation) -> Problem:
    """The note at a citation whose relation the text does not settle (:mod:`vanban.citations.settledness`): the page
    shows the document as related, not carried out, and tracking does not count it; the editor settles it in the text
    or in front matter.  A note (fails nothing, not even --strict): nothing wrong is published, and the sentence may be
    one the editor cannot rewrite (a copied original)."""
    number = citation.number
    label = f"{citation.type} {number}" if citation.type else number
    return Problem(
        doc.source, citation.line or doc.line_of("title"), "trích dẫn",
        f"câu này chưa cho biết văn bản thực hiện hay chỉ nhắc đến {label}:"
        " trang văn bản ghi là “Liên quan: chưa rõ là thực hiện hay chỉ dẫn chiếu” và không tính là đã thực hiện",
        f"nếu là thực hiện, viết “Thực hiện {label} …” ở đầu câu, hoặc ghi số {number} vào implements: trong"
        f" front matter; nếu chỉ nhắc đến, ghi vào mentions:",
        Severity.NOTE)


def codeless_apart(stubs: Mapping[str, StubInfo], site: SiteModel) -> list[Problem]:
    """A warning at each citation of a number without a code (:func:`vanban.owners.codeless`) that another citation
    in the same place names with another type or body: "Chỉ thị 17" and "Nghị quyết 17", "Thông tư 14/2018" and
    "Quyết định 14/2018" are kept apart (two stub pages, no merge), and the editor is told why."""
    groups: dict[str, list[StubInfo]] = defaultdict(list)
    for key, info in stubs.items():
        if codeless(info.number):
            groups[key.split("#", 1)[0]].append(info)
    problems: list[Problem] = []
    for infos in groups.values():
        if len(infos) < 2:
            continue
        named = [_named(info) for info in infos]
        for info, name in zip(infos, named, strict=True):
            first = site.documents.get(info.citers[0])
            others = ", ".join(f"“{other}”" for other in named if other != name)
            problems.append(Problem(
                first.source if first else "", info.first_line, "trích dẫn",
                f"số {info.number} không có ký hiệu nên không rõ là văn bản nào: “{name}” và {others} cùng số này"
                " được giữ thành các trang riêng, không gộp",
                "ghi đủ số và ký hiệu văn bản trong câu trích dẫn (ví dụ “17/CT-UBND”, “14/2018/TT-BGDĐT”),"
                " hoặc khai báo implements: trong front matter",
                Severity.WARNING))
    return problems


def _named(info: StubInfo) -> str:
    """How a stub's citers name it: its type, number and issuer ("Chỉ thị 17 của Huyện ủy")."""
    issuer = most_common(info.issuers)
    return " ".join(part for part in (most_common(info.types), info.number) if part) + (f" của {issuer}" if issuer else "")


_CYCLE_WORDS = {
    "implements": ("trích dẫn", "vòng thực hiện: {a} và {b} thực hiện lẫn nhau",
                   "kiểm tra lại quan hệ thực hiện (implements) giữa hai văn bản", Severity.WARNING),
    "replaces": ("replaces", "vòng thay thế: {a} thay thế {b}, mà {b} lại (trực tiếp hay gián tiếp) thay thế {a}",
                 "một văn bản chỉ thay thế văn bản ban hành trước nó: sửa replaces của một trong hai", Severity.ERROR),
}


def cycles(graph: Graph, relation: str) -> list[Problem]:
    """Report cycles of *relation* once each; iterative colouring DFS, linear in edges."""
    field_name, message, fix, severity = _CYCLE_WORDS[relation]
    problems: list[Problem] = []
    colour: dict[str, int] = {}
    for start in graph.documents:
        if start in colour:
            continue
        stack: list[tuple[str, int]] = [(start, 0)]
        colour[start] = 1
        while stack:
            node, index = stack[-1]
            outs = graph.targets(node, relation)
            if index < len(outs):
                stack[-1] = (node, index + 1)
                nxt = outs[index].target
                if colour.get(nxt) == 1:
                    doc = graph.documents[node]
                    other = graph.documents[nxt]
                    problems.append(Problem(
                        doc.source or other.source, outs[index].line or 1, field_name,
                        message.format(a=doc.label, b=other.label), fix, severity))
                elif nxt not in colour:
                    colour[nxt] = 1
                    stack.append((nxt, 0))
            else:
                colour[node] = 2
                stack.pop()
    return problems
