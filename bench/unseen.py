"""Score the actor candidates, their English names and the date finder on unseen articles.

The articles and the hand-made gold are tests/gold/<set>/ (issue 15; each gold's header says how
they were chosen and annotated): `unseen`, `fresh`, `final`, `last`, `five`, `six`, `seven`,
`eight`, `nine`, `ten`, `eleven`, `twelve`, `thirteen` to `eighteen` and `nineteen` to
`onehundredsix` (13-18 articles each), each annotated by hand before any finder ran on it,
scored once as held-out text, and development data since; `onehundredseven` to
`onehundredthirteen` are round 26's held-out sets, `onehundredfourteen` to
`onehundredseventeen` round 27's (and its second batch, `onehundredeighteen` to
`onehundredtwentyone`), `onehundredtwentytwo` to `onehundredtwentyseven` round 28's, and
`onehundredtwentyeight` to `onehundredthirtythree` round 29's (and its second batch,
`onehundredthirtyfour` to `onehundredthirtynine`), and `onehundredforty` to
`onehundredfortyfive` round 30's (and its second, third and fourth batches,
`onehundredfortysix` to `onehundredfiftyone`, `onehundredfiftytwo` to `onehundredfiftyseven` and
`onehundredfiftyeight` to `onehundredsixtythree`), and `onehundredsixtyfour` to
`onehundredsixtynine` round 31's (and its second and third batches, `onehundredseventy` to
`onehundredseventyfive` and `onehundredseventysix` to `onehundredeightyone`), and
`onehundredeightytwo` to `onehundredeightyseven` round 32's (and its second and third
batches, `onehundredeightyeight` to `onehundredninetythree` and `onehundredninetyfour` to
`onehundredninetyseven`), `onehundredninetyeight` to `twohundredfive` round 33's (and its
second and third batches, `twohundredsix` to `twohundredthirteen` and `twohundredfourteen` to
`twohundredseventeen`), and `twohundredeighteen` to `twohundredtwentyfive` round 34's (and
its second and third batches, `twohundredtwentysix` to `twohundredthirtytwo` and
`twohundredthirtythree` to `twohundredthirtysix`), and `twohundredthirtyseven` to
`twohundredforty` round 35's (each drawn over a group of slices pooled; and its second batch,
`twohundredfortyone` to `twohundredfortyfour`, over the same groups), and
`twohundredfortyfive` to `twohundredfortyeight` round 36's (ten long articles each, of the
review range's slices ≡ 3 to 6; and its second batch, `twohundredfortynine` to
`twohundredfiftytwo`, over ≡ 3-7), and `twohundredfiftythree` to `twohundredfiftyfive` round
37's (what round 36's pools of ≡ 3-4 and ≡ 5-7 left, and ten articles of 5,001-6,500
characters over ≡ 3-7; and its second batch, `twohundredfiftysix` and `twohundredfiftyseven`,
what the first left of 2,201-6,500 characters and ten of 6,501-9,000), and
`twohundredfiftyeight` to `twohundredsixty` round 38's (ten of 1,201-2,200 characters from
≡ 3-4 and from ≡ 5-7, and ten of the eleven long articles of 2,201-9,000 characters rounds 36
and 37 left over ≡ 3-7), and `twohundredsixtyone` to `twohundredsixtythree` round 39's (ten
of what round 38 left of 1,201-2,200 characters in ≡ 3-4 and in ≡ 5-7, and ten of 600-1,200
characters over ≡ 3-7; and its second batch, `twohundredsixtyfour` to `twohundredsixtysix`,
what the first left of the same sizes and slices; and its third batch,
`twohundredsixtyseven` to `twohundredsixtynine`, what the second left), and
`twohundredseventy` to `twohundredseventythree` round 40's (ten long articles, 2,201-3,500
characters, of each of round 35's four groups of slices, whose short articles earlier rounds
drew; and its second batch, `twohundredseventyfour` to `twohundredseventyseven`, ten of
3,501-5,000 characters of each group; and its third batch, `twohundredseventyeight` to
`twohundredeightyone`, ten more of 2,201-3,500 characters of each group; and its fourth,
`twohundredeightytwo` to `twohundredeightyfive`, ten more of 3,501-5,000 characters of each
group), and `twohundredeightysix` to `twohundredninetythree` round 41's (a third draw of ten of
each group and size: 2,201-3,500 characters for the first four, 3,501-5,000 for the last four),
and `twohundredninetyfour` to `twohundredninetyseven` round 42's (a fourth draw of ten of
2,201-3,500 characters from each group; and its second batch, `twohundredninetyeight` to
`threehundredone`, the first draw of ten of 5,001-8,000 characters from each group; and its
third, `threehundredtwo` to `threehundredfive`, a second draw of that size), and `threehundredsix`
to `threehundredthirteen` round 43's (a fifth draw of ten of 2,201-3,500 characters from each
group, then a fourth of 3,501-5,000; and its second batch, `threehundredfourteen` to
`threehundredseventeen`, a third draw of 5,001-8,000 characters from three groups and a sixth
of 2,201-3,500 from ≡ 80-86), and `threehundredeighteen` to `threehundredtwentythree` round
44's (draws of 2,201-3,500 characters from ≡ 80-86, ≡ 87-93 and ≡ 70, 71, 73, 76, 94-99, of
3,501-5,000 and 5,001-8,000 from the last, and the whole pool of ten of 3,501-5,000 from
≡ 80-86, nine once a copy of gold was set aside), and `threehundredtwentyfour` to
`threehundredtwentynine` round 45's (draws of 2,201-3,500 characters from ≡ 80-86, ≡ 87-93 and
≡ 70, 71, 73, 76, 94-99, of 3,501-5,000 and 5,001-8,000 from the last, and the whole pool of
nine of 3,501-5,000 from ≡ 87-93, eight once a copy of gold was set aside), and
`threehundredthirty` to `threehundredthirtyfive` round 46's (draws of 2,201-3,500 characters
from ≡ 70, 71, 73, 76, 94-99, ≡ 87-93 and ≡ 80-86, of 3,501-5,000 from the first, and the whole
pools of seven of 2,201-3,500 from ≡ 0-2, 8, 9 and of nine of 5,001-8,000 from ≡ 70-99's group),
and `threehundredthirtysix` to `threehundredfortyone` round 47's (draws of 2,201-3,500 and
3,501-5,000 characters from ≡ 70, 71, 73, 76, 94-99, and the last of 2,201-3,500 from ≡ 87-93,
eight once three copies of gold were set aside; the whole pools of six of 2,201-3,500 from
≡ 80-86, of three of 3,501-5,000 from ≡ 0-2, 8, 9, and of five of 5,001-8,000 from ≡ 0-2, 8, 9
and 80-93 pooled), and `threehundredfortytwo` to `threehundredfortyseven` round 48's (the first
draws of long articles, five of 8,001-12,000 characters from each group, and draws of ten of
2,201-3,500 and 3,501-5,000 from ≡ 70, 71, 73, 76, 94-99), and `threehundredfortyeight` to
`threehundredfiftythree` round 49's (the second draws of long articles, 8,001-12,000 characters:
the whole pools of five, four and four from ≡ 0-2, 8, 9, ≡ 80-86 and ≡ 87-93, five of twelve from
≡ 70, 71, 73, 76, 94-99; ten of 2,201-3,500 and the whole pool of eight of 3,501-5,000 from that
group), and `threehundredfiftyfour` to `threehundredfiftyseven` round 50's (the last unread
text: ten of 2,201-3,500 characters from ≡ 70, 71, 73, 76, 94-99, the whole pool of seven of
8,001-12,000 from that group, and the first articles of 12,001-20,000, the whole pools of five
from that group and of three from ≡ 80-93), and `threehundredfiftyeight` to
`threehundredsixtyone` round 51's (what the groups had left of 2,201-3,500 characters: the whole
pools of twelve and thirteen with three marks or more from ≡ 70, 71, 73, 76 and from ≡ 94-99, and
the first draws of articles with exactly two marks, ten each from ≡ 87-93 and ≡ 80-86), and
`threehundredsixtytwo` to `threehundredsixtyfive` round 52's (the first two-mark articles of
3,501-5,000 characters, ten from each group), and `threehundredsixtysix` to
`threehundredseventyone` round 53's (two-mark articles again: ten of 2,201-3,500 characters from
each group, ≡ 70-99's split by residue, and the first ten of 5,001-8,000 from that group), and
`threehundredseventytwo` to `threehundredseventysix` round 54's (two-mark articles of 2,201-3,500
characters, ten from each of ≡ 80-86, ≡ 87-93, ≡ 70, 71, 73, 76 and ≡ 94-99, and the whole pool
of nine of 5,001-8,000 from ≡ 80-86), and `threehundredseventyseven` to `threehundredeightytwo`
round 55's (what was left of two-mark articles: ten of 2,201-3,500 characters from ≡ 94-99, ten of
3,501-5,000 from ≡ 70, 71, 73, 76, 94-99, the whole pool of seven of 2,201-3,500 from ≡ 87-93, and
the whole pools of 5,001-8,000 from ≡ 87-93, ≡ 0, 1, 2, 8, 9 and ≡ 70, 71, 73, 76, 94-99: five,
three and four), and `threehundredeightythree` to `threehundredninety` round 56's (the last two-mark
articles of 2,201-20,000 characters, each group's whole pool: three, three, six and seven; and the
first articles with one mark, ten of 2,201-3,500 characters from each group), and
`threehundredninetyone` to `threehundredninetyeight` round 57's (one-mark articles again: ten of
2,201-3,500 characters and the first ten of 3,501-5,000 from each group), and
`threehundredninetynine` to `fourhundredsix` round 58's (one-mark articles: the third ten of
2,201-3,500 characters from each group, and the first of 5,001-8,000: ten each from ≡ 80-86 and
≡ 70, 71, 73, 76, 94-99, the whole pools of six from ≡ 0, 1, 2, 8, 9 and of eight from ≡ 87-93),
and `fourhundredseven` to `fourhundredtwelve` round 59's (one-mark articles: the fourth ten of
2,201-3,500 characters from ≡ 87-93 and ≡ 70, 71, 73, 76, 94-99; the second draw of 3,501-5,000,
the whole pools of ≡ 80-86 (six of seven, one a second crawl of gold) and ≡ 87-93 (nine), ten
from ≡ 70, 71, 73, 76, 94-99; and that group's whole pool of ten of 5,001-20,000), and
`fourhundredthirteen` to `fourhundredeighteen` round 60's (short articles: ten of 500-2,200
characters with exactly two marks from each group, and the first articles under 500 characters,
twelve of three marks or more each from ≡ 70, 71, 73, 76, 94-99 and ≡ 80-86), and
`fourhundrednineteen` to `fourhundredtwentyfour` round 61's (the second draws of those: ten of
500-2,200 characters with two marks from ≡ 0-2, 8, 9, ≡ 70, 71, 73, 76, 94-99 and ≡ 80-86, and
twelve under 500 characters with three marks or more from ≡ 0-2, 8, 9, ≡ 87-93 and ≡ 70, 71, 73,
76, 94-99), and `fourhundredtwentyfive` to `fourhundredthirtyone` round 62's (what those pools
left: ten two-mark articles of 500-2,200 characters from ≡ 70, 71, 73, 76, 94-99 and ≡ 80-86,
the whole pools of seven from ≡ 0-2, 8, 9 and ≡ 87-93, and the whole pools of three-mark
articles under 500 characters from ≡ 70, 71, 73, 76, 94-99, ≡ 87-93 and ≡ 80-86), and
`fourhundredthirtytwo` to `fourhundredthirtyeight` round 63's (ten two-mark articles of
500-2,200 characters each from ≡ 70, 71, 73, 76, 94-99 and ≡ 80-86, the first draws of two-mark
articles under 500 characters from ≡ 0-2, 8, 9 (its whole pool of nine), ≡ 70, 71, 73, 76, 94-99,
≡ 80-86 and ≡ 87-93, and six one-mark articles of 2,201-3,500 characters from ≡ 70, 71, 73, 76,
94-99), and `fourhundredthirtynine` to `fourhundredfortyfive` round 64's (what the two-mark
pools left: ≡ 70-99's group's and ≡ 80-86's of 500-2,200 characters and of under 500, each whole;
the first draws of one-mark articles of 500-2,200 characters, twelve each from ≡ 0-2, 8, 9 and
≡ 87-93; and ≡ 87-93's whole pool of seven one-mark articles of 2,201-3,500 characters), and
`fourhundredfortysix` to `fourhundredfiftytwo` round 65's (one-mark articles: twelve of
500-2,200 characters from each group, the first from ≡ 70-99's group and ≡ 80-86, the second
from ≡ 0-2, 8, 9 and ≡ 87-93; six and five of 2,201-3,500 characters from ≡ 70-99's group and
≡ 80-86, the latter whole; five of 3,501-5,000 from ≡ 70-99's group), and
`fourhundredfiftythree` to `fourhundredfiftynine` round 66's (one-mark articles: twelve of
500-2,200 characters from each group, the third from ≡ 0-2, 8, 9 and ≡ 87-93; the first draws
of one-mark articles under 500 characters, fourteen each from ≡ 70-99's group and ≡ 87-93; and
≡ 70-99's group's whole pool of nine one-mark articles of 2,201-5,000 characters), and
`fourhundredsixty` to `fourhundredsixtysix` round 67's (one-mark articles: twelve of 500-2,200
characters from each group, the fourth from ≡ 0-2, 8, 9 and ≡ 87-93; fourteen under 500
characters each from ≡ 80-86 and ≡ 0-2, 8, 9, the first from each, and from ≡ 70-99's group,
the second), and `fourhundredsixtyseven` to `fourhundredseventythree` round 68's (one-mark
articles: twelve of 500-2,200 characters from each group, the fifth from ≡ 0-2, 8, 9 and
≡ 87-93; fourteen under 500 characters each from ≡ 87-93 and ≡ 80-86, the second from each;
and ≡ 0-2, 8, 9's whole pool of five of 2,201-12,000 characters), and `fourhundredseventyfour` to
`fourhundredeighty` round 69's (one-mark articles: twelve of 500-2,200 characters from each
group; fourteen under 500 characters each from ≡ 70-99's group, ≡ 0-2, 8, 9 and ≡ 87-93, the
last two from what earlier draws left, twenty and nineteen), and `fourhundredeightyone` to
`fourhundredeightyeight` round 70's (one-mark articles: fourteen of 500-2,200 characters from
each group; fourteen under 500 characters from ≡ 70-99's group; what earlier draws left under
500 characters in ≡ 80-86 (eleven of twelve, one a second print of gold) and ≡ 87-93 (five);
and ≡ 80-86's whole pool of three of 5,001-20,000 characters), and `fourhundredeightynine` to
`fourhundredninetyfive` round 71's (one-mark articles: sixteen of 500-2,200 characters from each
group; what earlier draws left under 500 characters in ≡ 70-99's group (thirteen of fifteen, two
second prints of gold) and ≡ 0-2, 8, 9 (six); and ≡ 87-93's last two two-mark articles under 500
characters), and `fourhundredninetysix` to `fourhundredninetynine` round 72's (one-mark
articles: twenty of 500-2,200 characters from each group), annotated the same way.
Candidates are read from the command itself, `briefgen actors FILE --candidates --json`, and
match a gold entity by their Arabic or one of their variants (reported by the Arabic alone
too); dates from `find_dates`,
given the article's publication date where the finder takes one, and scored with the held-out
test's rule (a found date is right when it overlaps a gold date of its paragraph with the same
value and qualifier).

Run: .venv/bin/python bench/unseen.py [--set SET] [--verbose]   (SET one of SETS below)
"""

