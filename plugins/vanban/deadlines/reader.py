"""The candidates of one block: :class:`Reader` finds the deadline phrases (:class:`Hit`) with their
dates, triggers and the past-tense checks."""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .blocks import segments, span_index
from .patterns import (
    ANY_LEFT,
    AS_OF,
    BY_LEFT,
    CITATION,
    DATE_GATE,
    DATE_SPAN,
    DATE_TOKEN,
    DIGIT,
    DUTY_WORD,
    FORECAST,
    FUTURE,
    HOUR_SPAN,
    LEFT_NGAY,
    LEFT_WORDS,
    MONTH_BEFORE_LEFT,
    MONTH_BY_LEFT,
    MONTH_LIST_JOINT,
    MONTH_SPAN,
    MONTH_SPAN_LEFT,
    MONTH_TOKEN,
    ON_LEFT,
    ON_RIGHT,
    ON_VERB,
    PASSIVE_HELD,
    PAST,
    PERIODIC,
    PERIODIC_GATE,
    REACH,
    RECUR_EVERY_YEAR,
    RECUR_NAMED,
    RELATIVE,
    REPORT_VERB,
    ROMAN_QUARTER,
    STANDING,
    UNTIL,
    UNTIL_WORD,
    WINDOW,
    YEAR_END,
)


def make_date(year: int, month: int, day: int) -> datetime.date | None:
    if not 1900 <= year <= 2100:
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def last_day(year: int, month: int) -> datetime.date | None:
    first = make_date(year, month, 1)
    if first is None:
        return None
    nxt = make_date(year + (month == 12), month % 12 + 1, 1)
    return None if nxt is None else nxt - datetime.timedelta(days=1)


def infer_year(month: int, doc_date: datetime.date | None) -> int | None:
    if doc_date is None or not 1 <= month <= 12:
        return None
    return doc_date.year + 1 if doc_date.month - month >= 6 else doc_date.year


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    kind: str
    date: datetime.date | None
    span_start: datetime.date | None = None
    month_day: tuple[int, int] | None = None
    cut: int = -1
    """Where the action stops being cut out, when it differs from ``start``."""


