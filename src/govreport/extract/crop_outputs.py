"""The output a crop's area names (粮食面积稳定790万亩、产量300万吨: 粮食产量), read from a name that holds an area word and
an output word (data/name_subjects.json area_words, own_measures); kept apart from name_subjects, which calls it."""
from __future__ import annotations

import re
from typing import Final

OWN_SUBJECT: Final = (2, 4)  # 粮食 between 粮播面积 and 产量: a subject of the output's own, a short noun


def own_output(own: re.Match[str]) -> str:
    """The output of the crop an area's name names (groups: the crop, what stands between area and output, the output:
    粮食面积产量 -> 粮食产量), or, when a subject of its own stands between the area and the output (粮播面积、粮食产量稳定在…:
    粮播面积粮食产量), that subject's output (粮食产量, not 粮播产量: spot 40 定西): a short noun opening as the crop does (粮),
    not the words of a clause between (粮食种植面积、单产实现“双增”，总产…)."""
    crop, middle = own.group(1), own.group(2)
    own_subject = OWN_SUBJECT[0] <= len(middle) <= OWN_SUBJECT[1] and middle[0] == crop[0]
    return (middle if own_subject else crop) + own.group(3)
