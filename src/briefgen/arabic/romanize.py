"""English forms for Arabic names the registry and the gazetteer do not know.

Common given names take their usual English spelling (محمد → Mohammed); other words are
romanised letter by letter with the article as "al-", kunya and nasab as Abu and bin, long
vowels written, and a short vowel guessed between two consonants. The result is a guess a
reader can recognise, not a transliteration standard.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import stat
from importlib import resources

from ..errors import BriefgenError
from .arab_given import ARAB_GIVEN
from .foreign_given import FOREIGN_GIVEN
from .normalize import normalize

# Usual English spellings of common Arabic given names and name words.
# Western given names as Arabic news writes them: their surname follows them whatever its
# shape (توني أبوت, like a verb), as after the foreign given names of the tables.
_WESTERN_GIVEN: dict[str, str] = {
    "إيما": "Emma", "دان": "Dan", "مارغريت": "Margaret",
    "مارجريت": "Margaret", "ماري": "Marie", "بول": "Paul", "تشارلز": "Charles",
    "مايكل": "Michael", "ريتشارد": "Richard", "توماس": "Thomas", "ويليام": "William",
    "وليام": "William", "جيمس": "James", "روبرت": "Robert", "بيتر": "Peter", "فرانك": "Frank",
    "ستيفن": "Stephen", "أندرو": "Andrew", "كريس": "Chris", "جاك": "Jack", "هنري": "Henry",
    "لويس": "Luis", "جان": "Jean", "بيير": "Pierre", "ميشيل": "Michel", "كارلوس": "Carlos",
    "خوسيه": "Jose", "أنطونيو": "Antonio", "ماريو": "Mario", "جوزيف": "Joseph",
    "آنا": "Anna", "إليزابيث": "Elizabeth", "كاثرين": "Catherine", "نيكولا": "Nicolas",
    "فيليب": "Philippe", "كريستين": "Christine", "أليكس": "Alex", "مارتن": "Martin",
    "ستيف": "Steve", "توني": "Tony", "بيل": "Bill", "جيم": "Jim", "مات": "Matt",
    "دانيال": "Daniel", "إدوارد": "Edward",
    "كيفن": "Kevin", "براين": "Brian", "جيفري": "Jeffrey", "سكوت": "Scott",
    "روبرتو": "Roberto", "خورخي": "Jorge", "دييغو": "Diego", "دييجو": "Diego",
    "فرانشيسكو": "Francesco", "جوزيه": "Jose", "مانويل": "Manuel", "كريستيانو": "Cristiano",
    "ليونيل": "Lionel", "نيمار": "Neymar", "ولفغانغ": "Wolfgang", "هانز": "Hans",
    "سيرجيو": "Sergio", "أليساندرو": "Alessandro", "جوليا": "Julia", "صوفي": "Sophie",
    "كيت": "Kate", "جينيفر": "Jennifer", "ليندا": "Linda", "سوزان": "Susan",
    "هيلين": "Helen", "كارين": "Karen", "نانسي": "Nancy", "لورا": "Laura", "بيتي": "Betty",
    "فلورنس": "Florence", "شارلوت": "Charlotte", "تيريزا": "Theresa", "أنجيلينا": "Angelina",
}
_GIVEN: dict[str, str] = {
    "محمد": "Mohammed", "أحمد": "Ahmed", "محمود": "Mahmoud", "مصطفى": "Mustafa",
    "عبدالله": "Abdullah", "عبد الله": "Abdullah", "عبدالعزيز": "Abdulaziz",
    "عبد العزيز": "Abdulaziz", "عبدالرحمن": "Abdulrahman", "عبد الرحمن": "Abdulrahman",
    "عبدالملك": "Abdulmalik", "عبد الملك": "Abdulmalik", "عبدالمالك": "Abdelmalek",
    "عبدالكريم": "Abdulkarim", "عبد الكريم": "Abdulkarim", "عبدالرحيم": "Abdulrahim",
    "عبدالمجيد": "Abdulmajeed", "عبد المجيد": "Abdulmajeed", "عبدالفتاح": "Abdel Fattah",
    "عبد الفتاح": "Abdel Fattah", "عبدربه": "Abd Rabbuh", "عبد ربه": "Abd Rabbuh",
    "عبداللطيف": "Abdullatif", "عبد اللطيف": "Abdullatif", "عبدالحميد": "Abdulhamid",
    "عبد الحميد": "Abdulhamid", "عبدالسلام": "Abdulsalam", "عبد السلام": "Abdulsalam",
    "عبدالإله": "Abdulilah", "عبد الإله": "Abdulilah", "عبدالمحسن": "Abdulmohsen",
    "عبد المحسن": "Abdulmohsen", "عبدالوهاب": "Abdulwahab", "عبد الوهاب": "Abdulwahab",
    "عبدالهادي": "Abdulhadi", "عبدالقادر": "Abdelkader", "عبد القادر": "Abdelkader",
    "خالد": "Khalid", "فيصل": "Faisal", "فهد": "Fahad", "سلمان": "Salman", "سعود": "Saud",
    "سعد": "Saad", "سعيد": "Saeed", "نايف": "Nayef", "بندر": "Bandar", "تركي": "Turki",
    "سلطان": "Sultan", "متعب": "Mutaib", "مشعل": "Mishal", "منصور": "Mansour", "ناصر": "Nasser",
    "إبراهيم": "Ibrahim", "ابراهيم": "Ibrahim", "إسماعيل": "Ismail", "يوسف": "Youssef",
    "علي": "Ali", "على": "Ali", "حسن": "Hassan", "حسين": "Hussein", "عمر": "Omar",
    "عثمان": "Othman", "عمرو": "Amr", "طارق": "Tariq", "ماجد": "Majid", "وليد": "Walid",
    "هاني": "Hani", "هشام": "Hisham", "حمد": "Hamad", "حامد": "Hamed", "راشد": "Rashid",
    "سامي": "Sami", "صالح": "Saleh", "عادل": "Adel", "عبدو": "Abdo", "جمال": "Jamal",
    "كمال": "Kamal", "نبيل": "Nabil", "وائل": "Wael", "زياد": "Ziad", "ياسر": "Yasser",
    "يحيى": "Yahya", "معمر": "Muammar", "فرج": "Faraj", "رشيد": "Rashid",
    "زكريا": "Zakaria", "موسى": "Musa", "عيسى": "Issa", "سليمان": "Suleiman",
    "داود": "Dawood", "بشار": "Bashar", "حافظ": "Hafez", "رجب": "Recep", "طيب": "Tayyip",
    "الطيب": "Tayyip", "نوري": "Nouri", "حيدر": "Haider", "جواد": "Jawad", "رضا": "Reza",
    "جعفر": "Jaafar", "قاسم": "Qassem", "هادي": "Hadi", "منصور هادي": "Mansour Hadi",
    "مسعود": "Masoud", "نواف": "Nawaf", "مساعد": "Musaed", "مشاري": "Mishari", "ممدوح": "Mamdouh",
    "مقرن": "Muqrin", "عادلة": "Adela", "فاطمة": "Fatima", "عائشة": "Aisha", "مريم": "Maryam",
    "نورة": "Noura", "سارة": "Sarah", "هند": "Hind", "ليلى": "Laila", "أمل": "Amal",
    "زينب": "Zainab", "خديجة": "Khadija", "منى": "Mona", "هدى": "Huda", "أسماء": "Asma",
    "عبير": "Abeer", "حمزة": "Hamza", "أسامة": "Osama", "اسامة": "Osama", "أيمن": "Ayman",
    "خليفة": "Khalifa", "نهيان": "Nahyan", "مكتوم": "Maktoum", "رفيق": "Rafic",
    "أنور": "Anwar", "أكرم": "Akram", "أنس": "Anas", "إياد": "Iyad", "بدر": "Badr",
    "ثامر": "Thamer", "جابر": "Jaber", "حمود": "Hamoud", "خليل": "Khalil", "رائد": "Raed",
    "ريان": "Rayan", "زايد": "Zayed", "سامر": "Samer", "سيف": "Saif",
    "شريف": "Sharif", "صلاح": "Salah", "عاطف": "Atef", "عامر": "Amer", "عبده": "Abdo",
    "عصام": "Issam", "عماد": "Emad", "عوض": "Awad", "غازي": "Ghazi", "فارس": "Fares",
    "فؤاد": "Fouad", "فواز": "Fawaz", "لؤي": "Loay", "مازن": "Mazen",
    "مالك": "Malik", "مجدي": "Magdy", "مراد": "Murad", "مروان": "Marwan", "مهدي": "Mahdi",
    "مؤيد": "Moayad", "ناجي": "Naji", "نادر": "Nader", "نزار": "Nizar", "هيثم": "Haitham",
    "وحيد": "Waheed", "ياسين": "Yassin", "يزيد": "Yazid", "جون": "John", "جورج": "George",
    "بطرس": "Boutros",  # an Arab Christian's (بطرس بطرس غالي, فؤاد بطرس); a pope's is Peter
    "بان": "Ban", "كي مون": "Ki-moon", "جي مون": "Ki-moon", "باراك": "Barack", "أوباما": "Obama",
    "دونالد": "Donald", "ترامب": "Trump", "جون كيري": "John Kerry", "كيري": "Kerry",
    "فلاديمير": "Vladimir", "بوتين": "Putin", "سيرغي": "Sergei", "لافروف": "Lavrov",
    "أنجيلا": "Angela", "ميركل": "Merkel", "فرانسوا": "Francois", "هولاند": "Hollande",
    "ديفيد": "David", "كاميرون": "Cameron", "هيلاري": "Hillary", "كلينتون": "Clinton",
    "بنيامين": "Benjamin", "نتنياهو": "Netanyahu", "نتانياهو": "Netanyahu", "أليكسيس": "Alexis",
    "تسيبراس": "Tsipras",
    "مارك": "Mark", "روته": "Rutte", "أنتوني": "Antony", "بلينكن": "Blinken",
    "بلاتر": "Blatter", "بلاتيني": "Platini", "موغيريني": "Mogherini", "هتلر": "Hitler",
    "ستالين": "Stalin", "لينين": "Lenin",
    # Leaders whose names are no Arab's (round 30's new-user review: Shi Jainbinigh)
    "شي جينبينغ": "Xi Jinping", "جينبينغ": "Jinping", "جين بينغ": "Jinping",
    "شينزو آبي": "Shinzo Abe", "شينزو ابي": "Shinzo Abe",
    "توماس باخ": "Thomas Bach",
    "قابوس": "Qaboos", "قابوس بن سعيد": "Qaboos bin Said",  # Oman's sultan (round 34)
    "إيمانويل": "Emmanuel", "ماكرون": "Macron", "جو": "Joe", "بايدن": "Biden",
    "ستيفان": "Stefan", "دي": "de", "ميستورا": "Mistura", "إسماعيل ولد": "Ismail Ould",
    "ولد": "Ould", "الشيخ": "Sheikh", "روحاني": "Rouhani", "ظريف": "Zarif",
    "خامنئي": "Khamenei", "الخميني": "Khomeini", "رفسنجاني": "Rafsanjani",
    "خاتمي": "Khatami", "السيسي": "Sisi", "أردوغان": "Erdogan", "مبارك": "Mubarak",
    "بوتفليقة": "Bouteflika", "الأسد": "Assad", "صدام": "Saddam", "الحوثي": "Houthi",
    "القذافي": "Gaddafi", "عباس": "Abbas", "هنية": "Haniyeh", "مشعل خالد": "Khaled Meshaal",
    "أكبر": "Akbar",  # علي أكبر
    "بن": "bin", "ابن": "ibn", "بنت": "bint", "أبو": "Abu", "ابو": "Abu", "أبي": "Abi",
    "آل": "Al", "عبد": "Abd", "الله": "Allah", "خليل الله": "Khalilullah",
    "ذبيح الله": "Zabihullah", "روح الله": "Ruhollah", "نصر الله": "Nasrallah",
    "نصرالله": "Nasrallah",
    **_WESTERN_GIVEN,
}
# With the foreign given names Arabic news writes (جيري, ميخائيل, رادوفان): a given name opens
# a name with no title before it, and takes its usual English spelling.
_ARABIC_GIVEN = frozenset(normalize(k) for k in _GIVEN)
_WESTERN_NORMAL = frozenset(normalize(k) for k in _WESTERN_GIVEN)
_FOREIGN_NORMAL = frozenset(normalize(k) for k in FOREIGN_GIVEN)
# Every given name of the two tables of Arab ones (this module's, with the Western names it
# spells, and arab_given's): after one, a foreign given name is a family's (رمزي جريج).
_TABLED_GIVEN = _ARABIC_GIVEN | frozenset(normalize(k) for k in ARAB_GIVEN)


def _foreign_given_only(word: str) -> bool:
    """Say whether a word is a foreign given name (جريج Greg) that no Arab given name spells."""
    key = normalize(word)
    return key in _FOREIGN_NORMAL and key not in _TABLED_GIVEN
# Words of names spelt so in English that open no name by themselves (أم is "or" too, عيد a
# feast): the romaniser's only, not given names to the finder.
_SPELT_ONLY = {"أم": "Umm", "أسعد": "Asaad", "عيد": "Eid", "كلثوم": "Kulthum",
               # footballers named alone, no given names (مارادونا ميسي: two men)
               "زيكو": "Zico", "مارادونا": "Maradona", "ماردونا": "Maradona",
               "مارداونا": "Maradona",
               # the tribe's nisba, fa'il not fu'ayl (التميمي: al-Tamimi, not al-Tumaimi; round
               # 57's new-user review)
               "تميمي": "Tamimi"}
_GIVEN_NORMAL = {normalize(k): v for k, v in {**FOREIGN_GIVEN, **ARAB_GIVEN, **_GIVEN}.items()}
# Classical scholars and poets the press names by their nisba alone (الجاحظ, الفارابي, round 45's
# threehundredtwentyseven); not those whose nisba is a living family's too (الزبيدي, الغزالي,
# الرازي), an adjective (الكندي, Canadian; البخاري, steam) or a word (الذهبي, golden).
_CLASSICAL = {
    "الجاحظ": "al-Jahiz", "الفارابي": "al-Farabi", "الأصمعي": "al-Asmai",
    "الزمخشري": "al-Zamakhshari", "الخوارزمي": "al-Khwarizmi", "المتنبي": "al-Mutanabbi",
    "الفراهيدي": "al-Farahidi", "سيبويه": "Sibawayh", "الطبري": "al-Tabari",
    "المقريزي": "al-Maqrizi", "الزركلي": "al-Zirikli", "الفيروزآبادي": "al-Firuzabadi",
    "الفيروزأبادي": "al-Firuzabadi", "الفيروزابادي": "al-Firuzabadi", "البيروني": "al-Biruni",
    "المعري": "al-Maarri", "السيوطي": "al-Suyuti", "القرطبي": "al-Qurtubi",
    "الواقدي": "al-Waqidi", "البلاذري": "al-Baladhuri", "الماوردي": "al-Mawardi",
}
_CLASSICAL_NORMAL = frozenset(normalize(k) for k in _CLASSICAL)
_SPELLINGS = {**_GIVEN_NORMAL,
              **{normalize(k): v for k, v in {**_SPELT_ONLY, **_CLASSICAL}.items()}}
# Family names in the table: they end a name, they do not open one.
_SURNAMES = frozenset(normalize(w) for w in (
    "أوباما ترامب بوتين لافروف ميركل هولاند كاميرون كلينتون نتنياهو نتانياهو تسيبراس روته "
    "بلينكن "
    "ماكرون بايدن ميستورا روحاني ظريف خامنئي الخميني رفسنجاني خاتمي السيسي أردوغان بوتفليقة "
    "الأسد القذافي "
    "هنية كيري الحوثي الله بلاتر بلاتيني موغيريني هتلر ستالين لينين نصرالله"
).split())
# Footballers the press names by one name (بيليه, زيكو), which may open a longer name too
# (نيمار دا سيلفا): famous alone, but no surnames that end names only.
_ONE_NAME_PLAYERS = frozenset(normalize(w) for w in
                              "بيليه زيكو مارادونا ماردونا مارداونا رونالدينيو نيمار".split())
# Those a bare mention names well enough (كيري, not مبارك "blessed" or الأسد "the lion").
_FAMOUS_ALONE = _SURNAMES - frozenset(normalize(w) for w in
                                      "مبارك الأسد الحوثي الله ظريف هنية روحاني".split()
                                      ) | _ONE_NAME_PLAYERS | _CLASSICAL_NORMAL
# (روحاني is also "spiritual": مرشد روحاني)

_LETTERS = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n",
    "ه": "h", "ء": "", "ئ": "", "ؤ": "", "گ": "g", "پ": "p", "چ": "ch", "ڤ": "v",
}
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
_SUN = set("تثدذرزسشصضطظلن")


# A learnt name word in a name's place in fewer than this share of its uses, and written with
# the article in at least the second share as often as without, is also a common word (جميل,
# نور, ربيع): it opens a name only before another name word. بولوني, سامح, شكري are never
# written with the article; العساف is a family name, so عساف stays a name.
_MOSTLY_NAME, _OFTEN_WITH_ARTICLE = 0.3, 0.15


_COMMON_TABLES = ("common_words.tsv", "common_bare_words.tsv")  # counts after a name may be 0


LEARNT_TABLES = ("given_names.tsv", "family_names.tsv", "common_words.tsv",
                 "common_bare_words.tsv", "towns.tsv", "bodies.tsv")


def table_set_digest(bodies: dict[str, str]) -> str:
    """The digest of the learnt tables' rows, each table's without its header line: what
    scripts/mine-given-names writes into every header, and what the finder checks."""
    digest = hashlib.sha256()
    for name in sorted(bodies):
        digest.update(f"{name}\n{bodies[name]}\0".encode())
    return digest.hexdigest()[:16]


def _table_text(table: str) -> str:
    """One learnt table's text, or an error naming it."""
    where = resources.files(__package__).joinpath(f"data/{table}")
    try:
        return _read_table(str(where))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise BriefgenError(f"{where}: briefgen's table of learnt words cannot be read ({exc}); "
                            "reinstall briefgen, or run scripts/mine-given-names") from None


