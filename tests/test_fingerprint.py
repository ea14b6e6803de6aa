"""Page fingerprints: equal data hashes equal in any process; any change to what a page shows changes it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import subprocess
import sys

from markupsafe import Markup

from conftest import ROOT
from vanban.dates import PartialDate
from vanban.documents import Document
from vanban.fingerprint import Fingerprinter, page_key
from vanban.site import PageSpec

DOC = Document(source="van-ban/a.md", number="12/KH-UBND", type="Kế hoạch", issuer="UBND xã An Bình",
               title="triển khai chuyển đổi số", date=PartialDate(2025, 3, 7), body="Nội dung.\n", slug="12-kh-ubnd")


def spec(**data: object) -> PageSpec:
    return PageSpec(path="van-ban/", template="vanban/listing.html", title="Văn bản", data={"documents": [DOC], **data})


def key(page: PageSpec, body: object = None) -> str | None:
    return page_key(Fingerprinter(), page, body, "context")


def test_equal_data_equal_key_and_every_change_shows() -> None:
    assert key(spec()) == key(spec())
    other = dataclasses.replace(DOC, title="triển khai chuyển đổi số năm 2025")
    changed = [
        key(spec(documents=[other])),  # a document it shows, one field
        key(spec(documents=[DOC, DOC])),
        key(spec(extra={"a": 1})),
        key(spec(), body=("Nội dung.", ())),
        key(dataclasses.replace(spec(), title="Tất cả văn bản")),
        page_key(Fingerprinter(), spec(), None, "another theme"),
        key(spec(flag=True)), key(spec(flag=1)), key(spec(flag="1")), key(spec(flag=Markup("1"))),
        key(spec(day=dt.date(2025, 3, 7))), key(spec(day=PartialDate(2025, 3, 7))),
    ]
    assert len({key(spec()), *changed}) == len(changed) + 1


def test_order_of_a_dict_matters_a_set_does_not() -> None:
    f = Fingerprinter()
    assert f.digest({"a": 1, "b": 2}) != f.digest({"b": 2, "a": 1})  # templates loop over a dict in its order
    assert f.digest({"x", "y", "z"}) == f.digest({"z", "y", "x"})


def test_a_value_of_unknown_kind_means_no_key() -> None:
    assert key(spec(thing=object())) is None  # such a page is rendered every time


def test_same_key_in_another_process_with_another_hash_seed() -> None:
    code = ("import sys; sys.path.insert(0, 'tests'); from test_fingerprint import spec, key; "
            "print(key(spec(tags={'a', 'b', 'c', 'd', 'e', 'f'}, nested=[{'k': (1, 2.5, None)}])))")
    keys = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True, cwd=ROOT)
        keys.add(run.stdout.strip())
    assert len(keys) == 1 and keys != {"None"}


def test_forget_lets_the_digested_documents_go_and_changes_no_digest() -> None:
    import gc
    import weakref

    fingerprinter = Fingerprinter()
    doc = dataclasses.replace(DOC, body="Nội dung khác.\n")
    before = fingerprinter.digest([doc, DOC])
    gone = weakref.ref(doc)
    fingerprinter.forget()  # PageCache.plan, once every page is keyed: the memo is not held through the rendering
    assert fingerprinter.digest([doc, DOC]) == before == Fingerprinter().digest([doc, DOC])
    fingerprinter.forget()
    del doc
    gc.collect()
    assert gone() is None  # the memo kept every digested document alive until the build's end


def test_equal_data_equal_digest_whatever_is_shared_or_copied() -> None:
    # the pickled form (no memo): a string, a row or a document met twice as one object or as equal copies
    word = "".join(["triển ", "khai"])
    row = {"title": word, "n": 3, "when": dt.date(2025, 3, 7)}
    shared = spec(rows=[row, row], words=(word, word), again=[DOC, DOC])
    copied = spec(rows=[dict(row), {"title": "triển khai", "n": 3, "when": dt.date(2025, 3, 7)}],
                  words=("triển khai", word), again=[DOC, dataclasses.replace(DOC)])
    assert key(shared) == key(copied) is not None


def test_what_a_pickle_cannot_tell_apart_changes_the_key() -> None:
    import enum

    class Level(enum.Enum):
        LOW = 1
        HIGH = 2

    class Panel(str):  # a str subclass with its own attributes (task_tables.WrittenPanel): only its text counts
        extra: object

    def panel(text: str, extra: object) -> Panel:
        made = Panel(text)
        made.extra = extra
        return made
    keys = [key(spec(v=v)) for v in (Level.LOW, Level.HIGH, 1, (1,), [1], 1.0, True, dt.date(2025, 3, 7),
                                     dt.datetime(2025, 3, 7), "2025-03-07", panel("a", 1), "a", Markup("a"),
                                     {"a": None}, {"b": None}, b"a")]
    assert None not in keys and len(set(keys)) == len(keys)
    assert key(spec(v=panel("a", 1))) == key(spec(v=panel("a", object())))  # its other attributes: not read
    assert key(spec(v={1: {"x", "y"}})) == key(spec(v={1: {"y", "x"}})) is not None  # a set: the encoder's rules
    assert key(spec(v={"x", "y"}, t="a")) != key(spec(v={"x", "y"}, t="b"))  # its texts apart, told apart there too
    assert key(spec(v={"x", "y"}, t="a")) is not None
    assert key(spec(v=[DOC, {"thing": object()}])) is None  # an unknown kind anywhere: no key, as before
    nested = dataclasses.replace(DOC, title=Level.LOW)  # type: ignore[arg-type]
    assert key(spec(v=nested)) != key(spec(v=dataclasses.replace(DOC, title=Level.HIGH)))  # type: ignore[arg-type]


def test_digesting_keeps_no_second_copy_of_a_text() -> None:
    import sys

    body = "".join(["Kế hoạch triển khai thực hiện Nghị quyết ", "số 12/NQ-HĐND. "]) * 200  # made here: not cached
    doc = dataclasses.replace(DOC, body=body)
    title = "".join(["Ủy ban ", "nhân dân xã An Bình"])
    sizes = sys.getsizeof(body), sys.getsizeof(title)
    # a page's texts where its data holds them (a document page's JSON-LD), and a document's fields
    assert key(spec(jsonld=body, meta=title, w=doc)) is not None
    # a binary pickle's UTF-8 bytes of a str stay in it (CPython's cache): a second copy of every page's text
    assert (sys.getsizeof(body), sys.getsizeof(title)) == sizes
    assert key(spec(jsonld=body)) != key(spec(jsonld=title)) != key(spec(meta=body))
    assert key(spec(jsonld=body, meta=title)) != key(spec(jsonld=title, meta=body))


def test_a_dataclass_has_one_digest_from_its_class_first_instance_on() -> None:
    @dataclasses.dataclass(frozen=True)
    class FirstSeen:  # a class no digest has met yet in this process
        title: str
        tags: tuple[str, ...]

    first = Fingerprinter().digest(FirstSeen("Kế hoạch", ("a",)))
    assert Fingerprinter().digest(FirstSeen("Kế hoạch", ("a",))) == first
