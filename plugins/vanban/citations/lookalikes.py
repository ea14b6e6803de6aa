"""Letters of other scripts that a copy puts for Latin ones: read as the Latin letters they look like.

Spam copies of legal texts swap letters for look-alikes so that search engines do not see a copied page ("Luật ѕố:
23/2012/QH13" with a Cyrillic "ѕ", "Nghị quуết ѕố51/2001/QH10", "Căn ᴄứ", "Bạn đang хem"); a reader of the page reads
the Latin letters.  The table is Unicode's confusables (TR39) restricted to the Cyrillic letters and the Latin small
capitals that stand for one Latin letter.  The small capitals are Latin and never written in Vietnamese: always read.
A Cyrillic letter is read as Latin only beside a Latin letter (a word of mixed script): a Russian machine translation's
words and codes ("В соответствии с …", "48-КЛ/ТВ") stay as they are.  One character for one, so the working copy keeps
its length; a number's canonical spelling reads every one (a document number is written in Latin letters).
"""

from __future__ import annotations

import re

__all__ = ["CYRILLIC", "LATIN_BESIDE", "SMALL_CAPITALS", "latin_beside"]

# Cyrillic letters drawn as a Latin one (TR39 confusables, one letter each)
CYRILLIC = dict(zip("аеорсухѕіјһԁԛԝАВЕКМНОРСТХЅІЈУ", "aeopcyxsijhdqwABEKMHOPCTXSIJY", strict=True))
# The Latin small capitals (U+1D00 block and IPA letters) drawn as a lower-case letter: "ᴄ" for "c", "ᴠ" for "v"
SMALL_CAPITALS = dict(zip("ᴀʙᴄᴅᴇɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ", "abcdeghijklmnoprstuvwyz", strict=True))
# A Latin letter, Vietnamese ones included (NFC: "ố", "ư", "đ" and the Latin Extended Additional block)
_LATIN = "A-Za-z\u00c0-\u024f\u1e00-\u1eff"
# The same rule as a pattern, for the plain reference: a Cyrillic look-alike with a Latin letter before or after it
LATIN_BESIDE = re.compile(rf"(?<=[{_LATIN}])[{''.join(CYRILLIC)}]|[{''.join(CYRILLIC)}](?=[{_LATIN}])")
_LATIN_RE = re.compile(rf"[{_LATIN}]")


def latin_beside(m: re.Match[str]) -> str:
    """The Latin letter a Cyrillic look-alike matched by *m* stands for when a Latin letter is beside it, else itself
    (the working copy's one pass: :func:`.vocabulary.plain`)."""
    c, s, at = m.group(0), m.string, m.start()
    if (at > 0 and _LATIN_RE.match(s[at - 1]) is not None) or (_LATIN_RE.match(s[at + 1 : at + 2]) is not None):
        return CYRILLIC[c]
    return c
