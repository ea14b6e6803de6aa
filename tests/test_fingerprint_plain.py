"""vanban.fingerprint's plain_digest (marshal, format 2, for a page's body inputs): equal data digest equal
whatever their strings' identity or interning, in any process; any change, and any change of kind, changes it."""

from __future__ import annotations

import enum
import os
import subprocess
import sys
from pathlib import Path

from markupsafe import Markup

from vanban.fingerprint import Fingerprinter

SPANS = ((12, 40, "../../2024/15-ct-ttg/"), (77, 90, None), (102, 130, "../12-nq-hdnd/#dieu-2"))
META = {"title": "Quyết định số 15/QĐ-UBND", "tags": ["đất đai", "quy hoạch"], "page": 3, "ratio": 0.5,
        "flags": (True, False, None), "raw": b"\x00\xff"}


class Level(enum.IntEnum):
    HIGH = 1


def digest(value: object) -> bytes:
    return Fingerprinter().plain_digest(value)


def test_equal_data_equal_digest_whatever_the_strings_identity() -> None:
    word = "".join(["quy", "ết"])
    interned = sys.intern("quyết")
    assert word is not interned
    assert digest([word, word, {"k": (word,)}]) == digest([interned, "quyết", {"k": (sys.intern("quyết"),)}])
    assert digest((SPANS, META)) == digest((tuple(tuple(s) for s in SPANS), dict(META)))


def test_any_change_or_change_of_kind_changes_the_digest() -> None:
    base = digest((SPANS, META))
    changed = [
        (SPANS[:2], META),
        (((12, 41, SPANS[0][2]), *SPANS[1:]), META),
        (SPANS, {**META, "page": 4}),
        (SPANS, {**META, "title": META["title"] + " "}),
        (SPANS, {**META, "tags": ("đất đai", "quy hoạch")}),  # a tuple, not a list
        (SPANS, {**META, "page": 3.0}),
        (SPANS, {**META, "flags": (1, False, None)}),  # 1, not True
        (SPANS, {**META, "title": Markup(META["title"])}),  # a str subclass: by digest's rules, its class kept
        (SPANS, {**META, "page": Level.HIGH}),  # an int subclass
        (SPANS, dict(reversed(list(META.items())))),  # a dict's order is meaningful
    ]
    digests = {digest(value) for value in changed}
    assert base not in digests and len(digests) == len(changed)


def test_the_same_digest_in_another_process_with_another_hash_seed() -> None:
    plugins = Path(__file__).resolve().parent.parent / "plugins"
    code = ("import sys; sys.path.insert(0, 'tests'); from test_fingerprint_plain import digest, SPANS, META; "
            "print(digest((SPANS, META, {'k': [str(i) for i in range(50)]})).hex())")
    found = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                       cwd=Path(__file__).resolve().parent.parent,
                       env={**os.environ, "PYTHONHASHSEED": seed,
                            "PYTHONPATH": os.pathsep.join(filter(None, (str(plugins), os.environ.get("PYTHONPATH", ""))))},
                       ).stdout.strip()
        for seed in ("1", "2")
    }
    assert found == {digest((SPANS, META, {"k": [str(i) for i in range(50)]})).hex()}


def test_a_value_marshal_refuses_is_digested_by_the_usual_rules() -> None:
    marked = (SPANS, {**META, "title": Markup(META["title"])})
    assert digest(marked) == digest((SPANS, {**META, "title": Markup(META["title"])}))
    assert digest(marked) != Fingerprinter().digest(marked)  # another digest of the same data, never mixed up
