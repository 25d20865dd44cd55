"""Held-out audit 39b (定西, 盘锦, 石嘴山, 伊犁 2025), round fix100b: list members that lose the list's shared head noun,
lead verb or qualifier, on the target side and the review side."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from target_cases import baseline_of, class_of, targets


def names(text: str) -> dict[str, str]:
    """Each figure's text -> its name, of a plan part holding ``text``."""
    q = extract_quantities(read_text(f"政府工作报告\n一、2024年工作回顾\n全年完成任务。\n二、2025年重点工作\n{text}\n"))
    return dict(zip(q["text"], q["indicator"]))


def test_a_comma_member_that_is_only_a_level_takes_the_first_members_name() -> None:
    # 石嘴山 rows 80, 81: 新增国家级重点专科1个，自治区级3个，市级15个
    got = names("完善合作机制，新增国家级重点专科1个，自治区级3个，市级15个。")
    assert got["1个"] == "新增国家级重点专科数"
    assert got["3个"] == "新增自治区级重点专科数" and got["15个"] == "新增市级重点专科数"
    # a comma clause of a level and a count in another unit keeps its own name
    got = names("新增国家级重点专科1个，市级投入5000万元。")
    assert "重点专科" not in got["5000万元"]


def test_a_place_member_takes_its_siblings_measure_and_qualifier() -> None:
    # 伊犁 rows 16-18: 年内州直旅游接待突破9000万人次、塔城地区3850万人次、阿勒泰地区4400万人次
    review = "全州接待游客1.6亿人次、游客花费1304.7亿元，其中州直8445万人次、塔城地区3500万人次、阿勒泰地区4019万人次。"
    plan = "叫响品牌，年内州直旅游接待突破9000万人次、塔城地区3850万人次、阿勒泰地区4400万人次。"
    t = targets(review, plan)
    assert t.loc["3850万人次", "indicator"] == "塔城地区旅游接待人次" and t.loc["3850万人次", "qualifier"] == "more_than"
    assert baseline_of(t, "9000万人次") == "8445万人次" and baseline_of(t, "3850万人次") == "3500万人次"
    assert baseline_of(t, "4400万人次") == "4019万人次"
    # the review's place after 其中 is the visits', not the spending's
    got = extract_quantities(read_text(f"政府工作报告\n一、2024年工作回顾\n{review}\n"))
    assert dict(zip(got["text"], got["indicator"]))["8445万人次"] == "州直接待游客人次"
    # a zone is no place: 园区 keeps its own name, and no qualifier is carried to it
    got = names("新增省级产业园区突破5个、园区3个。")
    assert got["3个"] != "园区省级产业园区数"
    # nor is a kind of city, or a class of places (其他地区)
    got = names("按照小城市标准规划建设安宁河流域常住人口超3万人、其他地区超2万人的镇。")
    assert got["2万人"] == "其他地区人数"


def test_a_verb_only_member_takes_the_head_noun_its_list_opens_with() -> None:
    # 盘锦 row 20: 央地合作项目谋划梳理87个、新签约19个、推进实施6个
    review = "深化央地合作，央地合作项目谋划梳理87个、新签约19个、推进实施6个。"
    t = targets(review, "积极拓展合作场景，全年滚动实施央地合作项目10个以上。")
    assert baseline_of(t, "10个") == "6个"
    got = extract_quantities(read_text(f"政府工作报告\n一、2024年工作回顾\n{review}\n"))
    named = dict(zip(got["text"], got["indicator"]))
    assert named["19个"] == "央地合作项目新签约数" and named["6个"] == "央地合作项目推进实施数"
    # 盘锦 row 26: 新增中试项目15个以上、本地产业化5个 -> the new projects' industrialisation
    assert names("推动基地新增中试项目15个以上、本地产业化5个。")["5个"] == "中试项目本地产业化数"
    # a member naming a thing of its own keeps it
    assert names("推动基地新增中试项目15个以上、文化5个。")["5个"] != "中试项目文化数"
    # a list of stages after a head and its first stage: each stage of the head (新竣工 a member of verbs too)
    got = names("全年亿元以上项目新签约442个、新开工427个、新竣工310个、新投产334个。")
    assert got["334个"] == "亿元以上项目新投产数"
    # a noun ending after the head (企业园) is no work: the member keeps the existing stage name
    assert names("打造特色小镇升级版，开工小微企业园10个、竣工20个。")["20个"] == "小微企业园竣工数"
    # a first member that ends on its head, and a stage member: the stage rules' name, not this one's
    assert names("新引进项目30个、新开工15个。")["15个"] == "项目新开工数"


def test_a_label_member_before_a_shared_head_takes_the_head() -> None:
    # 定西 row 99: 新增高新技术企业5家、省级“专精特新”和科技创新型企业各10家以上 <- 省级“专精特新”中小企业23户
    review = "新培育规上企业40户、亿元以上企业11户、省级“专精特新”中小企业23户。"
    t = targets(review, "组建研究院，新增高新技术企业5家、省级“专精特新”和科技创新型企业各10家以上。")
    row = t[t["indicator"].str.contains("专精特新")].iloc[0]
    assert row["indicator"] == "新增省级“专精特新”企业数" and row["indicator_key"] == "specialised_smes"
    assert row["baseline_text"] == "23户" and row["feasibility"] == "below_last_year"
    # a member naming a thing of its own after its level keeps it (省级众创空间 takes no 企业)
    t = targets(review, "新增省级众创空间和科技型企业各3家。")
    assert "新增省级众创空间数" in set(t["indicator"])


def test_a_level_after_an_earlier_members_count_is_no_scope_of_later_members() -> None:
    # 定西 row 18: 37个省市级“和美乡村”、74个乡村建设重点村、88个发展类村庄改造提升完成建设任务
    review = "37个省市级“和美乡村”、74个乡村建设重点村、88个发展类村庄改造提升完成建设任务。"
    t = targets(review, "创建省级和美乡村14个、乡村建设重点村44个。")
    assert baseline_of(t, "44个") == "74个" and class_of(t, "44个") == "below_last_year"
    # a level opening the list's first member before its count is the list's: still another level
    t = targets("创建省级和美乡村37个、乡村建设重点村74个。", "创建国家级乡村建设重点村44个。")
    assert baseline_of(t, "44个") == ""
