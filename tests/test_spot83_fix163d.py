"""Round 163, fix163d (held-out set 83): plan-year counts dropped between quantities and targets. Projects of a stage
schedule named by example (…等30个续建项目, …等30个项目投入运营, …等37个项目建设进程) are the year's goals; 支持建设N个…
builds them; a list of zones whose first member holds no designation level is work to do; a ground frame opened by a build
verb (以建设N个…和M个…为抓手) frames the year's own building; an amount funding counted work (投资N亿元实施M个…项目) is the
year's investment. Paraphrased texts through the real reader and extractor; each with the near miss that must not change."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from target_cases import baseline_of, targets

_REVIEW = "全年实施重点项目120个，地区生产总值增长6%。"


def _texts(plan: str) -> set[str]:
    return set(targets(_REVIEW, plan, 2020)["text"])


def test_project_stages_named_by_example_are_goals() -> None:
    # 延边 6535, 6600, 6671: 续建, 投入运营 and 建设进程 beside 开工建设…等37个项目
    plan = ("开工建设甲智能制造园、乙服装园二期等37个项目。加快推进丙新能源汽车、丁文旅景区二期等30个续建项目。"
            "确保戊高铁竣工通车，己文博苑、庚医院等28个项目投入运营。加快辛通用机场、壬文化中心等41个项目建设进程。")
    got = _texts(plan)
    assert {"37个", "30个", "28个", "41个"} <= got


def test_unnamed_or_year_batches_stay_sets() -> None:
    # the boundary: a pool with no examples (推进28个续建项目), a batch named by its year (加快2019年度6个…建设进度)
    got = _texts("推进28个续建项目。加快2019年度6个精品示范村建设进度，新建城市道路10条。")
    assert "28个" not in got and "6个" not in got and "10条" in got


def test_support_to_build_is_a_goal() -> None:
    # 昌吉 13499: 支持建设40个宜居、宜游、宜业的…美丽乡村
    assert "40个" in _texts("努力打造一批特色村庄，支持建设40个宜居、宜游、宜业的“四美两园”美丽乡村。")


def test_support_without_a_build_verb_stays_a_set() -> None:
    assert "24个" not in _texts("支持24个重点片区发展壮大。")


def test_a_list_of_zones_opening_without_a_level_is_work_to_do() -> None:
    # 廊坊 14182: 抓好7个…示范县、40个省级…示范区建设: both members are goals
    got = _texts("推进蔬菜基地建设，抓好7个蔬菜产业示范县、40个省级蔬菜示范区建设，发展10个现代蔬菜产业园。")
    assert {"7个", "40个"} <= got


def test_a_list_of_designated_zones_stays_held() -> None:
    # the boundary (held-out set 80): every member holds a level, the designations are held already
    got = _texts("扎实推进1个国家级特优区、4个省级特优区、3个省级现代农业产业园建设，新建城市道路10条。")
    assert not {"1个", "4个", "3个"} & got and "10条" in got


def test_a_frame_opened_by_a_build_verb_holds_goals() -> None:
    # 廊坊 14368, 14378: 以建设428个省级重点村和20个精品村为抓手
    got = _texts("以建设428个省级重点村和20个精品村为抓手，全面推进环境治理、村庄绿化等六大工程。")
    assert {"428个", "20个"} <= got


def test_a_frame_of_carried_out_works_stays_ground() -> None:
    # the boundary (audit 54): 以实施…20项重大工程为抓手
    assert "20项" not in _texts("以实施现代服务业发展20项重大工程为抓手，加快发展工业设计。")


def test_an_amount_funding_counted_work_is_a_goal() -> None:
    # 廊坊 15338: 县域投资10.2亿元实施63个学校建设项目
    got = _texts("逐步缩小城乡差距，县域投资10.2亿元实施63个学校建设项目，全市建设标准化学校140所。")
    assert "10.2亿元" in got


def test_a_size_class_before_a_count_stays_a_class() -> None:
    # the boundary: 新增200亿产业链1个 (no verb between the amount and the count)
    assert "200亿元" not in _texts("新增200亿元产业链1个。")



def _quantity_names(plan: str) -> dict[str, str]:
    q = extract_quantities(read_text(f"政府工作报告\n二、2021年重点工作\n{plan}\n"))
    return {str(r.text): str(r.indicator) for r in q.itertuples()}


def test_a_parallel_run_of_modifiers_before_de_names_no_count() -> None:
    # 昌吉 13499: 40个宜居、宜游、宜业的…美丽乡村 counts the villages (the name was 建设宜居数)
    name = _quantity_names("支持建设40个宜居、宜游、宜业的“四美两园”美丽乡村。")["40个"]
    assert "美丽乡村" in name and "宜居" not in name


def test_nouns_listed_before_de_keep_the_count() -> None:
    # the boundary: 50个乡镇、街道的… counts the towns (no shared opening character)
    assert "乡镇" in _quantity_names("新建覆盖50个乡镇、街道的便民服务网络。")["50个"]


def test_one_level_of_a_clause_listing_two_takes_no_baseline_of_neither() -> None:
    # regression (a province 2024): 支持建设7个国家级和20个省级…集群 vs the review's 国省级…园区95个、产业集群21个
    t = targets("新创建国省级农业园区95个、产业集群21个。", "支持建设7个国家级和20个省级农业产业集群。", 2023)
    assert "20个" in set(t["text"]) and baseline_of(t, "20个") == ""


def test_one_level_alone_keeps_its_baseline() -> None:
    # the boundary: a clause of one level keeps the matcher's baseline
    t = targets("新创建省级农业产业集群21个。", "支持建设20个省级农业产业集群。", 2023)
    assert baseline_of(t, "20个") == "21个"