from __future__ import annotations

import datetime
import difflib
import functools
import inspect
import json
import re
import subprocess
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SETS = ("unseen", "fresh", "final", "last", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen", "twenty", "twentyone", "twentytwo", "twentythree", "twentyfour",
        "twentyfive", "twentysix", "twentyseven", "twentyeight", "twentynine", "thirty",
        "thirtyone", "thirtytwo", "thirtythree", "thirtyfour", "thirtyfive", "thirtysix",
        "thirtyseven", "thirtyeight", "thirtynine", "forty", "fortyone", "fortytwo",
        "fortythree", "fortyfour", "fortyfive", "fortysix", "fortyseven", "fortyeight",
        "fortynine", "fifty", "fiftyone", "fiftytwo", "fiftythree", "fiftyfour", "fiftyfive",
        "fiftysix", "fiftyseven", "fiftyeight", "fiftynine", "sixty", "sixtyone", "sixtytwo",
        "sixtythree", "sixtyfour", "sixtyfive", "sixtysix", "sixtyseven", "sixtyeight",
        "sixtynine", "seventy", "seventyone", "seventytwo", "seventythree", "seventyfour",
        "seventyfive", "seventysix", "seventyseven", "seventyeight", "seventynine", "eighty",
        "eightyone", "eightytwo", "eightythree", "eightyfour",
        "eightyfive", "eightysix", "eightyseven", "eightyeight", "eightynine", "ninety",
        "ninetyone", "ninetytwo", "ninetythree", "ninetyfour",
        "ninetyfive", "ninetysix", "ninetyseven", "ninetyeight",
        "ninetynine", "onehundred", "onehundredone", "onehundredtwo",
        "onehundredthree", "onehundredfour", "onehundredfive", "onehundredsix",
        "onehundredseven", "onehundredeight", "onehundrednine", "onehundredten",
        "onehundredeleven", "onehundredtwelve", "onehundredthirteen",
        "onehundredfourteen", "onehundredfifteen", "onehundredsixteen", "onehundredseventeen",
        "onehundredeighteen", "onehundrednineteen", "onehundredtwenty", "onehundredtwentyone",
        "onehundredtwentytwo", "onehundredtwentythree", "onehundredtwentyfour",
        "onehundredtwentyfive", "onehundredtwentysix", "onehundredtwentyseven",
        "onehundredtwentyeight", "onehundredtwentynine", "onehundredthirty",
        "onehundredthirtyone", "onehundredthirtytwo", "onehundredthirtythree",
        "onehundredthirtyfour", "onehundredthirtyfive", "onehundredthirtysix",
        "onehundredthirtyseven", "onehundredthirtyeight", "onehundredthirtynine",
        "onehundredforty", "onehundredfortyone", "onehundredfortytwo", "onehundredfortythree",
        "onehundredfortyfour", "onehundredfortyfive", "onehundredfortysix",
        "onehundredfortyseven", "onehundredfortyeight", "onehundredfortynine", "onehundredfifty",
        "onehundredfiftyone", "onehundredfiftytwo", "onehundredfiftythree", "onehundredfiftyfour",
        "onehundredfiftyfive", "onehundredfiftysix", "onehundredfiftyseven",
        "onehundredfiftyeight", "onehundredfiftynine", "onehundredsixty", "onehundredsixtyone",
        "onehundredsixtytwo", "onehundredsixtythree", "onehundredsixtyfour",
        "onehundredsixtyfive", "onehundredsixtysix", "onehundredsixtyseven",
        "onehundredsixtyeight", "onehundredsixtynine", "onehundredseventy",
        "onehundredseventyone", "onehundredseventytwo", "onehundredseventythree",
        "onehundredseventyfour", "onehundredseventyfive", "onehundredseventysix",
        "onehundredseventyseven", "onehundredseventyeight", "onehundredseventynine",
        "onehundredeighty", "onehundredeightyone", "onehundredeightytwo",
        "onehundredeightythree", "onehundredeightyfour", "onehundredeightyfive",
        "onehundredeightysix", "onehundredeightyseven", "onehundredeightyeight",
        "onehundredeightynine", "onehundredninety", "onehundredninetyone",
        "onehundredninetytwo", "onehundredninetythree", "onehundredninetyfour",
        "onehundredninetyfive", "onehundredninetysix", "onehundredninetyseven",
        "onehundredninetyeight", "onehundredninetynine", "twohundred", "twohundredone",
        "twohundredtwo", "twohundredthree", "twohundredfour", "twohundredfive", "twohundredsix",
        "twohundredseven", "twohundredeight", "twohundrednine", "twohundredten",
        "twohundredeleven", "twohundredtwelve", "twohundredthirteen", "twohundredfourteen",
        "twohundredfifteen", "twohundredsixteen", "twohundredseventeen", "twohundredeighteen",
        "twohundrednineteen", "twohundredtwenty", "twohundredtwentyone", "twohundredtwentytwo",
        "twohundredtwentythree", "twohundredtwentyfour", "twohundredtwentyfive",
        "twohundredtwentysix", "twohundredtwentyseven", "twohundredtwentyeight",
        "twohundredtwentynine", "twohundredthirty", "twohundredthirtyone", "twohundredthirtytwo",
        "twohundredthirtythree", "twohundredthirtyfour", "twohundredthirtyfive",
        "twohundredthirtysix", "twohundredthirtyseven", "twohundredthirtyeight",
        "twohundredthirtynine", "twohundredforty", "twohundredfortyone", "twohundredfortytwo",
        "twohundredfortythree", "twohundredfortyfour", "twohundredfortyfive",
        "twohundredfortysix", "twohundredfortyseven", "twohundredfortyeight",
        "twohundredfortynine", "twohundredfifty", "twohundredfiftyone", "twohundredfiftytwo",
        "twohundredfiftythree", "twohundredfiftyfour", "twohundredfiftyfive",
        "twohundredfiftysix", "twohundredfiftyseven", "twohundredfiftyeight",
        "twohundredfiftynine", "twohundredsixty", "twohundredsixtyone", "twohundredsixtytwo",
        "twohundredsixtythree", "twohundredsixtyfour", "twohundredsixtyfive",
        "twohundredsixtysix", "twohundredsixtyseven", "twohundredsixtyeight",
        "twohundredsixtynine", "twohundredseventy", "twohundredseventyone",
        "twohundredseventytwo", "twohundredseventythree", "twohundredseventyfour",
        "twohundredseventyfive", "twohundredseventysix", "twohundredseventyseven",
        "twohundredseventyeight", "twohundredseventynine", "twohundredeighty",
        "twohundredeightyone", "twohundredeightytwo", "twohundredeightythree",
        "twohundredeightyfour", "twohundredeightyfive", "twohundredeightysix",
        "twohundredeightyseven", "twohundredeightyeight", "twohundredeightynine",
        "twohundredninety", "twohundredninetyone", "twohundredninetytwo", "twohundredninetythree",
        "twohundredninetyfour", "twohundredninetyfive", "twohundredninetysix",
        "twohundredninetyseven", "twohundredninetyeight", "twohundredninetynine",
        "threehundred", "threehundredone", "threehundredtwo", "threehundredthree",
        "threehundredfour", "threehundredfive", "threehundredsix", "threehundredseven",
        "threehundredeight", "threehundrednine", "threehundredten", "threehundredeleven",
        "threehundredtwelve", "threehundredthirteen", "threehundredfourteen",
        "threehundredfifteen", "threehundredsixteen", "threehundredseventeen",
        "threehundredeighteen", "threehundrednineteen", "threehundredtwenty",
        "threehundredtwentyone", "threehundredtwentytwo", "threehundredtwentythree",
        "threehundredtwentyfour", "threehundredtwentyfive", "threehundredtwentysix",
        "threehundredtwentyseven", "threehundredtwentyeight", "threehundredtwentynine",
        "threehundredthirty", "threehundredthirtyone", "threehundredthirtytwo",
        "threehundredthirtythree", "threehundredthirtyfour", "threehundredthirtyfive",
        "threehundredthirtysix", "threehundredthirtyseven", "threehundredthirtyeight",
        "threehundredthirtynine", "threehundredforty", "threehundredfortyone",
        "threehundredfortytwo", "threehundredfortythree", "threehundredfortyfour",
        "threehundredfortyfive", "threehundredfortysix", "threehundredfortyseven",
        "threehundredfortyeight", "threehundredfortynine", "threehundredfifty",
        "threehundredfiftyone", "threehundredfiftytwo", "threehundredfiftythree",
        "threehundredfiftyfour", "threehundredfiftyfive", "threehundredfiftysix",
        "threehundredfiftyseven", "threehundredfiftyeight", "threehundredfiftynine",
        "threehundredsixty", "threehundredsixtyone", "threehundredsixtytwo",
        "threehundredsixtythree", "threehundredsixtyfour", "threehundredsixtyfive",
        "threehundredsixtysix", "threehundredsixtyseven", "threehundredsixtyeight",
        "threehundredsixtynine", "threehundredseventy", "threehundredseventyone",
        "threehundredseventytwo", "threehundredseventythree", "threehundredseventyfour",
        "threehundredseventyfive", "threehundredseventysix", "threehundredseventyseven",
        "threehundredseventyeight", "threehundredseventynine", "threehundredeighty",
        "threehundredeightyone", "threehundredeightytwo", "threehundredeightythree",
        "threehundredeightyfour", "threehundredeightyfive", "threehundredeightysix",
        "threehundredeightyseven", "threehundredeightyeight", "threehundredeightynine",
        "threehundredninety", "threehundredninetyone", "threehundredninetytwo",
        "threehundredninetythree", "threehundredninetyfour", "threehundredninetyfive",
        "threehundredninetysix", "threehundredninetyseven", "threehundredninetyeight",
        "threehundredninetynine", "fourhundred", "fourhundredone", "fourhundredtwo",
        "fourhundredthree", "fourhundredfour", "fourhundredfive", "fourhundredsix",
        "fourhundredseven", "fourhundredeight", "fourhundrednine", "fourhundredten",
        "fourhundredeleven", "fourhundredtwelve", "fourhundredthirteen", "fourhundredfourteen",
        "fourhundredfifteen", "fourhundredsixteen", "fourhundredseventeen", "fourhundredeighteen",
        "fourhundrednineteen", "fourhundredtwenty", "fourhundredtwentyone", "fourhundredtwentytwo",
        "fourhundredtwentythree", "fourhundredtwentyfour", "fourhundredtwentyfive",
        "fourhundredtwentysix", "fourhundredtwentyseven", "fourhundredtwentyeight",
        "fourhundredtwentynine", "fourhundredthirty", "fourhundredthirtyone",
        "fourhundredthirtytwo", "fourhundredthirtythree", "fourhundredthirtyfour",
        "fourhundredthirtyfive", "fourhundredthirtysix", "fourhundredthirtyseven",
        "fourhundredthirtyeight", "fourhundredthirtynine", "fourhundredforty",
        "fourhundredfortyone", "fourhundredfortytwo", "fourhundredfortythree",
        "fourhundredfortyfour", "fourhundredfortyfive", "fourhundredfortysix",
        "fourhundredfortyseven", "fourhundredfortyeight", "fourhundredfortynine",
        "fourhundredfifty", "fourhundredfiftyone", "fourhundredfiftytwo",
        "fourhundredfiftythree", "fourhundredfiftyfour", "fourhundredfiftyfive",
        "fourhundredfiftysix", "fourhundredfiftyseven", "fourhundredfiftyeight",
        "fourhundredfiftynine", "fourhundredsixty", "fourhundredsixtyone",
        "fourhundredsixtytwo", "fourhundredsixtythree", "fourhundredsixtyfour",
        "fourhundredsixtyfive", "fourhundredsixtysix", "fourhundredsixtyseven",
        "fourhundredsixtyeight", "fourhundredsixtynine", "fourhundredseventy",
        "fourhundredseventyone", "fourhundredseventytwo", "fourhundredseventythree",
        "fourhundredseventyfour", "fourhundredseventyfive", "fourhundredseventysix",
        "fourhundredseventyseven", "fourhundredseventyeight", "fourhundredseventynine",
        "fourhundredeighty", "fourhundredeightyone", "fourhundredeightytwo",
        "fourhundredeightythree", "fourhundredeightyfour", "fourhundredeightyfive",
        "fourhundredeightysix", "fourhundredeightyseven", "fourhundredeightyeight",
        "fourhundredeightynine", "fourhundredninety", "fourhundredninetyone",
        "fourhundredninetytwo", "fourhundredninetythree", "fourhundredninetyfour",
        "fourhundredninetyfive", "fourhundredninetysix", "fourhundredninetyseven",
        "fourhundredninetyeight", "fourhundredninetynine")
