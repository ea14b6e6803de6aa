"""The JSON Schema of the front matter, shared by editors (VS Code) and ``vanban check``.

``schema/frontmatter.schema.json`` (draft 2020-12, Vietnamese descriptions) is referenced
from the first line inside each content file's front matter::

    ---
    # yaml-language-server: $schema=../../../plugins/vanban/schema/frontmatter.schema.json

so that editors complete and validate keys as the clerk types. :func:`schema_problems`
runs the same schema inside the core validation and reports each violation as a
:class:`~vanban.problems.Problem` at the line of the offending key (or list item).

jsonschema costs about 0.2 ms per document and 35 ms to import, and nearly every document is
valid. So :func:`certainly_valid`, compiled from the same schema file by :func:`compile_check`,
first answers "valid" for the common case in a few microseconds; only when it is not sure
(any unusual key, type or value) does jsonschema run, and it alone words the problems.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .frontmatter import FrontMatter
from .problems import Problem

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator

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
    from jsonschema import Draft202012Validator  # lazily: a clean corpus never needs it

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


# --- Fast path: a sound "certainly valid" check compiled from the schema -------------------
#
# Each compiled check answers True only when jsonschema would certainly report no error for the
# value; False means "not sure", never "invalid". Types are matched exactly (``type(v) is str``)
# so subclasses, bools posing as ints and anything YAML rarely yields go to jsonschema. A keyword
# the compiler does not know raises UnsupportedSchema, so a schema edit can never be silently
# ignored: the fast path then switches itself off (and tests/test_schema_fastpath.py fails).

Check = Callable[[Any], bool]

_JSON_TYPES: dict[str, frozenset[type]] = {
    "string": frozenset({str}),
    "number": frozenset({int, float}),
    "integer": frozenset({int}),
    "boolean": frozenset({bool}),
    "null": frozenset({type(None)}),
    "array": frozenset({list}),
    "object": frozenset({dict}),
}
_PLAIN = frozenset().union(*_JSON_TYPES.values())
# Keywords that never make a value invalid (without a format checker, "format" is one only in
# name: it is not listed, so adding it forces a conscious decision).
_ANNOTATIONS = frozenset({"$schema", "$comment", "$defs", "title", "description", "examples", "default",
                          "deprecated", "readOnly", "writeOnly"})
_SUPPORTED = frozenset({"type", "enum", "anyOf", "$ref", "minLength", "pattern", "minimum", "maximum",
                        "items", "properties", "required", "additionalProperties"})


class UnsupportedSchema(ValueError):
    """The schema uses a keyword (or form) that :func:`compile_check` cannot decide soundly."""


def _accept(value: Any) -> bool:
    return True


def _reject(value: Any) -> bool:
    return False


def _all(checks: list[Check]) -> Check:
    if not checks:
        return _accept
    if len(checks) == 1:
        return checks[0]

    def check(value: Any) -> bool:
        for one in checks:  # noqa: SIM110 - a loop is ~2× faster than all() over a generator
            if not one(value):
                return False
        return True

    return check


def _applies_to(json_type: str, test: Check) -> Check:
    """*test* for values of *json_type*; other plain values pass (the keyword ignores them).

    A value of no plain type (a str subclass, a set…) is "not sure", since jsonschema might
    count it as *json_type* while *test* was only written for the exact types.
    """
    own = _JSON_TYPES[json_type]
    others = _PLAIN - own  # a bool is no "number" for jsonschema either

    def check(value: Any) -> bool:
        kind = type(value)
        if kind in own:
            return test(value)
        return kind in others

    return check


def compile_check(schema: Any, root: dict[str, Any] | None = None, *, _refs: frozenset[str] = frozenset()) -> Check:
    """A check that is True only for values certainly valid against *schema* (draft 2020-12 subset)."""
    if schema is True:
        return _accept
    if schema is False:
        return _reject
    if not isinstance(schema, dict):
        raise UnsupportedSchema(f"not a schema: {schema!r}")
    is_root = root is None
    root = schema if root is None else root
    unknown = set(schema) - _SUPPORTED - _ANNOTATIONS - ({"$id"} if is_root else set())
    if unknown:
        raise UnsupportedSchema(f"keywords not covered by the fast check: {sorted(unknown)}")
    checks: list[Check] = []
    if "type" in schema:
        names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not all(name in _JSON_TYPES for name in names):
            raise UnsupportedSchema(f"type {names!r}")
        allowed = frozenset().union(*(_JSON_TYPES[name] for name in names))
        checks.append(lambda value: type(value) in allowed)
    if "enum" in schema:
        texts = frozenset(e for e in schema["enum"] if type(e) is str)  # other members: not sure
        checks.append(lambda value: type(value) is str and value in texts)
    if "minLength" in schema:
        min_length = schema["minLength"]
        checks.append(_applies_to("string", lambda value: len(value) >= min_length))
    if "pattern" in schema:
        search = re.compile(schema["pattern"]).search  # jsonschema uses re.search too
        checks.append(_applies_to("string", lambda value: search(value) is not None))
    if "minimum" in schema:
        low = schema["minimum"]
        checks.append(_applies_to("number", lambda value: value >= low))
    if "maximum" in schema:
        high = schema["maximum"]
        checks.append(_applies_to("number", lambda value: value <= high))
    if "items" in schema:
        item = compile_check(schema["items"], root, _refs=_refs)
        checks.append(_applies_to("array", lambda value: all(map(item, value))))
    if {"properties", "required", "additionalProperties"} & set(schema):
        checks.append(_applies_to("object", _object_check(schema, root, _refs)))
    if "anyOf" in schema:
        alternatives = [compile_check(alt, root, _refs=_refs) for alt in schema["anyOf"]]

        def any_of(value: Any) -> bool:
            for alt in alternatives:  # noqa: SIM110 - as in _all
                if alt(value):
                    return True
            return False

        checks.append(any_of)
    if "$ref" in schema:
        ref = schema["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/") or ref in _refs:
            raise UnsupportedSchema(f"$ref {ref!r}")
        target: Any = root
        try:
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
        except (KeyError, TypeError):
            raise UnsupportedSchema(f"$ref {ref!r} not found") from None
        checks.append(compile_check(target, root, _refs=_refs | {ref}))
    return _all(checks)


def _object_check(schema: dict[str, Any], root: dict[str, Any], refs: frozenset[str]) -> Check:
    properties = {key: compile_check(sub, root, _refs=refs) for key, sub in schema.get("properties", {}).items()}
    extra = compile_check(schema.get("additionalProperties", True), root, _refs=refs)
    required = frozenset(schema.get("required", ()))

    def check(value: dict[Any, Any]) -> bool:
        if not value.keys() >= required:
            return False
        for key, item in value.items():  # noqa: SIM110 - as in _all
            if not properties.get(key, extra)(item):
                return False
        return True

    return check


@lru_cache(maxsize=1)
def certainly_valid() -> Check | None:
    """The fast check for the front matter schema; None (always ask jsonschema) if it cannot be built."""
    try:
        return compile_check(load_schema())
    except UnsupportedSchema:
        return None


def _describe(error: Any) -> tuple[str, str]:
    """A Vietnamese message and fix for one jsonschema error."""
    validator_name = error.validator
    value = error.instance
    if validator_name == "required":
        missing = [k for k in error.validator_value if isinstance(error.instance, dict) and k not in error.instance]
        key = missing[0] if missing else "?"
        return f"thiếu khóa {key}", f"thêm dòng {key}: … như trong bản gốc"
    if validator_name == "additionalProperties":
        # YAML keys need not be text ("1: một"): name them as written, never crash on sorting them.
        extra = sorted((str(k) for k in value if k not in error.schema.get("properties", {})),
                       key=str) if isinstance(value, dict) else []
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
    messages — are left out, so an editor never reads the same fault twice. The compiled
    fast check settles the common, valid case; only the rest goes to jsonschema.
    """
    fast = certainly_valid()
    if fast is not None and fast(fm.data):
        return []
    return jsonschema_problems(path, fm, known)


def jsonschema_problems(path: str, fm: FrontMatter, known: Iterable[Problem] = ()) -> list[Problem]:
    """:func:`schema_problems` without the fast path: always the full jsonschema validation."""
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
        line = fm.line_for(key, schema_keys())
        if len(where) > 1 and isinstance(where[1], int):
            items = fm.item_lines.get(key, ())
            if where[1] < len(items):
                line = items[where[1]]
        entries = fm.entry_lines.get(key, {})  # a mapping's entry (unverified: issuer: …): at the entry's own line
        if len(where) > 1 and isinstance(where[1], str):
            line = entries.get(where[1], line)
        elif len(where) == 1 and error.validator == "additionalProperties" and isinstance(error.instance, dict):
            line = next((entries[k] for k in error.instance if k not in error.schema.get("properties", {})
                         and k in entries), line)
        if (line, key) in seen:
            continue
        seen.add((line, key))
        message, fix = _describe(error)
        problems.append(Problem(path, line, key, f"sai lược đồ: {message}", fix))
    return problems