@functools.cache
def table_set() -> str:
    """Check the learnt tables as one set and return their digest: each header names the
    digest of all six tables' rows, so that a set of two runs (a run killed between its
    renames) or a table edited by hand is refused, not read; the learnt name model records
    the digest of the tables it was trained beside."""
    texts = {table: _table_text(table) for table in LEARNT_TABLES}
    digest = table_set_digest({t: text.split("\n", 1)[1] if "\n" in text else ""
                               for t, text in texts.items()})
    for text in texts.values():
        said = re.search(r"; set ([0-9a-f]{16})$", text.split("\n", 1)[0])
        if said is None or said.group(1) != digest:
            where = resources.files(__package__).joinpath("data")
            raise BriefgenError(
                f"{where}: briefgen's tables of learnt words are not the set one run wrote "
                f"(the headers say {said.group(1) if said else 'no set'}, the rows of the six "
                f"tables now make {digest}; any of them may be the one changed): a run of "
                "scripts/mine-given-names stopped half way, or a table was edited; run "
                "scripts/mine-given-names again, or reinstall briefgen")
    return digest


@functools.cache
def _learnt(table: str) -> dict[str, tuple[float, float]]:
    """Name words learnt from SaudiNewsNet by scripts/mine-given-names, each with the share of
    its uses in a name's place (after a title or بن; after a given name) and how often it is
    written with the article for each time without."""
    where = resources.files(__package__).joinpath(f"data/{table}")
    text = _table_text(table)
    names: dict[str, tuple[float, float]] = {}
    rows = 0
    for number, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        rows += 1
        fields = line.split("\t")
        counts = [int(f) for f in fields[1:] if f.isascii() and f.isdecimal()]
        if len(fields) not in (3, 4) or len(counts) != len(fields) - 1 or not (
                counts[1] > 0 and (counts[0] > 0 or table in _COMMON_TABLES)
                and counts[0] <= counts[1]):
            raise BriefgenError(f"{where}:{number}: briefgen's table of learnt words is damaged "
                                "(a word and two or three counts, the first no more than the "
                                "second); reinstall briefgen, or run scripts/mine-given-names")
        with_article = counts[2] / counts[1] if len(counts) == 3 else 0.0
        key = normalize(fields[0])
        if table in _COMMON_TABLES:
            with_article = float(counts[1])  # there: how often the word is met
            if key in names and names[key][1] >= with_article:
                continue  # الأهداف and الاهداف fold together: the spelling met more often
        names[key] = (counts[0] / counts[1], with_article)
    said = re.search(r"(\d+) rows", text.split("\n", 1)[0])
    if said is None or int(said.group(1)) != rows or rows == 0:
        raise BriefgenError(f"{where}: briefgen's table of learnt words is cut short or damaged "
                            f"({rows} rows, its header says {said.group(1) if said else 'none'})"
                            "; reinstall briefgen, or run scripts/mine-given-names")
    table_set()
    return names


