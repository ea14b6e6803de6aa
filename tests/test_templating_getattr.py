"""Templates look up a plain dict's keys without Jinja's AttributeError round trip
(vanban.mkdocs.templating.dict_first_getattr), with exactly Jinja's answers."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

import jinja2
import pytest
from jinja2.sandbox import SandboxedEnvironment

from vanban.mkdocs.templating import Theme, dict_first_getattr, register


class _Doc:
    """An object: an attribute, a property that raises AttributeError, items behind it."""

    title = "Kế hoạch"

    @property
    def broken(self) -> str:
        raise AttributeError("broken")

    def __getitem__(self, key: str) -> str:
        if key == "broken":
            return "từ mục"
        raise KeyError(key)


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
    ("văn bản", "missing"),  # no attribute, an item lookup that raises TypeError
    (_Doc(), "title"),
    (_Doc(), "broken"),  # the attribute raises: the item is the answer
    (_Doc(), "missing"),  # neither: undefined
    (None, "title"),
    (_Doc(), "__class__"),  # a sandbox refuses it: its own getattr must answer
]


@pytest.mark.parametrize("sandboxed", [False, True])
@pytest.mark.parametrize(("obj", "name"), CASES)
def test_the_same_answer_as_jinja(obj: Any, name: str, sandboxed: bool) -> None:
    kind = SandboxedEnvironment if sandboxed else jinja2.Environment
    env = kind(undefined=jinja2.ChainableUndefined)
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
