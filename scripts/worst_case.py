"""Worst-case time of every core pattern and of every stage a content file reaches, at n, 2n and 4n.

    python scripts/worst_case.py patterns            # each module-level pattern against pumped inputs
    python scripts/worst_case.py patterns --only citations.numbers
    python scripts/worst_case.py stages              # import of .txt/.html, analysis, check: hostile shapes
    python scripts/worst_case.py --report            # both, the growing ones only (a short report)

Findings and fixes so far: tests/test_worst_case.py (each one's worst input, its work counted at n and 4n).

Why: about 440 patterns read text a clerk or an imported file supplies, and one with nested or adjacent
unbounded repeats can take quadratic or exponential time on a line no real document holds (a wall of
dots, "số 1/1/1/…"). For a pattern the probe builds its attacks from the pattern's own parse tree: for
every repeat it writes a string that reaches the repeat, repeats its body k times and then fails (the
classic prefix + pump^k + suffix), and it adds the shapes a hostile file holds (long runs of one
character, near-matches repeated). Each input is searched at k, 2k and 4k; a time that grows more than
about 6x for 4x the text (linear gives 4x) at a size worth measuring is a finding. A profile to read,
not a test: timing belongs here, never in tests (run it alone on the machine: its figures are wall times).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import pkgutil
import re
import re._constants as c
import re._parser as parser
import signal
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

LIMIT = 2.0  # seconds one search may take before it counts as a hang
GROWTH = 6.0  # t(4k) / t(k) above this: super-linear
WORTH = 0.005  # s at 4k below which growth is noise

CATEGORY = {
    c.CATEGORY_DIGIT: "1", c.CATEGORY_NOT_DIGIT: "a", c.CATEGORY_SPACE: " ", c.CATEGORY_NOT_SPACE: "a",
    c.CATEGORY_WORD: "a", c.CATEGORY_NOT_WORD: " ", c.CATEGORY_LINEBREAK: "\n", c.CATEGORY_NOT_LINEBREAK: "a",
}
# Shapes a hostile or broken file holds, whatever the pattern (each repeated k times).
GENERIC = [
    " ", ".", "-", "/", "_", "…", "\t", "a", "1", "A", "Đ", "số 1/", "1/", "1-", "1.", "a ", "A ", "Số ", "số ",
    "( ", "(", "[", "\"", "'", ",", ";", ":", ". ", "- ", " -", "1/1", "Nghị quyết ", "ngày 1 ", "tháng ",
    "Điều 1 ", "khoản 1, ", "điểm a, ", "UBND ", "Ủy ban nhân dân ", "Căn cứ ", "của ", "và ", "QĐ-", "/QĐ",
    "NQ/TW ", "1 2 ", "a.", "I.", "1)", "a)", "– ", "—", "*", "#", "|", " | ", "<", "&", "\u200b", "\u00a0",
]
TAILS = ["", "\x00", "!"]


def core_patterns(only: str = "") -> dict[str, re.Pattern[str]]:
    """Every compiled pattern held at module level by vanban outside its MkDocs adapter."""
    import vanban

    found: dict[str, re.Pattern[str]] = {}
    for info in pkgutil.walk_packages(vanban.__path__, "vanban."):
        if info.name.startswith("vanban.mkdocs"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                key = f"{info.name.removeprefix('vanban.')}.{name}"
                if only in key:
                    found.setdefault(key, value)
    return found


class _Stop(Exception):
    pass


def _one(op: Any, av: Any) -> str:
    if op is c.LITERAL:
        return chr(av)
    if op is c.NOT_LITERAL:
        return "x" if av != ord("x") else "y"
    if op is c.RANGE:
        return chr(av[0])
    if op is c.CATEGORY:
        return CATEGORY.get(av, "a")
    return "a"


def _sample(items: Any, pump: int, k: int, out: list[str]) -> None:
    """Append a string *items* match, minimal repeats, the repeat numbered *pump* repeated k times
    (then :class:`_Stop`: what follows the pump is left for the tail to fail)."""
    for op, av in items:
        if op in (c.LITERAL, c.NOT_LITERAL, c.ANY):
            out.append(_one(op, av))
        elif op is c.IN:
            members = [m for m in av if m[0] is not c.NEGATE]
            out.append(_one(*members[0]) if members and av[0][0] is not c.NEGATE else "x")
        elif op is c.BRANCH:
            branches = av[1]
            chosen = next((b for b in branches if _holds(b, pump)), branches[0])
            _sample(chosen, pump, k, out)
        elif op is c.SUBPATTERN:
            _sample(av[-1], pump, k, out)
        elif op is c.ATOMIC_GROUP:
            _sample(av, pump, k, out)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            if id(av) == pump:
                for _ in range(k):
                    _sample(av[2], -1, 1, out)
                raise _Stop
            times = av[0] if not _holds(av[2], pump) else max(av[0], 1)
            for _ in range(times):
                _sample(av[2], pump, k, out)


def _holds(items: Any, pump: int) -> bool:
    return any(id(av) == pump for av in _repeats(items))


def _repeats(items: Any) -> Iterator[Any]:
    for op, av in items:
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            yield av
            yield from _repeats(av[2])
        elif op is c.BRANCH:
            for b in av[1]:
                yield from _repeats(b)
        elif op is c.SUBPATTERN:
            yield from _repeats(av[-1])
        elif op is c.ATOMIC_GROUP:
            yield from _repeats(av)
        elif op in (c.ASSERT, c.ASSERT_NOT):
            yield from _repeats(av[1])


def attacks(pattern: re.Pattern[str]) -> Iterator[tuple[str, Callable[[int], str]]]:
    """(name, k -> input) for every unbounded-ish repeat of *pattern*, and the generic shapes."""
    tree = parser.parse(pattern.pattern, pattern.flags)
    for n, av in enumerate(_repeats(tree)):
        if av[1] < 20:
            continue
        for tail in TAILS:
            def make(k: int, av: Any = av, tail: str = tail) -> str:
                out: list[str] = []
                with contextlib.suppress(_Stop):
                    _sample(tree, id(av), k, out)
                return "".join(out) + tail
            yield f"repeat{n}{tail!r}", make
        body: list[str] = []
        _sample(av[2], -1, 1, body)
        pump = "".join(body) or " "
        yield f"repeat{n}-alone", lambda k, pump=pump: pump * k
        lead: list[str] = []
        with contextlib.suppress(_Stop):
            _sample(tree, id(av), 1, lead)
        step = "".join(lead) or " "  # reach the repeat again and again: a search that scans on from each
        yield f"repeat{n}-again", lambda k, step=step: step * k
    for shape in GENERIC:
        yield f"generic{shape!r}", lambda k, shape=shape: shape * k


def _timed(run: Callable[[], Any]) -> float:
    signal.setitimer(signal.ITIMER_REAL, LIMIT)
    start = time.perf_counter()
    try:
        run()
    except TimeoutError:
        return float("inf")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return time.perf_counter() - start


def _raise(*_: Any) -> None:
    raise TimeoutError


def growth(make: Callable[[int], str], run: Callable[[str], Any], size: int) -> tuple[float, float, float]:
    """Time of *run* on the input of about *size*, 2x and 4x characters (k scaled from a probe)."""
    unit = max(len(make(10)), 1) / 10
    k = max(int(size / unit), 1)
    times = []
    for m in (1, 2, 4):
        text = make(k * m)
        times.append(min(_timed(lambda text=text: run(text)) for _ in range(3)))  # the least disturbed of three
        if times[-1] == float("inf"):
            return (times + [float("inf")] * 3)[:3]  # type: ignore[return-value]
    return tuple(times)  # type: ignore[return-value]


def super_linear(times: tuple[float, float, float]) -> bool:
    a, b, d = (max(t, 1e-6) for t in times)
    return d == float("inf") or (d > WORTH and d / a > GROWTH and b / a > 2.4 and d / b > 2.4)


def probe_patterns(only: str, size: int, report: bool) -> list[str]:
    findings = []
    for name, pattern in sorted(core_patterns(only).items()):
        worst: tuple[float, str, tuple[float, float, float]] | None = None
        for attack, make in attacks(pattern):
            times = growth(make, pattern.search, size)
            if super_linear(times) and (worst is None or times[2] > worst[0]):
                worst = (times[2], attack, times)
        if worst:
            line = f"{name}: {worst[1]} " + " / ".join(f"{t * 1000:.1f}" for t in worst[2]) + " ms"
            findings.append(line)
            print(line, flush=True)
        elif not report:
            print(f"{name}: linear", flush=True)
    return findings


def stage_runs() -> dict[str, Callable[[str], Any]]:
    """The stages a content file's body or an imported text reaches, each as text -> work."""
    from vanban.citations import extract
    from vanban.corpus import parse_text
    from vanban.deadlines import extract_deadlines
    from vanban.deadlines.blocks import blocks
    from vanban.importer.analyse import analyse as import_analyse
    from vanban.importer.readers.html import read_html_source
    from vanban.importer.readers.plain import read_text_lines
    from vanban.tracking.tasks import assignments

    head = "---\ntype: Kế hoạch\nnumber: 1/KH-UBND\nissuer: UBND xã A\ntitle: Thử\ndate: 2024-01-02\n---\n"

    def tasks(text: str) -> Any:
        read = tuple(blocks(text))
        return assignments(text, extract_deadlines(text, read=read), 0, read=read)

    return {
        "citations": lambda t: extract(t, own_number="1/KH-UBND", title="Thử"),
        "deadlines": lambda t: extract_deadlines(t),
        "tracking": tasks,
        "content-file": lambda t: parse_text("x.md", head + t),
        "import-txt": lambda t: import_analyse(read_text_lines(t, markdown_source=False), Path("x.txt")),
        "import-html": lambda t: import_analyse(read_html_source("<p>" + t.replace("\n", "</p><p>") + "</p>"),
                                                Path("x.html")),
    }


