"""Fingerprints of what a page shows, so that a page whose inputs did not change keeps its output.

A page's HTML is a function of its template (the theme and vanban's code, fingerprinted by the
adapter) and of the data the core hands the template: its :class:`~vanban.site.PageSpec` (path,
title, template, description and ``data``, which holds every document it shows — its backlinks,
stubs, listings) and, for a document page, the inputs of its body. :class:`Fingerprinter` digests
that data *whole*, every field of every dataclass, so that no change to anything a template could
read goes unnoticed; a value of a kind it does not know makes the page unfingerprintable, and such
a page is always rendered (a miss, never a stale page).

Why not plain ``pickle`` or ``repr``: pickle's bytes depend on object identity (a shared string is a
memo reference, an equal copy is not) and a set's order on the process's hash seed, so equal data would
not hash equal from one build to the next; ``repr`` is unbounded for custom classes. The encoding
here is canonical: tagged and length-prefixed, dictionaries in their (meaningful) insertion order,
sets sorted by their members' digests. A frozen dataclass's digest is memoised for the build, since
one document appears on a dozen pages. Most values are made canonical by ``pickle`` itself, in C, with
no memo and with its own rules for what is not plain data (:meth:`Fingerprinter._pickled`); a value
holding a set, or a kind those rules do not take, is encoded here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import hashlib
import io
import marshal
import pickle
import weakref
from collections.abc import Callable
from typing import Any

from .site import PageSpec


class Unfingerprintable(TypeError):
    """A value of a kind the fingerprint does not know: the page is rendered every time."""


def _str(tag: bytes, text: str) -> bytes:
    data = text.encode("utf-8", "surrogatepass")
    return b"%s%d:%s" % (tag, len(data), data)


_Shape = tuple[bytes, tuple[tuple[str, bytes], ...], bool, bytes, tuple[str, ...]]


def _shape(cls: type) -> _Shape:
    """A dataclass's encoded name, its fields with their encoded names, whether it is frozen, and for its
    pickled form (:meth:`Fingerprinter._pickled`) the name and field names in one, and the field names: the
    same for every instance, so made once per class (a build digests thousands of rows of a few kinds)."""
    params = getattr(cls, "__dataclass_params__", None)
    head = _str(b"D", f"{cls.__module__}.{cls.__qualname__}")
    names = tuple((item.name, _str(b"k", item.name)) for item in dataclasses.fields(cls))
    return (head, names, params is not None and bool(params.frozen), head + b"".join(key for _, key in names),
            tuple(name for name, _ in names))


_SHAPES: dict[type, _Shape] = {}


class Lasting:
    """Digests of frozen dataclasses of *kinds* kept from one build to the next in the same process
    (``mkdocs serve``'s rebuilds, ``vanban build-all``'s sites): by identity, the object held with its digest,
    so a digest is only ever reused for the very object it was made from (frozen: its fields cannot be
    reassigned). Documents are the kind: a serve rebuild keeps every unchanged file's document as it was
    (:func:`vanban.corpus.load_corpus`), and digesting 1,269 of them (bodies and all) again was about a tenth
    of a save's CPU at 1,000 documents. :meth:`turn` at each build keeps the last build's entries only."""

    def __init__(self, *kinds: type) -> None:
        self.kinds = frozenset(kinds)
        self._now: dict[int, tuple[object, bytes]] = {}
        self._last: dict[int, tuple[object, bytes]] = {}

    def turn(self) -> None:
        """A build starts: what the one before did not use is let go."""
        self._last, self._now = self._now, {}

    def get(self, value: object) -> bytes | None:
        found = self._now.get(id(value)) or self._last.get(id(value))
        if found is None or found[0] is not value:
            return None
        self._now[id(value)] = found
        return found[1]

    def put(self, value: object, digest: bytes) -> None:
        self._now[id(value)] = (value, digest)


# What the pickled form of a value that is not plain data is written as (see Fingerprinter._pickled): never
# called, only named (pickle writes a module-level function by its module and name).
def _digested(digest: bytes) -> None:
    """A dataclass, by the digest of its class and fields (:meth:`Fingerprinter._dataclass`)."""


def _day(iso: str) -> None:
    """A date or a datetime, by its ISO form."""


def _member(name: str) -> None:
    """An enum's member, by its class and name."""


