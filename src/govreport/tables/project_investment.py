"""The investment of a set of projects is not all investment (spot audit 58 包头 row 11): in 主攻650个重大项目，…，力保投产300个以上、
投资增长20%以上 the bare 投资增长 is the growth of the counted projects' investment, so a review figure of investment that names
no projects (固定资产投资增长20%) is another measure and no baseline."""
from __future__ import annotations

import re
from functools import cache

from govreport.tables.figures import Figure, words
from govreport.tables.name_agreement import bare_name


@cache
def _project_count() -> re.Pattern[str]:
    heads = "|".join(map(re.escape, words()["project_heads"]))
    return re.compile(r"\d+(?:个|项)[^，,；;。、\d]{0,8}?(?:" + heads + ")")


def projects_investment_apart(target: Figure, fig: Figure) -> bool:
    """``target`` is a bare investment measure (投资增长) after a count of projects in its sentence, ``fig`` an investment
    figure whose name and clause name no projects."""
    if "投资" not in target.indicator or not bare_name(target.indicator) or _project_count().search(target.before) is None:
        return False
    return not any(h in fig.indicator + fig.clause_before for h in words()["project_heads"])
