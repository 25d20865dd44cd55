"""Names after audit 27 (docs/audits/targets_27.md, fault classes "names that say no measure" and "names: commitment
words kept, …"): sentences in the style of a report, with wording and numbers altered."""
from __future__ import annotations

from name_cases import names


def test_li_cu_is_a_commitment_word_and_no_part_of_the_name() -> None:
    """力促X达到N (like 力争X达到N): the commitment is no part of what is measured (WX24#20, #38, #62)."""
    assert names("开展强村富民行动，力促村均集体经济收入达到600万元。")["600万元"] == "村均集体经济收入"
    assert names("力促数字产业规模增幅达12%。")["12%"] == "数字产业规模增幅"
