"""Templates look up a plain dict's keys without Jinja's AttributeError round trip
(vanban.mkdocs.templating.dict_first_getattr), with exactly Jinja's answers."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

import jinja2
import pytest

from vanban.mkdocs.templating import Theme, dict_first_getattr, register

CASES: list[tuple[Any, str]] = [
    ({"title": "Kế hoạch"}, "title"),
    ({"title": "Kế hoạch"}, "items"),  # a dict method wins over a key, as in Jinja
    ({"items": 3}, "items"),
    ({"keys": 1}, "get"),
    ({}, "missing"),
    ({1: 2}, "missing"),
    (OrderedDict(a=1), "a"),  # not exactly dict: Jinja's own path
    ([1, 2], "append"),
    ("văn bản", "upper"),
]


@pytest.mark.parametrize(("obj", "name"), CASES)
def test_the_same_answer_as_jinja(obj: Any, name: str) -> None:
    env = jinja2.Environment(undefined=jinja2.ChainableUndefined)
    expected, found = env.getattr(obj, name), dict_first_getattr(env)(obj, name)
    if isinstance(expected, jinja2.Undefined):
        assert type(found) is type(expected) and found._undefined_name == name and found._undefined_obj is obj
    else:
        assert found == expected


def test_register_installs_it_once_and_templates_render_the_same() -> None:
    env = jinja2.Environment()
    template = "{{ vb.document.title }}|{{ vb.items()|list|length }}|{{ vb.nothing is defined }}|{{ vb.document.nope }}"
    data = {"vb": {"document": {"title": "<Kế hoạch>"}}}
    before = env.from_string(template).render(data)
    register(env, Theme((), ()))
    installed = vars(env)["getattr"]
    register(env, Theme((), ()))
    assert vars(env)["getattr"] is installed  # not wrapped twice
    assert env.from_string(template).render(data) == before == "<Kế hoạch>|1|False|"
