"""Held-out set 62 (锦州 2023), round fix133b: county paragraphs (a county-level city or a county opening its sentence,
支持 before it), a 分别 list of the industries listed earlier in its sentence, and a 县域 sentence's later figures."""
from __future__ import annotations

import pandas as pd

from target_cases import targets


def _name(t: pd.DataFrame, text: str) -> str:
    """The indicator of the last target row written ``text``."""
    return str(t.loc[[text]].iloc[-1]["indicator"])


def test_a_respective_list_names_the_industries_listed_before_it() -> None:
    # 锦州 rows 26-28, 34-37: 义县要做大健康食品、冶金材料、机电装备和循环经济产业，产业规模分别达到32亿元、90亿元、15亿元和7亿元
    t = targets("工业增加值增长3%。", "义县要做大健康食品、冶金材料、机电装备和循环经济产业，产业规模分别达到32亿元、90亿元、15亿元和7亿元。"
                "黑山县要锚定农副产品精深加工，做强做优粮食、畜牧加工和预制菜产业，产业规模分别达到3亿元、21亿元、3.5亿元。")
    assert _name(t, "32亿元") == "义县健康食品产业规模" and _name(t, "7亿元") == "义县循环经济产业规模"
    assert _name(t, "21亿元") == "黑山县畜牧加工产业规模"
    # a list of another number of members than figures: no member is paired with a figure
    t = targets("工业增加值增长3%。", "做强粮食和畜牧加工产业，产业规模分别达到3亿元、20亿元、3.5亿元。")
    assert _name(t, "3亿元") != "粮食产业规模" and _name(t, "20亿元") != "畜牧加工产业规模"


def test_a_county_level_city_opening_its_sentence_owns_its_figures() -> None:
    # 锦州 rows 29-33: 北镇市要着力构建…; 支持凌海市建设锦州城市副中心，…，规模工业企业达到35户以上
    t = targets("规模以上工业企业达到300户。", "北镇市要着力构建以农副产品精深加工为核心的全链条农业产业体系、以农文商旅融合为突破的"
                "全要素旅游产业体系，产业规模分别达到50亿元、28.5亿元。支持凌海市建设锦州城市副中心，打造装备制造、农副产品精深加工和新能源"
                "新材料三大产业集群，规模工业企业达到35户以上，产业规模分别达到12亿元、20亿元、60亿元。")
    assert _name(t, "28.5亿元") == "北镇市全要素旅游产业规模"
    assert _name(t, "35户") == "凌海市规模工业企业户数" and _name(t, "20亿元") == "凌海市农副产品精深加工产业规模"
    # the city itself (全市, 我市) opening a sentence is no county
    t = targets("规模以上工业企业达到300户。", "全市要加快工业振兴，规模工业企业达到350户以上。")
    assert _name(t, "350户") == "规模工业企业户数"
    # 支持 before two counties' work (湛江: 支持坡头区创建…、遂溪县创建…，各县（市、区）创建1个以上教育共同体): neither owns the figure
    t = targets("新建学校2所。", "支持坡头区创建国家义务教育优质均衡区、遂溪县创建国家学前教育普及普惠县，各县（市、区）创建1个以上教育共同体。")
    assert not _name(t, "1个").startswith("坡头区")


def test_a_county_scope_opening_a_sentence_owns_its_later_figures() -> None:
    # 锦州 rows 47, 48: 县域地区生产总值平均增长6.9%，一般公共预算收入平均增长6.9%，完成固定资产投资234.9亿元
    t = targets("一般公共预算收入同口径增长1.6%。", "县域地区生产总值平均增长6.9%，一般公共预算收入平均增长7.1%，完成固定资产投资234.9亿元。")
    assert _name(t, "7.1%") == "县域一般公共预算收入平均增长" and _name(t, "234.9亿元") == "县域固定资产投资"
    assert "1.6%" not in set(t["baseline_text"].dropna())
    # 县域 opening a sentence with no figure in its first clause: the later figures keep their names
    t = targets("工业增加值增长3%。", "县域经济要提质增效，完成固定资产投资234.9亿元。")
    assert _name(t, "234.9亿元") == "固定资产投资"
