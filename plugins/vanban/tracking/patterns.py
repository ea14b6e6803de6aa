"""Every pattern the tracking stage reads sentences with, in one place (the names' keys and the heading and recipient
lines are :mod:`.naming`'s, re-exported here so that the readers know them all as ``p.…``).

Unit names are compared by a *key* (:func:`.naming.unit_key`): NFC, lower case, one tone placement ("uỷ" = "ủy",
"hoà" = "hòa"), the usual abbreviations written out ("UBND" = "Ủy ban nhân dân"), no trailing punctuation or
"(để b/c)" notes. Diacritics are kept: "Đông Thanh" and "Đông Thạnh" are two communes.

The patterns themselves live by concern: :mod:`.heads` (where a clause's holders start), :mod:`.listing` (how a list of
bodies splits), :mod:`.duties` (where a name ends and its duty begins); every public name is re-exported here.
"""

from .duties import *  # noqa: F403 (re-exported: the readers know them as ``p.…``)
from .heads import *  # noqa: F403
from .listing import *  # noqa: F403
from .naming import *  # noqa: F403 (re-exported, :data:`.naming.__all__`: the readers know them as ``p.…``)
