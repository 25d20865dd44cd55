"""A review count of projects named by examples is one field's, no baseline for another field's target (audit 54).

新开工机场大道等项目20个 (in the transport paragraph) counts some roads and an airport begun: it is the review's count of
that field's projects, not the place's total. A target of a project family key (projects_started, key_projects, …) in
another field (岳池生产基地新开工希尔安等项目6个, 开工全民水库…等40个项目, 力劲…等15个项目开工建设 in the 制造业 paragraph
against 洲际五星级酒店等14个项目开工建设 in the 文旅 one) named by its own examples takes no such figure
of another policy area.
"""
from __future__ import annotations

import re
from typing import Final

from govreport.tables.figures import Figure

# X等项目 right before the count, or X等 right before it (…等14个项目): the figure's projects are named by examples
_BY_EXAMPLES: Final = re.compile(r"等(?:[\u4e00-\u9fff]{0,6}项目)?$")


def by_examples(fig: Figure) -> bool:
    """The figure's own clause names its projects by examples ending in 等 right before the count."""
    return _BY_EXAMPLES.search(fig.clause_before) is not None


def other_field_examples(target: Figure, candidate: Figure) -> bool:
    """Two counts each named by examples, of two policy areas (categories differ). A target named without examples
    (开工项目600个以上, 完成工业治污工程25个) may be the place's total or a set named by its noun: its baseline may name examples
    (新开工米仓山大峡谷旅游景区等项目828个; corpus check, fix72b)."""
    return (bool(target.category) and target.category != candidate.category
            and by_examples(candidate) and by_examples(target))
