"""The schema fast path changes no result: it only ever says "valid" when jsonschema would too.

`schema_problems` answers most front matters with a check compiled from the schema file and
hands the rest to `jsonschema_problems` (the full validation, as before). Here both run on the
real content, the Word fixtures' imports and thousands of mutations of them, and must agree;
a fast "valid" is also confirmed against a fresh jsonschema validator.
"""

from __future__ import annotations

import dataclasses
import random
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from conftest import ROOT
from vanban.frontmatter import FrontMatter, split
from vanban.importer import import_file, render_content
from vanban.problems import Problem
from vanban.schema import (
    UnsupportedSchema,
    certainly_valid,
    compile_check,
    jsonschema_problems,
    load_schema,
    schema_problems,
)

FM = """---
number: 1/KH-UBND
type: Kế hoạch
issuer: Ủy ban nhân dân xã Tân Hòa
date: 2025-03-01
title: Tuyên truyền chuyển đổi số
---
Nội dung.
"""

# Values of the wrong type, empty, just outside a range or pattern, or of a type YAML rarely gives.
ODD_VALUES: list[Any] = [
    0, 1, -5, 1899, 1900, 2025, 2100, 2101, 1.5, 2025.0, float("nan"), True, False, None,
    "", " ", "x", "Kế hoạch", "còn hiệu lực", "hết hiệu lực", "2025", "2025-03-07", "2025-3-7", " 2025-03 ",
    "2025-02-31", "2025-2", "2025-", "25-03-07", "2025/03/07", "2025-03-07\n", "2025-03-07T00:00",
    "２０２５-０３", "20255", "2025-123",
    [], [""], ["a", "b"], [1, 2.5], [True], [None], [[]], [{}], [{"a": 1}], ["a", None],
    {}, {"a": 1}, {"path": "a.pdf"},
    b"bytes", {"a", "b"}, (1, 2),
]
ATTACHMENTS: list[Any] = [
    ["a.pdf"], [""], [{"path": "a.pdf"}], [{"path": "a.pdf", "title": None}], [{"path": "a.pdf", "title": "A"}],
    [{"path": ""}], [{"title": "A"}], [{"path": "a.pdf", "titel": "A"}], [{"path": 1}], [{"path": "a.pdf", "title": 3}],
    [{"path": None}], ["a.pdf", {"path": "b.pdf", "title": "B"}, 7], [{"path": "a.pdf"}, {"path": "b.pdf", "x": 1}],
    "a.pdf", "", None, 5,
]
EXTRA_KEYS = ["titel", "Title", "date_effective", "", " number", "số"]


class _Text(str):
    """A str subclass: jsonschema counts it as a string, the fast check is not sure of it."""


def _bases() -> Iterator[tuple[str, FrontMatter]]:
    """The demo content, the imports of the Word fixtures and the minimal front matter."""
    for md in sorted((ROOT / "content").rglob("*.md")):
        yield md.name, split(md.read_text("utf-8"))
    for docx in sorted((ROOT / "tests" / "fixtures" / "docx").glob("*.docx")):
        result = import_file(docx)
        yield docx.name, split(render_content(result.fields, result.body, "# x", result.comments))
    yield "minimal.md", split(FM)


def _with(fm: FrontMatter, data: dict[str, Any]) -> FrontMatter:
    """*fm* carrying *data*, with a line for every key and list item (new ones after the last)."""
    key_lines = dict(fm.key_lines)
    item_lines = dict(fm.item_lines)
    last = max(key_lines.values(), default=1)
    for key, value in data.items():
        if key not in key_lines:
            last += 1
            key_lines[key] = last
        if isinstance(value, list) and len(item_lines.get(key, ())) != len(value):
            item_lines[key] = tuple(range(key_lines[key] + 1, key_lines[key] + 1 + len(value)))
            last = max(last, key_lines[key] + len(value))
    return dataclasses.replace(fm, data=data, key_lines=key_lines, item_lines=item_lines)


