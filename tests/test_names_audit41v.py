"""Names and keys after audit 41 (/work/notes/unseen41, fault classes "shared verbs lost", "names garbled or cut" and
"keys of another measure"): the real sentences of the texts, each figure named and keyed for its own measure."""
from __future__ import annotations

from govreport import extract_quantities, read_text


def _rows(sentence: str) -> dict[str, tuple[str, str]]:
    """Figure text -> (name, key) of every row of the plan paragraph ``sentence``."""
    table = extract_quantities(read_text("二、2024年工作安排\n" + sentence + "\n"))
    return dict(zip(table.text, zip(table.indicator, table.indicator_key)))


def names(sentence: str) -> dict[str, str]:
    return {k: v[0] for k, v in _rows(sentence).items()}


def keys(sentence: str) -> dict[str, str]:
    return {k: v[1] for k, v in _rows(sentence).items()}


def test_the_parts_of_a_new_amount_are_new() -> None:
    """新增人民币存贷款1500亿元以上，其中制造业贷款260亿元以上、科技型企业贷款200亿元以上 (Wuhu, WH12/13): loans added, not balances."""
    named = names("做好科技金融、绿色金融、普惠金融、养老金融、数字金融五篇大文章，新增人民币存贷款1500亿元以上，"
                  "其中制造业贷款260亿元以上、科技型企业贷款200亿元以上。")
    assert named["260亿元"] == "新增制造业贷款"
    assert named["200亿元"] == "新增科技型企业贷款"


def test_a_pair_of_build_verbs_stays_together() -> None:
    """新建续建35条城市次支道路 (Wuhu, WH58): roads built new or continued; 续建安置房7550套，新开工1000套 keeps its stages apart."""
    assert names("完成九华南路、长江南路等快速化改造，新建续建35条城市次支道路，畅通城市慢行系统。")["35条"] == "新建续建城市次支道路数"
    assert names("续建安置房7550套，新开工1000套。")["1000套"] == "安置房新开工数"


def test_a_title_won_is_shared_by_the_list() -> None:
    """创成未来社区6个、城乡风貌样板区试点9个、省级现代化美丽城镇示范镇3个 (Lishui, LS57/58): each is a title won in the year."""
    named = names("一体化推进城市体检、城市更新和城乡人居环境提升，完成城市有机更新项目投资100亿元以上，创成未来社区6个、"
                  "城乡风貌样板区试点9个、省级现代化美丽城镇示范镇3个，加快打造宜居、韧性、智慧城市。")
    assert named["9个"] == "创成城乡风貌样板区试点数"
    assert named["3个"] == "创成省级现代化美丽城镇示范镇数"


def test_a_long_noun_is_not_cut_inside_a_word() -> None:
    """确保新增3个县通过全国学前教育普及普惠县省级评估、1个县通过全国义务教育优质均衡县省级评估 (Lishui, LS66/67)."""
    named = names("深化教育跃阶攀高行动，加快教育现代化创建，争创全国基础教育综合改革实验区，确保新增3个县通过全国学前教育普及普惠县省级评估、"
                  "1个县通过全国义务教育优质均衡县省级评估，优化调整农村小规模学校，深化“县中崛起”工程。")
    assert named["3个"] == "新增县通过全国学前教育普及普惠县省级评估数"
    assert named["1个"] == "新增县通过全国义务教育优质均衡县省级评估数"


def test_the_adverb_of_a_done_verb_is_dropped() -> None:
    """全市行政村基本实现集体经济总收入30万元以上、经营性收入15万元以上 (Lishui, LS71/72): no 基本 in the names."""
    named = names("推动强村公司高质量发展，全市行政村基本实现集体经济总收入30万元以上、经营性收入15万元以上。")
    assert named["30万元"] == "每个行政村集体经济总收入"  # a level per village (fix52b, each_place.py)
    assert named["15万元"] == "行政村经营性收入"


def test_a_part_takes_the_verb_named_last() -> None:
    """新建新能源汽车公共充电桩750个，其中乡村150个 (Lishui, LS75): the village chargers are new too."""
    assert names("新建新能源汽车公共充电桩750个，其中乡村150个。")["150个"] == "新能源汽车公共充电桩中乡村新建数"


def test_talents_share_the_verb_over_a_comma() -> None:
    """引育科技领军人才200名以上，青年人才3万名以上 (Binzhou, BZ17): young talents brought in or trained, not a stock."""
    named = names("加快建设青年发展友好型城市，办好滨州人才节，引育科技领军人才200名以上，青年人才3万名以上。")
    assert named["3万名"] == "引育青年人才人数"


def test_keys_of_other_measures_are_vetoed() -> None:
    """新增贷款余额650亿元以上 (Lishui, LS8: a flow, no balance key); 到位资金 of 山海协作 projects (LS39: named for them, not
    investment attracted); 企业平台 (Binzhou, BZ12: no new firms); 示范新型经营主体 (BZ35: no market entities)."""
    assert keys("统筹安排“8+4”政策配套资金120亿元以上，新增贷款余额650亿元以上，新供应建设用地1.5万亩。")["650亿元"] == ""
    funds = _rows("深入实施新时代山海协作工程，推进产业合作项目100个以上，到位资金100亿元以上。")["100亿元"]
    assert funds == ("产业合作项目到位资金", "")
    assert keys("大力发展服务型制造，新增工业设计中心、共享制造等企业平台70家以上。")["70家"] == ""
    assert keys("实施预制菜产业“五千行动”，培育示范新型经营主体120家以上。")["120家"] == ""


def test_a_shared_title_verb_keeps_the_siblings_class() -> None:
    """创成省级和美乡村示范县1个、和美乡村示范村18个 (Lishui review): the villages are provincial titles too, won (创成)."""
    named = names("深化新时代“千万工程”，创成省级和美乡村示范县1个、和美乡村示范村18个、共同富裕示范带2条。")
    assert named["18个"] == "创成省级和美乡村示范村数"


def test_a_long_noun_with_a_verb_of_its_own_keeps_its_old_name() -> None:
    """向3.5万户城镇住房困难家庭发放公租房租赁补贴 (Shenyang): a run to the clause's end with a heavy verb is no noun;
    2个村（社区）入选全国红色美丽村庄建设试点 (Shenzhen): the noun ending within 14 characters is kept as before."""
    assert names("向3.5万户城镇住房困难家庭发放公租房租赁补贴。")["3.5万户"] == "城镇住房困难家庭发放户数"
    assert names("2个村（社区）入选全国红色美丽村庄建设试点。")["2个"] == "村(社区)入选全国红色美丽村数"