_set = sys.argv[sys.argv.index("--set") + 1] if "--set" in sys.argv else "unseen"
if _set not in SETS:
    sys.exit(f"unseen.py: --set is one of {', '.join(SETS)}")
UNSEEN = ROOT / "tests" / "gold" / _set
GOLD = yaml.safe_load((UNSEEN / f"{_set}.yaml").read_text(encoding="utf-8"))["articles"]

_MARKS = re.compile(r"[\u064B-\u065F\u0670\u0640]")
_PUNCT = re.compile(r"[«»\"“”()\[\].،,:؛]")


def fold_ar(text: str) -> str:
    """Arabic compared loosely: no marks or tatweel, one alef, ه for ة, ي for ى, no quotes, no
    invisible marks of direction or joining (وزارة \u200fالداخلية, as a gold copies its text)."""
    text = _MARKS.sub("", unicodedata.normalize("NFC", text))
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    text = re.sub("[أإآٱ]", "ا", text).replace("ة", "ه").replace("ى", "ي")
    return " ".join(_PUNCT.sub(" ", text).split())


def fold_en(text: str) -> str:
    """English compared loosely: no case, accents, hyphens, apostrophes or the article al/el."""
    text = unicodedata.normalize("NFKD", str(text))  # YAML reads en: [1] as a number
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[-'’`ʿʾ.]", " ", text)
    words = [w for w in text.split() if w not in {"al", "el", "the"}]
    return "".join(words)


def english_accepted(name: str | None, accepted: list[str]) -> bool:
    """A reader accepts a name equal to, or one letter or two off, a listed form."""
    if not name:
        return False
    got = fold_en(name)
    return any(difflib.SequenceMatcher(None, got, fold_en(a)).ratio() >= 0.85 for a in accepted)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list = field(default_factory=list)
    wrongs: list = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0


@functools.cache
def registry_forms() -> dict[str, set[str]]:
    """Each registry actor's Arabic name and variants, folded, by id: the command's JSON gives
    an actor's id and name, and the source may have written one of its variants."""
    actors = yaml.safe_load((ROOT / "seeds" / "actors.yaml").read_text(encoding="utf-8"))
    return {a["id"]: {fold_ar(f) for f in [a["ar"], *a.get("variants", [])]} for a in actors}


@functools.cache
def findings(article: str) -> dict:
    """The command's JSON for one article."""
    result = subprocess.run(
        [sys.executable, "-c", "from briefgen.cli import main; main()", "--project", str(ROOT),
         "actors", str(UNSEEN / f"{article}.txt"), "--candidates", "--json"],
        capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(result.stdout)


def candidate_score(verbose: bool = False, with_variants: bool = True) -> dict:
    """Precision and recall of candidates (overall and by kind), kinds, and English names.

    A candidate names a gold entity when its Arabic is one of the entity's forms or, with
    `with_variants`, when one of the other forms the source writes for it is (as a registry
    actor's variants are counted above); without, by its Arabic alone (the rule until round 4).
    """
    overall = Score()
    by_kind = {kind: Score() for kind in ("person", "organisation", "place")}
    kinds_right = kinds_total = 0
    names_right = names_total = 0
    name_misses = []
    for article, gold in GOLD.items():
        found = findings(article)
        entities = gold["entities"]
        forms = [{fold_ar(a) for a in e["ar"]} for e in entities]
        hit = [False] * len(entities)
        # Registry actors the article mentions find the gold entity they name.
        for actor in found.get("actors", []):
            names = {fold_ar(actor.get("ar") or "")} | registry_forms().get(actor.get("id"), set())
            for i, entity in enumerate(entities):
                if names & forms[i] or english_accepted(actor.get("en"), entity["en"]):
                    hit[i] = True
                    if not entity.get("optional"):
                        names_total += 1
                        names_right += english_accepted(actor.get("en"), entity["en"])
        for candidate in found.get("candidates", []):
            ar = fold_ar(candidate.get("ar") or candidate.get("name") or "")
            kind = candidate.get("kind")
            index = next((i for i, f in enumerate(forms) if ar in f), None)
            if index is None and with_variants:  # as a registry actor: by a variant too
                written = {fold_ar(v) for v in candidate.get("variants", [])}
                index = next((i for i, f in enumerate(forms) if written & f), None)
            if index is None:
                overall.fp += 1
                overall.wrongs.append((article, candidate.get("ar") or candidate.get("name")))
                if kind in by_kind:
                    by_kind[kind].fp += 1
                continue
            entity = entities[index]
            if entity.get("optional"):
                continue
            if hit[index]:  # a second candidate for one entity: a split, counted wrong
                overall.fp += 1
                overall.wrongs.append((article, candidate.get("ar"), "split"))
                continue
            hit[index] = True
            overall.tp += 1
            kinds_total += 1
            kinds_right += kind == entity["kind"]
            if kind in by_kind:
                if kind == entity["kind"]:
                    by_kind[kind].tp += 1
                else:
                    by_kind[kind].fp += 1
            names_total += 1
            if english_accepted(candidate.get("en"), entity["en"]):
                names_right += 1
            else:
                name_misses.append((article, entity["ar"][0], candidate.get("en"),
                                    entity["en"][0]))
        for i, entity in enumerate(entities):
            if entity.get("optional"):
                continue
            if not hit[i]:
                overall.fn += 1
                overall.misses.append((article, entity["ar"][0], entity["kind"]))
                by_kind[entity["kind"]].fn += 1
            elif not any(fold_ar(c.get("ar") or "") in forms[i]
                         or with_variants and {fold_ar(v) for v in c.get("variants", [])}
                         & forms[i] for c in found.get("candidates", [])):
                overall.tp += 1  # found by the registry
                by_kind[entity["kind"]].tp += 1
    report = {
        "candidates": {"precision": overall.precision, "recall": overall.recall,
                       "tp": overall.tp, "fp": overall.fp, "fn": overall.fn},
        "by_kind": {k: {"precision": s.precision, "recall": s.recall, "tp": s.tp, "fp": s.fp,
                        "fn": s.fn} for k, s in by_kind.items()},
        "kind_accuracy": kinds_right / kinds_total if kinds_total else 0.0,
        "english": {"accepted": names_right / names_total if names_total else 0.0,
                    "of": names_total},
    }
    if verbose:
        report["missed"] = overall.misses
        report["wrong"] = overall.wrongs
        report["english_misses"] = name_misses
    return report


def date_score(verbose: bool = False) -> dict:
    """Dates scored as tests/test_heldout.py scores them, with the publication date given."""
    from briefgen.arabic import dates as dates_module
    from briefgen.arabic.dates import find_dates
    from briefgen.sources import clean_paragraphs

    sys.path.insert(0, str(ROOT / "tests"))
    from test_heldout import _locate, score_dates  # the held-out test's own placing and scorer

    takes_published = "published" in inspect.signature(find_dates).parameters
    gold, found = [], []
    for article, entry in GOLD.items():
        text = (UNSEEN / f"{article}.txt").read_text(encoding="utf-8")
        paragraphs = clean_paragraphs(text, article)[0]
        published = datetime.date.fromisoformat(str(entry["published"]))
        by_source = {}  # the day of writing the whole source gives, as `briefgen dates` reads it
        whole = "\n".join(p.text for p in paragraphs)
        if writing := getattr(dates_module, "day_of_writing", None):
            by_source = {"written": writing(whole, published)}
        if as_names := getattr(dates_module, "date_words_as_names", None):
            by_source["as_names"] = as_names(whole)  # قال الخميس after أحمد الخميس, نيسان
        elif surnames := getattr(dates_module, "family_weekdays", None):  # (round 23's code)
            by_source["surnames"] = surnames(whole)
        for item in entry["dates"]:
            try:
                gold.append(_locate(paragraphs, item))
            except AssertionError:  # in a line cleaning drops as site furniture (a list of the
                # writer's other columns, threehundredfifteen's sn-21284): missed, as no date
                # the finder reads can be there
                gold.append((f"{article}#dropped", 0, 0, item["value"], item["qualifier"]))
        for p in paragraphs:
            dates = (find_dates(p.text, published=published, **by_source) if takes_published
                     else find_dates(p.text))
            found += [(p.id, d.start, d.end, d.value, d.qualifier, d.text) for d in dates]
    precision, recall, f1, unmatched, wrong = score_dates(gold, found)
    report = {"precision": precision, "recall": recall, "f1": f1, "gold": len(gold),
              "found": len(found), "takes_published": takes_published}
    if verbose:
        report["missed"] = unmatched
        report["wrong"] = wrong
    return report


def main() -> None:
    verbose = "--verbose" in sys.argv
    by_arabic = candidate_score(with_variants=False)["candidates"]
    print(json.dumps({"set": _set, "articles": len(GOLD), "candidates": candidate_score(verbose),
                      "candidates_by_arabic_alone": by_arabic,
                      "dates": date_score(verbose)}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
