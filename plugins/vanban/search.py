"""Document search: lunr indexes prebuilt at build time, queried in the browser by lunr.js.

Citizens type on phone keyboards: without diacritics, numbers in any form ("57 nq tw",
"nq 57", "57/NQ-TW"), several syllables of a phrase. Everything that makes that work is
decided here, at build; the browser loads prebuilt indexes and runs the query
(``theme_overrides/assets/vanban/search.js`` mirrors :func:`query_plan` and :func:`search`).

Tokens are produced by this module, not by lunr's tokenizer or pipeline, and are handed
to lunr as lists: the build and search pipelines are empty, so the browser has no pipeline
function to register (``PIPELINE_FUNCTIONS`` is empty and a test keeps it that way).

Files (all JSON with sorted keys: rebuilds are byte-identical):

* ``main-<hash>.json`` (loaded before the first result): the result store (number, type,
  issuer, dates, title, URL of every held and stub document), the type and issuer lists
  (facets) and a lunr index with the fields ``n`` (number parts and the joined number,
  boost 10) and ``f`` (folded title syllables and cited numbers, boost 1).
* ``body-<k>-<hash>.json`` (fetched after the first result is shown, only the shards the
  query needs): lunr indexes of the body text with ``x`` (syllables with diacritics,
  exact, boost 1.5), ``f`` (folded, boost 1) and ``b`` (folded syllable pairs: phrases,
  boost 1.5). A term lives in shard ``fnv1a(key) % count`` where the key is its folded
  syllable, so a query of k syllables reads at most 2k-1 shards of bounded size; the
  shard count grows with the corpus.

Both are lunr indexes serialized by Python lunr and *packed*: lunr's inverted index is
implied by its field vectors, so only the vectors are shipped, transposed by term with
delta-coded document numbers and scores rounded to 1/100. Unpacking (:func:`unpack`,
``unpack()`` in search.js) rebuilds lunr's serialized form exactly, in one linear pass; no
text is tokenised and no score computed on the client.

Ranking (client and :func:`search`): more query syllables covered first (title, number,
type, issuer or body, folded); then syllables matching the document's own number; then
query syllable pairs found adjacent (the phrase); then syllables typed with diacritics
found with the same diacritics; then lunr's score (main + half of body); then newest.
Type and issuer are matched against the short facet lists rather than indexed per
document, which keeps the first download small.
"""

from __future__ import annotations

import dataclasses
import functools
import gzip
import hashlib
import itertools
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lunr.builder import Builder
from lunr.idf import idf
from lunr.index import Index
from lunr.query import Query
from lunr.vector import Vector

from .documents import Document
from .parallel import parallel_map
from .site import PageSpec, SiteModel
from .text import fold, nfc, normalise_dashes

PAGE_PATH = "tim-kiem/"
ASSET_DIR = "assets/vanban/search/"
LUNR_PATH = "assets/vanban/lunr.js"
SCRIPT_PATH = "assets/vanban/search.js"
PIPELINE_FUNCTIONS: tuple[str, ...] = ()  # registered in search.js under the same names

MAIN_FIELDS: dict[str, float] = {"n": 10, "f": 1}
BODY_FIELDS: dict[str, float] = {"x": 1.5, "f": 1, "b": 1.5}
BODY_WEIGHT = 0.5
SCALE = 100  # scores are shipped as integers: round(score * SCALE)
SHARD_POSTINGS = 40_000  # body postings per shard
MAX_WORDS = 30  # query syllables used (bit masks are 32-bit in JS)

# A syllable: Latin letters with Vietnamese marks, and digits. The same class is in search.js.
SYLLABLE_CLASS = "0-9a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f\u1e00-\u1eff"
_SYLLABLE = re.compile(f"[{SYLLABLE_CLASS}]+")
# Phrase boundaries: syllable pairs never cross them (same class in search.js).
_SEGMENT = re.compile(r"[.,;:!?()\[\]{}\"“”‘’«»…|*#>\n]+")
# A document number in running text: digits, then code parts joined by - or /.
_NUMBER_IN_TEXT = re.compile(f"[0-9]+(?:\\s?[-/]\\s?[{SYLLABLE_CLASS}]+)+")
_MD_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_HTML_TAG = re.compile(r"<[^>]+>")


