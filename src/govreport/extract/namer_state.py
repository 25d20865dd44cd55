"""What a sentence's namer keeps between its figures (the names given, a 分别 list's members, the figure before, the scene
its opening sets), set up apart from the rules of ``naming.SentenceNamer.name`` that read and update it."""
from __future__ import annotations

from govreport.extract.name_done import SubjectNamer
from govreport.extract.name_parts import FIRST_CLAUSE_END
from govreport.extract.post_nouns import post_noun_units
from govreport.extract.predicates import after_firsts
from govreport.extract.scanner import Token
from govreport.extract.scenes import scene_of
from govreport.report.model import Sentence


class NamerState(SubjectNamer):
    """The state of a sentence's namer between its figures (``naming.SentenceNamer`` names them): what the names
    before leave for the figures after them (25户76人, 生猪…头、肉牛…头, 分别 lists)."""

    _scene: str | None = None  # what a sentence starts with, as class attributes: an instance sets its own only when one changes
    first = True
    last_post = False  # the last name was the noun after the figure (20条配套道路)
    last_push = ""  # the plan verb kept before the last count's noun (推进38个重大交通项目), for a bare 、 member after it
    last_was_threshold = False  # 亿元以上项目917个: the count's name starts before the threshold
    distributive: tuple[int, int, str] | None = None  # (first member index, size, generic name)
    members: tuple[str, ...] | list[str] = ()  # the names of a 分别 list's members, when its subject lists them
    count_verb = ""  # the verb before a list of counts (综合设置5个办公室3个中心)
    list_head = ""  # a quoted word before the first noun of a list of counts (“千万工程”)
    last_token: Token | None = None  # the figure named before (30亿元 of 30亿元以上项目80个)
    to_members: tuple[tuple[str, str, str, str], ...] = ()  # the names a list after 提高到 takes member by member
    predicate_end = 0  # the end of the predicate a rate before took as its own (100%响应)
    listed: tuple[str, ...] = ()  # the clauses of the members still to come of a list whose figures follow it (供热、燃气、排水管网800公里、…)

    def __init__(self, scan: str, sentence: Sentence) -> None:
        self.scan = scan
        self.sentence = sentence
        self.names: list[tuple[str, str, str, str]] = []  # (object, moved verb, unit, name without its measure)
        self.post_units = post_noun_units()
        self.after_firsts = after_firsts()

    @property
    def scene(self) -> str:
        """What the sentence is about when its first clause, with no figure, says only that it went ahead (元大高速建设快速推进，完成…用地征迁782.34亩): the subject before those light words."""
        if self._scene is None:
            start = self.sentence.start  # an opening of 8 to 16 characters: a break among its first 17
            cut = FIRST_CLAUSE_END.search(self.scan, start + 8, min(self.sentence.end, start + 17))
            self._scene = scene_of(self.scan[start:cut.start()]) if cut else ""
        return self._scene
