"""Held-out audit 44 (宝鸡, 儋州, 怀化, 惠州 2023), round fix108c: non-targets and sets — note marks in names, the whole set
a measure covers, the plan's own reforms, sets worked on as they are, a count's restated growth — and goals read as sets."""
from __future__ import annotations

from target_cases import targets

REVIEW = "全年实施项目100个。"


def _texts(plan: str, review: str = REVIEW) -> set[str]:
    return set(targets(review, plan, 2022)["text"])


def test_a_note_mark_is_no_part_of_a_name() -> None:
    # 儋州 G7: “乡村治理积分制”[^47] cut a name at the note's digits (…积分制[^数)
    t = targets(REVIEW, "打造“幸福社区”[^3]12个。", 2022)
    assert "[" not in t.loc["12个", "indicator"] and "^" not in t.loc["12个", "indicator"]


def test_all_villages_of_the_city_a_measure_covers() -> None:
    # 儋州 G7: 在全市239个行政村实施…: all of them, no goal
    assert "239个" not in _texts("在全市239个行政村实施“乡村治理积分制”[^47]和清单制，争创5个省级乡村振兴示范镇。")
    assert "30个" in _texts("在全市建设30个示范村。")  # the count after a building verb: a goal


def test_funds_before_counted_projects_are_a_goal() -> None:
    # 儋州 G5: 投入3.8亿元发展衔接资金项目146个: the projects' total funding, no size class
    assert "3.8亿元" in _texts("投入3.8亿元发展衔接资金项目146个。")
    assert "200亿" not in _texts("新增200亿产业链1个。")


def test_own_reforms_and_sets_worked_on() -> None:
    # 怀化 G6, 惠州 C, 宝鸡 G3
    got = _texts("统筹推进47项经济体制改革。对下放的200项执法事权执行效果进行评估。推动园区各聚焦2-3个产业细分领域。"
                 "持续提升3个国家级外贸转型升级基地功能。促进13条乡村振兴示范带提质增效。完成30项改革任务。")
    assert not {"47项", "200项", "2-3个", "3个", "13条"} & got
    assert "30项" in got  # tasks to complete: a goal


def test_running_and_consolidated_sets_and_outputs() -> None:
    # 儋州 G8
    got = _texts("全力争取百万吨乙烯等9个新投产项目迅速达产。巩固好31个常年蔬菜基地。推动聚烯烃弹性体（POE）等2个储备项目签约落地。"
                 "推动通海大道延长线等16条道路建设。建设10个常年蔬菜基地。")
    assert not {"9个", "31个"} & got
    assert {"2个", "16条", "10个"} <= got


def test_a_counts_growth_is_no_second_target() -> None:
    # 怀化 G6 row 74: 引进外商投资企业15家、增长50%
    got = _texts("引进外商投资企业15家、增长50%，实际利用外资增长20%。")
    assert "50%" not in got and {"15家", "20%"} <= got
    assert "50%" in _texts("引进企业15家，投资增长50%。")  # another clause's growth: a goal


def test_a_count_tallying_named_members_under_progress() -> None:
    # 宝鸡 G2: A至B、C至D2条连接线和…2条延伸线取得重要进展
    got = _texts("石坝河至宝鸡南收费站、高新区至宝鸡南服务区2条连接线和关环高速至慕仪、合凤高速至贾村2条延伸线取得重要进展。"
                 "建成5条连接线取得重要进展。")
    assert "2条" not in got and "5条" in got  # no members named: the count is the output


def test_a_programmes_scope_is_no_goal() -> None:
    # 宝鸡 G3: 扎实开展13条重点产业链提升三年行动
    got = _texts("扎实开展13条重点产业链提升三年行动。开展10个专项行动。")
    assert "13条" not in got and "10个" in got


def test_a_projects_own_size_in_a_list_of_names() -> None:
    # 宝鸡 G4: the first member opens with no count
    assert "30万平方米" not in _texts("推进阳平铁路物流基地二期、30万平方米标准化厂房等项目建设。")
    assert "20万平方米" in _texts("新建5条主干道路、20万平方米标准化厂房等项目。")


def test_a_named_set_completed_is_a_goal() -> None:
    # 惠州 missed 2: A、B、C3条公用航道升级改造工程实现通航
    assert "3条" in _texts("持续推动港口扩能升级，荃湾、东联、碧甲3条公用航道升级改造工程实现通航。")
    assert "3个" not in _texts("温春、五林、沙兰3个万头牧场投产达效。")


def test_the_size_of_a_fund_used() -> None:
    # 惠州 C row 105: 用好100亿元的产业投资发展母基金
    got = _texts("用好100亿元的产业投资发展母基金、市中小企业融资信用服务平台，实现转贷服务规模20亿元以上。")
    assert "100亿元" not in got and "20亿元" in got
