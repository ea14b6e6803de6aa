"""The programs of regular expressions compiled at import, kept in the build cache for the next process.

Why: importing vanban compiles about 560 regular expressions at the top of its modules (citations,
deadlines, tracking: 640 with the libraries'), and Python's ``re`` parses and compiles each one in
Python code (``re._parser``, ``re._compiler``) before ``_sre.compile``, in C, makes the pattern from its
program: 0.17 s of CPU in every process, a tenth of the parent of an edit build at 1,000 documents, which
analyses the edited document and so needs them. Here ``re._compiler.compile`` is wrapped: a pattern
compiled while one of vanban's own modules is imported (never another package's) is made from the program
the last process stored, when it stored one for the same pattern text and flags, on the same Python (its
cache tag, ``sys.version`` and ``_sre.MAGIC`` name the file); otherwise it is compiled as ``re`` does and
its program kept for the file.
A pattern made either way is the same pattern (``Pattern.__eq__`` compares the programs; the tests check
every one vanban compiles). Patterns compiled after the imports (at run time, from text) go through untouched.

The file is JSON (``regex-<tag>.json`` in the build cache's current code generation, so a code change
or pruning drops it with everything else): a planted file can at worst change what a pattern matches,
as a planted analysis can change a page; a program ``_sre`` rejects is compiled again. It is read when
vanban is imported (``VANBAN_CACHE_DIR``, else ``.cache/vanban`` from the working directory: the
default ``cache_dir`` of a build run beside its mkdocs.yml) and written by :func:`save` once the build
knows its cache folder, when it had none or lacked more than a few. Python without ``re._compiler``
(3.10), or whose program a probe does not rebuild exactly: nothing is wrapped.

The programs depend on vanban's code and the Python alone, not on the project, so they are also kept beside
the package's bytecode (``__pycache__/regex-<tag>.json``, where Python puts the ``.pyc``; under
``PYTHONPYCACHEPREFIX`` there), written as Python writes bytecode: by the first build that finds no such file,
never under ``PYTHONDONTWRITEBYTECODE`` unless asked (:func:`save_beside`, ``force``: an install or compile
step, as ``compileall`` writes ``.pyc``). A cold build (an empty build cache) that finds them there does not
compile them: 0.36 of its 0.72 s of imports (CPU, 1,000 synthetic documents, a busy two-core machine), paid
on its one-core start. Trusted as the ``.pyc`` beside it is; each entry is still found by its pattern text and
flags only, so a file left by older code just misses (and is written again when it missed more than a few).
"""

from __future__ import annotations

import base64
import contextlib
import importlib.util
import json
import os
import re
import sys
from array import array
from pathlib import Path
from typing import Any

from .cache import (  # stdlib only below them: nothing compiled before install()
    DEFAULT_DIR,
    code_fingerprint,
    write_atomic,
)

try:
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10: sre_compile, not wrapped
    _compiler = _parser = None

_OWN = __name__.rpartition(".")[0] + "."  # "vanban.": only this package's modules
Entry = list[Any]  # [flags, program (base64 of native uint32), groups, {name: index}, [name or None per index]]

_original: Any = None  # re._compiler.compile as it was
_stored: dict[str, Entry] = {}  # read from the file and not used yet: "flags:pattern" → entry
_fresh: dict[str, Entry] = {}  # compiled here at import and not found in the file
_used: set[int] = set()  # hash() of the key of each pattern made at import, found or fresh
# (not the keys: 0.7 MB of pattern text again, held to the end of the build)
_read_from = ""  # the file _stored came from
_beside_read = False  # whether _stored came from the programs beside the package (no build cache held any)
_compiled = 0  # patterns compiled at import by this process (not found in a file)


def file_name() -> str:
    magic = getattr(_sre, "MAGIC", 0) if _compiler is not None else 0
    return f"regex-{sys.implementation.cache_tag}-{magic}-{sys.byteorder}.json"  # programs in native words


def program(pattern: str, flags: int) -> Entry:
    """What ``re._compiler.compile`` hands ``_sre.compile`` for *pattern* (its own steps, in order), each
    character class optimised once per process (:func:`_optimised_charset`)."""
    parsed = _parser.parse(pattern, flags)
    optimise = _compiler._optimize_charset
    _compiler._optimize_charset = _optimised_charset
    try:
        code = _compiler._code(parsed, flags)
    finally:
        _compiler._optimize_charset = optimise
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    packed = base64.b64encode(array("I", code).tobytes()).decode("ascii")
    return [flags | parsed.state.flags, packed, parsed.state.groups - 1, groupindex, indexgroup]


