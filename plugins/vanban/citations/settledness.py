"""Whether the text settles a citation's relation: a citation it does not settle is published as related, never as
carried out (README principle 2: "when the text does not settle … what relation it has, warn at the line and say so on
the page; never invent a relation").

The rules always answer implements or mentions; on text nobody tuned them on they are wrong about one time in ten,
and most of those errors sit where a careful reader hesitates too (the annotators' DOUBTFUL passages).  The signal
here is the learned relation model's probability (:mod:`.relation_model`, a dot product over the features of
:mod:`.relation_model_features`, no new runtime dependency): in the band :data:`UNSETTLED` the words around the
citation do not tell its kind, and where the model reads the other relation than the rules, the two readings of the
same words disagree.  The band and the other candidates were compared by leave-one-set-out at first contact
(scripts/settled_loso.py; the README's thirty-second-session section has the table and the decision).  An unsettled
citation keeps the rules' answer in ``relation`` (what the rules would say) and ``settled`` False; the graph gives
it an edge of its own kind, the build a note at its line with the way to settle it (front matter
``implements:``/``mentions:``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from .joined import joined_after_described
from .markers import after_lost_marker
from .model import IMPLEMENTS, Extraction
from .relation_model import UNSETTLED, RelationModel, shipped
from .relation_model_features import features, nested


def unsettled(p: float, rule: str) -> bool:
    """Whether the text leaves the relation unsettled: the model's probability of implements *p* lies in the band
    where the words do not tell, or the model reads the other relation than the rules' *rule* (the "disagree"
    candidate of scripts/settled_loso.py, picked by the rule fixed before the per-set figures were read)."""
    return UNSETTLED[0] <= p <= UNSETTLED[1] or (p >= 0.5) != (rule == IMPLEMENTS)


def settle(
    text: str,
    extraction: Extraction,
    own_type: str | None,
    has_own: bool,
    titled: frozenset[str] = frozenset(),
    model: RelationModel | None = None,
    joined: Callable[[str, int, list[tuple[int, int, int]]], bool] = joined_after_described,
) -> Extraction:
    """*extraction* with ``settled`` False on each citation whose relation the text does not settle (:func:`unsettled`).
    Always settled: a replaced document (the text itself says "thay thế"), and one the document's title (front matter)
    carries out or a "CĂN CỨ" section lists as a basis (*titled*: numbers as the citations write them) — the model reads
    only the words around the citation, not the heading above them.  Never settled:
    a number of no known type the copy wrote only after a lost-letter "s" for "số" (:func:`.markers.after_lost_marker`):
    such a copy garbles its cue words too (a number whose code gives its type was read before that rule, and keeps the
    model's answer).  Never settled either: a document named only right after "và" that follows one the previous
    document's description names (*joined*, :mod:`.joined`): the list it is in, the text does not say."""
    model = model or shipped()
    changed = False
    out = []
    spans = sorted((o.start, o.end, i) for i, c in enumerate(extraction.citations) for o in c.occurrences)
    for citation in extraction.citations:
        if citation.replaced or citation.number in titled:
            out.append(citation)
            continue
        if citation.occurrences and all(joined(text, o.start, spans) for o in citation.occurrences):
            out.append(replace(citation, settled=False))
            changed = True
            continue
        if citation.type is None and citation.occurrences and all(after_lost_marker(text, o.start) for o in citation.occurrences):
            out.append(replace(citation, settled=False))
            changed = True
            continue
        names = features(text, citation, own_type, has_own, lazy=True)
        score = model.score(names)
        left = unsettled(model.sigmoid(score), citation.relation)
        with_nested = unsettled(model.sigmoid(score + model.weights.get("nested", 0.0)), citation.relation)
        if left != with_nested:  # only then is the nested feature read: it costs a search of the type words
            left = with_nested if nested(text, citation) else left
        if left:
            citation = replace(citation, settled=False)
            changed = True
        out.append(citation)
    return replace(extraction, citations=tuple(out)) if changed else extraction
