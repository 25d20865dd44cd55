"""An adverb of repetition between a name's subject and its change (extract/name_adverbs.py), on paraphrased sentences."""
from __future__ import annotations

from target_cases import targets

from govreport.extract.name_adverbs import without_again


def test_again_between_subject_and_change_is_dropped() -> None:
    """再, 又, 继续 and 今年再 name nothing: 企业退休人员基本养老金今年再提高 is 企业退休人员基本养老金提高."""
    assert without_again("企业退休人员基本养老金今年再提高") == "企业退休人员基本养老金提高"
    assert without_again("移动网络流量平均资费再降低") == "移动网络流量平均资费降低"
    assert without_again("基本医疗保险覆盖范围继续扩大") == "基本医疗保险覆盖范围扩大"
    assert without_again("企业退休人员基本养老金水平又提高") == "企业退休人员基本养老金水平提高"


def test_a_word_holding_the_adverb_or_no_change_after_it_stays() -> None:
    """再生资源, 再就业, 继续教育 and an adverb not before the name's closing change are words of the name."""
    for name in ("再生资源回收量", "下岗失业人员再就业人数", "继续教育培训人次", "再提高", "再进城落户人数"):
        assert without_again(name) == name


def test_the_targets_name_loses_the_adverb() -> None:
    """今年城乡居民基础养老金最低标准再提高20元: named 城乡居民基础养老金最低标准提高."""
    t = targets("经济运行总体平稳。", "今年城乡居民基础养老金最低标准再提高20元，一般工商业平均电价再降低10%。")
    assert t.loc["20元"].indicator == "城乡居民基础养老金最低标准提高"
    assert t.loc["10%"].indicator == "一般工商业平均电价降低"
