"""One kind of a family key's thing (tables_words.json ``kind_wordings``: 口袋公园 of parks) measures no target of the key that
does not name that kind: 建成口袋公园10个 is no baseline of 建设连山湖生态公园…等公园游园5个 (held-out set 53 襄阳 row 47, fix121d)."""
from __future__ import annotations

from govreport.tables.figures import Figure, words


def one_kind_only(target: Figure, review: Figure) -> str:
    """The kind wording the review figure's name holds where the target's name and clause name no kind wording at all ('' if
    none): a target that names a kind of its own (街头游园和口袋公园) is left to the kind tests (``Likeness.same_thing``)."""
    own = target.indicator + target.clause_before
    if any(w in own for w in words()["kind_wordings"]):
        return ""
    return next((w for w in words()["kind_wordings"] if w in review.indicator), "")
