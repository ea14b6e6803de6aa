"""The search page (``/tim-kiem/``): its page spec and the index files of the site."""

from __future__ import annotations

from collections.abc import Sequence

from ..analysis import Analyses
from ..documents import Document
from ..site import PageSpec, SiteModel
from ..tokens import fold_lower
from .bundle import SearchBundle, build_bundle, ordered_documents

PAGE_PATH = "tim-kiem/"
SCRIPT_PATH = "assets/vanban/search.js"


def filter_values(docs: Sequence[Document]) -> dict[str, list[str]]:
    return {
        "types": sorted({d.type for d in docs if d.type}, key=lambda t: (fold_lower(t), t)),
        "issuers": sorted({d.issuer for d in docs if d.issuer}, key=lambda t: (fold_lower(t), t)),
        "years": sorted({str(d.year) for d in docs if d.year}, reverse=True),
    }


LISTINGS = (("van-ban/", "tất cả văn bản"), ("loai/", "theo loại văn bản"),
            ("co-quan/", "theo cơ quan ban hành"), ("nam/", "theo năm ban hành"))


def contribute(site: SiteModel, analyses: Analyses, *, consume: bool = False) -> SearchBundle:
    """Add the search page and write the index files; *consume*: the analyses' search tokens are
    read by nothing else (no cache keeps them), and are emptied as they are indexed."""
    docs = ordered_documents(site)
    bundle = build_bundle(docs, {doc_id: a.tokens for doc_id, a in analyses.by_id.items()}, consume=consume)
    for path, data in bundle.files.items():
        site.add_output(path, data)
    site.add_page(PageSpec(
        path=PAGE_PATH,
        template="vanban/search.html",
        title="Tìm kiếm văn bản",
        description="Tìm văn bản theo số ký hiệu, trích yếu, loại, cơ quan ban hành và năm; gõ có dấu hay không dấu đều được.",
        data={
            "index_url": bundle.index_path,
            "script_url": SCRIPT_PATH,
            "count": len(docs),
            "filters": filter_values(docs),
            "listings": [{"path": p, "label": label} for p, label in LISTINGS
                         if p in site.pages or p == "van-ban/"],
        },
    ))
    return bundle