STAGE_SHAPES: dict[str, Callable[[int], str]] = {
    "number-chain": lambda k: "Căn cứ Quyết định số " + "1/" * k + "QĐ-UBND",
    "so-chain": lambda k: "số 1/" * (k // 5 + 1),
    "dots": lambda k: "Thời hạn " + "." * k,
    "spaces": lambda k: "Giao " + " " * k + "x",
    "dashes": lambda k: "-" * k,
    "one-line": lambda k: "Ủy ban nhân dân tỉnh giao Sở Tài chính báo cáo trước ngày 1/1/2025 " * (k // 70 + 1),
    "short-lines": lambda k: "a\n" * (k // 2),
    "cite-lines": lambda k: "Căn cứ Nghị định số 1/2020/NĐ-CP;\n" * (k // 34 + 1),
    "nested-list": lambda k: "".join("  " * (i % 40) + "- mục\n" for i in range(k // 50 + 1)),
    "table": lambda k: "| a | b |\n|---|---|\n" + "| 1 | Sở Tài chính trước ngày 1/1/2025 |\n" * (k // 40 + 1),
    "header-block": lambda k: "ỦY BAN NHÂN DÂN\nTỈNH A\nSố: 1/KH-UBND\n" * (k // 34 + 1),
    "duties": lambda k: "Giao Sở Tài chính, Sở Nội vụ, " * (k // 30 + 1) + "thực hiện.",
    "dates": lambda k: "ngày 1 tháng 1 năm 2024, " * (k // 25 + 1),
    "clauses": lambda k: "khoản 1, " * (k // 9 + 1) + "Điều 1 Luật",
    "parens": lambda k: "(" * (k // 2) + ")" * (k // 2),
    "semicolons": lambda k: "Sở A; " * (k // 6 + 1),
    "colons": lambda k: "như sau: " * (k // 9 + 1),
    "upper": lambda k: "QUYẾT ĐỊNH " * (k // 11 + 1),
    "zero-width": lambda k: "Sở\u200b Tài\u200b chính " * (k // 15 + 1),
}


def probe_stages(size: int, report: bool, only: str = "") -> list[str]:
    findings = []
    for stage, run in stage_runs().items():
        if only and only not in stage:
            continue
        for shape, make in STAGE_SHAPES.items():
            times = growth(make, run, size)
            bad = super_linear(times)
            line = f"{stage} {shape}: " + " / ".join(f"{t * 1000:.1f}" for t in times) + " ms"
            if bad:
                findings.append(line)
            if bad or not report:
                print(line + (" SUPER-LINEAR" if bad else ""), flush=True)
    return findings


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("what", nargs="?", choices=["patterns", "stages"], default=None)
    ap.add_argument("--only", default="", help="a part of the pattern's or stage's name")
    ap.add_argument("--size", type=int, default=0, help="characters at n (patterns 2,000; stages 5,000)")
    ap.add_argument("--report", action="store_true", help="print only what grows faster than linear")
    args = ap.parse_args(argv)
    signal.signal(signal.SIGALRM, _raise)
    found = []
    if args.what in (None, "patterns"):
        found += probe_patterns(args.only, args.size or 2000, args.report)
    if args.what in (None, "stages"):
        found += probe_stages(args.size or 5000, args.report, args.only)
    print(f"{len(found)} super-linear")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