# --------------------------------------------------------------------------- tokens


def _lower(text: str) -> str:
    return normalise_dashes(nfc(text)).lower()


@functools.lru_cache(maxsize=1 << 18)
def fold_lower(text: str) -> str:
    return fold(text).lower()


def _kept_positions(words: list[str]) -> list[tuple[int, str]]:
    return [(i, w) for i, w in enumerate(words)
            if not (i + 1 < len(words) and words[i + 1][:1].isdigit() and fold_lower(w) == "so")]


def drop_so(words: list[str]) -> list[str]:
    """Drop "số" before a number: "Nghị quyết số 57" and "nghị quyết 57" are the same phrase."""
    return [w for _, w in _kept_positions(words)]


def syllables(text: str) -> list[str]:
    """Lower-case NFC syllables: ``"Nghị quyết 57-NQ/TW"`` → ``["nghị", "quyết", "57", "nq", "tw"]``."""
    return _SYLLABLE.findall(_lower(text))


def segments(text: str) -> list[list[str]]:
    """Syllables grouped by phrase (split at punctuation other than - and /), "số" before numbers dropped."""
    return [s for s in (drop_so(syllables(part)) for part in _SEGMENT.split(_lower(text))) if s]


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
    return [j for j in (joined_number(m.group(0)) for m in _NUMBER_IN_TEXT.finditer(_lower(text))) if j]


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
            self.x.extend(s for s, fs in zip(seg, folded, strict=False) if s != fs)
            self.f.extend(folded)
            self.b.extend(pair(a, b) for a, b in itertools.pairwise(folded))
        self.f.extend(numbers_in_text(text))


def strip_markup(body: str) -> str:
    return _HTML_TAG.sub(" ", _MD_LINK_TARGET.sub("]", body))


def meta_tokens(doc: Document) -> dict[str, list[str]]:
    title = FieldTokens()
    title.add_text(doc.title)
    return {"n": number_tokens(doc.number), "f": title.f}


def body_tokens(doc: Document) -> dict[str, list[str]]:
    tokens = FieldTokens()
    tokens.add_text(strip_markup(doc.body))
    return {"x": tokens.x, "f": tokens.f, "b": tokens.b}


def meta_segments(row: Sequence[Any], types: Sequence[str], issuers: Sequence[str]) -> list[list[str]]:
    """The text a result shows, as phrases of syllables ("type number", issuer, title)."""
    return (segments(f"{types[row[2]]} {row[1]}") + segments(issuers[row[3]]) + segments(row[6]))


# --------------------------------------------------------------------------- sharding


def fnv1a(text: str) -> int:
    """32-bit FNV-1a over UTF-16 code units (the same function is in search.js)."""
    h = 0x811C9DC5
    data = text.encode("utf-16-le")
    for i in range(0, len(data), 2):
        h ^= data[i] | (data[i + 1] << 8)
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


@functools.lru_cache(maxsize=1 << 18)
def _shard_hash(term: str) -> int:
    return fnv1a(fold_lower(term))


def shard_of(term: str, count: int) -> int:
    """Exact and folded forms of a syllable share a shard (pairs are folded already)."""
    return _shard_hash(term) % count if count > 1 else 0


# --------------------------------------------------------------------------- index files