_TABLE_LIMIT = 8 * 1024 * 1024  # the largest table is about 0.25 MB


def _read_table(path: str) -> str:
    """Read a table that must be a regular file of at most a few MB: a FIFO, a device such as
    /dev/zero or a huge file is refused before it is read (it would block or fill memory)."""
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise ValueError("not a regular file")
    with open(path, "rb") as file:
        data = file.read(_TABLE_LIMIT + 1)
    if len(data) > _TABLE_LIMIT:
        raise ValueError(f"larger than {_TABLE_LIMIT // (1024 * 1024)} MB")
    return data.decode("utf-8")


def _learnt_names() -> dict[str, tuple[float, float]]:
    return _learnt("given_names.tsv")


def is_learnt_town(word: str) -> bool:
    """Say whether a word is a town or district SaudiNewsNet writes after a kind of place in a
    fifth or more of its uses (بلجرشي, صامطة, التواهي, العزيزية): learnt by
    scripts/mine-given-names, a place only where a place is expected."""
    return normalize(word) in _learnt("towns.tsv")


@functools.cache
def learnt_bodies() -> tuple[frozenset[str], frozenset[str]]:
    """The names of bodies SaudiNewsNet writes the same way after their head in five articles or
    more (مركز الملك سلمان للإغاثة والأعمال الإنسانية), learnt by scripts/mine-given-names and
    folded; and every run of their first words, to know when to stop reading."""
    names = frozenset(_learnt("bodies.tsv"))
    return names, frozenset(" ".join(name.split()[:k]) for name in names
                            for k in range(1, len(name.split())))


