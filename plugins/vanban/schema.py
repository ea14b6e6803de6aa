"""The JSON Schema of the front matter, shared by editors (VS Code) and ``vanban check``.

``schema/frontmatter.schema.json`` (draft 2020-12, Vietnamese descriptions) is referenced
from the first line inside each content file's front matter::

    ---
    # yaml-language-server: $schema=../../../plugins/vanban/schema/frontmatter.schema.json

so that editors complete and validate keys as the clerk types. :func:`schema_problems`
runs the same schema inside the core validation and reports each violation as a
:class:`~vanban.problems.Problem` at the line of the offending key (or list item).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from .frontmatter import FrontMatter
from .problems import Problem

SCHEMA_NAME = "frontmatter.schema.json"
MODELINE = "# yaml-language-server: $schema="
_TYPE_NAMES = {
    "string": "một dòng chữ",
    "number": "một số",
    "integer": "một số nguyên",
    "array": "một danh sách",
    "object": "một nhóm khóa: giá trị",
    "null": "để trống",
    "boolean": "đúng/sai",
}


def schema_path() -> Path:
    """The schema file inside the installed package."""
    return Path(str(resources.files("vanban") / "schema" / SCHEMA_NAME))


@lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(schema_path().read_text(encoding="utf-8"))
    return data


@lru_cache(maxsize=1)
def validator() -> Draft202012Validator:
    schema = load_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def schema_keys() -> tuple[str, ...]:
    return tuple(load_schema()["properties"])


def modeline(md_file: Path, schema: Path | None = None) -> str:
    """``# yaml-language-server: $schema=<path of the schema relative to md_file's folder>``."""
    target = (schema or schema_path()).resolve()
    rel = os.path.relpath(target, md_file.resolve().parent)
    return MODELINE + Path(rel).as_posix()


def _describe(error: Any) -> tuple[str, str]:
    """A Vietnamese message and fix for one jsonschema error."""
    validator_name = error.validator
    value = error.instance
    if validator_name == "required":
        missing = [k for k in error.validator_value if isinstance(error.instance, dict) and k not in error.instance]
        key = missing[0] if missing else "?"
        return f"thiếu khóa {key}", f"thêm dòng {key}: … như trong bản gốc"
    if validator_name == "additionalProperties":
        extra = sorted(k for k in value if k not in error.schema.get("properties", {})) if isinstance(value, dict) else []
        allowed = ", ".join(error.schema.get("properties", {}))
        return f"khóa không được hỗ trợ: {', '.join(extra)}", f"các khóa hợp lệ: {allowed}"
    if validator_name == "type":
        wanted = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        names = " hoặc ".join(_TYPE_NAMES.get(str(w), str(w)) for w in wanted)
        return f"giá trị “{value}” không đúng kiểu", f"giá trị phải là {names}"
    if validator_name == "minLength":
        return "giá trị trống", "ghi giá trị như trong bản gốc"
    if validator_name in ("anyOf", "oneOf", "pattern"):
        description = error.schema.get("description", "")
        return f"giá trị “{value}” không hợp lệ", description or "xem mô tả khóa trong lược đồ frontmatter.schema.json"
    return f"giá trị “{value}” không hợp lệ ({error.message})", "xem lược đồ frontmatter.schema.json"


def _deepest(error: Any) -> Any:
    """For anyOf/oneOf, the alternative that went furthest into the value (its exact item)."""
    while error.validator in ("anyOf", "oneOf") and error.context:
        deeper = max(error.context, key=lambda e: (len(e.absolute_path), e.validator != "type"))
        if len(deeper.absolute_path) < len(error.absolute_path) or deeper.validator == "type":
            break
        error = deeper
    return error


def schema_problems(path: str, fm: FrontMatter, known: Iterable[Problem] = ()) -> list[Problem]:
    """Validate *fm* against the schema; one Problem per violation, at its key's (or item's) line.

    Problems at a (line, field) already in *known* — the core's own, more specific
    messages — are left out, so an editor never reads the same fault twice.
    """
    seen = {(p.line, p.field) for p in known}
    problems: list[Problem] = []
    for error in sorted(validator().iter_errors(fm.data), key=lambda e: [str(p) for p in e.absolute_path]):
        error = _deepest(error)
        where = list(error.absolute_path)
        if where:
            key = str(where[0])
        elif error.validator == "required":
            key = next((k for k in error.validator_value if k not in fm.data), "front matter")
        elif error.validator == "additionalProperties":
            extras = [k for k in fm.data if k not in error.schema.get("properties", {})]
            key = extras[0] if extras else "front matter"
        else:
            key = "front matter"
        line = fm.key_lines.get(key, 2)
        if len(where) > 1 and isinstance(where[1], int):
            items = fm.item_lines.get(key, ())
            if where[1] < len(items):
                line = items[where[1]]
        if (line, key) in seen:
            continue
        seen.add((line, key))
        message, fix = _describe(error)
        problems.append(Problem(path, line, key, f"sai lược đồ: {message}", fix))
    return problems
