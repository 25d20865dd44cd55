"""Round 172, fix172g (held-out set 90 徐州 2021, 汕头 2021; set 89 宝鸡 2014): thresholds and existing sets read as goals.
An amount before 以上 + 投资 whose clause then states a growth rate classes the investment that grows (确保5000万元以上
投资和工业投资均增长10%以上): no target itself, and the rate, named with the class, is one goal per member of the 均 pair. A
count after a verb of tending what there is (做大做优, 管好), a leader's pairing (挂钩联系, 联系) or a taking-over of what is
handed down (承接好, 承接…下放) sizes a set; so does a count of parks whose total output is the goal (17个…园区总产值力争突破…)
and a per-county range of 特色主导产业 under encouragement. Making verbs (新建, 培育, 新打造) keep their goals.
Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from tests.target_cases import baseline_of, class_of, names_by_text, targets

_INVESTMENT_REVIEW = "规上固定资产投资增长40%，工业投资增长6%，新建道路10条。"
_PARKS_REVIEW = "新建省级现代农业园区10个，新建道路10条。"


def test_an_amount_classing_a_growing_investment_is_no_target() -> None:
    # 徐州 rows 13, 14 and the missed target: 5000万元 was a floor goal, the 10% one row of both subjects
    plan = "坚定不移推进“工业立市、产业强市”，确保5000万元以上投资和工业投资均增长10%以上。"
    t = targets(_INVESTMENT_REVIEW, plan)
    assert "5000万元" not in set(t["text"])
    rows = t.loc[["10%"]]
    assert list(rows["indicator"]) == ["5000万元以上投资增长", "工业投资增长"]
    assert list(rows["indicator_key"].fillna("")) == ["", "industrial_investment_growth"]
    assert list(rows["target_kind"]) == ["floor", "floor"]
    assert list(rows["baseline_text"].fillna("")) == ["", "6%"]  # the classed investment takes no all-investment growth


def test_a_single_classed_investment_growth_keeps_its_class() -> None:
    # the class stays in the name, so all investment's growth is no baseline of it (before: 投资增长 against 5%)
    t = targets("固定资产投资增长5%，新建道路10条。", "确保5000万元以上投资增长10%以上。")
    assert list(t["text"]) == ["10%"]
    assert list(t["indicator"]) == ["5000万元以上投资增长"]
    assert baseline_of(t, "10%") == "" and class_of(t, "10%") == "no_baseline"


def test_an_investment_amount_with_no_rate_after_it_stays_a_floor() -> None:
    # the near miss: 完成5000万元以上投资 sets an amount, its clause states no growth
    t = targets(_INVESTMENT_REVIEW, "完成5000万元以上投资，工业投资增长10%。")
    assert list(t["text"]) == ["5000万元", "10%"]
    assert list(t["target_kind"]) == ["floor", "floor"]
    assert names_by_text(_INVESTMENT_REVIEW, "完成5000万元以上投资，工业投资增长10%。")["10%"] == ["工业投资增长"]


def test_a_leaders_pairing_sizes_a_set() -> None:
    # 徐州 row 22: 推行市领导挂钩联系24条优势产业链; 玉林-like 领导干部联系100家重点企业制度
    assert "24条" not in set(targets(_PARKS_REVIEW, "推行市领导挂钩联系24条优势产业链，打造先进制造业集群。")["text"])
    assert "100家" not in set(targets(_PARKS_REVIEW, "继续实行领导干部联系100家重点企业制度，优化企业服务。")["text"])


def test_chains_made_stay_goals() -> None:
    # the near miss: a making verb before the chains, and 挂钩联系 with no count after it
    names = names_by_text(_PARKS_REVIEW, "年内新打造优势产业链24条。培育产业链12条，市领导挂钩联系重点企业。")
    assert names["24条"] == ["新打造优势产业链数"] and names["12条"] == ["培育产业链数"]


def test_powers_handed_down_and_taken_over_are_no_goal() -> None:
    # 汕头 row 7: 承接好下放华侨试验区的8项省级行政职权; 承接 + 下放 in the clause too
    assert targets(_PARKS_REVIEW, "承接好下放华侨试验区的8项省级行政职权，开展“一十百千万”工程。").empty
    assert targets(_PARKS_REVIEW, "深入推进改革，承接679项自治区下放事项。").empty


def test_projects_taken_on_from_elsewhere_stay_goals() -> None:
    # the near miss: 承接 with nothing handed down counts projects moved in, a goal
    names = names_by_text(_PARKS_REVIEW, "承接京津冀产业转移项目49个。")
    assert names["49个"] == ["承接京津冀产业转移项目数"]


def test_parks_tended_are_no_goal_and_new_parks_stay() -> None:
    # 宝鸡 2014 row 4: 做大做优…和25个省级现代农业园区 is the stock; 新增省级园区3个、市级园区30个 are the year's goals
    plan = "做大做优扶风—眉县国家级休闲农业示范区和25个省级现代农业园区，积极争创国家现代农业示范区，新增省级园区3个、市级园区30个。"
    t = targets(_PARKS_REVIEW, plan)
    assert list(t["text"]) == ["3个", "30个"]
    assert list(t["indicator"]) == ["新增省级园区数", "新增市级园区数"]


def test_parks_built_stay_goals() -> None:
    # the near miss: 新建25个省级现代农业园区 makes them, matched with last year's 10 new parks
    t = targets(_PARKS_REVIEW, "新建25个省级现代农业园区。")
    assert list(t["text"]) == ["25个"] and baseline_of(t, "25个") == "10个"


def test_the_parks_whose_total_output_is_the_goal_are_a_set() -> None:
    # 宝鸡 2014 (set 89): 全市17个省级重点县域工业园区总产值力争突破850亿元: the 17 is the set, the 850亿元 the goal
    t = targets(_PARKS_REVIEW, "全市17个省级重点县域工业园区总产值力争突破850亿元。")
    assert list(t["text"]) == ["850亿元"]
    assert list(t["indicator"]) == ["省级重点县域工业园区总产值"] and list(t["target_kind"]) == ["floor"]


def test_a_per_county_range_of_leading_industries_is_a_guideline() -> None:
    # 徐州 row 33: 鼓励各县（市）因地制宜打造2—3个特色主导产业; the share after it stays a goal
    t = targets(_PARKS_REVIEW, "鼓励各县（市）因地制宜打造2—3个特色主导产业，年内力争县域经济比重超过50%。")
    assert list(t["text"]) == ["50%"] and list(t["indicator"]) == ["县域经济比重"]


def test_leading_industries_each_county_cultivates_stay_goals() -> None:
    # the near miss: 培育 makes them (per_place_goal_verbs)
    names = names_by_text(_PARKS_REVIEW, "每个县培育2—3个特色主导产业。")
    assert names["2—3个"] == ["每个县特色主导产业数"]
