"""Names of people, organisations and places the registry lacks, each with an English form.

`find_named_candidates` reads one text and returns every candidate occurrence; the caller
folds them over a source (a later surname-only mention joins the person's full name). Sources
of evidence, in order, each claiming its words so a later pass never splits them:

1. the registry: what it matches is a hit, never a candidate;
2. the gazetteer (gazetteer.py): countries, cities and well-known organisations;
3. heads: a region word (محافظة القنفذة → القنفذة) or an organisation word with what follows
   (وزارة الداخلية, البنك المركزي, صحيفة حرييت);
4. people: after a title (الرئيس اليمني عبد ربه منصور هادي), a common given name with the
   name words after it (محمد بن عبدالله العتيبي), a verb of saying before a name, and names
   in Latin script.

A candidate is never a fragment: attached particles are stripped, and a name stops before a
function word, an adverb or a word joined by و.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, replace
from typing import Literal

from .actors import Registry, find_mentions
from .arab_given import AMBIGUOUS as ARAB_AMBIGUOUS
from .gazetteer import (
    CITIES,
    CLUB_TOWNS,
    TOWNS_ALSO_WORDS,
    clubs,
    countries,
    listed_companies,
    organisations,
    outlets,
    places,
)
from .normalize import normalize
from .romanize import (
    COMPOUND_SECONDS,
    CROWNS_EN,
    KUNYA_CASES,
    LETTER_NAMES,
    is_also_common_word,
    is_classical,
    is_common_bare_word,
    is_common_present,
    is_common_word,
    is_family_name,
    is_famous_alone,
    is_foreign_given,
    is_known_given,
    is_known_name,
    is_learnt_town,
    is_listed_given,
    is_one_name_player,
    is_ruler_name,
    is_surname,
    is_western_given,
    is_western_surname,
    learnt_bodies,
    regnal_words,
    romanize_name,
    romanize_word,
)

CandidateKind = Literal["person", "organisation", "place"]
# Marks, tatweel and the invisible joiners and direction marks pasted text carries inside or
# after a word (محمد‏ with an RLM): part of the word, never in a name's Arabic.
_TOKEN = re.compile(r"(?:[^\W\d_]|[\u064B-\u065F\u0670\u0640\u200c-\u200f])+")
_MARKS = re.compile(r"[\u064B-\u065F\u0670\u0640\u200c-\u200f]")


@dataclass(frozen=True)
class NamedCandidate:
    """One occurrence of a name the registry lacks: Arabic as written, English, kind."""

    ar: str
    en: str
    kind: CandidateKind
    guess: bool
    start: int
    end: int
    quoted: bool = False  # set in quotes after a title or head: a name even alone
    listed: bool = False  # a given name alone in a list of names (ورياض البراهيم وعبدالفتاح)


@dataclass(frozen=True)
class _Token:
    text: str  # as written, without marks
    start: int
    end: int
    core: str  # without attached particles
    core_start: int

    def raw_text(self, text: str) -> str:
        """The word as written, but for tatweel and marks other than tanween."""
        return re.sub(r"[\u064C-\u065F\u0670\u0640\u200c-\u200f]", "", text[self.start:self.end])


@functools.lru_cache(maxsize=65536)
def _n(words: str) -> str:
    """`words` normalised; cached, since the passes ask again and again for the same words."""
    return normalize(words)


def _set(words: str) -> frozenset[str]:
    return frozenset(_n(w) for w in words.split())


_STOP = _set(
    "في من إلى الى عن على أن إن مع بعد قبل خلال حول منذ لدى عند قد لم لن لا ما هو هي هم "
    "الذي التي الذين اللذين اللتين كان كانت يكون يوم بين ضد عبر نحو تجاه أو ثم حتى بأن لأن "
    "الملقب الملقبة المكنى المكناة "
    "كما أيضا مؤخرا أمس غدا اليوم قال يقول قالت أكد أعلن صرح أشار أضاف أوضح هذا هذه ذلك تلك "
    "وقال وأكد وأضاف وأشار وأوضح وأعلن حيث كل بعض غير عدد عام العام الماضي المقبل الحالي "
    "الجاري السابق الأسبق الراحل الجديد الجديدة آنذاك حينذاك حينها سابقا حاليا لاحقا فقط "
    "جدا أكثر أقل إنه أنه بأنه لكن لكنه وقد فقد إذ إذا لو كيف متى أين أي وهو وهي شخص رجل مثل "
    "مواليد قائلا قائلة بشكل "  # فهد حمد مواليد 1990: "born in"; نجيب عبدالرزاق قائلة: "saying"
    "امرأة الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت صباح مساء ليلة "
    "عاما سنة شهر أسبوع يونيو يوليو أغسطس نحو حوالي بنحو ديموقراطيا ديمقراطيا رسميا "
    "جميع كافة كل سائر عدة أهالي أسرة عائلة والدة والد زوجة ابنة نجل شقيق "
    "أخت اخت شقيقة أرملة ارملة حفيد حفيدة "  # ابن أخت فهد العتيبي (round 57's new-user review)
    "داخل خارج قرب أمام خلف فوق تحت وسط عقب إثر بسبب اليورو وهو وهي بشأن بخصوص تضامن "
    "إدانة وقوف دعم ترحيب رفض استنكار تأييد أهمية ضرورة عن خلال توفي توفى عليه عليها عليهم "
    "فيه فيها منه منها له لها لهم إليه إليها منصب منصبه منصبا لما عندما حينما بعدما كلما "
    "بفضل سمو معالي فضيلة سعادة فخامة هناك هنا دون ليلا نهارا صباحا ظهرا عصرا فجرا مجددا "
    "فورا تقريبا مقدما مسبقا مبكرا مطولا مرارا تكرارا "  # مجموعة MBC مقدما: "in advance"
    # (round 51's new-user review)
    "فعلا كثيرا قليلا معا سريعا تماما أخيرا دائما أبدا غالبا جزئيا كليا نهائيا مباشرة "
    "أخرى آخر جديد جديدة خلفا بدلا فان فإن وان وإن أحد إحدى أنا نحن أنت أنتم لي لنا مهم "
    "أثناء اثناء وأثناء إبان ابان طيلة طوال "  # مهاب مميش أثناء زيارته: "during"
    "قبيل عشية صاحب صاحبة "  # ديفيد مويز قبيل نهاية موسم, ديفيد كيناستون صاحب كتاب: "shortly
    # before", "on the eve of", "the author of" (round 44's threehundredtwenty and -twentytwo)
    "مطلع منتصف أواخر أوائل أواسط مستهل ينوه ونوه "  # الملكة إليزابيث مطلع الشهر: early in
    # the month; وينوه البقمي: "notes"
    "بالأمس وبالأمس "  # بالأمس قابلت: "yesterday I met"
    "بينما فيما وبينما وفيما مقابل عم "  # ابن عم بشار الأسد: his cousin (خال after ابن only:
    # عبده خال is a novelist; see _COUSIN)
    "بصحبة برفقة وبصحبة وبرفقة "  # سلمان بن عبدالعزيز بصحبة أخيه: "accompanied by" (round 70)
    "ماتسمى مايسمى ماتعرف مايعرف"  # قائد ماتسمى بكتائب الحسين: "the so-called" (round 71)
)
# A kinsman after ابن or بنت (ابن خال بشار الأسد; ابن عمه, ابن خاله: "his cousin"): no name.
_COUSIN = _set("عم خال عمه خاله عمها خالها عمهم خالهم عمته خالته عمتها خالتها عمي خالي")
_TITLES = _set(
    "الرئيس رئيس نائب وزير الوزير الجنرال اللواء العميد العقيد الفريق المشير الملا الشيخ "
    "قائد القائد المتحدث الناطق الزعيم زعيم المبعوث مبعوث السفير سفير المستشار مستشار "
    "الأمير أمير السيناتور الدكتور د الخبير خبير المحلل الباحث مولوي المولوي الإمام آية "
    "الملك ولي العهد الأستاذ المهندس المدرب مدرب اللاعب لاعب المدير مدير مديرعام الأمين أمين "
    "الداعية المفتي مفتي القاضي الرائد النقيب الملازم المقدم الشاه الرئيسة السيد السيدة "
    "المواطن المواطنة الكاتب الكاتبة الصحفي الصحافي المحامي المعلق النجم الحارس المهاجم "
    "رئيسة محافظ المحافظ مساعد نائبة عضو العضو مؤسس الفنان الفنانة الشاعر البروفيسور بروفيسور "
    "خادم ملك نظيره نظيرها نظيري نظيرته نظيرتها نظيرهم كابتن الكابتن الحكم المتهم الممثل "
    "الممثلة المخرج المخرجة المغني المغنية الروائي الروائية الرسام طيار الطيار المصور الإعلامي "
    "الإعلامية الزميل الزميلة الداعم المنتج الدكتورة المهندسة الأستاذة الشاعرة الباحثة "
    "المدربة اللاعبة المحامية الوزيرة المديرة المشرفة المستشارة المتحدثة الناطقة "
    "القاضية السفيرة النائبة الملكة الأميرة الشيخة معاون المعاون "
    "يدعى تدعى المدعو المدعوة "  # قس كلداني يدعى ألفونس مينجانا: "called"
    "المنشد المنشدة المطرب المطربة الملحن المذيع المذيعة المؤرخ الناشط الناشطة "
    "المدون المدونة المصمم المصممة الطبيب الطبيبة المدافع النجمة مراسل مراسلة المراسل "
    "المطران البطريرك الكاردينال القس الحاخام "  # not الأسقف: "the ceilings" too
    # age, weak (a given name must follow): الطفل الرضيع علي (not الأم: الشركة الأم)
    "الطفل الطفلة الرضيع الشاب الشابة الفتاة "
    "العريف الرقيب"  # weak: non-commissioned ranks (not الجندي: أيمن الجندي, a family name)
)
_SAYING = _set("قال قالت أكد أكدت أعلن أعلنت أضاف أضافت أوضح أوضحت صرح صرحت أشار أشارت "
               "ذكر ذكرت كشف كشفت اعتبر اعتبرت رأى يقول تقول وقال")
_NAME_LINKS = _set("بن بنت ابن أبو ابو أبي أبا آل ولد عبد")
# The words of a nasab chain (محمد بن سلمان): after a father's name, a word with the article is
# the family name; a chain at the end of a shorter name makes it the father, not a later mention.
NASAB = _set("بن بنت ابن")
_GENERIC = _set(
    "مسؤول مسؤولون مصدر مصادر شهود شاهد متحدث ناطق بيان مراقبون محللون خبراء مسؤولين "
    "أحد إنه إن أن التقرير البيان الموقع المصدر مصدرا مسؤولا وزير وزراء رئيس عضو "
    "وسائل تقارير صحف وكالات"
)
# Given names that are also common words: they start a name only before another name word.
_AMBIGUOUS_GIVEN = _set(
    "أمل هدى منى سعيد صالح عادل حامد جمال كمال سلطان أمير بدر فارس مالك شريف نبيل مراد "
    "سيف هادي رضا ناصر منصور عباس بن ابن أبو أبي آل عبد الشيخ دي ولد جو بان مارك طيب "
    "الطيب وحيد جابر راشد ماجد عامر عصام فؤاد نادر ياسين زايد غازي سامي حمد مبارك الأسد "
    "رجب على حافظ حسن أسماء عمر بنين أمين تركي مؤيد صدام أكبر رحيل"
) | frozenset(_n(w) for w in ARAB_AMBIGUOUS)
# Nouns the mined table holds as given names that news writes before a name in construct
# (رحيل بشار الأسد, "the departure of"); no share of uses tells them from كريم or رياض.
_NOUNS_OF_A_NAME = _set("رحيل")
_CLUB_ENDS = _set("سيتي يونايتد")
# The last word of a foreign club's name, in English: سوانزي سيتي, غازينتاب سبور, كوينز بارك
# رينجرز. A town or a foreign word before one of them names the club, in any report.
_CLUB_SUFFIXES = {_n(k): v for k, v in {
    "سيتي": "City", "يونايتد": "United", "سبور": "Spor", "ألبيون": "Albion", "البيون": "Albion",
    "رينجرز": "Rangers", "رينجيرز": "Rangers", "هوتسبير": "Hotspur", "وندررز": "Wanderers",
    "ووندررز": "Wanderers", "أثليتيك": "Athletic", "اثليتيك": "Athletic",
    "أتلتيك": "Athletic", "اتلتيك": "Athletic", "روفرز": "Rovers", "كاونتي": "County"}.items()}
_FUTURE_VERBS = _set("ستكون ستعقد ستقوم ستتم ستبدأ ستصل ستواصل")
# Verbs of a prince's or an official's day that follow his name too often for the learnt table
# of common words to hold them (سلطان بن سلمان بن عبدالعزيز ترأس الاجتماع, فيصل بن سلمان دشن).
_OFFICIAL_VERBS = _set("ترأس ترأست دشن دشنت رعى رعت يرعى ترعى يدشن يفتتح التقى عزى أناب "
                       "يترأس تترأس")
# Words of a city's offices and people before جده, which make it Jeddah (محافظ جده, أهالي
# جده), as a city's verb in the feminine after it does (جده تستضيف); "his grandfather" takes
# neither (round 45's hostile review, #8; not جده توفي, تزوج: its second pass).
_JEDDAH_BEFORE = _set("محافظ أمين أمانة بلدية ميناء مطار جامعة غرفة شرطة إمارة امارة نادي "
                      "كورنيش أهالي اهالي سكان شمال جنوب شرق غرب وسط شوارع أحياء احياء")


# What is spent or fulfilled after قضاء (قضاء بضعة أيام, قضاء حوائجهم, لقضاء العطلات), no place.
_SPENT = _set("بضع بضعة عدة بعض كل معظم أغلب اغلب حوائج حاجة حاجات وقت أوقات اوقات فترة مدة ليلة "
              "ليال يوم أيام ايام شهر أشهر اشهر أسبوع اسبوع سنوات عطلة إجازة اجازة")


def _spent_or_owned(word: str) -> bool:
    """Say whether a word after قضاء, ناحية or مستوطنة is a time or need spent, a noun with a
    pronoun (حصتهم, إجازته) or a plural with the article (العطلات), no place's name."""
    return (_n(word) in _SPENT or len(word) >= 5 and re.search(r"(?:هم|هما|كم|كما|ها|نا|ته)$",
                                                                 word) is not None
            or word.startswith("ال") and word.endswith("ات"))


def _jeddah_by_context(tokens, i: int) -> bool:
    """Say whether جده at token i is Jeddah by the word before or the verb after it."""
    return (i > 0 and _n(tokens[i - 1].core) in _JEDDAH_BEFORE
            or i + 1 < len(tokens) and _n(tokens[i + 1].text) in _A_CITYS_VERBS)


_A_CITYS_VERBS = _set("تستضيف تشهد تحتضن تستقبل تتصدر تضم تحتل تقع تحتفل تتزين تعيش تودع")


_REGION_HEADS = _set("ولاية محافظة إقليم منطقة مدينة بلدة قرية مقاطعة حي ميناء مطار طريق "
                     "شارع ناحية قضاء مستوطنة")
# Heads of a region that are common words too (من ناحية أخرى: "on the other hand"; قضاء الوقت:
# "spending time"): a place's name after them only where it is no common word, or where it is a
# learnt town or a place the tables know (ناحية الخالدية, قضاء سنجار; round 45's
# threehundredtwentyseven; قضاء حديثة, حديثة a common word too, is still missed).
_WORD_REGION_HEADS = _set("ناحية قضاء مستوطنة")
_PLACE_ADJECTIVES = _set("الجديدة الجديد القديمة القديم الكبرى الشمالية الجنوبية الشرقية "
                         "الغربية الشمالي الجنوبي الشرقي الغربي")
_STREETS = {_n(k): v for k, v in {"طريق": "Road", "شارع": "Street"}.items()}
# Region heads in English, for a place named after a king (مدينة الملك عبدالله).
_REGION_EN = {_n(k): v for k, v in {"مدينة": "City", "حي": "District", "مطار": "Airport",
                                     "ميناء": "Port", "محافظة": "Governorate"}.items()}
_ROYAL_EN = {_n(k): v for k, v in {"الملك": "King", "الأمير": "Prince", "الشيخ": "Sheikh",
                                    "الإمام": "Imam"}.items()}
_REGION_PAIRS = _set("دير خان رأس بيت عين حفر جبل شرم أبو أم وادي تل بئر")
_ORG_HEADS: dict[str, str] = {
    _n(k): v for k, v in {
        "حركة": "Movement", "تنظيم": "Organisation", "جماعة": "Group", "وزارة": "Ministry",
        "مجلس": "Council", "محكمة": "Court", "المحكمة": "Court", "حزب": "Party",
        "شركة": "Company", "وكالة": "Agency", "جبهة": "Front", "بنك": "Bank", "البنك": "Bank",
        "اتحاد": "Union", "الاتحاد": "Union", "منظمة": "Organisation", "هيئة": "Authority",
        "صحيفة": "newspaper", "جريدة": "newspaper", "نادي": "club", "النادي": "club",
        "جامعة": "University", "جمعية": "Society", "مؤسسة": "Foundation",
        "صندوق": "Fund", "لجنة": "Committee", "قناة": "channel", "مجموعة": "Group",
        "برلمان": "Parliament", "البرلمان": "Parliament", "مصرف": "Bank", "المصرف": "Bank",
        "ائتلاف": "Coalition", "رابطة": "League", "تحالف": "Coalition", "التحالف": "Coalition",
        "الجيش": "Army", "جيش": "Army", "البحرية": "Navy", "الحرس": "Guard",
        "كتائب": "Brigades", "سرايا": "Brigades", "ألوية": "Brigades", "أكاديمية": "Academy",
        "معهد": "Institute", "مستشفى": "Hospital", "الهيئة": "Authority", "المجلس": "Council",
        "المنظمة": "Organisation", "الوكالة": "Agency", "المؤسسة": "Foundation",
        "غرفة": "Chamber", "الغرفة": "Chamber", "اللجنة": "Committee",
        "الجامعة": "University", "الجمعية": "Society", "الشركة": "Company",
        "سفارة": "Embassy", "السفارة": "Embassy", "النيابة": "Prosecution",
        "الإدارة": "Administration", "المديرية": "Directorate", "مديرية": "Directorate",
        "نقابة": "Syndicate", "النقابة": "Syndicate", "طيران": "Airlines",
        "كلية": "College", "الكلية": "College", "شرطة": "Police", "مشفى": "Hospital",
        "مركز": "Centre", "مطار": "Airport", "ميناء": "Port", "الخطوط": "Airlines",
        "المكتب": "Office", "مكتب": "Office", "أمانة": "Municipality", "بلدية": "Municipality",
        "المعهد": "Institute", "المركز": "Centre", "البريد": "Post", "جهاز": "Service",
        "مرصد": "Observatory", "المرصد": "Observatory",
        "الائتلاف": "Coalition",
        "مجلة": "magazine", "قوات": "Forces", "بورصة": "Stock Exchange", "الحزب": "Party",
        "المقاومة": "Resistance", "فرقة": "Troupe",
    }.items()
}
# The arts a troupe's name tells (فرقة الباحة الشعبية, فرقة جدة للفنون الشعبية).
_ART_WORDS = _set("الشعبية الشعبيه للفنون الفنية الترفيهية الاستعراضية المسرحية الموسيقية "
                  "الإنشادية الانشادية للإنشاد للمسرح للموسيقى للتراث الرقص للرقص الموسيقى")
# What a unit of men does (فرقة الإطفاء, فرقة طوارئ): after فرقة, no troupe's name.
_UNIT_TASKS = _set("الإطفاء إطفاء الإنقاذ إنقاذ البحث بحث الطوارئ طوارئ الطوارىء مكافحة "
                   "المكافحة الإسعاف إسعاف التدخل تدخل الاقتحام اقتحام العمليات عمليات "
                   "سلالم كمامات الغوص غوص كوماندوس كوماندوز "
                   "التانغو الجاز الروك الباليه")  # and a kind of music: فرقة الجاز
# A body's task as the indefinite noun in ة that opens its name (وكالة حماية البيئة), in English.
_PURPOSE_EN = {_n(k): v for k, v in {
    "حماية": "Protection", "رعاية": "Welfare", "تنمية": "Development", "إغاثة": "Relief",
    "توعية": "Awareness", "رقابة": "Oversight", "مراقبة": "Monitoring", "تحفيظ": "Memorisation",
    "تجارة": "Commerce", "مكافحة": "Combating", "سلامة": "Safety", "مبادرة": "Initiative"}.items()}
# (not قيادة, صناعة, زراعة, دراسة, رئاسة: مجلس قيادة الجيش, مجلس صناعة القرار, هيئة زراعة
# الأعضاء, لجنة دراسة الملف are a task of the day, or not the word's usual sense)
# Heads with the article name an organisation only with an adjective after them.
_WORDS_EN: dict[str, str] = {
    _n(k): v for k, v in {
        "الداخلية": "Interior", "الخارجية": "Foreign Affairs", "الدفاع": "Defence",
        "الصحة": "Health", "التعليم": "Education", "العدل": "Justice", "المالية": "Finance",
        "العمل": "Labour", "الإعلام": "Information", "الثقافة": "Culture",
        "التجارة": "Commerce", "الإسكان": "Housing", "النقل": "Transport",
        "الزراعة": "Agriculture", "الطاقة": "Energy", "الحج": "Hajj", "الاقتصاد": "Economy",
        "الوزراء": "Ministers", "الشورى": "Shura", "النواب": "Representatives",
        "الأمن": "Security", "الشعب": "People", "الأمة": "Nation", "الشيوخ": "Senate",
        "المركزي": "Central", "الدولي": "International", "الدولية": "International",
        "العالمية": "World", "العالمي": "World", "الإسلامية": "Islamic", "الإسلامي": "Islamic",
        "العربية": "Arab", "العربي": "Arab", "الأوروبي": "European", "الأوروبية": "European",
        "الوطنية": "National", "الوطني": "National", "الخليجي": "Gulf", "العليا": "Supreme",
        "الجنائية": "Criminal", "العامة": "General", "العام": "General", "السعودية": "Saudi",
        "السعودي": "Saudi", "الأمريكية": "US", "الأمريكي": "US", "الأميركية": "US",
        "اليمنية": "Yemeni", "اليمني": "Yemeni", "المصرية": "Egyptian", "المصري": "Egyptian",
        "الإيرانية": "Iranian", "الإيراني": "Iranian", "التركية": "Turkish", "التركي": "Turkish",
        "السورية": "Syrian", "السوري": "Syrian", "العراقية": "Iraqi", "العراقي": "Iraqi",
        "الروسية": "Russian", "الروسي": "Russian", "البريطانية": "British",
        "البريطاني": "British", "الفرنسية": "French", "الفرنسي": "French",
        "الإسرائيلية": "Israeli", "الإسرائيلي": "Israeli", "الأردنية": "Jordanian",
        "اللبنانية": "Lebanese", "الفلسطينية": "Palestinian", "الشعبية": "Popular",
        "الثوري": "Revolutionary", "الثورية": "Revolutionary", "الديمقراطي": "Democratic",
        "الشيوعي": "Communist", "الجمهوري": "Republican",
        "الاشتراكي": "Socialist", "الاتحادية": "Federal", "الأنباء": "News",
        "التحرير": "Liberation",
        "الإغاثة": "Relief", "حقوق": "Rights", "الإنسان": "Human", "الأعلى": "Supreme",
        "الوطن": "Homeland", "الجزيرة": "Al Jazeera", "العالم": "World", "الرياضة": "Sports",
        "الشباب": "Youth", "البلدية": "Municipal", "التنمية": "Development",
        "الاستثمار": "Investment", "النفط": "Oil", "الكهرباء": "Electricity",
        "المياه": "Water", "الاتصالات": "Communications", "الملك": "King",
        "السياحة": "Tourism", "الخبراء": "Experts", "الشؤون": "Affairs",
        "الرياضي": "Sports", "الرياضية": "Sports", "القدم": "Football", "كرة": "Football",
        "الأولمبية": "Olympic", "الأولمبي": "Olympic",
        "الألمانية": "German", "الألماني": "German", "الإيطالية": "Italian",
        "الإنجليزي": "English", "الإنجليزية": "English", "الإنكليزي": "English",
        "الإنكليزية": "English", "الباراغوياني": "Paraguayan", "البارغوياني": "Paraguayan",
        "الباراجوياني": "Paraguayan", "الأوروغوياني": "Uruguayan", "الأوروجوياني": "Uruguayan",
        "الاسكتلندي": "Scottish", "الأسكتلندي": "Scottish",
        "الإيطالي": "Italian", "الصينية": "Chinese", "الصيني": "Chinese",
        "الليبية": "Libyan", "الليبي": "Libyan", "الكويتية": "Kuwaiti", "القطرية": "Qatari",
        "الإماراتية": "Emirati", "البحرينية": "Bahraini", "العمانية": "Omani",
        "الباكستانية": "Pakistani", "الباكستاني": "Pakistani", "الأفغانية": "Afghan",
        "الأفغاني": "Afghan", "اليونانية": "Greek", "اليوناني": "Greek", "الهندية": "Indian",
        "الهندي": "Indian", "اليابانية": "Japanese", "الياباني": "Japanese",
        "الكويتي": "Kuwaiti", "القطري": "Qatari", "الإماراتي": "Emirati", "الأردني": "Jordanian",
        "اللبناني": "Lebanese", "الفلسطيني": "Palestinian", "السودانية": "Sudanese",
        "التونسية": "Tunisian", "المغربية": "Moroccan", "الجزائرية": "Algerian",
        "الملكية": "Royal", "الملكي": "Royal", "الكندية": "Canadian", "الكندي": "Canadian",
        "الأسترالية": "Australian", "الإسبانية": "Spanish", "الإسباني": "Spanish",
        "الهولندية": "Dutch", "البلجيكية": "Belgian", "السويسرية": "Swiss",
        "البرازيلية": "Brazilian", "الكورية": "Korean", "الماليزية": "Malaysian",
        "الإندونيسية": "Indonesian", "النيجيرية": "Nigerian", "القبرصي": "Cypriot",
        "التراث": "Heritage", "الأغذية": "Food", "الغذاء": "Food", "الدواء": "Drug",
        "الفنون": "Arts", "العلوم": "Sciences", "التقنية": "Technology", "البحوث": "Research",
        "الدراسات": "Studies", "الأعمال": "Business", "الإنسانية": "Humanitarian",
        "الأبحاث": "Research", "البترولية": "Petroleum", "الآداب": "Arts",
        "التصوير": "Photography", "الطوارئ": "Emergency", "تقنية": "Technology",
        "الخيرية": "Charitable", "الطبية": "Medical", "الأطفال": "Children", "المرأة": "Women",
        "البيئة": "Environment", "الأميركي": "US", "الإحصاءات": "Statistics",
        "الإحصاء": "Statistics", "الأمراض": "Diseases", "الأرصاد": "Meteorology",
        "الدستور": "Constitution", "الفساد": "Corruption", "الثورة": "Revolution",
        "العدوى": "Infection", "المستهلك": "Consumer", "المجتمع": "Community",
        "الصناعة": "Industry", "التجارية": "Commercial",
        "الصناعية": "Industrial", "المعلومات": "Information", "الطيران": "Aviation",
        "الصناعات": "Industries", "الزجاجية": "Glass",  # (not الصناعي: a family name too)
        "التشكيلية": "Fine", "التشكيلي": "Fine",
        "المدني": "Civil", "المدنية": "Civil", "الجمارك": "Customs", "القروية": "Rural",
        "الأوقاف": "Endowments", "الجودة": "Quality",
        "الرقابة": "Control", "التحقيق": "Investigation", "السياحية": "Tourism",
        "القادة": "Leaders", "الحكام": "Referees", "التعليمية": "Education",
        "الإعلامي": "Media", "الإعلامية": "Media", "الأدبي": "Literary", "الثقافي": "Cultural",
        "الثقافية": "Cultural", "التعاوني": "Cooperative", "التعاونية": "Cooperative",
        "الزراعية": "Agricultural", "العقارية": "Real Estate",
        "النقد": "Monetary", "الاستشاري": "Advisory", "الاستشارية": "Advisory",
        "الاقتصادية": "Economic", "الجامعية": "University", "المشتركة": "Joint",
        "القابضة": "Holding", "المحدودة": "Limited", "القومية": "National",
        "الخاصة": "Private", "الحراسات": "Guarding",  # للحراسات الأمنية الخاصة (round 49)
        "وأولاده": "and Sons", "وشركاه": "and Partners",
        # adjectives of bodies (all nisbas, read as adjectives by their ending already)
        "العسكرية": "Military", "العسكري": "Military", "الاجتماعية": "Social",
        "الاجتماعي": "Social", "الإدارية": "Administrative", "الإداري": "Administrative",
        "الجوية": "Air", "الصحية": "Health", "الصحي": "Health", "العلمية": "Scientific",
        "العلمي": "Scientific", "القضائية": "Judicial", "القضائي": "Judicial",
        "التشريعي": "Legislative", "التشريعية": "Legislative", "الأمنية": "Security",
        "الأمني": "Security", "الإقليمية": "Regional", "الإقليمي": "Regional",
        "الفنية": "Technical", "الفني": "Technical", "النسائية": "Women's",
        "القومي": "National", "الخارجي": "External", "الداخلي": "Internal",
        "السويدي": "Swedish", "السويدية": "Swedish", "النرويجي": "Norwegian",
        "النرويجية": "Norwegian", "الدنماركي": "Danish", "الدنماركية": "Danish",
        "الفنلندي": "Finnish", "الفنلندية": "Finnish", "البولندي": "Polish",
        "البولندية": "Polish", "النمساوي": "Austrian", "النمساوية": "Austrian",
        "البرتغالي": "Portuguese", "البرتغالية": "Portuguese", "المكسيكي": "Mexican",
        "المكسيكية": "Mexican", "الأرجنتيني": "Argentine", "الأرجنتينية": "Argentine",
        "التشيلي": "Chilean", "التشيلية": "Chilean", "الكولومبي": "Colombian",
        "الكولومبية": "Colombian", "الفنزويلي": "Venezuelan", "الفنزويلية": "Venezuelan",
        "الأوكراني": "Ukrainian", "الأوكرانية": "Ukrainian", "الصربي": "Serbian",
        "الصربية": "Serbian", "الكرواتي": "Croatian", "الكرواتية": "Croatian", "التشيكي": "Czech",
        "التشيكية": "Czech", "المجري": "Hungarian", "المجرية": "Hungarian",
        "الروماني": "Romanian", "الرومانية": "Romanian", "البلغاري": "Bulgarian",
        "البلغارية": "Bulgarian", "الإيرلندي": "Irish", "الإيرلندية": "Irish",
        "الايرلندي": "Irish", "الايرلندية": "Irish", "التايلاندي": "Thai", "التايلاندية": "Thai",
        "الفيتنامي": "Vietnamese", "الفيتنامية": "Vietnamese", "الفلبيني": "Filipino",
        "الفلبينية": "Filipino", "البنغلاديشي": "Bangladeshi", "البنغلاديشية": "Bangladeshi",
        "السريلانكي": "Sri Lankan", "السريلانكية": "Sri Lankan", "النيبالي": "Nepalese",
        "النيبالية": "Nepalese", "الإثيوبي": "Ethiopian", "الإثيوبية": "Ethiopian",
        "الصومالي": "Somali", "الصومالية": "Somali", "الكيني": "Kenyan", "الكينية": "Kenyan",
        "الموريتاني": "Mauritanian", "الموريتانية": "Mauritanian", "السنغالي": "Senegalese",
        "السنغالية": "Senegalese", "الهولندي": "Dutch", "البلجيكي": "Belgian",
        "السويسري": "Swiss", "البرازيلي": "Brazilian", "الكوري": "Korean",
        "الماليزي": "Malaysian", "الإندونيسي": "Indonesian", "النيجيري": "Nigerian",
        "الأسترالي": "Australian", "السوداني": "Sudanese", "التونسي": "Tunisian",
        "المغربي": "Moroccan", "الجزائري": "Algerian", "العماني": "Omani", "البحريني": "Bahraini",
        # (round 60: وكالة الأنباء المركزية, الهيئة السعودية للمحاسبين القانونيين, شركة
        # الخطوط المالزية as printed; not الزواج, whose للجنة الزواج read اللجنة الزواج, no
        # form of the text: its hostile pass)
        "المركزية": "Central", "الأسرية": "Family", "المحاسبين": "Accountants",
        "المالزية": "Malaysian", "المالزي": "Malaysian",
    }.items()
}
# Adjectives that are nationalities: in English they go before the head.
_NATIONALITY = frozenset(v for v in _WORDS_EN.values() if v in {
    "Saudi", "US", "Yemeni", "Egyptian", "Iranian", "Turkish", "Syrian", "Iraqi", "Russian",
    "British", "French", "Israeli", "Jordanian", "Lebanese", "Palestinian", "European", "Gulf",
    "Arab", "German", "Italian", "Chinese", "Libyan", "Kuwaiti", "Qatari", "Emirati", "Bahraini",
    "Omani", "Pakistani", "Afghan", "Greek", "Indian", "Japanese", "Sudanese", "Tunisian",
    "Moroccan", "Algerian", "Canadian", "Australian", "Spanish", "Dutch", "Belgian", "Swiss",
    "Brazilian", "Korean", "Malaysian", "Indonesian", "Nigerian", "Cypriot", "English",
    "Paraguayan", "Uruguayan", "Scottish", "Argentine", "Austrian", "Bangladeshi", "Bulgarian",
    "Chilean", "Colombian", "Croatian", "Czech", "Danish", "Ethiopian", "Filipino", "Finnish",
    "Hungarian", "Irish", "Kenyan", "Mauritanian", "Mexican", "Nepalese", "Norwegian", "Polish",
    "Portuguese", "Romanian", "Senegalese", "Serbian", "Somali", "Sri Lankan", "Swedish", "Thai",
    "Ukrainian", "Venezuelan", "Vietnamese"})
_ROYAL = _set("الملك الأمير الشيخ الإمام")
# A part of a continent is a place (غرب أفريقيا); of a country or a city, the country or the
# city is (جنوب الجزائر: الجزائر).
_CONTINENTS = frozenset({"Africa", "Asia", "Europe", "America", "Latin America",
                         "North America", "South America", "Middle East"})
# Words before a club's name that show the name is the club: لاعب الهلال, مدرب الاتحاد.
_GAME_WORDS = _set("نادي النادي فريق فريقي ناديي لاعب لاعبو لاعبي مدرب حارس مهاجم مدافع جماهير "
                   "إدارة رئيس قائد كابتن مباراة أمام ضد وصيف بطل")
_CLUB_HEADS = _set("نادي النادي فريق")
_DUAL_GAME_WORDS = _set("فريقي ناديي")  # the teams of two: clubs, or two bodies' teams
_COMPASS = {_n(k): v for k, v in {"شرق": "East", "غرب": "West", "شمال": "North",
                                   "جنوب": "South", "وسط": "Central"}.items()}
_COMPANY_ENDS = frozenset({"Holding", "Limited"})
# Heads named "X Y for Z" after a nisba (الاتحاد السعودي للبلياردو): a parliament or a
# committee with its nationality goes on with a clause (البرلمان الإيراني للإعلان).
_FOR_HEADS = frozenset({"Union", "Society", "Company", "Centre", "Foundation", "Fund", "Bank",
                        "Academy", "Institute", "Group", "Observatory"})
# Article heads that, with one adjective, are as often "the (financial) company" of the
# article as a name: they name an organisation only with more (a ل complement, a name).
# Bodies every organisation has, named by common nouns: no organisation's name.
_GENERIC_BODIES = frozenset(_n(w) for w in (
    "مجلس الإدارة", "مجلس الادارة", "هيئة التدريس", "مجلس الأمناء", "مجلس الامناء",
    "الجمعية العمومية", "لجنة التحكيم", "مجلس الأعمال", "المجلس البلدي", "المجلس التنفيذي",
    "المجلس المحلي", "اللجنة التنفيذية", "غرفة العمليات", "المكتب التنفيذي", "اللجنة المنظمة",
    "هيئة التحكيم"))
# Heads with the article that, with one adjective, are as often the article's own body as a
# name (الشركة المالية; المنظمة الدولية is the UN)
_ANAPHORIC_HEADS = _set("الشركة الإدارة اللجنة الجمعية الكلية المؤسسة المجموعة المديرية "
                        "النقابة المستشفى السفارة المكتب المنظمة المعهد المركز")
# Heads with the article that name a body only with a nisba first: المعهد العالي للقضاء.
_NISBA_FIRST = _set("المعهد المركز")
# Heads that name a body only with a nationality after them: البريد السعودي, not the e-mail.
_NATIONAL_ONLY = _set("البريد")
# Heads that are as often common nouns (the forces, a device, the resistance, the party of the
# article): a name only with an adjective of a body's name after them (قوات الدفاع الوطني, جهاز
# الأمن القومي, المقاومة الشعبية; not قوات الأمن السعودية, جهاز التنفس الاصطناعي); and no ل
# complement follows them (المقاومة الشعبية لتجهيز, الحزب الجمهوري للرئاسة: the clause).
_ADJECTIVE_ONLY = _set("قوات جهاز المقاومة الحزب مكتب")  # مكتب الأمن العام
# A movement's adjectives: حركة المقاومة الشعبية is a name, حركة التجارة العالمية is trade.
_POLITICAL = frozenset({"Popular", "Islamic", "National", "Revolutionary", "Democratic",
                        "Socialist", "Communist"})
# Heads English names with "of" (Ministry of Interior); others take their nouns before them
# (مجلس الأمن → Security Council).
_OF_HEADS = frozenset({"Ministry", "Organisation", "League", "Embassy", "Court",
                       "Administration", "Directorate", "Brigades"})
# Heads English leaves out before a proper name: شركة أمازون → Amazon, صحيفة لوموند → Le Monde.
_NAME_ALONE = frozenset({"Company", "newspaper", "club", "team", "channel", "Agency",
                         "Organisation"})
# Words before a body's head that make it a body (المتحدث باسم حركة العدل والمساواة).
_SPOKEN_FOR = _set("باسم")
# A time word after a body's first word is the sentence's: لجنة عمل العام الماضي.
_TIME_AFTER = re.compile(r"(?:العام|الماضي|المقبل|الحالي|الجاري|اليوم|الأسبوع|الشهر)(?!\w)")
_VERBAL_NOUN = r"إ\w\wا\w|ت\w\wي\w|است\w\wا\w"  # إعداد, تأهيل, استثمار
# Heads that name an organisation only with a proper name after them: فريق هجر, طيران ناس.
_PROPER_ONLY = _set("طيران")
# Heads after which a noun of a task describes, not names: تنظيم راحة الجسم (organising),
# شركة صناعة السيارات (a carmaker), مجموعة متنوعة (a varied group).
_NO_PURPOSE = _set("تنظيم شركة مجموعة")
_PROPER_ONLY_NOT = _set("عمل بحث طبي إنقاذ من")
# Heads that name an organisation or a venue only with a royal name: مطار الملك خالد.
_ROYAL_ONLY = _set("مطار ميناء مركز")
# Heads whose body is named by its city: جامعة حائل, مستشفى جدة, غرفة الرياض.
_PLACE_NAMED = _set("جامعة مستشفى مشفى غرفة كلية أمانة بلدية بورصة شرطة")  # شرطة دبي
_PLACE_ONLY = _set("أمانة بلدية")  # named by a place only: أمانة عسير, أمانة منطقة الرياض
_ADJECTIVES_EN: frozenset[str] = frozenset({
    "Central", "International", "World", "Islamic", "National", "Supreme", "Criminal",
    "General", "Popular", "Revolutionary", "Democratic", "Socialist", "Federal", "Municipal",
    "Medical", "Economic", "Joint", "Communist", "Republican", "Charitable", "Cultural",
    "Civil", "Higher", "Administrative", "Military", "Social", "Religious", "Public", "Air",
    "Scientific", "Judicial", "Legislative", "Regional", "Technical", "Women's", "Industrial"})
# (not Health, Security: the nouns الصحة and الأمن too, which take no ل phrase of a body's)
_DESCRIBING = _NATIONALITY | _ADJECTIVES_EN  # words that go before the noun in English
_ORG_STOP_ARTICLE = _set(
    "الذي التي الذين العام الماضي المقبل الحالي الجاري اليوم الأسبوع الشهر السابق الأسبق "
    "الراحل الجديد الجديدة السابقة الأخير الأخيرة الأول الثاني الثالث ذاته ذاتها نفسه نفسها "
    "المنطقة البلاد المملكة الدولة الحكومة التابع التابعة الرسمية الرسمي الحكومية الحكومي"
)
# Participles in ي that tell whom a body serves, not its name (المقاومة الشعبية الموالية للرئيس).
_LOYAL_TO = _set("الموالية الموالي الموالين الموالون")


def _strip_marks(text: str) -> str:
    return _MARKS.sub("", text)


def _tokens(text: str) -> list[_Token]:
    tokens = []
    for match in _TOKEN.finditer(text):
        word = _strip_marks(match.group())
        if not word:
            continue  # marks or an invisible mark alone: no word
        core, skip = _core(word)
        tokens.append(_Token(word, match.start(), match.end(), core, match.start() + skip))
    return tokens


def _core(word: str) -> tuple[str, int]:
    """Return the word without attached و ف ب ل ك (لل as ل + ال), and the letters dropped."""
    for prefix in ("وبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل"):
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            if prefix.endswith("لل"):
                return "ال" + word[len(prefix):], len(prefix) - 1
            return word[len(prefix) - 2:], len(prefix) - 2
    if (len(word) > 4 and word[0] in "وف" and word[1] in "بلك"
            and not is_listed_given(word[1:])):  # وكامل الموسى: و and كامل, not "Amal"
        return word[2:], 2  # (round 42's new-user review)
    if len(word) > 3 and word[0] in "وفبل":
        return word[1:], 1
    return word, 0


def _readings(token: _Token) -> list[tuple[str, int]]:
    """The word as written and without particles, with where each starts."""
    readings = [(token.text, token.start)]
    if token.core != token.text:
        readings.append((token.core, token.core_start))
    if (token.text[0] in "وف" and token.core_start > token.start + 1
            and len(token.text) > 4):  # وبلجيكا, ولبنان, وكرواتيا: و and a name in ب, ل, ك
        readings.append((token.text[1:], token.start + 1))
    for prefix in ("لل", "ولل", "فلل"):  # للجنة: ل + اللجنة, whose article lost its alif
        if token.text.startswith(prefix) and len(token.text) > len(prefix) + 2:
            readings.append(("ا" + token.text[len(prefix) - 2:], token.start + len(prefix) - 2))
            # للندن, ولليبيا: ل and a name that starts with ل itself
            readings.append((token.text[len(prefix) - 1:], token.start + len(prefix) - 1))
    return readings


def _as(token: _Token, table) -> tuple[str, int] | None:
    """Return the reading of a token (as written first, then without particles) in `table`."""
    for reading, start in _readings(token):
        if _n(reading) in table:
            return reading, start
    return None


def _joined(tokens: list[_Token], i: int, text: str) -> bool:
    """Say whether token i follows token i-1 with only spaces (or a hyphen) between them."""
    if i <= 0 or i >= len(tokens):
        return False
    gap = text[tokens[i - 1].end:tokens[i].start]
    if gap == " ":
        return True  # nearly always
    if tokens[i - 1].text == "د" and _DR_GAP.fullmatch(gap):
        return True  # د. (Dr.) before a name
    if _initial_in_a_name(tokens, i, text) and _DR_GAP.fullmatch(gap):
        return True  # جاكوب جيه. ليو: a Western middle initial, its full stop no pause
    return bool(gap) and _GAP.fullmatch(gap) is not None and "\n" not in gap


_GAP, _DR_GAP = re.compile(r"[\s\-]+"), re.compile(r"\.\s*")


def _initial_in_a_name(tokens: list[_Token], i: int, text: str) -> bool:
    """Say whether token i-1 is a middle initial written as its letter's name after a Western
    given name (جاكوب جيه. ليو, أورين جي. هاتش), so the full stop after it ends no name."""
    return (i >= 2 and _n(tokens[i - 1].text) in _LETTER_NAMES
            and _n(tokens[i - 1].text) not in _LETTER_WORDS
            and text[tokens[i - 2].end:tokens[i - 1].start] == " "
            and (is_western_given(tokens[i - 2].text) or is_foreign_given(tokens[i - 2].text)))


def _article(word: str) -> bool:
    return word.startswith("ال") and len(word) > 3


_AND_A_PAST_VERB = re.compile(r"[فو]أ\w{3}")  # فأجاب, وأكد: a conjunction and a past verb


def _verb_after_a_name(word: str) -> bool:
    """Say whether a word after a name is a verb, no part of it: ف or و before a common verb in
    the present (فيتلقى), or a verb in the past of "they" whose stem the corpus knows (قالوا,
    أكدوا: أكد; not كورتوا, Courtois); not a name the tables know (فيصل, وائل) or a Western
    surname."""
    if is_known_name(word) or is_western_surname(word):
        return False
    return (len(word) >= 5 and word[0] in "فو" and word[1] in "يتن"
            and is_common_present(word[1:])
            or _past_plural(word) or len(word) >= 5 and word[0] in "أا" and word.endswith("وا")
            and (is_common_bare_word(word[:-2]) or is_common_present("ي" + word[1:-2])))


def _purpose_verb(word: str) -> bool:
    """Say whether a word is ل and a present verb the corpus knows (ليتولى, "to take on")."""
    return re.fullmatch(r"ل[يتن]\w{3,}", word) is not None and is_common_present(word[1:])


def find_named_candidates(text: str, registry: Registry, sports: bool = False,
                          story: str | None = None) -> list[NamedCandidate]:
    """Return every candidate name in `text`, in order, none overlapping a registry hit but a
    body named after one (سفارة الولايات المتحدة: the embassy, beside the registry's state).

    `sports` says the text is from a sports report (`is_sports`): there a club's name that is
    also a common word (الهلال, الاتحاد, الفتح) is the club without a word of the game before it.
    `story` is the whole source `text` is a paragraph of: a place of two countries (عمان) is
    read by the story, not the paragraph alone.
    """
    tokens = _tokens(text)
    taken = [False] * len(tokens)
    ends = [token.end for token in tokens]
    registered: dict[int, tuple[int, str, str]] = {}  # first token → last, English, kind
    people_registered: set[int] = set()  # the first token of each registry person's mention
    for mention in find_mentions(text, registry):
        i = bisect.bisect_right(ends, mention.start)  # the first token ending after its start
        first = i
        while i < len(tokens) and tokens[i].start < mention.end:
            taken[i] = True
            i += 1
        actor = registry.get(mention.actor_id)
        if actor is not None and actor.kind in ("state", "organisation") and i > first:
            registered[first] = (i - 1, actor.en, actor.kind)
        elif actor is not None and actor.kind == "person":
            people_registered.add(first)
    found: list[NamedCandidate] = []

    def claim(first: int, last: int, start: int, en: str, kind: CandidateKind,
              guess: bool, ar: str | None = None, quoted: bool = False,
              listed: bool = False) -> None:
        verb = tokens[last].text
        if (kind == "organisation" and last > first + 1 and _ends_with_a_past_verb(verb, ar)
                or kind == "person" and last > first and _verb_after_a_name(verb)):
            last -= 1  # لصحيفة ميليت نشرت أمس, موسى فيتلقى الإلهام: a verb after the name, no
            ar = ar[:-len(verb) - 1] if ar else None  # part of it (round 58's fourhundredsix)
            en = en.removesuffix(" " + romanize_word(verb))
        if kind == "person" and first == last and _AND_A_PAST_VERB.fullmatch(
                tokens[first].text) and not is_known_name(tokens[first].text):
            return  # مدرب المنتخب السعودي فأجاب: "and he answered", no one named
        if kind == "person" and guess and not quoted and not any(
                is_known_name(tokens[k].text) for k in range(first, last + 1)) and all(
                is_common_bare_word(tokens[k].text) or _purpose_verb(tokens[k].text)
                for k in range(first, last + 1)) and (
                any(_purpose_verb(tokens[k].text) for k in range(first, last + 1))
                or is_common_present("ي" + tokens[last].text)):
            return  # حان ليتولى, سابق شارك: common words ending in a verb, no one named (but
            # سامح شكري: common words too, a name; الملحن “سهم”: a name in quotes)
        if (kind == "person" and first == last and last + 1 in people_registered
                and _joined(tokens, last + 1, text) and is_known_given(tokens[last].text)):
            for i in range(first, last + 1):
                taken[i] = True  # الملا محمد أختر منصور: a given name alone before the
            return  # registry's man, whose variant left it out, no man of its own (but جون
            # كيري محمد جواد ظريف: a whole name, the subject before the object)
        end = tokens[last].end
        if kind == "person" and _n(tokens[last].text) in _CLUB_ENDS:
            kind = "organisation"  # ستوك سيتي, مانشستر يونايتد: a club
        ar = ar or _strip_marks(text[start:end])
        if kind == "organisation":
            ar, en = _without_country(ar, en)
            en = en.replace("Air Airlines", "Airlines")  # الخطوط الجوية: the head says "air"
        for i in range(first, last + 1):
            taken[i] = True
        found.append(NamedCandidate(ar, en, kind, guess, start, end, quoted, listed))

    _agency_credit_pass(tokens, taken, text, claim)
    _official_outlet_pass(tokens, taken, text, claim)
    _outlet_pass(tokens, taken, text, claim)
    _latin_outlet_pass(tokens, taken, text, claim)
    _acronym_pass(tokens, taken, text, claim)
    _five_plus_one_pass(tokens, taken, text, claim)
    _quoted_pass(tokens, taken, text, claim)
    _share_pass(tokens, taken, text, claim)
    _capital_pass(tokens, taken, text, claim)
    _foreign_paper_pass(tokens, taken, text, claim)
    if sports:
        _club_suffix_pass(tokens, taken, text, claim)
    _club_pass(tokens, taken, text, claim, sports)
    if sports:
        _foreign_club_pass(tokens, taken, text, claim)
    _education_pass(tokens, taken, text, claim)
    _known_bodies_pass(tokens, taken, text, claim)
    _org_pass(tokens, taken, text, claim)
    _body_of_registered_pass(tokens, taken, text, claim, registered)
    _institution_pass(tokens, taken, text, claim)
    _feature_pass(tokens, taken, text, claim)
    _emirate_pass(tokens, taken, text, claim)
    _starring_pass(tokens, taken, text, claim)
    _traded_company_pass(tokens, taken, text, claim)
    _framed_stock_list_pass(tokens, taken, text, claim)  # before a place reads أسمنت حائل
    _gazetteer_pass(tokens, taken, text, claim)
    _region_pass(tokens, taken, text, claim)
    _aged_pass(tokens, taken, text, claim)
    _crowned_pass(tokens, taken, text, claim)
    _name_alone_on_its_line(tokens, taken, text, claim)
    _person_pass(tokens, taken, text, claim)
    _names_with_particles(tokens, taken, text, claim, listed=True)
    _kin_list_pass(tokens, taken, text, claim)
    _cast_list_pass(tokens, taken, text, claim)
    _foreign_list_pass(tokens, taken, text, claim)
    _nationality_name_pass(tokens, taken, text, claim, sports)
    _each_of_pass(tokens, taken, text, claim)
    _famous_alone_pass(tokens, taken, text, claim)
    _town_pass(tokens, taken, text, claim)
    _place_list_pass(tokens, taken, text, claim)
    _district_list_pass(tokens, taken, text, claim)
    _place_run_pass(tokens, taken, text, claim)
    _stock_list_pass(tokens, taken, text, claim)
    if sports:
        _lineup_pass(tokens, taken, text, claim)
        if not _other_games_in(text if story is None else story):
            found = [_football_federation(c) for c in found]
    found = _without_zeal(found, text, text if story is None else story)
    return sorted(_places_by_the_story(found, text if story is None else story),
                  key=lambda c: c.start)


# حماس is also "zeal": بحماس and بكل حماس are "with zeal" (all 33 of ≡ 10-69, وبحماس among
# them, read so) but after a word of membership or ties (قيادي بحماس, علاقة بحماس) and where the
# story names Hamas without them (وحماس, حركة حماس; round 62's new-user review: لعب بحماس read
# as Hamas; its hostile pass: قال قيادي بحماس lost).
_TIES = (r"(?:ال)?(?:قيادي|قياديا|مسؤول|عضو|أعضاء|قائد|قادة|ناشط|عناصر|مقاتلي|علاق[ةت]\w*"
         r"|ارتباط\w*|بالارتباط|تربط\w*|صل[ةت]\w*|اتصال\w*|الاستهانة)")
_ZEAL = re.compile(rf"(?<!\w)(?!{_TIES}\s)\w*\s+[وف]?(?:ب|بكل |كل )حماس(?!\w)"
                   r"|^[وف]?(?:ب|بكل |كل )حماس(?!\w)")
_HAMAS_NAMED = re.compile(rf"(?<!كل )(?<!\w)[وفل]?حماس(?!\w)|(?<!\w){_TIES}\s+بحماس(?!\w)")


@functools.lru_cache(maxsize=8)
def _names_hamas(story: str) -> bool:
    """Say whether a story names Hamas other than as "zeal" (read once a story: a long file of
    paragraphs with بكل حماس was read again for each; the hostile pass, 900 s for 1 MB)."""
    return _HAMAS_NAMED.search(story) is not None


def _without_zeal(found: list[NamedCandidate], text: str, story: str) -> list[NamedCandidate]:
    """Leave out حماس where it is "zeal" (بحماس كبير), not Hamas."""
    if not any(c.ar == "حماس" for c in found) or _names_hamas(story):
        return found
    zeal = {m.end() for m in _ZEAL.finditer(text)}
    return [c for c in found if not (c.ar == "حماس" and c.end in zeal)]


# A game other than football named in a sports report: its union is that game's.
_OTHER_GAMES = re.compile(r"(?:كر[ةه]\s+(?:السل[ةه]|اليد|الطائر[ةه]|الماء)|الكر[ةه]\s+الطائر[ةه]"
                          r"|التنس|الإسكواش|الاسكواش|ألعاب\s+القوى|العاب\s+القوى|السباح[ةه]"
                          r"|الفروسي[ةه]|الملاكم[ةه]|المصارع[ةه]|الرماي[ةه]|الجودو|التايكوندو"
                          r"|الكاراتيه|الدراجات|الجولف|الغولف|الهوكي|الرجبي|البيسبول)")


def _football_federation(candidate: NamedCandidate) -> NamedCandidate:
    """In a sports report that names no other game, a country's union named by its nisba alone
    is its football federation (الاتحاد السعودي: Saudi Football Federation, الاتحاد الإنجليزي:
    the FA), as the gold gives it; not a continent's (الاتحاد الآسيوي)."""
    words = candidate.ar.split()
    if (candidate.kind != "organisation" or len(words) != 2 or not candidate.en.endswith(" Union")
            or _n(words[0]) not in (_n("الاتحاد"), _n("اتحاد"))
            or not _n(words[1]).endswith("ي") or _n(words[1]) in _CONTINENTS_EN
            or not _nationality(words[1])):
        return candidate
    if _n(words[1]) in (_n("الإنجليزي"), _n("الانجليزي")):
        return replace(candidate, en="The Football Association")
    return replace(candidate, en=candidate.en.removesuffix("Union") + "Football Federation")


def _ends_with_a_past_verb(word: str, ar: str | None) -> bool:
    """Say whether a body's last word is a verb in the past of four letters that a paper
    writes after a name (ميليت نشرت, "Milliyet published"), not a name's word (واشنطن بوست:
    no verb يبوس), and ends the Arabic given for the body, if any."""
    return (re.fullmatch(r"\w{3}ت", word) is not None and is_common_bare_word(word)
            and is_common_present("ي" + word[:-1]) and not is_known_name(word)
            and (ar is None or ar.endswith(" " + word)))


# Places of one spelling in two countries, each read as the other where the story is set
# there and names nothing of the first: عمان is Oman, and Jordan's capital Amman where the
# story speaks of Jordan by its nisba, its king, government or capital, or of Amman's
# mayoralty (العاصمة الأردنية عمان, ملك الأردن);
# زنجبار is Zanzibar, and Zinjibar, the capital of Yemen's Abyan (زنجبار، عاصمة محافظة ابين).
_PLACES_BY_THE_STORY = tuple((_n(ar), listed, other, re.compile(story), re.compile(not_story))
                             for ar, listed, other, story, not_story in (
    ("عمان", "Oman", "Amman", r"ال[أا]ردني|[أا]مان[ةه] عمان|[أا]مين عمان|(?:ملك|عاهل|حكوم[ةه]"
     r"|عاصم[ةه]) ال[أا]ردن|(?<!\w)(?:لل|بال)[أا]ردن|(?<!\w)في ال[أا]ردن",
     r"سلطن[ةه]|العماني|مسقط|قابوس|خليج عمان|بحر عمان|الخليج|نفط عمان"),
    ("زنجبار", "Zanzibar", "Zinjibar", r"[أا]بين|اليمن", r"تنزاني"),
))


def _places_by_the_story(found: list[NamedCandidate], text: str) -> list[NamedCandidate]:
    """Read a place of two countries by the story it stands in (عمان: Oman or Amman)."""
    for ar, listed, other in _other_readings(text):
        found = [replace(c, en=other) if c.kind == "place" and c.en == listed
                 and _n(c.ar) == ar else c for c in found]
    return found


@functools.lru_cache(maxsize=8)
def _other_games_in(story: str) -> bool:
    """Say whether a story names a game other than football (once a story, as below: a
    search of the whole story for each of its paragraphs made a long sports file quadratic)."""
    return _OTHER_GAMES.search(story) is not None


@functools.lru_cache(maxsize=8)
def _other_readings(text: str) -> tuple[tuple[str, str, str], ...]:
    """The places of two countries a story reads as the second (once a story: a source's
    paragraphs share one, and a string keeps its hash)."""
    return tuple((ar, listed, other) for ar, listed, other, story, not_story
                 in _PLACES_BY_THE_STORY if story.search(text) and not not_story.search(text))


_OPENING, _CLOSING = "«\"“(", "»\"”)"  # quotes and brackets around a name


def _quoted(tokens, j: int, text: str) -> int | None:
    """Return the last token of a name of one to four words set in quotes or brackets just
    before token j (صحيفة «لوموند», شركة (بالاس انترتينمنت)), or None."""
    gap = text[tokens[j - 1].end:tokens[j].start] if j < len(tokens) else ""
    if not re.fullmatch(rf"\s*[{_OPENING}]", gap):
        return None
    for last in range(j, min(j + 4, len(tokens))):
        if last > j and not re.fullmatch(r"[ \-.]+", text[tokens[last - 1].end:tokens[last].start]):
            return None
        if text[tokens[last].end:tokens[last].end + 1] in _CLOSING:
            return last
    return None


_WEB_OUTLETS = _set("سبق تواصل الوئام المواطن")
_DATELINE_REACH = 60  # a dateline opens the article: its writer, the outlet, the city
_DATELINE_END = re.compile(r"\s*(?::|[-–]\s*\w+(?:\s+\w+)?\s*:)")  # - سبق- جازان: or - سبق:


# An outlet opening a line, then its city after a dash: عين اليوم – أبوظبي, الوئام - الرياض:
# (a place the gazetteer knows, or what stands for one: متابعات, وكالات)
_OPENING_DATELINE_END = re.compile(r"[ \t]*[-–ـ][ \t]*(?P<city>\w+(?:[ \t]+\w+)?)[ \t]*(?::|\n|$)")
_DATELINE_NO_CITY = _set("متابعات وكالات خاص")


def _outlet_pass(tokens, taken, text, claim) -> None:
    """A newspaper whose name is a common word, in quotes, not brackets (لـ"الوطن", ورصدت
    «عكاظ»; (الرياض) is the city), or, for a web outlet, between the dashes of the dateline
    that opens the text (فهد كاملي- سبق- جازان), or opening a line before a dash and its city
    (عين اليوم – أبوظبي: an outlet of two words or a web outlet; الرياض - واس is the city)."""
    for i, token in enumerate(tokens):
        if taken[i] or i and _as(tokens[i - 1], _ORG_HEADS):
            continue  # صحيفة "الرياض": the quoted-name pass keeps the head
        for last in range(min(i + 2, len(tokens) - 1), i - 1, -1):
            words = " ".join(t.text for t in tokens[i:last + 1])
            known = outlets().get(_n(words))
            if known is None or any(taken[i:last + 1]):
                continue
            before = text[max(0, token.start - 2):token.start]
            after = text[tokens[last].end:tokens[last].end + 2]
            quoted = re.search(r"[«\"“]\s*$", before) and re.match(r"\s*[»\"”]", after)
            dateline = (_n(words) in _WEB_OUTLETS and token.start < _DATELINE_REACH
                        and re.search(r"[-–]\s*$", before) and _DATELINE_END.match(
                            text, tokens[last].end)
                        or (last > i or _n(words) in _WEB_OUTLETS)
                        and (token.start == 0 or text[token.start - 1] == "\n")
                        and (end := _OPENING_DATELINE_END.match(text, tokens[last].end))
                        and (_n(end["city"]) in places() or _n(end["city"]) in _DATELINE_NO_CITY))
            if quoted or dateline:
                claim(i, last, token.start, known[1], "organisation", False, words)
                break


# A paper's head, and the English article a foreign paper's name may open with (ذي ستاندارد).
_PAPER_HEADS = _set("صحيفة الصحيفة جريدة الجريدة مجلة المجلة دورية")
_ENGLISH_THE = _set("ذي ذا")


# Heads of an outlet whose name may follow in Latin letters: موقع BuzzFeed, صحيفة The Times.
_OUTLET_HEADS = _set("موقع شبكة صحيفة جريدة مجلة وكالة قناة")
# A capitalised word in Latin letters: Tolo, BuzzFeed, MBC, iTunes.
_LATIN_WORD = re.compile(r"[A-ZÀ-Þ][A-Za-zÀ-ÿ0-9&.'’-]*|[a-z]+[A-Z][A-Za-z0-9]*")


def _latin_outlet_pass(tokens, taken, text, claim) -> None:
    """Take an outlet named in Latin letters after its head (بحسب موقع Tolo News, لموقع
    Telegraph): one to four capitalised words, the name and its English alike."""
    for i, token in enumerate(tokens):
        if taken[i] or _as(token, _OUTLET_HEADS) is None:
            continue
        last = i
        while (last + 1 < len(tokens) and last - i < 4 and not taken[last + 1]
               and text[tokens[last].end:tokens[last + 1].start] in (" ", "-")
               and _LATIN_WORD.fullmatch(tokens[last + 1].text)):
            last += 1
        name = text[tokens[i + 1].start:tokens[last].end] if last > i else ""
        short = len(name) == 2 and name.isupper() and _n(token.core) != _n("موقع")
        if (len(name) > 2 or short) and name not in _NOT_BODIES:  # وكالة AP, قناة RT; not موقع
            # PDF, a file, nor موقع OK, قناة A
            claim(i + 1, last, tokens[i + 1].start, name, "organisation", False, name)


def _foreign_paper_pass(tokens, taken, text, claim) -> None:
    """A foreign paper named in words no table knows after its head, where the name opens with
    the English article (صحيفة ذي ستاندارد, ذا استراليان) or its country's nisba follows it
    (صحيفة دايلي ميل البريطانية); not صحيفة عكاظ بينت ("showed"), with neither."""
    for i, token in enumerate(tokens):
        if taken[i] or not _as(token, _PAPER_HEADS) or i + 2 >= len(tokens):
            continue
        the = _n(tokens[i + 1].text) in _ENGLISH_THE and _joined(tokens, i + 1, text)
        k = i + 1 + the
        while (k < len(tokens) and k - i <= 3 + the and not taken[k] and _joined(tokens, k, text)
               and text[tokens[k - 1].end:tokens[k].start] == " "
               and _foreign_title_word(tokens[k].text)):
            k += 1
        if k == i + 1 + the:
            continue
        nisba = (k < len(tokens) and _joined(tokens, k, text) and _nationality(tokens[k].text)
                 and _n(tokens[k].text).endswith("يه"))
        if not (the or nisba):
            continue
        words = " ".join(t.text for t in tokens[i + 1:k])
        bare = " ".join(t.text for t in tokens[i + 1 + the:k])  # إندبندنت after ذي
        known = any(_n(name) in organisations() for name in (words, bare, f"{token.text} {words}"))
        place = _n(words) in places() or the and _n(
            f"{tokens[i + 1].text} {tokens[i + 2].text}") in places()
        if known or place:
            continue  # وول ستريت جورنال, هآرتس: the body pass knows them; ذي قار, a province
        english = " ".join(  # a place's English (واشنطن), the rest a guess
            places()[_n(t.text)][1] if _n(t.text) in places() else romanize_name(t.text)[0]
            for t in tokens[i + 1 + the:k])
        claim(i + 1, k - 1, tokens[i + 1].start, ("The " if the else "") + english,
              "organisation", True)


def _foreign_title_word(word: str) -> bool:
    """Say whether a word may be part of a foreign paper's name: no article, function word,
    head, title, feminine noun, preposition and noun or verb in the past (ستاندارد, ديلي,
    واشنطن, بوست; not بينت, يومية). The corpus knows the names of the papers it quotes, so its
    common words are no test here: the cue is the English article or the nisba."""
    key = _n(word)
    return (len(key) >= 2 and not _article(word) and key not in _STOP and key not in _TITLES
            and key not in _ORG_HEADS and key not in _SAYING and not key.endswith("ه")
            and not _prepositional(word) and not re.fullmatch(r"\w{3}ت|\w{2}ا\wت", word)
            and not (key.endswith("ا") and is_common_bare_word(word))  # ذا استراليان نقلا
            and not (re.match(r"[يتن]\w{3}", word) and is_common_bare_word(word))  # تصدر
            and word[0] not in "«\"“(")


_AGENCY_HEADS = _set("وكالة الوكالة")
_NEWS_WORDS = _set("أنباء الأنباء انباء الانباء")


# Heads of a medium, a name only in quotes after them: شبكة "اي بي سي نيوز", موقع “فيتو”
# (without quotes, شبكة الطرق and موقع الحادث are a network and a site).
_MEDIA_HEADS = {_n(k): v for k, v in {"شبكة": "network", "موقع": "website",
                                       "تلفزيون": "TV"}.items()}  # تلفزيون «غلوبو»: Globo TV


# A blessing after a name, in quotes or brackets: رحمه الله, حفظه الله, شفاه الله.
_BLESSING = re.compile(r"\w{2,}ه\s+الله")


def _quoted_pass(tokens, taken, text, claim) -> None:
    """Names in quotes after an organisation's or a region's head or a person's title:
    صحيفة «لوموند», مقاطعة "كنت", فريق «أريس ليماسول», مدرب الاتحاد «بولوني»."""
    for i, token in enumerate(tokens):
        if taken[i] or i + 1 >= len(tokens):
            continue
        org, region = _as(token, _ORG_HEADS) or _as(token, _MEDIA_HEADS), _as(token, _REGION_HEADS)
        if org and _n(org[0]) in _NISBA_FIRST:
            org = None  # ساحات المركز (المول …): a word explained in brackets
        title = _as(token, _TITLES)
        j = i + 1
        if org and _n(org[0]) in _AGENCY_HEADS and _n(tokens[j].text) in _NEWS_WORDS:
            j += 1  # وكالة أنباء "الأناضول": the agency's name after its kind
        if title and not org and not region:
            while j < len(tokens) and j - i <= 2 and _article(tokens[j].text) and _joined(
                    tokens, j, text):
                j += 1  # مدرب الاتحاد «بولوني»: the title's own complement first
        last = _quoted(tokens, j, text)
        if last is None or not (org or region or title):
            continue
        words = " ".join(t.text for t in tokens[j:last + 1])
        if _BLESSING.fullmatch(words) and not is_known_given(words.split()[0]):  # (هبه الله)
            continue  # مساعد السويلم "شفاه الله": a blessing after a man's name (round 71)
        television = org is not None and _n(org[0]) == _n("تلفزيون")
        if television and _n(words) == _n("الواقع"):
            continue  # برنامج تلفزيون «الواقع»: reality television, no station
        known = (organisations().get(_n(words)) or outlets().get(_n(words))
                 or organisations().get(_n(f"{org[0]} {words}"))
                 or (organisations().get(_n(f"قناة {words}"))
                     or outlets().get(_n(f"قناة {words}")) if television else None)
                 ) if org else None
        if any(taken[j:last + 1]) and not (known and not all(taken[j:last + 1])):
            continue  # but صحيفة "واشنطن بوست": the outlet, though the registry knows واشنطن
        press = org is not None and (_n(org[0]) in _PRESS_HEADS or television)  # (موقع
        # "السعودية": the airline's website, no site of its own)
        if (org and _article(org[0]) and not press and j == i + 1
                and "(" in text[tokens[i].end:tokens[j].start]):
            continue  # الدرجة الجامعة (بكالوريوس): a word explained in brackets after a head
            # with the article, not its name (which takes quotes: الشركة «أرامكو»)
        if last == j and _article(tokens[j].text) and _n(tokens[j].text).endswith(("ي", "يه")) and (
                not press or "(" in text[tokens[j - 1].end:tokens[j].start]):
            continue  # وزير الخارجية (الروسي): an adjective in brackets, not a name (but
            # صحيفة "الاقتصادية", مجلة “العربية”: a paper or magazine so named, in quotes)
        english, guess = romanize_name(words)
        if org:
            # وكالة (رويترز): Reuters, not Ruytrz; صحيفة «الوطن»: Al-Watan
            head_en = _ORG_HEADS.get(_n(org[0])) or _MEDIA_HEADS[_n(org[0])]
            english = known[1] if known else _with_head(english, head_en)
            claim(i, last, org[1], english, "organisation", known is None,
                  _strip_marks(" ".join([org[0], *(t.text for t in tokens[i + 1:j]), words])))
        elif region:  # محافظة «الحديدة»: the gazetteer's Hodeidah, not a guess (round 43's
            # new-user review)
            english, guess = _place_english(words)
            claim(j, last, tokens[j].start, english, "place", guess, words)
        elif (len(words) > 2 and title is not None and _n(title[0]) not in _CALLED
              and not _as(tokens[j], _ORG_HEADS) and not _as(tokens[j], _CONTESTS)
              and not organisations().get(_n(words))):
            # (زعيم «حزب الله»: the party he leads, not his name)
            # (تدعى "رحلة البطل": the title of a film, not a person)
            # (كأس الملك (كأس خادم الحرمين الشريفين): the cup's other name; round 63's
            # fourhundredthirtyfour)
            claim(j, last, tokens[j].start, english, "person", guess, words, quoted=True)


_CONTESTS = _set("كأس كاس بطولة دوري مسابقة جائزة")
_SHARES = _set("سهم أسهم اسهم سهمي")  # a company's share: سهم "سبكيم"


def _share_pass(tokens, taken, text, claim) -> None:
    """Companies named in quotes after a word for their share, and those listed after them
    in quotes with و (تصدر سهم "سبكيم" ... تلاه سهم "إعمار" و"كيان" و "سابك")."""
    for i, token in enumerate(tokens):
        if _as(token, _SHARES) is None or i + 1 >= len(tokens):
            continue
        j = i + 1
        while j < len(tokens):
            last = _quoted(tokens, j, text)
            if last is None or any(taken[j:last + 1]) or last - j > 2 or any(
                    _n(t.text) in _STOP for t in tokens[j:last + 1]) or len(tokens[j].text) < 2:
                break
            words = " ".join(t.text for t in tokens[j:last + 1])
            known = organisations().get(_n(words))
            english = known[1] if known else romanize_name(words)[0]
            claim(j, last, tokens[j].start, english, "organisation", known is None, words)
            after = last + 1
            if after + 1 < len(tokens) and tokens[after].text == "و":
                between = text[tokens[last].end:tokens[after].start] + "و" + text[
                    tokens[after].end:tokens[after + 1].start]
                after += 1  # و "سابك", و"كيان": the و a token of its own before a quote
            else:
                between = text[tokens[last].end:tokens[after].start] if after < len(
                    tokens) else ""
            if not re.fullmatch(r"\s*[»\"”)]\s*[،,]?\s*و\s*[«\"“(]\s*", between):
                break
            j = after


_CAPITAL_HEADS = _set("شركة مؤسسة")
_CAPITAL = _set("برأسمال برأسماله")


def _capital_pass(tokens, taken, text, claim) -> None:
    """A company named before its capital (تأسيس شركة مصنع النافع لمواد البناء برأسمال 2 مليون
    ريال, وشركة سعد ابراهيم الهداب وأولاده القابضة برأسمال): its words from the head to برأسمال
    (or برأس مال), one to ten after the head, with nothing but spaces between and no
    function word, are its
    name, its trade, its owner's name, وأولاده and القابضة with it."""
    for i, token in enumerate(tokens):
        read = _as(token, _CAPITAL_HEADS)
        if read is None or taken[i]:
            continue
        head, head_start = read
        for k in range(i + 1, min(i + 12, len(tokens))):
            if not _joined(tokens, k, text) or taken[k]:
                break
            at_capital = _n(tokens[k].text) in _CAPITAL or (
                _n(tokens[k].text) == _n("برأس") and k + 1 < len(tokens)
                and _n(tokens[k + 1].text) == _n("مال"))
            if at_capital:
                rest = [t.text for t in tokens[i + 1:k]]
                if len(rest) >= 1 and not any(_n(word) in _STOP for word in rest):
                    known = organisations().get(_n(" ".join(rest)))
                    english = known[1] if known else _org_english(head, rest)
                    claim(i, k - 1, head_start, english, "organisation", known is None,
                          _strip_marks(head + text[token.end:tokens[k - 1].end]))
                break


_GAME = frozenset(_n(w) for w in (
    "مباراة مباراه المباراة مباريات الدوري دوري هدف هدفين أهداف اللاعب لاعب لاعبي المدرب مدرب "
    "الفريق نادي النادي بطولة البطولة الملعب ملعب ركلة جزاء تعادل الشوط المنتخب "
    "لكرة الملاعب مهاجم المهاجم مدافع المدافع الهداف هداف اللاعبين لاعبين المحترف الأندية "
    "أندية المباريات التشكيلة كأس تصفيات السوبر صافرة ملاعب الإياب إياب"  # كأس السوبر: a cup
    " هدفي مرمى المرمى مرماه كلاسيكو الكلاسيكو ديربي الديربي استاد الاستاد"  # (round 63's
    # fourhundredthirtyfour: a cup's semi-final with four words of the game before these)
).split())
# Clubs whose names are common words even on a sports page (أحد "one of", الاتفاق "the
# agreement", العربي "Arab"): only after a word of the game or beside another club.
_CLUBS_WORDS = _set("أندية الأندية فرق الفرق")  # before a colon and a list of clubs
_ALWAYS_CUED = _set("أحد الاتفاق التعاون العربي الوطني الأمل الخليج العين الرائد الوحدة النهضة"
                    " الشباب النجوم الجيل")  # youth, stars, the generation (round 66)


def is_sports(texts) -> bool:
    """Say whether texts are a sports report: at least five words of the game among them, each
    as written or without its particles (لاعب, بطولة: read without their first letter alone,
    as ل and ب, they were never counted; round 66's fourhundredfiftysix)."""
    return sum(1 for text in texts for m in _TOKEN.finditer(text)
               if (_n(word := _strip_marks(m.group())) in _GAME and _n(word) not in _STARRING
                   or _n(_core(word)[0]) in _GAME)
               and not (_n(word) in _AIMING and not _A_GOAL_AFTER.match(text, m.end()))) >= 5


# بهدف, "aiming to", is no goal (هدف) of the game, but for a match's (بهدف نظيف, بهدف دون رد:
# the hostile pass over round 66's fixes); بطولة as written is as often "starring" or
# "heroism" (من بطولة الفنان, بطولة رجال الأمن) as a championship (_STARRING, a film's words).
_AIMING = _set("بهدف وبهدف")
_A_GOAL_AFTER = re.compile(r"\s+(?:نظيف|وحيد|دون|مقابل|قاتل|يتيم|واحد|رأسي|مباغت)(?!\w)")


# Heads of a club or a paper, whose nationality after the name only tells its country (a
# journal's is often its name's: مجلة الرابطة الطبية الأمريكية).
_COUNTRY_TOLD_HEADS = _CLUB_HEADS | _set("صحيفة جريدة قناة")
_CONTINENTAL = frozenset({"European", "African", "Asian", "Arab", "Gulf", "International"})


def _same_english(one: str, other: str) -> bool:
    """Say whether two English names are one but for case, hyphens and spaces (Al-Ain, Al Ain)."""
    return re.sub(r"[^a-z]", "", one.lower()) == re.sub(r"[^a-z]", "", other.lower())


def _country_told(word: str) -> bool:
    """Say whether a word is a country's nationality with the article (القطري, البريطانية),
    not a continent's or a region's (الأوروبية, الساحلي)."""
    key = _n(word)
    stem = key[:-2] if key.endswith("يه") else key[:-1] if key.endswith("ي") else None
    told = _WORDS_EN.get(stem + "ي") if stem and _article(word) else None
    return told in _NATIONALITY and told not in _CONTINENTAL


def _without_country(ar: str, en: str) -> tuple[str, str]:
    """A club the table knows, or a club or an outlet named with its head, and the nationality
    that only tells its country (العين الإماراتي → العين, نادي الخور القطري → نادي الخور,
    "al-Khur club"; صحيفة التلغراف البريطانية → صحيفة التلغراف): the nationality is no part
    of the name."""
    words = ar.split()
    head = _n(words[0]) in _COUNTRY_TOLD_HEADS
    name = words[1:] if head else words
    if len(name) < 2 or not _country_told(words[-1]):
        return ar, en
    table = clubs()
    full, bare = table.get(_n(" ".join(name))), table.get(_n(" ".join(name[:-1])))
    if full:
        if bare and not _same_english(full[1], bare[1]):
            return ar, en  # النصر الإماراتي, فريق القادسية الكويتي: the table tells that club
            # from النصر, القادسية
    elif not head or any(is_common_word(word if _article(word) else "ال" + word)
                         and _n(word) not in places() for word in name[:-1]):
        return ar, en  # صحيفة الوطن الكويتية, نادي الأسير الفلسطيني: a name of words, which the
        # country tells from another
    country = _WORDS_EN.get(_n(words[-1])) or ""
    if country and en.startswith(country + " "):
        en = en[len(country) + 1:]
    return " ".join(words[:-1]), en


def _club_pass(tokens, taken, text, claim, sports: bool = False) -> None:
    """Football clubs: a name of two words or more anywhere (ريال مدريد, الأهلي المصري); a
    name of one word (الهلال, الاتحاد, الشباب: common words too) only after a word of the game
    (لاعب الهلال, مدرب الاتحاد, فريق النصر) or joined by و to a club just found."""
    table = clubs()
    i, previous_club = 0, -2
    while i < len(tokens):
        hit = None
        for length in (4, 3, 2, 1):
            last = i + length - 1
            if last >= len(tokens) or any(taken[i:last + 1]) or not all(
                    _joined(tokens, k, text) for k in range(i + 1, last + 1)):
                continue
            for reading, start in _readings(tokens[i]):
                words = " ".join([reading, *(t.text for t in tokens[i + 1:last + 1])])
                if _n(words) in table:
                    hit = (last, start, words)
                    break
            if hit:
                break
        if hit is None:
            i += 1
            continue
        last, start, words = hit
        gap = text[tokens[i - 1].end:tokens[i].start] if i else ""
        cued = i > 0 and (_joined(tokens, i, text) and (
            _as(tokens[i - 1], _GAME_WORDS) is not None
            or previous_club == i - 1 and tokens[i].text[0] == "و")
            or previous_club == i - 1 and _LIST_GAP.fullmatch(gap) is not None
            or re.fullmatch(r"\s*:\s*", gap) is not None and _n(tokens[i - 1].text) in _CLUBS_WORDS
        ) or sports and last == i and _clubs_listed_after(tokens, i, text, table) >= 2
        # ثلاثة أندية: الأهلي، الوحدة، ونجران: a list of clubs; وهي التعاون، الشباب، الاتحاد:
        # the first of a list, cued by the clubs after it (round 66's fourhundredfiftysix)
        plain = (not _article(words) and _n(words) not in _cities() and len(words) > 3
                 and _n(words) not in CLUB_TOWNS)
        listed_longer = _place_at(tokens, taken, i, text) is not None or any(
            _n(" ".join(t.text for t in tokens[i:i + n])) in organisations() for n in (2, 3))
        longer = listed_longer or _adjective_next(tokens, i, text)  # الاتحاد السعودي لكرة
        # القدم: a longer name
        if cued and listed_longer and i > 0 and _as(tokens[i - 1], _DUAL_GAME_WORDS) is not None:
            cued = False  # فريقي الاتحاد الأوروبي والأمم المتحدة: the two bodies' teams, not
            # a club (round 60's hostile pass; but فريقي النصر السعودي: a club and its country)
        seat = (i > 0 and start != tokens[i].start and tokens[i].text[0] in "بل"
                and _article(tokens[i - 1].core))  # النادي الأدبي بالرياض, العامة للشباب
        common = last == i and _n(words) in _ALWAYS_CUED
        youth = i > 0 and _joined(tokens, i, text) and _as(tokens[i - 1], _OF_YOUTH) is not None
        # رعاية الشباب, رياضة الشباب: "youth", whatever the page
        federation = last == i and i + 1 < len(tokens) and (
            _nationality(tokens[i + 1].text) or _WORDS_EN.get(_n(tokens[i + 1].text)) == "Arab"
        ) and _joined(tokens, i + 1, text) and any(
            _complement_word(tokens[k].text) and _joined(tokens, k, text)
            for k in range(i + 2, min(i + 4, len(tokens))))  # الاتحاد السعودي لكرة القدم
        listed = last == i and any(  # رئيس الاتحاد الدولي لكرة القدم: FIFA, not Al-Ittihad
            _n(" ".join(t.text for t in tokens[i:i + n])) in organisations() for n in (3, 4, 5))
        named_after = i > 0 and _joined(tokens, i, text) and _n(
            tokens[i - 1].core) in _NAMED_AFTER_A_CITY  # جامعة ليون, مطار ميلانو: the city
        surname = (last == i and not cued and i > 0 and _joined(tokens, i, text)
                   and tokens[i - 1].end + 1 == tokens[i].start
                   and is_foreign_given(tokens[i - 1].text)
                   and (is_western_surname(tokens[i].text) or not sports))
        # برناردينو ليون, ليزا موناكو: a man's or a woman's surname, not Lyon or Monaco; but on
        # a sports page a player and his club (البرازيلي ويليان تشيلسي 35 مليون: the hostile pass)
        if federation or listed or named_after or surname or not cued and _city_named_as_place(
                tokens, i, last, words, text):
            i += 1
            continue
        if not youth and (last > i and _n(words) not in CLUB_TOWNS or cued or plain
                          or sports and not (longer or seat or common)):  # الهلال
            # in a report of a match, but not الهلال الأحمر or a body's seat or complement
            head = _as(tokens[i - 1], _CLUB_HEADS) if i else None
            if head and _joined(tokens, i, text):  # نادي الاتحاد: the club with its head
                claim(i - 1, last, head[1], table[_n(words)][1], "organisation", False,
                      _strip_marks(head[0] + text[tokens[i - 1].end:tokens[last].end]))
            else:
                claim(i, last, start, table[_n(words)][1], "organisation", False, words)
            previous_club = last
            i = last + 1
        else:
            i += 1


def _clubs_listed_after(tokens, i: int, text: str, table) -> int:
    """Count the clubs of one word listed after token i, each after a comma or a dash or
    joined by و (التعاون، الشباب، الاتحاد: two after التعاون; التعاون والشباب والخليج)."""
    count = 0
    for k in range(i + 1, min(i + 7, len(tokens))):
        gap = text[tokens[k - 1].end:tokens[k].start]
        joined = gap == " " and tokens[k].text[0] == "و"
        if (not joined and _LIST_GAP.fullmatch(gap) is None
                or not any(_n(reading) in table for reading, _ in _readings(tokens[k]))):
            break
        count += 1
    return count


_LIST_GAP = re.compile(r"\s*[،,\-–]\s*")  # (الهلال - النصر - الأهلي - الاتحاد - الشباب)


_OF_YOUTH = _set("رعاية رياضة فئة فئات قطاع شريحة")  # nouns of الشباب "youth"
# Heads of bodies and places named after their city, which is no club there (جامعة ليون).
_NAMED_AFTER_A_CITY = _set("جامعة كلية معهد مستشفى مطار ميناء بلدية محافظة مدينة بورصة سوق "
                           "متحف أوبرا")
# Words of a match report before a club's name: أمام سامبدوريا الإيطالي, فوزه على أخيسار التركي.
_CLUB_CUES = _set("نادي النادي فريق أمام ضد نظيره مواجهة لمواجهة على مع منافسه من إلى الى بين "
                  "هي أندية ناديي فريقي "
                  # verbs of meeting in a draw or a fixture (سيواجه سبورتنغ لشبونة البرتغالي)
                  "يواجه سيواجه واجه يلعب سيلعب يلتقي سيلتقي التقى يلاقي سيلاقي")


def _counted_noun(word: str) -> bool:
    """Say whether a word is the dual or plural in -ين/-ان/-ون of a common noun (هدفين from
    الهدف, لاعبين)."""
    key = _n(word)
    return (len(key) >= 5 and key.endswith(("ين", "ان", "ون"))
            and is_common_word("ال" + word[:-2]))


_IN_CITY = _set("في إلى الى داخل")
# A time after a city and the verb before it (تغادر الرياض مساء غد): the city left or reached,
# where a club would be the verb's subject (يغادر الرياض إلى أبها, يزور الرياض الهلال).
_TIME_AFTER_CITY = re.compile(r"\s+(?:مساء|صباح|فجر|ظهر|عصر|ليلة|اليوم|غدا|غدًا|أمس|امس"
                              r"|الأسبوع|متجها|متوجها|قادما|عائدا)(?!\w)")
# Verbs of leaving, reaching and visiting, whose object is a city (تغادر الرياض مساء غد).
_TO_OR_FROM_A_CITY = _set("غادر غادرت يغادر تغادر غادروا يغادرون وصل وصلت يصل تصل وصلوا "
                          "زار زارت يزور تزور")


def _city_named_as_place(tokens, i: int, last: int, words: str, text: str) -> bool:
    """Say whether a city that names a club is the city here: after a region's head, a
    preposition of place, or a verb of leaving or reaching and a time (بمدينة الرياض, في
    أبها, تغادر الرياض مساء غد), or opening a dateline (الرياض - واس)."""
    if _n(words) not in _cities():
        return False
    if i == 0 or "\n" in text[tokens[i - 1].end:tokens[i].start]:
        return re.match(r"\s*[-–:]", text[tokens[last].end:]) is not None
    before = tokens[i - 1]
    return _joined(tokens, i, text) and (_as(before, _REGION_HEADS) is not None
                                         or _n(before.text) in _IN_CITY
                                         or _n(before.core) in _TO_OR_FROM_A_CITY
                                         and bool(_TIME_AFTER_CITY.match(text, tokens[last].end)))


def _foreign_club_pass(tokens, taken, text, claim) -> None:
    """In a sports report, a club no table knows: one to three words that are no common word
    or known name, after a word of the game (or و after a club just found) and before a
    masculine nationality (فريق أريس ليماسول القبرصي, أمام موناكو الفرنسي), or with و in a
    list (هي أودينيزي الإيطالي وبورتسموث الإنجليزي) but after a role. A city takes the
    feminine (زوريخ السويسرية); the masculine agrees with the club (النادي, الفريق)."""
    i, previous = 0, -2
    while i < len(tokens):
        token = tokens[i]
        follows_club = token.text[0] == "و" and len(token.core) >= 3 and (
            previous == i - 1 or not (i and _as(tokens[i - 1], _ROLE_HEADS)))
        after_club = (i == previous and i + 1 < len(tokens)  # its nationality: البرتغالي
                      and tokens[i + 1].text[0] != "و")  # سسكا موسكو الروسي (a list's و: below)
        if not (follows_club or after_club or _as(token, _CLUB_CUES)) or taken[i]:
            i += 1
            continue
        first = i if follows_club else i + 1
        end = None
        for k in range(first + 1, min(first + 4, len(tokens))):
            if not _joined(tokens, k, text) or taken[k]:
                break
            if _nationality(tokens[k].text) and not _n(tokens[k].text).endswith("يه"):
                end = k
                break
        if end is None or first >= len(tokens) or taken[first] or not _joined(
                tokens, first, text) or not all(
                _club_word(tokens[k].text[1:] if k == first and follows_club else tokens[k].text)
                for k in range(first, end)) or end - first == 1 and (is_family_name(
                    tokens[first].text) or _article(tokens[first].text)):
            i += 1  # مع المالك الروسي للنادي: the owner, not a club (a foreign club no table
            # knows is written without the article: موناكو الفرنسي)
            continue
        start = tokens[first].start + 1 if follows_club else tokens[first].start  # وبورتسموث
        words = _strip_marks(text[start:tokens[end - 1].end])
        english, guess = _place_english(words)  # بورتسموث: the club has its city's name
        claim(first, end - 1, start, english, "organisation", guess, words)
        previous = end
        i = end  # the nationality may open the next club


_STOCK_CUE = re.compile(r"(?<!\w)(?:[وف]?(?:ب|ل)?(?:ال)?(?:أسهم|اسهم|سهم))(?!\w)")


def _stock_list_pass(tokens, taken, text, claim) -> None:
    """In a market report (أسهم, سهم), companies listed by their short names with commas or
    و, four or more in a row: ميدغلف للتأمين، والمتحدة للتأمين، وبروج، والدرع للتأمين. An
    item is one word, or one and its trade (للتأمين) or its adjective (الخدمات الأرضية), after
    the market's words (أسهم شركات سابك); a company found already keeps the row going."""
    if not _STOCK_CUE.search(text):
        return
    items: list[list[int]] = []  # each item's tokens
    for k, token in enumerate(tokens):
        gap = text[tokens[k - 1].end:token.start] if k else ""
        if not k or re.search(r"[،,]", gap) or token.text == "و" or (
                token.text[0] == "و" and len(token.text) > 3 and not is_known_name(token.text)):
            items.append([])
        if token.text != "و":
            items[-1].append(k)
        if re.search(r"[.:؛!؟%\d]", text[token.end:tokens[k + 1].start]
                     if k + 1 < len(tokens) else "."):
            items.append([])  # a full stop or a figure ends the list
    run: list[tuple[int, int, bool] | bool | None] = []  # None, False: found already
    after_intro = False  # the item after أسهم: its و is the name's (أسهم وفرة)
    least = 4  # items in a row; three when أسهم شركات opens the row itself
    for item in [*items, []]:
        intro = [n for n, k in enumerate(item) if _n(tokens[k].text.removeprefix("و"))
                 in _COMPANIES_FOLLOW]
        if intro and intro[-1] < len(item) - 1:
            if not run and intro[-1] >= 1:
                least = 3  # أسهم شركات الصقر للتأمين، وأنعام، وبترورابغ: a row of three
            item = item[intro[-1] + 1:]  # أسهم شركات سابك: the name after أسهم, شركات
        elif intro:  # وهبطت أسهم: the list starts with the next item
            if len(run) >= least:
                _claim_companies(tokens, text, run, claim)
            run, after_intro, least = [], True, 4
            continue
        traded = (len(item) >= 2 and taken[item[0]] and taken[item[1]]
                  and _n(tokens[item[1]].text) in _TRADES)
        found = item and (all(taken[k] for k in item) or taken[item[0]] and all(
            _n(tokens[k].text) in _MARKET for k in item[1:]))  # وبترورابغ الأكثر ارتفاعا
        if found or traded or _common_item(tokens, item):
            run.append(False if traded else None)  # a company found already (False: with
            # its trade, by _traded_company_pass), or a common word (والدار, والتأمين: a
            after_intro = False  # company or a sector): the row goes on, no name claimed
            continue
        company = _stock_item(tokens, taken, item, keep_wa=after_intro)
        after_intro = False
        if company:
            run.append(company)
            continue
        if len(run) >= least:
            _claim_companies(tokens, text, run, claim)
        run, least = [], 4


# What closes a market report's list of companies: الأكثر ارتفاعا, على رأس الشركات.
_LIST_CLOSE = _set("الأكثر الاكثر")
_ON_TOP = (_n("على"), _n("رأس"))


def _framed_stock_list_pass(tokens, taken, text, claim) -> None:
    """Claim the companies of a list framed by a market report's words, أسهم شركات before it and
    الأكثر or على رأس after it, three items or more, each of one to three words joined by
    commas or و (أسهم شركات سلامة، ورعاية، وبتروكيم، وساسكو على رأس الشركات الأكثر انخفاضا):
    inside such a frame a common noun (سلامة, رعاية) or a word like ب and a noun (بتروكيم) is a
    company's short name, which the unframed reading of _stock_list_pass refuses. Not a list
    with a place or a man in it (السعودية، والإمارات، وقطر على رأس الأسواق), nor one of common
    words only (صغيرة ومتوسطة وكبيرة الحجم): one item at least is a word the corpus does not
    know (ساسكو); sectors (والطيران، والسياحة) keep the row going, unclaimed."""
    for k in range(1, len(tokens) - 1):
        if not (_n(tokens[k].text) == _n("شركات") and _n(tokens[k - 1].core) in (
                _n("أسهم"), _n("اسهم"))):
            continue
        items: list[list[int]] = [[]]
        kept_wa: list[bool] = [True]  # the item's first word keeps its و (after a lone و)
        j, closed = k + 1, False
        while j < len(tokens) and j - k <= _FRAME_REACH:
            gap = text[tokens[j - 1].end:tokens[j].start]
            if re.search(r"[.:؛!؟%\d]", gap):
                break  # a full stop or a figure: no frame
            key = _n(tokens[j].text)
            if key in _LIST_CLOSE or (key, _n(tokens[j + 1].text) if j + 1 < len(tokens)
                                      else "") == _ON_TOP:
                closed = True
                break
            lone_wa = tokens[j - 1].text == "و"
            if items[-1] and (re.search(r"[،,]", gap) or tokens[j].text == "و"
                              or tokens[j].text[0] == "و" and len(tokens[j].text) > 3):
                items.append([])
                kept_wa.append(False)
            if tokens[j].text != "و":
                if not items[-1]:
                    kept_wa[-1] = kept_wa[-1] or lone_wa  # ،و وفرة: وفرة's own و
                items[-1].append(j)
            j += 1
        if not closed or len(items) < 3 or any(not 1 <= len(item) <= 3 for item in items):
            continue
        run = _framed_items(tokens, taken, items, kept_wa)
        if run and sum(1 for company in run if company) >= 2:
            _claim_companies(tokens, text, run, claim)


_FRAME_REACH = 40  # tokens from أسهم شركات to its list's end: a dozen items of three words


def _framed_items(tokens, taken, items: list[list[int]],
                  kept_wa: list[bool]) -> list[tuple[int, int, bool] | None]:
    """The companies of a framed list, None for an item found already or a sector, or [] when
    an item is no company's name (a place, a man, a verb, a function word) or none of them is
    surely one (a word the corpus does not know: ساسكو, but not سلامة, though listed)."""
    run: list[tuple[int, int, bool] | None] = []
    sure = False
    for item, keep in zip(items, kept_wa, strict=True):
        first = tokens[item[0]].text
        word = first[_joining_wa(first, keep):]
        words = " ".join([word, *(tokens[m].text for m in item[1:])])
        listed = _known_company(words) is not None
        if any(taken[m] for m in item) or not listed and _common_item(tokens, item):
            run.append(None)  # found already (الانماء طوكيو: Tokyo), or a sector (والطيران)
            continue
        if not listed and (
                len(_n(word)) < 3 or _n(word) in _STOP or _n(word) in _MARKET
                or re.match(r"[يت]\w{3}", word) or _n(word) in places()
                or is_known_given(word) or _nationality("ال" + word) or _nationality(word)
                or any(_n(tokens[m].text) in _STOP or _n(tokens[m].text) in _MARKET
                       for m in item[1:])):
            return []  # a country, a town, a man, a verb, an adjective of nationality
        sure = sure or not (is_common_bare_word(word) or is_common_word(word)
                            or is_common_word("ال" + word))  # ساسكو, نادك (not سلامة)
        run.append((item[0], item[-1], keep))
    return run if sure else []


def _traded_company_pass(tokens, taken, text, claim) -> None:
    """In a market report, a company named by a word and its trade (السعودية للتموين,
    المتحدة للتأمين, اليمامة للأسمنت), before the gazetteer reads the first word as a place."""
    if not (_STOCK_CUE.search(text) and _MARKET_REPORT.search(text)):
        return  # وقد أسهم ذلك في توجه مصر للاستثمار: "contributed", no market
    for k in range(len(tokens) - 1):
        trade = _TRADES.get(_n(tokens[k + 1].text))
        if (trade is None or taken[k] or taken[k + 1]
                or text[tokens[k].end:tokens[k + 1].start] != " "):
            continue
        first = tokens[k].text
        start = tokens[k].start + ((len(first) > 4 or _n(first[1:]) in places())
                                   and _joining_wa(first))
        word = text[start:tokens[k].end]  # والمتحدة, ودبي, but وفاء للتأمين keeps its و
        listed = start > tokens[k].start or k and (
            _n(tokens[k - 1].text) in _COMPANIES_FOLLOW
            or re.search(r"[،,]", text[tokens[k - 1].end:tokens[k].start]))
        if not listed or _n(f"{word} {tokens[k + 1].text}") in organisations():
            continue  # الحكومة السعودية للتموين; مصر للطيران: EgyptAir, as the table says
        if (not (_stock_word(word) or _n(word) in places()) or _n(word) in _COMPANIES_FOLLOW
                or re.search(r"(?:ون|ين|ات)$", word)  # المستثمرون للاستثمار: a plural
                or not _article(word) and is_common_bare_word(word)
                and _n(word) not in places()):
            continue  # not قابلية للتطوير: a noun the corpus knows
        if (_n(tokens[k + 1].text) in _WORDY_TRADES and not _article(word)
                and _n(word) not in places()):
            continue  # فرصة للاستثمار: a trade that follows nouns too wants الشرقية or دبي
        last = k + 1
        while (last + 1 < len(tokens) and last - k < 3 and not taken[last + 1]
               and text[tokens[last].end:tokens[last + 1].start] == " "
               and _article(tokens[last + 1].text) and _stock_word(tokens[last + 1].text)
               and adjective_word(_n(tokens[last + 1].text))):
            last += 1  # الحياة للصناعات الدوائية: the trade's adjective
        name = _strip_marks(text[start:tokens[last].end])
        bare = _strip_marks(word)
        listed = listed_companies().get(_n(word))  # بوبا للتأمين: Bupa Arabia, not Buba
        word_en = _COMPANY_ADJECTIVES.get(_n(word)) or (
            _place_english(bare)[0] if _n(word) in places() else romanize_name(bare)[0])
        claim(k, last, start, listed or f"{word_en} {trade}", "organisation", not listed, name)


# A market report's words, beside a share (أسهم, سهم), which is also "contributed".
_MARKET_REPORT = re.compile(
    r"مؤشر|تداول|البورصة|السوق المالية|سوق الأسهم|الأسهم|نقطة|[أا]سهم شرك|سهم \"")


# Trades that follow common nouns as often (فرصة للاستثمار, خطة للتطوير).
_WORDY_TRADES = _set("للاستثمار للتطوير للخدمات للتعليم للتسويق للتجارة للنقل للصناعات")


# The adjectives that open companies' names, in English: السعودية للتموين, Saudi Catering.
_COMPANY_ADJECTIVES = {_n(k): v for k, v in {
    "السعودية": "Saudi", "الوطنية": "National", "المتحدة": "United", "العربية": "Arabian",
    "الخليجية": "Gulf", "المتقدمة": "Advanced", "الأهلية": "Ahlia", "التعاونية": "Tawuniya",
    "الأهلي": "Al Ahli", "المصرية": "Egyptian", "الكويتية": "Kuwaiti", "الإمارات": "Emirates",
    }.items()}


def _common_item(tokens, item: list[int]) -> bool:
    """Say whether a listed item is one common word with the article (والتأمين, والنفط,
    والدار) or a noun and its adjective (الصناعات الغذائية, الخدمات الأرضية): a sector, a
    good, or a company that shares its name with words. A word that follows a given name in
    a tenth of its uses or more is a family's name too (الراجحي), and a company's."""
    if not 1 <= len(item) <= 2:
        return False
    word = tokens[item[0]].text
    word = word[_joining_wa(word):]
    if len(item) == 2:
        second = tokens[item[1]].text
        return _article(word) and _article(second) and adjective_word(_n(second))
    return _article(word) and is_common_word(word, at_most=0.1)


def _claim_companies(tokens, text: str, run, claim) -> None:
    """Claim the companies of a market report's list, each without the و that joins it: two
    or more beside those found already and the common words (a list of nationalities with
    one word no table knows, السنغافوري, is no list of companies)."""
    if sum(1 for company in run if company or company is False) < 2:
        return
    for company in filter(None, run):
        first, last, keep_wa = company
        start = tokens[first].start + _joining_wa(tokens[first].text, keep_wa)
        name = _strip_marks(text[start:tokens[last].end])
        *head, trade = name.split()
        english = _known_company(name)
        if english is None:
            english = (f"{romanize_name(' '.join(head))[0]} {_TRADES[_n(trade)]}"
                       if head and _n(trade) in _TRADES else romanize_name(name)[0])
            claim(first, last, start, english, "organisation", True, name)
        else:
            claim(first, last, start, english, "organisation", False, name)


def _known_company(name: str) -> str | None:
    """The English of a company the tables know by this name: a well-known organisation's
    (موبايلي: Mobily), or a listed company's by its short name (جرير: Jarir); else None."""
    known = organisations().get(_n(name))
    return known[1] if known else listed_companies().get(_n(name))


# A listed company's trade, in English: الصقر للتأمين, Al-Saqr Insurance.
_TRADES = {_n(k): v for k, v in {
    "للتأمين": "Insurance", "للتموين": "Catering", "للاتصالات": "Telecom", "للأسمنت": "Cement",
    "للاسمنت": "Cement", "للبتروكيماويات": "Petrochemicals", "للكهرباء": "Electricity",
    "للاستثمار": "Investment", "للتطوير": "Development", "للصناعات": "Industries",
    "للتجارة": "Trading", "للنقل": "Transport", "للطيران": "Aviation", "للشحن": "Shipping",
    "للتعمير": "Construction", "للإنشاءات": "Construction", "للأغذية": "Foods",
    "للتسويق": "Marketing", "للتعليم": "Education", "للخدمات": "Services",
    "للتمويل": "Finance", "للسمسرة": "Brokerage", "للوساطة": "Brokerage"}.items()}


def _joining_wa(word: str, keep_wa: bool = False) -> int:
    """1 when a listed word opens with the و that joins it to the list (والمتحدة), else 0:
    a word of three letters or one after أسهم (`keep_wa`: أسهم وفرة) keeps its و."""
    return int(word[0] == "و" and len(word) > 3 and not keep_wa)


def _stock_word(word: str) -> bool:
    """Say whether a word may be a company's short name in a market report: no function word,
    title, head, verb or word of the market (الأكثر, ارتفاعا)."""
    key = _n(word)
    return (len(key) >= 3 and key not in _STOP and not _cue_word(key) and key not in _MARKET
            and not re.match(r"[يت]\w{3}", word) and not word.endswith("اً")
            and not _prepositional(word)  # بالقيمة: "by value"
            and not _nationality(word)  # البريطاني والألماني والسويسري: systems, no firms
            and not (not _article(word) and key.endswith("ه") and (
                key.endswith("يه") and (_nationality("ال" + word) or is_common_word("ال" + word))
                or is_common_word("ال" + word) and is_common_word("ال" + word[:-1]))))
    # أسهم شركات صينية، وهندية، وكورية; كبيرة، ومتوسطة: adjectives in -ة without the article
    # (their masculine a word too), no companies; وفرة is one


def _stock_item(tokens, taken, item: list[int],
                keep_wa: bool = False) -> tuple[int, int, bool] | None:
    """The tokens of a company's short name at the head of a listed item (and whether its و
    is its own), or None; not a noun and its adjective (الصناعات الغذائية: a sector)."""
    if not item or len(item) > 4 or any(taken[k] for k in item[:2]):
        return None
    first = tokens[item[0]].text
    word = first[_joining_wa(first, keep_wa):]
    if not _stock_word(word):
        return None  # وتراوحت: و and a verb
    if len(item) >= 2:
        second = tokens[item[1]].text
        if second.startswith("لل") or len(item) == 2 and _article(second) and not _article(word):
            return item[0], item[1], keep_wa  # ميدغلف للتأمين, دار الأركان
        if _n(second) not in _MARKET or _n(second) == _n("بنسبة") and len(item) > 2:
            return None  # a clause, not a name (سابك بنسبة طفيفة: a share's move)
    return item[0], item[0], keep_wa


# Words after which a market report lists companies: أسهم وفرة, شركات سابك.
_COMPANIES_FOLLOW = _set("أسهم اسهم سهم شركة شركات")
_MARKET = _set("الأكثر الاكثر ارتفاعا انخفاضا نشاطا قائمة الأسهم الاسهم سهم أسهم شركة شركات "
               "المؤشر مؤشر السوق البنوك المصارف قطاع نقطة نقاط بنسبة اليوم أمس مابين")


def _club_suffix_pass(tokens, taken, text, claim) -> None:
    """A foreign club named by one or two foreign words or a town and its last word (سيتي,
    يونايتد, سبور…): ستوك سيتي, برمنجهام سيتي, وست بروميتش ألبيون, أخيسار سبور; not a city so
    named (مدينة نيويورك سيتي, مكسيكو سيتي)."""
    for i, token in enumerate(tokens):
        suffix = _CLUB_SUFFIXES.get(_n(token.text))
        if suffix is None or taken[i]:
            continue
        first, wa = i, False
        while (first > 0 and i - first < 3 and not wa and not taken[first - 1]
               and text[tokens[first - 1].end:tokens[first].start] == " "
               and _club_name_word(tokens[first - 1].text, nearest=first == i)
               and not _as(tokens[first - 1], _REGION_HEADS)):
            first -= 1
            word = tokens[first].text
            wa = word[0] == "و" and _n(word) not in _COMPASS_EN_WORDS and (
                not _club_name_word(word, with_wa=False) or _n(word[1:]) in places()
                or first > 0 and (_club_name_word(tokens[first - 1].text, nearest=False)
                                  or _n(tokens[first - 1].text) in _CLUB_SUFFIXES))
            # سوانسي ونيوكاسل يونايتد: و joins two clubs (واتفورد is one word)
        if (not wa and first >= 2 and i - first < 3 and not taken[first - 1]
                and _as(tokens[first - 2], _CLUB_HEADS) and not _article(tokens[first - 1].text)
                and _n(tokens[first - 1].text) not in _STOP
                and text[tokens[first - 1].end:tokens[first].start] == " "):
            first -= 1  # لنادي كوينز بارك رينجرز: the club's head says where its name opens
        if first == i or not wa and first and _as(tokens[first - 1], _REGION_HEADS):
            continue  # مدينة نيويورك سيتي: a city
        start = tokens[first].start + wa  # ونيوكاسل يونايتد: و is no part of the name
        name = _strip_marks(text[start:tokens[i - 1].end])
        whole = _n(f"{name} {token.text}")
        if (places().get(whole) or clubs().get(whole) or organisations().get(whole)
                or first and places().get(_n(f"{tokens[first - 1].core} {name} {token.text}"))
                or i + 1 < len(tokens) and _joined(tokens, i + 1, text)
                and text[token.end:tokens[i + 1].start] == " " and _rare(tokens[i + 1].text)):
            continue  # مكسيكو سيتي, سولت ليك سيتي: cities; ليستر سيتي: a club the table
            # knows; يونايتد هيلث كير: a longer name
        if any(first >= k and clubs().get(_n(" ".join(t.text for t in tokens[first - k:i + 1])))
               for k in (1, 2)):
            continue  # كوينز بارك رينجرز: a club the table knows by more words than these
            # (round 71's fourhundredninetyone, read as بارك رينجرز on a sports page)
        english, guess = _place_english(name)
        claim(first, i, start, f"{english} {suffix}", "organisation", guess)


_COMPASS_EN_WORDS = _set("وست ويست نورث ساوث ايست")  # West Bromwich, North Shields


def _club_name_word(word: str, nearest: bool = True, with_wa: bool = True) -> bool:
    """Say whether a word may be part of a foreign club's name before سيتي, سبور…: a foreign
    word or a town (ستوك, غازينتاب, مانشستر), not a verb or a noun of the sentence (وفاز,
    جاره, ويتجه); the word `nearest` the suffix may be a word the corpus uses often, the others
    must be rare. With `with_wa`, after و too (وسوانزي)."""
    key = _n(word)
    if key in _COMPASS_EN_WORDS or key in places():
        return True
    if with_wa and word[0] == "و" and len(word) > 3:
        rest = word[1:]
        if _club_name_word(rest, nearest, False):
            return True
        if (is_common_bare_word(rest) or is_common_word("ال" + rest)
                or re.match(r"[يتن]\w{2}", rest)):
            return False  # وفاز, ويتجه: و and a verb
    if key.endswith("ه") or not nearest and is_common_bare_word(word):
        return False  # معقل وست بروميتش, جاره سيتي: a noun of the sentence
    return _club_word(word) and (_rare(word) or nearest and not is_common_bare_word(word))


def _cue_word(key: str) -> bool:
    """Say whether a normalised word is a function word, a title, the head of a body or of a
    region, or a generic noun: a word that cues a name and is never part of one."""
    return (key in _STOP or key in _TITLES or key in _GENERIC or key in _ORG_HEADS
            or key in _REGION_HEADS)


def _club_word(word: str) -> bool:
    """Say whether a word may be part of a club's name no table knows: no common word, known
    given name, title, head or function word, and no nationality itself."""
    key = _n(word)
    return (len(key) >= 3 and not _cue_word(key) and key not in _GAME
            and not (key.endswith("ه") and (key[:-1] in _GAME or key[:-1] in _GAME_WORDS))
            and not _nationality(word) and not is_known_given(word)  # فريقه الروسي: his team
            and not (is_common_word(word) if _article(word) else is_common_word("ال" + word))
            and not (re.match(r"[يتن]\w{3,}", word) and (len(word) <= 6  # يلتقي, تستضيف
                                                        or is_common_bare_word(word)))
            and not _particle_and_word(word))  # but نيوشاتل, a word no verb of the corpus


@functools.cache
def _long_body_heads() -> frozenset[str]:
    """The first words of the gazetteer's organisations of three words or more."""
    return frozenset(name.split()[0] for name in organisations() if len(name.split()) >= 3)


def _known_bodies_pass(tokens, taken, text, claim) -> None:
    """Claim the gazetteer's organisations of three words or more written after ل before the
    body pass reads heads and complements, which would take one as the complement of another
    (الشركة الهندية لوكالة الصحافة الفرنسية: two bodies)."""
    table, heads = organisations(), _long_body_heads()
    for i in range(len(tokens)):
        if taken[i] or not tokens[i].text.startswith("ل"):
            continue
        for reading, start in _readings(tokens[i])[1:]:  # without the ل
            if _n(reading) not in heads:
                continue  # no listed body of three words or more opens with it
            listed = _listed_at(tokens, taken, i, text, reading, (6, 5, 4, 3), table)
            if listed is None:
                continue
            last, words, _ = listed
            if not (last + 1 < len(tokens) and _joined(tokens, last + 1, text)
                    and tokens[last + 1].text[0] == "و" and _article(tokens[last + 1].text[1:])):
                # (not مركز الملك سلمان للإغاثة of لمركز الملك سلمان للإغاثة والأعمال ...)
                claim(i, last, start, table[_n(words)][1], "organisation", False, words)
                break


def _listed_at(tokens, taken, i: int, text: str, reading: str, lengths: tuple[int, ...],
               *tables: dict[str, tuple[str, str]]) -> tuple[int, str, dict] | None:
    """The last token, the words and the table of the longest run of `lengths` words from
    token i, its first read as `reading`, none taken and each joined to the one before, that
    one of `tables` lists (tried in their order at each length); None when none does."""
    for length in lengths:
        last = i + length - 1
        if last >= len(tokens) or any(taken[i:last + 1]) or not all(
                _joined(tokens, k, text) for k in range(i + 1, last + 1)):
            continue
        words = " ".join([reading, *(t.text for t in tokens[i + 1:last + 1])])
        key = _n(words)
        table = next((table for table in tables if key in table), None)
        if table is not None:
            return last, words, table
    return None


# Places that are common nouns too, places only after a preposition, a kind of place or a
# particle of their own (في مشهد, مدينة مشهد, بمشهد; not مجرد مشهد, "a mere scene").
_WORDS_TOO = _set("مشهد")
# Words of a prayer or its time before المغرب, the sunset prayer (صلاة المغرب, أذان المغرب).
_PRAYER_WORDS = _set("صلاة لصلاة بصلاة صلاتي صلاتا أذان اذان آذان الأذان لأذان قبيل بعيد "
                     "إفطار افطار")
_NIGHT_PRAYER = _set("والعشاء والعشا")  # صلى المغرب والعشاء: the two evening prayers
# What goes on after في وقت X when it is "at a time when X ...": not a preposition or a pause.
_AFTER_A_TIME_OF_PRAYER = _set("إلى الى في من على عند حيث حين بعد قبل حتى ثم")
_THANKS_TO = _set("بفضل وبفضل فبفضل")  # ب and فضل ("grace"): "thanks to", no name فضل
# Verbs of the eighth form whose past opens as the article does (التقى "met", التحق "joined"):
# after a name its verb, never a family name (which common_words.tsv's share misses: a verb
# follows a subject's given name as often as a family name does).
_VERBS_LIKE_THE_ARTICLE = _set("التقى التقت التقيا التحق التحقت التحقوا التزم التزمت التمس "
                               "التمست التفت التقط التقطت")
# مالي is "financial" as often as Mali (so no name of the gazetteer's): the country after a
# particle glued to it (بمالي, لمالي, ومالي in a list of countries), after في or إلى, after a
# word that places or rules it (وسط مالي, حكومة مالي, منتخب مالي), or before ضد, as no
# adjective stands (دعم مالي, مسؤول مالي: after a noun it describes).
_MALI = _n("مالي")
_BEFORE_MALI = _set("في إلى الى وسط بوسط شمال جنوب شرق غرب حكومة شعب جمهورية منتخب عاصمة "
                    "رئيس بخصوص ضد دولة وفي")


def _mali_by_context(tokens, i: int, text: str) -> bool:
    """Say whether مالي at token i names Mali (`_MALI`)."""
    token = tokens[i]
    glued = token.text[:len(token.text) - len(token.core)]
    after = text[token.end:token.end + 12].lstrip()
    if _MY_MONEY_AFTER.match(after):
        return False  # تبرع بمالي كله, من مالي الخاص: "my money"
    if glued and glued[-1] in "بل":
        return True
    if i and _joined(tokens, i, text) and _n(tokens[i - 1].text) in _BEFORE_MALI:
        return True
    if glued == "و" and i:  # السنغال ومالي والنيجر: a list of countries
        before = tokens[i - 1].core
        return _n(before) in countries() or _n(before) in places() and after[:1] in ("و", "،", ",")
    return after.startswith("ضد") and (i == 0 or not _joined(tokens, i, text))  # (not فساد
    # مالي ضد القانون: an adjective after its noun)


_MY_MONEY_AFTER = re.compile(r"(?:الخاص|الخاصة|كله|كلها|وحدي)(?!\w)")
_AMERICA = _set("أمريكا امريكا أميركا اميركا")


_SELF = _set("نفسه نفسها نفسهم أنفسهم ذاته ذاتها")  # "itself": after the body it names
_LIGAMENT_NEXT = _set("الصليبي الداخلي الخارجي الجانبي الأمامي الخلفي")


# السعودية is the country and the feminine nisba "Saudi" alike; after these plurals with the
# article it is the nisba (الأسهم السعودية, الأسواق السعودية).
_SAUDI = _n("السعودية")
# Feminine heads of a construct whose nisba follows its second word (كرة القدم السعودية,
# كرة السلة السعودية: Saudi football, not Saudi Arabia).
_FEMININE_BEFORE_A_CONSTRUCT = _set("كرة الكرة")
_PLURALS_BEFORE_A_NISBA = _set("الأسهم الاسهم الأسواق الاسواق الشركات البنوك المصارف "
                               "الجامعات الأندية الاندية الصادرات الواردات القوات الطائرات")


# Places whose names are colours too (الرمادي: Ramadi, and "grey"), and the nouns news gives
# that colour (every one of lines ≡ 10-69: الذئب 6, اللون 3, الدخان 1); after any other noun
# the town may be the object (حاصر التنظيم الرمادي, اقتحم المسلحون الرمادي: the hostile pass).
_COLOUR_PLACES = _set("الرمادي")
_COLOURED_NOUNS = _set("الذئب اللون الدخان الغبار الزي الثوب القميص الشعر الحجر الرخام "
                       "التدرج")  # التدرج الرمادي: greyscale


def _gazetteer_pass(tokens, taken, text, claim) -> None:
    place_table, org_table = places(), organisations()
    i = 0
    while i < len(tokens):
        hit = None
        if not taken[i]:
            readings: list[tuple[str, int, tuple[int, ...]]] = [
                (reading, start, (6, 5, 4, 3, 2, 1)) for reading, start in _readings(tokens[i])]
            if len(tokens[i].text) == 3 and tokens[i].text[0] in "وفب":
                readings.append((tokens[i].text[1:], tokens[i].start + 1, (6, 5, 4, 3, 2)))
                # وتل أبيب: و and a name's first word of two letters, which no reading strips
            for reading, start, lengths in readings:
                # منظمة الأمم المتحدة للتربية والعلم والثقافة: six words
                listed = _listed_at(tokens, taken, i, text, reading, lengths,
                                    place_table, org_table)
                if listed is not None:
                    last, words, table = listed
                    kind = "place" if table is place_table else "organisation"
                    hit = (last, start, table[_n(words)][1], kind, words)
                    break
        if (hit and hit[3] == "place" and hit[0] == i and i and _n(tokens[i].core) in _COLOUR_PLACES
                and not taken[i - 1] and text[tokens[i - 1].end:tokens[i].start] == " "
                and _n(tokens[i - 1].core) in _COLOURED_NOUNS):
            hit = None  # الذئب الرمادي, باللون الرمادي: grey, after a noun it describes, not
            # Ramadi (round 71's new-user review)
        if (hit and hit[3] == "place" and hit[0] == i and i and _n(tokens[i].text) == _n("الخليج")
                and _n(tokens[i - 1].text) in _set("كأس بكأس لكأس وكأس دورة بطولة")):
            hit = None  # كأس الخليج: the Gulf Cup, a tournament, not the Gulf
        if (hit and hit[3] == "organisation" and hit[0] == i and _article(tokens[i].core)
                and _adjective_next(tokens, i, text)
                and _WORDS_EN.get(_n(tokens[i + 1].text)) not in _NATIONALITY):
            hit = None  # بالقاعدة الجوية: the air base, not al-Qaeda
        if (hit and hit[3] == "place" and hit[0] == i and i and not taken[i - 1]
                and tokens[i - 1].core != "على" and _joined(tokens, i, text)
                and (is_family_name(tokens[i].text) and is_known_given(tokens[i - 1].core)
                     or not _article(tokens[i].text) and is_listed_given(tokens[i - 1].text)
                     and not is_also_common_word(tokens[i - 1].text)
                     and _n(tokens[i - 1].text) not in _AMBIGUOUS_GIVEN
                     and _SPEAKER_END.match(text, tokens[i].end)
                     or i > 1 and _as(tokens[i - 2], _TITLES) is not None
                     and is_known_given(tokens[i - 1].core) and _article(tokens[i].text)
                     and _SPEAKER_END.match(text, tokens[i].end)
                     and not _ON_THE_WAY_NEXT.match(text, tokens[i].end))):
            hit = None  # عبدالله الشدادي, وضاح عمران،, الدكتور عبدالله الشدادي أن: a family
            # name that is also a town
        if (hit and hit[3] == "place" and hit[0] == i and i
                and not taken[i - 1] and is_known_given(tokens[i - 1].core)
                and not _article(tokens[i].text) and i + 1 < len(tokens)
                and _joined(tokens, i, text) and _joined(tokens, i + 1, text)
                and _article(tokens[i + 1].text)
                and (is_family_name(tokens[i + 1].text) or _tribal(tokens[i + 1].text))):
            hit = None  # ثامر عمران المطيري: a father's name between a man's and his tribe's
        if (hit and hit[3] == "place" and hit[0] == i and i and tokens[i].text[0] == "و"
                and is_western_surname(tokens[i].text) and is_foreign_given(tokens[i - 1].text)
                and text[tokens[i - 1].end:tokens[i].start] == " "):
            hit = None  # ثيو والكوت: Walcott after Theo, not الكوت (but سانتياغو وليما)
        if (hit and hit[3] == "place" and _n(tokens[hit[0]].text) in _COMPOUND_SECONDS
                and hit[0] + 1 < len(tokens) and _joined(tokens, hit[0] + 1, text)
                and (_family_word(tokens[hit[0] + 1].text)
                     or i and _as(tokens[i - 1], _SAYING) and _rare(tokens[hit[0] + 1].text))):
            hit = None  # صلاح الدين الحسيني, قال صلاح الدين دمرداش: a man's compound given
            # name, not the province
        if (hit and hit[3] == "organisation" and hit[0] == i and _n(hit[4]) == _n("أبل")
                and tokens[i].core.startswith("إ")):
            hit = None  # إبل بلقيس: camels, not Apple (أبل, آبل)
        if (hit and hit[3] == "place" and hit[0] == i and i and _n(tokens[i].text) == _SAUDI
                and (_article(tokens[i - 1].core) and _joined(tokens, i, text)
                     and (_n(tokens[i - 1].core).endswith(("ه", "ات"))
                          or _n(tokens[i - 1].core) in _PLURALS_BEFORE_A_NISBA
                          or any(_n(_after_waw(tokens[k].core)) in _COMPANY_HEADS
                                 and _n(tokens[k].core).endswith("ه")
                                 and all(_article(tokens[m].core) for m in range(k + 1, i))
                                 for k in range(max(0, i - 3), i - 1))
                          or i > 1 and _n(tokens[i - 2].core) in _FEMININE_BEFORE_A_CONSTRUCT
                          and _joined(tokens, i - 1, text))  # كرة القدم السعودية: the ball's
                     or re.fullmatch(r"\s*[”\"»]\s+", text[tokens[i - 1].end:tokens[i].start]))):
            hit = None  # سوق الأسهم السعودية, مجلة “العربية” السعودية: the nisba, "Saudi",
            # after a noun it agrees with or a name in quotes, not the country (شركة النفط
            # السعودية أرامكو: with the company, the head of the words before it)
        if (hit and hit[3] == "place" and hit[0] + 1 < len(tokens)
                and _n(tokens[hit[0] + 1].text) == _n("الإلكتروني")):
            hit = None  # عبر بريده الإلكتروني: his email, not Buraidah
        if (hit and hit[3] == "place" and hit[0] == i and _n(tokens[i].core) == _n("مسقط")
                and i + 1 < len(tokens) and re.fullmatch(r"رأس\w{0,2}|راس\w{0,2}",
                                                         tokens[i + 1].text)):
            hit = None  # في مسقط رأسه: his birthplace, not Muscat
        if (hit and hit[3] == "place" and hit[0] == i
                and (_n(tokens[i].core) in _WORDS_TOO or tokens[i].core == "جده")
                and not (i and (_n(tokens[i - 1].text) in _IN_A_PLACE
                                or _as(tokens[i - 1], _REGION_HEADS)))
                and not (tokens[i].core == "جده" and _jeddah_by_context(tokens, i))
                and tokens[i].core == tokens[i].text):
            hit = None  # مجرد مشهد: a scene, not Mashhad (but في مشهد, مدينة مشهد, بمشهد);
            # وأورثه جده: "his grandfather", not Jeddah so spelt (round 44's new-user review:
            # most of the corpus's جده after no place word are a grandfather)
        if hit is None and not taken[i] and _n(tokens[i].core) == _MALI and _mali_by_context(
                tokens, i, text):
            hit = (i, tokens[i].core_start, "Mali", "place", tokens[i].core)
        if hit and hit[3] == "place" and hit[0] == i and _sunset_prayer(tokens, i, text):
            hit = None  # بعد صلاة المغرب, وقت المغرب, المغرب والعشاء: the sunset prayer, not
            # Morocco (round 57's new-user review)
        if (hit and hit[3] == "place" and hit[0] == i and _n(tokens[i].core) == _n("الرباط")
                and i + 1 < len(tokens) and (_n(tokens[i + 1].text) in _LIGAMENT_NEXT
                                             or tokens[i + 1].text.startswith("للركب"))):
            hit = None  # الرباط الصليبي, الرباط الداخلي للركبة: a knee's ligament, not Rabat
        if (hit and hit[3] == "place" and hit[0] == i and _n(tokens[i].core) == _n("كوبا")
                and i + 1 < len(tokens) and _n(tokens[i + 1].text) in _AMERICA):
            hit = None  # كأس كوبا أمريكا: the Copa América, no Cuba
        if hit and not _adjective_use(tokens, i, hit[0], text):
            compass = _as(tokens[i - 1], _COMPASS) if (
                i and hit[3] == "place" and hit[2] in _CONTINENTS) else None
            if compass and not taken[i - 1] and _joined(tokens, i, text):
                # غرب أفريقيا, شمال سوريا: a part of the place is a place
                english = f"{_COMPASS[_n(compass[0])]} {hit[2]}"
                claim(i - 1, hit[0], compass[1], english, "place", False,
                      _strip_marks(text[compass[1]:tokens[hit[0]].end]))
            else:
                hit = _with_nationality(tokens, taken, hit, text)
                claim(i, hit[0], hit[1], hit[2], hit[3], False, hit[4])
            i = hit[0] + 1
        else:
            i += 1


# Listed bodies whose country's own is named by a nationality after them: الصليب الأحمر
# الأميركي (the American Red Cross), هيئة الإذاعة والتلفزيون التركية (Turkey's, not the
# listed Saudi one). Companies, agencies and outlets keep their nationality out of the name.
_NATIONAL_BODIES = _set("الصليب الهلال هيئة الهيئة مجلس المجلس وزارة الوزارة البرلمان "
                        "سلاح القوات الجيش الشرطة الاتحاد اللجنة لجنة المحكمة محكمة")


def _sunset_prayer(tokens, i: int, text: str) -> bool:
    """Say whether المغرب at i is the sunset prayer, not Morocco: after a prayer's word (صلاة,
    أذان, قبيل), after وقت but in the idiom في وقت X ("at a time when X": في وقت المغرب أحوج ما
    يكون, its hostile pass), or before والعشاء, the night prayer, but a dinner (العشاء الرسمي,
    العشاء الذي أقامه: round 58's hostile passes)."""
    if _n(tokens[i].core) != _n("المغرب"):
        return False
    before = _n(_after_waw(tokens[i - 1].text)) if i else ""
    if i and _PRAYER_WORDS & {_n(tokens[i - 1].text), before}:
        return True
    if i and _n("وقت") in (_n(tokens[i - 1].text), before):  # (وقت's و is its own)
        said_in = i > 1 and _n(tokens[i - 2].text) in _set("في وفي ففي")
        paused = i + 1 >= len(tokens) or re.match(r"\s*[.،,؛;:!؟?]", text[tokens[i].end:])
        return bool(not said_in or paused or _n(tokens[i + 1].text) in _AFTER_A_TIME_OF_PRAYER)
    after = [_n(token.text) for token in tokens[i + 1:i + 4]]
    if after[:1] == [_n("و")]:
        after = ["و" + after[1]] + after[2:] if len(after) > 1 else after  # و العشاء, spaced
    return bool(after) and after[0] in _NIGHT_PRAYER and not (
        len(after) > 1 and (_article(after[1]) and after[1] != _n("الآخرة")
                            or after[1] in _set("الذي التي")))  # (العشاء الآخرة: the prayer)


def _with_nationality(tokens, taken, hit, text):
    """The gazetteer's organisation `hit` (last token, start, English, kind, words) with the
    country's nationality after it, when it is a national body's (above) and not already
    told: الصليب الأحمر الإيطالي, "Italian Red Cross"; a listed Saudi body's English takes the
    other country's (هيئة الإذاعة والتلفزيون التركية: Turkish Broadcasting Authority)."""
    last, start, english, kind, words = hit
    after = last + 1
    if (kind != "organisation" or after >= len(tokens) or taken[after]
            or _n(words.split()[0]) not in _NATIONAL_BODIES
            or _country_told(words.split()[-1]) or not _country_told(tokens[after].text)
            or text[tokens[last].end:tokens[after].start] != " "):
        return hit
    told = _WORDS_EN[_n(tokens[after].text)]
    if told == "US" and english in ("Red Cross", "Red Crescent"):
        told = "American"  # the American Red Cross, by its own name
    return (after, start, _of_country(english, told), kind, f"{words} {tokens[after].text}")


# Heads of bodies each country has one of, listed by their Saudi or generic English (مجلس
# النواب: House of Representatives); not ministries, which _org_english names by country.
_COUNTRYS_OWN = _set("مجلس المجلس هيئة الهيئة")


def _of_country(english: str, told: str) -> str:
    """A listed body's English as the body of the country `told` (Jordanian, US): the listed
    English itself where it is that country's, the country's for a listed Saudi body's."""
    if english.startswith(told + " "):
        return english  # الهلال الأحمر السعودي: the listed body itself
    if english.startswith("Saudi "):
        return f"{told} {english.removeprefix('Saudi ')}"
    return f"{told} {english}"


# Natural features named with their head, in English before or after the name: بحيرة تشاد is
# Lake Chad (not Chad), جزيرة بالي Bali Island, بركان جبل رونغ Mount Raung's volcano.
_FEATURE_HEADS = {_n(k): v for k, v in {
    "جزيرة": ("Island", False), "جزر": ("Islands", False), "بحيرة": ("Lake", True),
    "نهر": ("River", False), "بركان": ("volcano", False), "جبل": ("Mount", True),
    "جبال": ("Mountains", False), "خليج": ("Gulf of", True), "مضيق": ("Strait of", True),
    "صحراء": ("Desert", False), "وادي": ("Wadi", True), "غابة": ("Forest", False),
    "منتجع": ("Resort", False), "متنزه": ("Park", False), "منتزه": ("Park", False),
    "ناحية": ("Subdistrict", False), "قضاء": ("District", False), "محمية": ("Reserve", False),
}.items()}
# Places made by hand, named after the town they stand in as often as not.
_BUILT_HEADS = _set("منتجع متنزه منتزه")
# Places described by what grows there as often as named (غابة صنوبرية, محمية طبيعية).
_GROWN_HEADS = _set("غابة محمية")
# A park or reserve called national: متنزه هوانجي الوطني, محمية هوانج القومية.
_NATIONAL_PARK_HEADS = _set("متنزه منتزه محمية")
_NATIONAL = _set("الوطني الوطنية القومي القومية")
# Heads that are common words too (من ناحية أخرى, قضاء رمضان, قضاء عطلة): the name after them
# is a listed place or a word no table knows.
_WORDY_FEATURE_HEADS = _set("ناحية قضاء")
_IN_A_PLACE = _set("في إلى الى من")  # before ناحية, a subdistrict, not a direction
# What one makes up or performs (قضاء رمضان, قضاء مناسك العمرة): no place after قضاء.
_DUTIES = _set("رمضان شعبان شوال رجب محرم صفر الصلاة الصلوات الفوائت الدين الحاجة مناسك "
               "المناسك الحج العمرة الوقت الإجازة حوائج فريضة")
# Two places after a dual head: جزيرتي جمبر وبانيوانغي, مدينتي سان موريتز ولوزان.
_DUAL_HEADS = _set("جزيرتي مدينتي بلدتي قريتي محافظتي")


def _owned(word: str) -> bool:
    """Say whether a word is a noun with a pronoun of its owner: its stem a word of the corpus
    or a noun in ة (دينه, أيامه, محكوميته, مساحتها, حليفكم), not a name in ـه (كويه)."""
    owned = re.fullmatch(r"(\w{2,}?)(?:هما|هم|ها|ه|كم)", word)
    return owned is not None and (owned[1].endswith("ت") or is_common_bare_word(owned[1])
                                  or is_common_word("ال" + owned[1]))


def _described(word: str) -> bool:
    """Say whether the word after a made or grown place's head describes it or names a man,
    so that no place's name follows (غابة صنوبرية, غابة كثيفة, منتجع شاطئي, منتجع مملوك,
    غابة تقع, متنزه مساحته, غابة بها, محمية جنوب, غابة محمد بن زايد, متنزه سلمان الحربي)."""
    key = _n(word)
    return (key.endswith("يه") or key.endswith("ي") and _nisba_shaped(word)
            or is_known_given(word) or is_common_bare_word(word) or _owned(word)
            or key.endswith("ه") and is_common_word("ال" + word[:-1])  # كثيفة: الكثيف
            or key in _STOP or key in _COMPASS or _prepositional(word)
            or re.fullmatch(r"[يتن]\w{2,3}", word) is not None
            or re.fullmatch(r"م\w\w[وي]\w[ةه]?|م\w\w\w[ةه]", word) is not None)  # مملوك, مطيرة


def _feature_pass(tokens, taken, text, claim) -> None:
    """Claim a natural feature with its head (بحيرة تشاد, جزيرة بالي), before the gazetteer
    takes the name alone, and the two places after a dual head (مدينتي سان موريتز ولوزان)."""
    for i, token in enumerate(tokens):
        if taken[i] or i + 1 >= len(tokens) or taken[i + 1] or not _joined(tokens, i + 1, text):
            continue
        if _as(token, _DUAL_HEADS):
            _dual_places(tokens, taken, i + 1, text, claim)
            continue
        read = _as(token, _FEATURE_HEADS)
        if read is None or _n(read[0]) == _n("جبل") and _n(f"{read[0]} {tokens[i + 1].text}") in (
                places()):
            continue  # جبل طارق: Gibraltar, the gazetteer's whole, no mount (round 47's
            # new-user review)
        last = _feature_name(tokens, taken, i + 1, text)
        longer = _place_at(tokens, taken, i + 1, text) is not None  # جنوب أفريقيا
        listed = longer or _n(tokens[i + 1].text) in places()
        country = longer or _n(tokens[i + 1].text) in countries()
        if last is not None and (_n(read[0]) in _GROWN_HEADS and country
                                 or _n(read[0]) in _BUILT_HEADS and (
                listed or is_learnt_town(tokens[i + 1].text)
                or is_common_bare_word(tokens[i + 1].text))):
            continue  # منتجع سوسة, محمية جنوب أفريقيا: a resort or reserve in a listed place,
            # the place the name; متنزه يضم
        if _n(read[0]) in _BUILT_HEADS | _GROWN_HEADS and not listed and (
                _described(tokens[i + 1].text)):
            continue  # غابة صنوبرية, منتجع شاطئي, غابة محمد بن زايد: described, or a man's
        if last is None or _n(read[0]) in _WORDY_FEATURE_HEADS and not (
                _rare(tokens[i + 1].text) and _n(tokens[i + 1].text) not in _DUTIES
                and not listed and not _owned(tokens[i + 1].text)):
            # قضاء احتياجاته, قضاء دينه: needs met, with their owner's pronoun; قضاء لبنان, من
            # ناحية لبنان: the judiciary, the direction of a place
            continue
        if _n(read[0]) == _n("ناحية") and read[0] == token.text and not (
                i and _n(tokens[i - 1].text) in _IN_A_PLACE):
            continue  # ركض الجهاز الطبي ناحية هازارد: towards him; في ناحية بلدروز, بناحية
        if _n(tokens[i + 1].text) in _FEATURE_HEADS and last == i + 1:
            continue  # جبل in بركان جبل رونغ: the next head names the feature
        english, guess = _place_english(" ".join(t.text for t in tokens[i + 1:last + 1]))
        head_en, before = _FEATURE_HEADS[_n(read[0])]
        if (_n(read[0]) in _NATIONAL_PARK_HEADS and last + 1 < len(tokens)
                and not taken[last + 1] and _joined(tokens, last + 1, text)
                and _n(tokens[last + 1].text) in _NATIONAL):
            last += 1
            head_en = "National Park"
        claim(i, last, read[1], f"{head_en} {english}" if before else f"{english} {head_en}",
              "place", guess, _strip_marks(text[read[1]:tokens[last].end]))


# Words after which a place is expected: في صامطة, قرب محايل, شمال بلجرشي (not من, as often
# "of" as "from").
_TOWN_BEFORE = _set("في إلى الى بين قرب بالقرب داخل حتى نحو أطراف ضواحي شمال جنوب شرق "
                    "غرب وسط شمالي جنوبي شرقي غربي")


# Plural kinds of place that announce a list of them (سبع بلديات ... وهي كلاً من: ...).
_PLACES_PLURAL = _set("بلديات البلديات مراكز المراكز محافظات المحافظات قرى القرى مدن المدن "
                      "هجر الهجر أحياء الأحياء مناطق المناطق مديريات المديريات")


def _after_waw(word: str) -> str:
    """A listed word without the list's و (وكريتر → كريتر; the word itself otherwise)."""
    return word[1:] if word[:1] == "و" else word


def _place_list_pass(tokens, taken, text, claim) -> None:
    """Take the one-word places listed after a colon that closes a clause with a plural kind
    of place (في سبع بلديات مرتبطة ... وهي كلاً من: سميراء والحليفة والشنان وانبوان وجبة):
    three or more joined by و or commas, each a place whatever it means as a word."""
    for k, token in enumerate(tokens):
        if not (k + 1 < len(tokens) and _n(token.text) in _PLACES_PLURAL):
            continue
        colon = next((j for j in range(k + 1, min(k + 10, len(tokens) - 1))
                      if ":" in text[tokens[j].end:tokens[j + 1].start]), None)
        if colon is None or "." in text[token.end:tokens[colon].end]:
            continue
        items: list[int] = []
        j = colon + 1
        while j < len(tokens):
            word = _after_waw(tokens[j].text) if items else tokens[j].text
            gap = text[tokens[j].end:tokens[j + 1].start] if j + 1 < len(tokens) else "."
            joined_next = j + 1 < len(tokens) and (tokens[j + 1].text[0] == "و"
                                                   or re.search("[،,]", gap))
            if (_n(word) in _STOP or len(word) < 3 or items and tokens[j].text[0] != "و"
                    and not re.search("[،,]", text[tokens[j - 1].end:tokens[j].start])
                    or gap.isspace() and not joined_next):
                break  # a function word, or a name of two words (وبدائع الصفراء): the list
                # of one-word places ends
            items.append(j)
            if not re.fullmatch(r"\s+|\s*[،,]\s*", gap):
                break  # the list ends at a full stop
            j += 1
        if len(items) < 3:
            continue
        for j in items:
            if not taken[j]:
                start = tokens[j].start + (j != items[0] and tokens[j].text[0] == "و")
                ar = _strip_marks(text[start:tokens[j].end])
                listed = places().get(_n(ar))
                claim(j, j, start, listed[1] if listed else romanize_name(ar)[0], "place",
                      listed is None, ar)


_DISTRICTS = frozenset({"أحياء"})  # "the districts of", before their names, as written: not
# إحياء or احياء ("reviving": إحياء السنن والآداب)
# A district's second word: its side or age (الخالدية الشمالية, الراكة الجنوبية).
_DISTRICT_SIDES = _set("الشمالية الجنوبية الشرقية الغربية الجديدة القديمة الشمالي الجنوبي "
                       "الشرقي الغربي")


def _district_list_pass(tokens, taken, text, claim) -> None:
    """Take the districts listed after أحياء ("the districts of"), three or more joined by و
    or commas (أحياء النسيم ، والخالدية الشمالية ، والربيع; نقل أحياء العدامة والسوق والدواسر):
    each a name with the article, and its side after it, a place whatever it means as a word.
    An item without the article (وجامعة الدمام) is passed over; the list ends at a word not
    joined to it (إلى الدائرة الثانية)."""
    after = 0  # (a list is read once: أحياء inside one opens none of its own)
    for k, token in enumerate(tokens):
        if token.text not in _DISTRICTS or k + 1 >= len(tokens) or k < after:
            continue
        items: list[tuple[int, int]] = []
        j = k + 1
        while j < len(tokens):
            listed = j == k + 1 or tokens[j].text[0] == "و" or re.search(
                "[،,]", text[tokens[j - 1].end:tokens[j].start])
            if not listed and not taken[j - 1] or "." in text[tokens[j - 1].end:tokens[j].start]:
                break
            if taken[j]:  # an item read already (جامعة الدمام, الراكة الشمالية): the list goes
                j += 1  # on after it and its side
                while j < len(tokens) and _n(tokens[j].text) in _DISTRICT_SIDES:
                    j += 1
                continue
            word = _after_waw(tokens[j].text) if j > k + 1 else tokens[j].text
            last = j
            while (last + 1 < len(tokens) and tokens[last + 1].text[0] != "و"
                   and _joined(tokens, last + 1, text) and _n(tokens[last + 1].text) not in _STOP
                   and not re.search("[،,]", text[tokens[last].end:tokens[last + 1].start])
                   and last - j < 3):
                last += 1  # the item's other words (الخالدية الشمالية, جامعة الدمام)
            if any(taken[j:last + 1]):  # (والأمير محمد بن سعود: a district named after a
                j = last + 1  # man read already) passed over
                continue
            bare = (last == j and not _article(word) and len(word) >= 3  # وجبرة, وأجياد
                    and not is_common_bare_word(word) and not is_common_word("ال" + word)
                    and not re.match(r"[يتن]", word) and not _PRONOUN_END.search(word))
            if j == k + 1 and (_n(word) in _PLACES_PLURAL or _article(word) and (
                    _n(word[2:]) in _REGION_HEADS or _n(word[2:]) == _n("عاصمة"))):
                break  # أحياء المدينة والقرى والهجر: kinds of place, no names (but a later
                # الميناء, "the port", is a district's)
            if not (bare or _article(word) and (last == j or all(
                    _n(tokens[m].text) in _DISTRICT_SIDES for m in range(j + 1, last + 1)))):
                if j == k + 1:  # the first district without the article (أحياء أجياد والغزة,
                    j = last + 1  # أحياء حوض الأشراف والبريد): passed over, the list goes on
                    continue
                break  # a verb, a noun or a phrase (ويكسبهم عادات, وإشاعة الفرح): the list ends
            items.append((j, last))
            j = last + 1
        after = j
        if len(items) < 3 or all(_n(_after_waw(tokens[first].text)) in _DISTRICT_SIDES
                                 for first, _ in items):
            continue  # (أحياء الشرقية والغربية والشمالية: sides, no names)
        for first, last in items:
            if any(taken[first:last + 1]):
                continue
            start = tokens[first].start + (first != k + 1 and tokens[first].text[0] == "و")
            ar = _strip_marks(text[start:tokens[last].end])
            known = places().get(_n(ar))
            claim(first, last, start, known[1] if known else romanize_name(ar)[0], "place",
                  known is None, ar)


_SITES = _set("مواقع المواقع")  # sites, places among them (websites too: not after a colon alone)
_LIST_CLOSED = re.compile(r"\s*[\"”»)]?\s*(?:[.،,؛:]|$)")


def _place_run_pass(tokens, taken, text, claim) -> None:
    """Take the places of one or two words listed with commas among known ones (مناطق
    المنصورة، والبريقة، ودار سعد، وخور مكسر، والتواهي، وكريتر): four or more items, more
    than half of them places of the gazetteer or learnt towns (two at least), or a third after a
    plural kind of place (مناطق, مدن, قرى); an item with a function word, a common word or a
    word read already is none."""
    def place_word(word: str) -> bool:
        return _n(word) in places() or is_learnt_town(word)

    def comma_after(m: int) -> bool:
        return m + 1 < len(tokens) and re.fullmatch(
            r"\s*[،,]\s*", text[tokens[m].end:tokens[m + 1].start]) is not None

    k, retried = 0, False
    while k < len(tokens):
        items: list[tuple[int, int]] = []
        j = k
        while j < len(tokens):
            if items and tokens[j].text[0] != "و" and not comma_after(j - 1):
                break
            if comma_after(j):
                size = 1
            elif j + 1 < len(tokens) and _joined(tokens, j + 1, text) and comma_after(j + 1):
                size = 2
            elif (j + 2 < len(tokens) and _joined(tokens, j + 1, text)
                  and _joined(tokens, j + 2, text) and comma_after(j + 2)
                  and any(taken[j:j + 3])):
                size = 3  # رأس الشيخ حميد: a place of three words another pass read
            else:  # the last item: one word, or two that the gazetteer knows
                two = j + 1 < len(tokens) and _joined(tokens, j + 1, text) and _n(
                    f"{tokens[j].core} {tokens[j + 1].text}") in places()
                if items and (tokens[j].text[0] == "و" or _LIST_CLOSED.match(
                        text, tokens[j + 1 if two else j].end)):
                    items.append((j, j + 1 if two else j))  # or the last after a comma,
                    # closing the list (حقل، تبوك".)
                break
            items.append((j, j + size - 1))
            j += size
        words = [[_after_waw(tokens[m].text) if m == a and a != items[0][0] else tokens[m].text
                  for m in range(a, b + 1)] for a, b in items]
        known = sum(len(w) == 1 and place_word(w[0]) or _n(" ".join(w)) in places()
                    for w in words)
        kinds_before = bool(items) and any(
            _n(tokens[m].core) in _PLACES_PLURAL | _SITES
            for m in range(max(0, items[0][0] - 8), items[0][0] + 1)
            if "." not in text[tokens[m].end:tokens[items[0][0]].start])  # المديريات التي
        # ستستفيد من المساعدات هي المنصورة، ...: the kind a few words before, in the sentence
        fired = len(items) >= 4 and known >= 2 and (2 * known > len(items)
                                                    or kinds_before and 3 * known >= len(items))
        if fired:
            for (a, b), w in zip(items, words, strict=True):
                if any(taken[a:b + 1]) or any(
                        _n(x) in _STOP or len(x) < 3 or re.search(r"[^\u0621-\u064A]", x)
                        or not place_word(x) and (is_common_word(x) or is_common_bare_word(x)
                                                  or is_common_word("ال" + x)
                                                  or len(w) == 1 and is_known_given(x))
                        for x in w):
                    continue
                start = tokens[a].start + (len(tokens[a].text) - len(w[0]))
                ar = _strip_marks(text[start:tokens[b].end])
                listed = places().get(_n(ar))
                claim(a, b, start, listed[1] if listed else romanize_name(ar)[0], "place",
                      listed is None, ar)
        if fired or retried:
            k, retried = max(j, k + 1), False  # each list read at most twice: linear
        elif len(items) >= 4:
            k, retried = k + 1, True  # مناطق المنصورة، ...: the list may open a word later
        else:
            k += 1


def _town_pass(tokens, taken, text, claim) -> None:
    """A town or district no gazetteer lists but the corpus names after a kind of place
    (is_learnt_town), where a place is expected. One without the article after في, إلى,
    قرب or a compass word (في صامطة) or in a list after a place (ومحايل وبلجرشي); one with the
    article, as often a common noun (العارضة the crossbar, النزهة an outing, البرك pools),
    only in a list right after a place of the gazetteer (وأبو عريش والطوال), and never
    before an adjective (في الجرف القاري). A word that opens a longer place of the gazetteer
    (حفر of حفر الباطن), a person's name or a common bare word is left alone."""
    for i, token in enumerate(tokens):
        if taken[i]:
            continue
        word = token.core
        key = _n(word)
        if (len(key) < 3 or not is_learnt_town(word) or is_known_name(word)
                or _cue_word(key) or is_common_bare_word(word) or _starts_a_place(key)
                or _adjective_next(tokens, i, text) or i + 1 < len(tokens) and not _article(
                    word) and _joined(tokens, i + 1, text) and _article(tokens[i + 1].text)):
            continue  # في جوف الأرض: a noun in construct, not a town
        particle = token.text[:len(token.text) - len(word)]
        article = _article(word)
        listed = i > 0 and (particle == "و" or not particle and re.fullmatch(
            r"\s*[،,]\s*", text[tokens[i - 1].end:token.start]) is not None) and _place_before(
            tokens, i, learnt=not article)
        cued = not article and not particle and i > 0 and _joined(tokens, i, text) and _n(
            tokens[i - 1].text) in _TOWN_BEFORE
        if not (cued or listed):
            continue
        english, guess = _place_english(word)
        claim(i, i, token.core_start, english, "place", guess, _strip_marks(word))


@functools.cache
def _place_openers() -> frozenset[str]:
    return frozenset(key.split()[0] for key in places() if " " in key)


def _starts_a_place(key: str) -> bool:
    """Say whether a word is the first of a longer place of the gazetteer (حفر الباطن)."""
    return key in _place_openers()


def _place_before(tokens, i: int, learnt: bool = True) -> bool:
    """Say whether a place of the gazetteer, or with `learnt` a learnt town without the
    article, ends just before token i, in a list (الدائر، والعبدابي)."""
    before = tokens[i - 1].core
    if learnt and is_learnt_town(before) and not _article(before):
        return True
    for first in range(i - 1, max(i - 4, -1), -1):
        words = [tokens[first].core, *(t.text for t in tokens[first + 1:i])]
        if _n(" ".join(words)) in places():
            return True  # والرياض, وأبو عريش
    return False


def _place_english(name: str) -> tuple[str, bool]:
    """A place's English: the gazetteer's, or a romanised guess (and whether it is one)."""
    listed = places().get(_n(name))
    return (listed[1], False) if listed else (romanize_name(name)[0], True)


def _feature_name(tokens, taken, j: int, text: str, depth: int = 0) -> int | None:
    """Return the last token of the name after a feature's head: a place of the gazetteer,
    another head and its name (بركان جبل رونغ), or one word that is no common one."""
    if j >= len(tokens) or taken[j]:
        return None
    listed = _place_at(tokens, taken, j, text)
    if listed is not None:
        return listed
    word = tokens[j].text
    key = _n(word)
    if re.match(r"[يتن]\w{3,}", word) and key not in places() and (
            len(word) < 7 or is_common_bare_word(word) or key.endswith(("ها", "هم", "ه"))):
        return None  # صحراء تعتبرها: a verb (not يلوستون, too long for one no table knows)
    if key in _FEATURE_HEADS:  # بركان جبل رونغ: one more head at most
        return _feature_name(tokens, taken, j + 1, text, depth + 1) if (
            depth == 0 and _joined(tokens, j + 1, text)) else None
    if (key in _STOP or key in _TITLES or key in _GENERIC or len(word) < 3
            or key in _DUAL_HEADS or key in _REGION_HEADS or key in _ORG_HEADS
            or tokens[j].text != tokens[j].raw_text(text) or _prepositional(word)
            or word[0] in "وف" and not is_known_name(word)
            or key.endswith(("يه", "ين", "ات")) and key not in places() and not (
                key.endswith("يه") and _rare(word) and not _nisba_shaped(word))
            or is_common_word(word if _article(word) else "ال" + word)  # صغيرة, الحياة
            or key in _WORDS_EN and key not in places()):
        return None  # جزيرة عربية, جبل من, نهر الحياة: no name
    return j


def _dual_places(tokens, taken, j: int, text: str, claim) -> None:
    """Claim the two places of a dual head (مدينتي X وY), each of one or two words."""
    for k in range(j + 1, min(j + 3, len(tokens))):
        second = tokens[k]
        if taken[k] or second.text[0] != "و" or len(second.text) < 4:
            continue
        if not all(_joined(tokens, m, text) for m in range(j + 1, k + 1)) or any(taken[j:k]):
            return
        end = k + 1 if (k + 1 < len(tokens) and _joined(tokens, k + 1, text)
                        and text[second.end:tokens[k + 1].start].isspace()
                        and _n(second.text[1:]) in _REGION_PAIRS) else k
        for first, last, start in ((j, k - 1, tokens[j].start), (k, end, second.start + 1)):
            name = _strip_marks(text[start:tokens[last].end])
            english, guess = _place_english(name)
            claim(first, last, start, english, "place", guess, name)
        return


@functools.cache
def _cities() -> frozenset[str]:
    return frozenset(_n(name) for name in CITIES)


def _adjective_use(tokens, i: int, last: int, text: str) -> bool:
    """Say whether a country name that is also an adjective (سورية) qualifies the noun before."""
    if i != last or tokens[i].core != tokens[i].text or not _n(tokens[i].text).endswith("يه"):
        return False
    if not _joined(tokens, i, text):
        return False
    previous = tokens[i - 1].core
    if re.fullmatch(r"[يت][^\Wا]\w{1,3}(?:ه|ها|هم)", previous) and not re.search(
            r"ت(?:ه|ها|هم)$", previous):
        return False  # تحالف تقوده السعودية, تدعمه السعودية: a verb and its object, then the
        # country doing it (not تجربتها السعودية, تاريخها: a noun and its possessive)
    if _article(tokens[i].text) and _article(previous):
        # السفارة السعودية, العلاقات السعودية, الحدود الكويتية السعودية: the nisba agrees with
        # a feminine or plural noun or adjective before it; after a masculine one the country
        # is the verb's object (غادر الوفد السعودية)
        return (_n(previous).endswith("ه") or previous.endswith("ات")
                or _BROKEN_PLURAL.fullmatch(previous) is not None)  # الحدود السعودية
    return (not _article(previous) and _n(previous) not in _STOP
            and _n(tokens[i - 1].text) not in _STOP
            and not is_common_bare_word(previous) and not is_common_word("ال" + previous))
    # أرامكو السعودية: a name and its nisba; أعلنت السعودية, مواليد السعودية: a verb and its
    # subject, a noun and the country it is of (a bare noun takes no adjective with the article)


_CONTINENTS_EN = {_n(k): v for k, v in {
    "الآسيوي": "Asian", "الاسيوي": "Asian", "الأفريقي": "African", "الإفريقي": "African",
    "الافريقي": "African", "الأوروبي": "European", "الاوروبي": "European", "العربي": "Arab",
    "الخليجي": "Gulf"}.items()}  # اتحاد الكرة الآسيوي: the Asian Football Federation
_ONE = _set("واحد واحدة")  # بنك واحد, شركة واحدة: one of a kind, no name
# Bodies of a kind, after و "and the other ...": وزارة التجارة والجهات ذات العلاقة.
_OTHER_BODIES = _set("الجهات الهيئات المؤسسات الشركات الأجهزة الاجهزة الإدارات الادارات "
                     "القطاعات الوزارات الدوائر المنظمات الجمعيات المتحدث الناطق المسؤول "
                     "المسؤولين المسئول")  # وزارة الزراعة والمتحدث باسمها: its spokesman


def _conjunct_of_name(tokens, taken, words: list[int], j: int, head: str) -> bool:
    """Say whether و and a noun with the article go on a body's name whose one to four words
    after its head all have the article (لجنة الأمن القومي والسياسة الخارجية, هيئة الري
    والصرف): not after a state's nationality, which closes a name, and no head of another
    body, institution, known body, place, title, nationality or people (-ين, -ون) after و."""
    rest = tokens[j].text[1:]
    key = _n(rest)
    return (not _article(head) and 1 <= len(words) <= 4 and not taken[j]
            and all(_article(tokens[k].text) for k in words)
            and _n(tokens[words[-1]].text) != _n("الله")  # حزب الله والحديث: God's, no noun
            and key not in _ORG_HEADS and key not in _REGION_HEADS and key not in _TITLES
            and key not in _INSTITUTIONS and key not in organisations()  # الداخلية والشرطة
            and key not in places() and not _nationality(rest)
            and not (_nationality(tokens[words[-1]].text)  # وزارة الثقافة الإيطالية والعاملين
                     and _WORDS_EN.get(_n(tokens[words[-1]].text)) not in {"Arab", "Islamic"})
            and not key.endswith(("ين", "ون")))


def _bare_noun_after(tokens, j: int, text: str) -> bool:
    """Say whether a word without the article, no function word, follows token j: after
    شركة جوجل للحكومة, معلومات is what the company gave (للحكومة, the receiver, no trade)."""
    if j + 1 >= len(tokens) or not _joined(tokens, j + 1, text):
        return False
    word = tokens[j + 1].text
    return not _article(word) and _n(word) not in _STOP and word[0] not in "وفبل"


def _trade_at(tokens, j: int, text: str) -> bool:
    """Say whether token j is لل and the trade of the proper name before it: شركة سامسونج
    للأوراق المالية, وكالة تسنيم للأنباء, جامعة فيينا للتكنولوجيا (not للمواطنين, a receiver,
    nor للحكومة معلومات, what was given to whom)."""
    if j >= len(tokens) or not _joined(tokens, j, text):
        return False
    word = tokens[j].text
    key = _n(word)
    return (word.startswith("لل") and len(word) > 4 and not key.endswith(("ين", "ون"))
            and key not in _STOP and key not in _RECEIVERS
            and text[tokens[j - 1].end:tokens[j].start] == " "
            and not _bare_noun_after(tokens, j, text))


# People in broken plurals a body gives to, no trade of its own: قدمت جامعة القاهرة للطلاب.
_RECEIVERS = _set("للطلاب للطالبات للأطفال للاطفال للمرضى للنساء للشباب للأسر للاسر للعمال "
                  "للزوار للحجاج للفقراء للأيتام للايتام للعملاء للأهالي للاهالي للسكان للجرحى "
                  "للمصابين للضحايا للأسرى للاسرى للجنود للأعضاء للاعضاء للرجال للفتيات")


_PRESS_HEADS = _set("صحيفة جريدة مجلة")  # named for a city and more: صحيفة واشنطن بوست
_PRESS_ENDS = {_n(k): v for k, v in {  # the second word of a paper named for its city
    "بوست": "Post", "تايمز": "Times", "تايمس": "Times", "تريبيون": "Tribune",
    "تلغراف": "Telegraph", "هيرالد": "Herald", "جورنال": "Journal", "ستار": "Star",
    "نيوز": "News", "غلوب": "Globe", "كرونيكل": "Chronicle", "تسايتونج": "Zeitung",
    "تسايتونغ": "Zeitung", "اكسبريس": "Express", "إكسبريس": "Express", "ميرور": "Mirror",
}.items()}
_GROUPS_NAMED = _set("الدولة القاعدة الإخوان الجهاد الشباب النصرة الطليعة")  # تنظيم الدولة
_GROUP_HEADS = _set("جماعة الجماعة تنظيم حركة")  # جماعة حزب الله: the party within


def _listed_name_at(tokens, taken, j: int) -> tuple[int, str] | None:
    """The last token and English of a listed organisation of two to four words from token j
    that no pass has taken, the longest first; None when there is none."""
    for n in (4, 3, 2):
        if j + n <= len(tokens) and not any(taken[j:j + n]):
            listed = organisations().get(_n(" ".join(t.text for t in tokens[j:j + n])))
            if listed:
                return j + n - 1, listed[1]
    return None


def _listed_body_after(tokens, taken, j: int, text: str) -> bool:
    """Say whether a listed organisation of one to three words that no pass has taken starts
    right after a name, at token j (in apposition: شركة الطيران الألمانية لوفتهانزا)."""
    return j < len(tokens) and _joined(tokens, j, text) and any(
        j + n <= len(tokens) and not any(taken[j:j + n])
        and organisations().get(_n(" ".join(t.text for t in tokens[j:j + n])))
        for n in (3, 2, 1))


# A number just before a word: what it counts (34 شركة).
_COUNT_JUST_BEFORE = re.compile(r"(?<![\d.,/])[\d٠-٩]{1,3}\s+$")  # (not في عام 1976 شركة سابك:
# a year, then the company; round 49's hostile pass)


# Cardinal numbers in words, which count what follows them, no name (مجموعة اربع فرق).
_CARDINALS = _set("ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثماني ثمانية تسع تسعة عشر "
                  "عشرة")


def _org_pass(tokens, taken, text, claim) -> None:
    for i, token in enumerate(tokens):
        if taken[i] or _place_at(tokens, taken, i, text, or_its_core=True) is not None:
            continue  # قناة السويس, لقناة السويس: a place, though قناة heads channels
        read = _as(token, _ORG_HEADS)
        if read is None:
            continue
        head, head_start = read
        if head == token.text and _COUNT_JUST_BEFORE.search(text, max(0, token.start - 12),
                                                             token.start):
            continue  # 34 شركة نموًا: a count of companies, no company (round 49's
            # threehundredfiftytwo)
        if _n(head) == _n("فرقة") and i + 1 < len(tokens) and (
                _n(tokens[i + 1].text) in _UNIT_TASKS or _listed_name_at(tokens, taken, i + 1)
                or (place := _place_from(tokens, taken, i + 1, text)) is not None
                and not _adjective_next(tokens, place, text)
                or not any(_n(tokens[k].core) in _ART_WORDS
                           for k in range(i + 1, min(i + 5, len(tokens))))):
            continue  # فرقة الإطفاء, فرقة الدفاع المدني: a unit at work, not a troupe; فرقة
            # الرياض, فرقة مكة المكرمة: the city's troupe, the city the name; a troupe is
            # told by its art (الشعبية, للفنون), not فرقة الحرس الجمهوري, فرقة العمل المالي
        inner = (_listed_name_at(tokens, taken, i + 1) if _n(head) in _GROUP_HEADS
                 and i + 1 < len(tokens) and _as(tokens[i + 1], _ORG_HEADS) else None)
        if inner:  # جماعة حزب الله: the listed party, not a group of it (وزارة الحرس الوطني
            last, english = inner  # is one name: only a group's head gives way)
            claim(i + 1, last, tokens[i + 1].start, english, "organisation", False)
            continue
        words: list[int] = []
        for length in (5, 4, 3, 2):  # a listed name: هيئة كبار العلماء
            span = range(i + 1, i + 1 + length)
            if span.stop <= len(tokens) and all(_joined(tokens, k, text) for k in span) and (
                    _n(" ".join([head, *(tokens[k].text for k in span)])) in organisations()
                    or length > 1 and not any(taken[k] for k in span)
                    and _n(" ".join(tokens[k].text for k in span)) in organisations()
                    and (not _as(tokens[i + 1], _ORG_HEADS) or _n(head) in _COMPANY_HEADS)):
                words = list(span)  # هيئة كبار العلماء; شركة وارنر بروس: a listed company
                break
        listed = bool(words)  # a listed name is whole as listed (إيلي ليلي: not in construct)
        if (len(words) == 1 and _trade_at(tokens, words[0] + 1, text)
                and not taken[words[0] + 1]):
            words.append(words[-1] + 1)  # وكالة تسنيم للأنباء: a listed name and its trade
        j = i + 1 if not words else len(tokens)
        complement = False  # after للسياحة (لل + noun) a name goes on with و: والتراث
        while j < len(tokens) and len(words) < 6 and _joined(tokens, j, text) and not taken[j]:
            word = tokens[j].text
            key = _n(word)
            if not text[tokens[j - 1].end:tokens[j].start].isspace():
                break  # التحالف العربي- الشرعية: a hyphen joins two names, not one
            if _in_the_future(word) or (
                    word.endswith("ت") and _verb_no_name(word)) or not words and key in _ONE or (
                    not words and text[tokens[j].start:tokens[j].end].endswith(("ًا", "اً"))):
                break  # مجموعة سيظهر خيار: a verb in the future after the head; شركة ساعدت
                # (but جمعية ساعد الخيرية); بنك واحد: "one bank"; حققت شركة فائضًا: what it
                # made, in the accusative
            if words and _lam_complement(tokens, words, j):
                words.append(j)  # الهيئة العامة للسياحة, اللجنة الوطنية لمكافحة المخدرات
                complement = True
                j += 1
                continue
            if (words and word[0] == "و" and _article(word[1:]) and _n(word[1:]) not in _STOP
                    and _n(word[1:]) not in _ORG_STOP_ARTICLE and len(words) < 5
                    and _n(word[1:]) not in _ORG_HEADS  # وزارة التعليم والهيئة العامة: two
                    and _n(word[1:]) not in _OTHER_BODIES  # وزارة التجارة والجهات: others
                    and not (_n(word).endswith("ي") and j + 1 < len(tokens)
                             and _joined(tokens, j + 1, text)
                             and (is_known_given(tokens[j + 1].text)
                                  or _n(tokens[j + 1].text) in _NAME_LINKS))
                    # جبهة النصرة والقيادي أبو عمر: a man's role, then the man
                    and not (j + 1 < len(tokens) and _n(tokens[j + 1].text) in _SELF)
                    # المرصد السوري لحقوق الإنسان والفرقة نفسها: a second body, "itself"
                    and (complement or len(words) == 1 and not _n(tokens[words[0]].text).endswith(
                        ("ي", "يه")) and _article(tokens[words[0]].text) and not _article(head)
                        and _n(tokens[words[0]].text) != _n("الله")
                         or _conjunct_of_name(tokens, taken, words, j, head))):
                words.append(j)  # للسياحة والتراث الوطني, وزارة الثقافة والإعلام
                j += 1
                continue
            if (complement and words and j - 1 == words[-1] and word[0] == "و"
                    and not _article(word[1:]) and j + 1 < len(tokens)
                    and _joined(tokens, j + 1, text) and not taken[j + 1]
                    and _article(tokens[j + 1].text) and is_common_word("ال" + word[1:])
                    and _n(word[1:]) not in _ORG_HEADS and _n(word[1:]) not in _STOP
                    and _n(word[1:]) not in _ROLE_HEADS  # لكرة السلة ورئيس الوفد: a man
                    and _n(word[1:]) not in _REGION_HEADS  # للسياحة ومحافظة الطائف: a place
                    and _n(tokens[j + 1].text) not in _STOP and len(words) < 5):
                words += [j, j + 1]  # الهيئة العامة للأرصاد وحماية البيئة: a second object
                j += 2
                continue
            if (len(words) == 1 and _n(tokens[words[0]].text) == _n("الكرة")
                    and key in _SPORTS_EN and _ORG_HEADS[_n(head)] == "Union"):
                words.append(j)  # اتحاد الكرة الطائرة: the game, not "the plane"
                j += 1
                continue
            if (_n(head) == _n("حركة") and _article(word) and not words
                    and not (j + 1 < len(tokens) and _joined(tokens, j + 1, text)
                             and _WORDS_EN.get(_n(tokens[j + 1].text)) in _POLITICAL)
                    and not (i and (_n(tokens[i - 1].text) in _SPOKEN_FOR
                                    or _as(tokens[i - 1], _ROLE_HEADS)))):
                break  # حركة النقل, حركة الصعود: movement, not a movement (حركة المقاومة
                # الشعبية is one)
            if (words and _article(word) and key.endswith("ين") and len(key) > 5
                    and key not in _STOP and _article(tokens[words[-1]].text)
                    and not _n(tokens[words[-1]].text).endswith(("ي", "يه"))
                    and _n(f"{head} {tokens[words[-1]].text}") not in _GENERIC_BODIES):
                words.append(j)  # جمعية الأطفال المعوقين, جماعة الإخوان المسلمين
                j += 1
                continue
            if _n(head) in _NATIONAL_ONLY and not words and not _nationality(word):
                break  # البريد الإلكتروني: e-mail, not the post
            if _n(head) in _PLACE_ONLY and not words and not (
                    key in places() or key in _REGION_HEADS
                    or _place_at(tokens, taken, j, text) is not None):
                break  # أمانة اللجنة, بلدية الحي: a secretariat; أمانة عسير is a name (and
                # أمانة المنطقة الشرقية, a place of two words)
            if (_n(head) in _PLACE_ONLY and not words and key in _REGION_HEADS
                    and _joined(tokens, j + 1, text)
                    and (place := _place_from(tokens, taken, j + 1, text)) is not None):
                words += list(range(j, place + 1))  # أمانة منطقة الرياض: the region's
                break
            if _n(head) in _ROYAL_ONLY and not (words or key in _ROYAL):
                break  # مطار القاهرة is Cairo; مطار الملك خالد is a name
            if _n(head) in _PROPER_ONLY and (_article(word) and not (
                    not words and key.endswith("يه") and _WORDS_EN.get(key) in _NATIONALITY | {
                        "Arab"}) or key in _PROPER_ONLY_NOT):  # طيران العربية, not طيران التحالف
                break  # فريق العمل, طيران التحالف: a team, a flight; فريق هجر: a club
            if not words and _n(head) not in _PROPER_ONLY:
                place = _place_at(tokens, taken, j, text)
                if place is not None:  # سفارة الولايات المتحدة: the place ends the name
                    words += list(range(j, place + 1))
                    j = place + 1
                    if (j < len(tokens) and not taken[j] and _joined(tokens, j, text)
                            and _ORG_HEADS[_n(head)] in _FOR_HEADS
                            and _complement_word(tokens[j].text)):
                        words.append(j)  # اتحاد أميركا الجنوبية لكرة القدم: but its ل phrase
                        complement = True
                        j += 1
                        continue
                    if (j < len(tokens) and not taken[j] and _joined(tokens, j, text)
                            and _WORDS_EN.get(_n(tokens[j].text)) == "Sports"):
                        words.append(j)  # قناة أبو ظبي الرياضية: and its kind
                    break
            if (key == _n("العام") and words and _article(tokens[words[-1]].text)
                    and not _n(tokens[words[-1]].text).endswith(("ي", "يه"))
                    and _n(" ".join([head, *(tokens[k].text for k in words)]))
                    not in organisations()  # مجلس الأمن العام الماضي: the Council, last year
                    and not re.match(r"\s*(?:\d|(?:الماضي|المقبل|الحالي|الجاري|المنصرم)(?!\w))",
                                     text[tokens[j].end:])):
                words.append(j)  # مديرية الأمن العام: general, not the year
                break
            if (key == _n("الدولة") and len(words) == 1 and not _article(tokens[words[0]].text)
                    and not taken[words[0]]):
                words.append(j)  # محكمة أمن الدولة: the state's security
                words += _adjective_after(tokens, taken, j + 1, text)  # محكمة أمن الدولة العليا
                break
            if key in _STOP or key in _ORG_STOP_ARTICLE or word[0] in "وف" and _article(word[1:]):
                break
            if not words and key in _CARDINALS:
                break  # من كل مجموعة اربع فرق: a count after the head, no name (round 71's
                # new-user review; أربع with its hamza was already left out as a common word)
            proper = (bool(words) and not _article(tokens[words[0]].text)
                      and _n(tokens[words[0]].text) not in places()
                      and not complement)  # after للعلوم the complement's own words go on
            news = len(words) == 1 and _n(tokens[words[0]].text) == _n("أنباء")
            if news and not _article(word) and len(word) > 2 and key not in _STOP:
                words.append(j)  # وكالة أنباء فارس
                j += 1
                continue
            if news and _article(word) and not taken[j] and key not in _ORG_STOP_ARTICLE:
                words.append(j)  # وكالة أنباء الجمهورية الإيرانية, وكالة أنباء الشرق الأوسط
                words += (_adjective_after(tokens, taken, j + 1, text)
                          or _nationalities_after(tokens, taken, j + 1, text))
                break
            named = proper and not (len(words) == 1 and _common_verb_or_noun(
                tokens[words[0]].text)) or (len(words) == 1 and not complement and (
                _n(tokens[words[0]].text) in places()
                or _n(head) == _n("وكالة") and key == _n("للأنباء")))  # وكالة الأناضول للأنباء
            named = named or (_n(head) in _COMPANY_HEADS and len(words) <= 2 and not complement
                              and _article(tokens[words[0]].text)
                              and _n("ال" + word[2:]) in _TRADE_WORDS if words else False)
            # شركة العنقاء للطاقة, مجموعة الطيار للسفر: a company named with the article too,
            # before a trade of the list (not شركة الكهرباء للمناطق النائية: whom it serves)
            if named and _trade_at(tokens, j, text):
                words.append(j)  # شركة سامسونج للأوراق المالية, نيسان للسيارات: its trade
                complement = True
                j += 1
                continue
            if proper and _WORDS_EN.get(key) in _COMPANY_ENDS:
                words.append(j)  # مجموعة ناس القابضة
                break
            if (proper and 2 <= len(words) < 4 and not any(_article(tokens[k].text)
                                                          for k in words)
                    and _rare(word) and not word.endswith(("ة", "ي"))  # ألجماينه, not -ة
                    and not (word.endswith("ا") and is_common_bare_word(word))  # شركة بيكر
                    # هيوز جهازا قطره: a counted noun after the name (round 43's threehundredten)
                    and text[tokens[j - 1].end:tokens[j].start] == " "):
                words.append(j)  # مجموعة بوكوم انترناشيونال هولدينغز: a foreign name goes on
                j += 1
                continue
            if (proper and len(words) == 1 and not _article(word) and len(word) > 3
                    and word[0] not in "وفبل"  # حماس واثنتان, حراء بفوز: the next words
                    and key not in _STOP and key not in _TITLES and not _prepositional(word)
                    and not key.endswith(("ه", "ي")) and not re.match(r"[يتس]\w{3}", word)
                    and not _owned(word)  # شركة معادن نتائجها: its results
                    and not is_common_word("ال" + word, at_most=0.01)  # شركة معادن ارتفاع
                    and text[tokens[j - 1].end:tokens[j].start] == " "):
                words.append(j)  # شركة وارنر بروس: a name of two words
                j += 1
                continue
            if (proper and len(words) == 1 and _article(word) and not key.endswith(("ي", "يه"))
                    and (re.fullmatch(_VERBAL_NOUN, tokens[words[0]].text)
                         or is_common_word("ال" + tokens[words[0]].text)
                         and key not in _ORG_STOP_ARTICLE and key not in _STOP
                         and key not in places() and not _TIME_AFTER.match(text, tokens[j].start))):
                words.append(j)  # معهد إعداد القادة, جمعية مراكز الأحياء: a noun and its own
                break
            if (proper and len(words) == 1 and _n(head) in _PARTY_HEADS and key in countries()
                    and not taken[j]):
                words.append(j)  # حزب نداء تونس: a party named for its country
                break
            if proper and (_WORDS_EN.get(key) not in _NATIONALITY or _WORDS_EN[key] not in {
                    "Arab", "Gulf", "European"}):
                break  # صحيفة حرييت الخبر, وكالة دوغان التركية: a name, then only a nationality
                # that is part of it (جامعة نايف العربية), not the country's (التركية)
            if words and _n(tokens[words[-1]].text) in _ROYAL:
                name = _royal_name(tokens, _name_words(tokens, taken, j, text))
                while name and re.match(r"س[يتن]\w{4}", tokens[name[-1]].text):
                    name.pop()  # جامعة الملك سعود ستستضيف: a future verb ends the name
                if name:  # مستشفى الملك عبد العزيز
                    words += name
                    after = name[-1] + 1
                    words += (_complement_after(tokens, taken, after, text)
                              or _adjective_after(tokens, taken, after, text))
                    break
            if (not words and not _article(head) and j + 2 < len(tokens)
                    and _n(tokens[j + 1].text) in NASAB and not any(taken[j:j + 3])
                    and all(_joined(tokens, k, text) for k in (j + 1, j + 2))):
                words += [j, j + 1, j + 2]  # جماعة عقبة بن نافع: named after a man
                words += _adjective_after(tokens, taken, j + 3, text)  # مؤسسة سالم بن محفوظ
                break  # الخيرية: and its adjective
            if not words and not _article(head) and is_known_given(word) and not (
                    is_also_common_word(word) or _n(word) in _AMBIGUOUS_GIVEN):
                name = _name_words(tokens, taken, j, text)
                if (len(name) >= 2 and _n(head) in _COMPANY_HEADS
                        and _trade_at(tokens, name[-1] + 1, text) and not taken[name[-1] + 1]):
                    words += [*name, name[-1] + 1]  # شركة عبدالرحمن سعد الراشد للحراسات
                    complement = True  # الأمنية الخاصة: a firm named after a man, and its
                    j = name[-1] + 2  # trade (round 49's threehundredfiftytwo)
                    continue
                if len(name) >= 2:  # مشفى عبدالرحمن الفيصل: named after a man
                    words += name + _adjective_after(tokens, taken, name[-1] + 1, text)
                    break  # كلية محمد المانع الطبية: and its adjective
            adjective = adjective_word(key)
            if (complement and j - 1 == words[-1] and _article(word)
                    and tokens[words[-1]].text[0] == "ل"
                    and (not tokens[words[-1]].text.startswith("لل")
                         or key.endswith(("ي", "يه")) and key not in _ORG_STOP_ARTICLE)):
                words.append(j)  # لمكافحة المخدرات: the complement's own genitive
                j += 1
                continue
            if (_article(head) or words) and _article(word) and not adjective:
                break  # مجلس الوزراء الشكر: the object of the verb, not the name
            if _article(word) or (key in _WORDS_EN):
                words.append(j)
            elif (not words and not _article(head) and _n(head) not in _NO_PURPOSE
                  and _purpose_noun(tokens, taken, j, text)):
                words += [j, j + 1]  # وكالة حماية البيئة, لجنة مكافحة العدوى: its task
                complement = True  # and its adjectives (الموارد البشرية, المخدرات الأميركية)
                j += 2
                continue
            elif not words and not _article(head) and key in places():
                if (_n(head) in _PRESS_HEADS and j + 1 < len(tokens) and not taken[j + 1]
                        and (_rare(tokens[j + 1].text) or _n(tokens[j + 1].text) in _PRESS_ENDS)
                        and text[tokens[j].end:tokens[j + 1].start] == " "):
                    words += [j, j + 1]  # صحيفة واشنطن بوست: a place and a foreign word
                    break
                lam_after = (_ORG_HEADS[_n(head)] in _FOR_HEADS and j + 1 < len(tokens)
                             and not taken[j + 1] and _joined(tokens, j + 1, text)
                             and text[tokens[j].end:tokens[j + 1].start] == " "
                             and (tokens[j + 1].text.startswith(("لل", "لكرة"))
                                  or _n(head) in _COMPANY_HEADS)  # شركة تبوك لإنتاج
                             and _complement_word(tokens[j + 1].text))
                # (not اتحاد مصر لمواجهة الإرهاب: Egypt's unity to face it, a verbal noun)
                if lam_after:
                    words += [j, j + 1]  # اتحاد آسيا للمكفوفين: a place's union for a cause
                    complement = True
                    j += 2
                    continue
                if not (_n(head) in _PROPER_ONLY | _PLACE_NAMED
                        or _n(head) == _n("قناة") and key in _CHANNEL_CITIES
                        or _adjective_next(tokens, j, text)):
                    break  # اتحاد ماليزيا: the place is its own name (قناة أبوظبي: a city's
                    # channel, Abu Dhabi TV; قناة البصرة, قناة جدة: a waterway)
                words.append(j)  # فريق نجران, شركة جدة الوطنية
            elif (not words and not _article(head) and len(word) > 2 and key not in _TITLES
                  and not (word[0] == "و" and word.endswith("ا"))  # جامعة وعملا, not وارنر
                  and not (word[0] == "و" and not is_common_word("ال" + word) and (
                      is_common_word("ال" + word[1:], at_most=0.01)
                      or is_common_present(word[1:])))  # 20 شركة
                  # واستقرار أسعار, شركة واستقرت: the sentence goes on
                  and not (re.fullmatch(r"أ\w{3}", word) and not is_known_name(word))  # أبيض
                  and _n(head) != _n("تنظيم")  # تنظيم هجمات: organising, not an organisation
                  and not (key.endswith("ه") or key.endswith("ي") and not (
                      _rare(word) and not is_common_bare_word(word) and not _nationality(word)
                      and not is_common_word(f"ال{word[:-1]}ين")))  # جمعية صيادي الأسماك
                  # مجموعة أولى, محكمة محلية: adjectives (not مجموعة ميتسوبيشي, حكومة فيشي)
                  and not (key.endswith(("ات", "ين")) and len(key) > 4)  # غرفة عمليات,
                  # هيئة محلفين: a plural noun (أمازون in -ون is a name)
                  and key not in _COMPASS  # مستشفى شرق جدة: a direction, not a name
                  and not _owned(word)  # جماعة مسؤوليتها: "its responsibility"
                  and (not re.match(r"[يت]\w{3}", word)  # منظمة يمكن: a verb
                       or re.fullmatch(_VERBAL_NOUN, word) and j + 1 < len(tokens)
                       and _article(tokens[j + 1].text))):  # معهد تأهيل المدربين
                words.append(j)  # a proper name: صحيفة حرييت, شركة أمازون
            else:
                break
            j += 1
        if (len(words) >= 2 and not listed and _in_construct(tokens[words[-1]].text)
                and not (words[-1] + 1 < len(tokens) and taken[words[-1] + 1])):
            genitive = _genitive_after(tokens, taken, words[-1] + 1, text)
            words = words + genitive if genitive else words[:-1]  # اللجنة العليا لمهرجان أبها
            # يجمعنا, لمعرض جدة الدولي للكتاب; الاتحاد العاجي لمدة: "for a while", no name
        own = [tokens[k].text for k in words]  # the words as this pass read them
        if words and (longer := _learnt_body_end(tokens, taken, i, head, text)) > words[-1]:
            words = list(range(i + 1, longer + 1))  # وزارة الشؤون الإسلامية والأوقاف والدعوة
        if (words and _n(tokens[words[-1]].text) in _OVERSIGHT and words[-1] + 2 < len(tokens)
                and _n(tokens[words[-1] + 1].text) == _n("على")
                and _article(tokens[words[-1] + 2].text)
                and not any(taken[words[-1] + 1:words[-1] + 3])
                and all(_joined(tokens, k, text) for k in (words[-1] + 1, words[-1] + 2))):
            words += [words[-1] + 1, words[-1] + 2]  # اللجنة السعودية للرقابة على المنشطات:
            # the oversight's object is the body's name too
        if not words:
            continue
        if (_n(head) == _n("تنظيم") and _article(tokens[words[0]].text)
                and _n(tokens[words[0]].text) not in _GROUPS_NAMED):
            continue  # تنظيم البطولة, تنظيم اللقاء: organising an event, not a group
        if len(words) == 2 and _disagreeing_nisba(head, tokens[words[0]].text,
                                                  tokens[words[1]].text):
            words = words[:1]  # دول مجلس التعاون الخليجية: the states' adjective, not the
            # council's (which would be الخليجي)
        last = words[-1]
        rest = [tokens[k].text for k in words]
        if len(rest) == 1 and (_n(head) == _n("النادي") and _place_nisba(rest[0])
                               or _n(head) == _n("الاتحاد") and _n(rest[0]) in _SCOPE_WORDS):
            continue  # النادي الإنجليزي, النادي الكتالوني, الاتحاد القاري: a club or a
            # federation told by its country or reach, named before or after
        if (len(rest) == 1 and not _article(head) and (
                _common_verb_or_noun(rest[0]) or _as(tokens[last], _ORG_HEADS))
                and not rest[0].endswith("ا") and not organisations().get(_n(rest[0]))
                and not organisations().get(_n(" ".join([head, *rest])))):
            continue  # مجموعة ضمت, لجنة عمل: a verb or a common noun alone, or a head (أكبر
            # شركة طيران: an airline); مجموعة ناس القابضة goes on; بورصة كوريا: a foreign name
            # in -ا is no accusative here
        if (len(rest) == 1 and not _article(head) and _describing_word(rest[0])
                and _n(head) not in _COMPANY_HEADS  # شركة مرافق, شركة كامل: companies
                and _n(rest[0]) not in places()
                and not organisations().get(_n(" ".join([head, *rest])))):
            continue  # لجنة عليا, حزب معارض, مستشفى قريب, شركة مقابل: "a high committee"
        if _n(head) == _n("مكتب") and (organisations().get(_n(" ".join(rest))) or _listed_name_at(
                tokens, taken, i + 1)):
            continue  # مكتب الخطوط السعودية: the listed body, found by itself
        if _n(head) in _ADJECTIVE_ONLY and (_n(rest[0]) in _ORG_HEADS or not any(
                _WORDS_EN.get(_n(w)) in _ADJECTIVES_EN
                for w in (rest if _article(head) else rest[1:]))) and not (
                _n(head) in _LOCAL_BODIES and _article(rest[0])
                and _local_seat(tokens, taken, head, last + 1, text)):
            continue  # قوات الأمن, جهاز الكمبيوتر, الحزب اليساري: no adjective to make them a
            # name; قوات الجيش الوطني: the army is the name
        if _n(head) in _NISBA_FIRST and not _n(rest[0]).endswith(("ي", "يه")) or (
                _n(head) == _n("المركز") and _WORDS_EN.get(_n(rest[0])) not in _DESCRIBING):
            continue  # المركز المول, المركز المالي للشركة, المركز التجاري: a place or a
            # standing; المركز الوطني للقياس, المركز السعودي لكفاءة الطاقة are bodies
        if (_article(head) and _n(head) in _ANAPHORIC_HEADS and (
                len(words) == 1 or all(_WORDS_EN.get(_n(w)) in _NATIONALITY for w in rest))
                and not organisations().get(_n(" ".join([head, *rest])))
                or _n(" ".join([head, *rest])) in _GENERIC_BODIES
                or _n(f"{head} {rest[0]}") in _GENERIC_BODIES and len(rest) > 1
                and rest[1].startswith("و")):
            continue  # الشركة المالية, الشركة الكورية: the article's company, not a name
        known = (organisations().get(_n(" ".join([head, *rest])))
                 or organisations().get(_n(" ".join(rest)))  # شركة أمازون: أمازون is listed
                 or organisations().get(_n(" ".join([head, *own])))  # a learnt name's start
                 # is a known body: its English (مركز الملك سلمان للإغاثة … is KSrelief)
                 or (organisations().get(_n(f"{head} {rest[0]}")) if len(rest) == 2
                     and _nationality(rest[1]) and _n(head) in _PARTY_HEADS else None))
        # حزب الله اللبناني: the party (but وزارة الخارجية السويدية: any state's ministry)
        if (not known and _n(head) in _COMPANY_HEADS and all(_article(w) for w in rest)
                and _listed_body_after(tokens, taken, last + 1, text)):
            continue  # شركة الطيران الألمانية لوفتهانزا: what the listed company is, before it
            # (a company's only: وطلبت وزارة الداخلية الكويتية الإنتربول is the ministry's)
        if (not known and _n(head) in _COMPANY_HEADS and _n(rest[0]) in _TRADE_BEFORE_A_NAME
                and (name := _foreign_name_after(tokens, taken, words[0] + 1, text))
                and not _article(tokens[name[0]].text)):
            # شركة الأبحاث غارتنر, شركة أبحاث ماركيت: what the company does, then its name
            # (round 42: "Research Company" and "Abhath Markit" were read; مؤسسة أبحاث الصداع
            # is research on headaches)
            ar = _strip_marks(text[tokens[name[0]].start:tokens[name[-1]].end])
            claim(name[0], name[-1], tokens[name[0]].start, romanize_name(ar)[0],
                  "organisation", True, ar)
            continue
        nisba = last + 1  # شركة أمن المعلومات الإسرائيلية: the nationality after the words
        if not _nationality(rest[-1]) and nisba < len(tokens) and not taken[nisba] and (
                _nationality(tokens[nisba].text) or _n(tokens[nisba].text) == _n("السعودية")):
            nisba += 1
        if (not known and _n(head) in _COMPANY_HEADS and nisba > last + 1 - _nationality(
                rest[-1]) and not _officer_of(tokens, i)
                and (name := _foreign_name_after(tokens, taken, nisba, text))):
            # شركة أمن المعلومات الإسرائيلية أدالوم: what the company is, then its name (the
            # nationality no place; a listed name after السعودية is the gazetteer pass's)
            for k in range(last + 1, nisba):
                taken[k] = True
            ar = _strip_marks(text[tokens[name[0]].start:tokens[name[-1]].end])
            claim(name[0], name[-1], tokens[name[0]].start, romanize_name(ar)[0],
                  "organisation", True, ar)
            continue
        english = known[1] if known else _org_english(head, rest)
        country_body = (organisations().get(_n(f"{head} {rest[0]}"))
                        if not known and len(rest) == 2 and _n(head) in _COUNTRYS_OWN
                        and _country_told(rest[1]) else None)
        if country_body:  # مجلس النواب الأردني: the listed body, that country's
            english = _of_country(country_body[1], _WORDS_EN[_n(rest[1])])
        if not known and len(rest) > 2 and _n(rest[-2]) == _n("على"):  # للرقابة على المنشطات
            said = _WORDS_EN.get(_n(rest[-1]))  # on Doping, or the body's English before على
            english = _org_english(head, rest[:-2]) + (f" on {said}" if said else "")
        # شرطة دبي: a city's police, Dubai Police, is a translation, no guess
        translated = len(rest) == 1 and _n(head) == _n("شرطة") and _n(rest[0]) in places()
        where = _local_seat(tokens, taken, head, last + 1, text)
        if where is not None:  # الشؤون الصحية بمنطقة الجوف: a local body and its seat
            last, english = where[0], f"{english} in {where[1]}"
        claim(i, last, head_start, english, "organisation", known is None and not translated,
              _strip_marks(head + text[tokens[i].end:tokens[last].end]))


# A verbal noun of the shapes تفاعل and تفعيل with the article (التعاون, التطوير): masculine,
# unlike a broken plural (الغرف, المصارف) or a name (أميركا), which take a feminine adjective.
_MASCULINE_VERBAL_NOUN = re.compile(r"الت\wا\w[^ةه]|الت\w\wي[^ةه]")  # not التنمية


def _disagreeing_nisba(head: str, noun: str, nisba: str) -> bool:
    """Say whether a feminine nisba after a masculine head and a masculine verbal noun
    (مجلس التعاون الخليجية) agrees with neither, so describes a word before the head (دول),
    not the body."""
    return (nisba.startswith("ال") and _n(nisba).endswith("يه")
            and not _n(head).endswith("ه") and bool(_MASCULINE_VERBAL_NOUN.fullmatch(noun)))


_OVERSIGHT = _set("للرقابة الرقابة للإشراف الإشراف للاشراف للمحافظة للحفاظ")  # ... على X


def _officer_of(tokens, i: int) -> bool:
    """Say whether the company head at token i follows an officer's title with ل (الرئيس
    التنفيذي لشركة السيارات اليابانية أكيو تويودا): the name after is the officer's."""
    return tokens[i].text.startswith("ل") and any(
        _n(tokens[k].text) in _TITLES or _n(tokens[k].text) in _OFFICER_WORDS
        for k in range(max(0, i - 2), i))


_OFFICER_WORDS = _set("التنفيذي التنفيذية العام العامة")


def _foreign_name_after(tokens, taken, j: int, text: str) -> list[int]:
    """The words of a foreign name right after a company's description (الإسرائيلية أدالوم,
    الأمريكية فاير آي): a word no table or the corpus knows, then up to two more that are no
    common word, function word or place; none when the name does not start at j."""
    if (j >= len(tokens) or taken[j] or text[tokens[j - 1].end:tokens[j].start] != " "
            or not _foreign_word(tokens[j].text) or _place_at(tokens, taken, j, text)
            is not None):
        return []
    name = [j]
    for k in range(j + 1, min(j + 3, len(tokens))):
        word = tokens[k].text
        if (taken[k] or text[tokens[k - 1].end:tokens[k].start] != " " or _article(word)
                or is_common_bare_word(word) or is_common_word(word) or _prepositional(word)
                or _n(word) in _STOP or not re.fullmatch(r"[\u0621-\u064A]+", word)):
            break
        name.append(k)
    return name


def _purpose_noun(tokens, taken, j: int, text: str) -> bool:
    """Say whether token j, after a body's head, is a noun of a standing task (`_PURPOSE_EN`:
    حماية, رعاية, تنمية, مكافحة…) with its object after it: وكالة حماية البيئة, مجلس مكافحة
    الفساد; not when the object is a place or a body a table knows (هيئة تنمية المنطقة
    الشرقية: the place is the name found)."""
    if _n(tokens[j].text) not in _PURPOSE_EN:
        return False  # لجنة دراسة الملف, هيئة رئاسة المؤتمر: a task of the day, no name
    after = j + 1
    if after < len(tokens) and _listed_at(tokens, taken, after, text, tokens[after].text,
                                          (3, 2, 1), places(), organisations()):
        return False
    return (after < len(tokens) and not taken[after] and _joined(tokens, after, text)
            and text[tokens[j].end:tokens[after].start] == " " and _article(tokens[after].text)
            and _n(tokens[after].text) not in _STOP
            and not _TIME_AFTER.match(text, tokens[after].start))


def _learnt_body_end(tokens, taken, i: int, head: str, text: str) -> int:
    """Return the last token of the longest learnt body's name read from the head at token i
    (its words written with single spaces between, none taken), or i when none is."""
    names, starts = learnt_bodies()
    key, last = _n(head), i
    for j in range(i + 1, min(i + 10, len(tokens))):
        if taken[j] or text[tokens[j - 1].end:tokens[j].start] != " ":
            break
        key = f"{key} {_n(tokens[j].text)}"
        if key in names:
            last = j
        elif key not in starts:
            break
    return last


# Heads of bodies named after the state or body they serve (سفارة الولايات المتحدة, بعثة الأمم
# المتحدة لمساعدة العراق): a body of its own, beside the registry's actor.
_STATE_BODY_HEADS = _set("سفارة السفارة قنصلية حكومة")  # of a state only, not of داعش
_BODY_OF_HEADS = {_n(k): v for k, v in {
    "سفارة": "Embassy", "السفارة": "Embassy", "قنصلية": "Consulate", "بعثة": "Mission",
    "مكتب": "Office", "قيادة": "Command", "مفوضية": "Commission", "حكومة": "Government",
    "منظمة": "Organization", "صندوق": "Fund", "برنامج": "Programme",
}.items()}
_HEADS_OF_A_BODY = _set("منظمة صندوق برنامج")  # a listed body only (صندوق الأمم المتحدة للطفولة)


def _body_of_registered_pass(tokens, taken, text, claim,
                             registered: dict[int, tuple[int, str, str]]) -> None:
    """Claim a body named after a registry state or body: its head, the actor's name, and a ل
    complement (مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية, سفارة الولايات المتحدة). The
    actor stays the registry's; the body is a candidate of its own."""
    for i, token in enumerate(tokens):
        j = i + 1
        read = _as(token, _BODY_OF_HEADS)
        if read is None or taken[i] or j not in registered or not _joined(tokens, j, text):
            continue
        last, actor_en, kind = registered[j]
        if kind != "state" and _n(token.core) in _STATE_BODY_HEADS:
            continue  # سفارة داعش: no embassy of a group
        agency = _n(read[0]) in _HEADS_OF_A_BODY  # منظمة, صندوق, برنامج: a listed body only
        complement = _complement_after(tokens, taken, last + 1, text)
        after = last + 1
        if (not complement and after < len(tokens) and not taken[after]
                and _joined(tokens, after, text) and _n(" ".join(
                    [read[0], *(t.text for t in tokens[j:after + 1])])) in organisations()):
            last = after  # برنامج الأمم المتحدة الإنمائي: a known body's adjective
        while complement and len(complement) < 4 and (k := complement[-1] + 1) < len(tokens) and (
                not taken[k] and _joined(tokens, k, text) and _article(tokens[k].text)
                and _n(tokens[k].text).endswith(("يه", "ي"))):
            complement.append(k)  # لتنسيق الشؤون الإنسانية: the genitive's adjective
        head, head_start = read
        english = f"{actor_en.split(' (')[0]} {_BODY_OF_HEADS[_n(head)]}"
        if complement:
            last = complement[-1]
            english += " for " + " ".join(_english_word(tokens[k].core) for k in complement)
            where = last + 2  # بعثة الأمم المتحدة للدعم في ليبيا: a mission's country
            if (_n(head) == _n("بعثة") and where < len(tokens) and tokens[where - 1].text == "في"
                    and all(_joined(tokens, k, text) for k in (where - 1, where))
                    and _n(tokens[where].text) in countries()):
                last = where
        ar = _strip_marks(head + text[token.end:tokens[last].end])
        known = organisations().get(_n(ar))  # منظمة الأمم المتحدة للأغذية والزراعة: FAO
        if agency and not known:
            continue  # برنامج إيران النووي, صندوق داعش المالي: no body of its own
        first = i
        if (not known and i and not taken[i - 1] and head_start == token.start
                and _n(tokens[i - 1].core) == _n("مجلس") and _joined(tokens, i, text)):
            first, head_start = i - 1, tokens[i - 1].start  # مجلس قيادة طالبان: the council
            ar = _strip_marks(text[head_start:tokens[last].end])  # of the leadership
            english = english.replace(f" {_BODY_OF_HEADS[_n(head)]}", " Leadership" if _n(
                head) == _n("قيادة") else f" {_BODY_OF_HEADS[_n(head)]}", 1) + " Council"
        claim(first, last, head_start, known[1] if known else english, "organisation",
              not known, ar)


# A state's institution named by a common noun and the state's nisba (الجيش الإيراني,
# الجمارك الصينية, القوات الجوية الأميركية, والكنيسة الكاثوليكية): an organisation.
_INSTITUTIONS = {_n(k): v for k, v in {
    "الجيش": "Army", "الجمارك": "Customs", "الرئاسة": "Presidency",
    "الداخلية": "Interior Ministry", "الخارجية": "Foreign Ministry",
    "الدفاع": "Defence Ministry", "الشرطة": "Police", "البحرية": "Navy", "الموساد": "Mossad",
    "المخابرات": "Intelligence", "الاستخبارات": "Intelligence", "البرلمان": "Parliament",
    "الكنيسة": "Church", "القوات الجوية": "Air Force", "القوات البحرية": "Navy",
    "القوات البرية": "Ground Forces", "القوة البرية": "Ground Force", "القوة الجوية": "Air Force",
    "التلفزيون": "Television", "الإذاعة": "Radio",  # التلفزيون السوري, الإذاعة الإسرائيلية
}.items()}
_CHURCHES = {_n(k): v for k, v in {"الكاثوليكية": "Catholic", "الأرثوذكسية": "Orthodox",
                                    "القبطية": "Coptic", "الإنجيلية": "Evangelical"}.items()}


# The first words of the two-word heads (القوات الجوية), read with the token's particles.
_INSTITUTION_FIRSTS = frozenset(k.split()[0] for k in _INSTITUTIONS if " " in k)
_FEMININE_INSTITUTIONS = _set("الجمارك الرئاسة الداخلية الخارجية الشرطة البحرية المخابرات "
                              "الاستخبارات الكنيسة القوات القوة الإذاعة")


def _institution_pass(tokens, taken, text, claim) -> None:
    for i, token in enumerate(tokens):
        if taken[i] or i + 1 >= len(tokens) or not re.match(r"[وفب]?ال", token.text):
            continue
        head = _as(token, _INSTITUTIONS)
        j = i + 1
        if head is None and i + 2 < len(tokens) and _joined(tokens, i + 1, text):
            pair = _as(token, _INSTITUTION_FIRSTS)
            if pair and f"{_n(pair[0])} {_n(tokens[i + 1].text)}" in _INSTITUTIONS:
                head, j = (f"{pair[0]} {tokens[i + 1].text}", pair[1]), i + 2
        if head is None or j >= len(tokens) or taken[j] or not _joined(tokens, j, text):
            continue
        if j == i + 1 and i and (_as(tokens[i - 1], _TITLES) or _as(tokens[i - 1], _ORG_HEADS)):
            continue  # وزير الخارجية السعودي: the minister's nisba, not the ministry's (but
            # قائد القوة البرية الإيرانية: a force of two words is the force)
        adjective = tokens[j].text
        church = _CHURCHES.get(_n(adjective)) if _n(head[0]) == _n("الكنيسة") else None
        if not (church or _nationality(adjective) and _n(adjective) in _WORDS_EN):
            continue
        feminine = _n(head[0].split()[0]) in _FEMININE_INSTITUTIONS
        if _n(adjective).endswith("يه") != feminine:
            continue  # الدفاع الأمريكي after a title elsewhere: the nisba agrees with its noun
        if j + 1 < len(tokens) and _joined(tokens, j + 1, text) and _nationality(
                tokens[j + 1].text):
            continue  # القوات الجوية الأمريكية البريطانية: no one state's
        english = f"{church or _WORDS_EN[_n(adjective)]} {_INSTITUTIONS[_n(head[0])]}"
        claim(i, j, head[1], english, "organisation", False)


# Bodies that are one town's or region's branch: their seat after بـ is part of the name.
_LOCAL_BODIES = _set("لجنة اللجنة جمعية الجمعية غرفة الغرفة مديرية المديرية النادي نادي كلية "
                     "الشؤون إدارة الإدارة فرع مكتب المكتب المجلس")


def _local_seat(tokens, taken, head: str, j: int, text: str) -> tuple[int, str] | None:
    """Return the last token and English of the place after a local body's name (بجازان,
    بمنطقة الجوف, بمكة المكرمة), or None: the seat is part of such a body's name."""
    if _n(head) not in _LOCAL_BODIES or j >= len(tokens) or taken[j]:
        return None
    word = tokens[j].text
    if word[0] != "ب" or not _joined(tokens, j, text) or not text[
            tokens[j - 1].end:tokens[j].start].isspace():
        return None
    bare = "ال" + word[3:] if word.startswith("بال") else word[1:]
    first = j
    if _n(bare) in _REGION_HEADS and _n(bare) not in _STREETS:  # بمنطقة الجوف
        first, bare = j + 1, tokens[j + 1].text if j + 1 < len(tokens) else ""
    for length in (3, 2, 1):
        last = first + length - 1
        if last >= len(tokens) or any(taken[first + 1:last + 1]) or not all(
                _joined(tokens, k, text) for k in range(first, last + 1)):
            continue
        listed = places().get(_n(" ".join([bare, *(t.text for t in tokens[first + 1:last + 1])])))
        if listed:
            return last, listed[1]
    return None


def _adjective_next(tokens, j: int, text: str) -> bool:
    """Say whether token j is followed by an adjective with the article (جدة الوطنية)."""
    return (j + 1 < len(tokens) and _joined(tokens, j + 1, text)
            and _article(tokens[j + 1].text) and adjective_word(_n(tokens[j + 1].text)))


def adjective_word(key: str) -> bool:
    """Say whether a normalised word may be an adjective of a name (nisba, or listed)."""
    return key not in _LOYAL_TO and (key.endswith(("ي", "يه")) or key in _WORDS_EN)


def _lam_complement(tokens, words: list[int], j: int) -> bool:
    """Say whether token j is a ل complement of the name so far: العامة للسياحة, الوطنية لمكافحة.

    Only after an adjective of the head (العامة، الوطنية، العليا), the usual shape of a public
    body's name; after a plain noun a ل phrase is more often the clause going on.
    """
    before = _n(tokens[words[-1]].text)
    if len(words) > 2 or not _article(tokens[words[-1]].text):
        return False
    head = _ORG_HEADS.get(_n(tokens[words[0] - 1].core), "") if words[0] else ""
    if words[0] and _n(tokens[words[0] - 1].core) in _ADJECTIVE_ONLY:
        return False
    adjective = _WORDS_EN.get(before) in _ADJECTIVES_EN or before.endswith("يه") or (
        before.endswith("ي") and head in _FOR_HEADS)  # الاتحاد السعودي للبلياردو
    return adjective and _complement_word(tokens[j].text)


# The shapes of adjectives and participles (فاعل, فعيل, فعلى, مفاعل, مفعل).
_DESCRIBING_SHAPE = re.compile(r"\wا\w\w|\w\wي\w|\w\w\wى|\w\w\wا|م\wا\w\w|م\w\w\w[ةه]?")


def _two_name_words(tokens, j: int, text: str) -> bool:
    """Say whether the words at j and j + 1 may be a man's two names: joined, neither common."""
    return (j + 1 < len(tokens) and _joined(tokens, j + 1, text)
            and (_rare(tokens[j + 1].text) or is_family_name(tokens[j + 1].text))
            and not is_common_bare_word(tokens[j + 1].text))


def _describing_word(word: str) -> bool:
    """Say whether a word after an indefinite head describes it: shaped like an adjective or
    a participle, a common word of the corpus with and without the article, and with it never
    after a given name (عليا, معارض, واضح, قريب; not عكاظ). A company's name may be one (شركة
    مرافق): the caller asks only after other heads."""
    return (_DESCRIBING_SHAPE.fullmatch(word) is not None and is_common_bare_word(word)
            and is_common_word("ال" + word, at_most=0.01))


_SCOPE_WORDS = _set("القاري المحلي")


def _place_nisba(word: str) -> bool:
    """Say whether a word with the article is the nisba of a country, a region or a city
    (الإنجليزي, الكتالوني: كتالونيا, اللندني: لندن, البافاري: بافاريا)."""
    if not (_article(word) and _n(word).endswith("ي")) or len(word) < 6:
        return False
    stem = _n(word)[2:-1]
    return bool(_nationality(word)) or any(
        form in places() for form in (stem, stem + "ا", stem + "ه", "ال" + stem, stem + "يا"))


def _in_construct(word: str) -> bool:
    """Say whether a word is ل and a noun without the article (لمهرجان, لمعرض, لمدة): a noun in
    construct, whose name or object follows; a name cannot end on it."""
    return (word.startswith("ل") and not word.startswith("لل") and len(word) >= 4
            and not is_known_name(word[1:]) and _n(word) not in _STOP
            and not (is_common_bare_word(word) and not is_common_bare_word(word[1:])
                     and not is_common_word("ال" + word[1:]))  # لقاء, a word of its own
            and _n(word[1:]) not in places())


def _genitive_after(tokens, taken, j: int, text: str) -> list[int]:
    """The words a noun in construct ends a name with: a name in quotes (لمهرجان «عيدنا كدا»),
    a noun with the article (لطب الأسنان), or a place of the gazetteer and up to three
    adjectives or ل complements after it (لمعرض جدة الدولي للكتاب); [] when none follows."""
    if j >= len(tokens) or taken[j]:
        return []
    last = _quoted(tokens, j, text)
    if last is not None:
        return list(range(j, last + 1))
    if not _joined(tokens, j, text):
        return []
    if _named_noun(tokens[j].text):
        return [j]  # الجمعية السعودية لطب الأسنان: a noun with the article
    if _n(tokens[j].text) not in places():
        return []
    words = [j]
    while (len(words) < 4 and words[-1] + 1 < len(tokens) and not taken[words[-1] + 1]
           and _joined(tokens, words[-1] + 1, text)):
        word = tokens[words[-1] + 1].text
        if not (_named_noun(word) or word.startswith("لل") and len(word) > 4):
            break
        words.append(words[-1] + 1)
    return words


def _named_noun(word: str) -> bool:
    """Say whether a word with the article may go on a body's name: no function word and
    none that ends one (_ORG_STOP_ARTICLE)."""
    return _article(word) and _n(word) not in _STOP and _n(word) not in _ORG_STOP_ARTICLE


def _complement_word(word: str) -> bool:
    """Say whether a word is ل and a noun that can open a name's complement (للموهبة)."""
    if not word.startswith("ل") or len(word) < 4 or _n(word) in _STOP:
        return False  # لكرة القدم: four letters will do
    if not word.startswith("لل") and is_common_bare_word(word) and not is_common_bare_word(
            word[1:]):
        return False  # أجرى المركز الإعلامي لقاء: a word of its own (لقاء), not ل and a noun
    rest = word[2:] if word.startswith("لل") else word[1:]
    if _n("وكالة " + rest) in organisations():
        return False  # صندوق المجموعة الملكية لرويترز: said to an agency, no part of the name
    return len(rest) >= 3 and not (not word.startswith("لل") and re.match(r"[يتن]\w{2}$", rest))
    # (لنقل: a verb; للنقل, the article's: a noun, الاتحاد الدولي للنقل الجوي)


def _complement_after(tokens, taken, j: int, text: str) -> list[int]:
    """Return the ل complement after a royal name, with its nouns joined by و:
    مؤسسة الملك عبدالعزيز للموهبة والإبداع."""
    if (j >= len(tokens) or taken[j] or not _joined(tokens, j, text)
            or not _complement_word(tokens[j].text)):
        return []
    words = [j]
    if (j + 1 < len(tokens) and not taken[j + 1] and _joined(tokens, j + 1, text)
            and not tokens[j].text.startswith("لل") and _article(tokens[j + 1].text)
            and _n(tokens[j + 1].text) not in _STOP | _ORG_STOP_ARTICLE):
        j += 1
        words.append(j)  # لأورام الأطفال: the complement's own genitive
    while (j + 1 < len(tokens) and len(words) < 4 and not taken[j + 1]
           and _joined(tokens, j + 1, text) and tokens[j + 1].text[0] == "و"
           and _article(tokens[j + 1].text[1:]) and _n(tokens[j + 1].text[1:]) not in _STOP):
        j += 1
        words.append(j)
    if (j + 1 < len(tokens) and not taken[j + 1] and _joined(tokens, j + 1, text)
            and _article(tokens[j + 1].text) and _n(tokens[j + 1].text).endswith("يه")
            and _n(tokens[j + 1].text) not in _STOP | _ORG_STOP_ARTICLE | _PLACING_ADJECTIVES
            and not _nationality(tokens[j + 1].text)):
        words.append(j + 1)  # للدراسات والأبحاث البترولية: the complement's adjective (not
        # الحالية, "the present one")
    return words


# Cities whose name after قناة is a television channel's, not a canal's (قناة البصرة is water).
_CHANNEL_CITIES = _set("أبوظبي ابوظبي دبي الشارقة عجمان الفجيرة")
_PLACING_ADJECTIVES = _set("الحالية الماضية المقبلة القادمة الجارية السابقة المنصرمة الأخيرة "
                           "الجديدة الأولى الثانية الثالثة")


def _nationalities_after(tokens, taken, j: int, text: str) -> list[int]:
    """Return the tokens from j that are nationalities, two at most, each a space after the
    one before (وكالة أنباء الجمهورية العربية السورية: the republic's)."""
    found: list[int] = []
    while (len(found) < 2 and j < len(tokens) and not taken[j]
           and _WORDS_EN.get(_n(tokens[j].text)) in _NATIONALITY
           and text[tokens[j - 1].end:tokens[j].start] == " "):
        found.append(j)
        j += 1
    return found


def _adjective_after(tokens, taken, j: int, text: str) -> list[int]:
    """Return token j if it is an adjective of a name after a royal name (مطار الملك خالد
    الدولي)."""
    if (j < len(tokens) and not taken[j] and _joined(tokens, j, text)
            and _WORDS_EN.get(_n(tokens[j].text)) in _ADJECTIVES_EN
            and not re.match(r"\s+(?:الماضي|المقبل|الحالي|الجاري|المنصرم)(?!\w)",
                             text[tokens[j].end:tokens[j].end + 12])):  # العام الماضي: a year
        return [j]
    return []


def _education_pass(tokens, taken, text, claim) -> None:
    """A Saudi education directorate, named by its city or region in construct: تعليم الطائف,
    إدارة تعليم الطائف, بتعليم حائل. (التعليم بمنطقة نجران, a common noun and its seat, is
    left to the place and the body passes, as the gold mostly gives it.)"""
    for i, token in enumerate(tokens):
        if taken[i] or _n(token.core) != _n("تعليم"):
            continue
        j = i + 1
        if j < len(tokens) and _n(tokens[j].text) in _REGION_HEADS:
            j += 1  # تعليم منطقة الرياض
        if j >= len(tokens) or any(taken[i:j]) or not all(
                _joined(tokens, k, text) for k in range(i + 1, j + 1)):
            continue
        last = _place_at(tokens, taken, j, text) or j
        place = _n(" ".join(t.text for t in tokens[j:last + 1]))
        known = place in places()  # a registry's place too (تعليم الرياض)
        if not known and (taken[j] or not is_learnt_town(tokens[j].text)):
            continue
        first = i
        if i and not taken[i - 1] and _n(tokens[i - 1].core) == _n("إدارة"):
            first = i - 1  # إدارة تعليم الطائف
        english = places()[place][1] if known else romanize_name(tokens[j].text)[0]
        claim(first, last, tokens[first].core_start, f"{english} Education Department",
              "organisation", not known)


def _place_from(tokens, taken, j: int, text: str) -> int | None:
    """Return the last token of a gazetteer place of one to four words starting at token j."""
    return j if _n(tokens[j].text) in places() else _place_at(tokens, taken, j, text)


def _place_at(tokens, taken, j: int, text: str, or_its_core: bool = False) -> int | None:
    """Return the last token of a gazetteer place of two to four words starting at token j
    (`or_its_core`: or at its word without the particle before it, لقناة السويس)."""
    if j >= len(tokens):
        return None
    listed = _listed_at(tokens, taken, j, text, tokens[j].text, (4, 3, 2), places())
    if listed is None and or_its_core and tokens[j].core != tokens[j].text:
        listed = _listed_at(tokens, taken, j, text, tokens[j].core, (4, 3, 2), places())
    return listed[0] if listed is not None else None


def _federation_of(words: list[str], tail: int) -> tuple[list[str], str] | None:
    """The words of a sports federation's country and its game in English, where a union's
    words name one (tail: where its ل phrase starts): الاتحاد الجزائري لكرة القدم (لكرة اليد),
    اتحاد الكرة المصري (Football), اتحاد الكرة الطائرة, اتحاد كرة اليد; None for any other
    union."""
    if (tail == len(words) - 2 and _n(words[-2]) in (_n("لكرة"), _n("للكرة"))
            and _n(words[-1]) in _SPORTS_EN):
        return words[:tail], _SPORTS_EN[_n(words[-1])]
    if tail != len(words) or not words or _n(words[0]) not in _BALL:
        return None
    if len(words) > 1 and _n(words[1]) in _SPORTS_EN:
        return words[2:], _SPORTS_EN[_n(words[1])]  # اتحاد كرة اليد, اتحاد الكرة الطائرة
    if _n(words[0]) == _n("الكرة") and all(
            _nationality(w) or _n(w) in _CONTINENTS_EN for w in words[1:]):
        regions = [_CONTINENTS_EN[_n(w)] for w in words[1:] if _n(w) in _CONTINENTS_EN]
        return ([w for w in words[1:] if _n(w) not in _CONTINENTS_EN],
                " ".join([*regions, "Football"]))  # اتحاد الكرة المصري (العراقية); الآسيوي
    return None  # اتحاد الكرة الشاطئية: a game the table has not; الأساسي: no region


# The United States' executive departments, named in Arabic as ministries with the nisba after
# them (وزارة المالية الأمريكية: the Treasury), in their own English.
_US_DEPARTMENTS = {_n(k): v for k, v in {
    "المالية": "the Treasury", "الخزانة": "the Treasury", "العمل": "Labor",
    "التجارة": "Commerce", "العدل": "Justice", "الداخلية": "the Interior",
    "الزراعة": "Agriculture", "الطاقة": "Energy", "التعليم": "Education",
    "النقل": "Transportation", "الصحة": "Health and Human Services",
    "الأمن الداخلي": "Homeland Security", "الإسكان": "Housing and Urban Development"}.items()}
_US = frozenset(k for k, v in _WORDS_EN.items() if v == "US" and k.endswith("ه"))  # الأمريكية


def _a_verb_after_a_name(word: str) -> bool:
    """Say whether a word after a name is a verb the corpus knows with an ending no name has:
    a present with its object (يستقبلني, يخبرنا) or a verb of a plural (اكتبوا, قالوا,
    يعودوا), which a name read after a title, or a learnt one, took in as a family name
    (الملك سلمان اكتبوا, round 50's threehundredfiftysix)."""
    if is_known_name(word) or is_family_name(word):
        return False
    if (stem := re.fullmatch(r"([يتنأ]\w{3,})(?:ني|نا|ها|هم|كم)", word)) is not None:
        # (not نبهاني, أسواني: family names in -اني; but يعطيني, يعطينا)
        return not word.endswith("اني") and is_common_present(stem[1])
    if (stem := re.fullmatch(r"(\w{3,})وا", word)) is None:
        return False
    verb = stem[1]
    return (is_common_present("ي" + verb[1:]) if verb[0] in "اأ"  # اكتبوا: write!
            else is_common_present(verb) if verb[0] in "يتن"  # يعودوا
            else is_common_bare_word(verb))  # قالوا: they said


def _in_the_future(word: str) -> bool:
    """Say whether a word is a verb in the future, س before a present the corpus knows
    (سيظهر, سيلتقي): no part of a name after a head, nor the first word of one."""
    return re.fullmatch(r"س[يتن]\w{3,5}", word) is not None and is_common_present(word[1:])


def _nisba_in_english(word: str) -> bool:
    """Say whether a word of a name's ل phrase is an adjective in -ي/-ية with the article whose
    English the table has (الإسلامية, والاجتماعية), which goes before its noun in English."""
    bare = word[1:] if word[0] == "و" else word
    return _article(bare) and _n(bare).endswith(("يه", "ي")) and _n(bare) in _WORDS_EN


def _org_english(head: str, words: list[str]) -> str:
    org_table = organisations()
    known = org_table.get(_n(" ".join(words)))
    if known:
        return known[1]
    if (_n(head) == _n("وزارة") and len(words) >= 2 and _n(words[-1]) in _US
            and (department := _US_DEPARTMENTS.get(_n(" ".join(words[:-1]))))):
        return f"US Department of {department}"  # وزارة العمل الأمريكية: of Labor
    club = clubs().get(_n(" ".join(words)))
    if club and _ORG_HEADS[_n(head)] in ("club", "team"):
        return club[1]  # نادي الاتحاد → Al-Ittihad
    head_en = _ORG_HEADS[_n(head)]
    if head_en == "Municipality" and words:  # أمانة المنطقة الشرقية, أمانة منطقة الرياض
        named = words[1:] if len(words) > 1 and _n(words[0]) in _REGION_HEADS else words
        place = places().get(_n(" ".join(named)))
        if place:
            return f"{place[1]} Municipality"
    if (head_en == "channel" and len(words) == 1 and _n(words[0]) in _CHANNEL_CITIES
            and (city := places().get(_n(words[0])))):
        return f"{city[1]} TV"  # قناة أبوظبي: Abu Dhabi TV, not the city
    tail = next((k for k, w in enumerate(words) if k and w.startswith("ل") and not places().get(
        _n(f"{words[k - 1]} {w}"))), len(words))  # (not بنك سانت لويس: St. Louis, a place)
    if head_en == "Agency" and tail == len(words) - 1 and _n(words[-1]) == _n("للأنباء"):
        known = org_table.get(_n(" ".join([head, *words[:-1]])))
        name = known[1] if known else _org_english(head, words[:-1])
        if name.endswith("News Agency"):
            return name  # وكالة فارس للأنباء: Fars News Agency already
        return re.sub(r" Agency$", "", name) + " News Agency"  # وكالة الأناضول للأنباء
    if head_en == "Union" and (federation := _federation_of(words, tail)):
        country, sport = federation  # الاتحاد الجزائري لكرة القدم, اتحاد الكرة المصري
        told = _org_english(head, country) if country else "Union"
        return f"{told[:-len('Union')]}{sport} Federation"
    if tail < len(words):  # الهيئة العامة للسياحة والتراث → General Authority for Tourism and …
        said = [w for k, w in enumerate(words[tail:], tail)  # لكرة اليد: Handball, one word
                if not (_n(re.sub(r"^لل|^ل", "", w)) in _BALL and k + 1 < len(words)
                        and _n(words[k + 1]) in _SPORTS_EN)]
        phrase = [_word_english(w) for w in said]
        if (len(said) == 2 and not said[0].startswith("لل") and _article(said[1])
                and said[1][0] != "و" and _n(said[1]) in _WORDS_EN
                and _n(said[0][1:]) in _WORDS_EN):
            phrase.reverse()  # لحقوق الإنسان: a noun in construct, Human Rights
        if len(said) == 2 and said[0].startswith("لل") and (
                two := _COMPLEMENT_PHRASES_EN.get(_n("ال" + said[0][2:] + " " + said[1]))):
            phrase = [two]  # للخطوط الحديدية: for Railways
        if len(phrase) == len(said) and _article(said[-1]) and _n(said[-1]) in _WORDS_EN and (
                len(said) == 2 and said[0].startswith("لل") and _n(said[-1]).endswith(("يه", "ي"))
                or len(said) >= 3 and said[-2].startswith("و") and _n(said[-1]).endswith("يه")):
            phrase = [phrase[-1], *phrase[:-1]]  # the adjective before its noun or the nouns
            # listed before it: للتنمية الإنسانية, for Humanitarian Development; للدراسات
            # والأبحاث البترولية, for Petroleum Studies and Research
        elif len(phrase) == len(said) >= 3 and all(map(_nisba_in_english, said[1:])):
            phrase = [*phrase[1:], phrase[0]]  # للبحوث الاقتصادية والاجتماعية: for Economic and
            # Social Research, the adjectives joined before their noun
        elif len(phrase) == len(said) >= 3:
            for k in range(1, len(said) - 1):  # للدراسات الإسلامية والبحوث: Islamic Studies and
                # Research; an adjective inside the phrase goes before its noun in English
                if (said[k][0] != "و" and _nisba_in_english(said[k]) and said[k + 1][0] == "و"
                        and not _nisba_in_english(said[k + 1])):
                    phrase[k - 1], phrase[k] = phrase[k], phrase[k - 1]
        before = _org_english(head, words[:tail])
        if (head_en == "Company" and before.endswith(" Company") and len(said) <= 2
                and len(phrase) == 1 and said[0].startswith("لل")):
            return f"{before[:-len('Company')]}{phrase[0]} Company"  # Saudi Fisheries Company
        return f"{before} for {' '.join(_once(phrase))}"
    if words and _n(words[0]) in _ROYAL and len(words) > 1:
        ends = [w for w in words[2:] if _WORDS_EN.get(_n(w)) in _ADJECTIVES_EN]
        person = romanize_name(" ".join(w for w in words[1:] if w not in ends))[0]
        before = " ".join([*(_WORDS_EN[_n(w)] for w in ends), head_en])
        return f"{_ROYAL_EN.get(_n(words[0]), 'King')} {person} {before}"  # King Saud University
    if head_en == "Agency" and words and _n(words[0]) in (_n("الأنباء"), _n("أنباء")):
        rest_en = " ".join(_english_word(w) for w in words[1:])
        return f"{rest_en} News Agency".strip()  # وكالة أنباء فارس, وكالة الأنباء الألمانية
    if len(words) >= 2 and _n(words[0]) in _PURPOSE_EN and _article(words[1]):
        # مبادرة السلام العربية: Arab Peace Initiative; مكافحة المخدرات الأميركية: US Anti-…
        described = [_WORDS_EN[_n(w)] for w in words[1:] if _WORDS_EN.get(_n(w)) in _DESCRIBING]
        objects = " ".join(("and " + _english_word(w[1:])) if w[0] == "و" and _article(w[1:])
                           else _english_word(w) for w in words[1:]
                           if _WORDS_EN.get(_n(w)) not in _DESCRIBING)
        purpose = _PURPOSE_EN[_n(words[0])]
        task = f"Anti-{objects}" if purpose == "Combating" else f"{objects} {purpose}"
        task = " ".join([*described, task])
        return f"{head_en} of {task}" if head_en in _OF_HEADS else f"{task} {head_en}"
    if words and not _article(words[0]) and not re.fullmatch(_VERBAL_NOUN, words[0]):
        # A proper name: شركة وارنر بروس → Warner Bros, مجموعة ناس القابضة → Nas Holding Group
        listed = org_table.get(_n(" ".join(words))) or places().get(_n(" ".join(words)))
        names = listed[1] if listed else " ".join(_once(_words_english(words)))
        return _with_head(names, head_en)
    joined = {w[1:] for w in words if w[0] == "و" and _article(w[1:])}  # الثقافة والإعلام
    words = [w[1:] if w[1:] in joined else w for w in words]
    nationality = [(_WORDS_EN[_n(w)]) for w in words if _WORDS_EN.get(_n(w)) in _NATIONALITY]
    rest = [w for w in words if _WORDS_EN.get(_n(w)) not in _NATIONALITY]
    english = [("and " if w in joined else "") + (_english_word(w))
               for w in rest]
    adjectives = [e for e in english if e in _ADJECTIVES_EN][::-1]  # الجنائية الدولية
    nouns = [e for e in english if e not in adjectives]
    if head_en[0].islower():  # صحيفة حرييت → Hurriyet newspaper
        return " ".join([*nationality, *english, head_en])
    if head_en in _OF_HEADS or any(n.startswith("and ") for n in nouns):
        # An adjective agrees with the word it describes: after a feminine head and a noun of
        # its own gender it is the noun's (وزارة الطيران المدني, وزارة الأوقاف الإسلامية: a
        # broken plural takes the feminine: Ministry of Civil Aviation, of Islamic Endowments);
        # in ة after a masculine noun it is the head's (محكمة الاستئناف الإدارية).
        of_noun = [e for w, e in zip(rest, english, strict=True) if e in adjectives
                   and len(nouns) == 1 and not _heads_adjective(head, rest[0], w)][::-1]
        adjectives = [e for e in adjectives if e not in of_noun]
        body = " ".join([*nationality, *adjectives, head_en])
        return (f"{body} of {' '.join([*of_noun, *nouns])}" if nouns
                else body)  # Ministry of Interior
    # مجلس الأمن → Security Council, مجلس التنمية السياحية → Tourism Development Council
    return " ".join([*nationality, *adjectives, *_once(nouns)[::-1], head_en])


# A broken plural with the article, of the shapes فعول and أفعال (الحدود, الأزياء, الأوقاف):
# it takes a feminine adjective, as a feminine noun does.
_BROKEN_PLURAL = re.compile(r"ال\w\wو\w|ال[أا]\w\wا\w")


def _heads_adjective(head: str, noun: str, adjective: str) -> bool:
    """Say whether an adjective after a body's head and its noun describes the head: it is
    feminine (-ة) as the head is, and the noun masculine and no broken plural (الأوقاف,
    الشؤون, الحدود), which takes a feminine adjective too."""
    feminine = _n(adjective).endswith("ه")
    if not feminine or not _n(head).endswith("ه"):
        return False
    plural = (_BROKEN_PLURAL.fullmatch(noun) is not None
              or re.fullmatch(r"ال\w\w\wات", noun) is not None)  # الخدمات: a sound plural
    return not _n(noun).endswith("ه") and not plural


def _once(words: list[str]) -> list[str]:
    """English words without one repeated next to itself: كرة القدم is Football, once."""
    return [w for k, w in enumerate(words) if not k or w != words[k - 1]]


def _with_head(name_en: str, head_en: str) -> str:
    """A proper name's English with its head, where English names the head: Nas Holding
    Group, but Warner Bros for شركة وارنر بروس and Le Monde for صحيفة لوموند."""
    return name_en if head_en in _NAME_ALONE else f"{name_en} {head_en}"


def _royal_name(tokens: list[_Token], name: list[int]) -> list[int]:
    """A ruler's name in an organisation's (مستشفى الملك عبد العزيز, جائزة الأمير خالد الفيصل,
    جامعة الإمام محمد بن سعود): its given name and what goes with it (بن, آل, الفيصل, الثاني),
    up to a given name after it without بن, which is another person (مدير مستشفى الملك خالد
    محمد النشمي: the hospital, then its director)."""
    for k in range(1, len(name)):
        word, before = tokens[name[k]].text, tokens[name[k - 1]].text
        if (not _article(word) and _n(word) not in NASAB and _n(before) not in NASAB
                and word not in ("آل", "ال") and before not in ("عبد", "آل", "أبو", "ابو")
                and is_known_given(word) and _n(word) not in _ROYAL_FATHERS):
            return name[:k]
    return name


# Kings' names a prince's name gives as his father's without بن (الأمير سلطان عبدالعزيز)
_ROYAL_FATHERS = _set("عبدالعزيز سعود فيصل خالد فهد عبدالله سلمان عبدالرحمن")


def _word_english(word: str) -> str:
    """One word of a name's ل phrase in English: للسياحة → Tourism, والتراث → and al-Turath."""
    if word[0] == "و" and _article(word[1:]):
        return "and " + _word_english(word[1:])
    if word.startswith("لل") and len(word) > 4:
        word = "ال" + word[2:]
    elif word[0] == "ل" and not _article(word):
        word = word[1:]
    task = _PURPOSE_EN.get(_n(word), "")  # لمكافحة المخدرات: for Combating Narcotics (a task
    # in -ing only: its object follows it in English too, not لرعاية الأيتام's Welfare)
    return (_COMPLEMENT_EN.get(_n(word)) or (task if task.endswith("ing") else "")
            or _english_word(word))


# The games of a ball, after كرة: لكرة اليد is for Handball, not for Football al-Yd (القدم,
# Football, is a word of _WORDS_EN's).
_BALL_GAMES_EN = {_n(k): v for k, v in {
    "اليد": "Handball", "السلة": "Basketball", "الطائرة": "Volleyball", "المضرب": "Tennis",
    "الطاولة": "Table Tennis"}.items()}
_SPORTS_EN = {_n("القدم"): "Football"} | _BALL_GAMES_EN
_BALL = (_n("كرة"), _n("الكرة"))  # لكرة اليد, للكرة الطائرة
# Trades and tasks in a name's ل phrase, in English (مؤسسة الجزيرة للصحافة والنشر: for Press
# and Publishing), where _WORDS_EN has none (or another: الأغذية): only there, not as words that
# end or open names. Only nouns: an adjective (الطبية) follows its noun in Arabic and goes
# before it in English.
_COMPLEMENT_EN = _BALL_GAMES_EN | {_n(k): v for k, v in {
    "الصحافة": "Press", "النشر": "Publishing", "السفر": "Travel", "التأمين": "Insurance",
    "المعارض": "Exhibitions", "المؤتمرات": "Conferences", "التموين": "Catering",
    "التوزيع": "Distribution", "التطوير": "Development", "الخدمات": "Services",
    "المقاولات": "Contracting", "الإعلان": "Advertising", "العقارات": "Real Estate",
    "التسويق": "Marketing", "الصناعات": "Industries", "الأسمنت": "Cement",
    "البتروكيماويات": "Petrochemicals", "الشحن": "Shipping", "التمويل": "Finance",
    "السمسرة": "Brokerage", "الوساطة": "Brokerage", "الأغذية": "Foods",
    "الإنشاءات": "Construction", "التعمير": "Construction", "الإنتاج": "Production",
    "الترفيه": "Entertainment", "الصيانة": "Maintenance", "التدريب": "Training",
    "الاستشارات": "Consulting", "السيارات": "Automobiles", "الأسماك": "Fisheries",
    "الآثار": "Antiquities", "المكفوفين": "the Blind", "المعاقين": "the Disabled",
    "المعوقين": "the Disabled", "الأيتام": "Orphans", "الجامعات": "Universities",
    "الإبداع": "Creativity", "الموهبة": "Giftedness", "المخدرات": "Narcotics",
    "الإرهاب": "Terrorism", "الطفولة": "Childhood", "الإنارة": "Lighting",
    "الخط": "Calligraphy"}.items()}
# Trades of two words, a noun and its adjective, in English (للخطوط الحديدية: for Railways).
_COMPLEMENT_PHRASES_EN = {_n(k): v for k, v in {
    "الخطوط الحديدية": "Railways", "السكك الحديدية": "Railways", "الحياة الفطرية": "Wildlife",
    "الصناعات الأساسية": "Basic Industries", "الصناعات العسكرية": "Military Industries",
    "الخدمات الأرضية": "Ground Services", "الإعلام المرئي والمسموع": "Audiovisual Media",
    "الإدارة المدنية": "Civil Administration"}.items()}
# The trades a company named with the article may have after it (شركة العنقاء للطاقة), with
# the article: those above and trades whose English _WORDS_EN gives.
_TRADE_WORDS = frozenset(_COMPLEMENT_EN) | _set(
    "الطيران الأنباء الرياضة المياه البيئة البحوث الدراسات الإغاثة الأرصاد الإسكان الطاقة "
    "الاتصالات الاستثمار التقنية النقل السياحة التجارة الصناعة الكهرباء التعليم الفنون")


def _words_english(words: list[str]) -> list[str]:
    """The English of a body's proper name word by word, a place of two or three words in it
    as the gazetteer gives it (بنك سانت لويس الاحتياطي: St. Louis, not Sanit Luis)."""
    english: list[str] = []
    k = 0
    while k < len(words):
        for size in (3, 2):
            place = places().get(_n(" ".join(words[k:k + size]))) if k + size <= len(
                words) else None
            if place:
                english.append(place[1])
                k += size
                break
        else:
            english.append(_english_word(words[k]))
            k += 1
    return english


def _english_word(word: str) -> str:
    """One word of a name in English: a listed word, a place, or romanised."""
    place = places().get(_n(word))
    return (_WORDS_EN.get(_n(word)) or _PRESS_ENDS.get(_n(word))
            or (place[1] if place else romanize_name(word)[0]))


_EMIRATES = _set("إمارة الإمارة")
_EMIRATE_OF = {_n(k): v for k, v in {"منطقة": "Region", "محافظة": "Governorate"}.items()}


def _emirate_pass(tokens, taken, text, claim) -> None:
    """A Saudi region's or governorate's administration: إمارة منطقة جازان, لإمارة محافظة
    جدة (an organisation; إمارة دبي alone is the emirate, a place)."""
    table = places()
    for i, token in enumerate(tokens[:-2]):
        read = _as(token, _EMIRATES)
        unit = _EMIRATE_OF.get(_n(tokens[i + 1].text))
        if read is None or unit is None or any(taken[i:i + 3]) or not _joined(tokens, i + 1, text):
            continue
        for last in (i + 3, i + 2):  # مكة المكرمة, جازان
            name = " ".join(t.text for t in tokens[i + 2:last + 1])
            if (last < len(tokens) and _n(name) in table and not any(taken[i + 2:last + 1])
                    and all(_joined(tokens, k, text) for k in range(i + 2, last + 1))):
                english = f"Emirate of {table[_n(name)][1]} {unit}"
                claim(i, last, read[1], english, "organisation", False,
                      _strip_marks(read[0] + text[token.end:tokens[last].end]))
                break


# A venue named after a man (ملعب الأمير فيصل بن فهد, ابتدائية عمرو بن العاص, حديقة الأمير
# محمد بن سعود): the venue, a place, not the man, as a street named so is (the gold's; the
# second new-user review of round 30 and onehundredfifty's polling schools).
_VENUE_EN = {_n(k): v for k, v in {
    "ملعب": "Stadium", "استاد": "Stadium", "ستاد": "Stadium", "صالة": "Hall", "قاعة": "Hall",
    "مدرسة": "School", "ابتدائية": "Primary School", "متوسطة": "Intermediate School",
    "ثانوية": "Secondary School", "حديقة": "Park", "متنزه": "Park", "منتزه": "Park",
    "مجمع": "Complex", "مسجد": "Mosque", "جامع": "Mosque"}.items()}


_TOWNS_ALSO_WORDS = {_n(k): v for k, v in TOWNS_ALSO_WORDS.items()}  # after a region's head


def _region_pass(tokens, taken, text, claim) -> None:
    for i, token in enumerate(tokens):
        read = _as(token, _REGION_HEADS) or _as(token, _VENUE_EN)
        if read is None and len(token.text) == 3 and token.text[0] in "بل" and (
                _n(token.text[1:]) == _n("حي")):
            read = token.text[1:], token.start + 1  # بحي الملز: too short for _core (not وحي)
        if taken[i] or read is None:
            continue
        if _n(read[0]) == _n("طريق") and re.search(
                r"(?<!\w)[وف]?عن\s+$", text[max(0, read[1] - 6):read[1]]) and not (
                i + 1 < len(tokens) and _n(tokens[i + 1].text) in _ROYAL):
            continue  # (و)عن طريق جيسي لينجارد: "by way of", the scorer, no road (but عن
            # طريق الملك فهد: by the road)
        j = i + 1
        if j >= len(tokens) or taken[j] or not _joined(tokens, j, text):
            continue
        first = tokens[j].text
        key = _n(first)
        if key in _ROYAL or _n(read[0]) in _STREETS or _n(read[0]) in _VENUE_EN:
            named = _name_words(tokens, taken, j + 1, text) if key in _ROYAL else []
            described: list[int] = []  # طريق الملك فهد الدولي: International, in English
            if named:
                described = _adjective_after(tokens, taken, named[-1] + 1, text)
                if described and _n(tokens[described[0]].text).endswith("يه") and not (
                        _n(read[0]).endswith("ه")):
                    described = []  # محطة طريق الملك عبدالعزيز المركزية: the feminine
                    # describes the station before, not the road (round 60's hostile pass)
                if not all(_WORDS_EN.get(_n(tokens[k].text)) for k in described):
                    named, described = named + described, []
            elif key in _TITLES and j + 1 < len(tokens) and is_known_given(tokens[j + 1].text):
                named = _name_words(tokens, taken, j + 1, text)  # شارع المهندس عمر قاضي
            elif is_known_given(first) and not _article(first):
                named = _name_words(tokens, taken, j, text)  # شارع خالد بن الوليد
                named = named if len(named) >= 2 else []
            if named and key not in _ROYAL and _n(read[0]) in _VENUE_EN and not any(
                    _n(tokens[k].text) in NASAB for k in named):
                named = []  # مدير متنزه سلمان الحربي: the park's director, a man; a venue
                # after a man's name only with its بن (ابتدائية عمرو بن العاص)
            if named:  # طريق الملك فهد, شارع الأمير سلطان: a street is a place
                person = romanize_name(" ".join(tokens[k].text for k in named))[0]
                english = f"{_ROYAL_EN[key]} {person}" if key in _ROYAL else person
                english = " ".join([english, *(_WORDS_EN[_n(tokens[k].text)] for k in described)])
                named = [k for k in range(j, (described or named)[-1] + 1)]
                kind_en = _STREETS.get(_n(read[0]), _REGION_EN.get(_n(read[0]),
                                                                  _VENUE_EN.get(_n(read[0]), "")))
                claim(i, named[-1], read[1], f"{english} {kind_en}".strip(),
                      "place", True, _strip_marks(text[read[1]:tokens[named[-1]].end]))
            continue
        if (key in _STOP and not (key == _n("صباح") and _n(read[0]) == _n("ولاية") and not (
                j + 1 < len(tokens) and _joined(tokens, j + 1, text) and (
                    is_family_name(tokens[j + 1].text) or is_known_given(tokens[j + 1].core)
                    or _n(tokens[j + 1].text) in (_n("اليوم"), _n("الغد")))))
                or key in _ORG_STOP_ARTICLE or key in _TITLES or len(first) < 3):
            continue  # (but ولاية صباح: Sabah, a state of Malaysia, not "morning"; not before a
            # name, ولاية صباح الأحمد, a reign, nor before اليوم)
        if _n(read[0]) == _n("حي") and not _article(first) and (
                is_common_word("ال" + first) or is_common_bare_word(first)
                or is_common_word("ال" + first + "ي")):
            continue  # بحي قريب, بحي هادئ, بحي راق (الراقي): a neighbourhood described
        if (_article(first) and _n(read[0]) == _n("منطقة") and is_common_word(first)
                and not is_learnt_town(first)
                and not _listed_at(tokens, taken, j, text, first, (3, 2, 1), places())):
            continue  # منطقة الحفل, بمنطقة التعيين: the area of an event, not a place's name
        if re.search(r"\d\s*$", text[max(0, read[1] - 4):read[1]]) or first[0] in "وف" and (
                is_common_word(first[1:]) or is_common_bare_word(first[1:])
                or re.match(r"[يت]\w{3}", first[1:])) and not is_known_name(first[1:]):
            continue  # 13 منطقة وتضمنت, كل مدينة وقرية وتجمع: a count, or a verb or noun after
            # its و, no name (round 45's new-user review)
        if _n(read[0]) in _WORD_REGION_HEADS and (
                is_common_word(first) or is_common_bare_word(first)
                or is_common_word("ال" + first) or first[0] in "وف"
                or _spent_or_owned(first)
                or is_known_given(first) or is_known_name(first)  # قضاء نيمار عطلته
                or _n(read[0]) == _n("ناحية") and _nahiya_as_a_side(tokens, i, read, text)
                ) and not is_learnt_town(first) and not (
                _listed_at(tokens, taken, j, text, first, (3, 2, 1), places())):
            continue  # قضاء الإجازة, ناحية الجودة, قضاء وقت: a noun after the word, no place
        owned = re.fullmatch(r"(\w{3,}?)(?:هما|هم|ها|ه)", first)
        if not _article(first) and owned and (is_common_word("ال" + owned[1])
                                              or is_common_bare_word(owned[1])):
            continue  # منطقة نفوذها: its sphere of influence, a noun with "its"
        foreign = _n(read[0]) in _FOREIGN_REGION_HEADS
        if not _article(first) and (key.endswith(("يه", "ه")) and (
                not _rare(first) or re.fullmatch(r"م\w{3,4}[ةه]", first)  # منطقة محاطة
                or re.fullmatch(r"\wا\w\w[ةه]", first) and not is_learnt_town(first)  # عازلة
                or _nisba_of_a_word(first))
                                    or _prepositional(first)
                                    or first[0] in "بل" and (_n(first[1:]) in _COMPASS
                                                             or _n(first[1:]) in _STOP)
                                    or key.endswith("ي") and not (foreign and _rare(first))
                                    or re.match(r"[يت]\w{3}", first)
                                    or re.fullmatch(r"أ\w{3}ت", first)):  # منطقة ألزمت: a verb
            continue  # منطقة آمنة, منطقة حدودية: an adjective, not a name (ولاية جونقلي is)
        last = j
        if key in _REGION_PAIRS and j + 1 < len(tokens) and _joined(tokens, j + 1, text):
            last = j + 1
        elif (foreign and not _article(first) and j + 1 < len(tokens) and not taken[j + 1]
              and _joined(tokens, j + 1, text) and _rare(tokens[j + 1].text)
              and _n(tokens[j + 1].text) not in places()  # مدينة بطرسبرغ مسقط رأسه
              and text[tokens[j].end:tokens[j + 1].start] == " "):
            last = j + 1  # ولاية بادن فورتمبرج: a foreign region's name of two words
        if (last + 1 < len(tokens) and not taken[last + 1] and _joined(tokens, last + 1, text)
                and _n(tokens[last + 1].text) in _PLACE_ADJECTIVES):
            last += 1  # مدينة تايبيه الجديدة
        name = " ".join(t.text for t in tokens[j:last + 1])
        if _n(name) in _TOWNS_ALSO_WORDS:  # محافظة الخبر: Al Khobar, no guess
            claim(j, last, tokens[j].start, _TOWNS_ALSO_WORDS[_n(name)], "place", False)
            continue
        english, _ = romanize_name(name)
        claim(j, last, tokens[j].start, english, "place", True)


def _nisba_of_a_word(word: str) -> bool:
    """Say whether a word in -ية is an adjective made from a word of the corpus (زلزالية from
    الزلزال, قطبية, مليونية, رعوية), not a town's name (أرومية)."""
    key = _n(word)
    if not key.endswith("يه") or len(key) < 5:
        return False
    stem = word[:-2]
    return (is_common_word("ال" + stem) or is_common_bare_word(stem)
            or is_common_word("ال" + word[:-1]) or is_common_bare_word(word[:-1])
            or stem.endswith("و") and (is_common_word("ال" + stem[:-1] + "ى")
                                      or is_common_word("ال" + stem[:-1] + "ي")
                                      or is_common_word("ال" + stem[:-1] + "ا")))


# Heads of a foreign country's regions, whose names are foreign words: ولاية جونقلي.
_FOREIGN_REGION_HEADS = _set("ولاية مقاطعة إقليم منطقة مدينة")


def _rare(word: str) -> bool:
    """Say whether a word is no common word, name or function word of Arabic news, and not
    shaped like a verb or a preposition and noun: a foreign name's word (جونقلي, فورتمبرج)."""
    key = _n(word)
    return (len(word) >= 4 and word[0] not in "وف" and key not in _STOP
            and not key.endswith(("هم", "ها", "هن", "كم"))  # كريتر منعتهم: a verb's object
            and key not in _TITLES and key not in _ORG_HEADS and key not in _REGION_HEADS
            and not is_common_word("ال" + word) and not is_known_name(word)
            and not _prepositional(word)
            and not (re.match(r"[يتنس]\w{3}", word) and not word.endswith("ة"))  # a verb, but
            # no verb ends in ة: قرية سبيحة
            and not (word[0] == "ل" and re.match(r"[يتن]\w{2}", word[1:])
                     and is_common_present(word[1:]))  # لينضم (انضم), ليختتم: ل and a verb
            and not _article(word) and not (word[0] in "بلك" and (
                _n(word[1:]) in _COMPASS or _n(word[1:]) in _STOP
                or is_common_word("ال" + word[1:]))))  # بشمال, لهذا


# Latin letters as Arabic news spells them in an acronym (بي.بي.سي BBC, دي.إتش.إل DHL); بي is
# B or P, read B (يو.بي.إس comes out UBS, whether the bank or the parcel firm).
_LETTER_NAMES = LETTER_NAMES
_ACRONYM_DOT = re.compile(r"\.\s?")
_LETTER_WORDS = _set("في أو إن ان")  # letters' names that are words too (in, or, that)
_NOT_BODIES = frozenset({"GPS", "DNA", "SMS", "USB", "PDF", "ATM", "VIP", "CEO", "MRI", "HIV"})


# A news agency credited by its Arabic initials in a dateline or under a photo (جنيف -
# أ.ف.ب:, (أ ف ب), د ب أ); AP's two letters only in brackets, as a credit: (أ ب).
# Between its letters a space or a full stop, or both (not the words أشأ, دبا); the English
# the gazetteer gives the agency by its name, so that both are one entity.
_CREDIT_GAP = r"(?:\s?\.\s?|\s)"
_AGENCY_CREDITS = (
    (re.compile(rf"(?<![\w.])[أا]{_CREDIT_GAP}ف{_CREDIT_GAP}ب(?![\w])"), "AFP"),
    (re.compile(rf"(?<![\w.])د{_CREDIT_GAP}ب{_CREDIT_GAP}[أا](?![\w])"), "DPA"),
    (re.compile(rf"(?<![\w.])[أا]{_CREDIT_GAP}ش{_CREDIT_GAP}[أا](?![\w])"), "MENA"),
    (re.compile(rf"(?<=\()\s*[أا]{_CREDIT_GAP}ب\.?(?=\s*\))"), "Associated Press"),
)


_REPORTED = _set("ذكرت وذكرت أفادت وأفادت نقلت ونقلت أوردت وأوردت بثت وبثت نشرت ونشرت قالت "
                 "وقالت أعلنت وأعلنت")
_OFFICIAL = _set("الحكومية الرسمية")


def _official_outlet_pass(tokens, taken, text, claim) -> None:
    """An outlet named by one word between a verb of reporting and "the official" or "the
    government's" (وذكرت الأناضول الحكومية التركية, نقلت سانا الرسمية): an organisation,
    named in English as its agency is where a table knows it."""
    for i in range(1, len(tokens) - 1):
        if (taken[i] or taken[i + 1] or _n(tokens[i - 1].text) not in _REPORTED
                or _n(tokens[i + 1].text) not in _OFFICIAL
                or not all(_joined(tokens, k, text) for k in (i, i + 1))
                or _n(tokens[i].text) in _STOP or len(tokens[i].text) < 3):
            continue
        word = tokens[i].text
        known = (organisations().get(_n(f"وكالة {word}")) or organisations().get(_n(word))
                 or outlets().get(_n(word)))
        if not known and (is_common_word(word) or is_common_bare_word(word)):
            continue  # وقالت الحكومة الرسمية: a common noun, no outlet
        claim(i, i, tokens[i].start, known[1] if known else romanize_name(word)[0],
              "organisation", known is None, word)


def _agency_credit_pass(tokens, taken, text, claim) -> None:
    """Take a news agency credited by its Arabic initials (`_AGENCY_CREDITS`), which the gold
    gives as an organisation (أ.ف.ب: AFP, as the earlier sets credit واس and رويترز)."""
    starts = [t.start for t in tokens]
    for pattern, english in _AGENCY_CREDITS:
        for match in pattern.finditer(text):
            first = bisect.bisect_left(starts, match.start() + len(match.group()) -
                                       len(match.group().lstrip()))
            last = bisect.bisect_right(starts, match.end() - 1) - 1
            if first <= last and not any(taken[first:last + 1]):
                claim(first, last, tokens[first].start, english, "organisation", False,
                      text[tokens[first].start:tokens[last].end])


# The group of six powers in the Iranian talks by its figures (مجموعة 5+1, مجموعة (5+1),
# ومجموعة دول "5+1"), which no word of it names: the tokens hold no figures.
_FIVE_PLUS_ONE = re.compile(r"(?<!\w)[وفبل]?ل?(?P<name>مجموعة\s+(?:(?:ال)?دول\s+)?"
                            r"[(\"«“]?\s*5\s*\+\s*1\s*[)\"»”]?)")


def _five_plus_one_pass(tokens, taken, text, claim) -> None:
    """Take the P5+1 (مجموعة 5+1) as an organisation, its figures and marks kept in its name."""
    starts = [token.start for token in tokens]
    for found in _FIVE_PLUS_ONE.finditer(text):
        first = bisect.bisect_right(starts, found.start()) - 1
        last = bisect.bisect_right(starts, found.end()) - 1
        if first < 0 or any(taken[first:last + 1]):
            continue
        if tokens[last].start >= found.end("name"):
            last -= 1  # the word after the figures is no part of it
        claim(first, last, found.start("name"), "P5+1", "organisation", False,
              found["name"].rstrip())


def _acronym_pass(tokens, taken, text, claim) -> None:
    """Take an acronym of three Latin letters or more spelt in Arabic with dots between them
    (بي.بي.سي BBC, دي.إتش.إل DHL, إتش.إس.بي.سي HSBC) as an organisation; not a man's
    initials before his name (جي. كيه. رولينج) nor a device's (GPS)."""
    def letter(k: int) -> str | None:
        return None if taken[k] else _LETTER_NAMES.get(_n(tokens[k].text[skip(k):]))

    def skip(k: int) -> int:  # ودي.إتش.إل: و and DHL
        word = tokens[k].text
        return int(k == i and word[0] in "وفل" and _n(word[1:]) in _LETTER_NAMES
                   and _n(word) not in _LETTER_NAMES)

    i = 0
    while i < len(tokens):
        j = i
        while (j + 1 < len(tokens) and letter(j)
               and _ACRONYM_DOT.fullmatch(text, tokens[j].end, tokens[j + 1].start)
               and not (text[tokens[j].end:tokens[j + 1].start] != "."
                        and _n(tokens[j + 1].text) in _LETTER_WORDS)):
            j += 1  # but سي.إن.إن. في تقرير: في after a full stop is "in"
        last = j if letter(j) else j - 1
        while (last + 2 < len(tokens) and letter(last + 1) and letter(last + 2)
               and text[tokens[last].end:tokens[last + 1].start] == " "
               and _ACRONYM_DOT.fullmatch(text, tokens[last + 1].end, tokens[last + 2].start)):
            last += 2  # أو.سي.آي إن.في: OCI N.V., a company's form after a space
        after = tokens[last + 1] if last + 1 < len(tokens) else None
        english = "".join(letter(k) or "" for k in range(i, last + 1))
        if last - i >= 2 and english.replace("B", "P") not in _NOT_BODIES and not (
                after and _joined(tokens, last + 1, text) and not _article(after.text)
                and _n(after.text) not in _STOP and not _nationality(after.core)
                and after.text[0] != "ل" and not is_common_bare_word(after.text)):
            claim(i, last, tokens[i].start + skip(i), english, "organisation", False)
            i = last + 1
        else:
            i += 1


# An age in brackets after a name (كورتيس جونز (29 عاما), راموس (29 عاما)): news gives one for
# people only.
_AGE_AFTER = re.compile(r"\s*[(（]\s*[\d٠-٩]{1,3}\s*(?:عاما|عامًا|عاماً|عام|سنة|سنه|سنوات)\s*[)）]")


def _aged_pass(tokens, taken, text, claim) -> None:
    """Take one to three name words before an age in brackets, none a word of the corpus, a
    title, a nationality or a word with the article or tanween (not طالباً سعودياً (22 عاما),
    وافد آسيوي الجنسية (39 سنة)), nor a relative with a pronoun first (حفيدها). It runs before
    the person pass, which would stop inside a family name no table knows (سعد محمد دوابشة),
    and leaves it names that go on before what it can read (عبد الرحمن هارون)."""
    for k, token in enumerate(tokens):
        if taken[k] or not _AGE_AFTER.match(text, token.end):
            continue
        first = k
        while first >= 0 and k - first < 3 and not taken[first]:
            gap = "" if first == k else text[tokens[first].end:tokens[first + 1].start]
            if gap not in ("", " ", "-") or not (_aged_name_word(tokens[first]) or gap == "-"):
                break  # كيم كي-جونغ: كي, a word of the name before a hyphen
            first -= 1
        first += 1
        if (first <= k and len(_n(tokens[first].text)) < 3 and first and not taken[first - 1]
                and _joined(tokens, first, text) and tokens[first - 1].core != tokens[
                    first - 1].text and is_foreign_given(tokens[first - 1].core)):
            first -= 1  # لكيم كي-جونغ (56 عاما): a foreign given name after ل, كي after it
        elif first <= k and len(_n(tokens[first].text)) < 3:
            continue  # the name goes on before a short word; the person pass reads it
        while first <= k and _PRONOUN_END.search(tokens[first].text) and not is_known_name(
                tokens[first].text):
            first += 1  # ابنتيه مارلينا, حفيدها: a relative with a pronoun (but محمد علاونه)
        if first > k or first and _joined(tokens, first, text) and (
                taken[first - 1] or is_known_name(tokens[first - 1].text)
                or _n(tokens[first - 1].text) in _COMPOUND_SECONDS
                or _n(tokens[first - 1].text) in _NAME_LINKS
                or first > 1 and _article(tokens[first - 1].text)
                and _n(tokens[first - 2].text) in _NAME_LINKS):
            continue  # عبد الرحمن هارون, ماهر علي شبات (13 عاما): the end of a longer name
        if first == k and _n(token.text).endswith("ه") and not is_known_name(token.text):
            continue  # لإمرأة وافدة (29سنة): a noun in -ة alone (but محمد علاونة)
        start = (tokens[first].core_start if _list_waw(tokens, first, text)
                 or is_foreign_given(tokens[first].core) and not is_known_name(tokens[first].text)
                 or _clitic_of_a_name_met_bare(tokens[first], text)
                 else tokens[first].start)
        ar = _strip_marks(text[start:token.end])
        english, guess = romanize_name(ar)
        claim(first, k, start, english, "person", guess, ar)


def _clitic_of_a_name_met_bare(token, text: str) -> bool:
    """Say whether a word opens with ل or ب that the text writes without elsewhere: وسبق لكاسيا
    (28 عاما) after فرانسيسكو كاسيا is Kasia with "to", not a name لكاسيا; but لبنى and لمياء
    are names, and بنى is a verb."""
    return (token.text[0] in "لب" and token.core == token.text[1:] and len(token.core) >= 3
            and not is_known_name(token.text) and not is_common_bare_word(token.core)
            and token.core in _words_of(text))


@functools.lru_cache(maxsize=8)
def _words_of(text: str) -> frozenset[str]:
    """The words a text writes, each as written (once a text: a long one has many ages)."""
    return frozenset(re.findall(r"[\w\u0640]+", text))


# A pronoun at a word's end (ابنها, حفيدهم, ابنهن, ابنكما): a relative, not a name.
_PRONOUN_END = re.compile(r"(?:ه|ها|هم|هما|هن|كم|كما)$")


def _list_waw(tokens, k: int, text: str) -> bool:
    """Say whether token k opens with the و of a list, after a pause (، وفيكتوريا), before a
    word no table knows or a known name (وجيمس); not وديع or وسيم, names in و themselves."""
    token = tokens[k]
    return (token.text[0] == "و" and token.core != token.text and not is_known_name(token.text)
            and (is_known_name(token.core) or len(token.core) >= 4 and k > 0
                 and re.fullmatch(r"\s*\)?\s*[،,]\s*", text[tokens[k - 1].end:token.start])
                 is not None))


def _aged_name_word(token) -> bool:
    """Say whether a word may be part of a name before an age (راموس, فان بيرسي, ووقع no)."""
    word = token.text
    if is_known_name(word) and not _article(word) and _n(word) not in _STOP:
        return True  # فيصل, وديع, وسيم: names that open with ف or و
    if word[0] in "وف" and token.core != word and (
            is_common_bare_word(token.core) or is_common_word("ال" + token.core)):
        return False  # وقاد ريجيكامب: "and led"
    if word[0] == "و" and token.core != word and (is_known_name(token.core) or len(
            token.core) >= 4):
        word = token.core  # وجيمس, وفيكتوريا: the list's و (checked again by _list_waw)
    key = _n(word)
    if key in _PARTICLES:
        return True  # فان بيرسي
    if (is_known_given(word) or is_surname(word)) and not _article(word) and (
            key not in _STOP and key not in _TITLES):
        return True  # مبارك واكاسو, though المبارك is a common word
    return (len(key) >= 3 and not _accusative_noun(token.text)  # وافدا
            and not _accusative_noun(word)  # اعتقلت الشرطة مشتبها (29 عاما)
            and not re.match(r"[يت]\w{3}", word)  # وينتقل روميرو: a verb in the present
            and not _article(word) and key not in _STOP and key not in _TITLES
            and not re.match(r"[وف]?س[يتن]\w{3}", word)  # وسيخضع: a verb in the future
            and key not in _ORG_HEADS and key not in _SAYING and key not in _GENERIC
            and not _nationality("ال" + word) and not is_common_bare_word(word)
            and not is_common_bare_word(token.text) and not is_common_word("ال" + word)
            and not _prepositional(word) and not _particle_and_word(word))


_SHOP_HEADS = _set("مطعم مقهى محل محلات متجر صالون فندق مخبز")


def _crowned_pass(tokens, taken, text, claim) -> None:
    """Take a king's or a pope's given names, one to three, between his crown and his ordinal
    (البابا يوحنا بولس الثاني, الملك لويس الرابع عشر), though no table knows them as given
    names: the crown and the ordinal frame the name. Not ملك السويد كارل جوستاف (a country
    after a bare crown: "king of"), which the person pass reads."""
    for c, crown in enumerate(tokens):
        if _n(crown.core) not in _CROWNED:
            continue
        for size in (3, 2, 1):
            last = c + size
            if last + 1 >= len(tokens) or any(taken[k] or not _joined(tokens, k, text)
                                              for k in range(c + 1, last + 2)) or any(
                    _article(tokens[k].text) or not tokens[k].text.isalpha()
                    for k in range(c + 1, last)):
                continue
            ordinal = regnal_words(tokens[last].text, [tk.text for tk in tokens[last + 1:last + 3]])
            if ordinal and not any(taken[k] for k in range(last + 1, last + 1 + ordinal)):
                end = last + ordinal
                if end + 2 < len(tokens) and _n(tokens[end + 1].text) in NASAB and not any(
                        taken[k] or not _joined(tokens, k, text) for k in (end + 1, end + 2)):
                    end += 2  # عبدالله الثاني بن الحسين
                words = _strip_marks(text[tokens[c + 1].start:tokens[end].end])
                english, guess = romanize_name(words, crowned=True)
                claim(c + 1, end, tokens[c + 1].start, english, "person", guess, words)
                break


def _nahiya_as_a_side(tokens, i: int, read: tuple[str, int], text: str) -> bool:
    """Say whether ناحية at token i (read: its word and where it starts) is a side or a
    direction, no subdistrict: "towards" where no clitic, في, إلى, من or على comes before it
    (ركض ناحية هازارد), or after على before a name without the article (سدد على ناحية كورتوا);
    "on the one hand" after من (من ناحية هوامش التكرير, من ناحية وجدل)."""
    before = _n(tokens[i - 1].text) if i else ""
    if re.search(r"(?<!\w)[وف]?من\s+$", text[max(0, read[1] - 8):read[1]]):
        return True
    if read[0] == tokens[i].text and before not in _IN_A_PLACE | {_n("على")}:
        return True
    return before == _n("على") and not _article(tokens[i + 1].text)


# Words of a house, a school or a street named after a man (دار الفارابي, a publisher).
_NAMED_AFTER_HIM = _set("دار مكتبة مدرسة مدارس ثانوية شارع جائزة مركز قاعة متحف مسرح مطبعة جامع "
                        "مسجد فريق منتخب موقع معهد جامعة كلية")


# Places named after a man (ساحة الإمام الخميني, شارع أوباما); not فريق خامنئي: his team.
_PLACES_NAMED_AFTER_HIM = (_NAMED_AFTER_HIM - _set("جائزة مطبعة فريق منتخب موقع مركز")
                           | _set("ساحة ميدان مصلى مطار حي مستشفى ملعب استاد جسر"))
_HONOURED = _set("الإمام الامام الشهيد الملك الرئيس الشيخ")


def _named_after(tokens: list[_Token], i: int) -> bool:
    """Say whether the name at `i` follows a house or place named after its man, directly or
    after his title (مصلى الخميني, ساحة الإمام الخميني)."""
    k = i - 1
    if k >= 1 and _n(tokens[k].text) in _HONOURED:
        k -= 1
    return k >= 0 and _as(tokens[k], _PLACES_NAMED_AFTER_HIM) is not None


def _famous_alone_pass(tokens, taken, text, claim) -> None:
    """Take a public figure's family name written alone (وأكد كيري, حكومة تسيبراس), with
    the given name the other passes left before it (عبدالفتاح السيسي)."""
    for i, token in enumerate(tokens):
        if taken[i]:
            continue
        for word, start in _readings(token):
            if not is_famous_alone(word) or i and _as(tokens[i - 1], _REGION_HEADS):
                continue  # مقاطعة كيري: County Kerry
            if start == token.start and _named_after(tokens, i):
                continue  # مصلى الخميني, ساحة الإمام الخميني: a place named after him
            if is_classical(word) and (
                    i and (_article(tokens[i - 1].core) and start == token.start
                           or _as(tokens[i - 1], _VENUE_EN)
                           or _as(tokens[i - 1], _NAMED_AFTER_HIM))
                    or i + 1 < len(tokens) and tokens[i + 1].text.startswith("لل")):
                continue  # الفيلسوف القرطبي ("of Cordoba"), النائب المعري (a living man), جامع
                # الطبري, الخوارزمي للتكنولوجيا: no classical scholar (round 46's hostile pass;
                # but الفراهيدي والأصمعي, a list)
            if is_classical(word) and i >= 2 and start == token.start and (
                    _n(tokens[i - 2].core) in (_n("أبو"), _n("ابو"))
                    or _n(tokens[i - 1].core) == _n("الدين")) and not any(taken[i - 2:i]):
                words = _strip_marks(text[tokens[i - 2].core_start:token.end])
                claim(i - 2, i, tokens[i - 2].core_start, romanize_name(words)[0], "person",
                      False, words)  # جلال الدين السيوطي, أبو نصر الفارابي: whole
                break
            if i and is_one_name_player(word) and (_as(tokens[i - 1], _ORG_HEADS)
                                                   or _as(tokens[i - 1], _FEATURE_HEADS)
                                                   or _as(tokens[i - 1], _SHOP_HEADS)
                                                   or _as(tokens[i - 1], _NAMED_AFTER_HIM)):
                continue  # مطعم نيمار, شركة زيكو: a place or a business named after him
            if (i and start == token.start and not taken[i - 1] and _joined(tokens, i, text)
                    and is_known_given(tokens[i - 1].core) and tokens[i - 1].core != "على"
                    and _n(tokens[i - 1].core) not in _STOP  # أنا روحاني: "I", not Ana
                    and (i < 2 or not _joined(tokens, i - 1, text)
                         or _as(tokens[i - 2], _TITLES) or _nationality(tokens[i - 2].core))):
                # after a pause, a title or a nationality (الرئيس المصري، عبدالفتاح السيسي);
                # not after a verb (واستقبل سلمان أوباما: two men)
                first = tokens[i - 1]
                words = _strip_marks(text[first.core_start:token.end])
                claim(i - 1, i, first.core_start, romanize_name(words)[0], "person", False,
                      words)
            else:
                claim(i, i, start, romanize_name(word)[0], "person", False, word)
            break


# Roles that follow a name in construct, no titles before one (كبير is "big", حاكم a verb's
# doer too): عبدالرضا عباسيان كبير الخبراء, هلال إلفر مقررة الأمم المتحدة, أحمد أمين حاكم ولاية.
_ROLES_AFTER_A_NAME = _set("كبير كبيرة حاكم مقرر مقررة مسؤول مسؤولة منسق منسقة عميد النائب عاهل")
# A throne after a name ends it (حمد بن عيسى آل خليفة عاهل البحرين, عبدالله الثاني عاهل الأردن),
# but not where the name runs on before the words taken (رجب طيب أردوغان عاهل البحرين, the king
# the president received: round 60's hostile passes).
_THRONES = _set("عاهل")


def _names_before_titles(tokens, taken, text, claim) -> None:
    """Take two or three name words written just before a title: مارك هيوز مدرب ستوك, or
    before a role in construct with a noun (عبدالرضا عباسيان كبير الخبراء)."""
    for t, token in enumerate(tokens):
        role = _n(token.text) not in _TITLES
        if taken[t] or role and not (
                _n(token.text) in _ROLES_AFTER_A_NAME and t + 1 < len(tokens)
                and _joined(tokens, t + 1, text)
                and (_article(tokens[t + 1].text) or _n(tokens[t + 1].text) in _REGION_HEADS)):
            continue
        if not _title_whole(tokens, t):
            continue
        first, surnamed = t, False
        while (first - 1 >= 0 and t - first < 3 and not taken[first - 1]
               and _joined(tokens, first, text)
               and text[tokens[first - 1].end:tokens[first].start].isspace()):
            word = tokens[first - 1].text
            key = _n(word)
            if (first == t and _article(word) and first - 2 >= 0 and not taken[first - 2]
                    and _joined(tokens, first - 1, text)
                    and _surname_of_the_given_before(tokens, first - 1)
                    and not (first - 3 >= 0 and (_n(tokens[first - 3].text) in _NAME_LINKS
                                                 or is_known_name(tokens[first - 3].text)))):
                first, surnamed = first - 2, True  # علي الصادق المتحدث, صلاح الدين دمرداش
                break  # زعيم: a given name and its family name or compound's second (not the
                # end of بن … المهنا)
            if (key in _STOP or key in _TITLES or _article(word) or key in _SAYING
                    or _nationality(tokens[first - 1].core)  # للسويسري سيب بلاتر رئيس
                    or _as(tokens[first - 1], _SAYING) or key in _GENERIC or len(word) < 3
                    or key.endswith(("ه", "ا")) and not key.startswith("عبد")  # عبدالرضا
                    or key.endswith(("هم", "هن")) or word[0] in "وفبلك" and _n(word[1:]) in (
                        _STOP)  # بمن فيهم رئيس: "among them", no name
                    or key in _ORG_HEADS or key in _REGION_HEADS
                    or not is_known_name(word) and re.match(r"[يتو]\w{3}", word)):
                break  # a verb (يعتقد), a noun in -ة, a function word: not part of the name
            first -= 1
            if _given_name_after_bi(tokens, first):
                break  # البارحة بسمير جعجع رئيس: ب and a given name open the name
            if is_known_given(word):
                if (first and not taken[first - 1] and is_western_given(word)
                        and is_western_given(tokens[first - 1].text)
                        and text[tokens[first - 1].end:tokens[first].start] == " "):
                    first -= 1  # خوسيه أنطونيو ريس: two Western given names
                elif (first >= 2 and not taken[first - 1]
                      and (is_known_given(tokens[first - 1].text)
                           or _n(tokens[first - 1].text) in _MONTHS_MEN_ARE_NAMED)
                      and text[tokens[first - 1].end:tokens[first].start] == " "
                      and _as(tokens[first - 2], _TITLES) is not None
                      and _joined(tokens, first - 1, text)):
                    first -= 1  # الرئيس رمضان أحمد قاديروف رئيس: a given name and his father's
                    # after a title (round 66's fourhundredfiftyfour, round 67's sixtysix)
                break  # a name opens with its given name
        if any(_ends_a_name(tokens[k].text) for k in range(first, t - 1)):
            continue  # أردوغان أبلغ نظيره: a public figure's family name ends his name, the
            # verb after it none of it (round 64's fourhundredfortytwo)
        if _article(token.text) and not surnamed:
            continue  # المتحدث, المحلل after a name: only after a given name of the tables and
            # its family name (not دونيس لاعبي الفريق: the players, then the team)
        before = _n(tokens[first - 1].text) if first else ""
        if (_n(token.text) in _THRONES and first and not taken[first - 1]
                and is_known_name(tokens[first - 1].text)):
            continue  # رجب طيب أردوغان عاهل البحرين: the president's name runs on before the
            # words taken, the king the object (not عبدالله الثاني عاهل الأردن)
        described = first and (_article(tokens[first - 1].text) or before in _TITLES
                               or _as(tokens[first - 1], _SAYING))  # وقالت هلال إلفر مقررة
        if role and any(is_common_bare_word(tokens[k].text) or _prepositional(tokens[k].text)
                        for k in range(first, t)) or all(
                is_common_word("ال" + tokens[k].text) and not is_known_name(tokens[k].text)
                for k in range(first, t)):
            continue  # جريح بحسب مسؤول: the news, not a name, before the role; الغاء مناصب
            # نواب رئيس الجمهورية: nouns the corpus knows, no name
        if t - first >= 2 and before not in _set("الذي التي الذين") and (  # الذي شغل منصب
                described or any(is_known_name(tokens[k].text) for k in range(first, t))
                or not any(is_common_word("ال" + tokens[k].text) for k in range(first, t))):
            # a name, a described man or words that are no common nouns: النائب البارز إليوت
            # أنجل عضو, رامون دياز مدرب; not صعيد متصل أشرف, حين انتخاب رئيس
            start = (tokens[first].core_start if _given_name_after_bi(tokens, first)
                     else tokens[first].start)
            words = _strip_marks(text[start:tokens[t - 1].end])
            english, guess = romanize_name(words)
            claim(first, t - 1, start, english, "person", guess)


_MONTHS_MEN_ARE_NAMED = _set("رمضان شعبان")  # no given names of the tables, being months


def _given_name_after_bi(tokens: list[_Token], k: int) -> bool:
    """Say whether word k is ب and a given name, no name as written, after a common word or
    none (البارحة بسمير: "with Samir", round 66's fourhundredfiftyfour; not بسمة, a name of its
    own, nor ل before one: لحسن, لحبيب are Maghrebi given names, the hostile pass)."""
    token, before = tokens[k], tokens[k - 1].text if k else ""
    return (token.core != token.text and token.text[0] == "ب"
            and not is_known_name(token.text) and is_known_given(token.core)
            and (not before or _n(before) in _STOP or is_common_word(before)
                 or is_common_bare_word(before)))


def _accusative_noun(word: str) -> bool:
    """Say whether a word is a common noun in the accusative (لقبا "a title", هدفا)."""
    return word.endswith("ا") and len(word) >= 4 and (
        is_common_word("ال" + word[:-1]) or is_common_bare_word(word[:-1]))


# Western given names that are Arabic words too: مات "died", جاك "came to you", دان "condemned".
_WESTERN_ALSO_ARABIC = _set("مات جاك دان جان بيل")


def _madda_link(word: str) -> bool:
    """Say whether a word that folds to a link of a name is written with madda (آبي): a
    foreign name (شينزو آبي, Abe), never the kunya's أبي."""
    return word[0] == "آ" and _n(word) in _NAME_LINKS


# Past verbs of the fourth form that follow a player's name (رونالدينيو أحرز) but whose present
# is too rare in the corpus's table of common words to tell them (يحرز, يهدر).
_PLAYERS_VERBS = _set("أحرز أهدر أضاع أنقذ")


def _foreign_surname(given: str, word: str) -> bool:
    """Say whether a word after a foreign given name of the tables (not an Arabic one) is his
    surname whatever its shape (يعالون like a verb, آبي like أبي): three letters or more, no
    article, particle and word, function word, title or word of the corpus."""
    key = _n(word)
    western = is_western_given(given) and _n(given) not in _WESTERN_ALSO_ARABIC
    if (western or is_foreign_given(given)) and is_western_surname(word):
        return True  # إيما واتسون: a surname of the table, though it opens with و
    if re.fullmatch(r"[يت]\w\w[^\Wا]|س[يت]\w{3,4}|ي\w{2,4}ى", word) or (  # not يوسا, سنودن
            word[0] == "س" and is_common_bare_word(word[1:])) or (
            _past_plural(word)):  # (بيليه مروا: they passed, يمر)
        return False  # توني بلير يزور, مايكل سيحضر, بيليه يتعافى: a verb in the present or
        # the future
    if re.fullmatch(r"أ\w{3}", word) and (is_common_present("ي" + word[1:])
                                          or _n(word) in _PLAYERS_VERBS):
        return False  # رونالدينيو أخطأ, أوقف: a verb in the past of the fourth form
    stem = word[3:] if word.startswith("بال") and len(word) > 5 else None  # كيت بالأمير, not بالمر
    return ((is_foreign_given(given) or western) and len(key) >= 3
            and not (stem and (is_common_word("ال" + stem) or is_common_bare_word(stem)))
            and not _article(word) and key not in _STOP and key not in _TITLES
            and key not in _ORG_HEADS and not _nationality(word)
            and not (is_known_given(word) and not _madda_link(word))
            and not is_common_bare_word(word) and not is_common_word("ال" + word)
            and not word.startswith("لل")  # وصرح روبن للصفحة: ل and a noun, no surname
            and not (word[0] in "وفبلك" and (is_common_bare_word(word[1:])
                                            or is_common_word("ال" + word[1:])))
            and not key.endswith(("ها", "هم"))
            and not (word.endswith("ه") and len(word) > 3 and (  # مورينيو ثقته: "his trust"
                is_common_word("ال" + word[:-2] + "ة") and word[-2] == "ت"
                or is_common_word("ال" + word[:-1]) or is_common_bare_word(word[:-1])))
            and (word[0] != "و" or _surname_in_waw(word, given)))  # not ريهانا ولورين


def _past_plural(word: str) -> bool:
    """Say whether a word is a verb in the past plural whose present the corpus knows (مروا:
    يمر, لعبوا: يلعب), no name's word."""
    return (len(word) >= 4 and word.endswith("وا") and not is_known_name(word)
            and is_common_present("ي" + word[:-2]))


def _opens_a_name(word: str) -> bool:
    """Say whether a word is a given name of the tables that is no common word (محمد, علي
    written with ي; not جمال or سعيد), and so opens a name wherever it stands."""
    return (is_known_given(word) and not is_also_common_word(word)
            and (_n(word) not in _AMBIGUOUS_GIVEN or word == "علي"))  # with ي, not على


def _surname_of_the_given_before(tokens, j: int) -> bool:
    """Say whether the word at j, with the article, ends the name the given name before it
    opens: a compound's second (صلاح الدين) or a word that is no function word, title,
    head, place or nationality (علي الصادق)."""
    word, key = tokens[j].text, _n(tokens[j].text)
    return _opens_a_name(tokens[j - 1].text) and (
        key in _COMPOUND_SECONDS or is_family_name(word)
        or not (key in _STOP or key in _TITLES or key in _ORG_HEADS or key in places()
                or _nationality(word) or key.endswith(("ات", "ين", "ون"))))


# Titles that are as often common words (the citizen, the presented, the accused): a name
# after them must open with a given name.
_WEAK_TITLES = _set("المواطن المواطنة المقدم الزميل الزميلة الطيار طيار الحكم المتهم الداعم "
                    "المنتج الحارس الفريق الملكة الأميرة الشيخة المدافع النجمة الطبيب الطبيبة "
                    "المصمم المصممة الطفل الطفلة الرضيع الشاب الشابة الفتاة "
                    "العريف الرقيب")
_TEAM = _set("الفريق")  # a lieutenant general, or the team
_NCO = _set("العريف الرقيب")  # ranks that are family names too (سعد العريف, محمد الرقيب)
_COMPANY_HEADS = _set("شركة مؤسسة مجموعة بنك مصرف")  # their names are often adjectives
# What a company does, written between شركة and a foreign name (شركة الأبحاث غارتنر, شركة أبحاث
# ماركيت, شركة الاستشارات ماكنزي): no word of the name.
_TRADE_BEFORE_A_NAME = _set("الأبحاث أبحاث الاستشارات استشارات المحاماة محاماة التأمين تأمين "
                            "الوساطة وساطة التدقيق تدقيق المحاسبة محاسبة البرمجيات برمجيات "
                            "التصنيف تصنيف الأدوية أدوية")
# Titles of two words whose first word alone is something else: ولي العهد (ولي الأمر is a
# guardian), آية الله (إيه, آية: an initial, a verse).
_TITLE_SECOND = {_n("ولي"): _n("العهد"), _n("آية"): _n("الله")}


def _title_whole(tokens, t: int) -> bool:
    """Say whether the title at token t is whole: ولي before العهد, آية before الله."""
    second = _TITLE_SECOND.get(_n(tokens[t].core))
    return second is None or t + 1 < len(tokens) and _n(tokens[t + 1].text) == second


_PARTICLES = _set("دي دا دوس ديل فان فون")  # لوكا دي ميو, انخل دي ماريا, روبن فان بيرسي,
# دالتون دوس سانتوس


def _names_with_particles(tokens, taken, text, claim, listed: bool = False) -> None:
    """Take a Western name with its particle: a word, دي/فان/فون, a word (لوكا دي ميو); with
    `listed`, once the other names are read, one whose first word opens with a list's و
    (ورونالدو ديل كارمن), which the names before it in the list would otherwise lose."""
    for k in range(1, len(tokens) - 1):
        if _n(tokens[k].text) not in _PARTICLES or any(taken[k - 1:k + 2]) or "إ" in tokens[k].text:
            continue
        if not (_joined(tokens, k, text) and _joined(tokens, k + 1, text)):
            continue
        before, after = tokens[k - 1].text, tokens[k + 1].text
        if any(_article(w) or _n(w) in _STOP or _n(w) in _TITLES or len(w) < 2
               or _prepositional(w) or w[0] in "وف" and not is_known_name(w)
               for w in (after,)):
            continue
        first, start = k - 1, tokens[k - 1].start
        in_list = (before[0] == "و" and len(before) >= 5 and not taken[k - 1]
                   and (is_known_name(before[1:]) or is_western_surname(before[1:])))
        if in_list != listed:
            continue
        if in_list:
            before, start = before[1:], start + 1  # ورونالدو ديل كارمن: a list's و
        if (_article(before) or _n(before) in _STOP or _n(before) in _TITLES or len(before) < 2
                or _prepositional(before) or before[0] in "وف" and not is_known_name(before)
                or before[0] == "س" and not is_known_name(before)
                and is_common_present(before[1:])  # سيغيب دي ميستورا: a verb's future
                or before[0] in "لب" and not is_known_name(before) and (
                    is_common_bare_word(before[1:]) or is_common_word("ال" + before[1:])
                    or is_common_present("ي" + before[1:]))  # لضم دي خيا: "to sign"
                or not is_known_name(before) and (is_common_bare_word(before)
                                                  or _n(before).endswith(("ه", "ها"))
                                                  or re.fullmatch(r"ا\w{4}", before))):
            if tokens[k].text not in ("فان", "فون", "دي") or not _unknown_name_word(
                    after, first=False):
                continue  # فإن خصخصة: "then indeed", a noun
            first, start = k, tokens[k].start  # احترم فان جال: a verb or a noun, then the
            # surname
        last = k + 1
        if (last + 1 < len(tokens) and not taken[last + 1] and _joined(tokens, last + 1, text)
                and tokens[last + 1].text[0] not in "وفس" and tokens[last + 1].text[-1] not in "ها"
                and _foreign_word(tokens[last + 1].text)):
            last += 1  # دالتون دوس سانتوس أفانسيني: a second surname
        words = _strip_marks(text[start:tokens[last].end])
        english, guess = romanize_name(words)
        claim(first, last, start, english, "person", guess, words)


def _person_pass(tokens, taken, text, claim) -> None:
    _names_before_titles(tokens, taken, text, claim)
    _names_with_particles(tokens, taken, text, claim)
    i = 0
    while i < len(tokens):
        if taken[i]:
            i += 1
            continue
        token = tokens[i]
        start = None
        given = (token.text, token.start) if is_known_given(token.text) else (
            (token.core, token.core_start) if is_known_given(token.core) and not (
                is_foreign_given(token.core) and token.text[0] != "و") else None)
        if given and given[0].endswith("ه") and _n(given[0][:-1] + "ة") == _n(given[0]) and (
                _n(given[0][:-1]) in _ORG_HEADS or _n(given[0][:-1]) in _TITLES
                or is_also_common_word(given[0][:-1] + "ة")):
            given = None  # ناديه: his club (نادي + ه), not نادية; حادثه: his accident
        if _as(token, _TITLES) and _title_whole(tokens, i):
            start = _skip_description(tokens, taken, i + 1, text)
            if (start is not None and start < len(tokens) and _as(token, _WEAK_TITLES)
                    and not is_known_given(tokens[start].core)
                    and not (_rare(tokens[start].text) and not _nisba_shaped(tokens[start].text)
                             and not _prepositional(tokens[start].text)  # الطفلة ... بارتكاب
                             and _joined(tokens, start, text) and not (
                                 _as(token, _TEAM) and not _two_name_words(tokens, start, text)))):
                start = None  # الغذاء المقدم لسكان, المواطن خط: a weak title wants a given name
                # or a foreign word (اللاعب مونتاري); الفريق, a given name or a name of two
                # words (الفريق ضاحي خلفان; الفريق جاهز: the team)
        elif _role_before_name(tokens, i, text):
            start = i + 1  # مدربه اليوناني دونيس, مع الكونغولي اليان ديوكو
            while start < len(tokens) and _nationality(tokens[start].text):
                start += 1
        elif _as(token, _SAYING):
            start = i + 1 if _joined(tokens, i + 1, text) else None
            if start is not None and start < len(tokens) and (
                    _n(tokens[start].text) in _GENERIC or _article(tokens[start].text)):
                start = None
        elif given and (_n(token.text) != _n("على") or token.core == "علي" and i + 1 < len(
                tokens) and _joined(tokens, i + 1, text) and not (
                i and _joined(tokens, i, text) and is_known_given(tokens[i - 1].core)
                and _n(tokens[i - 1].core) not in places()) and (
                not _article(tokens[i + 1].text) and is_known_name(tokens[i + 1].text)
                or is_family_name(tokens[i + 1].text)
                and not is_common_word(tokens[i + 1].text, at_most=0.01))):
            start = i  # علي أكبر صالحي, علي القحطاني: علي written with ي before a name is the
            # name (على القحطاني, "on", is written with ى)
        elif (not _article(token.text) and token.text[0] not in "وفبلك" and len(token.text) >= 3
              and i + 1 < len(tokens) and _joined(tokens, i + 1, text) and not taken[i + 1]
              and _tribal(tokens[i + 1].text) and _could_be_given(token.text)
              and not _ends_a_name(token.text)):  # (أردوغان أبلغ: a verb after him)
            first = i - 1 if (i and not taken[i - 1] and _joined(tokens, i, text)
                              and text[tokens[i - 1].end:token.start] == " "
                              and tokens[i - 1].text[0] not in "وفبلك"
                              and (_n(tokens[i - 1].text) not in _STOP
                                   or tokens[i - 1].text == "علي")  # not على
                              and is_known_given(tokens[i - 1].text)
                              and _described_before(tokens, i - 1, text)) else i
            words = " ".join(tk.text for tk in tokens[first:i + 2])
            english, guess = romanize_name(words)
            claim(first, i + 1, tokens[first].start, english, "person", guess,  # ندى الشهراني;
                  words)  # حامد معتاد الرفاعي: a given name before the father's (a word)
            i += 2
            continue
        elif (token.text[0] == "و" and token.core != token.text and len(token.core) >= 3
              and _n(token.core) not in _STOP and not _article(token.core)
              and i + 1 < len(tokens) and _joined(tokens, i + 1, text)
              and is_family_name(tokens[i + 1].text) and not taken[i + 1]
              and (is_known_given(token.core) or i and re.search(
                  r"[،,]\s*$", text[tokens[i - 1].end:token.start])  # a list: ، وشيبان
                  and not is_common_present(token.core))):
            # (، ويعتبر الزهراني, ، وقدم البلوي: a verb; ، وعلا العقيلي is lost with them)
            english, guess = romanize_name(f"{token.core} {tokens[i + 1].text}")
            claim(i, i + 1, token.core_start, english, "person", guess,  # وشيبان العنزي
                  _strip_marks(text[token.core_start:tokens[i + 1].end]))
            i += 2
            continue
        name = (_name_after(tokens, taken, i, start, given, text)
                if start is not None and start < len(tokens) and not taken[start] else [])
        if (len(name) < 2 and start is not None and 0 < start < len(tokens) - 1
                and not any(taken[start:start + 2]) and _nationality(tokens[start - 1].core)
                and _foreign_name_at(tokens, start, text)
                and not _past_plural(tokens[start + 1].text)):  # بيليه مروا: they passed
            name = [start, start + 1]  # المدرب الأرجنتيني اليخاندرو سابيلا: a foreign name
        if (len(name) == 1 and start is not None and name[0] != i
                and not is_known_name(tokens[name[0]].text)
                and is_common_bare_word(tokens[name[0]].text)
                and (re.fullmatch(r"[يتن]\w{2,}(?:ون|ين|ان)", tokens[name[0]].text)
                     or _n(tokens[name[0]].text) in _NOT_A_NAME_AFTER_A_TITLE)):
            name = []  # عضو يعملون, اللاعب صاحب الـ3 أهداف: a verb, or a noun of the corpus
        if len(name) == 1 and _n(tokens[name[0]].text) in _ROLES_AFTER_A_NAME:
            name = []  # احمد امين حاكم ولاية: a role, after a name read as a title
        if (start == i and len(name) == 2 and _nationality(tokens[name[1]].text)
                and name[1] + 1 < len(tokens)
                and text[tokens[name[1]].end:tokens[name[1] + 1].start] == " "
                and (_foreign_name_at(tokens, name[1] + 1, text)
                     or is_foreign_given(tokens[name[1] + 1].text))):
            name = []  # بعد رحيل الصربي ليوبكو بتروفيتش, رحيل الهولندي روبن فان بيرسي: the
            # nationality opens the next name
        if not name and _as(token, _ROLE_HEADS):
            name = _role_holder(tokens, taken, i, text) or []
        if name:
            i = _claim_person(tokens, taken, name, text, claim,
                              given[1] if name[0] == i and given else None)
        else:
            i += 1


def _name_after(tokens, taken, i: int, start: int, given: tuple[str, int] | None,
                text: str) -> list[int]:
    """Return the name read from token `start`, cued by token i (a title, a role, a verb of
    saying, or the given name `given` itself at i), or [] when its words are no name."""
    token = tokens[i]
    name = _name_words(tokens, taken, start, text)
    last = name[-1] + 1 if len(name) == 1 or _two_given_names(tokens, name) else None
    if (last is not None and start != i and last < len(tokens) and not taken[last]
            and not _ends_a_name(tokens[name[-1]].text)  # الرئيس أردوغان أبلغ: a verb
            and (is_known_given(tokens[name[0]].text) or not (
                is_common_bare_word(tokens[name[0]].text)
                or is_common_word("ال" + tokens[name[0]].text)
                or _nisba_shaped(tokens[name[0]].text)  # رئيس مدني منتخب: two adjectives
                or is_common_bare_word(tokens[last].text)
                and not tokens[last].text.endswith("ة")))
            and _as(token, _TITLES)
            and text[tokens[name[-1]].end:tokens[last].start] == " "
            and _n(tokens[last].text) not in _STOP and not _article(tokens[last].text)
            and len(tokens[last].text) >= 3 and not _nationality(tokens[last].text)
            and (tokens[last].text[0] not in "وفبلك" or tokens[last].text[0] == "و" and not (
                is_common_bare_word(tokens[last].text[1:])
                or is_common_word("ال" + tokens[last].text[1:])
                or _OWNER_END.search(tokens[last].text))  # وهبي, not وزملاؤه
                or len(name) == 2 and tokens[last].text[0] == "ب"  # خالد محفوظ بحاح أن
                and not is_common_bare_word(tokens[last].text)
                and not is_common_bare_word(tokens[last].text[1:])  # بزعم
                and not is_common_word("ال" + tokens[last].text[1:])
                and _n(tokens[last].text[1:]) not in places()  # بجدة, بمكة: in a town
                and not is_learnt_town(tokens[last].text[1:])
                and not _prepositional(tokens[last].text))
            and not _owned(tokens[last].text)
            and (_SPEAKER_END.match(text, tokens[last].end)
                 or _PLACE_OR_TIME_NEXT.match(text, tokens[last].end)
                 and not re.fullmatch(r"\w{3,}ا|\w{3}ت|ا\w{4}|\w{1,3}|است\w+", tokens[last].text)
                 and (tokens[last].text.endswith("ة")
                      or not is_common_bare_word(tokens[last].text)))):  # not استشهد في
        name.append(last)  # الوزير سمير مقبل إن, الشاعر زاهي وهبي إن, الفنان راغب علامة في
        # الحفل: the word between a title's given name and what he said, or where or when he
        # did it, is his family name, though a word (مقبل, علامة)
    if start == i and name and len(name) == 1:
        name = []  # a given name alone is too often a common word
    if (name and len(name) == 1 and not is_known_given(tokens[name[0]].text)
            and _n(tokens[name[0]].text).endswith(("ي", "يه"))
            and _nisba_shaped(tokens[name[0]].text)
            and not (start and _article(tokens[start - 1].core)
                     and _nationality(tokens[start - 1].core)
                     and _name_ends_after(tokens, name[0], text))):
        name = []  # قائد ميداني: a nisba adjective, not a name (but المهاجم الإنجليزي روني)
    if name and not is_known_name(tokens[name[0]].text) and _counted_noun(tokens[name[0]].text):
        name = []  # وسجل المهاجم هدفين: a noun's dual, not a name
    if start == i and name and given and (_n(given[0]) in _AMBIGUOUS_GIVEN
                                          or is_also_common_word(given[0])) and (
            len(name) < 2 or not (is_known_name(tokens[name[1]].text)
                                  or _compound_abd(tokens[name[0]].text, tokens[name[1]].text)
                                  or is_known_given(" ".join(tk.text for tk in
                                                             tokens[name[1]:name[-1] + 1]))
                                  or _n(tokens[name[1]].text) in _NAME_LINKS
                                  or is_family_name(tokens[name[1]].text)
                                  or _bare_nisba(tokens[name[1]].text) and not (
                                      is_common_word("ال" + tokens[name[1]].text)
                                      and not is_family_name("ال" + tokens[name[1]].text))
                                  or _article(tokens[name[1]].text)
                                  and _n(tokens[name[1]].text).endswith("ي")
                                  or len(name) == 2 and _rare_article_word(tokens[name[1]].text)
                                  and not is_common_bare_word(tokens[name[1]].text[2:]))):
        name = []  # (but حسن الهيدوس: a word with the article no table or the corpus knows)
    if (start == i and len(name) >= 3 and given and _n(given[0]) in _NOUNS_OF_A_NAME
            and is_listed_given(tokens[name[1]].text)
            and _n(tokens[name[1]].text) not in _NAME_LINKS):
        name = []  # ويشمل رحيل بشار الأسد: "the departure of", before a whole name that opens
        # with a given name of the table (but كريم محمد العتيبي: كريم is as rare a name)
    if (start == i and len(name) == 2 and _article(tokens[name[1]].text)
            and not _n(tokens[name[1]].text).endswith("ي")
            and not is_family_name(tokens[name[1]].text)
            and not _rare_family_word(tokens, name)):
        name = []  # بن نافع الهجوم: a given name and a noun, with nothing to say it is a name
    if (start == i and len(name) == 2 and not _article(tokens[name[1]].text)
            and not is_known_name(tokens[name[1]].text)
            and not is_family_name(tokens[name[1]].text)
            and is_common_bare_word(tokens[name[1]].text)
            and not (is_foreign_given(tokens[name[0]].text)
                     and is_western_surname(tokens[name[1]].text))):  # برناردينو ليون
        name = []  # هوى مؤشر أسهم ("the index fell"), مات ملايين: a word of the corpus after a
        # given name with no cue before it is no surname
    said = start != i and _as(token, _SAYING) is not None
    speaker = _speaker(tokens, taken, start, text) if said else None
    if speaker:
        name = speaker  # its own checks stand for _said_name's
    elif name and said and not _said_name(tokens, name, text):
        name = []
    if (name and start != i and not is_known_given(tokens[name[0]].text) and len(name) > 1
            and _article(tokens[name[1]].text)
            and _n(tokens[name[1]].text) not in _COMPOUND_SECONDS  # زين العابدين
            and not _n(tokens[name[1]].text).endswith("ي")
            and not any(_n(tokens[k].text) in NASAB for k in name)):
        name = []  # المدرب ... صاحب الأرض: a noun phrase, not a name
    if (len(name) > 2 and is_foreign_given(tokens[name[0]].text)
            and not is_known_name(tokens[name[1]].text)
            and text[tokens[name[1]].end:tokens[name[2]].start] != "-"  # كيم كي-جونغ
            and not regnal_words(tokens[name[0]].text, [tokens[k].text for k in name[1:3]])
            and not (len(name) == 3 and all(len(_n(tokens[k].text)) <= 4 and _rare_syllable(
                tokens[k].text) for k in name[1:]))):  # كيم جونغ أون: an East Asian name
        name = name[:3] if is_western_surname(tokens[name[2]].text) and (
            _SPEAKER_END.match(text, tokens[name[2]].end)) else name[:2]
        # ماركوس بيكيدال مشغل: a foreign name is a given name and a surname, or two when the
        # second is a surname of the table before what he said (كلير روكاسل براون إنها; not
        # وانتقد جيرمي كوربن بلير: the object)
    if name and name[0] >= 2 and _n(tokens[name[0] - 1].text) in NASAB and not any(
            taken[name[0] - 2:name[0]]) and _joined(tokens, name[0] - 1, text) and _joined(
            tokens, name[0], text) and _could_be_given(tokens[name[0] - 2].text) and not (
            _article(tokens[name[0] - 2].text)):
        name = [name[0] - 2, name[0] - 1, *name]  # لبيد بن ربيعة العامري: the son first
    while len(name) > 1 and _a_verb_after_a_name(tokens[name[-1]].text):
        name.pop()  # الملك سلمان اكتبوا, الفنان كريم يستقبلني: the verb after the name
    ruler = next((k for k in range(2, len(name)) if _n(tokens[name[k]].text) in _RULER_OF
                  and _n(tokens[name[k - 1]].text) not in _NAME_LINKS  # فهد بن سلطان جدة
                  and name[k] + 1 < len(tokens) and _joined(tokens, name[k] + 1, text)
                  and _n(tokens[name[k] + 1].text) in places()), None)
    return name[:ruler]  # قابوس بن سعيد سلطان عمان: the ruler of a place, no grandfather


# What ends a man's name before he speaks: a colon or a verb of saying (فارس عبدالله الجبل قال:,
# زكريا عبدالهادي المدني قائلا).
_SAYING_NEXT = re.compile(r"\s*(?::|[،,]?\s*(?:قال|قائلا|قائلاً|يقول)(?!\w))")


def _family_before_saying(tokens, name: list[int], j: int, text: str) -> bool:
    """Say whether the word at j, in ال and a common word too, is the family name of a man
    named by his given name and his father's just before it, where a colon or a verb of saying
    follows (فارس عبدالله الجبل قال:, round 52's threehundredsixtytwo)."""
    if len(name) != 2:
        return False
    first = name[0]
    return (_given_and_fathers([tokens[name[0]].text, tokens[name[1]].text, tokens[j].text])
            and not _n(tokens[j].text).endswith(("ين", "ون"))  # (but العبيدات, البركات)
            and _SAYING_NEXT.match(text, tokens[j].end) is not None
            # the man is the subject: first in his sentence or after a verb of saying (not
            # وشكر محمد صلاح الجماهير قائلا: the object of شكر; round 53's hostile pass)
            and (first == 0 or re.search(r"[.:؛،,\n]", text[tokens[first - 1].end:
                                                            tokens[first].start]) is not None
                 or _as(tokens[first - 1], _SAYING) is not None))


def _two_given_names(tokens, name: list[int]) -> bool:
    """Say whether a name read after a title is a man's given name and his father's (خالد
    محفوظ), before a word that is not an accusative or و and a word: his family name may be
    that word (خالد محفوظ بحاح أن), as it may after one given name."""
    if len(name) != 2 or not (is_listed_given(tokens[name[0]].text)
                              and is_known_given(tokens[name[1]].text)):
        return False
    after = tokens[name[1] + 1].text if name[1] + 1 < len(tokens) else ""
    return not (after.endswith("ا") or after.startswith("و"))


def _rare_syllable(word: str) -> bool:
    """Say whether a short word is no word the corpus knows, no function word and no known
    name: one syllable of an East Asian name (جونغ, أون, إن)."""
    return (_n(word) not in _STOP and not is_common_bare_word(word) and not is_known_name(word)
            and not is_common_word("ال" + word))


def _nisba_shaped(word: str) -> bool:
    """Say whether a word in ي may be a nisba adjective or a noun: the corpus writes it with the
    article or as a common word, or knows its stem (ميداني, قطري), or it is ب or ل and a
    common word (بذكرى) or a verbal noun in تفاعل (تفادي); not a foreign name the corpus
    never writes so (مونتاري, روحاني after a title)."""
    if (re.fullmatch(r"ت\wا\wي", word) or word[0] in "بل" and is_common_word("ال" + word[1:])
            or word.endswith("تي") and is_common_word("ال" + word[:-2] + "ة")
            or word.endswith(("اوي", "وجي", "رافي", "يكي"))):
        return True  # تفادي, بذكرى, جامعتي ("my university"): a noun, not a name in ي;
        # حمساوي, جيولوجي, ديموغرافي, ديناميكي: nisbas of their own shape
    stem = word[:-2] if word.endswith(("ية", "يه")) else word[:-1]
    return (is_common_word("ال" + word) or is_common_bare_word(word) or _nationality(word)
            or is_common_word("ال" + stem) or is_common_bare_word(stem) or len(stem) < 3)


def _claim_person(tokens, taken, name: list[int], text: str, claim,
                  ar_start: int | None = None) -> int:
    """Claim the person of words `name` (from `ar_start`, where a particle is the name's own:
    علي), then the people listed after them; return the token after them all."""
    first, last = name[0], name[-1]
    if ar_start is None:
        ar_start = _name_start(tokens, name)
    words = _strip_marks(text[ar_start:tokens[last].end]).split()
    english, guess = romanize_name(" ".join(words))
    claim(first, last, ar_start, english, "person", guess)
    return _listed_people(tokens, taken, last + 1, text, claim)


# Roles that name their holder after what they are of (مدير العلاقات العامة في ماكدونالدز وضاح
# عمران): the titles, and offices the title list leaves out as too often unnamed.
_ROLE_HEADS = _TITLES | _set("سكرتير مسؤول مسؤولة عميد وكيل مندوب منسق مشرف مديرة أمينة "
                             "سكرتيرة عميدة وكيلة مندوبة منسقة")
_COMPLEMENT_LINKS = _set("في لدى عن على من")
_COMPLEMENT_GAP = re.compile(r"\s+|\s*[،,]\s*|\s*[«»\"“”]\s*")


def _role_holder(tokens, taken, i: int, text: str) -> list[int] | None:
    """Return the name after a role and what it is of, where the title's own reading found
    none (سكرتير الاتحاد الكويتي لكرة القدم سهو السهو أنه, مدير العلاقات العامة بالقطاع الصحي،
    راني خشيم،): after up to eight words with the article, words the corpus knows, prepositions
    and names already found, words the speaker rule would take, ending as a speaker's do."""
    for j in range(i + 1, min(i + 10, len(tokens))):
        gap = text[tokens[j - 1].end:tokens[j].start]
        if not _COMPLEMENT_GAP.fullmatch(gap) or (
                re.search("[،,]", gap) and tokens[j].text[0] == "و"
                and tokens[j].core != tokens[j].text and not _article(tokens[j].core)
                and not _as(tokens[j], _TITLES) and not _as(tokens[j], _ROLE_HEADS)):
            return None  # وزير الخارجية، وعفيفي عبد الوهاب سفير: the list's next man
        if j > i + 1 and (name := _speaker(tokens, taken, j, text)):
            return name
        word, core = tokens[j].text, tokens[j].core
        if _n(word) in _NAME_LINKS or is_known_given(word) and not taken[j]:
            return None  # سعيد بن محمد مخايش, نور جزلان محمد: a name, read from its start
        if not (taken[j] or _article(word) or _article(core) or _n(word) in _COMPLEMENT_LINKS
                or is_common_word("ال" + core) or is_common_bare_word(core)
                or _as(tokens[j], _TITLES) or _as(tokens[j], _ORG_HEADS)):
            return None
    return None


# What follows a name in a list: a comma, a full stop, a bracket, the next name with و, the
# end of the text.
_LIST_GOES_ON = re.compile(r"\s*(?:[،,.:(]|$|و\w)")
# The next name of a list, or its end, right after a name (a pause, a dash or و and a word).
_NEXT_IN_LIST = re.compile(r"\s*(?:[،,.]|[-–]\s|و\w)")
# A pause between the names of a list: a comma, or a dash between spaces (حمد الوابل - سليمان).
_LIST_PAUSE = re.compile(r"\s*[،,]\s*|\s+[-–]\s+")


def _listed_people(tokens, taken, j: int, text: str, claim) -> int:
    """Claim the people listed after a name, each a given name and a family name joined by و,
    a comma or a dash (محمد نور وفواز القرني وقصي الخيبري), or a given name alone before the
    next pause (حمد الوابل - سليمان - إبراهيم); return the token after the list."""
    skipped = None  # the first item skipped, where the person pass goes on reading
    while j < len(tokens) and not taken[j]:
        given = tokens[j]
        family = tokens[j + 1] if j + 1 < len(tokens) else None  # None: سطام ends the text
        gap = text[tokens[j - 1].end:given.start]
        with_and = given.text[0] == "و" and given.core != given.text
        comma = _LIST_PAUSE.fullmatch(gap) is not None
        if not (with_and and gap.isspace() or comma):
            break
        word = given.core if with_and else given.text
        if comma and not with_and and (not is_known_given(word) or is_also_common_word(word)):
            break  # after a comma without و, only a known given name goes on with the list
        start = given.core_start if with_and else given.start
        if (family is not None and not taken[j + 1] and _joined(tokens, j + 1, text)
                and _compound_abd(word, family.text)):
            last = j + 1  # وعبد العزيز: a compound given name, with its family name if one follows
            if (j + 2 < len(tokens) and not taken[j + 2] and _joined(tokens, j + 2, text)
                    and is_family_name(tokens[j + 2].text)):
                last = j + 2
            elif not _NEXT_IN_LIST.match(text, family.end, family.end + 3):
                break  # وعبد الله عطيف: a family name no table knows, read by the person pass
            english, guess = romanize_name(_strip_marks(text[start:tokens[last].end]))
            claim(j, last, start, english, "person", guess,
                  _strip_marks(text[start:tokens[last].end]), listed=True)
            j = last + 1
            continue
        if is_listed_given(word) and not is_also_common_word(word) and (
                family is None or _NEXT_IN_LIST.match(text, given.end, family.start + 2)
                and _n(family.core) not in _STOP):
            english, guess = romanize_name(word)  # ورياض البراهيم وعبدالفتاح وفهد: one name
            claim(j, j, start, english, "person", guess, _strip_marks(word), listed=True)
            j += 1
            continue
        if family is None or taken[j + 1]:
            break
        key, family_key = _n(word), _n(family.text)
        foreign = given.text[1:]  # وكارلوس, وليسا: only و is the list's
        if (with_and and not is_known_name(foreign) and not is_known_name(given.text)
                and _unknown_name_word(foreign, verb_shaped=True)
                and _unknown_name_word(family.text, first=False) and _joined(tokens, j + 1, text)
                and not _n(family.text).endswith(("نا", "ها", "هم", "كم"))  # ونتناول غداءنا
                and text[given.end:family.start] == " "
                and _LIST_GOES_ON.match(text, family.end)):
            start = given.start + 1  # روبن كوسياس وتشابيير مانسيسيدور وجوزيه: a foreign name
            english, guess = romanize_name(f"{foreign} {family.text}")
            claim(j, j + 1, start, english, "person", guess, _strip_marks(text[start:family.end]))
            j += 2
            continue
        if (len(word) < 3 or key in _STOP or key in _TITLES or _article(word)
                or key in _NAME_LINKS
                or not _joined(tokens, j + 1, text)
                or not is_family_name(family.text)
                and not (is_known_given(word) and _article(family.text)
                         and family_key.endswith("ي") and family_key not in _WORDS_EN)
                and not (is_known_given(word) and not is_also_common_word(word)
                         and (_article(family.text)
                              and not is_common_word(family.text, at_most=0.1, met=20)  # not الصايغ
                              or with_and and _bare_nisba(family.text))
                         and family_key not in _WORDS_EN and family_key not in _STOP)
                and not (with_and and is_listed_given(word) and not is_also_common_word(word)
                         and _bare_family(family.text) and _joined(tokens, j + 1, text)
                         and _NEXT_IN_LIST.match(text, family.end, family.end + 3))):
            patronym = _patronym_in_list(tokens, taken, j, word, text)
            if patronym is None and _COMMA_THEN_WAW.match(text, family.end):
                skipped = j if skipped is None else skipped
                j += 2  # وفريد الأطرش، وعزيز عثمان: one item the list cannot read; the
                continue  # next, after its comma and و, may be read
            if patronym is None:
                break
            english, guess = romanize_name(_strip_marks(text[start:tokens[patronym].end]))
            claim(j, patronym, start, english, "person", guess,
                  _strip_marks(text[start:tokens[patronym].end]), listed=True)
            j = patronym + 1
            continue
        english, guess = romanize_name(f"{word} {family.text}")
        claim(j, j + 1, start, english, "person", guess,
              _strip_marks(text[start:family.end]))
        j += 2
    return j if skipped is None else skipped


_COMMA_THEN_WAW = re.compile(r"\s*[،,]\s*و\w")


def _patronym_in_list(tokens, taken, j: int, word: str, text: str) -> int | None:
    """The last token of a woman's or a man's name of a people's list whose given name the
    tables do not know, or know as a word too, read by its father's name or its family
    (وأميرة محمد ومروة محمد, وحياة محمد، ورياض; ودانة آل سالم): a word, then a given name
    the tables know and no word, or آل and a word, then the list goes on or ends."""
    key = _n(word)
    if (len(word) < 3 or key in _STOP or key in _TITLES or key in _ORG_HEADS or _article(word)
            or _OWNER_END.search(word) or j + 1 >= len(tokens) or taken[j + 1]
            or text[tokens[j].end:tokens[j + 1].start] != " "):
        return None
    second = tokens[j + 1].text
    last = j + 1
    if _n(second) == _n("آل") and j + 2 < len(tokens) and not taken[j + 2] and (
            text[tokens[j + 1].end:tokens[j + 2].start] == " "):
        last = j + 2  # ودانة آل سالم
    elif not (is_listed_given(second) and not is_also_common_word(second)
              and _n(second) not in _AMBIGUOUS_GIVEN):
        return None
    return last if _NEXT_IN_LIST.match(text, tokens[last].end) or tokens[last].end == len(
        text.rstrip()) else None


# Kin a death notice or a gift lists by given name (أبناء الفقيد صالح - فراس - سطام, أبناء
# الشيخ حسن العفالق أسامة وهاني وسليمان): sons, brothers, daughters, grandsons.
_KIN = _set("أبناء أبناؤه أبنائه أبناءه أبناؤها أبنائها ابناء ابناؤه ابنائه أشقاء أشقاؤه "
            "أشقائه أشقاءه شقيقاه شقيقيه إخوان إخوانه إخوة إخوته اخوان اخوانه اخوة اخوته أولاد "
            "أولاده اولاد اولاده أنجال أنجاله انجال انجاله نجلا نجلاه نجليه بنات بناته أحفاد "
            "أحفاده")
# What stands between the kin and their names: the dead, a title, the father's name found.
_KIN_OF = _set("الفقيد الفقيدة المرحوم المرحومة الراحل الراحلة الشيخ")


def _cast_list_pass(tokens, taken, text: str, claim) -> None:
    """Take each name of two words in a list of four or more joined by commas, three in four
    of whose items open with a given name of the tables and two are already names (a cast:
    وتمثيل: سليمان النزهة، يزيد الخميس، ناصر البريدي، ... وعبدالعزيز القدير): there a family
    name that is also a word (النزهة, الخميس) is the man's."""
    items: list[tuple[int, int]] = []  # (first token, last token) of each item of a run

    def close_run() -> None:
        given = sum(is_known_given(tokens[a].core if tokens[a].text[0] == "و"
                                   else tokens[a].text) for a, _ in items)
        if len(items) >= 4 and sum(taken[a] for a, _ in items) >= 2 and 4 * given >= 3 * len(
                items):
            for a, b in items:
                if not (taken[a] or taken[b]):
                    start = tokens[a].core_start if tokens[a].text[0] == "و" else tokens[a].start
                    ar = _strip_marks(text[start:tokens[b].end])
                    english, guess = romanize_name(ar)
                    claim(a, b, start, english, "person", guess, ar, listed=True)
        items.clear()

    k = 0
    while k + 1 < len(tokens):
        first = tokens[k].core if tokens[k].text[0] == "و" else tokens[k].text
        gap = text[tokens[k].end:tokens[k + 1].start]
        after = text[tokens[k + 1].end:tokens[k + 2].start] if k + 2 < len(tokens) else "."
        if (gap == " " and not _article(first) and _n(first) not in _STOP
                and _n(first) not in _TITLES and _n(first) not in _ORG_HEADS
                and _n(first) not in _REGION_HEADS
                and not (re.fullmatch(r"[يت]\w{3}", first) and not is_known_given(first))
                and (re.fullmatch(r"\s*[،,]\s*", after) or items and after.strip() in ("", "."))
                and (taken[k] == taken[k + 1])):
            items.append((k, k + 1))
            k += 2
            if not re.fullmatch(r"\s*[،,]\s*", after) or tokens[k - 2].text[0] == "و":
                close_run()  # the last item (after و), before the sentence goes on
            continue
        close_run()
        k += 1
    close_run()


def _foreign_list_pass(tokens, taken, text: str, claim) -> None:
    """Take the names of two words each in a list of two or more joined by و or commas whose
    every word is foreign (التعاقد مع ممفيس ديباي وباستيان شفاينشتايجر ومورجان شنيدرلين): a
    word no table or the corpus knows, or a given name of the tables, then a word no table
    or the corpus knows. Names read already (روبرت هوث) may stand in the list."""
    def item_at(k: int, listed: bool) -> bool:
        if k + 1 >= len(tokens) or not _joined(tokens, k + 1, text):
            return False
        if listed and tokens[k].text[0] != "و" and not re.fullmatch(
                r"\s*[،,]\s*", text[tokens[k - 1].end:tokens[k].start]):
            return False  # an item after the first opens with و or follows a comma
        if taken[k] or taken[k + 1]:  # a name read already (روبرت هوث) goes on the list
            return taken[k] and taken[k + 1] and (k + 2 >= len(tokens) or not taken[k + 2]) and (
                not taken[k - 1] if k else True)
        first = _after_waw(tokens[k].text) if listed else tokens[k].text
        second = tokens[k + 1].text
        if second[0] == "و" or re.fullmatch(r"\w{2,3}وا", second):
            return False  # (وصالح فروا من القاعدة: a verb in the past, "they fled")
        if any(not re.fullmatch(r"[\u0621-\u064A]+", w)  # Next Previous: a web page's links
               or _article(w)  # أصدقائه الكثر, مغني الراب: a noun and its adjective
               or _OWNER_END.search(w) and not is_known_name(w)  # أهدرت ثرواتنا
               for w in (first, second)):
            return False  # رفيق كفاحه: a given name that is a noun too, and its pronoun
        if any(re.search(r"(?:ة|ية|ات)$", w) or re.match(r"ل[يتن]\w{3}", w)
               or w.endswith("تي") and is_common_word("ال" + w[:-2] + "ة")  # شركتي: a dual
               or w.endswith("ي") and is_common_word("ال" + w[:-1])  # ملعبي, ناديي
               or w.endswith("ه") and (is_common_word("ال" + w[:-1])
                                       or is_common_bare_word(w[:-1]))
               for w in (first, second)) and not is_known_given(first):
            return False  # ليستمتع ضيوفه, حموض فينولية: a verb, a noun and its pronoun, a nisba
        opens = _foreign_word(first) or is_known_given(first) and not (
            _n(first) in _STOP or is_common_word("ال" + first)
            or is_common_bare_word(first))  # not على, not a noun the corpus knows
        return opens and not (is_known_name(second) or is_family_name(second)) and (
            _foreign_word(second) or _n(second).endswith("ين") and len(second) >= 6
            and not re.match(r"[يتنلس]", second)
            and not is_common_bare_word(second) and not is_common_word("ال" + second)
            and not is_common_word("ال" + second[:-2]))
        # كريستيان فوكس, مورجان شنيدرلين: then a word no table or the corpus knows

    k = 0
    while k < len(tokens):
        if not (item_at(k, listed=False) and tokens[k].text[0] != "و"
                or k and item_at(k, listed=True) and tokens[k].text[0] == "و"):
            k += 1  # a list may open after و (ممفيس ديباي وباستيان ...: Memphis read a city)
            continue
        items = [k]
        while item_at(items[-1] + 2, listed=True):
            items.append(items[-1] + 2)
        given = [a for a in items if is_known_given(_after_waw(tokens[a].text))]
        if not given or sum(not taken[a] for a in items) < 2 and not (
                len(items) >= 2 and any(not taken[a] for a in given)):
            # a given name of the tables in the list (not بيتزا مارغريتا وسباغيتي بولونيز),
            # and two new names, or one that opens with a given name
            k = items[-1] + 2 if len(items) > 1 else k + 1  # each list read once: linear
            continue
        for a in (a for a in items if not taken[a]):
            start = tokens[a].start + (tokens[a].text[0] == "و")
            ar = _strip_marks(text[start:tokens[a + 1].end])
            english, guess = romanize_name(ar)
            claim(a, a + 1, start, english, "person", guess, ar, listed=True)
        k = items[-1] + 2


_NAME_LINE = re.compile(r"\s*[\u0621-\u064A]+(?: [\u0621-\u064A]+){1,3}\s*")


def _name_alone_on_its_line(tokens, taken, text: str, claim) -> None:
    """Take a line that is a man's or a woman's name and nothing else (a list of judges or
    winners, one a line: شمه جابر المري, راجح نواف المطيري): two to four words, the last a
    family name with the article, a given name of the tables among the others, and no title,
    head, particle or common word first, though the first given name is one no table holds."""
    if not 2 <= len(tokens) <= 4 or any(taken) or not _NAME_LINE.fullmatch(text):
        return
    first, last = tokens[0].text, tokens[-1].text
    if not (_article(last) and (is_family_name(last) or _n(last).endswith("ي"))
            and not is_common_word(last, at_most=0.01) and _n(last) not in _WORDS_EN):
        return
    if (_article(first) or _n(first) in _STOP or _n(first) in _TITLES or _as(tokens[0], (
            _ORG_HEADS)) or _n(first) in _REGION_HEADS or _n(first) in places()
            or is_common_bare_word(first) and not is_known_given(first)
            or not any(is_known_given(t.text) for t in tokens[:-1])):
        return
    english, guess = romanize_name(_strip_marks(text.strip()))
    claim(0, len(tokens) - 1, tokens[0].start, english, "person", guess)


_SECOND_NATIONALITY = _set("الجنوبي الشمالي الشمالية الجنوبية")  # الكوري الجنوبي


def _nationality_name_pass(tokens, taken, text: str, claim, sports: bool = False) -> None:
    """Take a name right after a nationality (البرازيلي زيكو, والأرجنتيني دييجو مارادونا,
    الألماني سامي خضيرة): opening with a given name of the tables that is no common word, or a
    word no table or the corpus knows. A name of one word only in a sports story, where players
    go by one (الفنزويلي يوهاندري), and only a foreign word."""
    for i, token in enumerate(tokens):
        if taken[i] or not (_n(token.text).endswith("ي") and (
                _nationality(token.text) or _nationality(_after_waw(token.text)))):
            continue
        j = i + 1
        if j < len(tokens) and _n(tokens[j].text) in _SECOND_NATIONALITY:
            j += 1
        if (j >= len(tokens) or taken[j] or not _joined(tokens, j, text)
                or text[tokens[j - 1].end:tokens[j].start] != " "
                or _place_at(tokens, taken, j, text) is not None):
            continue
        first = tokens[j].text
        given = is_known_given(first)  # سامي خضيرة: an ambiguous one too, with a surname
        # a nationality after a noun with the article describes it (الاقتصاد الصيني يتباطأ):
        # a name after it only when it opens with a given name
        described = i and _article(tokens[i - 1].text) and _n(tokens[i - 1].text) not in (
            _TITLES) and not _as(tokens[i - 1], _ROLE_HEADS)
        foreign = not described and _foreign_word(first)
        if not (given or foreign) or re.match(r"ل[يتن]\w{3}", first) or (
                not given and first.endswith("ه")):
            continue  # البرازيلي لينتقل: ل and a verb; رقمه: a noun and "his"
        name = _name_words(tokens, taken, j, text)
        while len(name) > 1 and (is_common_bare_word(tokens[name[-1]].text)
                                 or _prepositional(tokens[name[-1]].text)):
            name.pop()  # يتباطأ بشكل, ملتزم بأمن: the sentence going on
        if not name or name[0] != j or len(name) == 1 and (
                is_listed_given(first) and not is_foreign_given(first)
                or _n(first) in _AMBIGUOUS_GIVEN or not sports):
            continue  # سامي خضيرة, not السعودي سامي alone
        english, guess = romanize_name(_strip_marks(text[tokens[j].start:tokens[name[-1]].end]))
        claim(j, name[-1], tokens[j].start, english, "person", guess)


# Words that open a film's or a play's cast or its makers (ببطولة الفيلم, أخرج الفيلم).
_STARRING = _set("بطولة ببطولة وبطولة تمثيل وتمثيل إخراج وإخراج بإخراج أخرج وأخرج يخرجه ويخرجه")
_WORKS = _set("الفيلم الفلم العمل المسلسل المسرحية")


def _starring_pass(tokens, taken, text: str, claim) -> None:
    """Take the names of two or three words listed with و or commas after a word that opens a
    cast (يقوم ببطولة الفيلم كريس برات وبرايس دالاس هاوارد, أخرج الفيلم بيت دكتور ورونالدو
    ديل كارمن): two or more, none with a function word, a common word or a verb's shape."""
    for k, token in enumerate(tokens):
        if _n(token.text) not in _STARRING:
            continue
        j = k + 1
        while j < len(tokens) and _n(tokens[j].text) in _WORKS and j - k <= 2:
            j += 1
        items: list[tuple[int, int]] = []
        while j < len(tokens) and len(items) < 12:
            first = j
            while (j < len(tokens) and j - first < 3 and not taken[j]
                   and _cast_word(_after_waw(tokens[j].text) if j == first and items
                                  else tokens[j].text)
                   and (j == first or text[tokens[j - 1].end:tokens[j].start] == " "
                        and tokens[j].text[0] != "و")):
                j += 1
            if j - first < 2 or not (items or tokens[first].text[0] != "و"):
                break
            items.append((first, j - 1))
            if j >= len(tokens) or not re.fullmatch(
                    r"\s+|\s*[،,]\s*", text[tokens[j - 1].end:tokens[j].start]) or (
                    tokens[j].text[0] != "و" and not re.search(
                        "[،,]", text[tokens[j - 1].end:tokens[j].start])):
                break
        if len(items) < 2:
            continue
        for a, b in items:
            start = tokens[a].start + (a != items[0][0] and tokens[a].text[0] == "و")
            ar = _strip_marks(text[start:tokens[b].end])
            english, guess = romanize_name(ar)
            claim(a, b, start, english, "person", guess, ar, listed=True)


def _cast_word(word: str) -> bool:
    """Say whether a word may be part of a foreign actor's name in a cast: no article, function
    word, title, head, common word of the corpus or verb's shape."""
    return (len(word) >= 2 and not _article(word) and _n(word) not in _STOP
            and _n(word) not in _TITLES and _n(word) not in _ORG_HEADS
            and not is_common_bare_word(word) and not is_common_word("ال" + word)
            and not (re.fullmatch(r"[يتن]\w{3,}", word) and not is_known_given(word))
            and not (word.endswith(("ه", "ها")) and not is_known_name(word))  # أخرجه: a verb
            and not _owned(word))


def _kin_list_pass(tokens, taken, text: str, claim) -> None:
    """Take the given names listed after a word of kin (أبناء الفقيد صالح - فراس - سطام), past
    the dead man's title or name: two or more names, or one with its family name."""
    for k, token in enumerate(tokens):
        if _n(token.core) not in _KIN:
            continue
        j = k + 1
        while j < len(tokens) and j - k <= 5 and _joined(tokens, j, text) and (
                taken[j] or _n(tokens[j].text) in _KIN_OF):
            j += 1
        if (j >= len(tokens) - 1 or taken[j] or not _joined(tokens, j, text)
                or not re.fullmatch(r"\s+|\s*:\s*", text[tokens[j - 1].end:tokens[j].start])):
            continue
        word = tokens[j].text
        if _compound_abd(word, tokens[j + 1].text):
            last = j + 1
        elif is_listed_given(word) and not is_also_common_word(word):
            last = j
        else:
            continue
        family = (last + 1 < len(tokens) and not taken[last + 1]
                  and _joined(tokens, last + 1, text) and is_family_name(tokens[last + 1].text))
        listed = _NEXT_IN_LIST.match(text, tokens[last].end,
                                     tokens[last + 1].start + 2 if last + 1 < len(tokens)
                                     else len(text))
        if not (family or listed and _listed_after(tokens, taken, last + 1, text)):
            continue
        last += family
        ar = _strip_marks(text[tokens[j].start:tokens[last].end])
        english, guess = romanize_name(ar)
        claim(j, last, tokens[j].start, english, "person", guess, ar, listed=True)
        _listed_people(tokens, taken, last + 1, text, claim)


# A side's line-up and what opens its list of players: بتشكيلة مكونة من, التشكيلة التالية:.
_LINEUP = _set("تشكيلة بتشكيلة التشكيلة وبتشكيلة تشكيلته بتشكيلته")
_LINEUP_OPENERS = _set("من ضمت تضم وضمت")
_LINEUP_LEAST = 5


def _lineup_pass(tokens, taken, text: str, claim) -> None:
    """Take the players of a line-up in a sports report (الهلال ... بتشكيلة مكونة من شراحيلي،
    ديقاو، جحفلي، كواك...): five or more items of one or two words each, joined by commas,
    none a common word; a side is listed by its players' surnames and foreign names alone."""
    for k, token in enumerate(tokens):
        if _n(token.text) not in _LINEUP:
            continue
        j = None
        for m in range(k + 1, min(k + 4, len(tokens))):
            if ":" in text[tokens[m - 1].end:tokens[m].start]:
                j = m
                break
            if _n(tokens[m].text) in _LINEUP_OPENERS:
                j = m + 1
                break
        items: list[tuple[int, int]] = []
        while j is not None and j < len(tokens):
            last = j
            if (j + 1 < len(tokens) and text[tokens[j].end:tokens[j + 1].start] == " "
                    and _lineup_word(tokens[j + 1].text)):
                last = j + 1  # فيصل درويش: a player's two names
            if not all(_lineup_word(tokens[m].text, m == j) for m in range(j, last + 1)):
                break
            items.append((j, last))
            if last + 1 >= len(tokens) or not re.fullmatch(
                    r"\s*[،,]\s*", text[tokens[last].end:tokens[last + 1].start]):
                break
            j = last + 1
        if len(items) < _LINEUP_LEAST:
            continue
        for first, last in items:
            if any(taken[first:last + 1]):
                continue
            start = tokens[first].start + (tokens[first].text[0] == "و" and not
                                           _lineup_word(tokens[first].text, False))
            ar = _strip_marks(text[start:tokens[last].end])
            english, guess = romanize_name(ar)
            claim(first, last, start, english, "person", guess, ar, listed=True)


def _lineup_word(word: str, opens: bool = False) -> bool:
    """Say whether a word may be a player's name in a line-up: no function word, title or
    common word of the corpus (a family name that is one too, الفرج, follows given names
    often enough); the first of an item may open with the و that joins it."""
    if opens and word[0] == "و" and len(word) > 4 and not _lineup_word(word):
        word = word[1:]
    key = _n(word)
    if (len(word) < 3 or not word.isalpha() or key in _STOP or key in _TITLES
            or key in _ORG_HEADS or key in _REGION_HEADS):
        return False
    return is_known_name(word) or is_family_name(word) or not (
        is_common_bare_word(word) or is_common_word(
            word if _article(word) else "ال" + word, at_most=0.01))


def _listed_after(tokens, taken, j: int, text: str) -> bool:
    """Say whether a known given name follows the pause or و at token j (a list goes on)."""
    if j >= len(tokens) or taken[j]:
        return False
    word = tokens[j].core if tokens[j].text[0] == "و" else tokens[j].text
    return is_listed_given(word) or j + 1 < len(tokens) and _compound_abd(
        word, tokens[j + 1].text)


def _each_of_pass(tokens, taken, text: str, claim) -> None:
    """Take the people listed after كل من (نواب الرئيس كل من هشام مروة ومصطفى أوسو ونغم
    غادري): each a given name of the tables and the word after it, joined by و or a comma,
    while the list goes on; the surname may be a common word (مروة), as the list says it is
    one."""
    for k in range(len(tokens) - 2):
        if not (_n(tokens[k].text) == _n("كل") and _n(tokens[k + 1].text) == _n("من")
                and _joined(tokens, k + 1, text)):
            continue
        j = k + 2
        while j + 1 < len(tokens) and not taken[j] and not taken[j + 1]:
            given, family = tokens[j], tokens[j + 1]
            first_item = j == k + 2
            with_and = given.text[0] == "و" and given.core != given.text
            gap = text[tokens[j - 1].end:given.start]
            if not (first_item and gap.isspace() or with_and and gap.isspace()
                    or _LIST_PAUSE.fullmatch(gap)):
                break
            word = given.core if with_and and not is_known_given(given.text) else given.text
            if not (is_known_given(word) and not is_also_common_word(word)
                    and _n(word) not in _STOP and _joined(tokens, j + 1, text)
                    and text[given.end:family.start] == " " and _n(family.text) not in _STOP
                    and not _n(family.text).startswith("و") and not _prepositional(family.text)
                    and _n(family.text) not in _TITLES and not _PRONOUN_END.search(family.text)
                    and (is_known_name(family.text) or is_family_name(family.text)
                         or not is_common_bare_word(family.text)
                         and not is_common_word(family.text if _article(family.text)
                                                else "ال" + family.text))):
                # not كل من أحمد الشهر الماضي, كل من هاني زوجته: a word of the corpus
                break
            start = given.core_start if word is given.core else given.start
            ar = _strip_marks(text[start:family.end])
            english, guess = romanize_name(ar)
            claim(j, j + 1, start, english, "person", guess, ar, listed=True)
            j += 2


def _compound_abd(word: str, following: str) -> bool:
    """Say whether عبد and the word after it are a compound given name of the hand-made table
    (عبد العزيز, وعبد الله with و taken off)."""
    return _n(word) == _n("عبد") and is_listed_given(f"{word} {following}")


def _bare_family(word: str) -> bool:
    """Say whether a word without the article may be a family name in a list of names, where
    it may also be a common word (ومحمد عيد وحسن الراهب): no function word, title, head,
    pronoun ending or particle and word."""
    key = _n(word)
    return (len(key) >= 3 and not _article(word) and not _cue_word(key)
            and not key.endswith(("ها", "هم", "نا", "كم")) and not _prepositional(word)
            and not _particle_and_word(word) and key not in _WORDS_EN)


# Blessings after a name: صلى الله عليه وسلم, رضي الله عنه, رحمه الله (not عز, a name too).
_BLESSINGS = _set("صلى صلي رضي رضى رحمه رحمها يرحمه جزاه حفظه رعاه أيده وفقه غفر يغفر تغمده")
# Roles written with a possessive (مدربه, مهاجمها): his coach, her striker, then the name.
_ROLES_OWNED = _set("مدرب مهاجم لاعب حارس مدافع نجم هداف قائد محترف")


def _nationality(word: str) -> bool:
    """Say whether a word is a nationality with the article (البرازيلي, الألمانية): one the
    table knows, or a country's name in -ي/-ية (اليونان → اليوناني, رومانيا → الروماني)."""
    key = _n(word)
    if not _article(word):
        return False
    stem = key[:-2] if key.endswith("يه") else key[:-1] if key.endswith("ي") else None
    return stem is not None and (_WORDS_EN.get(stem + "ي") in _NATIONALITY
                                 or stem[2:] in _country_stems())


@functools.cache
def _country_stems() -> frozenset[str]:
    """Countries' names without the article or a final ا, as a nisba is made from them."""
    stems = set()
    for name in countries():
        first = name.split()[0]  # الكونغو - كينشاسا
        if len(first) >= 4:
            bare = first[2:] if first.startswith("ال") else first
            # رومانيا → روماني, كندا → كندي, الكونغو → الكونغولي, اليونان → اليوناني
            stems.add(bare[:-2] if bare.endswith("يا") else bare[:-1] if bare.endswith("ا")
                      else bare + "ل" if bare.endswith("و") else bare)
    return frozenset(stems)


def _role_before_name(tokens, i: int, text: str) -> bool:
    """Say whether token i introduces a name the title list misses: a role with a possessive
    (مدربه), or a nationality standing for the man (مع الكونغولي ..., أكد السويسري غروس);
    the name after it must be joined to it and shaped like no common noun or verb."""
    word = tokens[i].text
    owned = word[-1:] in "ه" and _n(word[:-1]) in _ROLES_OWNED or (
        word.endswith("ها") and _n(word[:-2]) in _ROLES_OWNED)
    nationality = _nationality(tokens[i].core)
    if not (owned or nationality and (_stands_for_a_man(tokens, i, text)
                                      or _foreign_name_at(tokens, i + 1, text))):
        return False
    j = i + 1
    while owned and j < len(tokens) and _nationality(tokens[j].text) and _joined(tokens, j, text):
        j += 1
    if j >= len(tokens) or not _joined(tokens, j, text):
        return False
    name = tokens[j].text
    key = _n(name)
    if is_known_name(name) or nationality and _foreign_name_at(tokens, j, text):
        return True
    return not (_article(name) or is_common_word("ال" + name) or key in _STOP
                or _owned(name)  # وسيوقع الروماني عقده: his contract
                or key in _TITLES or len(name) < 4 or _prepositional(name)
                or re.match(r"[ين]\w{3,}", name) or re.fullmatch(r"[أا]\w{3}|\w{3}ت", name)
                or re.fullmatch(r"ا\w{3,6}ت", name)  # اقتربت: a verb in the past
                or name[0] in "فبل" and (is_common_word("ال" + name[1:])
                                        or name[1:2] in ("ي", "ت", "ن", "أ")))


# Words before a nationality that stands for a man: prepositions and lists of players.
_BEFORE_A_MAN = _set("مع بين بجانب جانب مثل أمام ضد عن إلى الى على من يتقدمهم رأسهم بينهم "
                     "منهم أبرزهم أن إن ان بأن لأن")  # إلى أن البرازيلي لوكاس سيلفا بات


def _name_ends_after(tokens, j: int, text: str) -> bool:
    """Say whether a one-word name at j ends there: a pause, a function word or a word of
    the corpus of four letters or more follows (هاري الحفل, روني هدفا), not a word the
    reading left that may go on with it (هاني بلان, لوي لوبيه, شي جين بينغ)."""
    if j + 1 >= len(tokens) or not _joined(tokens, j + 1, text):
        return True
    after = tokens[j + 1].text
    rest = after[1:] if after[0] in "وف" and len(after) > 2 else after
    return (_n(after) in _STOP or _n(rest) in _STOP  # فكل, وهو
            or _nationality(rest)  # الغاني مونتاري والفنزويلي ريفاس: a list goes on
            or _article(after) and is_common_word(after)
            or len(after) >= 4 and (is_common_bare_word(after) or is_common_word("ال" + after)))


def _foreign_name_at(tokens, j: int, text: str) -> bool:
    """Say whether the two words from j are a foreign name no table knows, after a nationality
    (الكونغولي اليان ديوكو, الأرجنتيني اليخاندرو سابيلا): joined, neither a word the corpus
    knows nor a name of the Arabic tables, and, with what looks like the article, no word
    of the corpus without it either."""
    if j + 1 >= len(tokens) or not (_joined(tokens, j, text) and _joined(tokens, j + 1, text)):
        return False
    first, second = tokens[j].text, tokens[j + 1].text
    if (first[0] == "و" and not is_foreign_given(first)  # but والتر بالمر
            or first.endswith("ا") and second.endswith("ا")
            or second[0] == "و" and (second.endswith("ا") or is_common_word("ال" + second[1:]))):
        return False  # دستورا سلميا, روحيا وعقليا: a noun and its adjective, two adverbs; but
        # سيرينا وليامس
    return _foreign_word(first) and _foreign_word(second)


def _foreign_word(word: str) -> bool:
    """Say whether a word may be part of a foreign name: four letters or more, no word of the
    corpus with or without the article, no Arabic name of the tables, title, head or
    nationality, and not shaped like a verb."""
    key = _n(word)
    bare = word[2:] if _article(word) else word
    # بتروفيتش, كوفالسكي, تشونج: shaped as no Arabic word is, whatever letter opens them
    foreign_shape = key.endswith(_FOREIGN_ENDS) or word.startswith("تش")
    return (len(key) >= 4 and not _cue_word(key) and not _nationality(word)
            and not is_common_word(word) and not is_common_word("ال" + bare)
            and not is_common_bare_word(bare) and not is_family_name(word)
            and not (is_known_name(word) and not is_foreign_given(word))
            and (foreign_shape or not _particle_and_word(word) and not _prepositional(word)
                 and not re.match(r"[يتن]\w{3,}", word)
                 and not _AND_A_PAST_VERB.fullmatch(word))  # فأجاب: "and he answered"
            and not key.endswith(("ات", "ون", "ين", "ها", "هم"))
            and not (key.endswith("ا") and is_common_word("ال" + bare[:-1]))  # حفلا: الحفل
            and not re.fullmatch(r"ا\w{3,6}ت", word))


# Endings of Slavic and Ukrainian surnames (بتروفيتش, كوفالسكي, تيموشينكو).
_FOREIGN_ENDS = ("يتش", "سكي", "ينكو")


def _stands_for_a_man(tokens, i: int, text: str) -> bool:
    """Say whether a nationality is a noun here (the Brazilian X), not an adjective of the word
    before it (دولنا العربية, الدولة المصرية): after a preposition or a verb of saying, in a
    list (والإيطالي), or after a verb in the past that is no noun of the corpus (انتقل)."""
    if tokens[i].text[0] in "وف" and tokens[i].core != tokens[i].text:
        return True
    if not i:
        return True
    before = tokens[i - 1]
    key = _n(before.text)
    if key in _BEFORE_A_MAN or _as(before, _SAYING):
        return True
    noun = before.text[1:] if before.text[0] == "ب" and before.text[1:2] == "و" else before.text
    if (not _article(before.core) and not _article(noun)
            and (noun.endswith("ة") or is_common_word("ال" + noun))
            and not noun.endswith("ات") and not is_known_name(noun) and _n(noun) not in _STOP
            and _n(noun) not in places()
            and not (i > 1 and _as(tokens[i - 2], _REGION_HEADS))  # بمحافظة إب اليمنية
            and i + 1 < len(tokens) and (is_known_given(tokens[i + 1].text)
                                         or _foreign_name_at(tokens, i + 1, text)
                                         or _foreign_word(tokens[i + 1].text) and re.match(
                                             r"\s*[،,.]", text[tokens[i + 1].end:]) is not None)
            and not re.search(r"(ها|هم|هما|نا|كم)$", noun)):
        return True  # بواسطة البرازيلي كارلوس إدواردو, استمرار البرازيلي إلتون خوزيه: a noun
        # in construct with a nationality is "the Brazilian's" (an adjective would want the
        # article) when a given name or a foreign name follows (not رحلات اليمنية أقلعت)
    return (not _article(before.core) and 3 <= len(before.core) <= 5 and key not in _STOP
            and not key.endswith(("ه", "ات", "ين", "ون", "ا")) and not _nationality(before.text)
            and not is_known_name(before.core) and not is_common_word("ال" + before.core)
            and _n(before.core) not in _TITLES and _n(before.core) not in _GENERIC)


def _foreign_pair(tokens, j: int, text: str) -> bool:
    """Say whether the word at j and the next are a foreign given name and surname: the next
    is joined to it, no common word, no article, and not shaped like a verb."""
    if j + 1 >= len(tokens) or not _joined(tokens, j + 1, text):
        return False
    word = tokens[j + 1].text
    return not (_article(word) or is_common_word("ال" + word) or len(word) < 3
                or _n(word) in _STOP or word[0] in "فبل" or re.match(r"[يتن]\w{3,}", word)
                or word[0] == "و" and (len(word) < 4 or is_common_word("ال" + word[1:])
                                       or is_known_name(word[1:])))  # وولف, not وعلي


def _rare_family_word(tokens, name: list[int]) -> bool:
    """Say whether a given name's second word, with the article, is a family name the tables
    never met (فهد الكريع): no common word of the corpus, after a given name that is no common
    word itself."""
    given, family = tokens[name[0]].text, tokens[name[1]].text
    key = _n(family)
    if not (is_known_given(given) and not is_common_word(family) and key not in _WORDS_EN
            and key not in _STOP and len(key) >= 5):
        return False
    return (not is_also_common_word(given) and _n(given) not in _AMBIGUOUS_GIVEN
            or len(key) >= 6 and _rare_article_word(family)
            and not is_common_bare_word(family[2:])
            and key[4:5] != "ا")  # حسن الهيدوس: a given name that is also a word (حسن
    # "good") before a word the corpus never met, not shaped like a broken plural or a
    # verbal noun (حسن الجوار, أكبر السلاسل, حسن المواقيف)


def _tribal(word: str) -> bool:
    """Say whether a word is a learnt family name in -ي with the article (الشهراني, الغامدي):
    after almost any word that is not a common one, it makes a person's name."""
    return _article(word) and _n(word).endswith("ي") and is_family_name(word)


def _described_before(tokens, k: int, text: str) -> bool:
    """Say whether what stands before a name at token k describes the man: a title or a noun
    with the article (اللواء, الشهيد, رئيس بلدية المحافظة), or nothing joined to it (a comma,
    the line's start); not a verb, whose subject the given name is (وشكر فهد جهود العتيبي)."""
    return (not _joined(tokens, k, text) or _article(tokens[k - 1].text)
            or _as(tokens[k - 1], _TITLES) is not None)


def _could_be_given(word: str) -> bool:
    """Say whether a word unknown as a name could still open one before a tribal name: no
    function word, title, head, verb, adjective in -ي or noun in -ات."""
    key = _n(word)
    return (not _cue_word(key) and key not in _SAYING
            and not word.endswith(("ي", "ات", "ون", "ين")) and not re.match(r"[يتن]\w{3}", word)
            and not (re.fullmatch(r"أ\w{3}", word) and not is_known_given(word))  # أشاد
            and (is_known_given(word) or not _common_verb_or_noun(word))  # قدم البلوي
            and (is_known_given(word) or not is_known_name(word))
            and not _with_a_pronoun(word)  # اعلنها العبادي
            and not (word.endswith("ه") and is_common_word("ال" + word[:-1]))  # حادثه المأساوي
            and not _verb_no_name(word))  # سيخلفه العنزي, ساعد العنزي


def _verb_no_name(word: str) -> bool:
    """Say whether a word no table knows as a name is a verb the corpus knows: in the future
    with or without its pronoun (سيخلفه: يخلف), or in the past, with or without ت, whose
    present the corpus knows (ساعد, ساعدت: يساعد; سجلت: يسجل); not حكمت or رفعت, names, nor
    a word of three letters without ت (عيد, ريد: يعيد, يريد)."""
    if is_known_name(word):
        return False
    verb = re.sub(r"(?:ه|ها|هم|هما)$", "", word) if len(word) > 4 else word
    if re.fullmatch(r"س[يتن]\w{2,}", verb):
        return is_common_present(verb[1:])
    if verb.endswith("ت") and len(verb) >= 4:
        verb = verb[:-1]  # سجلت, خضعت: a past of three letters only with its ت
    elif len(verb) < 4:
        return False  # عيد, ريد: names (يعيد, يريد)
    return not verb.startswith(("ي", "ت", "ن")) and is_common_bare_word("ي" + verb)


# Rulers named by their land after the name (قابوس بن سعيد سلطان عمان, أمير قطر): given names
# too, so a title only before a place.
_RULER_OF = _set("سلطان ملك أمير حاكم")
_COMPOUND_SECONDS = frozenset(COMPOUND_SECONDS)  # الدين, العابدين: of a compound given name
_PARTY_HEADS = _set("حزب حركة جماعة تنظيم جبهة")  # one party of its name, whatever its nation
# Titles of those who take an ordinal (الملك عبدالله الثاني, ملك الأردن عبدالله الثاني).
_CROWNED = _set("الملك الملكة ملك ملكة العاهل عاهل السلطان سلطان البابا بابا الإمبراطور "
                "الامبراطور جلالة")
_CROWN_BEFORE = re.compile(r"(?<!\w)[وفب]?(?:ال|لل)(?P<crown>ملك|ملكة|سلطان|أمير|امير|أميرة"
                           r"|اميرة|إمبراطور|امبراطور|ملا)\s+$")  # with the article: not ملك
# (الملا عمر: a mullah is known by his given name as a king is)
# خالد ("Khalid's property"), not حسين أمير عبد اللهيان (a given name)
_NAMED_AFTER_END = re.compile(r"\s+(?:ال)?(?:دولي|جامعي|تخصصي|عسكري)(?!\w)")  # الملك خالد الدولي
_CROWN_EN = {_n(k): v for k, v in CROWNS_EN.items()}


def learnt_name(ar: str, kind: str) -> str | None:
    """A name the learnt model proposes, held to what the rules know of a name's end: the
    words no name ends with taken off its end (a function word, a link of a nasab, an adverb or
    how a speaker spoke, a preposition glued to a noun, a noun with its pronoun; for a person
    also a common word with the article that is no family name: محمد الثاني), and a person's
    titles off its start (الشيخ محمد). None where
    nothing is left; where a person is one word with the article (a family name alone, which
    the rules count with the whole name but never list: وأشاد القحطاني), a particle and a
    known word (بحسن), a title or a nationality; where a body or a place is one common word;
    and where a body opens with a head the rules read (طيران التحالف, فرقة الإطفاء: the rules
    had their say). A name stops before a function word inside it, and before a common word
    in the accusative at its end (عين نائبا)."""
    words = _strip_marks(ar).split()
    if not words or kind == "organisation" and (
            _n(words[0]) in _ORG_HEADS or _n(words[0]) in _CLUB_HEADS):
        return None  # (and فريق كلوب, a coach's team: the club pass read فريق's names)
    while kind == "person" and len(words) > 1 and (_n(words[0]) in _TITLES or _in_the_future(
            words[0]) and not is_known_name(words[0])):
        words.pop(0)  # الشيخ محمد: a title is no part of the name; سيلتقي كيري: "will meet"
    if kind == "person" and any(_n(a) in NASAB and _n(b) in _COUSIN
                                for a, b in zip(words, words[1:], strict=False)):
        return None  # ابن خال بشار الأسد: a cousin, as the rules read him
    if any(_a_likeness(b, a) for a, b in zip(words, words[1:], strict=False)):
        return None  # آدم كآدم: "Adam like Adam", a likeness (round 64's fourhundredfortyfive)
    if (kind == "person" and len(words) == 3 and is_known_given(words[0])
            and not is_known_name(words[1]) and is_common_bare_word(words[1])
            and _article(words[2])):
        return None  # وتسلم سعد كتاب الشهري: a subject, then a noun of a family ("al-Shahri's
        # book"); a father's name that is a common word the rules read after a title only
    inner = next((k for k in range(1, len(words)) if _n(words[k]) in _STOP or (
        kind == "person" and words[k][0] == "و" and not is_known_name(words[k])
        and is_known_given(words[k][1:]))), len(words))  # ريهانا ولورين: and, another singer
    words = words[:inner]  # مكتبة الطفل في مكتبة الملك ...: two names, the first kept
    while len(words) > 1 and re.fullmatch(r"\w{3,}ا", words[-1]) and (
            is_common_bare_word(words[-1]) or is_common_word("ال" + words[-1][:-1])):
        words.pop()  # عين نائبا, عين مستشارا: "appointed deputy", a verb and its accusative
    while kind == "place" and len(words) > 1 and _nationality(words[-1]):
        words.pop()  # محافظة إب اليمنية: the province, its country's adjective no part of it
    while words and (_n(words[-1]) in _STOP or _n(words[-1]) in _NAME_LINKS or len(words) > 1 and (
            kind == "person" and (_manner(words[-1]) or _prepositional(words[-1])
                                  or _with_his(words[-1]) or _with_a_pronoun(words[-1])
                                  or is_common_bare_word(words[-1])
                                  or _n(words[-1]) in _ADVERBS_IN_A
                                  or _a_verb_after_a_name(words[-1])
                                  or _article(words[-1]) and is_common_word(words[-1])
                                  and not is_family_name(words[-1])
                                  and not _given_and_fathers(words)))):
        words.pop()
    if not words or len(words) == 1 and (kind == "person" and (
            _particle_and_word(words[0]) or _article(words[0]) or _n(words[0]) in _TITLES
            or _nationality("ال" + words[0])) or kind != "person" and (
            is_common_word(words[0] if _article(words[0]) else "ال" + words[0])
            or is_common_bare_word(words[0]))):
        return None  # سماحة, بريطاني; عين (a byline's outlet, "eye"), النيل من "undermining"
    if (kind == "person" and len(words) == 1 and re.fullmatch(r"\w{2,}اوي", words[0])
            and not is_known_name(words[0])):
        return None  # قائد حمساوي: a nisba of a movement (the model learnt on 317 sets
        # proposed it)
    if (kind != "person" and len(words) == 2
            and _n(words[0]) in _FEATURE_HEADS  # (not محافظة حجة: Hajjah, a common word too)
            and is_common_bare_word(words[1]) and is_common_word("ال" + words[1])
            and _n(" ".join(words)) not in places()):
        return None  # جزيرة صغيرة: "a small island", a head and an adjective (the model
        # learnt on 305 sets proposed it)
    return " ".join(words)


def _given_and_fathers(words: list[str]) -> bool:
    """Say whether a name of three words is a given name, a father's and a family name in ال
    that is a common word too (فارس عبدالله الجبل, زكريا عبدالهادي المدني: round 52's
    threehundredsixtytwo), where the common word is no ordinal, time or nationality (محمد
    الثاني, أحمد علي الأسبوع, خالد محمد السعودي)."""
    return (len(words) == 3 and is_listed_given(words[0]) and is_listed_given(words[1])
            and _n(words[1]) not in _NAME_LINKS and _n(words[2]) not in _ORG_STOP_ARTICLE
            and _n(words[2]) not in _STOP and not _nationality(words[2]))


def with_its_ordinal(ar: str, kind: str, text: str) -> str:
    """A person the learnt model proposes, with the ordinal after the name in `text` where
    the name is a king's or a pope's (البابا يوحنا بولس, then الثاني: the model ends the name
    before the ordinal that the rules' reading takes with it); else `ar` as it was."""
    words = ar.split()
    if kind != "person" or not words or not is_ruler_name(words[-1]):
        return ar  # no ruler's name, no ordinal: nothing to look for (a long list of names
        # was read once per name)
    at = text.find(ar)
    if len(words) < 2 and not _CROWN_BEFORE.search(text, max(0, at - 30), max(0, at)):
        return ar  # (محمد الثاني alone, without a crown before, is a race's runner-up)
    for found in re.finditer(rf"(?<!\w){re.escape(ar)}((?:\s+\w+){{1,2}})", text):
        following = found.group(1).split()
        if size := regnal_words(words[-1], following):
            return " ".join([*words, *following[:size]])
    return ar


def learnt_english(ar: str, kind: str) -> tuple[str, bool]:
    """The English of a name the learnt model proposes, and whether it is a guess: its
    romanisation, but a place's kind word in English after the rest (مركز المسيال: Al-Masiyal
    Centre, as the rules give a place by a centre; not Markz al-Masiyal), or none for an area,
    a district, a village or a town (منطقة أبحر: Obhur); a name the tables know, their English
    (الجمهورية اليمنية: Yemen)."""
    known = (places() if kind == "place" else organisations() if kind == "organisation"
             else {}).get(_n(ar))
    if known:
        return known[1], False  # الجمهورية اليمنية: Yemen, the table's, no guess
    head, _, rest = ar.partition(" ")
    if kind == "place" and rest and _n(head) == _n("مركز"):
        english, guess = romanize_name(rest)
        return _with_head(english, _ORG_HEADS[_n(head)]), guess
    if kind == "place" and rest and _n(head) in _PLACE_KIND_WORDS:
        return romanize_name(rest)  # منطقة أبحر, محافظة إب: Obhur, Ib (not Mantqa, Mahafza)
    key = _n(head)
    if rest and kind == "place" and (kind_en := _STREETS.get(key) or _REGION_EN.get(key)
                                     or _VENUE_EN.get(key) or _WORKS_EN.get(key)):
        english, guess = _place_english(rest)  # شارع صاري: Sari Street, as the rules give a
        return f"{english} {kind_en}", guess  # street (round 45's new-user review: Shari Sari)
    if rest and kind == "place" and key in _FEATURE_HEADS:
        english, guess = romanize_name(rest)
        feature, first = _FEATURE_HEADS[key]
        return (f"{feature} {english}" if first else f"{english} {feature}"), guess
    if rest and kind == "organisation" and key in _ORG_HEADS:
        # وزارة الخارجية السعودية: Saudi Ministry of Foreign Affairs, as the rules give it
        return _org_english(head, rest.split()), romanize_name(rest)[1]
    return romanize_name(ar)


# Works a place is named by, in English after its name (جسر أبحر: Obhur Bridge).
_WORKS_EN = {_n(k): v for k, v in {"جسر": "Bridge", "محطة": "Station", "نفق": "Tunnel",
                                    "سد": "Dam", "قلعة": "Castle", "برج": "Tower"}.items()}


# Words for a kind of place before its name, which English leaves out (Obhur for منطقة أبحر).
_PLACE_KIND_WORDS = _set("منطقة حي قرية بلدة مدينة محافظة")


def kind_by_head(name: str) -> str | None:
    """The kind a name's first word gives it where nothing else does: an organisation's head
    (شركة ترفيه الخليج, وزارة), a region's (محافظة, مدينة); else None."""
    words = name.split()
    first = _n(words[0]) if words else ""
    return ("organisation" if first in _ORG_HEADS
            else "place" if first in _REGION_HEADS and first not in _WORD_REGION_HEADS
            and first != _n("حي") else None)  # (شارع التحلية: a place too; not قضاء الأحداث,
    # "juvenile justice", nor حي بن يقظان, a novel's hero: the hostile pass)


def is_title(word: str) -> bool:
    """Say whether `word` is a title or role before a person's name (المهندس, الرئيس)."""
    return _n(word) in _TITLES


def crown_before(text: str, start: int, end: int) -> str | None:
    """The English of the crown before the given name at text[start:end] (الملك سلمان: King,
    للأمير هاري: Prince), or None: a given name of the tables alone after one names the man,
    as a king is called; not a word that is a common word too (واجه الملك تحديات, وبدا الملك
    سعيد), nor a place named after him (جامع الملك خالد, من الملك خالد الدولي)."""
    found = _CROWN_BEFORE.search(text, max(0, start - 14), start)
    name = text[start:end]
    mullah = found is not None and found["crown"] == "ملا"
    if (found is None or not is_listed_given(name) or _NAMED_AFTER_END.match(text, end)
            or not mullah and (is_also_common_word(name) or _n(name) in _AMBIGUOUS_GIVEN)):
        return None  # (الملا عمر: after a mullah, عمر is no "age")
    after = re.match(r"\s+(\w+)", text[end:end + 40])
    if mullah and after is not None and is_known_name(after.group(1)):
        return None  # الملا محمد أختر منصور: the name goes on, the registry's or another
    before = re.search(r"(\w+)\s+$", text[max(0, found.start() - 20):found.start()])
    if before is not None:
        word = before.group(1)
        if _n(word) == _n("عبد") or any(
                _n(w) in _NAMED_AFTER_A_KING or _n(w) in _ORG_HEADS or _n(w) in _FEATURE_HEADS
                or _n(w) in _STREETS for w in (word, word[1:], word[2:])):
            return None  # جامع الملك خالد, مكتبة الملك عبدالعزيز: a place named after him;
            # عبد الملك سرور: a given name
    return _CROWN_EN[_n(found["crown"])]


# What is named after a king or a prince (استاد الملك فهد, متنزهات الأمير سلطان), beside the
# heads of bodies, features and streets.
_NAMED_AFTER_A_KING = _set(
    "حديقة قاعة مخطط جامع مسجد متنزهات جسر قلعة مكتبة استاد ستاد ملعب مدينة حي قصر برج دوار "
    "ميدان مجمع جائزة كرسي مدرسة مشروع برنامج محطة قاعدة مستشفيات مدارس كأس بطولة نفق أنفاق "
    "باب ثانوية حدائق امتداد مخططات إسكان مبادرة مناخ مطارات ميادين")


# The first words of compound names in الله that are common nouns too (نصر الله, عوض الله).
_ALLAH_FIRSTS = _set("نصر عوض فضل خير ضيف جار عطا عطاء رزق فتح جود غرم")  # not رحمه الله


def _after_title(tokens, j: int) -> bool:
    """Say whether token j follows a title or a nationality (الدكتور عيد اليحيى, السفير
    السعودي عيد الثقفي): there a common word opens the name all the same."""
    return j > 0 and (_as(tokens[j - 1], _TITLES) is not None or _nationality(tokens[j - 1].text))


def _common_verb_or_noun(word: str) -> bool:
    """Say whether a word is a common word of the corpus shaped like a verb or a noun with its
    particle, pronoun or case ending (قام, عاش, استشهد, لوسائل, شكره, دورا), not like a name:
    common words that are names too (شكري, سامح, جهاد, صبحي) keep their place in a name."""
    if not is_common_bare_word(word) or _n(word) in places():
        return False  # كوريا, a place, is no accusative
    return (len(word) == 3 and not word.endswith("ي")
            or re.fullmatch(r"[يتن]\w{3}|[يت]\w{4}", word) is not None  # تحصل, يقول, يتولى: a
            # verb (not نيسان)
            or len(word) > 3 and word.endswith(("ا", "ه", "ها", "هم"))
            or len(word) > 4 and word.startswith(("است", "ل", "ب")))


def _name_start(tokens, name: list[int]) -> int:
    """Where a name's first word starts: after و when it joins a known given name (ويوسف), or
    any word no table knows before بن (، وعلوش بن عبدالله: a list's و before a man and his
    father; not وليد بن طلال, a name the table knows)."""
    token = tokens[name[0]]
    if not is_known_given(token.text) and is_known_given(token.core):
        return token.core_start
    if (token.text[0] == "و" and token.core != token.text and len(token.core) >= 3
            and not is_known_name(token.text) and len(name) > 1
            and _n(tokens[name[0] + 1].text) in NASAB):
        return token.core_start
    return token.start


def _bare_nisba(word: str) -> bool:
    """Say whether a word is a family name in -ي without the article (عسيري, شكري)."""
    key = _n(word)
    return (len(key) >= 4 and key.endswith("ي") and key not in _WORDS_EN and key not in _STOP
            and not _article(word) and word[0] not in "وفبل")


def _said_name(tokens, name: list[int], text: str) -> bool:
    """Say whether the words after a verb of saying are a name: two or more words, an article
    only on a family name (العتيبي), and then إن/أن, a comma or a colon."""
    if len(name) < 2 or not is_known_given(tokens[name[0]].text) and any(
            _article(tokens[k].text) and not _n(tokens[k].text).endswith("ي")
            and _n(tokens[k].text) not in _COMPOUND_SECONDS for k in name):
        return False
    if any(_n(tokens[k].text).endswith("ه") and not is_known_name(tokens[k].text)
           for k in name):
        return False  # وسائل إعلام حكومية: nouns in -ة, not a man's name
    after = text[tokens[name[-1]].end:tokens[name[-1]].end + 8]
    if re.match(r"\s*(?:[،,:(\-–—]|إن|أن|ان|وهو|وهي)", after):
        return True
    following = name[-1] + 1
    return following < len(tokens) and _n(tokens[following].text) in _TITLES  # … رودجرز مدرب


# Nouns that follow a title as its complement, never as the man's name (اللاعب صاحب الهدف).
_NOT_A_NAME_AFTER_A_TITLE = _set("صاحب صاحبة أصحاب صاحبي")
# A possessive at a word's end, "his", "her", "their", "our" (وزملاؤه, ثرواتنا): no name's
# (_PRONOUN_END, for a noun after a title, has the dual and the second person but not نا).
_OWNER_END = re.compile(r"(?:ه|ها|هم|نا)$")
# A preposition of place or time after a name (في الحفل, خلال اللقاء).
_PLACE_OR_TIME_NEXT = re.compile(r"\s*(?:في|خلال|على|إلى|الى|مع|عن)\s+\w")
# A comma or a bracket and a participle of going or coming after a place (وغادر الملك سلمان
# الرياض، متوجها إلى طنجة; القاهرة (قادما من الرياض)): where he went, not his family name
# (الدكتور عبدالله الشدادي، مدير الجامعة، is).
_ON_THE_WAY_NEXT = re.compile(r"\s*[،,(]\s*(?:[وف]?(?:مت|م|قاد|عائد|مغاد|راجع)\w*ا|بعد|قبل|حيث"
                              r"|في\s+(?:زيارة|طريق|جولة))(?!\w)")
_SPEAKER_END = re.compile(
    r"\s*(?:[،,:(]|(?:(?:إن|أن|ان)(?:ه|ها|هم)?|أحد|احد|إحدى|احدى)(?!\w)|لـ|ل(?:وكالة|صحيفة|قناة|موقع|شبكة)"
    r"|في\s+(?:تصريحات?|مقابلة|بيان|حديث|كلمة|تغريدة|مؤتمر)(?!\w))")


def _speaker(tokens, taken, j: int, text: str) -> list[int] | None:
    """Return the words between a verb of saying and what was said (أكدت جانيت يلين أن, وقال
    ريتشارد والتون رئيس خلية): two to four words opening with a known given name, or two or
    three no table knows but shaped like a name (هارتشاران باينس أحد), and ending at إن/أن,
    a comma, a colon, أحد, لـ, في تصريح or a title; each no function word, title, head or noun
    with the article. There a word shaped like a verb or a conjunction is the name's (يلين,
    والتون)."""
    if j >= len(tokens) or taken[j]:
        return None
    known = is_known_given(tokens[j].text) and not is_also_common_word(tokens[j].text) and (
        _n(tokens[j].text) not in _AMBIGUOUS_GIVEN)
    if not known and not _unknown_name_word(tokens[j].text):
        return None
    for last in range(j + 1, min(j + (4 if known else 3), len(tokens))):
        word = tokens[last].text
        key = _n(word)
        surname_also_a_word = known and last == j + 1 and _surname_also_a_word(tokens, last, text)
        after_al = _n(tokens[last - 1].text) == _n("آل") and key == _n("الشيخ")  # آل الشيخ: a
        # family, not a title (not محمد آل الدكتور)
        if last == j + 1 and _manner(word):
            return None  # وقال محمد مبتسماً: how he said it, not his surname
        if (not known and not (_unknown_name_word(word, first=False)  # مجثل صالح الغامدي
                                  or is_known_given(word) or _family_word(word)) or taken[last]
                or text[tokens[last - 1].end:tokens[last].start] != " "
                or key in _STOP or key in _TITLES and not after_al or key in _GENERIC
                or key in _ORG_HEADS or key in _REGION_HEADS
                or _article(word) and not (_family_word(word) or after_al)
                or _nationality(word) or word.endswith("ات")
                or is_common_word("ال" + word) and not surname_also_a_word
                or _prepositional(word) or key.endswith(("ها", "هم"))
                or is_common_bare_word(word) and not surname_also_a_word
                or word[0] == "و" and (is_known_name(word[1:]) and not _article(word[1:])
                                      or is_common_word("ال" + word[1:])
                                      or _noun_with_my(word[1:]) or key.endswith("اي"))):
            return None  # قال أحمد وعلي, قال أحمد وزملائي: two men, a man and "my" colleagues
        after = text[tokens[last].end:]
        if key in _NAME_LINKS:
            continue  # عبداللطيف آل الشيخ: a link ends no name, the title after آل is his family
        if _SPEAKER_END.match(after) or (last + 1 < len(tokens) and _joined(tokens, last + 1, text)
                                         and _n(tokens[last + 1].text) in _TITLES):
            return list(range(j, last + 1))
    return None


def _surname_also_a_word(tokens, j: int, text: str) -> bool:
    """Say whether the common word after a speaker's known given name is his surname (وقال
    عاصم جهاد المتحدث, وقال رياض سلامة في مقابلة): the speaker's end or a title right after
    it, and no adverb (مجددا), particle and word (بدوره, كذلك) or pronoun ending."""
    word, key = tokens[j].text, _n(tokens[j].text)
    return (len(key) >= 3 and not key.endswith(("ا", "ه", "ها", "هم")) and word[0] not in "وفبلك"
            and (_SPEAKER_END.match(text, tokens[j].end) is not None
                 or j + 1 < len(tokens) and _joined(tokens, j + 1, text)
                 and _n(tokens[j + 1].text) in _TITLES))


def _manner(word: str) -> bool:
    """Say whether a word after a speaker's given name says how he spoke, a participle in the
    accusative (مبتسما, ممازحا, مجيبا) or حينئذ, not who he is; غاضبا has the shape of كافكا
    and حارثة, so it stays, and a long vowel after م is a foreign name's (مينجانا, موراتا)
    unless the corpus has the word (موضحا); four letters are too few for one (إبراهيم معلا),
    but for the adverbs مهلا and مليا (سعد مهلا يا)."""
    return bool(re.fullmatch(r"حينئذ|حينذاك|عندئذ|مهلا|مليا", word)
                or re.fullmatch(r"م\w{3,5}ا", word)
                and (word[1] not in "اوي" or is_common_bare_word(word)))


def _particle_and_word(word: str) -> bool:
    """Say whether a word opening with و ف ب ل ك reads as the particle and a word the tables
    know (وزارة, بالوزير, لعلي), not as a name of its own (كروزيرو, ليماسول, بلايت)."""
    if word[0] not in "وفبلك":
        return False
    rest = word[1:]
    key = _n(rest)
    return (is_common_word("ال" + rest) or is_known_name(rest) or key in _STOP
            or key in _TITLES or key in _ORG_HEADS or _article(rest) or _prepositional(word))


def _unknown_name_word(word: str, first: bool = True, verb_shaped: bool = False) -> bool:
    """Say whether a word no table knows may be part of a speaker's name (كارل رومنيجه,
    هارتشاران باينس): no article, particle and word, function word, title, head or common
    word, and not shaped like a verb (but `verb_shaped`, in a list of names: وتشابيير) or a
    plural noun, nor, first, a feminine one (وزارة)."""
    key = _n(word)
    return (len(key) >= 3 and not _article(word) and not _particle_and_word(word)
            and not _cue_word(key) and key not in _SAYING
            and not key.endswith(("ات", "ون", "ين")) and not (first and key.endswith("ه"))
            and not is_common_word("ال" + word) and not is_common_bare_word(word)
            and not is_also_common_word(word)
            and (verb_shaped or not re.match(r"[يتن]\w{3,}", word))
            and not re.fullmatch(r"[أا]\w{3}|\w{3}ت", word))


# Men's names that are particles too (خلف "behind"), which no table of given names holds.
_NAMES_THAT_ARE_PARTICLES = _set("خلف")
_RANKS = _set("أول ثاني ركن طيار متقاعد")  # اللواء متقاعد: retired
_CALLED = _set("يدعى تدعى")  # "called": a ship or a film in quotes after it is no person


# Titles also written without the article after another title (العقيد دكتور, اللواء مهندس).
_BARE_TITLES = _set("الدكتور المهندس الأستاذ الاستاذ")


def _bare_title(word: str) -> bool:
    """Say whether a word is a title written without its article (دكتور, مهندس) and no name."""
    return _n("ال" + word) in _BARE_TITLES and not is_known_name(word)


def _skip_description(tokens, taken, j: int, text: str) -> int | None:
    """Skip what follows a title before the name: الخارجية السعودي, باسم الوزارة, a place."""
    skipped = 0
    while j < len(tokens) and _joined(tokens, j, text) and skipped < 6:
        word = tokens[j].text
        key = _n(word)
        if key in _STOP and key not in (_n("الراحل"), _n("السابق"), _n("الأسبق")) and not (
                word == "علي" and j + 1 < len(tokens) and (
                    not _article(tokens[j + 1].text) or _family_word(tokens[j + 1].text))):
            return None  # but مهاجم الفريق علي مبخوت, اللواء علي العزازي: علي, the name
        if taken[j] and not _article(word):
            return None  # وزير الخارجية الروسي سيرجي لافروف: the registry has the name
        if key in _RANKS and j and _as(tokens[j - 1], _TITLES):
            j += 1  # الفريق أول فيصل الشوبكي, العميد ركن: the rank's degree, then the name
            skipped += 1
            continue
        if (key in _TITLES and not _article(word) and is_known_given(word)
                and j + 1 < len(tokens) and _joined(tokens, j + 1, text)
                and (_family_word(tokens[j + 1].text) or _n(tokens[j + 1].text) in NASAB)):
            break  # الدكتور مساعد الشراري, الدكتور مساعد بن محمد العيبان: مساعد, a given name
            # here, not an assistant
        if (_article(word) and is_foreign_given(word) and j + 1 < len(tokens)
                and _joined(tokens, j + 1, text) and not _article(tokens[j + 1].text)):
            break  # الرئيس الكسيس تسيبراس: a foreign given name in ال-, not a description
        if (taken[j] or _article(word) or key in _TITLES or key in (_n("باسم"), _n("الله"))
                or key in (_n("العهد"),)
                or _bare_title(word)):
            j += 1  # (العقيد دكتور عاطي بن عطية القرشي: a second title without its article)
            skipped += 1
            continue
        if (key.endswith("ي") and len(key) >= 4 and not is_known_name(word)
                and _nisba_shaped(word)  # اللاعب مونتاري: no adjective, a foreign name
                and j + 1 < len(tokens) and not is_known_name(tokens[j + 1].text)
                and not (skipped and _article(tokens[j - 1].text)
                         and _nationality(tokens[j - 1].text))):
            return None  # نائب فرنسي معارض: an unnamed man described; but after a nationality
            # with the article no bare adjective agrees (المهاجم الإنجليزي روني: a name)
        if word.startswith("لل") and len(word) > 4 and skipped:
            j += 1  # المدرب السويسري للأهلي كريستيان غروس: ل and the club he trains
            skipped += 1
            continue
        break
    if j >= len(tokens) or not _joined(tokens, j, text):
        return None
    return j


def _surname_in_waw(word: str, given: str) -> bool:
    """Say whether a word opening with و after a name is a surname of its own (مصطفى وزيري,
    سكوت ووكر), not و and a word: after a given name, a nisba in -ي or a foreign name in وو,
    and what follows و is no word of the tables, title or head."""
    rest = word[1:]
    key = _n(rest)
    if is_western_given(given) and not _article(rest) and (
            is_western_surname(word) or len(rest) >= 6 and not (
            is_common_bare_word(rest) or is_common_bare_word(word)
            or is_common_word("ال" + rest) or is_known_name(rest) or _noun_with_my(rest)
            or re.search(r"(?:ات|ين|ها|هم|نا|ه)$", rest))):
        return True  # كريس وليامسون, بوب ويلسون: a Western name's surname in و
    if not (is_known_given(given) and (rest[0] == "و" or len(rest) >= 4 and key.endswith("ي"))):
        return False  # وصاحب, وغيرهم, وسواريز: و and a word, or a second name in a list
    if _noun_with_my(rest):
        return False  # وعائلتي, وزملائي, ووزيري: و and a noun with "my", not a nisba
    return (not _article(rest) and not is_known_name(rest)
            and not is_common_word("ال" + rest) and key not in _STOP and key not in _TITLES
            and key not in _ORG_HEADS and key not in _REGION_HEADS and key not in _GENERIC
            and not _nationality(rest) and not re.match(r"[يتنأ]\w{3}|[بلكف]", rest)
            and not rest.endswith(("ات", "ون", "ين")))


def _noun_with_my(word: str) -> bool:
    """Say whether a word is a noun with the pronoun "my" (عائلتي, زملائي, وزيري): in -تي or
    -ئي, or a common noun of the corpus before its final ي."""
    return _n(word).endswith(("تي", "ئي")) or is_common_word("ال" + word[:-1])


def _second_family_name(tokens, taken, j: int, text: str) -> bool:
    """Say whether the word at j, after a family name with the article, is a second one (علي
    الحسيني السيستاني): a learnt tribal name, or a nisba with the article that is no common
    word and no nationality (محمد العتيبي السعودي is a Saudi)."""
    if taken[j] or not _joined(tokens, j, text) or text[tokens[j - 1].end:tokens[j].start] != " ":
        return False
    word = tokens[j].text
    key = _n(word)
    return _article(word) and key.endswith("ي") and len(key) >= 6 and not _nationality(word) and (
        _tribal(word) or not is_common_word(word)) and key not in _WORDS_EN and key not in _STOP


def _family_word(word: str) -> bool:
    """Say whether a word with the article is shaped like a family name: a learnt one, a
    nisba (العزازي) or a word no common one (الطراونة)."""
    return _article(word) and (is_family_name(word) or _n(word).endswith("ي")
                               or not is_common_word(word)) and _n(word) not in _STOP


def _surname_like_a_phrase(word: str) -> bool:
    """Say whether a word that starts with ب or ل is no preposition and noun the corpus knows
    (باركينسون, باسلمة, لامبارد; not لصحافيين, بمنصبه, بالقرار): a surname after a given name."""
    stem = word[1:]
    return (len(word) >= 5 and not re.match(r"بال|لل|ل[مت]|ل[أإآ]|ب[مت]", word)
            and not stem.endswith(("ه", "ها", "هم")) and not is_common_bare_word(stem)
            and not is_common_bare_word(word) and not is_common_word("ال" + stem)
            and not is_common_word("ال" + word) and _n(stem) not in _TITLES
            and _n(stem) not in _ORG_HEADS and _n(stem) not in _REGION_HEADS)


def _prepositional(word: str) -> bool:
    """Say whether a word is a preposition glued to a noun (لصحافيين, لمصادقة, بالقرار)."""
    if word.startswith(("بال", "لل")) and len(word) > 4:
        return True
    if len(word) == 3 and word[0] in "بل" and _n(word[1:]) == _n("حي"):
        return True  # عبدالله بن خميس بحي الروضة: "in the district of"
    if word[0] not in "لب" or len(word) < 4 or is_known_given(word):
        return False
    if len(word) >= 5 and word.endswith(("ه", "ها", "هم")) and not is_known_name(word):
        return True  # لرجاله, بمنصبه: a preposition, a noun and its pronoun (not four letters:
        # محمد بركه, بسمه, بهجه are names; round 41's hostile review, #2)
    if _n(word[1:]) in _TITLES or _n(word[1:]) in _ORG_HEADS or _n(word[1:]) in _REGION_HEADS:
        return True  # بوزير, لشركة
    if len(word) < 5:
        return (word[0] == "ل" and word[-1] not in "اويى"  # لصنع, لدعم: ل and a noun
                and not is_known_name(word))  # (لوكا, ليلى: names)
    if (re.match(r"ل[مت]|ل[أإآ]|لا(?:ست|\wت)\w{2}|ب[مت]\w{3}", word)
            or re.fullmatch(r"با(?:ست\w\w|\wت\w)ا\w", word)) and not is_known_name(word):
        return True  # لمطالب, لتطوير, لاستثمار, لانتخاب (not لافازانيس); بارتكاب, باستخدام
        # (round 70)
    if is_common_word("ال" + word[1:], at_most=0.01) and not is_known_name(word):
        return True  # رئيس لوزراء: ل and a common noun never after a given name
    return _article(word[1:]) or word.startswith("لل") or word.endswith(("ين", "ون", "ات", "ة"))


def _rare_article_word(word: str) -> bool:
    """Say whether a word with the article is none the corpus knows as a word, title, head or
    function word: after a man and his father, a family name (المحضار, الدباغ). A common word
    the corpus meets after a given name in more than 15% of its uses counts as none (السيف
    19%, الفياض, السليم), and a title is never one."""
    key = _n(word)
    return (_article(word) and len(key) >= 5 and not is_common_word(word, at_most=0.15)
            and key not in _TITLES
            and not key.endswith(("ات", "ين", "ون"))  # خالد سعد المتفوقات: a plural noun
            and not is_common_bare_word(word[2:]) and not _cue_word(key)
            and not _nationality(word) and key not in _WORDS_EN)


# Adverbs in ة the corpus's tables may not know: سافر خالد خلسة is no name.
_ADVERBS_IN_A = _set("خلسة عنوة بغتة مصادفة صدفة علانية غداة قاطبة تارة سوية برمته برمتها "
                     "عادة مجددا")


def _with_his(word: str) -> bool:
    """Say whether a word in ه is a noun the corpus knows with "his" (جاهزيته: جاهزية,
    استغرابه: استغراب, كفاءته: كفاءة)."""
    if not word.endswith("ه") or len(word) < 4:
        return False
    stems = {word[:-1]}
    if word[:-1].endswith("ت"):
        stems.add(word[:-2] + "ة")
    return any(is_common_bare_word(stem) or is_common_word("ال" + stem) for stem in stems)


def _rare_name_in_a(word: str, first: str) -> bool:
    """Say whether a word ending in ة or ه that the corpus does not know as a word is a
    surname: after a known given name (خالد خوجة, علي دوابشة), or a foreign one in -يه
    written with ه (لوي لوبيه); a common word (زيارة, عليه) never is."""
    if word[0] in "وفبلك" and (_n(word[1:]) in _cities() or _with_his(word[1:])):
        return False  # مستشفى الملك فهد بجدة: ب and a city; كعادته
    if (_with_his(word) or _n(word) in _ADVERBS_IN_A or word.endswith("يته")
            or word.startswith("است")):
        return False  # خالد جاهزيته, فيصل أحقيته, عبدالله استغرابه: "his" after a verbal
        # noun (استفعال and -ية: no name's shapes; but شحاته, حلاوته); سلمان خلسة: an adverb
    return (not _article(word) and len(word) >= 4 and not is_known_name(word)
            and not is_common_bare_word(word)
            and not is_common_word("ال" + word) and not is_common_word("ال" + word[:-1] + "ة")
            and (is_known_given(first) and not is_also_common_word(first)
                 or word.endswith("يه")))


def _with_a_pronoun(word: str) -> bool:
    """Say whether a word is a verb or noun the corpus knows with an object or possessive
    pronoun after it (اعلنها: أعلن, إبعادهم: إبعاد), which opens no name."""
    if is_known_name(word):
        return False
    for suffix in ("هما", "ها", "هم", "هن"):
        stem = word[:-len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3:
            forms = {stem, *(first + stem[1:] for first in "أاإ" if stem[0] in "أاإ")}
            return any(is_common_bare_word(form) or is_common_word("ال" + form) for form in forms)
    return False


# Titles that are family names too, ending a name (حسان الشيخ الذي); alone they are the title
# of someone else (findings folds no mention of them into the man).
FAMILY_TITLES = _set("الشيخ السيد الملا")


_GOVERNED = _set("إلى الى من عن على في")


def _preposition_next(tokens, j: int, text: str) -> bool:
    """Say whether the word after token j is a preposition or opens with ل, so that a common
    word in -ي at j governs it (محمد مرسي المنتمي لجماعة الإخوان: an adjective, where a family
    name in -ي, العتيبي, stands alone)."""
    if j + 1 >= len(tokens) or not _joined(tokens, j + 1, text):
        return False
    after = tokens[j + 1].text
    return _n(after) in _GOVERNED or (
        after[0] == "ل" and len(after) > 3 and not is_known_name(after))


# What follows a man's name and cannot follow على "on": محمد علي إن, محمد علي في.
_AFTER_ALI = _set("إن أن أنه إنه بأن في إلى عن من خلال")
_LINE_ENDS_NEXT = re.compile(r"[ \t]*(?:[.،,؛]?[ \t]*(?:\n|$))")


def _family_ends_the_line(tokens, name: list[int], j: int, text: str) -> bool:
    """Say whether token j, a common word or a noun in -ة, ends its line after three words of
    a name or more: a family name alone on a byline's line (عبدالمحسن بن عثمان الشبانة), after
    his own, his father's and his grandfather's names."""
    return (_three_given_names(tokens, name)
            and _LINE_ENDS_NEXT.match(text, tokens[j].end) is not None)


def _three_given_names(tokens, name: list[int]) -> bool:
    """Say whether a name read so far is three given names or more (a man's, his father's
    and his grandfather's), so that what follows may be his family's."""
    return len(name) >= 3 and all(is_known_given(tokens[k].text) for k in name)


def _ends_a_name(word: str) -> bool:
    """Say whether a word is a public figure's family name that only ends a name (أردوغان,
    كيري), not also a given name (مبارك) or part of one (عبد الله)."""
    return is_surname(word) and not is_known_given(word) and _n(word) != _n("الله")


def _a_likeness(word: str, name: str) -> bool:
    """Say whether `word` is ك and the `name` before it, "like him", no second name (موسى
    كموسى), and no name of its own (not كامل after أمل)."""
    return word[0] == "ك" and _n(word[1:]) == _n(name) and not is_known_name(word)


def _name_words(tokens, taken, j: int, text: str) -> list[int]:
    """Return the up to seven words of a name starting at token j (nasab chains are long),
    or nine where its seventh and eighth are a link and a name (عبد اللطيف بن عبد الملك بن عمر
    آل الشيخ)."""
    name: list[int] = []
    read: list[str] = []  # the name's words as read (وعبد → عبد)
    while j < len(tokens) and (len(name) < 7 or len(name) == 7 and _n(tokens[j].text) in (
            _NAME_LINKS) or len(name) == 8 and read[-1] in _NAME_LINKS) and not taken[j]:
        if name and not (_joined(tokens, j, text)
                         and (text[tokens[j - 1].end:tokens[j].start].isspace()
                              or text[tokens[j - 1].end:tokens[j].start] == "-"
                              or _initial_in_a_name(tokens, j, text))):
            break  # سعود -حفظه الله: a spaced hyphen or a full stop ends a name (كي-جونغ not)
        word = tokens[j].text
        if not name and _n(word) in _THANKS_TO:
            break  # بفضل ساكي: "thanks to" Psaki, not a man named فضل
        if name and (_a_likeness(word, read[-1])
                     or _ends_a_name(tokens[name[-1]].text) and _n(word) not in _NAME_LINKS):
            break  # موسى كموسى: "Moses like Moses"; أردوغان أبلغ نظيره: a public figure's
            # family name ends his name, the verb after it no part (round 64)
        if not name and not is_known_given(word) and tokens[j].core != word and (
                is_known_given(tokens[j].core) or word[0] in "وف"):
            word = tokens[j].core
        key = _n(word)
        crowned = name and any(_n(tk.core) in _CROWNED  # before the name, or opening it
                               for tk in tokens[max(0, name[0] - 3):name[0] + 1])
        if (len(name) == 1 or len(name) == 2 and crowned) and (size := regnal_words(
                tokens[name[-1]].text, [tk.text for tk in tokens[j:j + 2]])) and (
                len(name) == 2 or not is_listed_given(tokens[name[0]].text) or crowned):
            # (محمد الثاني in a race is the runner-up: an Arab's ordinal wants a crown before;
            # so do two names, ملك السويد كارل جوستاف السادس عشر)
            name += list(range(j, j + size))  # إليزابيث الثانية, بنديكتوس السادس عشر
            read += [_n(tokens[k].text) for k in range(j, j + size)]
            j += size
            if j < len(tokens) and _n(tokens[j].text) in NASAB:
                continue  # عبدالله الثاني بن الحسين
            break
        if name and key == _n("أوغلو"):
            name.append(j)  # أحمد داود أوغلو, كليتشدار أوغلو: a Turkish surname's "son of"
            read.append(key)
            j += 1
            continue
        if len(name) == 1 and _foreign_surname(tokens[name[0]].text, word):
            name.append(j)  # موشيه يعالون, شينزو آبي: a foreign given name's surname, though
            # shaped like a verb or a word of a nasab, and a second (كيفن برانس بواتينغ)
            if (j + 1 < len(tokens) and not taken[j + 1] and _joined(tokens, j + 1, text)
                    and (text[tokens[j].end:tokens[j + 1].start] in (" ", "-")  # جونغ-أون
                         or _initial_in_a_name(tokens, j + 1, text))  # جاكوب جيه. ليو
                    and _foreign_surname(tokens[name[0]].text, tokens[j + 1].text)
                    and not is_known_name(tokens[j + 1].text)
                    and (not _prepositional(tokens[j + 1].text)  # not جيرارد بتسجيله
                         or is_western_surname(tokens[j + 1].text))  # كلير روكاسل براون
                    and not _accusative_noun(tokens[j + 1].text)  # مايكل فيلبس لقبا
                    and not (tokens[j + 1].text.endswith("ان")  # دييجو كوستا جاهزان: a dual
                             and is_common_word("ال" + tokens[j + 1].text[:-2]))  # (round 71)
                    and not re.fullmatch(r"م[تس]\w{3}", tokens[j + 1].text)  # هاميلتون متصدر
                    and not re.fullmatch(r"ا\w{4}", tokens[j + 1].text)  # توماس ليدنك احتفظ
                    and not (tokens[j + 1].text.endswith("ا") and j + 2 < len(tokens)
                             and tokens[j + 2].text.endswith("ا"))):  # كريستي تكنيكا مختلفا
                name.append(j + 1)
            break
        if (not name and _bare_title(word)
                and j + 1 < len(tokens) and _joined(tokens, j + 1, text)
                and is_known_given(tokens[j + 1].text)):
            j += 1  # قال دكتور محمد العلي: a title without its article, then the name
            continue
        if key in _COUSIN and (not name or read[-1] in NASAB):
            break  # ابن خال بشار الأسد, سعد الحريري ابن خاله: a cousin, no name (the link
            # before goes with what follows)
        after_link = bool(read) and read[-1] in _NAME_LINKS
        if (len(name) == 2 and is_listed_given(read[0]) and tokens[name[0]].text[0] == "و"
                and _article(tokens[name[1]].text) and not is_common_word(tokens[name[1]].text)
                and read[-1] not in _COMPOUND_SECONDS and word[0] not in "وف"
                and j + 2 < len(tokens) and _compound_abd(word, tokens[j + 1].text)
                and _article(tokens[j + 2].text) and _joined(tokens, j + 2, text)):
            break  # وفرحان الشلوي عبد العزيز النومان: in a list, the family name ends one man
            # and a given name opens the next
        nasab = len(read) >= 2 and read[-2] in _NAME_LINKS  # بن مبارك: a father, not Mubarak
        family_next = j + 1 < len(tokens) and _joined(tokens, j + 1, text) and _family_word(
            tokens[j + 1].text)
        ali = word == "علي" and j + 1 < len(tokens) and (
            not _article(tokens[j + 1].text) and _n(tokens[j + 1].text) not in _STOP
            or not name and family_next
            or bool(name) and is_known_given(tokens[name[-1]].text)
            and (_n(tokens[j + 1].text) in _AFTER_ALI or _article(tokens[j + 1].text)
                 and is_family_name(tokens[j + 1].text)))  # علي مبخوت, علي العزازي, محمد علي
        # المقدشي: a father's name before a family name
        # إن: the name, not على
        if (name and (key in _ALLAH_FIRSTS and j + 1 < len(tokens)
                      and _n(tokens[j + 1].text) == _n("الله")
                      or key == _n("العبد") and j + 1 < len(tokens)
                      and _compound_abd("عبد", tokens[j + 1].text))
                and not taken[j + 1] and _joined(tokens, j + 1, text)
                and text[tokens[j].end:tokens[j + 1].start] == " "):  # (وليد العبد الله,
            # صالح العبد اللطيف: a family name of عبد and a name of God, with the article;
            # round 64's fourhundredfortyfive)
            name += [j, j + 1]  # حسن نصر الله, باسم عوض الله: a compound name in الله,
            read += [key, _n(tokens[j + 1].text)]  # though its first word is a noun (نصر
            # "victory")
            j += 2
            continue
        if (not name and key in _STOP and is_known_given(word) and j + 2 < len(tokens)
                and _n(tokens[j + 1].text) not in _NAME_LINKS  # not علي عبد الله صالح
                and _joined(tokens, j + 1, text) and _joined(tokens, j + 2, text)
                and is_known_given(f"{tokens[j + 1].text} {tokens[j + 2].text}")):
            name += [j, j + 1, j + 2]  # بان كي مون: words that are particles too (بأن, كي)
            break
        if (name and key in FAMILY_TITLES and not after_link and (
                j + 1 >= len(tokens) or not _joined(tokens, j + 1, text)
                or _n(tokens[j + 1].text) in _STOP or is_common_bare_word(tokens[j + 1].text)
                or _prepositional(tokens[j + 1].text) or tokens[j + 1].text[0] == "ك"
                and is_common_word("ال" + tokens[j + 1].text[1:]))):
            name.append(j)  # حسان الشيخ الذي, ناصر محمود الشيخ كادعاء, عدنان بن أحمد السيد أن:
            break  # a family name, not the title of a name after it
        if (name and key in _NCO and is_known_given(tokens[name[-1]].text) and not (
                j + 1 < len(tokens) and _joined(tokens, j + 1, text)
                and (is_known_given(tokens[j + 1].text) or _n(tokens[j + 1].text) in _RANKS))):
            name.append(j)  # قال سعد العريف إن: after a given name a rank is his family name
            break  # (but محمد الرقيب أول خالد: the next man's rank)
        father = (bool(name) and word != "على" and family_next and not taken[j + 1]
                  and (is_known_given(word) or key in _NAMES_THAT_ARE_PARTICLES)
                  and is_known_given(tokens[name[-1]].text) and _article(tokens[j + 1].text))
        # (عبدالمحسن خلف المطيري, علي محمد علي العتيق: a father's name that is a particle
        # too, between a man's given name and his family's)
        if (key in _STOP and not (after_link and is_known_given(word) or ali or father)
                or key in _TITLES and not (read and (read[-1] == _n("آل") or (
                    read[-1] == _n("ولد") and key == _n("الشيخ"))  # ولد الشيخ أحمد: Ould Cheikh
                    or read[-1] in (
                    _NAME_LINKS) and not _article(word) and is_known_given(word)
                    or _compound_abd(read[-1], word))) and not (  # عبد الملك: no king
                    not name and is_known_given(word) and (family_next or (  # مساعد الشراري,
                        j + 1 < len(tokens) and _n(tokens[j + 1].text) in NASAB)))  # مساعد بن
                or key in _GENERIC and not name or len(word) < 2):
            break  # but بن علي: after بن, على is the name علي
        if (len(read) >= 2 and read[-2] in NASAB and word[0] == "ب" and len(word) > 3
                and not is_known_name(word) and is_common_word("ال" + word[1:])):
            break  # الملك سلمان بن عبدالعزيز بصرف راتب: after a father's name, ب and a noun
        if key in _REGION_HEADS or key in _ORG_HEADS or _prepositional(word) and not (
                name and is_known_given(tokens[name[0]].text) and _surname_like_a_phrase(word)):
            break  # but جون باركينسون, بدر باسلمة: a surname that starts like ب and a noun
        if (len(name) == 1 and is_known_given(tokens[name[0]].text) and _manner(word)
                and not is_known_name(word)):
            break  # وقال علي ممازحا: how he said it, not his surname (but يانجا-مبيوا)
        if not name and not is_known_name(word) and (
                tokens[j].text.startswith("و") or word.endswith("ا") and len(word) > 3 and (
                    word.endswith("ها") or is_common_word("ال" + word) or not (
                        _foreign_pair(tokens, j, text))
                    or is_common_word("ال" + word[:-1]) and (
                        tokens[j + 1].text.endswith("ا")
                        or is_common_bare_word(tokens[j + 1].text)
                        or is_common_bare_word(word)))):
            break  # ويوغر, وأعضاء: a verb or a conjunction; هدفا, حاليا: an accusative noun
            # (but سلفا كير, كريستا وولف: a foreign given name before a surname)
        if not is_known_name(word) and (not name and re.match(r"س[يتنأ]\w{3,}(?<!و)$", word)
                                         or name and re.fullmatch(r"أ\w{3}", word)):
            break  # سنثبت جدارتنا, مشعل أطلع: a verb, not a name
        if not name and _with_a_pronoun(word):
            break  # اعلنها العبادي, إبعادهم: a verb or a noun the corpus knows, and "her", "them"
        if (name and word.endswith("تي") and not is_known_name(word)
                and is_common_word("ال" + word[:-2] + "ة")):
            break  # حسام كامل أغنيتي: a noun in -ة and "my" (أغنية), no name
        if not name and re.fullmatch(r"ب\w\wو\w|بإ\w\wا\w", word) and not is_known_name(word):
            break  # بحضور فراس مؤذن, بإشراف: ب and a verbal noun opens no name
        if not name and re.match(r"ب[مت]\w{3}", word) and not is_known_name(word):
            break  # بموقف, بتوجيه: a preposition and a noun
        if not name and key.endswith("ه") and not is_known_given(word) and not (
                family_next and not is_common_word("ال" + word)):
            break  # إدارة, حالة: a noun in -ة opens no man's name, and no known woman's
            # (but سلطانة المشيقح: a rare word before a family name)
        if word[0] in "وفبلك" and _n(word[1:]) in _STOP and not is_known_name(word):
            break  # ديفيد وما, رقوش بما; بمن فيهم opens no name
        if tokens[j].text != tokens[j].raw_text(text):
            break  # حارساً: a word with tanween is no name
        if name and _n(word[1:]) in _TITLES and word[0] == "ك":
            break  # أحمد عسيري كلاعب: "as a player"
        if name and word.endswith("ا") and _n(word[:-1]) in _TITLES:
            break  # عبدالعزيز جباري مستشارا: "as an adviser"
        if (len(name) >= 2 and not _article(word) and _n("ال" + word) in _TITLES
                and not word.endswith("ي") and not is_known_name(word)
                and not is_family_name(word) and key != _n("سيد")  # محمد عبدالحكيم سيد
                and j + 1 < len(tokens) and _joined(tokens, j + 1, text)
                and _n(tokens[j + 1].text) not in _STOP):  # (but أحمد فؤاد نجم, عمر أحمد شيخ في)
            break  # آل عطيان شيخ قبائل أكلب: a title of what follows (not حاتم بن حسن قاضي)
        if (len(name) >= 2 and word.endswith("ي") and not is_known_name(word)
                and is_common_bare_word(word) and is_common_word("ال" + word[:-1] + "ين")):
            break  # أحمد فروخ موظفي المنطقة: a plural before what it is of ("employees of")
        if name and not is_known_name(word) and not _article(word) and (
                re.fullmatch(r"\w{3}ت|ا\w{4}", word) or _past_plural(word)):
            break  # سارة سجلت, أخرى اعتمد, بيليه مروا (يمر): a verb in the past
        if (len(name) >= 2 and word.endswith("ا") and len(word) >= 4
                and (word[-2] not in "يو" or _accusative_noun(word))
                and not _article(word) and not is_known_name(word)):
            break  # إسماعيل كتبي مشرفا, نايف هزازي مؤشرا, محمد مرسي عفوا: an accusative
        if (len(name) == 1 and word.endswith("ا") and len(word) >= 4 and not is_known_name(word)
                and is_common_word("ال" + word[:-1])):
            break  # الفنانة بلقيس حفلا غنائيا: a common noun in the accusative
        if name and not is_known_name(word) and not is_family_name(word) and not (
                _compound_abd(tokens[name[-1]].text, word)) and any(  # عبد ربه: a name
                word.endswith(end) and len(word) - len(end) >= 3
                and (is_common_word("ال" + word[:-len(end)]) and (
                    end != "ين" or is_common_bare_word(word))  # هدفين, not شاهين (a name)
                     or end != "ين" and is_common_bare_word(word[:-len(end)]))
                for end in ("ه", "ها", "هم", "ين")):
            break  # روني اعتزاله, نايف هزازي هدفين: a noun with a pronoun or in the dual
        if not is_known_name(word) and not is_family_name(word) and not after_link and not (
                nasab and not _article(word)) and (
                name and key.endswith("ه") and not (
                    _article(word) and not is_common_word(word, at_most=0.05) and len(name) == 1
                    and is_known_given(tokens[name[0]].text))
                and not _rare_name_in_a(word, tokens[name[0]].text)
                and not _family_ends_the_line(tokens, name, j, text)
                or word[0] == "ب" and len(word) <= 4 and (not name or len(name) >= 2)):
            break  # كارتر بطول نقطة: a noun in -ة or ب and a noun is no name word
        if name and is_surname(tokens[name[-1]].text) and not nasab and not (
                read[-1] == _n("الله") and any(r in NASAB for r in read)  # بن رجاء الله
        ) or len(name) >= 2 and (  # السلمي: a father's name in الله, then his family's
                _n(tokens[name[-1]].text).endswith("ه")
                and _rare_name_in_a(tokens[name[-1]].text, tokens[name[0]].text)
                and not _article(word) and not key.endswith("ي")):
            break  # تسيبراس إبرام, ريهام دوابشة بحروق: the family name ends the name (but
            # عبدالمحسن عاضة الحارثي, أبو شوشه عسيري: a father's name, then the family's)
        if (name and re.fullmatch(r"ي\w\wي", word) and not is_known_name(word)
                and (is_common_bare_word(word[1:3] + "ى")
                     or is_common_word("ال" + word[1:3] + "اء"))):
            break  # محمد عبده يغني: a verb of a weak root (بنى, الغناء), not a nisba (يمني)
        if name and not is_known_name(word) and not key.endswith("ي") and (
                re.match(r"ي\w{2}|س[ين]\w{3}|ت\w{4}|ست[^\Wاوي]\w\w$"  # عمر ستؤخر, ستعيد
                         r"|ل[يت][^\Wاوي]\w\w$", word)  # عمر ليجند: to recruit
                and not (word.endswith("ا") and not word.endswith("ها"))  # سيجسدها
                or key in _FUTURE_VERBS or key in _OFFICIAL_VERBS
                or re.fullmatch(r"(?:ان|است|ات|اع|اخ)\w{2,}ت", word)):
            break  # هادي سيطلع, عمر تعلنان: a verb after the name
        if name and re.fullmatch(r"ي\w{2,4}ى", word) and not is_known_name(word):
            break  # بيليه يتعافى, يسعى, يبقى: a verb of a weak root after the name, written with
            # its ى (a nisba in ي written so, المصرى, does not open with ي)
        waw_surname = bool(name) and word[0] == "و" and len(word) >= 4 and _surname_in_waw(
            word, tokens[name[0]].text)  # مصطفى وزيري, سكوت ووكر
        if name and word[0] == "و" and len(word) >= 4 and not is_known_name(word) and not (
                waw_surname):
            break  # هادي ودول: a conjunction and the next word
        if name and word[0] == "و" and not is_known_given(word) and not after_link and (
                _article(word[1:]) or len(word) > 4 and key not in _NAME_LINKS
                and not waw_surname):
            break
        if key in _BLESSINGS or key == _n("طيب") and j + 2 < len(tokens) and _n(
                tokens[j + 1].text) == _n("الله") and _n(tokens[j + 2].text).startswith(
                    _n("ثرا")):
            break  # محمد صلى الله عليه وسلم, عثمان رضي الله عنه: a blessing, not a name; so
            # is طيب الله ثراه (الملك عبدالعزيز طيب الله ثراه: round 56's threehundredninety;
            # not رجب طيب أردوغان, nor طيب الله without ثراه, the Afghan name Tayyebullah)
        if name and key in _ROLES_AFTER_A_NAME and j + 1 < len(tokens) and (
                _article(tokens[j + 1].text) or _n(tokens[j + 1].text) in _REGION_HEADS):
            break  # كيت براون حاكم ولاية: the role after the name
        if (not _article(word) and not after_link and key != _n("الله") and not father
                # after a father's name too: بن نايف قوله, بن سلمان وصل, بن عبدالعزيز ترأس
                and (name or not is_known_given(word) and not _after_title(tokens, j))
                and _common_verb_or_noun(word)
                and not (not name and j + 1 < len(tokens)
                         and _n(tokens[j + 1].text) in _COMPOUND_SECONDS)):
            break  # محمد عاش, فيصل استشهد, مصطفى لوسائل: a word of the corpus, not a name
        if (len(name) >= 3 and not after_link and not _article(word) and key.endswith("ه")
                and (sum(r in NASAB for r in read) >= 2 or _n("آل") in read[:-1])
                and not is_known_name(word)):
            break  # سلمان بن عبدالعزيز آل سعود برقية, محمد بن نايف بن عبدالعزيز برقية: a noun
            # in -ة after a whole nasab, no name (but علي بن موسى زعلة, his family's)
        if (len(name) >= 3 and not after_link and any(r in NASAB for r in read)
                and re.fullmatch(r"ن\w{4}", word) and not is_known_name(word)
                and not is_family_name(word)):
            break  # محمد بن نايف نطمئن عليكم: a verb ("we are reassured") after a whole
            # nasab (but خوان أنخل نابوت, محمد آل نصفان: family names)
        if (len(name) >= 2 and len(word) == 4 and word[0] in "بل" and not is_family_name(word)
                and is_common_bare_word(word) and _n(word) not in places()):
            break  # سلمان بن عبد العزيز بحسب, فهد بن سلطان بعمل: a preposition and a noun
        if not name and not is_known_name(word) and re.fullmatch(r"ا\w{3,6}ت", word):
            break  # اللاعب الآسيوي اقتربت: a verb in the past
        if name and key in _COMPOUND_SECONDS and not _article(read[-1]) and (
                len(name) == 1 or not is_family_name(tokens[name[-1]].text)
                and not _common_verb_or_noun(tokens[name[-1]].text)):
            name.append(j)  # محيي الدين ياسين, زين العابدين, صالح زهر الدين: a compound
            # given name, the man's own or his father's
            read.append(key)
            j += 1
            continue
        if name and key == _n("الله") and read[-1] not in _NAME_LINKS:
            name.append(j)  # غرم الله, ضيف الله الجابري: a compound name ends in الله
            read.append(key)
            j += 1
            continue
        if (name and not _article(word) and not is_known_name(word) and not after_link
                and is_common_word("ال" + word, at_most=0.01, met=80)
                and not _family_ends_the_line(tokens, name, j, text)
                and not (j + 1 < len(tokens) and _joined(tokens, j + 1, text)
                         and text[tokens[j].end:tokens[j + 1].start] == " "
                         and _tribal(tokens[j + 1].text) and _could_be_given(word)
                         and _described_before(tokens, name[0], text))):
            break  # عبد الله ذات مرة: a common noun after the name (but الإعلامي حامد معتاد
            # الرفاعي: a father's name before a tribal family name, where a title or a noun
            # with the article is before the man, not a verb: وشكر فهد جهود العتيبي)
        if _article(word) and name and not after_link:
            before_saying = _family_before_saying(tokens, name, j, text)  # فارس عبدالله الجبل قال:
            if key in _VERBS_LIKE_THE_ARTICLE:
                break  # إسماعيل ولد الشيخ أحمد التقى: "met", a verb, after the man it tells of
            if (key.endswith(("يين", "يون")) and len(key) > 6 and not is_family_name(word)
                    and not is_known_name(word)):
                break  # حراس سليمان الشخصيين: a plural adjective, no family name
            if key in _ORG_STOP_ARTICLE or (key in _WORDS_EN
                                             and _WORDS_EN[key] not in _NATIONALITY
                                             and not before_saying):
                break  # خالد الدولي; but التركي, العربي are family names too, and so is
                # المدني before its man speaks (زكريا عبدالهادي المدني قائلا)
            if (len(name) > 1 and not key.endswith("ي") and not is_family_name(word)
                    and not before_saying
                    and not (len(name) == 2 and _compound_abd(tokens[name[0]].core,
                                                              tokens[name[1]].text))
                    and not (any(r in NASAB for r in read) and (
                        not _article(read[-1]) or read[-1] == _n("الله")))  # بن عبد الله
                    # العمرو: الله ends a given name, no article word
                    and not (len(name) == 2 and all(is_known_given(tokens[k].text) for k in name)
                             and (_rare_article_word(word) or is_known_given(word[2:])))
                    # (خالد عبدالكريم الحسين, سلطان عبدالله الحسين: a given name with the
                    # article after a man's and his father's is his family's)
                    and not (_three_given_names(tokens, name)
                             and not re.match(r"ال(?:مت|مست)\w{3}", word)
                             and not is_common_word(word))):
                break  # شوقي علام التفجير: the object, not a family name; but حيدر أبوبكر
                # المحضار, a man, his father and a family name no table knows, عبد العزيز
                # النومان, one given name of two words, and عبدالله حمد إبراهيم المشعل: after
                # three given names, a man's, his father's and his grandfather's, his family's
                # (not a participle, علي عبدالله صالح المتحالف, nor a common noun, سعد فهد ناصر
                # الدرع التذكاري)
            if not is_family_name(word) and not before_saying and (
                    not key.endswith("ي") and is_common_word(word, at_most=0.01)
                    or key.endswith("ي") and len(name) >= 2 and key not in _WORDS_EN
                    and not (len(name) == 2 and _compound_abd(tokens[name[0]].core,
                                                              tokens[name[1]].text))
                    and _preposition_next(tokens, j, text)
                    and is_common_word(word, at_most=0.05)):
                if not any(is_known_name(tokens[k].text) for k in name):
                    return []  # رئيس مؤتمر الرؤساء: a noun phrase, no name
                break  # فيصل بن سلمان المشروع: a common noun after the name
            name.append(j)  # a family name with the article: العتيبي, الجبير
            read.append(key)
            j += 1
            if not (j < len(tokens) and (_n(tokens[j].text) in _NAME_LINKS
                                         or _second_family_name(tokens, taken, j, text))):
                break
            continue
        if _article(word) and not name and key != _n("الله"):
            break
        name.append(j)
        read.append(key)
        j += 1
    while name and _n(tokens[name[-1]].text) in _NAME_LINKS and not (_madda_link(
            tokens[name[-1]].text) and tokens[name[-1]].text != "آل"):
        name.pop()  # (آبي is a name, آل a link)
    while (name and _n(tokens[name[0]].text) in _NAME_LINKS - {_n("أبو"), _n("عبد"), _n("آل")}
           and not (_n(tokens[name[0]].text) in KUNYA_CASES and len(name) > 2)):
        name.pop(0)  # بن حسن بن عبدالله: the start of the name is elsewhere (but أبي بكر
        # البغدادي, أبا بكر البغدادي: the kunya after a preposition or a verb; round 43's
        # threehundredthirteen)
    return name
