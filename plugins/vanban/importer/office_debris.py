"""What a page copied from a Word-made web page carries that is no text of the document.

Word's "Save as web page" hides its style settings in the HTML; a copy of the page as text shows them as a line
of their own ("Normal 0 false false false EN-US X-NONE X-NONE", "st1\\:*{behavior:url(#ieooui) }", "/* Style
Definitions */ table.MsoNormalTable {mso-style-name: …}"), and an image embedded in the page comes out as one run of
base64 with no space in it, a thousand characters long. No document's sentence looks like either. Import leaves
such lines out of the body and says so in its report: the clerk sees what was dropped, and nothing of the
document is.
"""

from __future__ import annotations

import re

__all__ = ["office_debris"]

_WORD_STYLE = re.compile(
    r"Normal\s+\d+\s+(?:false|true)(?:\s+(?:false|true|[A-Z]{2}(?:-[A-Z]{2})?|X-NONE|MicrosoftInternetExplorer4))*"
    r"|.*behavior:\s*url\(#ieooui\).*"  # "st1\:*{behavior:url(#ieooui) }"
    r"|.*(?:/\*\s*Style Definitions\s*\*/|\bmso-[a-z-]+\s*:).*")  # Word's CSS, spilled as text
_EMBEDDED = re.compile(r"(?:data:[a-z]+/[\w.+-]+;base64,)?[A-Za-z0-9+/]{200,}={0,2}")  # an image's bytes


def office_debris(text: str) -> bool:
    """Whether a line of a copied page is Word's hidden styling or an embedded file's bytes, not the document's."""
    stripped = text.strip()
    return bool(stripped) and bool(_WORD_STYLE.fullmatch(stripped) or _EMBEDDED.fullmatch(stripped))
