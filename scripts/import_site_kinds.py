"""What a clerk sees after importing real documents, counted by kind over a content folder.

    python scripts/real_site.py OUT && python scripts/import_site_kinds.py OUT/content [-v]

Kinds (the twenty-fifth session's QA of a site built from 702 real Word originals):
- wall: a body of more than 1,000 characters in at most two paragraphs; "header run in" when the first one holds
  the national motto or "Độc lập - Tự do - Hạnh phúc" (a flattened copy of the header);
- leftover: a body line that is a portal page's, not the document's: an empty image ("![]()"), a link prompt
  ("Chi tiết công văn xem tại đây"), a share button ("Xem Tin tức … trên Google+"), a side box's heading or counter
  ("Các tin khác", "Thống kê truy cập", "Truy cập tổng 1.753.202", "return to top");
- shouting title: a trích yếu in capitals; "V/v" title: one that keeps the Công văn's label;
- issuer: a title of office alone ("Bộ trưởng", "Bộ trưởng Bộ"), or one in capitals.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

from vanban.importer.patterns import is_upper

WALL_CHARS = 1000
_MOTTO = re.compile(r"CỘNG\s*H\S{1,3}\s+X\S{1,2}\s+HỘI|ĐẢNG\s+CỘNG\s+SẢN|Độc\s+lập\s*[-–]\s*Tự")
_LEFTOVER = re.compile(r"!\\?\[\\?\]\(\)|.*\bxem\s+tại\s+đây\b.*|.*\btrên\s+Google\+.*|(?:các )?tin (?:khác|liên quan|cùng "
                       r"(?:nhóm|danh mục))|xem tin theo ngày|thống kê truy cập|truy c[ậâ]p (?:tổng|hiện tại) [\d.]+"
                       r"|qr code(?: fanpage)?|return to top|chung nhan tin nhiem mang|chúng tôi trên mạng xã hội", re.I)
# "Bộ trưởng", "Bộ trưởng Bộ": a title of office with no body named after it (or a body's kind word alone)
_OFFICE = re.compile(r"(?:Bộ trưởng|Chủ tịch|Giám đốc|Bí thư|Thủ trưởng|Trưởng ban|Viện trưởng|Chánh án)"
                     r"(?:\s+(?:Bộ|Sở|Ban|Ủy ban|UBND|Cục|Viện))?", re.I)


def split_page(text: str) -> tuple[dict[str, object], str]:
    _, head, body = text.split("---\n", 2)
    return yaml.safe_load(head) or {}, body


def kinds(meta: dict[str, object], body: str) -> list[str]:
    """The kinds one imported page shows."""
    found: list[str] = []
    paragraphs = [p for p in re.split(r"\n\s*\n", body) if p.strip()]
    if len(body.strip()) > WALL_CHARS and len(paragraphs) <= 2:
        found.append("wall")
    if paragraphs and _MOTTO.search(paragraphs[0]) and len(paragraphs[0]) > 300:
        found.append("header run in")
    if any(_LEFTOVER.fullmatch(line.strip()) for line in body.splitlines()):
        found.append("leftover")
    title = str(meta.get("title") or "")
    if sum(w.isalpha() for w in title.split()) >= 3 and is_upper(title):
        found.append("shouting title")
    if re.match(r"v/v\b", title, re.I):
        found.append("V/v title")
    issuer = str(meta.get("issuer") or "")
    if _OFFICE.fullmatch(issuer):
        found.append("issuer: title of office")
    if len(issuer) > 3 and is_upper(issuer):
        found.append("issuer: capitals")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("content", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="name every page of every kind")
    args = parser.parse_args(argv)
    counts: Counter[str] = Counter()
    pages = sorted(args.content.rglob("*.md"))
    for page in pages:
        meta, body = split_page(page.read_text("utf-8"))
        for kind in kinds(meta, body):
            counts[kind] += 1
            if args.verbose:
                print(f"{kind}\t{page.relative_to(args.content)}")
    print(f"{len(pages)} pages: " + ", ".join(f"{k} {n}" for k, n in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
