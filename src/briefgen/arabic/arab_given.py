"""Arab given names the learnt table misses or only guesses at, with their usual English spelling.

Written from general knowledge for briefgen: common men's and women's given names of the Gulf,
the Levant and Egypt that `scripts/mine-given-names` learns too seldom (لطفي, وضاح, بدرية,
هيلة, رغد: a few uses each after a title in SaudiNewsNet) or learns without an English form.
Each was counted in SaudiNewsNet (all but the gold sets' lines), alone or after و, and with the
article: 48 words more often a common noun, adjective or verb there, or read so after a
clitic, were left out (فائز, كريم, وفاء, إيمان, صباح, وعد, رفعت, باسم, تغريد, دينا in لدينا...);
13 learnt names that the table learns as also common words were not repeated here, so that
they stay so (رياض, فريد, حازم...); names written with the article (العنود) open no name.

AMBIGUOUS holds the kept names that are also common words (رغد "ease", سهام "arrows", ندى
"dew"): like romanize's own (أمل, هدى), they open a name only before another name word. Keys
the other name tables already hold are not repeated. Look keys up after normalize().
"""

from __future__ import annotations

ARAB_GIVEN: dict[str, str] = {
    "لطفي": "Lotfi", "وضاح": "Waddah", "رامز": "Ramez", "باسل": "Basel", "بسام": "Bassam",
    "معتز": "Moataz", "مهند": "Mohannad", "أشرف": "Ashraf", "إيهاب": "Ihab", "تامر": "Tamer",
    "حسام": "Hussam", "حاتم": "Hatem", "زكي": "Zaki", "سمير": "Samir", "شادي": "Shadi",
    "صبري": "Sabri", "طلال": "Talal", "علاء": "Alaa", "غسان": "Ghassan", "فادي": "Fadi",
    "فراس": "Firas", "قصي": "Qusai", "ماهر": "Maher", "محسن": "Mohsen", "معاذ": "Muath",
    "منير": "Munir", "هاشم": "Hashem", "وسام": "Wisam", "يزن": "Yazan", "زهير": "Zuhair",
    "عدنان": "Adnan", "فتحي": "Fathi", "حمدي": "Hamdi", "رمزي": "Ramzi", "شوقي": "Shawqi",
    "فاروق": "Farouk", "مختار": "Mukhtar", "مصعب": "Musab", "معن": "Maan", "نعمان": "Numan",
    "وجدي": "Wagdy", "يونس": "Younis", "عبدالناصر": "Abdel Nasser", "عبدالباسط": "Abdulbasit",
    "كاظم": "Kadhim", "داوود": "Dawood", "لمى": "Lama",
    "عبدالحكيم": "Abdulhakim", "عبدالغني": "Abdulghani", "عبدالجليل": "Abduljalil",
    "عبدالخالق": "Abdulkhaliq", "عبدالرزاق": "Abdulrazzaq", "عبدالمنعم": "Abdelmonem",
    "عبدالعظيم": "Abdelazim", "عبدالحليم": "Abdelhalim", "عبدالستار": "Abdulsattar",
    "عبدالصمد": "Abdulsamad", "عبدالمطلب": "Abdulmuttalib", "عبدالحفيظ": "Abdelhafiz",
    "ذياب": "Dhiyab", "عايض": "Ayedh", "عائض": "Ayedh", "مفلح": "Mufleh", "مسفر": "Misfer",
    "مرزوق": "Marzouq", "هزاع": "Hazza", "فلاح": "Falah", "فرحان": "Farhan", "عبيد": "Obaid",
    "شاكر": "Shaker", "صقر": "Saqr", "منيف": "Munif", "دخيل": "Dakhil", "سطام": "Sattam",
    "عايد": "Ayed", "مشعان": "Mishaan", "جزاع": "Jazza", "عواد": "Awwad", "سالم": "Salem",
    "حسني": "Hosni", "رأفت": "Raafat", "صبحي": "Sobhi", "طه": "Taha", "عاصم": "Asem",
    "عمار": "Ammar", "فهمي": "Fahmi", "قيس": "Qais", "مأمون": "Mamoun", "نجيب": "Najib",
    "بلال": "Bilal", "توفيق": "Tawfiq", "جلال": "Jalal", "جودت": "Jawdat", "حسان": "Hassan",
    "رضوان": "Radwan", "زاهر": "Zaher", "شهاب": "Shihab", "صفوت": "Safwat", "ضياء": "Diaa",
    "عزت": "Ezzat", "عوني": "Awni", "فهيم": "Fahim", "لقمان": "Luqman", "مرعي": "Marei",
    "نبيه": "Nabih", "بدرية": "Badriya", "هيلة": "Haila", "رغد": "Raghad", "سهام": "Siham",
    "نيفين": "Nevine", "داليا": "Dalia", "ريم": "Reem", "رانيا": "Rania", "لمياء": "Lamia",
    "هالة": "Hala", "سلوى": "Salwa", "نجلاء": "Najla", "منيرة": "Munira", "نوال": "Nawal",
    "سميرة": "Samira", "لطيفة": "Latifa", "موضي": "Moudi", "نوف": "Nouf", "شيخة": "Sheikha",
    "غادة": "Ghada", "سعاد": "Suad", "نادية": "Nadia", "سناء": "Sanaa", "سوسن": "Sawsan",
    "رشا": "Rasha", "ريهام": "Reham", "شيماء": "Shaimaa", "أمينة": "Amina",
    "نجوى": "Najwa", "هيفاء": "Haifa", "لبنى": "Lubna", "عفاف": "Afaf", "فوزية": "Fawzia",
    "بشاير": "Bashayer", "آلاء": "Alaa", "ندى": "Nada", "نهى": "Noha", "سلمى": "Salma",
    "مشاعل": "Mashael", "أريج": "Areej", "شذى": "Shatha", "لولوة": "Lulwa", "هياء": "Haya",
    "ميسون": "Maysoon", "ثريا": "Thuraya", "بثينة": "Buthaina", "ميساء": "Maysaa",
    "روان": "Rawan", "رهف": "Rahaf", "ريما": "Reema", "لجين": "Lujain", "أروى": "Arwa",
    "رنا": "Rana", "رزان": "Razan", "فاتن": "Faten", "مي": "May", "نسرين": "Nisreen",
    "هبة": "Heba", "هناء": "Hanaa", "أفنان": "Afnan", "حليمة": "Halima", "سلطانة": "Sultana",
    "عبلة": "Abla", "لانا": "Lana",
    # Added in round 19, when the learnt table lost them with four more slices held out; each
    # read in SaudiNewsNet as above (جاسم 13 uses, شايع 20, all names; ريحان and منيع, met as
    # "basil" and "impregnable" too, open a name only before another name word)
    "جاسم": "Jassim", "خضر": "Khader", "عبدالواحد": "Abdulwahid", "نديم": "Nadim",
    "همام": "Hammam", "شايع": "Shaya", "عواض": "Awadh", "ريحان": "Rayhan", "منيع": "Manea",
    # كامل: after a given name 17 times in 223, every one a name (حسام كامل, صالح عبدالله
    # كامل) but after على ("on all of"); "whole" elsewhere, so it opens no name alone
    "كامل": "Kamel", "نضال": "Nidal",  # نضال "struggle": 6 uses, one before a name
}

AMBIGUOUS: frozenset[str] = frozenset(
    "قيس نعمان فلاح منيف توفيق جلال زاهر رغد سهام لطيفة شيخة أمينة ندى نهى رنا فاتن"
    " ريحان منيع كامل نضال".split())