def is_family_name(word: str) -> bool:
    """Say whether a word with the article is a learnt family name (الشمردل, المهنا)."""
    return normalize(word) in _learnt("family_names.tsv")


def is_common_word(word: str, at_most: float = 1.0, met: int = 0) -> bool:
    """Say whether a word with the article is a common word, seldom after a given name
    (المشروع, العام): learnt with the family names, so a rare word (الكريع) is not one. With
    `at_most`, only a word that follows a given name in at most that share of its uses (العمر
    "age" follows one in 4% of its uses, as a family name; المشروع in none); with `met`, only
    one met at least that often (الذات 99 times, but الكيني, a nisba and a name, 19)."""
    found = _learnt("common_words.tsv").get(normalize(word))
    return found is not None and found[0] <= at_most and found[1] >= met


def common_word_uses(word: str) -> int:
    """How often SaudiNewsNet writes a word the common-word tables hold (الهلال 1563, قال
    3765), or 0: a word so met, given to the registry alone, is counted at every use."""
    key = normalize(word)
    found = _learnt("common_words.tsv").get(key) or _learnt("common_bare_words.tsv").get(key)
    return int(found[1]) if found else 0


def is_common_bare_word(word: str) -> bool:
    """Say whether a word without the article is a common word of SaudiNewsNet, seldom after a
    given name (قام, شكره, لوسائل, موظفي), and no name of the tables: after a name, the
    sentence going on, not a family name (مرسي, عسيري and ميسي follow given names far more)."""
    return normalize(word) in _learnt("common_bare_words.tsv") and not is_known_name(word)


def is_common_present(verb: str) -> bool:
    """Say whether a verb in the present (يختتم, لينضم without its ل) is a common word of
    SaudiNewsNet, or its past is: with ا for the present's letter (اختتم, انضم), or without
    it in the first form (يعقد, عقد): the corpus meets a verb's past more often than any one of
    its presents."""
    return (is_common_bare_word(verb) or is_common_bare_word("ا" + verb[1:])
            or len(verb) == 4 and verb[0] == "ي" and is_common_bare_word(verb[1:]))


def is_listed_given(word: str) -> bool:
    """Say whether `word` is a given name of the hand-made table (محمد, عبدالعزيز), not only
    learnt: a learnt one alone is as often a foreign surname (المدرب غروس)."""
    return normalize(word) in _GIVEN_NORMAL


def is_foreign_given(word: str) -> bool:
    """Say whether `word` is only a foreign given name (جيري, ميخائيل): none of the Arabic
    table or the learnt one."""
    key = normalize(word)
    return key in _FOREIGN_NORMAL and key not in _ARABIC_GIVEN and key not in _learnt_names()


def is_western_surname(word: str) -> bool:
    """Say whether `word` is a common Western surname of the table (واتسون, براون)."""
    return normalize(word) in _WESTERN_SURNAMES


def is_western_given(word: str) -> bool:
    """Say whether `word` is a Western given name of the table (توني, مايكل, خوسيه), learnt
    from the corpus or not: one a surname of any shape may follow."""
    return normalize(word) in _WESTERN_NORMAL


def is_known_given(word: str) -> bool:
    """Say whether `word` is a given name or name word, of the table or learnt."""
    key = normalize(word)
    return (key in _GIVEN_NORMAL or key in _learnt_names()) and key not in _SURNAMES


def is_also_common_word(word: str) -> bool:
    """Say whether a learnt given name is more often a common word (جميل, نور, ربيع)."""
    key = normalize(word)
    if key in _GIVEN_NORMAL or key not in _learnt_names() or is_family_name("ال" + key):
        return False
    in_names, with_article = _learnt_names()[key]
    return in_names < _MOSTLY_NAME and with_article >= _OFTEN_WITH_ARTICLE


def is_surname(word: str) -> bool:
    """Say whether `word` is a family name of the table (it ends a name)."""
    return normalize(word) in _SURNAMES


def is_classical(word: str) -> bool:
    """Say whether `word` is a classical scholar's or poet's nisba of the table (الجاحظ)."""
    return normalize(word) in _CLASSICAL_NORMAL


def is_famous_alone(word: str) -> bool:
    """Say whether `word` is the family name of a public figure that names him alone (كيري,
    أوباما, تسيبراس): a person wherever it stands by itself."""
    return normalize(word) in _FAMOUS_ALONE


def is_one_name_player(word: str) -> bool:
    """Say whether `word` is a footballer the press names by one name (بيليه, زيكو), or a
    classical scholar or poet by his nisba (الجاحظ): either names a shop or a publisher too (دار
    الفارابي, مكتبة المتنبي)."""
    key = normalize(word)
    return key in _ONE_NAME_PLAYERS or key in _CLASSICAL_NORMAL


def is_known_name(word: str) -> bool:
    """Say whether `word` is a given name or a family name, of the table or learnt."""
    key = normalize(word)
    return key in _GIVEN_NORMAL or key in _learnt_names()