def _text(kind: str, text: str) -> None:
    """A str subclass (markupsafe.Markup, a written panel), by its class and its text (not its other attributes)."""


_Reduce = Callable[[Any], tuple[Callable[..., None], tuple[Any, ...]] | str]  # (function, its arguments), or a name
_SETS = (b"builtins\nset\n", b"builtins\nfrozenset\n")  # a set or frozenset's class as protocol 3 names it


class _Reducers(dict[type, _Reduce]):
    """The pickler's ``dispatch_table``: how a value of a kind the pickler does not write by itself is written,
    made once per kind on first sight; any other kind stops the pickling (the encoder then decides)."""

    def __init__(self, fingerprinter: Fingerprinter) -> None:
        super().__init__()
        self.owner = weakref.ref(fingerprinter)  # not a cycle: a fingerprinter is freed as soon as it is let go
        self[_Text] = _text_mark

    def __missing__(self, kind: type) -> _Reduce:
        reduce: _Reduce
        if dataclasses.is_dataclass(kind):
            owner = self.owner
            reduce = lambda value: (_digested, (owner()._dataclass(value),))  # type: ignore[union-attr]  # noqa: E731
        elif kind is dt.date or kind is dt.datetime:
            reduce = lambda value: (_day, (value.isoformat(),))  # noqa: E731
        elif issubclass(kind, enum.Enum):
            qualified = f"{kind.__module__}.{kind.__qualname__}."
            reduce = lambda value: (_member, (qualified + value.name,))  # noqa: E731
        elif issubclass(kind, str):
            named = f"{kind.__module__}.{kind.__qualname__}"
            reduce = lambda value: (_text, (named, str.__str__(value)))  # noqa: E731
        else:
            raise Unfingerprintable(f"{kind.__module__}.{kind.__qualname__}")
        self[kind] = reduce
        return reduce


