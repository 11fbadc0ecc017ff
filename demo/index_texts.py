"""The home and index pages' own texts in every language, so the demo's front pages are
translated (a language without them shows the English with a notice, as any page does)."""

FRAUD_ALERTS = {
    "cy": "Rhybuddion twyll", "pl": "Ostrzeżenia o oszustwach", "ro": "Alerte de fraudă",
    "pt": "Alertas de fraude", "es": "Alertas de fraude", "fr": "Alertes à la fraude",
    "tr": "Dolandırıcılık uyarıları", "ar": "تنبيهات الاحتيال", "ur": "فراڈ کے انتباہات",
    "bn": "প্রতারণার সতর্কতা", "pa": "ਧੋਖਾਧੜੀ ਦੀਆਂ ਚੇਤਾਵਨੀਆਂ", "gu": "છેતરપિંડીની ચેતવણીઓ",
    "ta": "மோசடி எச்சரிக்கைகள்", "zh-hans": "诈骗警报", "so": "Digniinaha khiyaanada",
}

ALERTS_INTRO = {
    "cy": "Rhybuddion am sgamiau sy'n digwydd nawr. Gwiriwch neges a gawsoch yn erbyn y "
          "rhybuddion hyn.",
    "pl": "Ostrzeżenia o oszustwach, które dzieją się teraz. Porównaj otrzymaną wiadomość z "
          "tymi ostrzeżeniami.",
    "ro": "Avertismente despre înșelătorii care au loc acum. Comparați un mesaj primit cu "
          "aceste alerte.",
    "pt": "Avisos sobre burlas que estão a acontecer agora. Compare uma mensagem que recebeu "
          "com estes alertas.",
    "es": "Avisos sobre estafas que están ocurriendo ahora. Compare un mensaje que haya "
          "recibido con estas alertas.",
    "fr": "Des avertissements sur les arnaques en cours. Comparez un message reçu avec ces "
          "alertes.",
    "tr": "Şu anda yaşanan dolandırıcılıklarla ilgili uyarılar. Aldığınız bir mesajı bu "
          "uyarılarla karşılaştırın.",
    "ar": "تحذيرات من عمليات احتيال تحدث الآن. قارن أي رسالة وصلتك بهذه التنبيهات.",
    "ur": "اس وقت ہونے والے فراڈ کے بارے میں انتباہات۔ اپنے موصول ہونے والے پیغام کو ان "
          "انتباہات سے ملا کر دیکھیں۔",
    "bn": "এখন ঘটছে এমন প্রতারণা সম্পর্কে সতর্কবার্তা। আপনি যে বার্তা পেয়েছেন তা এই "
          "সতর্কতাগুলোর সাথে মিলিয়ে দেখুন।",
    "pa": "ਹੁਣ ਹੋ ਰਹੀਆਂ ਠੱਗੀਆਂ ਬਾਰੇ ਚੇਤਾਵਨੀਆਂ। ਤੁਹਾਨੂੰ ਮਿਲੇ ਸੁਨੇਹੇ ਨੂੰ ਇਹਨਾਂ ਚੇਤਾਵਨੀਆਂ ਨਾਲ "
          "ਮਿਲਾ ਕੇ ਦੇਖੋ।",
    "gu": "હાલમાં ચાલી રહેલી છેતરપિંડી વિશે ચેતવણીઓ. તમને મળેલો સંદેશ આ ચેતવણીઓ સાથે "
          "સરખાવીને તપાસો.",
    "ta": "இப்போது நடக்கும் மோசடிகள் பற்றிய எச்சரிக்கைகள். உங்களுக்கு வந்த செய்தியை இந்த "
          "எச்சரிக்கைகளுடன் ஒப்பிட்டுப் பாருங்கள்.",
    "zh-hans": "关于正在发生的诈骗的警告。请将您收到的信息与这些警报进行核对。",
    "so": "Digniinno ku saabsan khiyaanooyinka hadda dhacaya. Fariin aad heshay barbar dhig "
          "digniinahan.",
}

PREVENTION_ADVICE = {
    "cy": "Cyngor atal", "pl": "Porady, jak się chronić", "ro": "Sfaturi de prevenire",
    "pt": "Conselhos de prevenção", "es": "Consejos de prevención",
    "fr": "Conseils de prévention", "tr": "Korunma önerileri", "ar": "نصائح الوقاية",
    "ur": "بچاؤ کے مشورے", "bn": "প্রতিরোধের পরামর্শ", "pa": "ਬਚਾਅ ਲਈ ਸਲਾਹ",
    "gu": "બચાવ માટે સલાહ", "ta": "தடுப்பு ஆலோசனை", "zh-hans": "防范建议",
    "so": "Talooyin ka-hortag ah",
}