# The second word of a compound given name (نور الدين, زين العابدين), in its usual spelling;
# not a given name of its own.
COMPOUND_SECONDS = {normalize(k): v for k, v in {"الدين": "al-Din",
                                                 "العابدين": "al-Abidin"}.items()}


# Particles of Western names inside a name (فان بيرسي, فون دير لاين): no given names, so not
# in the table that opens names (فان is also فإن, "then indeed").
_NAME_PARTICLES = {"فان": "van", "فون": "von", "دا": "da", "دوس": "dos", "ديل": "del"}
# Common Western surnames as Arabic news writes them, read only after a given name (جونز alone
# may be a word): their English, not a letter-by-letter guess (جونز Jones, not Juniz).
_WESTERN_SURNAMES = {normalize(k): v for k, v in {
    "جونز": "Jones", "جونسون": "Johnson", "ويليامز": "Williams", "وليامز": "Williams",
    "سميث": "Smith", "براون": "Brown", "بلير": "Blair", "ديفيس": "Davis", "ميلر": "Miller",
    "بوش": "Bush", "كلوني": "Clooney",  # (جورج بوش: Bosh, spelt as a foreign word)
    "ويلسون": "Wilson", "تايلور": "Taylor", "أندرسون": "Anderson", "اندرسون": "Anderson",
    "جاكسون": "Jackson", "هاريس": "Harris", "كلارك": "Clark", "روبنسون": "Robinson",
    "ووكر": "Walker", "كارتر": "Carter", "ميتشل": "Mitchell", "روبرتس": "Roberts",
    "باركر": "Parker", "إيفانز": "Evans", "ايفانز": "Evans", "كولينز": "Collins",
    "ستيوارت": "Stewart", "مورغان": "Morgan", "مورجان": "Morgan", "كوبر": "Cooper",
    "كيلي": "Kelly", "واتسون": "Watson", "هيوز": "Hughes", "فوستر": "Foster",
    "باترسون": "Patterson", "هاملتون": "Hamilton", "غراهام": "Graham", "جراهام": "Graham",
    "أبوت": "Abbott", "ابوت": "Abbott", "غاردنر": "Gardner", "ستارمر": "Starmer",
    "لامي": "Lammy", "بواتينغ": "Boateng", "فيلبس": "Phelps", "ثيرون": "Theron",
    "واتسن": "Watson", "كاميرون": "Cameron", "جيرارد": "Gerrard", "روني": "Rooney",
    # round 15: footballers, coaches and statesmen the development sets' English missed
    "ميسي": "Messi", "كافاني": "Cavani", "فينغر": "Wenger", "فينجر": "Wenger",
    "كازورلا": "Cazorla", "كانافارو": "Cannavaro", "إيتو": "Eto'o", "ايتو": "Eto'o",
    "مورينيو": "Mourinho", "غوارديولا": "Guardiola", "جوارديولا": "Guardiola",
    "والكوت": "Walcott", "بيكهام": "Beckham", "هيرتزوج": "Herzog", "هيرتزوغ": "Herzog",
    "شنايدرلين": "Schneiderlin", "أورييه": "Aurier", "باتشيكو": "Pacheco",
    "كير": "Kiir", "رياك": "Riek", "مشار": "Machar", "رونالدو": "Ronaldo",
    "تشرشل": "Churchill", "تشرتشل": "Churchill",  # ونستون تشرشل (round 47's new-user review)
    "شفاينشتايجر": "Schweinsteiger", "شفاينشتايغر": "Schweinsteiger", "ديباي": "Depay",
    "إردوغان": "Erdogan", "ترومب": "Trump", "هاميلتون": "Hamilton", "فيتيل": "Vettel",
    "شوماخر": "Schumacher", "ألونسو": "Alonso", "الونسو": "Alonso", "روزبرغ": "Rosberg",
    "رايكونن": "Raikkonen", "فيرستابن": "Verstappen", "ريكياردو": "Ricciardo",
    "كروغمان": "Krugman", "موندال": "Mondale", "كريستي": "Christie", "فيدال": "Vidal",
    "ليون": "Leon",  # برناردينو ليون, after a foreign given name only (alone, Lyon)
    # round 70's English misses, each met in lines ≡ 10-69 (times): غوتيريز 33, جوتيريز 12,
    # بيليغريني 20, بيليجريني 5, كاسياس 16, بنسودا 3 (not شكسبير: as a surname of the table it
    # made حديقة شكسبير and مسرح جلوب شكسبير places of their own; nor مودي: حكومة مودي became a
    # body of its own, the hostile pass found)
    "غوتيريز": "Gutierrez", "جوتيريز": "Gutierrez", "بيليغريني": "Pellegrini",
    "بيليجريني": "Pellegrini", "كاسياس": "Casillas", "بنسودا": "Bensouda",
}.items()}
# Family names of public figures of the region, read only after a given name (عون alone is
# "help"), as the English press writes them: Saad Hariri, not a letter-by-letter al-Hurairi.
_PUBLIC_SURNAMES = {normalize(k): v for k, v in {
    "الحريري": "Hariri", "عون": "Aoun", "جنبلاط": "Jumblatt", "جعجع": "Geagea",
    "ميقاتي": "Mikati", "السنيورة": "Siniora", "المالكي": "al-Maliki", "السيستاني": "al-Sistani",
    "البارزاني": "Barzani", "بارزاني": "Barzani", "الجعفري": "al-Jaafari",
    "المعلم": "al-Muallem", "سليماني": "Soleimani", "مرسي": "Morsi", "السبسي": "Essebsi",
    "الغنوشي": "Ghannouchi", "المرزوقي": "Marzouki", "الظواهري": "al-Zawahiri",
    "لادن": "Laden", "حفتر": "Haftar", "السراج": "al-Sarraj", "البشير": "al-Bashir",
    "الجبير": "al-Jubeir", "ماكين": "McCain", "كورتوا": "Courtois", "هازارد": "Hazard",
    "كوربين": "Corbyn", "فابيوس": "Fabius", "ريفي": "Rifi", "قهوجي": "Kahwaji",
    "مارادونا": "Maradona", "مارتينو": "Martino",
}.items()}
# Ordinals after a ruler's or a pope's name: محمد السادس Mohammed VI, عبدالله الثاني بن
# الحسين Abdullah II, بنديكتوس السادس عشر Benedict XVI.
_REGNAL = {normalize(k): v for k, v in {
    "الأول": "I", "الثاني": "II", "الثالث": "III", "الرابع": "IV", "الخامس": "V",
    "السادس": "VI", "السابع": "VII", "الثامن": "VIII", "التاسع": "IX", "العاشر": "X",
    "الحادي عشر": "XI", "الثاني عشر": "XII", "الثالث عشر": "XIII", "الرابع عشر": "XIV",
    "الخامس عشر": "XV", "السادس عشر": "XVI", "السابع عشر": "XVII", "الثامن عشر": "XVIII",
    "التاسع عشر": "XIX", "الثالث والعشرون": "XXIII",
    "الأولى": "I", "الثانية": "II",  # a queen's: إليزابيث الثانية
}.items()}