class _CountingBuilder(Builder):  # type: ignore[misc]
    """lunr's Builder fed with final tokens: no tokenizer, no per-token metadata copies.

    What ``Builder.add`` stores (term frequencies, field lengths, postings) is stored the same
    way; terms are kept in order of their index so lunr's vectors are built by appending.
    Scoring, the token set and serialization are lunr's own (``Builder.build``).
    """

    def add_tokens(self, ref: str, fields: Mapping[str, Iterable[str] | Mapping[str, int]]) -> None:
        """Add a document from its tokens per field (a list, or term → count)."""
        self._documents[ref] = {}
        self.document_count += 1
        for name in self._fields:
            counts = Counter(fields.get(name, ()))
            if not counts:
                continue  # no vector for an empty field (it would never match); keeps shards linear
            for term in counts:
                if term not in self.inverted_index:
                    posting: dict[str, Any] = {f: {} for f in self._fields}
                    posting["_index"] = self.term_index
                    self.term_index += 1
                    self.inverted_index[term] = posting
                self.inverted_index[term][name][ref] = {}
            ordered = sorted(counts, key=lambda t: self.inverted_index[t]["_index"])
            field_ref = f"{name}/{ref}"
            self.field_term_frequencies[field_ref] = {t: counts[t] for t in ordered}
            self.field_lengths[field_ref] = sum(counts.values())


    def _calculate_average_field_lengths(self) -> None:
        """lunr's average, over the documents that have the field (a shard may have none)."""
        total: dict[str, int] = dict.fromkeys(self._fields, 0)
        count: dict[str, int] = dict.fromkeys(self._fields, 0)
        for field_ref, length in self.field_lengths.items():
            name = field_ref.split("/", 1)[0]
            total[name] += length
            count[name] += 1
        self.average_field_length = {name: total[name] / max(1, count[name]) for name in self._fields}


    def _create_field_vectors(self) -> None:
        """lunr's BM25 field vectors (same formula, same rounding), appended in term order."""
        idf_cache: dict[str, float] = {}
        k1, b, n = self._k1, self._b, self.document_count
        vectors: dict[str, Vector] = {}
        for field_ref, frequencies in self.field_term_frequencies.items():
            name, doc_ref = field_ref.split("/", 1)
            norm = k1 * (1 - b + b * (self.field_lengths[field_ref] / self.average_field_length[name]))
            field_boost, doc_boost = self._fields[name].boost, self._documents[doc_ref].get("boost", 1)
            elements: list[float] = []
            for term, tf in frequencies.items():
                weight = idf_cache.get(term)
                if weight is None:
                    weight = idf_cache[term] = idf(self.inverted_index[term], n)
                score = weight * ((k1 + 1) * tf) / (norm + tf)
                score *= field_boost
                score *= doc_boost
                elements += [self.inverted_index[term]["_index"], round(score, 3)]
            vectors[field_ref] = Vector(elements)
        self.field_vectors = vectors


def build_index(fields: dict[str, float],
                rows: Iterable[tuple[str, Mapping[str, Iterable[str] | Mapping[str, int]]]]) -> Index:
    """A lunr index of pre-tokenised rows; empty pipelines (tokens arrive final)."""
    builder = _CountingBuilder()
    builder.ref("id")
    for name, boost in fields.items():
        builder.field(name, boost=boost)
    for ref, tokens in rows:
        builder.add_tokens(ref, tokens)
    index: Index = builder.build()
    return index


def pack(serialized: dict[str, Any]) -> dict[str, Any]:
    """lunr's serialized index → the shipped form (vectors by term, delta-coded, scores × SCALE)."""
    terms = [term for term, _ in serialized["invertedIndex"]]
    position = {posting["_index"]: i for i, (_, posting) in enumerate(serialized["invertedIndex"])}
    fields: list[str] = serialized["fields"]
    by_term: dict[str, list[list[tuple[int, int]]]] = {f: [[] for _ in terms] for f in fields}
    for ref, elements in serialized["fieldVectors"]:
        name, doc = ref.split("/", 1)
        for k in range(0, len(elements), 2):
            by_term[name][position[elements[k]]].append((int(doc), round(elements[k + 1] * SCALE)))
    postings: dict[str, list[list[int]]] = {}
    for name in fields:
        rows = []
        for entries in by_term[name]:
            flat: list[int] = []
            previous = 0
            for doc, score in sorted(entries):
                flat += [doc - previous, score]
                previous = doc
            rows.append(flat)
        postings[name] = rows
    return {"fields": fields, "terms": terms, "postings": postings, "scale": SCALE}