_CHARSETS: dict[tuple[Any, ...], tuple[list[Any], bool]] = {}  # optimised character classes, by their items


def _optimised_charset(charset: list[Any], iscased: Any = None, fixup: Any = None, fixes: Any = None) -> tuple[list[Any], bool]:
    """``re._compiler._optimize_charset``, each class once: vanban's 639 import patterns optimise a class
    14,784 times, 351 distinct ones (the Vietnamese letters with their tone marks, over and over), each a
    bitmap of its code points made in Python. Their programs 0.360 -> 0.320 s of CPU (median of 8, memo and
    not alternated in one process; the whole import of a cold build 0.736 -> 0.692 s, median of 6 processes).
    The result depends on the items and the case functions only (*fixes* is ``re``'s one table or None); a
    copy is handed out, as the caller's own list. The tests hold every program to ``re``'s own."""
    try:
        key = (tuple(charset), iscased, fixup, id(fixes))
        found = _CHARSETS.get(key)
    except TypeError:  # an item that cannot be a key (none of the parser's kinds): not remembered
        return _ORIGINAL_CHARSET(charset, iscased, fixup, fixes)  # type: ignore[no-any-return]
    if found is None:
        out, hascased = _ORIGINAL_CHARSET(charset, iscased, fixup, fixes)
        found = _CHARSETS[key] = (list(out), hascased)
    return list(found[0]), found[1]


_ORIGINAL_CHARSET: Any = getattr(_compiler, "_optimize_charset", None)


def made_from(pattern: str, entry: Entry) -> re.Pattern[str]:
    flags, packed, groups, groupindex, indexgroup = entry
    code = array("I")
    code.frombytes(base64.b64decode(packed))
    return _sre.compile(pattern, flags, code.tolist(), groups, dict(groupindex), tuple(indexgroup))  # type: ignore[no-any-return]


def _at_top_level() -> bool:
    """Whether the pattern is compiled while a module is being imported: by its top-level code, or by a
    function that code calls (``tracking.prefixed.compiled``), not at run time (the nearest module-level
    frame is then a script's, or a module's whose import has ended); and only vanban's own modules, so that a
    file in the build cache can never change another package's patterns (markdown-it's, MkDocs')."""
    frame: Any = sys._getframe(2)  # re._compile, then re.compile, re.sub … then their callers
    while frame is not None and frame.f_code.co_name != "<module>":
        frame = frame.f_back
    if frame is None or not str(frame.f_globals.get("__name__", "")).startswith(_OWN):
        return False  # other packages' patterns are theirs: never made from a file vanban reads
    spec = frame.f_globals.get("__spec__")
    return bool(getattr(spec, "_initializing", False))


def _compile(pattern: Any, flags: int = 0) -> Any:
    if type(pattern) is not str or flags & re.DEBUG or not _at_top_level():
        return _original(pattern, flags)
    key = f"{flags}:{pattern}"
    entry = _stored.pop(key, None) or _fresh.get(key)  # let go once used: the file holds it (2 MB in all)
    if entry is None and hash(key) in _used:  # made before from the file, or saved since: nothing to keep
        return _original(pattern, flags)
    _used.add(hash(key))
    if entry is not None:
        with contextlib.suppress(Exception):  # a program _sre rejects (a damaged file): compiled below
            return made_from(pattern, entry)
    global _compiled
    _compiled += 1
    entry = _fresh[key] = program(pattern, flags)
    return made_from(pattern, entry)


def _works() -> bool:
    """Whether this Python's ``re`` makes a pattern from the steps :func:`program` repeats."""
    probe = r"(?P<so>s[ốô]\s*)?(\d+)/(\d{4})/[A-ZĐ-]+(?=\W|$)|(?i:quyết định)"
    try:
        return bool(made_from(probe, program(probe, 0)) == _original(probe, 0))
    except Exception:  # pragma: no cover - another Python's internals
        return False


