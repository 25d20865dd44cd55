"""Round 174, fix174d (held-out set 91 通辽 2022, 莆田 2022): names in 、 lists. A share whose own 、 member holds a quoted
service name is named from its own noun and that name, not from the member before (90%以上政务服务事项“一网通办”); a named
site after a counted noun (莆田学院附属医院北岸院区) is no second kind the count counts; a long name never starts between two
modifiers of one head joined by 和 (失能和部分失能老年人); 必保 is a commitment like 确保 and 压降至 a cut to a level like 降至,
neither part of a name. Short texts through the real reader, extractor and targets builder."""
from __future__ import annotations

import pytest
from target_cases import targets

from govreport.extract.long_names import trim_long
from govreport.extract.noun_pairs import before_named_sites
from govreport.extract.share_nouns import own_member

REVIEW = "全年地区生产总值增长6%。"


def _row(plan: str, text: str) -> tuple[str, str]:
    """(indicator, target_kind) of the last target row written ``text`` of ``plan`` under a 2024 plan heading."""
    r = targets(REVIEW, plan, 2023).loc[[text]].iloc[-1]
    return str(r["indicator"]), str(r["target_kind"])


@pytest.mark.parametrize(("plan", "text", "name"), [
    # 通辽 2022 row 37: 90% took 事项一件事一次办 from the member before (the 、 member after it kept its whole tail from naming it)
    ("实现103项事项“一件事一次办”、90%以上政务服务事项“一网通办”、更多高频民生服务事项“掌上办”。", "90%", "政务服务事项一网通办比例"),
    ("实现103项事项“一件事一次办”、90%以上政务服务事项“一网通办”、更多高频民生服务事项“掌上办”。", "103项", "事项一件事一次办数"),
    # the same with no member after it: named so before, and still
    ("实现103项事项“一件事一次办”、90%以上政务服务事项“一网通办”。", "90%", "政务服务事项一网通办比例"),
    # 莆田 2022 row 77: 4家 counts the specialist hospitals, not the one named campus after them
    ("建成妈祖健康城4家高端专科医院、莆田学院附属医院北岸院区。", "4家", "高端专科医院数"),
    ("新建5所学校、市一中新校区。", "5所", "新建学校数"),
    # near misses: a second kind with no name before its head is counted with the first (unseen audit 15; a bare 院区)
    ("建设10家以上中试平台、概念验证中心。", "10家", "建设中试平台和概念验证中心数"),
    ("新建5所学校、院区。", "5所", "新建学校和院区数"),
    # 通辽 2022 row 57: the long name started after 和, inside 失能和部分失能老年人; row 58 kept both classes already
    ("新增高龄、纳入分散供养特困人员、低保户家庭失能和部分失能老年人家庭养老床位2000张，养老机构失能和部分失能老年人护理型床位3000张。",
     "2000张", "失能和部分失能老年人家庭养老床位量"),
    ("新增高龄、纳入分散供养特困人员、低保户家庭失能和部分失能老年人家庭养老床位2000张，养老机构失能和部分失能老年人护理型床位3000张。",
     "3000张", "新增养老机构失能和部分失能老年人护理型床位量"),
    # near miss (巴中 2023): two kinds of bonds joined by 和 are no two degrees of one state; named as before
    ("加大项目资金争取力度，到位中省预算内资金、一般债券和专项债券、政策性开发性金融工具项目资金60亿元以上。", "60亿元",
     "专项债券政策性开发性金融工具项目资金"),
    # 通辽 2022 row 19: 压降至 is a cut to a level, as 降至 is
    ("推进高风险地方法人银行业金融机构风险处置，不良贷款率压降至4.5%以下。", "4.5%", "不良贷款率"),
    ("推进风险处置，不良贷款率压降到4.5%以下。", "4.5%", "不良贷款率"),
], ids=["quoted-member", "quoted-member-first", "quoted-member-last", "named-campus", "named-school-campus", "two-kinds",
        "bare-campus-kind", "modifier-pair", "modifier-pair-kept", "two-kinds-of-bonds", "cut-to", "cut-to-dao"])
def test_list_member_names(plan: str, text: str, name: str) -> None:
    assert _row(plan, text)[0] == name


def test_a_cut_to_a_level_is_a_ceiling() -> None:
    assert _row("推进风险处置，不良贷款率压降至4.5%以下。", "4.5%") == ("不良贷款率", "ceiling")


@pytest.mark.parametrize("commit", ["确保", "必保"])
def test_bi_bao_is_a_commitment_like_que_bao(commit: str) -> None:
    # 通辽 2022 row 8: 必保完成投资 kept the commitment and its light verb; 确保 there names the investment by its sentence
    plan = f"抓实全流程、全周期“项目管家”服务，{commit}完成投资350亿元，全力以赴打一场项目投资的翻身仗。"
    assert _row(plan, "350亿元")[0] == "抓实全流程全周期项目管家服务投资"


def test_the_member_ends_at_its_quoted_name() -> None:
    assert own_member("政务服务事项“一网通办”、更多高频民生服务事项“掌上办”") == "政务服务事项“一网通办”"
    assert own_member("政务服务事项“一网通办”、“掌上办”") == "政务服务事项“一网通办”、“掌上办”"  # two names of one noun: whole
    assert own_member("政务服务事项一网通办、更多事项掌上办") == "政务服务事项一网通办、更多事项掌上办"  # no quoted name: as before


def test_named_sites_and_modifier_pairs() -> None:
    assert before_named_sites(["莆田学院附属医院北岸院区"]) == []
    assert before_named_sites(["概念验证中心", "市一中新校区", "中试基地"]) == ["概念验证中心"]
    assert before_named_sites(["院区"]) == ["院区"]
    assert trim_long("新增高龄纳入分散供养特困人员低保户家庭失能和部分失能老年人家庭养老床位", 18) == "失能和部分失能老年人家庭养老床位"
    assert trim_long("新增高龄纳入分散供养特困人员低保户家庭失能和半失能老年人家庭养老床位", 18) == "失能和半失能老年人家庭养老床位"
    # near miss: two kinds of one noun (一般债券和专项债券), no degrees of a state: the name starts after the link, as before
    assert trim_long("到位中省预算内资金一般债券和专项债券政策性开发性金融工具项目资金", 18) == "专项债券政策性开发性金融工具项目资金"
