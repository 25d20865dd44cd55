"""Models the plan builds, named by example (spot audit 35, 惠州): 建设徐田村等30个新时代电气化示范村 counts the
demonstration villages to build this year, an amount to produce, although a count closing examples by 等 is
otherwise the set the plan works on (named_examples.closes_named_examples). Word lists: ``tables_words.json``
example_build_verbs, scope_adverbs, model_marks, designation_prefixes."""
from __future__ import annotations

from govreport.lexicon import clause_breaks
from govreport.tables.clauses import first_mark, last_mark
from govreport.tables.figures import Figure, words


def builds_named_models(fig: Figure) -> bool:
    """The clause opens (after scope adverbs) with a build verb, names examples closed by 等 right before the count,
    and the noun after the count is a model (示范村, 样板区) that holds no designation prefix (省级, 国家): new models
    to build. A 国家级 or 省级 one is a title there is, and stays a set. A count closing its clause right after the
    examples' 等 (建设森林小区、学校、单位等41个: ``example_close_build_verbs``) is the set built, too."""
    before = fig.before
    clause = before[last_mark(before, clause_breaks()) + 1:]
    if not clause.endswith("等") or len(clause) < 2:
        return False
    w = words()
    for adverb in w["scope_adverbs"]:
        clause = clause.removeprefix(adverb)
    after = fig.after
    stop = first_mark(after, clause_breaks())
    own = after if stop < 0 else after[:stop]
    if own in ("", "以上", "左右") and clause.startswith(tuple(w["example_close_build_verbs"])):
        return True  # 建设森林小区、学校、单位等41个: the count closes the clause, the set the verb builds (audit 43 七台河)
    if not clause.startswith(tuple(w["example_build_verbs"])):
        return False
    return any(m in own for m in w["model_marks"]) and not any(p in own for p in w["designation_prefixes"])
