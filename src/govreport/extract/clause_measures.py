"""A measure whose clause names nothing it is of, named by the clause before or the programme the sentence opens with
(held-out audit 53, round fix121a): 进一步加大全社会研发经费投入，力争强度达到2.2% (全社会研发经费投入强度, not 强度) and
实施制造业投资倍增计划，完成投资占工业投资40%以上 (制造业投资占工业投资, not 投资占工业投资).
Word lists: data/name_subjects.json ``bare_intensities``, ``intensity_lead_verbs``, ``intensity_subject_ends``."""
from __future__ import annotations

from typing import Final

from govreport.extract.indicators import strip_clause
from govreport.extract.name_lists import clause_before, programme_measure
from govreport.lexicon import name_subjects, name_words

SUBJECT_MIN: Final = 3  # 研发投入: a spending of at least three characters
SUBJECT_MAX: Final = 12  # a longer rest is a clause of its own, no spending


def intensity_of_clause_before(scan: str, sentence_start: int, lo: int, base: str) -> str:
    """A bare intensity (``bare_intensities``) right after a clause with no figure that raises a spending (加大…投入): that
    spending's intensity (全社会研发经费投入强度), as the intensity is said of what the clause before raises; '' otherwise."""
    if base not in name_subjects()["bare_intensities"] or (clause := clause_before(scan, sentence_start, lo)) is None \
            or any(c.isdigit() for c in clause):
        return ""
    rest = strip_clause(clause)[0]
    verb = next((v for v in name_subjects()["intensity_lead_verbs"] if rest.startswith(v)), "")
    rest = rest[len(verb):]
    if not verb or not SUBJECT_MIN <= len(rest) <= SUBJECT_MAX or not rest.endswith(tuple(name_subjects()["intensity_subject_ends"])):
        return ""
    return rest + base


def programme_share(scan: str, sentence_start: int, lo: int, base: str) -> str:
    """A share A占B whose A is a bare measure word (data/name_words.csv measure_only: 投资占工业投资) in a sentence opening
    with a programme for that measure (实施制造业投资倍增计划): the programme's measure in A's place (制造业投资占工业投资),
    as programme_measure names a bare amount; ``base`` otherwise."""
    at = base.find("占")
    if at < 2 or base.count("占") != 1 or base[:at] not in name_words("measure_only"):
        return base
    own = programme_measure(scan, sentence_start, lo, base[:at])
    return own + base[at:] if own and own != base[:at] else base