def unpack(packed: dict[str, Any]) -> dict[str, Any]:
    """The shipped form → lunr's serialized index (what search.js does before ``new lunr.Index``)."""
    fields: list[str] = packed["fields"]
    terms: list[str] = packed["terms"]
    inverted: list[list[Any]] = []
    vectors: dict[str, list[float]] = {}
    for i, term in enumerate(terms):
        posting: dict[str, Any] = {"_index": i}
        for name in fields:
            docs: dict[str, Any] = {}
            flat = packed["postings"][name][i]
            doc = 0
            for k in range(0, len(flat), 2):
                doc += flat[k]
                docs[str(doc)] = {}
                vectors.setdefault(f"{name}/{doc}", []).extend([i, flat[k + 1] / packed["scale"]])
            posting[name] = docs
        inverted.append([term, posting])
    return {"version": "2.3.9", "fields": fields, "fieldVectors": sorted(vectors.items()),
            "invertedIndex": inverted, "pipeline": []}


def load(packed: dict[str, Any]) -> Index:
    return Index.load(unpack(packed))


def dumps(obj: Any) -> bytes:
    """Stable JSON: sorted keys, no spaces, UTF-8, so rebuilds are byte-identical."""
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def ordered_documents(site: SiteModel) -> list[Document]:
    return [site.documents[k] for k in sorted(site.documents)]


def store_row(doc: Document, types: dict[str, int], issuers: dict[str, int]) -> list[Any]:
    """What one result shows: [url, number, type id, issuer id, date shown, ISO date, title, held]."""
    return [
        doc.url,
        doc.number,
        types[doc.type],
        issuers[doc.issuer],
        doc.date.vietnamese() if doc.date else "",
        doc.date.iso() if doc.date else (str(doc.year) if doc.year else ""),
        doc.title,
        1 if doc.held else 0,
    ]


@dataclass
class SearchBundle:
    """The search files of a site, as data: what is written and what tests query."""

    main: dict[str, Any]
    shards: list[dict[str, Any]]
    files: dict[str, bytes]  # site-relative path → bytes
    main_path: str


def build_bundle(docs: Sequence[Document],
                 analysed: Mapping[str, Mapping[str, Counter[str]]] | None = None) -> SearchBundle:
    """The index files; *analysed* holds body tokens already counted (by document id)."""
    refs = [str(i) for i in range(len(docs))]
    types = sorted({d.type for d in docs}, key=lambda t: (fold_lower(t), t))
    issuers = sorted({d.issuer for d in docs}, key=lambda t: (fold_lower(t), t))
    type_ids = {t: i for i, t in enumerate(types)}
    issuer_ids = {t: i for i, t in enumerate(issuers)}
    main_index = build_index(MAIN_FIELDS, ((r, meta_tokens(d)) for r, d in zip(refs, docs, strict=False)))

    bodies = [analysed[d.id] if analysed and d.id in analysed
              else {name: Counter(tokens) for name, tokens in body_tokens(d).items()} for d in docs]
    postings = sum(len(counts) for body in bodies for counts in body.values())
    count = max(1, math.ceil(postings / SHARD_POSTINGS))
    shard_rows: list[list[tuple[str, dict[str, dict[str, int]]]]] = [[] for _ in range(count)]
    for ref, body in zip(refs, bodies, strict=False):
        split: dict[int, dict[str, dict[str, int]]] = {}
        for name, counts in body.items():
            for token, n in counts.items():
                split.setdefault(shard_of(token, count), {}).setdefault(name, {})[token] = n
        for k in sorted(split):
            shard_rows[k].append((ref, split[k]))
    files: dict[str, bytes] = {}
    shard_names: list[str] = []
    shards: list[dict[str, Any]] = []
    built = parallel_map(_shard, shard_rows, min_items=4)
    for k, (packed, data) in enumerate(built):
        name = f"body-{k}-{hashlib.sha256(data).hexdigest()[:10]}.json"
        files[ASSET_DIR + name] = data
        shard_names.append(name)
        shards.append(packed)
    main = {
        "v": 1,
        "docs": [store_row(d, type_ids, issuer_ids) for d in docs],
        "types": types,
        "issuers": issuers,
        "index": pack(main_index.serialize()),
        "shards": shard_names,
        "bodyWeight": BODY_WEIGHT,
    }
    data = dumps(main)
    main_path = f"{ASSET_DIR}main-{hashlib.sha256(data).hexdigest()[:10]}.json"
    files[main_path] = data
    return SearchBundle(main=main, shards=shards, files=files, main_path=main_path)


