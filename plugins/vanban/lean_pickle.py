"""Pickles that leave the values they write as they found them.

A binary pickle writes a ``str`` through CPython's ``PyUnicode_AsUTF8AndSize``, which keeps the UTF-8
bytes it made inside the ``str`` for as long as the ``str`` lives. A value the build goes on holding
after storing it (the analyses a cold build stores and reads to its last page, the corpus's parsed
front matter) then carries a second copy of every non-ASCII text: at 1,000 documents 2.7 MB of the
search files' child's peak RSS and 1.1 MB of the build process's, made before the child is forked.

Here a non-ASCII ``str`` is written as a persistent id: its UTF-8 encoded apart (``str.encode`` keeps
no copy) the first time, the number of that first time when the same ``str`` comes again, so the value
reads back with its texts shared as pickle's memo shares them. :class:`TextReader` reads them back
(the cache's unpickler has it). Pure ASCII texts hold no second copy, and those shorter than :data:`LONG`
keep pickle's own way.

Pickle also reads a plain object's attributes through ``__dict__``, which makes an instance keep a dict
it did not have (CPython 3.11 keeps attributes inline until ``__dict__`` is asked for): ~63 bytes for each
of the ~20,000 data class instances in 1,000 documents' analyses. A frozen data class without slots is
written here from its fields (:func:`_fields`), the same opcodes pickle writes from its ``__dict__``.
"""

from __future__ import annotations

import copyreg
import dataclasses
import functools
import io
import pickle
from typing import Any

_NEWOBJ: Any = vars(copyreg)["__newobj__"]  # what pickle writes as NEWOBJ (not in the module's stubs)
_FIELDS: dict[type, tuple[str, ...] | None] = {}  # by class, judged on its first instance


def _fields(obj: object) -> tuple[str, ...] | None:
    """The attribute names of *obj* when it is a frozen data class's whose instances hold their fields and
    nothing else, each an argument of its ``__init__`` in the order it sets them (its ``__dict__``'s); None
    for any other (pickled as pickle pickles it). A class is judged once, on its first instance, whose own ``__dict__`` is read."""
    cls = type(obj)
    if cls in _FIELDS:
        return _FIELDS[cls]
    names = None
    params = getattr(cls, "__dataclass_params__", None)
    if (params is not None and params.frozen and params.init and "__slots__" not in vars(cls)
            and not any(isinstance(v, functools.cached_property) for c in cls.__mro__ for v in vars(c).values())):
        found = dataclasses.fields(obj)  # type: ignore[arg-type]  # a data class: its params
        fields = tuple(f.name for f in found)
        if all(f.init and not f.kw_only for f in found) and tuple(vars(obj)) == fields:
            names = fields
    _FIELDS[cls] = names
    return names


LONG = 64  # a shorter text keeps its copy: 70% of the calls to read back for 28% of the bytes (1,000 documents' analyses)


class _Pickler(pickle.Pickler):
    def __init__(self, file: io.BytesIO) -> None:
        super().__init__(file, pickle.HIGHEST_PROTOCOL)
        # by id, with the str itself: a str a reduction made and dropped cannot lend its id to another
        self._texts: dict[int, tuple[int, str]] = {}

    def persistent_id(self, obj: Any) -> bytes | int | None:
        if type(obj) is not str or len(obj) < LONG or obj.isascii():
            return None
        seen = self._texts.get(id(obj))
        if seen is not None:
            return seen[0]
        self._texts[id(obj)] = (len(self._texts), obj)
        return obj.encode("utf-8", "surrogatepass")

    def reducer_override(self, obj: Any) -> Any:
        names = _fields(obj)
        if names is None:
            return NotImplemented
        return _NEWOBJ, (type(obj),), {name: getattr(obj, name) for name in names}


def dumps(value: Any) -> bytes:
    """*value* pickled (highest protocol) without a UTF-8 copy left in any of its texts."""
    buffer = io.BytesIO()
    _Pickler(buffer).dump(value)
    return buffer.getvalue()


class TextReader(pickle.Unpickler):
    """An unpickler that reads the texts :func:`dumps` wrote (and any plain pickle, which has none)."""

    def __init__(self, file: io.BytesIO) -> None:
        super().__init__(file)
        self._texts: list[str] = []

    def persistent_load(self, pid: Any) -> str:
        if type(pid) is bytes:
            text = pid.decode("utf-8", "surrogatepass")
            self._texts.append(text)
            return text
        if type(pid) is int and 0 <= pid < len(self._texts):
            return self._texts[pid]
        raise pickle.UnpicklingError("lean_pickle: mã định danh không hợp lệ")


class _Sender(pickle.Pickler):
    def reducer_override(self, obj: Any) -> Any:
        names = _fields(obj)
        if names is None:
            return NotImplemented
        return type(obj), tuple(getattr(obj, name) for name in names)  # its __init__, as its fields were given


def sent(value: Any) -> bytes:
    """*value* pickled for another process of this build (:func:`vanban.parallel.parallel_map`'s workers): read
    back by ``pickle.loads``, a frozen data class is remade with its attributes inline (pickle's own way sets
    its ``__dict__``, a dict each instance then keeps: ~1.3 MB of 1,000 documents' analyses in the build
    process, and in the search files' child forked from it). The build cache's unpickler reads it too: it remakes
    vanban's own data classes by calling them, as pickle remakes an enum's member (a cold build stores its workers'
    analyses as they were sent, :func:`vanban.analysis.analyse_all`), and still names no other function."""
    buffer = io.BytesIO()
    _Sender(buffer, pickle.HIGHEST_PROTOCOL).dump(value)
    return buffer.getvalue()