def _mutations(data: dict[str, Any], thorough: bool) -> Iterator[dict[str, Any]]:
    """*data* itself, without each key, with an unknown key and random faults; *thorough*: every
    key set to every odd value too (for a few bases only: the rest would only repeat them)."""
    keys = list(load_schema()["properties"])
    yield dict(data)
    for key in data:
        yield {k: v for k, v in data.items() if k != key}
    for extra in EXTRA_KEYS:
        yield {**data, extra: "x"}
    for key in keys if thorough else ():
        for value in [*ODD_VALUES, *(ATTACHMENTS if key == "attachments" else ())]:
            yield {**data, key: value}
        yield {**data, key: _Text("x")}
        yield {**data, key: [_Text("x")]}
    rng = random.Random(20250307)
    pool = [*ODD_VALUES, *ATTACHMENTS]
    for _ in range(100):  # two or three faults at once: the order and de-duplication of problems
        mutated = dict(data)
        for _ in range(rng.randint(2, 3)):
            key = rng.choice([*keys, *EXTRA_KEYS])
            if key in mutated and rng.random() < 0.3:
                del mutated[key]
            else:
                mutated[key] = rng.choice(pool)
        yield mutated


@pytest.fixture(scope="module")
def reference() -> Draft202012Validator:
    return Draft202012Validator(load_schema())


def test_fast_check_covers_the_shipped_schema() -> None:
    # Fails when the schema gains a keyword the compiler does not decide: extend compile_check.
    assert certainly_valid() is not None
    compile_check(load_schema())


@pytest.mark.parametrize("schema", [
    {"type": "string", "format": "date"},
    {"oneOf": [{"type": "string"}]},
    {"properties": {"a": {"const": 1}}},
    {"patternProperties": {"^x": {}}},
    {"$ref": "https://example.org/other.json"},
    {"$ref": "#/$defs/missing"},
    {"items": [{"type": "string"}]},
    {"type": "text"},
])
def test_unknown_keywords_are_refused(schema: dict[str, Any]) -> None:
    with pytest.raises(UnsupportedSchema):
        compile_check(schema)


def test_same_problems_as_full_validation(reference: Draft202012Validator) -> None:
    fast = certainly_valid()
    assert fast is not None
    counts = {"cases": 0, "fast": 0, "with problems": 0}
    for number, (name, base) in enumerate(_bases()):
        for data in _mutations(base.data, thorough=number % 5 == 0):
            fm = _with(base, data)
            want = jsonschema_problems(name, fm)
            assert schema_problems(name, fm) == want, data
            if len(want) > 1:  # the core's own problems at the same line and key are still left out
                known = [Problem(name, want[0].line, want[0].field, "core", "fix")]
                assert schema_problems(name, fm, known) == jsonschema_problems(name, fm, known) == want[1:]
            if fast(data):
                assert not list(reference.iter_errors(data)), data
                counts["fast"] += 1
            counts["cases"] += 1
            counts["with problems"] += bool(want)
    # Both paths were exercised, on thousands of front matters.
    assert counts["cases"] > 4000
    assert counts["fast"] > 1000
    assert counts["with problems"] > 2000


def test_random_values_never_pass_the_fast_check_wrongly(reference: Draft202012Validator) -> None:
    fast = certainly_valid()
    assert fast is not None
    rng = random.Random(7)
    leaves: list[Any] = [*ODD_VALUES, _Text(""), _Text("2025")]

    def value(depth: int) -> Any:
        roll = rng.random()
        if depth < 2 and roll < 0.2:
            return [value(depth + 1) for _ in range(rng.randint(0, 3))]
        if depth < 2 and roll < 0.3:
            return {rng.choice(["path", "title", "x"]): value(depth + 1) for _ in range(rng.randint(0, 3))}
        return rng.choice(leaves)

    keys = [*load_schema()["properties"], "x"]
    passed = 0
    for _ in range(3000):
        data = {"type": "Kế hoạch", "issuer": "UBND", "title": "T"}
        data.update({rng.choice(keys): value(0) for _ in range(rng.randint(1, 4))})
        if fast(data):
            passed += 1
            assert not list(reference.iter_errors(data)), data
    assert passed > 100


def test_a_clean_corpus_never_imports_jsonschema() -> None:
    code = (
        "import sys, vanban.mkdocs.plugin\n"
        "from pathlib import Path\n"
        "from vanban.corpus import load_corpus\n"
        f"corpus = load_corpus(Path({str(ROOT / 'content')!r}))\n"
        "assert corpus.documents and not corpus.problems, corpus.problems\n"
        "assert 'jsonschema' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