class Fingerprinter:
    """Digests of plain data (str, numbers, dates, containers, dataclasses, enums); one per build."""

    def __init__(self, lasting: Lasting | None = None) -> None:
        self._memo: dict[int, tuple[object, bytes]] = {}  # id → (the object kept alive, its digest)
        self._lasting = lasting
        self._reducers = _Reducers(self)

    def digest(self, value: Any) -> bytes:
        """A 20-byte digest of *value*: equal data, equal digest, in any process."""
        # a dataclass always by its shape: its class's first instance in a process too (pickled, it had other
        # bytes, so the first document a build digested had a key no other build gave it)
        kind = type(value)
        shaped = kind in _SHAPES or dataclasses.is_dataclass(kind)  # (a class's instance: *kind* is never one itself)
        data = b"D" + self._dataclass(value) if shaped else self._pickled(value)  # (as _encode)
        if data is None:
            out: list[bytes] = []
            self._encode(value, out)
            data = b"".join(out)
        return hashlib.blake2b(data, digest_size=20).digest()

    def _pickled(self, value: Any) -> bytes | None:
        """*value* encoded by ``pickle`` in C, or None when the encoder's rules must decide (its bytes begin with
        a tag of theirs, never ``P``). Why: a page key's dictionaries, lists, tuples and numbers, encoded one
        Python call each, were 70-80% of the time of every page key (0.15-0.38 s of an edit build's parent at
        1,000 documents). The pickling is canonical as the encoder is: protocol 3, ``fast`` (no memo, so a
        shared object and an equal copy write the same bytes), strings as UTF-8 (surrogates passed), a
        dictionary in its order (CPython keeps the UTF-8 bytes it pickles of a str in the str: texts that live
        long are encoded apart, see :func:`page_key` and :meth:`_dataclass`); a dataclass, date, enum member or
        str subclass written through :class:`_Reducers` by what
        the encoder digests of it; a set (its order is the hash seed's) or a value
        of any other kind sends the value to the encoder. A module-level function or class is written by its
        qualified name (its code is fingerprinted with the rest: :func:`vanban.cache.code_fingerprint`, the
        installed versions)."""
        buffer = io.BytesIO()
        pickler = pickle.Pickler(buffer, 3)
        pickler.fast = True  # the C pickler's: no memo
        pickler.dispatch_table = self._reducers
        try:
            pickler.dump(value)
        except Exception:  # an unknown kind, a cycle, a function pickle cannot name: the encoder's rules decide
            return None
        data = buffer.getvalue()
        if _SETS[0] in data or _SETS[1] in data:
            return None
        return b"P" + data

    def hexdigest(self, *values: Any) -> str:
        return self.digest(values).hex()

    def forget(self) -> None:
        """Let the memo go (the digests stay correct, later ones are made afresh): once every page is
        keyed, it only held 17,000 entries (about 1.4 MB at 1,000 documents) through the rendering."""
        self._memo.clear()

    def _dataclass(self, value: Any) -> bytes:
        found = self._memo.get(id(value))
        if found is not None and found[0] is value:
            return found[1]
        cls = type(value)
        lasting = self._lasting if self._lasting is not None and cls in self._lasting.kinds else None
        if lasting is not None and (kept := lasting.get(value)) is not None:
            self._memo[id(value)] = (value, kept)
            return kept
        shape = _SHAPES.get(cls)
        if shape is None:
            shape = _SHAPES[cls] = _shape(cls)
        head, names, frozen, named, fields = shape
        # Its fields' names, then each str field's text (the UTF-8 bytes that pickle makes of a str stay cached in
        # the str: a second copy of every document's body, 7 MB at 1,000 documents) or o for another kind, then
        # the others pickled, in order (a value's bytes never begin with k).
        out = [named]
        others = []
        for name in fields:
            field = getattr(value, name)
            if type(field) is str:
                data = field.encode("utf-8", "surrogatepass")
                out.append(b"s%d:%s" % (len(data), data))
            else:
                out.append(b"o")
                others.append(field)
        pickled = self._pickled(tuple(others))
        if pickled is not None:
            out.append(pickled)
            digest = hashlib.blake2b(b"".join(out), digest_size=20).digest()
        else:
            out = [head]
            encode = self._encode
            for name, key in names:
                out.append(key)
                field = getattr(value, name)
                if type(field) is str:  # most fields: no call
                    data = field.encode("utf-8", "surrogatepass")
                    out.append(b"s%d:%s" % (len(data), data))
                else:
                    encode(field, out)
            digest = hashlib.blake2b(b"".join(out), digest_size=20).digest()
        if frozen:  # a mutable one may change between two pages
            self._memo[id(value)] = (value, digest)
            if lasting is not None:
                lasting.put(value, digest)
        return digest

    def plain_digest(self, value: Any) -> bytes:
        """The digest of *value* as :meth:`digest` (another digest of the same data), made by ``marshal``
        in C when it holds plain values only (str, int, float, bool, None, bytes, lists, tuples, dicts: a
        body's link spans, 45 of every document page's ~140 values, encoded one call each): format 2 has
        no references to shared or interned objects (format 3 on) and takes every type exactly (a ``str``
        or ``int`` subclass, a dataclass, refuse it: encoded by :meth:`digest`'s rules then), so equal data
        give equal bytes in any process; a set would be written in hash order (a miss, never a stale page:
        unequal data never give equal bytes)."""
        try:
            data = b"m" + marshal.dumps(value, 2)
        except ValueError:
            out = [b"p"]
            self._encode(value, out)
            data = b"".join(out)
        return hashlib.blake2b(data, digest_size=20).digest()

    def _encode(self, value: Any, out: list[bytes]) -> None:
        kind = type(value)
        if kind is str:
            data = value.encode("utf-8", "surrogatepass")
            out.append(b"s%d:%s" % (len(data), data))
        elif kind in _SHAPES:  # a dataclass met before (the frozen ones memoised by identity)
            out.append(b"D" + self._dataclass(value))
        elif value is None:
            out.append(b"N")
        elif kind is bool:
            out.append(b"T" if value else b"F")
        elif kind is int:
            out.append(b"i%d;" % value)
        elif kind is float:
            out.append(_str(b"f", repr(value)))
        elif kind is bytes:  # as marshal takes it (plain_digest)
            out.append(b"b%d:%s" % (len(value), value))
        elif kind is list or kind is tuple:
            out.append(b"%s%d:" % (b"l" if kind is list else b"t", len(value)))
            encode = self._encode
            for item in value:
                if type(item) is str:  # the common item: no call
                    data = item.encode("utf-8", "surrogatepass")
                    out.append(b"s%d:%s" % (len(data), data))
                else:
                    encode(item, out)
        elif kind is dict:
            out.append(b"d%d:" % len(value))
            encode = self._encode
            for key, item in value.items():
                if type(key) is str:
                    data = key.encode("utf-8", "surrogatepass")
                    out.append(b"s%d:%s" % (len(data), data))
                else:
                    encode(key, out)
                if type(item) is str:
                    data = item.encode("utf-8", "surrogatepass")
                    out.append(b"s%d:%s" % (len(data), data))
                else:
                    encode(item, out)
        elif kind is set or kind is frozenset:
            out.append(b"e%d:" % len(value))
            out.extend(sorted(self.digest(item) for item in value))
        elif kind is dt.date or kind is dt.datetime:
            out.append(_str(b"a", value.isoformat()))
        elif isinstance(value, enum.Enum):
            out.append(_str(b"E", f"{kind.__module__}.{kind.__qualname__}.{value.name}"))
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            out.append(b"D" + self._dataclass(value))
        elif value is TEXT:
            out.append(b"X")
        elif isinstance(value, str):  # markupsafe.Markup and other str subclasses: the class matters
            out.append(_str(b"S", f"{kind.__module__}.{kind.__qualname__}"))
            out.append(_str(b"s", str.__str__(value)))
        else:
            raise Unfingerprintable(f"{kind.__module__}.{kind.__qualname__}")


