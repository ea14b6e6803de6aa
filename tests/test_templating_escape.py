"""Autoescaped outputs go through vanban.mkdocs.templating.escape_text (Jinja's code_generator_class hook),
with exactly the bytes markupsafe.escape gives."""

from __future__ import annotations

from typing import Any

import jinja2
import pytest
from markupsafe import Markup, escape

from vanban.mkdocs.templating import Theme, escape_str, escape_text, register


class _Html:
    def __html__(self) -> str:
        return "<b>sẵn</b>"


VALUES: list[Any] = [
    "", "Kế hoạch số 21/KH-UBND", "<script>alert('x')</script>", 'a "b" & c > d', "&amp;", "\x00\u202e",
    Markup("<em>đã an toàn</em>"), Markup("a & b"), 0, 3.5, None, True, _Html(), ["<x>"],
]


@pytest.mark.parametrize("value", VALUES)
def test_the_same_text_as_markupsafe(value: Any) -> None:
    assert escape_text(value) == str(escape(value))
    if type(value) is str:
        assert escape_str(value) == str(escape(value))  # the fallback without markupsafe's C escaping


TEMPLATE = """{{ a }}|{{ b | safe }}|{{ c }}|{% set s %}<i>{{ a }}</i>{% endset %}{{ s }}|\
{% macro m(x) %}[{{ x }}]{% endmacro %}{{ m(a) }}|{% for v in d %}{{ v }},{% endfor %}|\
{% autoescape false %}{{ a }}{% endautoescape %}|{{ a ~ b }}"""
DATA = {"a": "<Kế hoạch> & 'x'", "b": "<b>in đậm</b>", "c": _Html(), "d": ["<1>", 2, None, Markup("<i>")]}


OURS, MATERIAL = "vanban/t.html", "partials/t.html"  # autoescaped by register (AUTOESCAPED), or not


def _env(source: str, *, registered: bool) -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.DictLoader({OURS: source, MATERIAL: source}))
    if registered:
        register(env, Theme((), ()))
    else:
        env.autoescape = lambda name: name == OURS
    return env


@pytest.mark.parametrize("name", [OURS, MATERIAL])
def test_templates_render_the_same_bytes(name: str) -> None:
    before = _env(TEMPLATE, registered=False).get_template(name).render(DATA)
    assert _env(TEMPLATE, registered=True).get_template(name).render(DATA) == before
    if name == OURS:
        assert before.startswith("&lt;Kế hoạch&gt; &amp; &#39;x&#39;|<b>in đậm</b>|<b>sẵn</b>|<i>&lt;Kế")


def test_the_hook_is_used() -> None:
    """Fails if Jinja stops calling the generator's _output_child_pre: escaping is then Jinja's own
    (still right, but the build pays markupsafe's cost again, unnoticed)."""
    env = _env("{{ a }}{{ b | safe }}", registered=True)
    source = env.compile(env.loader.get_source(env, OURS)[0], OURS, raw=True)
    assert source.count("environment.vb_escape(") == 2 and "escape(" not in source.replace("vb_escape(", "")
    plain = env.compile(env.loader.get_source(env, MATERIAL)[0], MATERIAL, raw=True)
    assert "vb_escape" not in plain and "str(" in plain
