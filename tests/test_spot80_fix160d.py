"""Round 160, fix160d (held-out set 80, 大理 2021): each member of a 、 list is named from its own segment and the list's lead
verb (no neighbour's 治理 or 改造), a voltage before lines measured in length stays in their name and the shared verb pair
before it reaches every member, 「subject + N个 verb、M个 verb」 gives each member the subject, and 存栏 in a member's own
words makes it a stock whatever the first member counts. Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from target_cases import names_by_text, targets

_REVIEW = "全市生产总值增长5%。生猪存栏290万头。"


def test_list_members_keep_their_own_actions() -> None:
    # 大理 rows 8, 10: 新开工…等6件水源工程、…等8条河道治理、…等3个中型灌区续建配套与节水改造
    got = names_by_text(_REVIEW, "新开工北岭水库等6件水源工程、清溪河等8条河道治理、东山等3个中型灌区续建配套与节水改造。")
    assert got["6件"] == ["新开工水源工程件数"]
    assert got["8条"] == ["新开工河道治理数"]
    assert got["3个"] == ["新开工中型灌区续建配套与节水改造数"]


def test_a_verb_closing_a_two_member_list_stays_shared() -> None:
    # boundary: no member between the first and the last, so the closing 治理 is the list's (完成…路段、…隐患治理)
    got = names_by_text(_REVIEW, "完成150公里连续长下坡隐患路段、2800处临水临崖隐患治理。")
    assert got["150公里"] == ["连续长下坡隐患路段治理长度"]


def test_a_voltage_and_a_shared_verb_pair_reach_every_member() -> None:
    # 大理 rows 49–51: 新建和改造10千伏线路296千米、配电变压器620台、低压线路654千米
    got = names_by_text(_REVIEW, "新建和改造10千伏线路280千米、配电变压器600台、低压线路650千米。")
    assert got["280千米"] == ["新建和改造10千伏线路长度"]
    assert got["600台"] == ["新建和改造配电变压器数"]
    assert got["650千米"] == ["新建和改造低压线路长度"]
    assert "10千伏" not in got


def test_a_voltage_before_a_count_stays_as_it_was() -> None:
    # boundary: the count rule that was there (立项建设220千伏变电站2个) is unchanged
    got = names_by_text(_REVIEW, "立项建设220千伏变电站3个。")
    assert got["3个"] == ["立项建设220千伏变电站数"]


def test_counts_before_their_verbs_take_the_subject_before_the_list() -> None:
    # 大理 rows 66–67: 完成标准化村卫生室40个新建、30个改扩建任务
    got = names_by_text(_REVIEW, "完成标准化村卫生室35个新建、25个改扩建任务，建成30个乡镇卫生院慢病管理中心。")
    assert got["35个"] == ["标准化村卫生室新建数"]
    assert got["25个"] == ["标准化村卫生室改扩建数"]
    assert got["30个"] == ["建成乡镇卫生院慢病管理中心数"]  # boundary: a count with a noun of its own


def test_a_member_with_its_own_subject_takes_none_from_the_first() -> None:
    # boundary: the second member names its own place before its count: the first's subject is not its
    got = names_by_text(_REVIEW, "完成标准化村卫生室35个新建、乡镇卫生院25个改扩建任务。")
    assert got["35个"] == ["标准化村卫生室新建数"]
    assert not got["25个"][0].startswith("标准化村卫生室")


def test_a_herd_in_stock_after_a_slaughter_member_is_a_stock() -> None:
    # 大理 row 38: 生猪年出栏量稳定在470万头、优质肉牛存栏80万头、奶牛存栏7万头
    t = targets(_REVIEW, "确保生猪年出栏量稳定在460万头、优质肉牛存栏75万头、奶牛存栏6万头。")
    assert t.loc["460万头", "measure"] == "flow"
    assert t.loc["75万头", "measure"] == "stock"
    assert t.loc["6万头", "measure"] == "stock"


def test_a_slaughter_member_after_a_stock_member_stays_a_flow() -> None:
    # boundary: the member's own 出栏 (生猪存栏…、出栏…) and a herd the year adds to (新增奶牛存栏) stay flows
    t = targets(_REVIEW, "生猪存栏稳定在300万头、出栏400万头。新增奶牛存栏5000头。")
    assert t.loc["400万头", "measure"] == "flow"
    assert t.loc["5000头", "measure"] == "flow"