def install() -> bool:
    """Wrap ``re._compiler.compile`` (once) and read the programs the default folder holds (see the module)."""
    global _original
    if _compiler is None or _original is not None:
        return _original is not None
    _original = _compiler.compile
    if not _works():
        _original = None
        return False
    load(os.environ.get("VANBAN_CACHE_DIR") or DEFAULT_DIR)
    if not _stored:  # a cold build: the programs the package's first build (or install) left beside its bytecode
        load_beside()
    _compiler.compile = _compile
    return True


def active() -> bool:
    """Whether ``re._compiler.compile`` is wrapped in this process."""
    return _original is not None


def compiled_by_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """*pattern* as ``re`` itself compiles it (the wrapped function), for comparison."""
    return _original(pattern, flags)  # type: ignore[no-any-return]


def made_here(key: str) -> bool:
    """Whether this process made the pattern of *key* ("flags:text") at import, found or compiled."""
    return hash(key) in _used


def made_count() -> int:
    """How many patterns this process made at import."""
    return len(_used)


def missing() -> set[str]:
    """The keys of those the file did not hold (compiled here; written by the next :func:`save`)."""
    return set(_fresh)


def held() -> set[str]:
    """The keys of the programs read from the file and not used yet."""
    return set(_stored)


def file_path(folder: str) -> Path:
    return Path(folder) / code_fingerprint() / file_name()


def load(folder: str) -> None:
    """Use the programs stored under the build cache *folder* (none when it has no file for this code)."""
    global _read_from, _beside_read, _compiled
    _stored.clear()
    _used.clear()
    _fresh.clear()
    _read_from, _beside_read, _compiled = "", False, 0
    if _original is None or not folder or not Path(folder).is_dir():
        return
    path = file_path(folder)
    _stored.update(stored_programs(path))
    _read_from = str(path) if _stored else ""


def beside_path() -> Path | None:
    """Where the programs are kept beside the package's bytecode (None: this Python keeps no bytecode)."""
    try:
        return Path(importlib.util.cache_from_source(__file__)).with_name(file_name())
    except NotImplementedError:  # pragma: no cover - sys.implementation.cache_tag is None
        return None


def load_beside() -> None:
    """Use the programs kept beside the package (:func:`beside_path`), when no build cache held any."""
    global _read_from, _beside_read
    path = beside_path()
    if _original is None or path is None:
        return
    _stored.update(stored_programs(path))
    _beside_read = bool(_stored)
    if _beside_read:
        _read_from = str(path)


def stored_programs(path: Path) -> dict[str, Entry]:
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if isinstance(found, dict) and found.get("python") == sys.version and isinstance(found.get("patterns"), dict):
        return found["patterns"]  # type: ignore[no-any-return]
    return {}


def save(folder: str) -> None:
    """Write the programs this process made at import to *folder*'s code generation, when it has no such
    file or the file lacked more than a twentieth of them (atomically: a reader sees the old file or the
    new one). Only those: a pattern whose text changes from one process to the next (alternatives joined
    from a set in hash order: a few in vanban) neither piles up nor has the file written again each build."""
    if _original is None or not folder:
        return
    global _read_from
    path = file_path(folder)
    if _read_from == str(path) and len(_fresh) * 20 < len(_used):
        return  # a few missing: patterns joined from a set's words in hash order, new in every process
    if not write_atomic(path, _made()):
        return
    _fresh.clear()
    _read_from = str(path)


def _made() -> bytes:
    """The file of the programs this process made at import, found or fresh."""
    # the entries let go once used (_compile) are read again, from the file they came from
    known = {**stored_programs(Path(_read_from)), **_fresh} if _read_from else dict(_fresh)
    patterns = {key: entry for key, entry in known.items() if hash(key) in _used}
    return json.dumps({"python": sys.version, "patterns": patterns}, separators=(",", ":")).encode()


def save_beside(force: bool = False) -> bool:
    """Keep the programs this process made at import beside the package's bytecode (:func:`beside_path`) when
    none are there, or those there lacked more than a twentieth of them; not under ``PYTHONDONTWRITEBYTECODE``
    unless *force*. Whether it wrote them (a read-only installation: no, and nothing else happens)."""
    path = beside_path()
    if _original is None or path is None or not _used or (sys.dont_write_bytecode and not force):
        return False
    if path.exists() and not (_beside_read and _compiled * 20 >= len(_used)):
        return False  # kept already (a build cache held them, or the file there held nearly all)
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
    return write_atomic(path, _made())
