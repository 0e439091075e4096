"""Foreign (non-Arab) given names as Arabic news writes them, with their usual English spelling.

Written from general knowledge for briefgen: the spellings Saudi, Gulf and pan-Arab papers of the
2010s use for English, French, German, Italian, Spanish and Portuguese, Slavic, Greek, Nordic,
Turkish, Persian and South Asian, Israeli, East Asian and African first names. Each key was
checked against SaudiNewsNet (all but lines 12, 13, 14, 16, 17, 18, 21, 26, 33, 42, 55, 63, 77,
88, 91 and 99 mod 100), counting the word standing alone or after و; every word seen 20 times or
more was read in context and left out when it was mostly not a first name there (فور, جاري, سلفا,
رام, ميت...). 896 entries, 736 of them seen in the corpus; 96 words were left out as
ambiguous, and later two more read inside other words (يان in بيان, بنظير in بنظير مشع): 894;
33 added in round 14 (مورجان, ارنست and جادين left out: مورجان ستانلي and ارنست ويونغ are
firms, جادين is "serious" in the plural): 927; four added in round 15: 931;
six in round 17: 937; three in round 18: 940; three in round 19: 943; 63 for issue 15
(round 19): 1,006; 127 keys (105 names) for issue 15 in round 20, of 301 names counted and
read in SaudiNewsNet's lines ≡ 0-7, 43-49, 63, 80 and 99 (mod 100): 1,133.
Keys the existing name tables already hold (romanize._GIVEN, given_names.tsv,
common_words.tsv) are not repeated.

Meant for name-shape guessing: a foreign given name followed by a surname names a person, even
with no title before it (جيريمي كوربين, شينزو آبي). Look keys up after normalize().
"""

from __future__ import annotations