def page_key(fingerprinter: Fingerprinter, spec: PageSpec, body_inputs: Any, context: str) -> str | None:
    """The key of one page's output: *context* (the theme, the code, the site's configuration, as the
    adapter fingerprints them), the page's spec and data, and *body_inputs* (see
    :meth:`vanban.build.Build.body_inputs`: what the body's rendering reads besides the page's
    document, which ``spec.data`` holds); None when the data holds a value of an unknown kind."""
    try:
        texts, data = _texts_apart(spec.data)
        return fingerprinter.hexdigest(context, spec.path, spec.template, spec.title, spec.description,
                                       spec.source, texts, data, fingerprinter.plain_digest(body_inputs))
    except Unfingerprintable:
        return None


class _Text:
    """Where :func:`_texts_apart` took a text out (pickled by its name, encoded as X: equal to no other value)."""


TEXT = _Text()


def _text_mark(value: _Text) -> str:
    return "TEXT"


def _texts_apart(data: dict[str, Any]) -> tuple[bytes, dict[str, Any]]:
    """A page's data with each text among its values (a document page's JSON-LD: 1.7 of the 2.7 MB of texts of
    the pages' data at 1,000 documents) replaced by :data:`TEXT`, and those texts' UTF-8 bytes in order,
    length-prefixed: pickled, they would stay in memory twice until the page's data is let go (the UTF-8
    bytes CPython caches in a str it pickles), and every page's data is held while the pages are keyed."""
    texts = [value for value in data.values() if type(value) is str]
    if not texts:
        return b"", data
    encoded = [text.encode("utf-8", "surrogatepass") for text in texts]
    return (b"".join(b"%d:%s" % (len(text), text) for text in encoded),
            {key: TEXT if type(value) is str else value for key, value in data.items()})
