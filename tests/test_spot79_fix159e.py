"""Round 159, fix159e (held-out set 79): non-targets and kinds. A count right after as many names joined by 和 is the list's
size (保山 G5); benefits of a policy set released (释放…红利) and powers handed down (承接N项省级…事项) are no goals (贺州 G3);
备案 of firms is the year's filings, a flow (贺州 G5); a bare ratio (之比下降到2.83) is a level (安顺 G5); a set named by
examples whose 建设升级 is pushed (推动A、B等12个…集聚区建设升级) is a goal (贺州 G6). Paraphrased texts through the real
reader and extractor."""
from __future__ import annotations

from target_cases import targets

_REVIEW = "全年地区生产总值增长5%。"


def _rows(plan: str) -> set[str]:
    return set(targets(_REVIEW, plan)["text"])


def _measure(plan: str, text: str) -> str:
    return str(targets(_REVIEW, plan).loc[[text]].iloc[-1]["measure"])


def test_a_count_of_the_names_just_joined_is_the_lists_size() -> None:
    assert "2个" not in _rows("完善东山和西坝2个旅游环线路网布局。新建公园5个。")
    # boundary: a count unlike the names (3个 after two), no noun after it, or a verb of building stays a goal
    assert "3个" in _rows("完善东山和西坝3个旅游环线路网布局。")
    assert "2个" in _rows("完善城区和园区2个。") and "2个" in _rows("建设东山和西坝2个旅游环线。")


def test_benefits_released_and_powers_taken_on_are_no_goals() -> None:
    got = _rows("充分释放17条开放政策红利。有效承接11项省级行政权力事项。")
    assert "17条" not in got and "11项" not in got
    # boundary: a policy set issued, and projects taken on from no higher level, stay goals
    got = _rows("新出台17条惠企政策。承接11项产业转移项目。")
    assert "17条" in got and "11项" in got


def test_filed_firms_are_the_years_flow() -> None:
    assert _measure("力争备案国家高新技术企业10家。", "10家") == "flow"
    # boundary: a filed total reached stays a stock
    assert _measure("备案国家高新技术企业累计达到300家。", "300家") == "stock"


def test_a_bare_ratio_is_a_level() -> None:
    assert _measure("城乡居民人均可支配收入之比下降到2.6。", "2.6") == "level"
    assert _measure("新增城镇就业1万人。", "1万人") == "flow"  # boundary: a count stays a flow


def test_a_named_set_raised_by_its_building_is_a_goal() -> None:
    assert "12个" in _rows("推动甲古镇、乙产业区等12个现代服务业集聚区建设升级。")
    # boundary: a named set merely pushed on stays a set worked on
    assert "12个" not in _rows("推动甲古镇、乙产业区等12个现代服务业集聚区加快发展。")
