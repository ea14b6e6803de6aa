"""vanban.xml_text writes what xml.sax.saxutils writes (the reference), on every kind of text it treats apart."""

from __future__ import annotations

import itertools
from xml.sax import saxutils

import pytest

from vanban import xml_text

PIECES = ["", "a", "&", "<", ">", '"', "'", "\n", "\r", "\t", "&amp;", "Quyết định số 12/QĐ-UBND", "ư", " ", "\x85"]
TEXTS = ["".join(p) for n in (1, 2, 3) for p in itertools.product(PIECES, repeat=n)]


@pytest.mark.parametrize("name", ["escape", "quoteattr"])
def test_same_as_saxutils(name: str) -> None:
    ours, reference = getattr(xml_text, name), getattr(saxutils, name)
    assert [ours(t) for t in TEXTS] == [reference(t) for t in TEXTS]


def test_quote_choice() -> None:
    assert xml_text.quoteattr("a\"b") == "'a\"b'"
    assert xml_text.quoteattr("a\"b'c") == '"a&quot;b\'c"'
    assert xml_text.quoteattr("x<y\n") == '"x&lt;y&#10;"'


def test_building_imports_no_saxutils() -> None:
    """The point of the module: a build's modules leave urllib.request (and http, ssl) unimported."""
    import subprocess
    import sys

    code = ("import sys, vanban.feeds, vanban.opendata, vanban.qr; "
            "print(sorted(m for m in ('xml.sax.saxutils', 'urllib.request', 'http.client') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
