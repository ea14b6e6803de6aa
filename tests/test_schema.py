"""The front matter JSON Schema: valid draft 2020-12, in step with the core, used by `vanban check`."""

from __future__ import annotations

from pathlib import Path

from jsonschema import Draft202012Validator

from conftest import ROOT
from vanban.corpus import parse_text
from vanban.documents import KNOWN_KEYS
from vanban.frontmatter import split
from vanban.schema import MODELINE, load_schema, modeline, schema_path, schema_problems

FM = """---
# yaml-language-server: $schema=../../../plugins/vanban/schema/frontmatter.schema.json
number: 1/KH-UBND
type: Kế hoạch
issuer: Ủy ban nhân dân xã Tân Hòa
date: 2025-03-01
title: Tuyên truyền chuyển đổi số
{extra}---
Nội dung.
"""


def test_schema_is_valid_and_matches_known_keys() -> None:
    schema = load_schema()
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"].endswith("2020-12/schema")
    assert set(schema["properties"]) == set(KNOWN_KEYS)
    assert all(prop.get("description") for prop in schema["properties"].values())


def test_demo_content_carries_the_modeline_and_validates() -> None:
    files = sorted((ROOT / "content").rglob("*.md"))
    assert files
    for md in files:
        lines = md.read_text("utf-8").splitlines()
        assert lines[0] == "---"
        assert lines[1] == modeline(md), md
        target = (md.parent / lines[1].removeprefix(MODELINE)).resolve()
        assert target == schema_path().resolve()
        fm = split(md.read_text("utf-8"))
        assert schema_problems(md.name, fm) == []


def test_schema_violation_reported_at_item_line() -> None:
    text = FM.format(extra="attachments:\n  - {path: a.pdf, title: A}\n  - {path: b.pdf, titel: B}\n")
    fm = split(text)
    problems = schema_problems("a.md", fm)
    assert [(p.line, p.field) for p in problems] == [(10, "attachments")]
    assert "lược đồ" in problems[0].message


def test_check_reports_schema_problem_once() -> None:
    # A nested list in recipients: the schema finds it, the core says it its own way; one line only.
    _, problems = parse_text("a.md", FM.format(extra="tags: {a: 1}\n"))
    assert [(p.line, p.field) for p in problems] == [(8, "tags")]
    # A wrong value type the core does not look at is reported by the schema.
    _, problems = parse_text("a.md", FM.format(extra="attachments:\n  - {path: [x]}\n"))
    assert any(p.field == "attachments" for p in problems)


def test_schema_file_shipped_in_package() -> None:
    assert schema_path().is_file()
    assert Path(str(schema_path())).name == "frontmatter.schema.json"


def test_non_text_key_in_an_attachment_is_named_not_a_crash() -> None:
    # YAML reads `1: một` as an int key; sorting it with str keys used to raise TypeError.
    text = FM.format(extra="attachments:\n  - {path: a.pdf, 1: một, z: x}\n")
    _, problems = parse_text("a.md", text)
    assert [(p.line, p.field) for p in problems] == [(9, "attachments")]
    assert "khóa không được hỗ trợ: 1, z" in problems[0].message