# The Latin letters by their names in Arabic (بي B, جيه J): acronyms (بي.بي.سي) and initials.
LETTER_NAMES = {normalize(k): v for k, v in {
    "إيه": "A", "ايه": "A", "بي": "B", "سي": "C", "دي": "D", "إي": "E", "إف": "F", "اف": "F",
    "أف": "F", "جي": "G", "إتش": "H", "اتش": "H", "آي": "I", "جيه": "J", "كيه": "K", "كي": "K",
    "إل": "L", "إم": "M", "ام": "M", "إن": "N", "ان": "N", "أو": "O", "او": "O", "آر": "R",
    "ار": "R", "إس": "S", "اس": "S", "تي": "T", "يو": "U", "في": "V", "دبليو": "W",
    "إكس": "X", "اكس": "X", "واي": "Y", "زد": "Z",
}.items()}


KUNYA_CASES = frozenset(normalize(k) for k in ("أبي", "أبا"))  # أبو's other cases


# What a reader is told of an English name romanize_name guessed (the candidates table's legend,
# a registry entry's notes): a romanisation, or a head translated word by word ("Yemeni Popular
# Resistance"), not a known English form.
GUESSED_ENGLISH = "English romanised or translated word by word by briefgen, a guess"


def romanize_name(name: str, crowned: bool = False) -> tuple[str, bool]:
    """Return an English form of an Arabic name and whether any word of it was a guess; a
    crowned name's (after البابا or الملك, or with its ordinal: لويس الرابع عشر) in the
    English a king's or a pope's is known by (Louis XIV, Pope John Paul II)."""
    if not _ARABIC_LETTER.search(name):
        return name, False  # written in Latin letters already: Joe Biden
    if (joined := re.sub(r"(?<=\w)-(?=\w)", " ", name)) != name:  # once: كي -مون has none
        spaced = romanize_name(joined)
        if not spaced[1]:
            return spaced  # بان كي-مون: the known Ban Ki-moon, as بان كي مون is
    words = name.split()
    if len(words) > 2 and normalize(words[0]) in KUNYA_CASES:
        rest, guess = romanize_name(" ".join(words[1:]))
        return f"Abu {rest}", guess  # أبي بكر البغدادي, أبا مصعب: the kunya as English names
        # it, whatever its case (round 43's hostile #7)
    if len(words) > 1 and (title := _TITLE_EN.get(normalize(words[0]))):
        rest, guess = romanize_name(" ".join(words[1:]), crowned=True)
        return f"{title} {rest}", guess  # البابا فرنسيس: Pope Francis, not al-Baba Francis
    crowned = crowned or any(_regnal_at(words, k) for k in range(1, len(words)))
    foreign = _opens_foreign_name(words) if words else False  # the other words' spelling
    out: list[str] = []
    guess = False
    i = 0
    while i < len(words):
        pair = normalize(" ".join(words[i:i + 2])) if i + 1 < len(words) else None
        if pair and pair in _SPELLINGS:
            out.append(_SPELLINGS[pair])
            i += 2
            continue
        glued = normalize(words[i] + words[i + 1]) if pair and words[i] == "عبد" else None
        if glued and glued in _SPELLINGS:  # عبد المنعم spelt as عبدالمنعم is: Abdelmonem
            out.append(_SPELLINGS[glued])
            i += 2
            continue
        glued = normalize("عبد" + words[i + 1]) if pair and words[i] == "العبد" and i else None
        if glued and glued in _SPELLINGS:  # وليد العبد الله: al-Abdullah, a family name
            out.append("al-" + _SPELLINGS[glued])
            i += 2
            continue
        regnal = _regnal_at(words, i)
        if regnal:
            out.append(regnal[0])
            i += regnal[1]
            continue
        word = words[i]
        if i and word.endswith(".") and normalize(word[:-1]) in LETTER_NAMES:
            out.append(LETTER_NAMES[normalize(word[:-1])] + ".")  # جاكوب جيه. ليو: J.
            i += 1
            continue
        known = (_CROWNED_SPELLINGS.get(normalize(word)) if crowned else None) or _SPELLINGS.get(
            normalize(word)) or (
            COMPOUND_SECONDS.get(normalize(word)) if i else None)
        spelt = not (i and not foreign and _foreign_given_only(word)
                     and normalize(words[0]) in _TABLED_GIVEN)
        if not spelt:
            known = None  # رمزي جريج: an Arab's family name (Jreij, a guess), not Greg
        if not known and i and normalize(word) in _WESTERN_SURNAMES and (
                normalize(words[0]) in _WESTERN_NORMAL or normalize(words[0]) in _FOREIGN_NORMAL
                or normalize(words[0]) in _WESTERN_IN_GIVEN or not is_known_given(words[0])):
            known = _WESTERN_SURNAMES[normalize(word)]  # not أحمد لامي: an Arab's name
        if i and word == "آبي":
            known = "Abe"  # شينزو آبي: written with madda, never the kunya's أبي
        if not known and i and normalize(word) in _PUBLIC_SURNAMES:
            known = _PUBLIC_SURNAMES[normalize(word)]
        if not known and len(words) > 1 and word in _NAME_PARTICLES:
            known = _NAME_PARTICLES[word] if i else _NAME_PARTICLES[word].capitalize()
        if known:
            out.append(known)
        elif "-" in word.strip("-"):  # كي-جونغ, جان-كلود: each part, joined as written
            parts = [romanize_name(part) for part in word.split("-") if part]
            guess = guess or any(g for _, g in parts)
            out.append("-".join(en[:1].upper() + en[1:] if k else en
                                for k, (en, _) in enumerate(parts)))
        else:
            guess = True
            out.append((_given_faeel(word) if i == 0 and len(words) > 1 else None)
                       or romanize_word(word, foreign=i > 0 and foreign, spelt=spelt))
        i += 1
    return " ".join(out), guess


# The English of a ruler's or a prelate's title, without the article (ملك سلمان, الملك سلمان).
CROWNS_EN = {"ملك": "King", "ملكة": "Queen", "سلطان": "Sultan", "أمير": "Prince",
             "أميرة": "Princess", "إمبراطور": "Emperor", "امبراطور": "Emperor", "ملا": "Mullah",
             "بابا": "Pope", "بطريرك": "Patriarch", "كاردينال": "Cardinal"}
# Titles English writes before the name, with the article (the rules keep البابا, الملك with
# the name, as the gold gives it both ways; الأمير, الملا they take off as titles).
_TITLE_EN = {normalize("ال" + k): v for k, v in CROWNS_EN.items()
             if v not in ("Prince", "Princess", "Mullah")}


def _opens_foreign_name(words: list[str]) -> bool:
    """Say whether a name opens with a Western or other foreign given name (نيكولا ساركوزي,
    تشيكو فلوريس): its other words are then spelt as such names are, not as an Arab's."""
    first = normalize(words[0])
    return first in _WESTERN_NORMAL or first in _FOREIGN_NORMAL or first in _WESTERN_IN_GIVEN