def _shard(rows: list[tuple[str, dict[str, dict[str, int]]]]) -> tuple[dict[str, Any], bytes]:
    """One body shard, packed and serialised (module level: it runs in worker processes)."""
    packed = pack(build_index(BODY_FIELDS, rows).serialize())
    return packed, dumps(packed)


def lunr_js_source() -> bytes:
    """lunr.js 2.3.9 from the installed mkdocs package (never vendored, never from a CDN)."""
    import mkdocs.contrib.search as mkdocs_search

    return (Path(mkdocs_search.__file__).parent / "templates" / "search" / "lunr.js").read_bytes()


def filter_values(docs: Sequence[Document]) -> dict[str, list[str]]:
    return {
        "types": sorted({d.type for d in docs if d.type}, key=lambda t: (fold_lower(t), t)),
        "issuers": sorted({d.issuer for d in docs if d.issuer}, key=lambda t: (fold_lower(t), t)),
        "years": sorted({str(d.year) for d in docs if d.year}, reverse=True),
    }


LISTINGS = (("van-ban/", "tất cả văn bản"), ("loai/", "theo loại văn bản"),
            ("co-quan/", "theo cơ quan ban hành"), ("nam/", "theo năm ban hành"))


def contribute(site: SiteModel) -> None:
    """Add the search page and write lunr.js and the index files."""
    from .analysis import analyses_of

    docs = ordered_documents(site)
    analyses = analyses_of(site)
    bundle = build_bundle(docs, {doc_id: a.tokens for doc_id, a in analyses.items()})
    # The token counts are the bulk of the analyses' memory and nothing after search needs them.
    for doc_id, analysis in list(analyses.items()):
        analyses[doc_id] = dataclasses.replace(analysis, tokens={})
    for path, data in bundle.files.items():
        site.add_output(path, data)
    site.add_output(LUNR_PATH, lunr_js_source())
    site.extra["search"] = bundle
    site.add_page(PageSpec(
        path=PAGE_PATH,
        template="vanban/search.html",
        title="Tìm kiếm văn bản",
        description="Tìm văn bản theo số ký hiệu, trích yếu, loại, cơ quan ban hành và năm; gõ có dấu hay không dấu đều được.",
        data={
            "index_url": bundle.main_path,
            "lunr_url": LUNR_PATH,
            "script_url": SCRIPT_PATH,
            "count": len(docs),
            "filters": filter_values(docs),
            "listings": [{"path": p, "label": label} for p, label in LISTINGS
                         if p in site.pages or p == "van-ban/"],
        },
    ))


# --------------------------------------------------------------------------- sizes


def gzip_size(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6, mtime=0))


def search_script_source() -> bytes:
    path = Path(__file__).resolve().parents[2] / "theme_overrides" / SCRIPT_PATH
    return path.read_bytes() if path.exists() else b""


def index_sizes(site: SiteModel) -> dict[str, int]:
    """Bytes (raw and gzipped) of the search files; ``first_result*`` is what loads before a result shows.

    ``first_result`` = lunr.js + search.js + the main index (body shards come after).
    """
    bundle: SearchBundle | None = site.extra.get("search")
    if bundle is None:
        bundle = build_bundle(ordered_documents(site))
    lunr_js = site.outputs.get(LUNR_PATH) or lunr_js_source()
    script = search_script_source()
    main = bundle.files[bundle.main_path]
    body = [data for path, data in sorted(bundle.files.items()) if path != bundle.main_path]
    body_gz = [gzip_size(b) for b in body]
    sizes = {
        "documents": len(bundle.main["docs"]),
        "lunr_js": len(lunr_js),
        "lunr_js_gzip": gzip_size(lunr_js),
        "search_js": len(script),
        "search_js_gzip": gzip_size(script),
        "main_index": len(main),
        "main_index_gzip": gzip_size(main),
        "body_shards": len(body),
        "body_index": sum(len(b) for b in body),
        "body_index_gzip": sum(body_gz),
        "body_shard_max_gzip": max(body_gz, default=0),
    }
    sizes["first_result"] = sizes["lunr_js"] + sizes["search_js"] + sizes["main_index"]
    sizes["first_result_gzip"] = sizes["lunr_js_gzip"] + sizes["search_js_gzip"] + sizes["main_index_gzip"]
    return sizes


