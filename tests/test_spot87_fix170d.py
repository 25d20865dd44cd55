"""Round 170, fix170d (held-out set 87): flow vs level and list members. A bare 培育N家 target adds that many (its baseline
is the year's addition, not the stock the review's sentence reached), unless a level word follows 培育 in its clause; a
later verb-only member of a list whose first member opens with a new-things verb (新引进…项目135个、新开工120个、新竣工100个)
takes those things; a later area member that is a work of its own (休耕) takes the first member's land, not its work.
Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from target_cases import baseline_of, names_by_text, targets

_REVIEW = "全年新增81家高新技术企业，达到290家。"


def test_bare_cultivate_is_a_flow_with_the_addition_as_baseline() -> None:
    # 柳州 2018 row 13: 培育300家以上高新技术企业 vs 新增79家…，达到280家
    t = targets(_REVIEW, "实施一批技术中心项目，培育310家以上高新技术企业。")
    assert baseline_of(t, "310家") == "81家"


def test_cultivate_then_a_level_word_stays_a_level() -> None:
    # guard: 培育…达到N家 states the level the stock reaches
    t = targets(_REVIEW, "大力培育创新主体，高新技术企业达到310家以上。")
    assert baseline_of(t, "310家") == "290家"
    t = targets(_REVIEW, "加快培育高新技术企业达到310家以上。")
    assert baseline_of(t, "310家") == "290家"


def test_a_later_stage_member_takes_the_things_of_a_new_verb() -> None:
    # 株洲 2020 rows 24–26: 全年新引进5000万元以上产业项目135个、新开工120个、新竣工100个
    names = names_by_text("全年签约项目50个。", "完善服务体系，全年新引进3000万元以上产业项目130个、新开工110个、新竣工90个。")
    assert names["90个"] == ["3000万元以上产业项目新竣工数"]
    assert names["130个"] == ["新引进3000万元以上产业项目数"]


def test_a_later_area_work_takes_the_first_members_land() -> None:
    # 株洲 2020 row 56: 完成重金属污染耕地修复治理4万亩、休耕7万亩
    names = names_by_text("全年造林10万亩。", "完成受污染耕地修复治理3万亩、休耕6万亩。")
    assert names["6万亩"] == ["受污染耕地休耕面积"]
    assert names["3万亩"] == ["受污染耕地修复治理面积"]


def test_a_later_area_crop_keeps_its_own_name() -> None:
    # guard: a crop member (大豆) is not a work; it is named as before
    names = names_by_text("全年造林10万亩。", "扩种油菜40万亩、大豆12万亩。")
    assert "休耕" not in "".join(names["12万亩"])


def test_a_later_level_member_is_named_without_its_link() -> None:
    # regression 287: 新增规上…企业6户、累计达85户: the stock, not 新增…累计 (nor 累计达)
    names = names_by_text("全年新增企业5户。", "确保新增规上新材料企业6户、累计达80户以上。")
    assert names["80户"] == ["规上新材料企业累计户数"]
