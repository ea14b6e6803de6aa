"""Fingerprints of what a page shows, so that a page whose inputs did not change keeps its output.

A page's HTML is a function of its template (the theme and vanban's code, fingerprinted by the
adapter) and of the data the core hands the template: its :class:`~vanban.site.PageSpec` (path,
title, template, description and ``data``, which holds every document it shows — its backlinks,
stubs, listings) and, for a document page, the inputs of its body. :class:`Fingerprinter` digests
that data *whole*, every field of every dataclass, so that no change to anything a template could
read goes unnoticed; a value of a kind it does not know makes the page unfingerprintable, and such
a page is always rendered (a miss, never a stale page).

Why not ``pickle`` or ``repr``: pickle's bytes depend on object identity (a shared string is a memo
reference, an equal copy is not) and a set's order on the process's hash seed, so equal data would
not hash equal from one build to the next; ``repr`` is unbounded for custom classes. The encoding
here is canonical: tagged and length-prefixed, dictionaries in their (meaningful) insertion order,
sets sorted by their members' digests. A frozen dataclass's digest is memoised for the build, since
one document appears on a dozen pages.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import hashlib
import marshal
from typing import Any

from .site import PageSpec


class Unfingerprintable(TypeError):
    """A value of a kind the fingerprint does not know: the page is rendered every time."""


def _str(tag: bytes, text: str) -> bytes:
    data = text.encode("utf-8", "surrogatepass")
    return b"%s%d:%s" % (tag, len(data), data)


def _shape(cls: type) -> tuple[bytes, tuple[tuple[str, bytes], ...], bool]:
    """A dataclass's encoded name, its fields with their encoded names, and whether it is frozen: the
    same for every instance, so made once per class (a build digests thousands of rows of a few kinds)."""
    params = getattr(cls, "__dataclass_params__", None)
    return (_str(b"D", f"{cls.__module__}.{cls.__qualname__}"),
            tuple((item.name, _str(b"k", item.name)) for item in dataclasses.fields(cls)),
            params is not None and bool(params.frozen))


_SHAPES: dict[type, tuple[bytes, tuple[tuple[str, bytes], ...], bool]] = {}


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


class Fingerprinter:
    """Digests of plain data (str, numbers, dates, containers, dataclasses, enums); one per build."""

    def __init__(self, lasting: Lasting | None = None) -> None:
        self._memo: dict[int, tuple[object, bytes]] = {}  # id → (the object kept alive, its digest)
        self._lasting = lasting

    def digest(self, value: Any) -> bytes:
        """A 20-byte digest of *value*: equal data, equal digest, in any process."""
        out: list[bytes] = []
        self._encode(value, out)
        return hashlib.blake2b(b"".join(out), digest_size=20).digest()

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
        head, names, frozen = shape
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
        return fingerprinter.hexdigest(context, spec.path, spec.template, spec.title, spec.description,
                                       spec.source, spec.data, fingerprinter.plain_digest(body_inputs))
    except Unfingerprintable:
        return None
