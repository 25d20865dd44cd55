"""Names after audit 47 (round fix60m): a 其中 part takes its whole's verb of new things (荆门), a bare later 、 member
that is a title takes the first member's level and title words (阜阳, 梧州), a list's verb never reaches a stock (梧州),
X拓展至N个Y counts the Ys X reaches (荆门), aim words (力争, 锚定) leave the name and 继续教育 is a noun (济宁), and 发展到
is a level reached (阜阳)."""
from __future__ import annotations

from name_cases import names

JINGMEN_PARTS = "提升“小进规”“小进限”“个转企”质效，新增企业类经营主体2.6万户，其中规上工业企业120家、限上商贸主体400家、资质等级建筑企业25家。"
FUYANG_FACTORIES = "以数智赋能行动为抓手，滚动实施100个亿元以上技改项目，技改投资增长20%以上，新增省级以上数字车间10个、智能工厂2家。"
FUYANG_STREETS = "八是实施“放心消费”创建行动，新增市级放心消费示范单位25个、示范街区5个，营造安心、舒心的消费环境。"
WUZHOU_VILLAGES = "深入实施乡村振兴“十百千工程”，改造农村危房200户以上，建设自治区级精品村6个、示范村61个、提升村80个。"
WUZHOU_FIRMS = "持续抓好企业创新主体培育，力争新入库科技型中小企业80家以上、国家高新技术企业保有量达130家以上、科技成果转移转化80项以上。"
JINGMEN_LICENCE = "深化拓展“高效办成一件事”，迭代升级“四办”改革，“一业一证”改革拓展至38个行业。"
JINING_GDP = "今年经济社会发展的主要预期目标是：地区生产总值增长5.5%以上，力争突破6000亿元；"
JINING_TRAINING = "加强托育服务人才培养，开展继续教育培训3000人次、职业资格培训2000人次。"
JINING_RANK = "锚定综合医疗实力进入全省前三，全面提升市公共卫生能力。"
FUYANG_GRAIN = "扎实推进优质粮食工程，优质专用粮食种植面积发展到820万亩。"


def test_every_part_of_a_new_whole_takes_its_verb() -> None:
    """规上工业企业120家 after 新增企业类经营主体2.6万户，其中: new firms above scale, in any counter."""
    got = names(JINGMEN_PARTS)
    assert got["120家"] == "新增规上工业企业数"
    assert got["400家"] == "新增限上商贸主体数"
    assert got["25家"] == "新增资质等级建筑企业数"


def test_a_part_of_a_stock_takes_no_verb() -> None:
    """The neighbouring right behaviour: a 其中 part after a stock (总数) keeps its own name."""
    got = names("高新技术企业总数达到730家，其中新认定130家。")
    assert "新增" not in got["130家"]
    got = names("新增上市企业6家、累计达100家，其中境内A股上市公司80家、居全国同类城市第3位。")
    assert not got["80家"].startswith("新增")


def test_a_bare_title_takes_the_level_of_the_first_member() -> None:
    """智能工厂2家 after 新增省级以上数字车间10个 (another counter): 新增省级以上智能工厂数; 示范街区 takes 市级放心消费."""
    assert names(FUYANG_FACTORIES)["2家"] == "新增省级以上智能工厂数"
    assert names(FUYANG_STREETS)["5个"] == "新增市级放心消费示范街区数"
    got = names(WUZHOU_VILLAGES)
    assert got["61个"] == "自治区级示范村建设数"


def test_a_bare_member_that_is_no_title_takes_no_level() -> None:
    """The neighbouring right behaviour: 联合社 after 新建县级以上示范社 is no title the level grants."""
    assert "县级" not in names("新建县级以上示范社350家、联合社30家。")["30家"]


def test_a_list_verb_of_new_things_never_reaches_a_stock() -> None:
    """国家高新技术企业保有量达130家: a stock, not 新入库…保有量; the first member keeps 新入库."""
    got = names(WUZHOU_FIRMS)
    assert got["80家"] == "新入库科技型中小企业数"
    assert got["130家"] == "国家高新技术企业保有量"


def test_a_count_reached_by_a_subject_names_the_subject_and_verb() -> None:
    """“一业一证”改革拓展至38个行业: the sectors the reform reaches, not 行业数; 向…延伸 kept as before."""
    assert names(JINGMEN_LICENCE)["38个"] == "一业一证改革拓展行业数"
    assert names("城市公交向100个行政村延伸。")["100个"] == "城市公交延伸行政村数"
    assert names("“一业一证”改革（11）拓展至32个行业。")["32个"] == "一业一证改革拓展行业数"  # a note's number left out


def test_aim_words_leave_the_name() -> None:
    """力争突破6000亿元 after GDP growth: the GDP level; 锚定 opens the clause and names nothing; 继续教育 is a noun."""
    got = names(JINING_GDP)
    assert got["5.5%"] == "地区生产总值增长"
    assert got["6000亿元"] == "地区生产总值"
    assert names(JINING_RANK)["三"] == "综合医疗实力全省名次"
    assert names(JINING_TRAINING)["3000人次"] == "继续教育培训人次"
    assert names(JINING_TRAINING)["2000人次"] == "职业资格培训人次"


def test_develop_to_is_a_level_reached() -> None:
    """优质专用粮食种植面积发展到820万亩: the area reached, 发展 no part of its name; 增至 as before."""
    assert names(FUYANG_GRAIN)["820万亩"] == "优质专用粮食种植面积"
    assert names("市级示范性托育机构增至65家以上。")["65家"] == "市级示范性托育机构数"