class Reader:
    """Finds the deadline phrases of one block."""

    def __init__(self, text: str, doc_date: datetime.date | None, low: str | None = None):
        self.text = text
        self.doc_date = doc_date
        self.low = low  # ``text.lower()`` when the caller has it (:meth:`.blocks.Block.lowered`)

    @functools.cached_property
    def _segmented(self) -> tuple[list[int], list[int]]:
        return segments(self.text)

    @property
    def sentences(self) -> list[int]:
        """Start offsets of the sentences (worked out on first use: most blocks need none)."""
        return self._segmented[0]

    @property
    def clauses(self) -> list[int]:
        return self._segmented[1]

    # context helpers -----------------------------------------------------------------
    def _window(self, pos: int) -> tuple[int, str]:
        begin = max(self.sentences[span_index(self.sentences, pos)], pos - WINDOW)
        return begin, self.text[begin:pos]

    def _around(self, starts: list[int], pos: int) -> str:
        """The sentence or clause holding ``pos``, at most ``REACH`` characters either side."""
        index = span_index(starts, pos)
        end = starts[index + 1] if index + 1 < len(starts) else len(self.text)
        return self.text[max(starts[index], pos - REACH) : min(end, pos + REACH)]

    def _sentence(self, pos: int) -> str:
        return self._around(self.sentences, pos)

    def _clause(self, pos: int) -> str:
        return self._around(self.clauses, pos)

    def _clause_before(self, pos: int) -> str:
        """The clause holding ``pos`` up to ``pos``, from its last comma on."""
        begin = max(self.clauses[span_index(self.clauses, pos)], pos - REACH)
        head = self.text[begin:pos]
        return head[head.rfind(",") + 1 :]

    def _past(self, pos: int) -> bool:
        return PAST.search(self._clause_before(pos)) is not None

    def _year(self, raw: str | None, month: int) -> int | None:
        return int(raw) if raw else infer_year(month, self.doc_date)

    # passes --------------------------------------------------------------------------
    def hits(self) -> list[Hit]:
        # Each finder runs only when the block holds what its patterns cannot match without,
        # so most blocks cost a few substring tests. Words are tested on ``low``: for their
        # letters (not "i", which "ı" matches) IGNORECASE matches exactly the characters
        # whose lower() they are. A finder left out finds nothing; the rest keep their order.
        text = self.text
        low = text.lower() if self.low is None else self.low
        numeric = month_word = False
        digit = DIGIT.search(text)
        if digit is not None:
            numeric = DATE_GATE.search(text, digit.start()) is not None  # its matches start with a digit
            month_word = "tháng" in low
        found: list[Hit] = []
        if numeric or month_word:
            if "từ" in low:
                if numeric:
                    found.extend(self._date_spans())
                if month_word:
                    found.extend(self._month_spans())
            if numeric and "(" in text and "gày" in text:
                found.extend(self._named_days())
            if "năm" in low and "ngày" in low:
                found.extend(self._yearly_days())
            found.extend(self._dates())
        if month_word or "quý" in low:
            found.extend(self._months())
        if digit is not None and "từ nay" in low:
            found.extend(self._year_ends())
        # "định" alone is no gate: "quyết định" and "quy định" are in most blocks
        periodic = (("định" in low and "kỳ" in low) or "hằng" in low or "hàng" in low) and PERIODIC_GATE.search(low)
        if periodic:
            found.extend(self._periodic())
        if not (periodic and found) and digit is not None and ("sau" in low or "tiếp" in low):
            found.extend(self._relative())
        if not found:
            return found
        found.sort(key=lambda h: (h.start, -(h.end - h.start)))
        kept: list[Hit] = []
        last_end = -1
        for hit in found:
            if hit.start >= last_end:
                kept.append(hit)
                last_end = hit.end
        return [hit for hit in kept if not self._forecast(hit)] if "dự báo" in low else kept

    def _settled(self, end: datetime.date) -> bool:
        """A period (a month, a quarter, "từ … đến …") that ended before the document was written is one the text
        tells of (a report's past months, a birth-year range), not one it sets: as an event before it. A due
        ("trước ngày 20.4") is kept: a news page retells a directive's due after it passed, and the due is the directive's."""
        return self.doc_date is not None and end < self.doc_date

    def _forecast(self, hit: Hit) -> bool:
        """A date in a forecast ("Theo dự báo …, nắng nóng tiếp tục kéo dài trong tháng 5") with no duty in its clause."""
        sentence = self.sentences[span_index(self.sentences, hit.start)]
        if FORECAST.match(self.text, sentence) is None and FORECAST.match(self.text) is None:
            return False
        return DUTY_WORD.search(self._clause(hit.start)) is None

    def _date_spans(self) -> Iterator[Hit]:
        for m in DATE_SPAN.finditer(self.text):
            y2 = int(m["y2"])
            end = make_date(y2, int(m["m2"]), int(m["d2"]))
            begin = make_date(int(m["y1"]) if m["y1"] else y2, int(m["m1"]), int(m["d1"]))
            if end is None or begin is None or begin > end or self._settled(end) or self._past(m.start()):
                continue
            yield Hit(m.start(), m.end(), "by_date", end, span_start=begin)

    def _month_spans(self) -> Iterator[Hit]:
        for m in MONTH_SPAN.finditer(self.text):
            y2 = int(m["y2"])
            last = last_day(y2, int(m["m2"]))
            first = make_date(int(m["y1"]) if m["y1"] else y2, int(m["m1"]), 1)
            if last is None or first is None or first > last or self._settled(last) or self._past(m.start()):
                continue
            yield Hit(m.start(), m.end(), "month", last, span_start=first)

    def _year_ends(self) -> Iterator[Hit]:
        for m in YEAR_END.finditer(self.text):
            end = make_date(int(m["y"]), 12, 31)
            if end is None or (self.doc_date is not None and end < self.doc_date) or self._past(m.start()):
                continue
            yield Hit(m.start(), m.end(), "by_date", end, span_start=self.doc_date)

    def _named_days(self) -> Iterator[Hit]:
        for m in RECUR_NAMED.finditer(self.text):
            if m["name"][0] == "n" and not m["first"].isupper():
                continue
            month, day = int(m["m"]), int(m["d"])
            if make_date(2000, month, day) is None:
                continue
            yield Hit(m.start(), m.end(), "recurring_yearly", None, month_day=(month, day))

    def _yearly_days(self) -> Iterator[Hit]:
        for m in RECUR_EVERY_YEAR.finditer(self.text):
            month, day = int(m["m"] or m["tm"]), int(m["d"] or m["td"])
            if make_date(2000, month, day) is None:
                continue
            yield Hit(m.start(), m.end(), "recurring_yearly", None, month_day=(month, day))

    def _periodic(self) -> Iterator[Hit]:
        for m in PERIODIC.finditer(self.text):
            if (m["bare"] or m["unnamed"]) and not m["lead"] and REPORT_VERB.search(self._clause(m.start())) is None:
                continue
            yield Hit(m.start(), m.end(), "periodic", None)

    def _relative(self) -> Iterator[Hit]:
        """"trước ngày 10 của tháng tiếp theo": due some days into the period after each one reported on
        (a block that already names its period, "Định kỳ hằng tháng …", gives that one hit instead)."""
        for m in RELATIVE.finditer(self.text):
            yield Hit(m.start(), m.end(), "periodic", None)

    def _dates(self) -> Iterator[Hit]:
        for m in DATE_TOKEN.finditer(self.text):
            hit = self._classify_date(m)
            if hit is not None:
                yield hit

    def _classify_date(self, m: re.Match[str]) -> Hit | None:
        # Without a trigger on either side the date is a citation's: return early. The left
        # patterns end at ``$`` and look at nothing before their start (no lookbehind, ``^`` or
        # ``\b``), so none matching in the ``WINDOW`` characters before the date means none
        # matches in the window of its sentence, a part of them, either.
        left = max(0, m.start() - WINDOW)
        if (
            LEFT_WORDS.search(self.text[left : m.start()].lower()) is None
            or ANY_LEFT.search(self.text, left, m.start()) is None
        ) and ON_RIGHT.match(self.text, m.end()) is None:
            return None
        textual = m["td"] is not None
        day = int(m["td"] if textual else m["d"])
        month = int(m["tm"] if textual else m["m"])
        raw_year = m["ty"] if textual else m["y"]
        begin, window = self._window(m.start())
        if AS_OF.search(window) or (UNTIL.search(window) and STANDING.match(self.text, m.end())):
            return None
        kind = ""
        phrase_start = cut = m.start()
        for pattern in BY_LEFT:
            found = pattern.search(window)
            if found is not None:
                kind, phrase_start = "by_date", begin + found.start()
                cut = begin + found.start("cut") if "cut" in pattern.groupindex else phrase_start
                break
        hours = HOUR_SPAN.search(window) if kind and ("ừ" in window or "Ừ" in window) else None  # "từ" opens each
        if hours is not None:  # "từ 07h00 đến 10h30 ngày …": the event's day, not a due
            kind = "on_date"
            phrase_start = cut = begin + hours.start()
        if not kind:
            found = ON_LEFT.search(window)
            if found is not None:
                # The verb ("tổ chức", "khai mạc") belongs to the action, not to the phrase.
                verb = ON_VERB.match(found.group())
                kind = "on_date"
                phrase_start = cut = begin + found.start() + (verb.end() if verb else 0)
        if not kind and ON_RIGHT.match(self.text, m.end()):
            ngay = None if textual else LEFT_NGAY.search(window)
            if textual or ngay is not None:
                head = window[: ngay.start("ngay")] if ngay is not None else window
                if CITATION.search(head) is None:
                    kind = "on_date"
                    phrase_start = cut = begin + ngay.start("ngay") if ngay is not None else m.start()
        if not kind:
            return None
        year = self._year(raw_year, month)
        when = None if year is None else make_date(year, month, day)
        if when is None:
            return None
        if kind == "by_date":
            # "đến (hết) ngày …" ends a period, as a span's last day does ("sinh từ ngày 01/01/2016 đến 31/12/2016")
            if self._past(phrase_start) or (UNTIL_WORD.match(self.text, phrase_start) and self._settled(when)):
                return None
        else:
            sentence = self._sentence(m.start())
            if PAST.search(sentence) or (PASSIVE_HELD.search(sentence) and not FUTURE.search(sentence)):
                return None
            if self.doc_date is not None and when < self.doc_date:
                return None
        return Hit(phrase_start, m.end(), kind, when, cut=cut)

    def _months(self) -> Iterator[Hit]:
        for m in MONTH_TOKEN.finditer(self.text):
            hit = self._classify_month(m)
            if hit is not None:
                yield hit

    def _month_list(self, m: re.Match[str], last_month: int) -> tuple[int, int, str | None]:
        """Where a list of months or quarters that *m* opens ends ("trong tháng 11, tháng 12 năm 2025",
        "quý III và quý IV/2025": one period to the end of the last), its last month and the year it
        states; (m.end(), *last_month*, None) when *m* stands alone. Later items of a list have no words
        of their own before them, so only the first one is classified (:meth:`_classify_month`)."""
        end, year, quarter = m.end(), None, m["q"] is not None
        while year is None and (joint := MONTH_LIST_JOINT.match(self.text, end)) is not None:
            nxt = MONTH_TOKEN.match(self.text, joint.end())
            if nxt is None or (nxt["q"] is not None) != quarter:
                break
            upto = 3 * ROMAN_QUARTER.get(nxt["q"].upper(), 0) if quarter else int(nxt["m"])
            if not last_month < upto <= 12:
                break
            end, last_month, year = nxt.end(), upto, nxt["qy"] if quarter else nxt["y"]
        return end, last_month, year

    def _classify_month(self, m: re.Match[str]) -> Hit | None:
        begin, window = self._window(m.start())
        if m["q"] is not None:
            quarter = ROMAN_QUARTER.get(m["q"].upper())
            if quarter is None:
                return None
            first_month, last_month, raw_year = 3 * quarter - 2, 3 * quarter, m["qy"]
        else:
            first_month = last_month = int(m["m"])
            raw_year = m["y"]
        end = m.end()
        if raw_year is None:  # a list's months share the year its last one states; the duty runs to its end
            end, last_month, raw_year = self._month_list(m, last_month)
        year = self._year(raw_year, first_month)
        if year is None:
            return None
        first = make_date(year, first_month, 1)
        last = last_day(year, last_month)
        if first is None or last is None:
            return None
        found = MONTH_BY_LEFT.search(window)
        if found is not None:
            hit = Hit(begin + found.start(), end, "by_date", last)
        elif (found := MONTH_SPAN_LEFT.search(window)) is not None:
            hit = Hit(begin + found.start(), end, "month", last, span_start=first)
        elif (found := MONTH_BEFORE_LEFT.search(window)) is not None:
            hit = Hit(begin + found.start(), end, "by_date", first - datetime.timedelta(days=1))
        else:
            return None
        return None if hit.date is None or self._settled(hit.date) or self._past(hit.start) else hit