ADVICE_INTRO = {
    "cy": "Sut mae sgamiau cyffredin yn gweithio, yr arwyddion rhybudd, a beth i'w wneud.",
    "pl": "Jak działają popularne oszustwa, jakie są sygnały ostrzegawcze i co robić.",
    "ro": "Cum funcționează înșelătoriile obișnuite, semnele de avertizare și ce trebuie să "
          "faceți.",
    "pt": "Como funcionam as burlas mais comuns, os sinais de alerta e o que fazer.",
    "es": "Cómo funcionan las estafas más comunes, las señales de alerta y qué hacer.",
    "fr": "Comment fonctionnent les arnaques courantes, les signes qui doivent alerter et que "
          "faire.",
    "tr": "Yaygın dolandırıcılıklar nasıl işler, uyarı işaretleri nelerdir ve ne yapmalısınız.",
    "ar": "كيف تعمل عمليات الاحتيال الشائعة، وعلامات التحذير، وما الذي يجب فعله.",
    "ur": "عام فراڈ کیسے کام کرتے ہیں، خطرے کی علامات، اور کیا کرنا چاہیے۔",
    "bn": "সাধারণ প্রতারণাগুলো কীভাবে কাজ করে, সতর্কতার লক্ষণ, এবং কী করতে হবে।",
    "pa": "ਆਮ ਠੱਗੀਆਂ ਕਿਵੇਂ ਕੰਮ ਕਰਦੀਆਂ ਹਨ, ਚੇਤਾਵਨੀ ਦੇ ਸੰਕੇਤ, ਅਤੇ ਕੀ ਕਰਨਾ ਹੈ।",
    "gu": "સામાન્ય છેતરપિંડી કેવી રીતે કામ કરે છે, ચેતવણીના સંકેતો અને શું કરવું.",
    "ta": "பொதுவான மோசடிகள் எப்படி நடக்கின்றன, எச்சரிக்கை அறிகுறிகள், என்ன செய்ய "
          "வேண்டும்.",
    "zh-hans": "常见诈骗的手法、警示信号以及应对方法。",
    "so": "Sida khiyaanooyinka caadiga ahi u shaqeeyaan, calaamadaha digniinta, iyo waxa la "
          "sameeyo.",
}

HOME_INTRO = {
    "cy": "Fraud Alert yw lle mae'r heddlu'n cyhoeddi rhybuddion am sgamiau sy'n digwydd nawr, "
          "a chyngor clir ar sut i'ch diogelu eich hun, mewn un ar bymtheg o ieithoedd.",
    "pl": "Fraud Alert to miejsce, w którym policja publikuje ostrzeżenia o trwających "
          "oszustwach i proste porady, jak się chronić, w szesnastu językach.",
    "ro": "Fraud Alert este locul în care poliția publică avertismente despre înșelătoriile "
          "care au loc acum și sfaturi simple despre cum să vă protejați, în șaisprezece limbi.",
    "pt": "O Fraud Alert é onde a polícia publica avisos sobre burlas que estão a acontecer "
          "agora e conselhos simples sobre como se proteger, em dezasseis línguas.",
    "es": "Fraud Alert es donde la policía publica avisos sobre estafas que están ocurriendo "
          "ahora y consejos sencillos para protegerse, en dieciséis idiomas.",
    "fr": "Fraud Alert est le site où la police publie des avertissements sur les arnaques en "
          "cours et des conseils simples pour vous protéger, en seize langues.",
    "tr": "Fraud Alert, polisin şu anda yaşanan dolandırıcılıklarla ilgili uyarıları ve "
          "kendinizi nasıl koruyacağınıza dair sade önerileri on altı dilde yayımladığı yerdir.",
    "ar": "Fraud Alert هو المكان الذي تنشر فيه الشرطة تحذيرات من عمليات الاحتيال الجارية "
          "الآن، ونصائح واضحة لحماية نفسك، بست عشرة لغة.",
    "ur": "Fraud Alert وہ جگہ ہے جہاں پولیس اس وقت ہونے والے فراڈ کے بارے میں انتباہات اور "
          "اپنی حفاظت کے آسان مشورے سولہ زبانوں میں شائع کرتی ہے۔",
    "bn": "Fraud Alert হলো সেই জায়গা যেখানে পুলিশ এখন ঘটছে এমন প্রতারণা সম্পর্কে সতর্কবার্তা "
          "এবং নিজেকে রক্ষা করার সহজ পরামর্শ ষোলোটি ভাষায় প্রকাশ করে।",
    "pa": "Fraud Alert ਉਹ ਥਾਂ ਹੈ ਜਿੱਥੇ ਪੁਲਿਸ ਹੁਣ ਹੋ ਰਹੀਆਂ ਠੱਗੀਆਂ ਬਾਰੇ ਚੇਤਾਵਨੀਆਂ ਅਤੇ ਆਪਣੇ "
          "ਆਪ ਨੂੰ ਬਚਾਉਣ ਦੀ ਸੌਖੀ ਸਲਾਹ ਸੋਲਾਂ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ ਪ੍ਰਕਾਸ਼ਿਤ ਕਰਦੀ ਹੈ।",
    "gu": "Fraud Alert એ એવી જગ્યા છે જ્યાં પોલીસ હાલમાં ચાલી રહેલી છેતરપિંડી વિશે ચેતવણીઓ "
          "અને પોતાને કેવી રીતે બચાવવા તેની સરળ સલાહ સોળ ભાષાઓમાં પ્રકાશિત કરે છે.",
    "ta": "Fraud Alert என்பது இப்போது நடக்கும் மோசடிகள் பற்றிய எச்சரிக்கைகளையும், "
          "உங்களைப் பாதுகாத்துக்கொள்வதற்கான எளிய ஆலோசனைகளையும் காவல்துறை பதினாறு "
          "மொழிகளில் வெளியிடும் இடம்.",
    "zh-hans": "Fraud Alert 是警方以十六种语言发布当前诈骗警告以及简明防范建议的网站。",
    "so": "Fraud Alert waa meesha booliisku ku daabaco digniinaha khiyaanooyinka hadda dhacaya "
          "iyo talooyin fudud oo ku saabsan sidaad isu ilaalin lahayd, lix iyo toban luqadood.",
}

BRAND = {code: "Fraud Alert" for code in FRAUD_ALERTS}  # the site's name, kept in every language

HOME = {"title": BRAND, "intro": HOME_INTRO}
ALERT_INDEX = {"title": FRAUD_ALERTS, "intro": ALERTS_INTRO}
ADVICE_INDEX = {"title": PREVENTION_ADVICE, "intro": ADVICE_INTRO}