# --------------------------------------------------------------------------- query (mirrors search.js)


@dataclass
class QueryPlan:
    """The lunr clauses of a query and what each matched term stands for."""

    words: list[str]  # folded query syllables, in order ("số" before a number dropped)
    exact: list[str]  # the same as typed (lower case)
    main: list[dict[str, Any]]
    body: list[dict[str, Any]]
    cover: dict[str, int]  # index term → bit mask of the query syllables it matches
    pairs: dict[str, int]  # pair term → bit of the pair (i for words i, i+1)
    prefix: str  # folded last syllable while the query is still being typed, else ""


def query_plan(query: str, typing: bool = False) -> QueryPlan:
    """The clauses for a query as typed (``plan()`` in search.js follows the same steps)."""
    words: list[str] = []
    exact: list[str] = []
    main: list[dict[str, Any]] = []
    body: list[dict[str, Any]] = []
    cover: dict[str, int] = {}
    pairs: dict[str, int] = {}

    def add(term: str, fields: list[str], mask: int, boost: float = 1) -> None:
        cover[term] = cover.get(term, 0) | mask
        if "n" in fields or "f" in fields:
            main.append({"term": term, "fields": [f for f in fields if f in MAIN_FIELDS], "boost": boost})
        if any(f in BODY_FIELDS for f in fields):
            body.append({"term": term, "fields": [f for f in fields if f in BODY_FIELDS], "boost": boost})

    for part in _SEGMENT.split(_lower(query)):
        chunks = part.split()
        tagged = [(s, c) for c, chunk in enumerate(chunks) for s in syllables(chunk)]
        kept_tags = [tagged[i] for i, _ in _kept_positions([s for s, _ in tagged])]
        kept_tags = kept_tags[: MAX_WORDS - len(words)]
        start = len(words)
        exact += [s for s, _ in kept_tags]
        words += [fold_lower(s) for s, _ in kept_tags]
        for i in range(start, len(words) - 1):
            key = pair(words[i], words[i + 1])
            pairs[key] = pairs.get(key, 0) | 1 << i
        consumed = start
        for c, chunk in enumerate(chunks):
            n = sum(1 for _, tag in kept_tags if tag == c)
            joined = joined_number(chunk)
            if joined and n > 1:
                add(joined, ["n", "f"], ((1 << n) - 1) << consumed, 2)
            consumed += n
    for i, (s, w) in enumerate(zip(exact, words, strict=False)):
        if s != w:
            add(s, ["x"], 1 << i)
        add(w, ["n", "f"], 1 << i)
    for term, bits in pairs.items():
        add(term, ["b"], bits | bits << 1)
    prefix = words[-1] if typing and words and len(words[-1]) >= 2 else ""
    if prefix:
        main.append({"term": prefix, "fields": ["n", "f"], "boost": 0.5, "wildcard": True})
    return QueryPlan(words, exact, main, body, cover, pairs, prefix)


