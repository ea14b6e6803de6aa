"""Document search: a lunr index prebuilt at build time, queried in the browser by lunr.js.

Citizens type on phone keyboards: without diacritics, numbers in any form ("57 nq tw",
"nq 57", "57/NQ-TW"), syllables of a phrase. Everything that makes that work happens here,
at build, so the browser only loads a serialized index and runs the query.

Tokens are produced by this module (not by lunr's tokenizer or pipeline) and handed to
lunr as lists, so the build and search pipelines are empty: the browser mirrors
:func:`query_plan` in ``assets/vanban/search.js`` and needs no registered functions.

Two kinds of file, so the download before the first result stays small and grows
linearly with the corpus:

* ``main`` (always loaded): numbers, type, issuer and title of every held and stub
  document, plus the result store (what each result shows) and the filter values.
  Fields: ``n`` number parts and joined number (boost 10), ``x`` meta syllables that
  carry diacritics, exact (boost 3), ``f`` the same folded (boost 2), ``b`` folded
  syllable pairs, i.e. phrases (boost 3).
* ``body`` shards (fetched after the first result, only those the query needs): the
  body text with fields ``x``, ``f``, ``b``. A term belongs to shard
  ``fnv1a(key) % count`` where the key is the folded syllable (or the pair), so a query
  of *k* syllables reads at most 2k-1 shards, each of a bounded size.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lunr.builder import Builder
from lunr.index import Index
from lunr.query import Query

from .documents import Document
from .site import PageSpec, SiteModel
from .text import fold, nfc, normalise_dashes

PAGE_PATH = "tim-kiem/"
ASSET_DIR = "assets/vanban/search/"
LUNR_PATH = "assets/vanban/lunr.js"
SCRIPT_PATH = "assets/vanban/search.js"

# Field boosts (build time) and body weighting: see the module docstring.
MAIN_FIELDS: dict[str, float] = {"n": 10, "x": 3, "f": 2, "b": 3}
BODY_FIELDS: dict[str, float] = {"x": 1.5, "f": 1, "b": 1.5}
SHARD_POSTINGS = 60_000  # body postings per shard (about 100 KB gzipped at most)

# A syllable: letters (Latin with Vietnamese marks) and digits. The same class is in search.js.
_SYLLABLE = re.compile("[0-9a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f\u1e00-\u1eff]+")
# Phrase boundaries: syllable pairs never cross them.
_SEGMENT = re.compile(r"[.,;:!?()\[\]{}\"“”‘’'«»…\n|*#>]+")
# A document number as written in running text: digits, then code parts joined by - or /.
_NUMBER_IN_TEXT = re.compile(
    "[0-9]+(?:\\s?[-/]\\s?[0-9a-z\u00c0-\u024f\u1e00-\u1eff]+)+"
)
_MD_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_HTML_TAG = re.compile(r"<[^>]+>")


# --------------------------------------------------------------------------- tokens


def _lower(text: str) -> str:
    return normalise_dashes(nfc(text)).lower()


def syllables(text: str) -> list[str]:
    """Lower-case NFC syllables: ``"Nghị quyết 57-NQ/TW"`` → ``["nghị", "quyết", "57", "nq", "tw"]``."""
    return _SYLLABLE.findall(_lower(text))


def segments(text: str) -> list[list[str]]:
    """Syllables grouped by phrase (split at punctuation other than - and /)."""
    return [s for s in (syllables(part) for part in _SEGMENT.split(_lower(text))) if s]


def fold_lower(text: str) -> str:
    return fold(text).lower()


def joined_number(number: str) -> str:
    """``"57-NQ/TW"`` → ``"57nqtw"``; ``"300/LĐLĐ"`` → ``"300ldld"``; "" for a single part."""
    parts = [fold_lower(s) for s in syllables(number)]
    return "".join(parts) if len(parts) > 1 else ""


def number_tokens(number: str) -> list[str]:
    """Parts and the joined form: what "57-NQ/TW", "57/NQ-TW", "57 nq tw" and "nq 57" all meet."""
    parts = [fold_lower(s) for s in syllables(number)]
    joined = joined_number(number)
    return parts + ([joined] if joined else [])


def numbers_in_text(text: str) -> list[str]:
    """Joined forms of the document numbers cited in running text."""
    out = []
    for m in _NUMBER_IN_TEXT.finditer(_lower(text)):
        joined = joined_number(m.group(0))
        if joined:
            out.append(joined)
    return out


def pair(a: str, b: str) -> str:
    return f"{a}_{b}"


@dataclass
class FieldTokens:
    """Exact (diacritic-bearing only), folded and pair tokens of a text."""

    x: list[str] = field(default_factory=list)
    f: list[str] = field(default_factory=list)
    b: list[str] = field(default_factory=list)

    def add_text(self, text: str) -> None:
        for seg in segments(text):
            folded = [fold_lower(s) for s in seg]
            self.x.extend(s for s, fs in zip(seg, folded) if s != fs)
            self.f.extend(folded)
            self.b.extend(pair(a, b) for a, b in zip(folded, folded[1:]))
        self.f.extend(numbers_in_text(text))


def strip_markup(body: str) -> str:
    return _HTML_TAG.sub(" ", _MD_LINK_TARGET.sub("]", body))


def meta_tokens(doc: Document) -> dict[str, list[str]]:
    tokens = FieldTokens()
    tokens.add_text(doc.label)  # "Nghị quyết số 57-NQ/TW"
    if doc.number:
        tokens.add_text(f"{doc.type} {doc.number}")  # pairs for "nghị quyết 57"
    tokens.add_text(doc.issuer)
    tokens.add_text(doc.title)
    return {"n": number_tokens(doc.number), "x": tokens.x, "f": tokens.f, "b": tokens.b}


def body_tokens(doc: Document) -> dict[str, list[str]]:
    tokens = FieldTokens()
    tokens.add_text(strip_markup(doc.body))
    return {"x": tokens.x, "f": tokens.f, "b": tokens.b}


# --------------------------------------------------------------------------- sharding


def fnv1a(text: str) -> int:
    """32-bit FNV-1a over UTF-16 code units (identical in search.js)."""
    h = 0x811C9DC5
    data = text.encode("utf-16-le")
    for i in range(0, len(data), 2):
        h ^= data[i] | (data[i + 1] << 8)
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def shard_key(field_name: str, term: str) -> str:
    """Exact and folded forms of a syllable share a shard; a pair goes by itself."""
    return term if field_name == "b" else fold_lower(term)


def shard_of(field_name: str, term: str, count: int) -> int:
    return fnv1a(shard_key(field_name, term)) % count if count > 1 else 0


# --------------------------------------------------------------------------- index


def _build(fields: dict[str, float], rows: Iterable[tuple[str, dict[str, list[str]]]]) -> Index:
    builder = Builder()  # empty pipelines: tokens are final
    builder.ref("id")
    for name, boost in fields.items():
        builder.field(name, boost=boost)
    for ref, tokens in rows:
        builder.add({"id": ref, **{name: tokens.get(name, []) for name in fields}})
    return builder.build()


def dumps(obj: Any) -> bytes:
    """Stable JSON: sorted keys, no spaces, UTF-8, so rebuilds are byte-identical."""
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def ordered_documents(site: SiteModel) -> list[Document]:
    return [site.documents[k] for k in sorted(site.documents)]


def store_row(doc: Document) -> list[Any]:
    """What one result shows: [url, number, type, issuer, date shown, ISO date, title, held]."""
    return [
        doc.url,
        doc.number,
        doc.type,
        doc.issuer,
        doc.date.vietnamese() if doc.date else "",
        doc.date.iso() if doc.date else (str(doc.year) if doc.year else ""),
        doc.title,
        1 if doc.held else 0,
    ]


@dataclass
class SearchBundle:
    """The index files of a site, as data (what is written and what tests query)."""

    main: dict[str, Any]
    shards: list[dict[str, Any]]
    files: dict[str, bytes]  # site-relative path → bytes
    main_path: str


def build_bundle(docs: Sequence[Document]) -> SearchBundle:
    refs = [str(i) for i in range(len(docs))]
    main_index = _build(MAIN_FIELDS, ((r, meta_tokens(d)) for r, d in zip(refs, docs)))
    bodies = [body_tokens(d) for d in docs]
    postings = sum(len(set(toks)) for b in bodies for toks in b.values())
    count = max(1, math.ceil(postings / SHARD_POSTINGS))
    shard_rows: list[list[tuple[str, dict[str, list[str]]]]] = [[] for _ in range(count)]
    for ref, body in zip(refs, bodies):
        split: list[dict[str, list[str]]] = [{n: [] for n in BODY_FIELDS} for _ in range(count)]
        for name, toks in body.items():
            for tok in toks:
                split[shard_of(name, tok, count)][name].append(tok)
        for k in range(count):
            if any(split[k].values()):
                shard_rows[k].append((ref, split[k]))
    files: dict[str, bytes] = {}
    shard_files: list[str] = []
    shards: list[dict[str, Any]] = []
    for k in range(count):
        serialized = _build(BODY_FIELDS, shard_rows[k]).serialize()
        data = dumps(serialized)
        name = f"{ASSET_DIR}body-{k}-{hashlib.sha256(data).hexdigest()[:10]}.json"
        files[name] = data
        shard_files.append(name.removeprefix(ASSET_DIR))
        shards.append(serialized)
    main = {
        "v": 1,
        "docs": [store_row(d) for d in docs],
        "index": main_index.serialize(),
        "shards": shard_files,
    }
    data = dumps(main)
    main_path = f"{ASSET_DIR}main-{hashlib.sha256(data).hexdigest()[:10]}.json"
    files[main_path] = data
    return SearchBundle(main=main, shards=shards, files=files, main_path=main_path)


def lunr_js_source() -> bytes:
    """lunr.js 2.3.9 from the installed mkdocs package (never vendored, never from a CDN)."""
    import mkdocs.contrib.search as mkdocs_search

    return (Path(mkdocs_search.__file__).parent / "templates" / "search" / "lunr.js").read_bytes()


def filter_values(docs: Sequence[Document]) -> dict[str, list[str]]:
    years = sorted({str(d.year) for d in docs if d.year}, reverse=True)
    return {
        "types": sorted({d.type for d in docs if d.type}, key=fold_lower),
        "issuers": sorted({d.issuer for d in docs if d.issuer}, key=fold_lower),
        "years": years,
    }


LISTINGS = (("van-ban/", "Tất cả văn bản"), ("loai/", "Theo loại văn bản"),
            ("co-quan/", "Theo cơ quan ban hành"), ("nam/", "Theo năm ban hành"))


def contribute(site: SiteModel) -> None:
    """Add the search page and write lunr.js and the index files."""
    docs = ordered_documents(site)
    bundle = build_bundle(docs)
    for path, data in bundle.files.items():
        site.add_output(path, data)
    site.add_output(LUNR_PATH, lunr_js_source())
    site.extra["search"] = bundle
    site.add_page(PageSpec(
        path=PAGE_PATH,
        template="vanban/search.html",
        title="Tìm kiếm văn bản",
        description="Tìm văn bản theo số ký hiệu, trích yếu, cơ quan ban hành, loại và năm; gõ có dấu hay không dấu đều được.",
        data={
            "index_url": bundle.main_path,
            "lunr_url": LUNR_PATH,
            "script_url": SCRIPT_PATH,
            "count": len(docs),
            "filters": filter_values(docs),
            "listings": [{"path": p, "label": label} for p, label in LISTINGS
                         if p in site.pages or not site.pages],
        },
    ))


# --------------------------------------------------------------------------- sizes


def _gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6, mtime=0))


def search_script_source() -> bytes:
    path = Path(__file__).resolve().parents[2] / "theme_overrides" / SCRIPT_PATH
    return path.read_bytes() if path.exists() else b""


def index_sizes(site: SiteModel) -> dict[str, int]:
    """Bytes (raw and gzipped) of the search files; ``first_result*`` is what loads before a result shows."""
    bundle: SearchBundle | None = site.extra.get("search")
    if bundle is None:
        bundle = build_bundle(ordered_documents(site))
    lunr_js = site.outputs.get(LUNR_PATH) or lunr_js_source()
    script = search_script_source()
    main = bundle.files[bundle.main_path]
    body = [data for path, data in bundle.files.items() if path != bundle.main_path]
    sizes = {
        "documents": len(bundle.main["docs"]),
        "lunr_js": len(lunr_js),
        "lunr_js_gzip": _gz(lunr_js),
        "search_js": len(script),
        "search_js_gzip": _gz(script),
        "main_index": len(main),
        "main_index_gzip": _gz(main),
        "body_shards": len(body),
        "body_index": sum(len(b) for b in body),
        "body_index_gzip": sum(_gz(b) for b in body),
        "body_shard_max_gzip": max((_gz(b) for b in body), default=0),
    }
    sizes["first_result"] = sizes["lunr_js"] + sizes["search_js"] + sizes["main_index"]
    sizes["first_result_gzip"] = sizes["lunr_js_gzip"] + sizes["search_js_gzip"] + sizes["main_index_gzip"]
    return sizes


# --------------------------------------------------------------------------- query (mirrors search.js)


@dataclass
class QueryPlan:
    """Clauses for the main and body indexes, and what each matched term covers."""

    words: list[str]  # folded query syllables, in order
    main: list[dict[str, Any]]
    body: list[dict[str, Any]]
    cover: dict[str, int]  # term → bit mask of the query syllables it stands for
    prefix: str  # folded last syllable when the query may still be typed ("" otherwise)


def query_plan(query: str, typing: bool = False) -> QueryPlan:
    """The lunr clauses for a query as typed (same rules as ``plan()`` in search.js)."""
    text = _lower(query)
    words: list[str] = []
    exact: list[str] = []
    main: list[dict[str, Any]] = []
    body: list[dict[str, Any]] = []
    cover: dict[str, int] = {}

    def add(term: str, fields: list[str], mask: int, boost: float = 1) -> None:
        cover[term] = cover.get(term, 0) | mask
        for target in (main, body):
            fs = [f for f in fields if target is main or f != "n"]
            if fs:
                target.append({"term": term, "fields": fs, "boost": boost})

    pair_terms: list[tuple[str, int]] = []
    for seg in _SEGMENT.split(text):
        for chunk in seg.split():
            parts = syllables(chunk)
            start = len(words)
            for s in parts:
                exact.append(s)
                words.append(fold_lower(s))
            joined = joined_number(chunk)
            if joined:
                mask = sum(1 << i for i in range(start, len(words)))
                add(joined, ["n", "f"], mask, 2)
        seg_words = syllables(seg)
        base = len(words) - len(seg_words)
        for i in range(len(seg_words) - 1):
            pair_terms.append((pair(words[base + i], words[base + i + 1]), (3 << (base + i))))
    for i, (s, w) in enumerate(zip(exact, words)):
        if s != w:
            add(s, ["x"], 1 << i)
        add(w, ["n", "f"], 1 << i)
    for term, mask in pair_terms:
        add(term, ["b"], mask)
    prefix = words[-1] if typing and words and len(words[-1]) >= 2 else ""
    if prefix:
        main.append({"term": prefix, "fields": ["n", "f"], "boost": 0.5, "wildcard": True})
    return QueryPlan(words=words, main=main, body=body, cover=cover, prefix=prefix)


def _run(index: Index, clauses: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if not clauses:
        return []

    def build(q: Query) -> None:
        for c in clauses:
            q.term(c["term"], fields=c["fields"], boost=c["boost"], use_pipeline=False,
                   wildcard=Query.WILDCARD_TRAILING if c.get("wildcard") else Query.WILDCARD_NONE)

    return index.query(callback=build)


def _coverage(plan: QueryPlan, match_data: Any) -> int:
    mask = 0
    for term in match_data.metadata:
        if term in plan.cover:
            mask |= plan.cover[term]
        elif plan.prefix and term.startswith(plan.prefix):
            mask |= 1 << (len(plan.words) - 1)
    return mask


@dataclass
class Result:
    ref: str
    score: float
    cover: int
    row: list[Any]


def search(bundle: SearchBundle, query: str, typing: bool = False) -> list[Result]:
    """Run a query the way the browser does: main index, then the body shards, merged and ranked.

    Ranking: documents covering more of the query's syllables first, then by score.
    """
    plan = query_plan(query, typing)
    main_index = Index.load(bundle.main["index"])
    found: dict[str, Result] = {}
    for m in _run(main_index, plan.main):
        found[m["ref"]] = Result(m["ref"], m["score"], _coverage(plan, m["match_data"]), bundle.main["docs"][int(m["ref"])])
    count = len(bundle.shards)
    by_shard: dict[int, list[dict[str, Any]]] = {}
    for c in plan.body:
        by_shard.setdefault(shard_of(c["fields"][0], c["term"], count), []).append(c)
    for k, clauses in sorted(by_shard.items()):
        for m in _run(Index.load(bundle.shards[k]), clauses):
            cov = _coverage(plan, m["match_data"])
            r = found.get(m["ref"])
            if r is None:
                found[m["ref"]] = Result(m["ref"], m["score"] * BODY_WEIGHT, cov, bundle.main["docs"][int(m["ref"])])
            else:
                r.score += m["score"] * BODY_WEIGHT
                r.cover |= cov
    return sorted(found.values(), key=lambda r: (-bin(r.cover).count("1"), -r.score, int(r.ref)))


BODY_WEIGHT = 0.5