# Western given names the table of given names spells (with the Arab ones it lists): a name
# they open is spelt as a Western one (جون سميث: John Smith, not John Sumaith).
_WESTERN_IN_GIVEN = frozenset(normalize(k) for k in (
    "جون", "جورج", "باراك", "دونالد", "فلاديمير", "سيرغي", "أنجيلا", "فرانسوا", "ديفيد",
    "هيلاري", "بنيامين", "أليكسيس"))


# Given names of kings and popes that take an ordinal (not سعد الثاني, Saad al-Thani).
_RULERS = {normalize(k) for k in (
    "محمد", "عبدالله", "الحسن", "الحسين", "حسين", "فيصل", "غازي", "فؤاد", "فاروق", "إدريس",
    "بنديكتوس", "بولس", "يوحنا", "فرنسيس", "إليزابيث", "اليزابيث", "جورج", "إدوارد", "هنري",
    "لويس", "تشارلز", "خوان", "فيليب", "فيليبي", "ويليام", "فيلهلم", "نيقولا", "بطرس", "شنودة",
    "تواضروس", "رمسيس", "أمنحتب", "تحتمس", "سنفرو",
    # Europe's kings and popes of this century and the last (كارل جوستاف السادس عشر)
    "بنديكت", "كارل", "جوستاف", "غوستاف", "كارلوس", "ألبرت", "البرت", "هارالد", "أولاف",
    "فريدريك", "مارغريت", "مارجريت", "بيوس", "ألكسندر", "الكسندر", "نيقولا", "يوهانس")}


# A king's or a pope's given name in the English he is known by, where the everyday spelling
# of the name differs (يوحنا Youhanna, بولس Boulos, بطرس Boutros, لويس Luis as a man's):
# Pope John Paul II, Paul VI, Louis XIV, Peter the Great's Peter I.
_CROWNED_SPELLINGS = {normalize(k): v for k, v in {
    "يوحنا": "John", "بولس": "Paul", "بطرس": "Peter", "لويس": "Louis", "بيوس": "Pius",
    "ليو": "Leo", "لاوون": "Leo", "غريغوريوس": "Gregory", "شارل": "Charles",
    "فريدريك": "Frederick", "نيقولا": "Nicholas", "بنديكتوس": "Benedict",
    "ألكسندر": "Alexander", "الكسندر": "Alexander", "فيلهلم": "Wilhelm", "ويليام": "William",
}.items()}


def is_ruler_name(given: str) -> bool:
    """Say whether a given name is one a king, a queen or a pope takes an ordinal after."""
    return normalize(given) in _RULERS


def regnal_words(given: str, following: list[str]) -> int:
    """How many of the words after a king's, queen's or pope's given name are its ordinal
    (محمد السادس: 1, بنديكتوس السادس عشر: 2, إليزابيث الثانية: 1), or 0."""
    if normalize(given) not in _RULERS:
        return 0
    return next((size for size in (2, 1) if len(following) >= size
                 and normalize(" ".join(following[:size])) in _REGNAL), 0)


def _regnal_at(words: list[str], i: int) -> tuple[str, int] | None:
    """The Roman numeral of an ordinal of one or two words right after a king's or pope's
    given name (محمد السادس, عبدالله الثاني بن الحسين, بنديكتوس السادس عشر), ending the name or
    before بن, and how many words it takes."""
    if i == 0 or normalize(words[i - 1]) not in _RULERS:
        return None
    for size in (2, 1):
        numeral = _REGNAL.get(normalize(" ".join(words[i:i + size])))
        end = i + size
        if numeral and len(words[i:end]) == size and (
                end == len(words) or normalize(words[end]) in (normalize("بن"), "ابن")):
            return numeral, size
    return None


def _given_faeel(word: str) -> str | None:
    """A given name of the shape فعيل no table knows, read as faʿīl (سليم Salim, جميل Jamil,
    صديق Sadiq), as given names of that shape mostly are; a family name of the same shape
    keeps romanize_word's fuʿayl (الحميد, عتيبي: Humaid, Otaibi). None for other shapes."""
    letters = normalize(word)
    if (len(letters) != 4 or letters[2] != "ي" or letters[0] == "م"  # مجيب, معين: Mujib, Muin
            or any(c in "اوىيةه" for c in letters[:2] + letters[3])):
        return None
    first, second, last = (_LETTERS.get(c) for c in (letters[0], letters[1], letters[3]))
    if first is None or second is None or last is None:
        return None
    head = "A" if letters[0] == "ع" else first.capitalize() + "a"
    return f"{head}{second}i{last or ('a' if letters[3] == 'ع' else '')}"


def _vowelless(sounds: str) -> bool:
    return not any(vowel in sounds for vowel in "aeiou")


def _nisba_of_a_place(stem: list[str]) -> bool:
    """Say whether a nisba's stem names a place of the gazetteer (التونسي: تونس, البورمي:
    بورما, البوسني: البوسنة), whose o the نسبة keeps (al-Tunsi, not al-Tawnasi)."""
    from .gazetteer import places  # only here: the gazetteer loads CLDR's names
    bare = "".join(stem)
    return any(normalize(form) in places() for form in (
        bare, bare + "ة", bare + "ا", "ال" + bare, "ال" + bare + "ة"))


# Endings of foreign names, as English writes them: Petrovic(h), Kowalski, Tymoshenko, Chung.
_FOREIGN_ENDINGS = (("فيتش", "vic"), ("يتش", "ic"), ("سكي", "ski"), ("ينكو", "enko"),
                    ("ونج", "ung"), ("ونغ", "ung"))


_LONGEST_WORD = 40
# A word of an Arab family's name, though after a foreign given name (ميشال سماحة, طوني حنا):
# the article, a final ة, or a letter Western names written in Arabic do not use (ث and ذ
# they do, for th).
_ARAB_SHAPED = re.compile(r"^ال|ة$|[عحصضطظ]")  # (not ث, ذ: غريفيث, Griffith)
# Two consonants that open a Western word with no vowel between (فلوريس Floris, كريستا,
# ستيوارت, سميث); other first consonants take the vowel Arabic leaves out (زهرا Zahra).
_WESTERN_CLUSTER = re.compile(r"[بتدفكغقجپگ][لر]|[سش][تكبفمل]")