def _run(index: Index, clauses: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if not clauses:
        return []

    def build(q: Query) -> None:
        for c in clauses:
            q.term(c["term"], fields=c["fields"], boost=c["boost"], use_pipeline=False,
                   wildcard=Query.WILDCARD_TRAILING if c.get("wildcard") else Query.WILDCARD_NONE)

    results: list[dict[str, Any]] = index.query(callback=build)
    return results


@dataclass
class Hit:
    ref: int
    score: float = 0.0
    cover: int = 0  # query syllables found (folded)
    own: int = 0  # query syllables matching the document's own number
    pairs: int = 0  # query pairs found adjacent
    exact: int = 0  # syllables typed with diacritics found with the same diacritics

    def key(self, iso: str) -> tuple[Any, ...]:
        c = bin
        return (-c(self.cover).count("1"), -c(self.own).count("1"), -c(self.pairs).count("1"),
                -c(self.exact).count("1"), -round(self.score, 6), _neg(iso), self.ref)


def _neg(iso: str) -> tuple[int, ...]:
    return (*tuple(-ord(c) for c in iso), 1)


def _word_matches(plan: QueryPlan, word: str) -> int:
    mask = 0
    for i, w in enumerate(plan.words):
        if word == w or (plan.prefix and i == len(plan.words) - 1 and word.startswith(plan.prefix)):
            mask |= 1 << i
    return mask


def refine(plan: QueryPlan, hit: Hit, segs: list[list[str]], own_number: str) -> None:
    """Cover, own-number, pair and exact matches in the text a result shows."""
    exact_bits = {s: 0 for s in plan.exact}
    for i, s in enumerate(plan.exact):
        if s != plan.words[i]:
            exact_bits[s] |= 1 << i
    for seg in segs:
        folded = [fold_lower(s) for s in seg]
        for k, (s, w) in enumerate(zip(seg, folded, strict=False)):
            hit.cover |= _word_matches(plan, w)
            hit.exact |= exact_bits.get(s, 0)
            if k + 1 < len(folded):
                hit.pairs |= plan.pairs.get(pair(w, folded[k + 1]), 0)
    for part in number_tokens(own_number):
        hit.own |= _word_matches(plan, part)


def search(bundle: SearchBundle, query: str, typing: bool = False, *,
           filters: dict[str, str] | None = None) -> list[tuple[Hit, list[Any]]]:
    """Run a query as the browser does: main index and facets, refine on the shown text, then body shards."""
    plan = query_plan(query, typing)
    main = bundle.main
    docs = main["docs"]
    hits: dict[int, Hit] = {}
    if plan.words:
        for m in _run(load(main["index"]), plan.main):
            hits[int(m["ref"])] = Hit(int(m["ref"]), m["score"])
        facet = {"types": [0] * len(main["types"]), "issuers": [0] * len(main["issuers"])}
        for name in facet:
            for i, text in enumerate(main[name]):
                for w in syllables(text):
                    facet[name][i] |= _word_matches(plan, fold_lower(w))
        for ref, row in enumerate(docs):
            if ref not in hits and (facet["types"][row[2]] or facet["issuers"][row[3]]):
                hits[ref] = Hit(ref)
        count = len(bundle.shards)
        by_shard: dict[int, list[dict[str, Any]]] = {}
        for c in plan.body:
            by_shard.setdefault(shard_of(c["term"], count), []).append(c)
        for k, clauses in sorted(by_shard.items()):
            for m in _run(load(bundle.shards[k]), clauses):
                hit = hits.setdefault(int(m["ref"]), Hit(int(m["ref"])))
                hit.score += m["score"] * main["bodyWeight"]
                for term, fields in m["match_data"].metadata.items():
                    bits = plan.cover.get(term, 0)
                    if "b" in fields:
                        hit.pairs |= plan.pairs.get(term, 0)
                    if "x" in fields:
                        hit.exact |= bits
                    hit.cover |= bits
        for hit in hits.values():
            row = docs[hit.ref]
            refine(plan, hit, meta_segments(row, main["types"], main["issuers"]), row[1])
    else:
        hits = {ref: Hit(ref) for ref in range(len(docs))}
    result = [(h, docs[h.ref]) for h in hits.values() if _passes(docs[h.ref], main, filters or {})]
    return sorted(result, key=lambda hr: hr[0].key(hr[1][5]))


def _passes(row: list[Any], main: dict[str, Any], filters: dict[str, str]) -> bool:
    if filters.get("type") and main["types"][row[2]] != filters["type"]:
        return False
    if filters.get("issuer") and main["issuers"][row[3]] != filters["issuer"]:
        return False
    return not (filters.get("year") and row[5][:4] != filters["year"])
