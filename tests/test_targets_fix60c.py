"""Audit 47 (fix60c): sets worked on or named are no goals — pilots pushed on (推进/加快…试点建设), 加强N个…建设, 服务N家…企业,
放大N个…优势, a 和 pair named right before its count, members named after 在, the size of a set whose exemption is widened —
and goals that were refused: 力争来阜留阜大学生, 等N个重大项目加快建设, 第一批N个, 新增授信额度, 每个县市区再开工1处
(docs/assumptions.md#which-figures-are-targets). Sentences from city_jining, city_wuzhou, city_fuyang, city_jingmen 2024
(audit 47) and national_2016."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables import build_targets

HEAD = "某市2024年政府工作报告\n一、2023年工作回顾\n去年全市地区生产总值增长5%。\n二、2024年主要目标任务\n"


def _texts(body: str) -> set[str]:
    return set(build_targets(extract_quantities(read_text(HEAD + body + "\n")))["text"])


def test_pilots_pushed_on_are_the_designated_set_but_new_pilots_are_goals() -> None:
    """加快汶上…试点和9个…试点建设, 全力推进…和5个整县分布式光伏开发试点建设 (济宁 class 3): no rows; 建设20个…试点 stays."""
    assert "9个" not in _texts("深化以县城为载体的城镇化，加快汶上省级县城城镇化试点和9个省级小城镇创新提升试点建设，以点带面推动全市域新型城镇化。")
    assert "5个" not in _texts("全力推进时代绿能1.1GW大型光伏、集中式陆上风电和5个整县分布式光伏开发试点建设，新能源和可再生能源装机规模达到580万千瓦。")
    assert "20个" in _texts("建设20个未来社区试点，新增城镇就业3万人。")


def test_sets_worked_on_after_jiaqiang_fuwu_fangda() -> None:
    """加强135个教育集团和学区建设 (梧州), “一企一专班”服务40家上市后备企业, 放大3个国家制种大县优势 (济宁): no rows; the
    goals beside them (推动3家企业首发上市, 培育2家以上…龙头企业) stay, and 服务保障7个新开工…项目 is no firm served."""
    assert "135个" not in _texts("加强135个教育集团和学区建设，推进优秀教师交流。")
    t = _texts("深化“百家企业专家行”活动，“一企一专班”服务40家上市后备企业，推动3家企业首发上市。")
    assert "40家" not in t and "3家" in t
    t = _texts("放大3个国家制种大县优势，培育2家以上“育繁推”一体化种业龙头企业。")
    assert "3个" not in t and "2家" in t
    assert "26个" in _texts("“一项目一专班”服务保障7个新开工百亿级、26个超50亿元项目，加快推进47个省级重大项目。")


def test_members_named_by_a_pair_or_after_zai_make_a_named_set() -> None:
    """鲁国故城和大运河南旺枢纽2处国家考古遗址公园, 在高端装备、高端化工、新材料3个集群率先突破 (济宁): named sets; 100家 stays."""
    t = _texts("高标准打造提升曲阜国家文物保护利用示范区、鲁国故城和大运河南旺枢纽2处国家考古遗址公园、100家博物馆展示馆。")
    assert "2处" not in t and "100家" in t
    assert "3个" not in _texts("每个集群培育20家高新技术企业，年内在高端装备、高端化工、新材料3个集群率先突破，两年实现全覆盖。")


def test_size_of_a_set_whose_exemption_is_widened() -> None:
    """将18项行政事业性收费的免征范围…扩大到所有企业和个人 (national_2016): no row."""
    assert "18项" not in _texts("三是将18项行政事业性收费的免征范围，从小微企业扩大到所有企业和个人。")


def test_goals_that_were_refused() -> None:
    """力争来阜留阜大学生4.5万人 (阜阳), 推动谦信化工等600个重大项目加快建设 (荆门), 完成第一批118个市级示范片区建设,
    新增授信额度50亿元以上, 每个县市区再开工1处高品质住宅项目 (济宁): rows; 今年高校毕业生1170万人 and 储备一批…500亩 stay out."""
    assert "4.5万人" in _texts("常态化开展“招才引智高校行”“阜阳学子家乡行”，力争来阜留阜大学生4.5万人。")
    assert "1170万人" not in _texts("今年高校毕业生1170万人，要千方百计稳就业。")
    assert "600个" in _texts("抓好“六类重点项目”建设，推动谦信化工等600个重大项目加快建设，确保美华新材料等260个重大项目建成投产。")
    assert "118个" in _texts("深入实施“百区千村”三年行动，完成第一批118个市级示范片区建设，启动第二批96个片区创建。")
    assert "500亩" not in _texts("储备一批新的500亩成片工业用地。")
    assert "50亿元" in _texts("大力发展按揭农业，新建示范项目20个，新增授信额度50亿元以上。")
    assert "1处" in _texts("坚持高品质住宅、二手房、住房保障联动施策，每个县市区再开工1处高品质住宅项目，强化教育、医疗配套。")
