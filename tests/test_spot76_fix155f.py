"""Round 155, fix155f (held-out set 76): measures of counts and capacities, and plan figures lost before the targets table.
争创 + a count is the year's new designations (a flow, like its list-mates); 增点扩面到N个 is the total to reach (a stock);
a name ending in a capacity head (储存能力, 接收能力, 运力) is a level held; 新开通 opens a flow; a rank reached (进入全国40强)
is measured as a rank; 修复…岸线4公里以上 is a length to restore (以上 is its qualifier, no area named after it); 在728家…、46家…
实施… counts the places of a programme, list-mates and all. Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

import pandas as pd

from tests.target_cases import targets

_REVIEW = "新增国家级专精特新“小巨人”企业12家，全市港口货物吞吐量5.5亿吨。"


def _measure(t: pd.DataFrame, text: str) -> str:
    return str(t.loc[[text]].iloc[-1]["measure"])


def test_a_sought_designation_count_is_a_flow_like_its_list_mates() -> None:
    t = targets(_REVIEW, "加强企业梯队培育，争创单项冠军企业3家、专精特新“小巨人”企业11家、隐形冠军企业6家以上。")
    assert _measure(t, "11家") == "flow" and _measure(t, "3家") == "flow" and _measure(t, "6家") == "flow"


def test_a_designation_count_reached_stays_a_stock() -> None:
    # near miss: how many there will be (达到), no 争创
    t = targets(_REVIEW, "专精特新“小巨人”企业达到30家。")
    assert _measure(t, "30家") == "stock"


def test_a_count_widened_to_a_total_is_a_stock() -> None:
    t = targets(_REVIEW, "争取未来社区增点扩面到12个左右。")
    assert _measure(t, "12个") == "stock"
    t = targets(_REVIEW, "新建未来社区12个。")  # near miss: the year's new ones
    assert _measure(t, "12个") == "flow"


def test_capacities_are_levels() -> None:
    t = targets(_REVIEW, "加快油气全产业链发展，油品储存能力3800万方，天然气接收能力600万吨，沿海船舶运力达820万载重吨。")
    assert _measure(t, "3800万方") == "stock" and _measure(t, "600万吨") == "stock" and _measure(t, "820万载重吨") == "stock"
    t = targets(_REVIEW, "新增油品储存能力300万方。")  # near miss: capacity added in the year
    assert _measure(t, "300万方") == "flow"


def test_newly_opened_base_stations_are_a_flow() -> None:
    t = targets(_REVIEW, "新开通5G基站1200座以上。")
    assert _measure(t, "1200座") == "flow"
    t = targets(_REVIEW, "5G基站总数达到5000座。")  # near miss: the total there will be
    assert _measure(t, "5000座") == "stock"


def test_a_rank_reached_is_measured_as_a_rank() -> None:
    t = targets(_REVIEW, "推动高新区综合排名进入全国50强。")
    assert _measure(t, "50") == "rank"


def test_a_shoreline_length_to_restore_is_a_target() -> None:
    t = targets(_REVIEW, "推进海岸带整治修复工程，修复砂质岸线5公里以上。")
    assert "5公里" in set(t["text"])


def test_a_distance_naming_an_area_is_still_no_target() -> None:
    # near miss: 沿线1公里 names the area worked on
    t = targets(_REVIEW, "推进河道沿线1公里化工腾退地块治理，新建污水管网20公里。")
    assert "1公里" not in set(t["text"]) and "20公里" in set(t["text"])


def test_the_first_of_a_list_of_places_a_programme_runs_in_is_a_target() -> None:
    t = targets(_REVIEW, "在700家学校食堂、50家养老院食堂实施“互联网+明厨亮灶”项目。")
    assert {"700家", "50家"} <= set(t["text"])


def test_places_where_an_amount_is_added_stay_no_target() -> None:
    # near miss: 在N个城区 is where; the amount is the 学位
    t = targets(_REVIEW, "在12个城区增补公办幼儿园学位2万个。")
    assert "12个" not in set(t["text"]) and "2万个" in set(t["text"])