FOREIGN_GIVEN: dict[str, str] = {
    # English-speaking world: politicians, officials, royals
    "جيري": "Jerry", "جيف": "Jeff", "جيمي": "Jimmy", "رونالد": "Ronald", "تيد": "Ted",
    "ماركو": "Marco", "راند": "Rand", "بيرني": "Bernie", "ميلانيا": "Melania", "إيفانكا": "Ivanka",
    "جاريد": "Jared", "مايك": "Mike", "ريكس": "Rex", "سامانثا": "Samantha",
    "كوندوليزا": "Condoleezza", "كولن": "Colin", "كولين": "Colin", "آشتون": "Ashton",
    "تشاك": "Chuck", "إريك": "Eric", "هاري": "Harry", "بوريس": "Boris", "جيريمي": "Jeremy",
    "جيرمي": "Jeremy", "غوردون": "Gordon", "جوردون": "Gordon", "باتريك": "Patrick", "بروس": "Bruce",
    "ماثيو": "Matthew", "دوغلاس": "Douglas", "جوناثان": "Jonathan", "جوناثن": "Jonathan",
    "تشارلي": "Charlie", "والتر": "Walter", "وولتر": "Walter", "جوش": "Josh", "جاستن": "Justin",
    "هيو": "Hugh", "جوليان": "Julian", "براد": "Brad", "توم": "Tom", "جوني": "Johnny",
    "روبن": "Robin", "روبين": "Robin", "ميغان": "Meghan", "ميجان": "Meghan", "أوليفر": "Oliver",
    "إيان": "Ian", "آندي": "Andy", "أندي": "Andy", "موريس": "Maurice", "ماريا": "Maria",
    "جانيت": "Janet", "جيرالد": "Gerald", "دوايت": "Dwight", "فرانكلين": "Franklin",
    "أبراهام": "Abraham", "ليندون": "Lyndon", "وارن": "Warren", "روبي": "Robbie", "غاريث": "Gareth",
    "جاريث": "Gareth", "آرون": "Aaron", "جوردان": "Jordan", "كيفين": "Kevin", "برايان": "Brian",
    "ريك": "Rick", "راسل": "Russell", "تيم": "Tim", "تيموثي": "Timothy", "ليندسي": "Lindsey",
    "رون": "Ron", "كامالا": "Kamala", "مارثا": "Martha", "إيلون": "Elon", "لاري": "Larry",
    "غاري": "Gary", "ويتني": "Whitney", "مادونا": "Madonna", "بيونسيه": "Beyonce",
    "شاكيرا": "Shakira", "ريهانا": "Rihanna", "تايلور": "Taylor", "سيلينا": "Selena",
    "أديل": "Adele", "ميتش": "Mitch", "كارلي": "Carly", "ألكسندريا": "Alexandria", "إلهان": "Ilhan",
    "رينس": "Reince", "شون": "Sean", "جينا": "Gina", "هربرت": "Herbert", "ويلبر": "Wilbur",
    "بيتسي": "Betsy", "لويد": "Lloyd", "جيك": "Jake", "ويندي": "Wendy", "هيذر": "Heather",
    "بريت": "Brett", "أمبر": "Amber", "أليستير": "Alastair", "نايجل": "Nigel", "كاميلا": "Camilla",
    "ديزموند": "Desmond", "مالكوم": "Malcolm", "مالكولم": "Malcolm", "إندا": "Enda",
    "آرثر": "Arthur", "أرثر": "Arthur", "ألبرت": "Albert", "هوارد": "Howard", "هاورد": "Howard",
    "هارولد": "Harold", "فرانسيس": "Francis", "فرنسيس": "Francis", "بندكت": "Benedict",
    "بنديكت": "Benedict", "بنديكتوس": "Benedict", "لورين": "Lauren",
    "بوب": "Bob", "روب": "Rob", "جيسون": "Jason", "جيسي": "Jesse", "شيلي": "Shelley",
    "باربرا": "Barbara", "باربارا": "Barbara", "نيكول": "Nicole", "إيميلي": "Emily",
    "إميلي": "Emily", "أوليفيا": "Olivia", "جيسيكا": "Jessica", "ريبيكا": "Rebecca",
    "راشيل": "Rachel", "ميليسا": "Melissa", "ستيفاني": "Stephanie", "كلارا": "Clara",
    "إيزابيلا": "Isabella", "فانيسا": "Vanessa", "سيندي": "Cindy", "كارولين": "Caroline",
    "مادلين": "Madeleine", "ديبورا": "Deborah", "جوديث": "Judith", "إيرين": "Irene",
    "سابرينا": "Sabrina", "بريتني": "Britney", "أنجلينا": "Angelina", "سكارليت": "Scarlett",
    "كيرا": "Keira", "ليوناردو": "Leonardo", "مورغان": "Morgan", "دينزل": "Denzel",
    "كيانو": "Keanu", "هاريسون": "Harrison", "كلينت": "Clint", "وينستون": "Winston",
    "ونستون": "Winston", "زبيغنيو": "Zbigniew", "جاكلين": "Jacqueline", "ماهاتما": "Mahatma",
    "أغاثا": "Agatha", "ليبرون": "LeBron", "كوبي": "Kobe", "تايغر": "Tiger", "تايجر": "Tiger",
    "روجر": "Roger", "سيرينا": "Serena", "فينوس": "Venus", "يوسين": "Usain", "فلويد": "Floyd",
    "روري": "Rory", "داستن": "Dustin", "شاكيل": "Shaquille", "ديريك": "Derrick", "ستيفين": "Steven",
    "جوزف": "Joseph", "ريتشي": "Richie", "سيمون": "Simon", "كاثي": "Kathy", "ستيوارت": "Stuart",
    "دوغ": "Doug", "غريغ": "Greg", "جريج": "Greg", "غريغوري": "Gregory", "جريجوري": "Gregory",
    "دنيس": "Dennis", "دينيس": "Denis", "بنجامين": "Benjamin", "أليسون": "Alison", "كلير": "Claire",
    "جوان": "Joan", "اشتون": "Ashton", "اريك": "Eric", "اوليفر": "Oliver", "ايان": "Ian",
    "اندي": "Andy", "ابراهام": "Abraham", "ارون": "Aaron", "ايلون": "Elon", "اديل": "Adele",
    "الكسندريا": "Alexandria", "الهان": "Ilhan", "امبر": "Amber", "اليستير": "Alastair",
    "اندا": "Enda", "ارثر": "Arthur", "البرت": "Albert", "ايميلي": "Emily", "اميلي": "Emily",
    "اوليفيا": "Olivia", "ايزابيلا": "Isabella", "انجلينا": "Angelina", "اغاثا": "Agatha",
    "اليسون": "Alison",
    # French, Belgian, Swiss
    "فرنسوا": "Francois", "نيكولاس": "Nicolas", "شارل": "Charles", "إيف": "Yves",
    "سيغولين": "Segolene", "برنار": "Bernard", "برنارد": "Bernard", "دومينيك": "Dominique",
    "ميشال": "Michel", "بيار": "Pierre", "جيرار": "Gerard", "أوليفييه": "Olivier",
    "كريستوف": "Christophe", "تييري": "Thierry", "ديدييه": "Didier", "ديديه": "Didier",
    "أرسين": "Arsene", "باتريس": "Patrice", "فلوران": "Florent", "أنطوان": "Antoine",
    "فريدريك": "Frederic", "فريديريك": "Frederic", "سيباستيان": "Sebastien", "ماتيو": "Matteo",
    "رينيه": "Rene", "ماكسيم": "Maxime", "جيروم": "Jerome", "فيرونيك": "Veronique",
    "بينوا": "Benoit", "بنوا": "Benoit", "برونو": "Bruno", "كلود": "Claude", "فاليري": "Valerie",
    "إيزابيل": "Isabelle", "نتالي": "Nathalie", "ناتالي": "Nathalie", "كيليان": "Kylian",
    "هوغو": "Hugo", "هوجو": "Hugo", "هيرفيه": "Herve", "لوك": "Luc", "برتران": "Bertrand",
    "رولان": "Roland", "أرنو": "Arnaud", "يانيك": "Yannick", "فلوريان": "Florian", "كارلا": "Carla",
    "ماريان": "Marianne", "جوزفين": "Josephine", "نابليون": "Napoleon", "ألبير": "Albert",
    "إيمريك": "Emerick", "جوسلين": "Jocelyn", "إيلي": "Elie", "جيوم": "Guillaume",
    "ماتياس": "Matthias", "بونوا": "Benoit", "إدغار": "Edgar", "إدجار": "Edgar", "ايف": "Yves",
    "اوليفييه": "Olivier", "ارسين": "Arsene", "انطوان": "Antoine", "ايزابيل": "Isabelle",
    "ارنو": "Arnaud", "البير": "Albert", "ايمريك": "Emerick", "ايلي": "Elie", "ادغار": "Edgar",
    "ادجار": "Edgar",
    # German, Austrian, Dutch
    "أنغيلا": "Angela", "فالتر": "Walter", "سيغمار": "Sigmar", "فولفغانغ": "Wolfgang",
    "فولفجانج": "Wolfgang", "يواكيم": "Joachim", "يواخيم": "Joachim", "جيرهارد": "Gerhard",
    "هيلموت": "Helmut", "كونراد": "Konrad", "أورسولا": "Ursula", "أنيغريت": "Annegret",
    "أولاف": "Olaf", "يورغن": "Jurgen", "يورجن": "Jurgen", "يوشكا": "Joschka",
    "ميروسلاف": "Miroslav", "باستيان": "Bastian", "هاينريش": "Heinrich", "هاينز": "Heinz",
    "كارل": "Karl", "كلاوس": "Klaus", "فريدريش": "Friedrich", "ماركوس": "Markus", "ميسوت": "Mesut",
    "ديتر": "Dieter", "فيرنر": "Werner", "مارتين": "Martin", "أندرياس": "Andreas",
    "شتيفان": "Stefan", "نوربرت": "Norbert", "فولكر": "Volker", "بيرند": "Bernd",
    "مانفريد": "Manfred", "يوهان": "Johann", "يوهانس": "Johannes", "ليروي": "Leroy",
    "أدولف": "Adolf", "سيغموند": "Sigmund", "أوتو": "Otto", "هيرمان": "Herman", "هرمان": "Herman",
    "فرانز": "Franz", "سيبستيان": "Sebastian", "خيرت": "Geert", "آريين": "Arjen",
    "أريين": "Arjen", "ويسلي": "Wesley", "كلارنس": "Clarence", "ديرك": "Dirk", "ممفيس": "Memphis",
    "فيرجيل": "Virgil", "إيدن": "Eden", "إيدين": "Eden", "روميلو": "Romelu", "فينسنت": "Vincent",
    "فنسنت": "Vincent", "أنالينا": "Annalena", "يوشوا": "Joshua", "انغيلا": "Angela",
    "اورسولا": "Ursula", "اندرياس": "Andreas", "ادولف": "Adolf", "اوتو": "Otto", "اريين": "Arjen",
    "ايدن": "Eden", "ايدين": "Eden",
    # Italian
    "سيلفيو": "Silvio", "باولو": "Paolo", "جوزيبي": "Giuseppe", "جوسيبي": "Giuseppe",
    "إنريكو": "Enrico", "جورجيو": "Giorgio", "رومانو": "Romano", "ماسيمو": "Massimo",
    "فيديريكا": "Federica", "فيدريكا": "Federica", "جيانلويجي": "Gianluigi", "لويجي": "Luigi",
    "أندريا": "Andrea", "فابيو": "Fabio", "كارلو": "Carlo", "أليسندرو": "Alessandro",
    "لوتشيانو": "Luciano", "فالنتينو": "Valentino", "جيوفاني": "Giovanni", "جوفاني": "Giovanni",
    "ستيفانو": "Stefano", "دانييلي": "Daniele", "كلاوديو": "Claudio", "مارتشيلو": "Marcello",
    "بيترو": "Pietro", "ماوريتسيو": "Maurizio", "جينارو": "Gennaro", "سيموني": "Simone",
    "لورينزو": "Lorenzo", "فيتوريو": "Vittorio", "أمبرتو": "Umberto", "بينيتو": "Benito",
    "فرانكو": "Franco", "جانلوكا": "Gianluca", "ماتيا": "Mattia", "روبيرتو": "Roberto",
    "أنجيلو": "Angelo", "لوكا": "Luca", "اندريا": "Andrea", "امبرتو": "Umberto", "انجيلو": "Angelo",
    # Spanish, Portuguese, Latin American
    "ماريانو": "Mariano", "بيدرو": "Pedro", "خوسي": "Jose", "خوان": "Juan", "ميغيل": "Miguel",
    "ميجيل": "Miguel", "رافائيل": "Rafael", "رافاييل": "Rafael", "فرناندو": "Fernando",
    "أندريس": "Andres", "سيرخيو": "Sergio", "خافيير": "Javier", "ألبرتو": "Alberto",
    "أنخيل": "Angel", "إنريكي": "Enrique", "فيليبي": "Felipe", "ماوريسيو": "Mauricio",
    "إيفو": "Evo", "دانييل": "Daniel", "ديلما": "Dilma", "جاير": "Jair", "إيناسيو": "Inacio",
    "كريستينا": "Cristina", "أوغوستو": "Augusto", "فيدل": "Fidel", "راؤول": "Raul", "راوول": "Raul",
    "أرتورو": "Arturo", "جواو": "Joao", "لويز": "Luiz", "غابرييل": "Gabriel", "جابرييل": "Gabriel",
    "غابريال": "Gabriel", "داني": "Dani", "خيسوس": "Jesus", "غونزالو": "Gonzalo",
    "جونزالو": "Gonzalo", "ماورو": "Mauro", "كارليس": "Carles", "تشافي": "Xavi", "بيب": "Pep",
    "جوسيب": "Josep", "رودريغو": "Rodrigo", "رودريجو": "Rodrigo", "إدينسون": "Edinson",
    "فيكتور": "Victor", "إرنستو": "Ernesto", "أرنستو": "Ernesto", "إدواردو": "Eduardo",
    "ريكاردو": "Ricardo", "فيسنتي": "Vicente", "بابلو": "Pablo", "سانتياغو": "Santiago",
    "سانتياجو": "Santiago", "لوكاس": "Lucas", "تياغو": "Thiago", "تياجو": "Thiago",
    "ويليان": "Willian", "رامون": "Ramon", "مارتا": "Marta", "أدولفو": "Adolfo",
    "روماريو": "Romario", "ريفالدو": "Rivaldo", "رونالدينيو": "Ronaldinho", "بيليه": "Pele",
    "جيلبرتو": "Gilberto", "إيفان": "Ivan", "خوليو": "Julio", "غييرمو": "Guillermo",
    "إيسكو": "Isco", "ماريانا": "Mariana", "إيفيت": "Yvette", "هيرنان": "Hernan",
    "ساندرو": "Sandro", "نيلسون": "Nelson", "ريناتو": "Renato", "خايمي": "Jaime",
    "إستيبان": "Esteban", "ليوبولدو": "Leopoldo", "هنريكي": "Henrique", "ماريسول": "Marisol",
    "سوسانا": "Susana", "لوسيا": "Lucia", "اندريس": "Andres", "البرتو": "Alberto", "انخيل": "Angel",
    "انريكي": "Enrique", "ايفو": "Evo", "ايناسيو": "Inacio", "ارتورو": "Arturo",
    "ادينسون": "Edinson", "ارنستو": "Ernesto", "ادواردو": "Eduardo", "ايفان": "Ivan",
    "ايسكو": "Isco", "ايفيت": "Yvette", "استيبان": "Esteban", "إنريكى": "Enrique",
    # Russian, Ukrainian, Belarusian
    "ديمتري": "Dmitry", "دميتري": "Dmitry", "ديميتري": "Dmitry", "سيرجي": "Sergei",
    "ميخائيل": "Mikhail", "فيتالي": "Vitaly", "يفغيني": "Yevgeny", "إيغور": "Igor",
    "أليكسي": "Alexei", "ألكسي": "Alexei", "ألكساندر": "Alexander", "نيكولاي": "Nikolai",
    "فالنتينا": "Valentina", "يوري": "Yuri", "أندريه": "Andrei", "أناتولي": "Anatoly",
    "غينادي": "Gennady", "إيلينا": "Elena", "سفيتلانا": "Svetlana", "تاتيانا": "Tatiana",
    "ناتاليا": "Natalia", "أولغا": "Olga", "إيرينا": "Irina", "ليونيد": "Leonid", "بترو": "Petro",
    "أرسيني": "Arseniy", "فولوديمير": "Volodymyr", "يوليا": "Yulia", "أوليكساندر": "Oleksandr",
    "رومان": "Roman", "فيودور": "Fyodor", "أوليغ": "Oleg", "ياروسلاف": "Yaroslav",
    "ستانيسلاف": "Stanislav", "فياتشيسلاف": "Vyacheslav", "فياتشسلاف": "Vyacheslav",
    "كونستانتين": "Konstantin", "نيكيتا": "Nikita", "بافيل": "Pavel", "أنطون": "Anton",
    "فاسيلي": "Vasily", "أرتيوم": "Artyom", "ألكسندرا": "Alexandra", "أناستاسيا": "Anastasia",
    "كسينيا": "Ksenia", "يلينا": "Yelena", "فاليريا": "Valeria", "إيليا": "Ilya",
    "ميخائيلو": "Mykhailo", "نورسلطان": "Nursultan", "غيورغي": "Georgy", "جورجي": "Georgi",
    "فلاديسلاف": "Vladislav", "دميترو": "Dmytro", "سيرهي": "Serhiy", "ايغور": "Igor",
    "اليكسي": "Alexei", "الكسي": "Alexei", "الكساندر": "Alexander", "اندريه": "Andrei",
    "اناتولي": "Anatoly", "ايلينا": "Elena", "اولغا": "Olga", "ايرينا": "Irina",
    "ارسيني": "Arseniy", "اوليغ": "Oleg", "انطون": "Anton", "الكسندرا": "Alexandra",
    "ايليا": "Ilya", "سيرجى": "Sergei",
    # Serbian, Croatian, Bosnian, Polish, Czech, Hungarian, other Central and Eastern European
    "سلوبودان": "Slobodan", "توميسلاف": "Tomislav", "ميلوراد": "Milorad", "زوران": "Zoran",
    "دراغان": "Dragan", "ميلو": "Milo", "كوليندا": "Kolinda", "دافور": "Davor", "زلاتكو": "Zlatko",
    "ليخ": "Lech", "ميلوش": "Milos", "ميلوس": "Milos", "سيرج": "Serge", "زلاتان": "Zlatan",
    "ماتيوس": "Mateusz", "كاتالين": "Katalin", "أليكساندر": "Aleksander", "فالديس": "Valdis",
    "فلاد": "Vlad", "ميرو": "Miro", "زيليكو": "Zeljko", "اليكساندر": "Aleksander",
    # Greek and Cypriot
    "يانيس": "Yanis", "أنطونيس": "Antonis", "كيرياكوس": "Kyriakos", "إيفانجيلوس": "Evangelos",
    "بروكوبيس": "Prokopis", "نيكوس": "Nikos", "ديميتريس": "Dimitris", "ديمتريس": "Dimitris",
    "كوستاس": "Kostas", "بانوس": "Panos", "كريستوس": "Christos", "جيورجوس": "Giorgos",
    "يوانيس": "Ioannis", "باناجيوتيس": "Panagiotis", "فاسيليس": "Vassilis", "انطونيس": "Antonis",
    "ايفانجيلوس": "Evangelos",
    # Scandinavian, Nordic, Irish
    "أندرس": "Anders", "لارس": "Lars", "هيلي": "Helle", "مارغوت": "Margot", "يوناس": "Jonas",
    "ساولي": "Sauli", "يوها": "Juha", "أولوف": "Olof", "داغ": "Dag", "كاسبر": "Kasper",
    "غونار": "Gunnar", "سفين": "Sven", "غوران": "Goran", "هنريك": "Henrik", "بيورن": "Bjorn",
    "هاكون": "Haakon", "هارالد": "Harald", "غوستاف": "Gustaf", "أنيكا": "Annika", "كييل": "Kjell",
    "يوهانا": "Johanna", "إيمون": "Eamon", "كاترين": "Katrin", "بياتريكس": "Beatrix",
    "اندرس": "Anders", "انيكا": "Annika",
    # Turkish, Azerbaijani, Turkic Central Asian
    "بولنت": "Bulent", "بولند": "Bulent", "هاكان": "Hakan", "بينالي": "Binali", "أردا": "Arda",
    "تانسو": "Tansu", "جنكيز": "Cengiz", "بيرات": "Berat", "فولكان": "Volkan", "باريش": "Baris",
    "ألب": "Alp", "أرسلان": "Arslan", "أيدين": "Aydin", "آيدين": "Aydin", "يلماز": "Yilmaz",
    "أوزكان": "Ozcan", "أونور": "Onur", "الب": "Alp", "ارسلان": "Arslan", "اوزكان": "Ozcan",
    "اونور": "Onur",
    # Persian, Afghan, Pakistani, Kurdish (non-Arabic names)
    "نواز": "Nawaz", "شهباز": "Shehbaz", "شاهباز": "Shahbaz", "برويز": "Pervez",
    "جاويد": "Javed", "خاقان": "Khaqan", "أسفنديار": "Asfandyar", "إسفنديار": "Esfandiar",
    "بلاول": "Bilawal", "غلبدين": "Gulbuddin", "أختر": "Akhtar", "بهرام": "Bahram",
    "بهروز": "Behrouz", "فريدون": "Fereydoun", "جمشيد": "Jamshid", "داريوش": "Dariush",
    "شهرام": "Shahram", "رامين": "Ramin", "بيجن": "Bijan", "فرهاد": "Farhad", "كامران": "Kamran",
    "بابك": "Babak", "آرش": "Arash", "منوشهر": "Manouchehr", "منوتشهر": "Manouchehr",
    "سهراب": "Sohrab", "رستم": "Rustam", "شهريار": "Shahriar", "خسرو": "Khosrow", "بهزاد": "Behzad",
    "مهرداد": "Mehrdad", "بهمن": "Bahman", "كورش": "Kourosh", "أردشير": "Ardeshir",
    "يزدان": "Yazdan", "هوشنغ": "Houshang", "بيجان": "Bijan", "فرزاد": "Farzad",
    "نوشيروان": "Nawshirwan", "نيجيرفان": "Nechirvan", "قباد": "Qubad", "آراس": "Aras",
    "هوشيار": "Hoshyar", "برهم": "Barham", "جهانغير": "Jahangir", "ملالا": "Malala",
    "مهران": "Mehran", "سياوش": "Siavash", "ارش": "Arash", "اراس": "Aras",
    # Israeli and Jewish
    "إيهود": "Ehud", "أرييل": "Ariel", "أرئيل": "Ariel", "شمعون": "Shimon", "رؤوفين": "Reuven",
    "تسيبي": "Tzipi", "أفيغدور": "Avigdor", "موشيه": "Moshe", "موشي": "Moshe", "يائير": "Yair",
    "نفتالي": "Naftali", "أيليت": "Ayelet", "جادي": "Gadi", "يسرائيل": "Yisrael", "غلعاد": "Gilad",
    "جلعاد": "Gilad", "عوزي": "Uzi", "يوفال": "Yuval", "شاؤول": "Shaul", "يوسي": "Yossi",
    "إيتمار": "Itamar", "تساحي": "Tzachi", "أفيخاي": "Avichay", "أفيحاي": "Avichay", "ميكي": "Miki",
    "أوفير": "Ofir", "زئيف": "Zeev", "يتسحاق": "Yitzhak", "حاييم": "Chaim", "ليئور": "Lior",
    "مئير": "Meir", "مائير": "Meir", "غولدا": "Golda", "جولدا": "Golda", "إيلان": "Ilan",
    "أمنون": "Amnon", "عاموس": "Amos", "ياكوف": "Yaakov", "رافي": "Rafi", "يهودا": "Yehuda",
    "يوآف": "Yoav", "أوريت": "Orit", "تسفي": "Tzvi", "ميخال": "Michal", "ياريف": "Yariv",
    "إيال": "Eyal", "أيال": "Eyal", "دوف": "Dov", "بتسلئيل": "Bezalel", "يوئيل": "Yoel",
    "ميراف": "Merav", "دافيد": "David", "ييغال": "Yigal", "آريه": "Aryeh", "ايهود": "Ehud",
    "ارييل": "Ariel", "ارئيل": "Ariel", "افيغدور": "Avigdor", "ايليت": "Ayelet",
    "افيخاي": "Avichay", "افيحاي": "Avichay", "ايلان": "Ilan", "امنون": "Amnon", "اريه": "Aryeh",
    "موشى": "Moshe",
    # South Asian: Indian, Sri Lankan, Nepali
    "ناريندرا": "Narendra", "نارندرا": "Narendra", "مانموهان": "Manmohan", "سونيا": "Sonia",
    "راهول": "Rahul", "براناب": "Pranab", "راجناث": "Rajnath", "سوشما": "Sushma", "أرون": "Arun",
    "أميت": "Amit", "إنديرا": "Indira", "راجيف": "Rajiv", "أميتاب": "Amitabh", "أكشاي": "Akshay",
    "ساشين": "Sachin", "ساتشين": "Sachin", "سونيل": "Sunil", "أنيل": "Anil", "موكيش": "Mukesh",
    "راتان": "Ratan", "لاكشمي": "Lakshmi", "ماهيندا": "Mahinda", "مايثريبالا": "Maithripala",
    "رانيل": "Ranil", "غوتابايا": "Gotabaya", "جوتابايا": "Gotabaya", "راجيش": "Rajesh",
    "نيتين": "Nitin", "بيهاري": "Bihari", "كريشنا": "Krishna", "فيجاي": "Vijay", "فيجاى": "Vijay",
    "سانجاي": "Sanjay", "سوريش": "Suresh", "بريانكا": "Priyanka", "ديبيكا": "Deepika",
    "أيشواريا": "Aishwarya", "رانبير": "Ranbir", "اميت": "Amit", "اميتاب": "Amitabh",
    "اكشاي": "Akshay", "انيل": "Anil", "ايشواريا": "Aishwarya",
    # East and South-East Asian
    "شينزو": "Shinzo", "يوشيهيدي": "Yoshihide", "يوشيهيكو": "Yoshihiko", "ناوتو": "Naoto",
    "يوكيو": "Yukio", "جونيشيرو": "Junichiro", "تارو": "Taro", "فوميو": "Fumio",
    "هاروهيكو": "Haruhiko", "تاكيشي": "Takeshi", "كيسوكي": "Keisuke", "شينجي": "Shinji",
    "أكيهيتو": "Akihito", "ناروهيتو": "Naruhito", "هاروكي": "Haruki", "جوكو": "Joko",
    "سوسيلو": "Susilo", "ميغاواتي": "Megawati", "ريتنو": "Retno", "ينغلاك": "Yingluck",
    "ينجلاك": "Yingluck", "تاكسين": "Thaksin", "برايوت": "Prayut", "برايوث": "Prayuth",
    "بينيغنو": "Benigno", "فيرديناند": "Ferdinand", "إيميلدا": "Imelda", "جلوريا": "Gloria",
    "كورازون": "Corazon", "هيروشي": "Hiroshi", "كويتشي": "Koichi", "يوريكو": "Yuriko",
    "ماساهيكو": "Masahiko", "هيديكي": "Hideki", "بامبانغ": "Bambang", "برابوو": "Prabowo",
    # African (sub-Saharan)
    "رياك": "Riek", "ربيكا": "Rebecca", "إيمرسون": "Emmerson", "جاكوب": "Jacob", "جيكوب": "Jacob",
    "سيريل": "Cyril", "ثابو": "Thabo", "ويني": "Winnie", "أوهورو": "Uhuru", "رايلا": "Raila",
    "يويري": "Yoweri", "يوويري": "Yoweri", "فيليكس": "Felix", "فليكس": "Felix",
    "جودلاك": "Goodluck", "أولوسيغون": "Olusegun", "ميليس": "Meles", "ملس": "Meles",
    "أسياس": "Isaias", "إسياس": "Isaias", "ماكي": "Macky", "أداما": "Adama", "جاكايا": "Jakaya",
    "سامويل": "Samuel", "صامويل": "Samuel", "صموئيل": "Samuel", "يايا": "Yaya", "ساديو": "Sadio",
    "كوفي": "Kofi", "فوستين": "Faustin", "فوستان": "Faustin", "كوامي": "Kwame", "جوليوس": "Julius",
    "كينيث": "Kenneth", "أبيي": "Abiy", "تيدروس": "Tedros", "دينق": "Deng", "أبيل": "Abel",
    "تيودورو": "Teodoro", "ميكيل": "Mikel", "أوبافيمي": "Obafemi", "كاليدو": "Kalidou",
    "شيخو": "Cheikhou", "ساليف": "Salif", "موواي": "Mwai", "إيفاريست": "Evariste", "جويس": "Joyce",
    "مسواتي": "Mswati", "ديسالين": "Desalegn", "مولاتو": "Mulatu", "جيرما": "Girma",
    "ايمرسون": "Emmerson", "اوهورو": "Uhuru", "اسياس": "Isaias", "ابيي": "Abiy", "ابيل": "Abel",
    # Added later (round 14), each checked the same way: Western and Balkan first names the
    # development sets met with no entry (ألكسندر مدفيديف, رالف فينيس, تيلور سويفت)
    "ألكسندر": "Alexander", "أليخاندرو": "Alejandro", "ألكسيس": "Alexis", "ألفريدو": "Alfredo",
    "بدرو": "Pedro", "رالف": "Ralph", "تيلور": "Taylor", "دارين": "Darren", "ديف": "Dave",
    "دايف": "Dave", "بوبي": "Bobby", "تيدي": "Teddy", "تشارليز": "Charlize", "أندير": "Ander",
    "خوردي": "Jordi", "جورجيوس": "Georgios", "جيورجيوس": "Georgios", "براتيبا": "Pratibha",
    "بريدراج": "Predrag", "تريفور": "Trevor", "جوسيمار": "Josimar", "رادوفان": "Radovan",
    "كريج": "Craig", "كريغ": "Craig", "إيدسون": "Edson", "تولبرت": "Tolbert",
    "دوريس": "Doris", "فكتور": "Victor", "فريتز": "Fritz", "هيكتور": "Hector", "هكتور": "Hector",
    "أسمير": "Asmir", "فيسنا": "Vesna",
    # Added in round 15, each checked the same way (seen 12 to 24 times): ألفارو جوتيريز,
    # أليسا سلوتكين, ثيو والكوت
    "ألفارو": "Alvaro", "الفارو": "Alvaro", "أليسا": "Alissa", "ثيو": "Theo",
    # Added in round 17, checked the same way: تيبو كورتوا (26 times, every one the
    # goalkeeper), جاكي شان and جاكي سميث (6 of 7), برادلي كوبر (6 of 6); لوران (72 of 72:
    # فابيوس, بلان) and ويلفريد (all 7), which the learnt table held until round 17
    "تيبو": "Thibaut", "جاكي": "Jackie", "برادلي": "Bradley", "لوران": "Laurent",
    "ويلفريد": "Wilfried", "جيراردو": "Gerardo",
    # Added in round 18, checked the same way: كريستيان (49 times, every one read a first
    # name: كريستيان غروس, كريستيان بينتيكي), إلتون and التون (9 of 9: إلتون ألميدا)
    "كريستيان": "Christian", "إلتون": "Elton", "التون": "Elton",
    # Added in round 19, which the learnt table held until then: كيم (23 times: كيم جونغ
    # اون, كيم كارداشيان, جيم يونغ كيم), إيكر (7 of 9: إيكر كاسياس; لونغ إيكر a street)
    "كيم": "Kim", "إيكر": "Iker", "ايكر": "Iker",
    # Added for issue 15 (round 19), checked as above in the lines outside the gold sets' (alone and
    # after و, ب, ل; every find read): 63 seen as first names there or unmet and known (غودلاك,
    # شاروخ). Left out: أوبرا (opera seven times in twelve), نيل (لنيل), ليام (وليام is William),
    # تروي and تود (verbs), جين (Gene, Xi Jinping), مارين (Tokio Marine, a surname), نوفاك
    # (Alexander Novak six times in nine), أليس ("is not"), إلفيس (الفيس بوك), إليوت and ميريل
    # (firms), إيفا, كورت (Hampton Court), كيران (ابن كيران), نينا (بنينا), ينس (لم ينس), يوجين (the
    # town), فيكتوريا (a shop, a museum, towns), لورنس and لورين (فلورنس, فلورين), سالفا
    # ("formerly"), إلين (الين "the yen"), آلان (الآن), واين (a word of the corpus); and surnames
    # more often than first names: بايرون, بليك, بيلي, تايلر, جولي, سبنسر, كلارك, كيلي, لورانس,
    # ستانلي, ميلاني, نعوم
    "انخل": "Angel", "كيث": "Keith", "غلين": "Glenn", "كايل": "Kyle", "ديلان": "Dylan",
    "إيثان": "Ethan", "رودي": "Rudi", "ديانا": "Diana", "ليزا": "Lisa",
    "محمدو": "Muhammadu", "يوكيا": "Yukiya", "ستافان": "Staffan", "راداميل": "Radamel",
    "رداميل": "Radamel", "كيمي": "Kimi", "نيكو": "Nico", "أونغ": "Aung", "دولت": "Devlet",
    "آشلي": "Ashley", "أدريان": "Adrian", "أرنولد": "Arnold", "ألبيرتو": "Alberto",
    "أنجيليك": "Angelique", "أودري": "Audrey", "أورهان": "Orhan", "أوناي": "Unai", "إدوين": "Edwin",
    "براندون": "Brandon", "جويل": "Joel", "خواكين": "Joaquin", "ساندرا": "Sandra", "ساتيا": "Satya",
    "سيسك": "Cesc", "سيلفستر": "Sylvester", "سيلفيا": "Sylvia", "سيلين": "Celine",
    "سيمونا": "Simona", "غافين": "Gavin", "فرديناند": "Ferdinand", "فيتور": "Vitor",
    "كارول": "Carol", "كيكو": "Kiko", "لوسي": "Lucy", "مارسيلو": "Marcelo", "مايلي": "Miley",
    "مونيكا": "Monica", "ناثان": "Nathan", "نعومي": "Naomi", "نورمان": "Norman", "وودي": "Woody",
    "شاروخ": "Shah Rukh", "غودلاك": "Goodluck", "أوليانتا": "Ollanta", "أفيجدور": "Avigdor",
    "مناحيم": "Menachem", "خاميس": "James", "خابي": "Xabi", "رمزان": "Ramzan", "ثاكسين": "Thaksin",
    "يينغلاك": "Yingluck", "بنينو": "Benigno", "مهاتير": "Mahathir", "أرطغرل": "Ertugrul",
    # Added for issue 15 (round 20), each counted in SaudiNewsNet's lines ≡ 0-7, 43-49, 63, 80
    # and 99 (mod 100) alone and after و, ب, ل, and up to 10 uses read: first names met there
    # (لازلو بولوني 8 of 8; سيب بلاتر 9 of the 10 read, a firm once; سولي مونتاري and
    # كريستوفر all of the 10 read) and common spellings of known ones (رافايل, رفائيل, طوني,
    # وليم, إيريك, رودريقو, دييقو). Left out: ويل (بلاك ويل and ألان ويل, surnames, and
    # "woe"), ارنست and إرنست (إرنست ويونغ 3 and Josh Earnest 5 of the 10 read), جيرارد (as
    # often Steven Gerrard), جيب (Jeb Bush, but a Jeep and "pocket"), أمادو (Jorge Amado),
    # شارلي (Charlie Hebdo), نيكي (the Nikkei index), صوفيا (CSKA Sofia), ماكس (Mad Max, Max
    # Planck), جيت, مون, وين, ماني, فين (dialect words, Ban Ki-moon), أوسكار (the award), ليون
    # (Lyon), ريو (Rio), إد and إيدي (أد, أيدي), لامين (للأمين), أوري (وأورى in verse), غيوم
    # ("clouds"), إيميل (e-mail), جودي (وجودي); ساشا and تاداشي, met only alone, where a known
    # given name runs on into the next word (ساشا محاطة)
    "أوساين": "Usain", "اوساين": "Usain", "نيك": "Nick", "بليز": "Blaise", "أكيرا": "Akira",
    "اكيرا": "Akira", "جنيفر": "Jennifer", "ريكي": "Ricky", "أريانا": "Arianna",
    "اريانا": "Arianna", "ماريسا": "Marisa", "ستانيسلاس": "Stanislas", "برندان": "Brendan",
    "جاستين": "Justin", "دونا": "Donna", "هيلينا": "Helena", "سيب": "Sepp", "جياني": "Gianni",
    "نيوت": "Newt", "بابيس": "Papiss", "سانتي": "Santi", "جوشوا": "Joshua", "كوزمين": "Cosmin",
    "لازلو": "Laszlo", "كريستوفر": "Christopher", "ميك": "Mick", "سولي": "Sulley",
    "لازار": "Lazar", "ريمون": "Raymond", "بيرنارد": "Bernard", "ياووز": "Yavuz",
    "إيليني": "Eleni", "ايليني": "Eleni", "كيلور": "Keylor", "أوليفيه": "Olivier",
    "اوليفيه": "Olivier", "فيرناندو": "Fernando", "رودريقو": "Rodrigo", "جريجوريس": "Grigoris",
    "إيوانيس": "Ioannis", "ايوانيس": "Ioannis", "ماكسي": "Maxi", "تشيكو": "Chico",
    "أمينو": "Aminou", "امينو": "Aminou", "يوهاندري": "Yohandry", "جيلمين": "Gelmin",
    "نيكلاس": "Niklas", "ليفيو": "Liviu", "روجيه": "Roger", "إيلتون": "Elton", "ايلتون": "Elton",
    "رفائيل": "Rafael", "رافايل": "Rafael", "أوستن": "Austin", "اوستن": "Austin", "إيمي": "Amy",
    "ايمي": "Amy", "جانيس": "Giannis", "إيريك": "Eric", "ايريك": "Eric", "طوني": "Tony",
    "سايمون": "Simon", "دوجلاس": "Douglas", "سباستيان": "Sebastian", "وليم": "William",
    "هاوارد": "Howard", "هاوورد": "Howard", "جوزيب": "Josep", "مارسيل": "Marcel",
    "سمانثا": "Samantha", "كارولاين": "Caroline", "نابوليون": "Napoleon", "أرسولا": "Ursula",
    "ارسولا": "Ursula", "صمويل": "Samuel", "رادميل": "Radamel", "دييقو": "Diego",
    "رتشارد": "Richard", "لويك": "Loic", "جوستاف": "Gustave",
    # unmet in those lines, known first names of the 2010s news (Alassane Ouattara, Kenenisa
    # Bekele, Amancio Ortega, Sundar Pichai, Ilkay Gundogan, Diosdado Cabello)
    "ألاسان": "Alassane", "الاسان": "Alassane", "هايلي": "Haile", "كولو": "Kolo",
    "أسامواه": "Asamoah", "اسامواه": "Asamoah", "كينينيسا": "Kenenisa", "بينيلوبي": "Penelope",
    "كاتي": "Katy", "كانييه": "Kanye", "سوندار": "Sundar", "شيريل": "Sheryl", "أمانسيو": "Amancio",
    "امانسيو": "Amancio", "ماسايوشي": "Masayoshi", "غاربيني": "Garbine", "أغنيسكا": "Agnieszka",
    "اغنيسكا": "Agnieszka", "جنسون": "Jenson", "ريموند": "Raymond", "باتريشيا": "Patricia",
    "أماندا": "Amanda", "اماندا": "Amanda", "غلوريا": "Gloria", "هريتيك": "Hrithik",
    "سرتاج": "Sartaj", "ثيريزا": "Theresa", "أرفيند": "Arvind", "ارفيند": "Arvind", "ماتس": "Mats",
    "هنريخ": "Henrikh", "كينغسلي": "Kingsley", "إلكاي": "Ilkay", "الكاي": "Ilkay",
    "إيزيكيل": "Ezequiel", "ايزيكيل": "Ezequiel", "هوراسيو": "Horacio", "ديوسدادو": "Diosdado",
    "إليود": "Eliud", "اليود": "Eliud", "ميرال": "Meral", "كوينتن": "Quentin", "ترافيس": "Travis",
    "إيشيرو": "Ichiro", "ايشيرو": "Ichiro", "هاياو": "Hayao",
    # Added in round 70 from the new-user review of round 68: برناردينو (Bernardino Leon, the
    # UN's envoy to Libya in 2015; 22 times in lines ≡ 10-69, 21 before ليون, which alone was
    # read as the club Lyon; سان برناردينو, the town, is the gazetteer's)
    "برناردينو": "Bernardino",
}