def romanize_word(word: str, foreign: bool = False, spelt: bool = True) -> str:
    """Romanise one Arabic word: al- for the article, long vowels written, short ones guessed.
    A `foreign` word (of a Western name: ساركوزي, فلوريس) is spelt as such names are: o for a
    و between consonants (not before ا: سواريز), i for a ي after the first consonant, g for غ,
    and no short vowel guessed within a cluster (Floris, not Faluris) or before its last
    consonant; but a word shaped as an Arab family's is spelt as one (Samaha, not Smaha).
    Not `spelt`, a word the tables spell is guessed all the same (جريج as an Arab's family
    name, not Greg)."""
    word = word[:_LONGEST_WORD]  # no name's word is longer; the guess takes time quadratic
    # in the length (a word of 100,000 letters after a title took 235 s)
    if foreign and _ARAB_SHAPED.search(word):
        foreign = False  # ميشال سماحة, إيلي صعب, بيار الجميل: an Arab family's name
    if foreign and word[:2] in ("أو", "او") and len(word) > 3 and word[2] not in "اوي":
        return "O" + romanize_word(word[2:], foreign=True).lower()  # أوزبورن: Ozborn (Osborne)
    prefix = ""
    if word.startswith("ال") and len(word) > 3:
        prefix, word = "al-", word[2:]
    elif word.startswith("عبد") and len(word) > 4:
        rest = word[3:]
        if rest.startswith("ال"):
            rest = rest[2:]
        return "Abdul" + romanize_word(rest).lower()
    known = _SPELLINGS.get(normalize(word)) if spelt else None
    if known and not known[0].islower():
        return f"{prefix}{known}" if prefix else known  # الرشيد → al-Rashid
    if word.endswith("الله") and len(word) > 5 and not prefix:
        return romanize_word(word[:-4]).rstrip("a") + "allah"  # نصرالله, خيرالله
    for ending, sound in _FOREIGN_ENDINGS:
        base = word[:-len(ending)]
        if word.endswith(ending) and len(base) >= (1 if sound == "ung" else 2) and not prefix and (
                sound != "ung" or not base.endswith("ي")):  # not فيتش (Fitch), مسكي, بيونغ
            return romanize_word(word[:-len(ending)]).rstrip("aiu") + sound  # بتروفيتش
    letters = list(word)
    vowels = "اأإآوىية"
    if (not foreign and len(letters) >= 4 and letters[0] not in vowels and letters[1] not in vowels
            and letters[2] == "ي" and letters[3] not in vowels and not word.startswith("تش")):
        # فعيل, as in عتيبي, حميد, سبيعي, قريش: Otaibi, Humaid, Subaie, Quraish.
        head = "O" if letters[0] == "ع" else _LETTERS.get(letters[0], letters[0]).capitalize()
        second = _LETTERS.get(letters[1], letters[1]) or ""
        rest = romanize_word("ا" + "".join(letters[3:]))[1:] if len(letters) > 3 else ""
        text = f"{head}{'' if head == 'O' else 'u'}{second}ai{rest}"
        return f"{prefix}{text}" if prefix else text
    if not foreign and prefix and len(letters) >= 4 and letters[0] not in vowels and (
            letters[1] == "و" and letters[2] == "ي" and letters[3] not in vowels):
        # فويعل with the article, as in الرويلي, الثويني: al-Ruwaili, al-Thuwaini.
        head = _LETTERS.get(letters[0], letters[0]).capitalize() or "A"
        rest = "".join(letters[3:])
        # (ا before the rest, as the فعيل branch does; ت for a first ل, then ل again:
        # السويلمي has no article inside)
        sounded = romanize_word("ا" + ("ت" + rest[1:] if rest[0] == "ل" else rest))[1:]
        return f"{prefix}{head}uwai{'l' + sounded[1:] if rest[0] == 'ل' else sounded}"
    sounds: list[str] = []
    if word.startswith("تش") and (len(word) > 3 or len(word) == 2):  # تشارلز, تشان: a foreign ch
        sounds.append("ch")
        letters = letters[2:]
    for index, char in enumerate(letters):
        last = index == len(letters) - 1
        previous = letters[index - 1] if index else ""
        if char in "اأإآٱى":
            if char == "إ":
                sounds.append("i")
            elif char == "ى" or not (sounds and sounds[-1] in ("a",)):
                sounds.append("a")
        elif char == "ة" or char == "ه" and last and len(letters) >= 4 and previous not in (
                vowels) and not word.endswith("لله"):  # خواجه, طلحه: a name's ة written ه
            sounds.append("a" if not (sounds and sounds[-1].endswith("a")) else "")
        elif char == "و":
            if (prefix and index == 1 and len(letters) == 5 and letters[4] == "ي"
                    and previous not in vowels + "م" and letters[2] not in vowels
                    and letters[3] not in vowels and not _nisba_of_a_place(letters[:4])):
                sounds.append("w" if sounds[-1:] == ["a"] else "aw")  # فوعلي: الدوسري,
                # الجوهري (al-Dawsari), العوهلي (al-Awhali), not الموسوي
            elif (prefix and index == len(letters) - 2 and letters[-1] == "ي"
                  and previous not in vowels and index >= 2):
                sounds.append("aw")  # البلوي, الموسوي: al-Balawi, al-Musawi
            else:
                sounds.append("w" if index == 0 or previous in "اي" else (
                    "o" if last or foreign and (index + 1 == len(letters) or letters[index + 1]
                                                 != "ا") else "u"))  # سوريانو, not سواريز
        elif char == "ي":
            if last and sounds and sounds[-1] == "aw":
                sounds.append("i")  # البلوي: al-Balawi
            elif index == 0 or previous in "اوي":
                sounds.append("y")
            elif last:
                sounds.append("i")
            elif index + 1 < len(letters) and letters[index + 1] in "اة":
                sounds.append("iy")
            elif index == 1 and index + 1 < len(letters) and letters[index + 1] not in "اوي":
                sounds.append("i" if foreign else "ai")  # فيصل, زيد; سيلفا (Silva)
            else:
                sounds.append("i")
        elif char in _LETTERS:
            consonant = "g" if foreign and char == "غ" else _LETTERS[char]  # غويدي (Guidi)
            if char == "ع":
                consonant = "a" if index == 0 else ""
            written = "".join(sounds)
            after_consonant = bool(written) and written[-1] not in "aeiouy"
            if (prefix and index == 3 and len(letters) == 5 and letters[1] == "و"
                    and letters[4] == "ي" and "".join(sounds[:2]).endswith("aw")):
                sounds.append("a")  # فوعلي: الدوسري al-Dawsari, not al-Dawsri
            # The short vowel Arabic leaves out: after a word's first consonant (حرب → Harb),
            # and before a last consonant that follows a long vowel and a consonant (راشد).
            if after_consonant and consonant and (
                    len(written) <= 2 and written not in ("al-",) and _vowelless(written)
                    and not (foreign and index == 1 and _WESTERN_CLUSTER.match(word))
                    or not foreign and last and index >= 3 and letters[index - 2] in "اوي"):
                sounds.append("a" if not last else "i")
            elif after_consonant and char == "ع" and last and index >= 3 and (
                    letters[index - 2] == "ا"):
                sounds.append("i")  # مانع, رافع: Mani, Rafi (faʿil), the ʿayn unwritten
            sounds.append(consonant)
        elif char.isalpha():
            sounds.append(char)
    text = "".join(sounds) or word
    text = text[:1].upper() + text[1:]
    return f"{prefix}{text}" if prefix else text
