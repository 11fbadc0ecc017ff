"""Three demo alerts (FA-2026-0005, -0010, -0011) in Romanian, Bengali, Punjabi (Gurmukhi)
and Simplified Chinese. The other alerts fall back to English in these languages."""

RO = {
    "FA-2026-0005": {
        "title": "Frauda sentimentală pe aplicațiile de întâlniri: urgențe și „investiții”",
        "summary": "Persoane cunoscute pe aplicații de întâlniri cer bani pentru facturi medicale "
                   "sau călătorii, ori propun o „investiție” în criptomonede. Victimele și-au "
                   "pierdut economiile.",
        "body": "<p>Escrocii vorbesc cu dumneavoastră săptămâni sau luni la rând și vă câștigă "
                "încrederea. Spun adesea că lucrează în străinătate: pe o platformă petrolieră, "
                "în armată sau ca medic la o organizație caritabilă. Apoi apare o problemă pe "
                "care doar banii o pot rezolva, sau se oferă să vă arate cum câștigă bani din "
                "tranzacționare.</p><ul><li>Mută repede conversația de pe aplicația de întâlniri "
                "pe WhatsApp sau pe altă aplicație.</li><li>Au mereu un motiv să nu vă întâlniți "
                "sau să nu pornească camera.</li><li>Vă cer să păstrați relația secretă, ori să "
                "trimiteți bani, carduri cadou sau criptomonede.</li></ul>",
        "what_to_do": "<ul><li>Nu trimiteți niciodată bani și nu dați datele bancare cuiva pe "
                      "care l-ați cunoscut doar pe internet.</li><li>Vorbiți cu un prieten sau "
                      "o rudă de încredere: escrocii se bazează pe secret.</li><li>Dacă ați "
                      "trimis deja bani, anunțați imediat banca și raportați la Action "
                      "Fraud.</li></ul>",
    },
    "FA-2026-0010": {
        "title": "Mesaje „Bună, mamă” de pe un număr nou",
        "summary": "Părinții primesc pe WhatsApp mesaje de la un număr necunoscut: „Bună, mamă, "
                   "mi s-a stricat telefonul, acesta e numărul meu nou”, urmate de o cerere "
                   "urgentă de a plăti o factură.",
        "body": "<p>Mesajul pare să vină de la fiul sau fiica dumneavoastră. Curând, expeditorul "
                "spune că nu poate folosi aplicația băncii pe telefonul nou și vă roagă să "
                "plătiți urgent o factură în locul lui, într-un cont care nu este al lui. Unii "
                "trimit acum și un mesaj vocal făcut cu inteligență artificială, care sună ca "
                "vocea copilului dumneavoastră.</p><ul><li>Un mesaj de la un număr necunoscut, "
                "de la cineva care spune că e din familie.</li><li>O cerere urgentă de bani, "
                "într-un cont pe numele altcuiva.</li><li>Scuze pentru care nu poate vorbi la "
                "telefon.</li></ul>",
        "what_to_do": "<ul><li>Opriți-vă și sunați-vă copilul la numărul pe care îl aveți deja."
                      "</li><li>Stabiliți în familie o parolă pe care doar voi o știți.</li><li>"
                      "Raportați mesajul în WhatsApp și blocați numărul. Dacă ați plătit deja, "
                      "sunați la bancă la 159.</li></ul>",
    },
    "FA-2026-0011": {
        "title": "SMS-uri false despre colete care cer o taxă de relivrare",
        "summary": "SMS-urile spun că un colet nu a putut fi livrat și vă cer o taxă mică pentru "
                   "o nouă programare. Linkul duce la un site fals care vă fură datele "
                   "cardului.",
        "body": "<p>Mesajele par să vină de la Royal Mail, Evri sau altă firmă de curierat și cer "
                "o taxă de aproximativ 1,50 lire. Suma mică este momeala: site-ul vă colectează "
                "datele cardului, iar apoi infractorii vă pot suna dându-se drept banca "
                "dumneavoastră.</p><ul><li>Nu așteptați niciun colet, sau mesajul nu spune cine "
                "l-a trimis.</li><li>Linkul nu duce pe site-ul real al firmei de "
                "curierat.</li><li>Vi se cer toate datele cardului pentru o taxă mică.</li></ul>",
        "what_to_do": "<ul><li>Nu dați clic pe link. Verificați livrările în aplicația sau pe "
                      "site-ul firmei.</li><li>Redirecționați SMS-urile înșelătoare la 7726, "
                      "apoi ștergeți-le.</li><li>Dacă ați introdus datele cardului, sunați la "
                      "bancă la numărul de pe spatele cardului.</li></ul>",
    },
}

BN = {
    "FA-2026-0005": {
        "title": "ডেটিং অ্যাপে প্রেমের ফাঁদ: জরুরি অবস্থা আর \"বিনিয়োগ\"",
        "summary": "ডেটিং অ্যাপে পরিচিত মানুষেরা চিকিৎসার বিল বা যাতায়াতের জন্য টাকা চাইছে, "
                   "কিংবা ক্রিপ্টোকারেন্সির \"বিনিয়োগে\" যোগ দিতে বলছে। ভুক্তভোগীরা তাঁদের "
                   "সঞ্চয় হারিয়েছেন।",
        "body": "<p>প্রতারকেরা সপ্তাহের পর সপ্তাহ, মাসের পর মাস কথা বলে আপনার বিশ্বাস অর্জন "
                "করে। তারা প্রায়ই বলে যে বিদেশে কাজ করে: তেলের রিগে, সেনাবাহিনীতে, বা কোনো "
                "দাতব্য সংস্থার ডাক্তার হিসেবে। তারপর এমন এক সমস্যা আসে যা শুধু টাকা দিয়েই "
                "মেটানো যায়, অথবা তারা ট্রেডিং করে কীভাবে আয় করে তা দেখানোর প্রস্তাব "
                "দেয়।</p><ul><li>তারা দ্রুত ডেটিং অ্যাপ থেকে কথোপকথন হোয়াটসঅ্যাপ বা অন্য অ্যাপে "
                "নিয়ে যায়।</li><li>দেখা না করার বা ক্যামেরা চালু না করার কোনো না কোনো অজুহাত "
                "তাদের সবসময় থাকে।</li><li>তারা সম্পর্ক গোপন রাখতে বলে, অথবা টাকা, গিফট কার্ড "
                "বা ক্রিপ্টো পাঠাতে বলে।</li></ul>",
        "what_to_do": "<ul><li>শুধু অনলাইনে পরিচয় হয়েছে এমন কাউকে কখনো টাকা পাঠাবেন না বা "
                      "ব্যাংকের তথ্য দেবেন না।</li><li>বিশ্বস্ত কোনো বন্ধু বা আত্মীয়ের সঙ্গে কথা "
                      "বলুন: প্রতারকেরা গোপনীয়তার ওপর নির্ভর করে।</li><li>টাকা পাঠিয়ে থাকলে "
                      "এখনই আপনার ব্যাংককে জানান এবং Report Fraud-এ রিপোর্ট করুন।</li></ul>",
    },
    "FA-2026-0010": {
        "title": "নতুন নম্বর থেকে \"হাই মা\" বার্তা",
        "summary": "অভিভাবকেরা অচেনা নম্বর থেকে হোয়াটসঅ্যাপ বার্তা পাচ্ছেন: \"হাই মা, আমার "
                   "ফোন ভেঙে গেছে, এটা আমার নতুন নম্বর\", তারপরই একটি বিল জরুরি ভিত্তিতে "
                   "পরিশোধের অনুরোধ।",
        "body": "<p>বার্তাটি দেখে মনে হয় আপনার ছেলে বা মেয়ে পাঠিয়েছে। কিছুক্ষণ পরেই সে বলে "
                "নতুন ফোনে ব্যাংকিং অ্যাপ চলছে না, এবং তার হয়ে একটি জরুরি বিল এমন এক "
                "অ্যাকাউন্টে পরিশোধ করতে বলে যা তার নয়। কেউ কেউ এখন কৃত্রিম বুদ্ধিমত্তায় তৈরি "
                "ভয়েস মেসেজও পাঠায়, যা শুনতে আপনার সন্তানের মতো।</p><ul><li>অচেনা নম্বর থেকে "
                "পরিবারের সদস্য বলে দাবি করা বার্তা।</li><li>অন্য কারও নামের অ্যাকাউন্টে জরুরি "
                "টাকার অনুরোধ।</li><li>ফোনে কথা বলতে না পারার নানা অজুহাত।</li></ul>",
        "what_to_do": "<ul><li>থামুন, এবং আপনার কাছে আগে থেকে থাকা নম্বরে সন্তানকে ফোন "
                      "করুন।</li><li>পরিবারে একটি গোপন পাসওয়ার্ড ঠিক করে রাখুন, যা শুধু আপনারাই "
                      "জানেন।</li><li>হোয়াটসঅ্যাপে বার্তাটি রিপোর্ট করে নম্বরটি ব্লক করুন। টাকা "
                      "দিয়ে থাকলে 159 নম্বরে আপনার ব্যাংককে ফোন করুন।</li></ul>",
    },
    "FA-2026-0011": {
        "title": "পার্সেল ডেলিভারির ভুয়া টেক্সট, যা পুনরায় ডেলিভারির ফি চায়",
        "summary": "টেক্সটে বলা হয় একটি পার্সেল ডেলিভারি করা যায়নি এবং আবার বুক করতে সামান্য "
                   "ফি চাওয়া হয়। লিংকটি একটি ভুয়া সাইটে নিয়ে যায়, যা আপনার কার্ডের তথ্য চুরি "
                   "করে।",
        "body": "<p>টেক্সটগুলো দেখতে Royal Mail, Evri বা অন্য কোনো ডেলিভারি কোম্পানির মতো, এবং "
                "প্রায় £1.50 ফি চায়। সামান্য এই অঙ্কটি আসলে টোপ: সাইটটি আপনার কার্ডের তথ্য "
                "সংগ্রহ করে, তারপর অপরাধীরা আপনার ব্যাংক সেজে ফোন করতে পারে।</p><ul><li>আপনি "
                "কোনো পার্সেলের অপেক্ষায় ছিলেন না, বা টেক্সটে প্রেরকের নাম নেই।</li><li>লিংকটি "
                "ডেলিভারি কোম্পানির আসল ওয়েবসাইটে যায় না।</li><li>সামান্য ফি দিতে কার্ডের "
                "পুরো তথ্য চাওয়া হয়।</li></ul>",
        "what_to_do": "<ul><li>লিংকে ক্লিক করবেন না। কোম্পানির নিজস্ব অ্যাপ বা ওয়েবসাইটে "
                      "ডেলিভারি যাচাই করুন।</li><li>প্রতারণামূলক টেক্সট 7726 নম্বরে ফরোয়ার্ড "
                      "করে মুছে ফেলুন।</li><li>কার্ডের তথ্য দিয়ে থাকলে কার্ডের পেছনে লেখা নম্বরে "
                      "ব্যাংককে ফোন করুন।</li></ul>",
    },
}

PA = {
    "FA-2026-0005": {
        "title": "ਡੇਟਿੰਗ ਐਪਾਂ 'ਤੇ ਪਿਆਰ ਦੇ ਨਾਂ 'ਤੇ ਧੋਖਾ: ਐਮਰਜੈਂਸੀਆਂ ਅਤੇ \"ਨਿਵੇਸ਼\"",
        "summary": "ਡੇਟਿੰਗ ਐਪਾਂ 'ਤੇ ਮਿਲੇ ਲੋਕ ਇਲਾਜ ਦੇ ਬਿੱਲਾਂ ਜਾਂ ਸਫ਼ਰ ਲਈ ਪੈਸੇ ਮੰਗ ਰਹੇ ਹਨ, ਜਾਂ "
                   "ਕ੍ਰਿਪਟੋਕਰੰਸੀ ਦੇ \"ਨਿਵੇਸ਼\" ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਣ ਲਈ ਕਹਿ ਰਹੇ ਹਨ। ਪੀੜਤ ਆਪਣੀ ਜਮ੍ਹਾਂ "
                   "ਪੂੰਜੀ ਗੁਆ ਚੁੱਕੇ ਹਨ।",
        "body": "<p>ਠੱਗ ਹਫ਼ਤਿਆਂ ਜਾਂ ਮਹੀਨਿਆਂ ਤੱਕ ਗੱਲਬਾਤ ਕਰਕੇ ਤੁਹਾਡਾ ਭਰੋਸਾ ਜਿੱਤਦੇ ਹਨ। ਉਹ ਅਕਸਰ "
                "ਕਹਿੰਦੇ ਹਨ ਕਿ ਉਹ ਵਿਦੇਸ਼ ਵਿੱਚ ਕੰਮ ਕਰਦੇ ਹਨ: ਤੇਲ ਦੇ ਰਿਗ 'ਤੇ, ਫ਼ੌਜ ਵਿੱਚ, ਜਾਂ ਕਿਸੇ "
                "ਚੈਰਿਟੀ ਨਾਲ ਡਾਕਟਰ ਵਜੋਂ। ਫਿਰ ਕੋਈ ਅਜਿਹੀ ਮੁਸ਼ਕਲ ਆ ਜਾਂਦੀ ਹੈ ਜੋ ਸਿਰਫ਼ ਪੈਸਿਆਂ ਨਾਲ "
                "ਹੱਲ ਹੋ ਸਕਦੀ ਹੈ, ਜਾਂ ਉਹ ਤੁਹਾਨੂੰ ਦਿਖਾਉਣ ਦੀ ਪੇਸ਼ਕਸ਼ ਕਰਦੇ ਹਨ ਕਿ ਉਹ ਟ੍ਰੇਡਿੰਗ ਤੋਂ "
                "ਕਿਵੇਂ ਕਮਾਉਂਦੇ ਹਨ।</p><ul><li>ਉਹ ਛੇਤੀ ਹੀ ਗੱਲਬਾਤ ਡੇਟਿੰਗ ਐਪ ਤੋਂ ਵਟਸਐਪ ਜਾਂ ਕਿਸੇ "
                "ਹੋਰ ਐਪ 'ਤੇ ਲੈ ਜਾਂਦੇ ਹਨ।</li><li>ਉਨ੍ਹਾਂ ਕੋਲ ਮਿਲਣ ਜਾਂ ਕੈਮਰਾ ਚਾਲੂ ਕਰਨ ਤੋਂ ਬਚਣ ਦਾ "
                "ਹਮੇਸ਼ਾ ਕੋਈ ਬਹਾਨਾ ਹੁੰਦਾ ਹੈ।</li><li>ਉਹ ਰਿਸ਼ਤੇ ਨੂੰ ਗੁਪਤ ਰੱਖਣ, ਜਾਂ ਪੈਸੇ, ਗਿਫ਼ਟ ਕਾਰਡ "
                "ਜਾਂ ਕ੍ਰਿਪਟੋ ਭੇਜਣ ਲਈ ਕਹਿੰਦੇ ਹਨ।</li></ul>",
        "what_to_do": "<ul><li>ਜਿਸ ਨੂੰ ਤੁਸੀਂ ਸਿਰਫ਼ ਆਨਲਾਈਨ ਮਿਲੇ ਹੋ, ਉਸ ਨੂੰ ਕਦੇ ਵੀ ਪੈਸੇ ਨਾ "
                      "ਭੇਜੋ ਅਤੇ ਨਾ ਹੀ ਆਪਣੇ ਬੈਂਕ ਵੇਰਵੇ ਦਿਓ।</li><li>ਕਿਸੇ ਭਰੋਸੇਯੋਗ ਦੋਸਤ ਜਾਂ "
                      "ਰਿਸ਼ਤੇਦਾਰ ਨਾਲ ਗੱਲ ਕਰੋ: ਠੱਗ ਗੁਪਤਤਾ 'ਤੇ ਨਿਰਭਰ ਕਰਦੇ ਹਨ।</li><li>ਜੇ ਤੁਸੀਂ "
                      "ਪੈਸੇ ਭੇਜ ਚੁੱਕੇ ਹੋ, ਤਾਂ ਤੁਰੰਤ ਆਪਣੇ ਬੈਂਕ ਨੂੰ ਦੱਸੋ ਅਤੇ Report Fraud ਨੂੰ "
                      "ਰਿਪੋਰਟ ਕਰੋ।</li></ul>",
    },
    "FA-2026-0010": {
        "title": "ਨਵੇਂ ਨੰਬਰ ਤੋਂ \"ਹੈਲੋ ਮੰਮੀ\" ਵਾਲੇ ਸੁਨੇਹੇ",
        "summary": "ਮਾਪਿਆਂ ਨੂੰ ਕਿਸੇ ਅਣਜਾਣ ਨੰਬਰ ਤੋਂ ਵਟਸਐਪ ਸੁਨੇਹੇ ਆ ਰਹੇ ਹਨ: \"ਹੈਲੋ ਮੰਮੀ, ਮੇਰਾ "
                   "ਫ਼ੋਨ ਟੁੱਟ ਗਿਆ ਹੈ, ਇਹ ਮੇਰਾ ਨਵਾਂ ਨੰਬਰ ਹੈ\", ਅਤੇ ਫਿਰ ਕੋਈ ਬਿੱਲ ਫ਼ੌਰਨ ਭਰਨ ਦੀ "
                   "ਬੇਨਤੀ।",
        "body": "<p>ਸੁਨੇਹਾ ਇੰਝ ਲੱਗਦਾ ਹੈ ਜਿਵੇਂ ਤੁਹਾਡੇ ਪੁੱਤਰ ਜਾਂ ਧੀ ਵੱਲੋਂ ਆਇਆ ਹੋਵੇ। ਜਲਦੀ ਹੀ ਉਹ "
                "ਕਹਿੰਦੇ ਹਨ ਕਿ ਨਵੇਂ ਫ਼ੋਨ 'ਤੇ ਉਨ੍ਹਾਂ ਦੀ ਬੈਂਕਿੰਗ ਐਪ ਨਹੀਂ ਚੱਲ ਰਹੀ, ਅਤੇ ਤੁਹਾਨੂੰ ਉਨ੍ਹਾਂ "
                "ਦੀ ਥਾਂ ਇੱਕ ਜ਼ਰੂਰੀ ਬਿੱਲ ਅਜਿਹੇ ਖਾਤੇ ਵਿੱਚ ਭਰਨ ਲਈ ਕਹਿੰਦੇ ਹਨ ਜੋ ਉਨ੍ਹਾਂ ਦਾ ਨਹੀਂ। ਕੁਝ "
                "ਹੁਣ ਬਣਾਉਟੀ ਬੁੱਧੀ (AI) ਨਾਲ ਬਣਿਆ ਵੌਇਸ ਨੋਟ ਵੀ ਭੇਜਦੇ ਹਨ, ਜੋ ਤੁਹਾਡੇ ਬੱਚੇ ਦੀ ਆਵਾਜ਼ "
                "ਵਰਗਾ ਲੱਗਦਾ ਹੈ।</p><ul><li>ਅਣਜਾਣ ਨੰਬਰ ਤੋਂ ਸੁਨੇਹਾ, ਜਿਸ ਵਿੱਚ ਭੇਜਣ ਵਾਲਾ ਖ਼ੁਦ ਨੂੰ "
                "ਪਰਿਵਾਰ ਦਾ ਜੀਅ ਦੱਸਦਾ ਹੈ।</li><li>ਕਿਸੇ ਹੋਰ ਦੇ ਨਾਂ ਵਾਲੇ ਖਾਤੇ ਵਿੱਚ ਪੈਸਿਆਂ ਦੀ ਫ਼ੌਰੀ "
                "ਮੰਗ।</li><li>ਫ਼ੋਨ 'ਤੇ ਗੱਲ ਨਾ ਕਰ ਸਕਣ ਦੇ ਬਹਾਨੇ।</li></ul>",
        "what_to_do": "<ul><li>ਰੁਕੋ, ਅਤੇ ਆਪਣੇ ਬੱਚੇ ਨੂੰ ਉਸ ਨੰਬਰ 'ਤੇ ਫ਼ੋਨ ਕਰੋ ਜੋ ਪਹਿਲਾਂ ਤੋਂ "
                      "ਤੁਹਾਡੇ ਕੋਲ ਹੈ।</li><li>ਪਰਿਵਾਰ ਵਿੱਚ ਇੱਕ ਗੁਪਤ ਸ਼ਬਦ ਤੈਅ ਕਰੋ ਜੋ ਸਿਰਫ਼ ਤੁਸੀਂ "
                      "ਜਾਣਦੇ ਹੋਵੋ।</li><li>ਵਟਸਐਪ ਵਿੱਚ ਸੁਨੇਹੇ ਦੀ ਰਿਪੋਰਟ ਕਰੋ ਅਤੇ ਨੰਬਰ ਬਲੌਕ ਕਰੋ। "
                      "ਜੇ ਤੁਸੀਂ ਪੈਸੇ ਭੇਜ ਚੁੱਕੇ ਹੋ, ਤਾਂ 159 'ਤੇ ਆਪਣੇ ਬੈਂਕ ਨੂੰ ਫ਼ੋਨ ਕਰੋ।</li></ul>",
    },
    "FA-2026-0011": {
        "title": "ਪਾਰਸਲ ਡਿਲੀਵਰੀ ਦੇ ਨਕਲੀ ਸੁਨੇਹੇ ਜੋ ਦੁਬਾਰਾ ਡਿਲੀਵਰੀ ਦੀ ਫ਼ੀਸ ਮੰਗਦੇ ਹਨ",
        "summary": "ਸੁਨੇਹਿਆਂ ਵਿੱਚ ਲਿਖਿਆ ਹੁੰਦਾ ਹੈ ਕਿ ਪਾਰਸਲ ਡਿਲੀਵਰ ਨਹੀਂ ਹੋ ਸਕਿਆ ਅਤੇ ਦੁਬਾਰਾ ਬੁੱਕ "
                   "ਕਰਨ ਲਈ ਥੋੜ੍ਹੀ ਜਿਹੀ ਫ਼ੀਸ ਮੰਗੀ ਜਾਂਦੀ ਹੈ। ਲਿੰਕ ਇੱਕ ਨਕਲੀ ਸਾਈਟ 'ਤੇ ਲੈ ਜਾਂਦਾ ਹੈ "
                   "ਜੋ ਤੁਹਾਡੇ ਕਾਰਡ ਦੇ ਵੇਰਵੇ ਚੋਰੀ ਕਰਦੀ ਹੈ।",
        "body": "<p>ਸੁਨੇਹੇ ਇੰਝ ਲੱਗਦੇ ਹਨ ਜਿਵੇਂ Royal Mail, Evri ਜਾਂ ਕਿਸੇ ਹੋਰ ਡਿਲੀਵਰੀ ਕੰਪਨੀ ਵੱਲੋਂ "
                "ਆਏ ਹੋਣ, ਅਤੇ ਲਗਭਗ £1.50 ਫ਼ੀਸ ਮੰਗਦੇ ਹਨ। ਇਹ ਛੋਟੀ ਰਕਮ ਇੱਕ ਚੋਗਾ ਹੈ: ਸਾਈਟ ਤੁਹਾਡੇ "
                "ਕਾਰਡ ਦੇ ਵੇਰਵੇ ਇਕੱਠੇ ਕਰ ਲੈਂਦੀ ਹੈ, ਅਤੇ ਫਿਰ ਅਪਰਾਧੀ ਤੁਹਾਡਾ ਬੈਂਕ ਬਣ ਕੇ ਫ਼ੋਨ ਕਰ "
                "ਸਕਦੇ ਹਨ।</p><ul><li>ਤੁਸੀਂ ਕਿਸੇ ਪਾਰਸਲ ਦੀ ਉਡੀਕ ਨਹੀਂ ਕਰ ਰਹੇ ਸੀ, ਜਾਂ ਸੁਨੇਹੇ ਵਿੱਚ "
                "ਭੇਜਣ ਵਾਲੇ ਦਾ ਨਾਂ ਨਹੀਂ।</li><li>ਲਿੰਕ ਡਿਲੀਵਰੀ ਕੰਪਨੀ ਦੀ ਅਸਲ ਵੈੱਬਸਾਈਟ 'ਤੇ ਨਹੀਂ "
                "ਜਾਂਦਾ।</li><li>ਥੋੜ੍ਹੀ ਜਿਹੀ ਫ਼ੀਸ ਲਈ ਤੁਹਾਡੇ ਕਾਰਡ ਦੇ ਪੂਰੇ ਵੇਰਵੇ ਮੰਗੇ ਜਾਂਦੇ "
                "ਹਨ।</li></ul>",
        "what_to_do": "<ul><li>ਲਿੰਕ 'ਤੇ ਕਲਿੱਕ ਨਾ ਕਰੋ। ਕੰਪਨੀ ਦੀ ਆਪਣੀ ਐਪ ਜਾਂ ਵੈੱਬਸਾਈਟ 'ਤੇ "
                      "ਡਿਲੀਵਰੀ ਦੀ ਜਾਂਚ ਕਰੋ।</li><li>ਠੱਗੀ ਵਾਲੇ ਸੁਨੇਹੇ 7726 'ਤੇ ਫ਼ਾਰਵਰਡ ਕਰੋ, ਫਿਰ "
                      "ਮਿਟਾ ਦਿਓ।</li><li>ਜੇ ਤੁਸੀਂ ਕਾਰਡ ਦੇ ਵੇਰਵੇ ਭਰ ਦਿੱਤੇ ਹਨ, ਤਾਂ ਕਾਰਡ ਦੇ ਪਿੱਛੇ "
                      "ਲਿਖੇ ਨੰਬਰ 'ਤੇ ਬੈਂਕ ਨੂੰ ਫ਼ੋਨ ਕਰੋ।</li></ul>",
    },
}

ZH_HANS = {
    "FA-2026-0005": {
        "title": "交友软件上的情感诈骗：“急事”和“投资”",
        "summary": "在交友软件上认识的人以医药费或路费为由向对方要钱，或拉人参与加密货币“投资”。"
                   "受害者已经失去了积蓄。",
        "body": "<p>骗子会和您聊上几周甚至几个月，赢得您的信任。他们常说自己在国外工作：在石油"
                "钻井平台上、在军队里，或在慈善机构当医生。然后就会出现一个只有钱才能解决的问题，"
                "或者主动提出教您怎样靠交易赚钱。</p><ul><li>他们很快把聊天从交友软件转到 "
                "WhatsApp 或其他应用上。</li><li>他们总有理由不见面、不开摄像头。</li><li>他们"
                "要求您对这段关系保密，或让您寄钱、礼品卡或加密货币。</li></ul>",
        "what_to_do": "<ul><li>绝不要给只在网上认识的人汇款或提供银行信息。</li><li>和您信任"
                      "的朋友或家人谈谈：骗子靠的就是保密。</li><li>如果已经汇款，请立即联系您"
                      "的银行，并向 Report Fraud 举报。</li></ul>",
    },
    "FA-2026-0010": {
        "title": "来自新号码的“妈，是我”消息",
        "summary": "家长们收到陌生号码发来的 WhatsApp 消息：“妈，我手机摔坏了，这是我的新号码”，"
                   "随后便急着请您帮忙付一笔账单。",
        "body": "<p>消息看上去像是您的儿子或女儿发来的。很快对方就说新手机上用不了银行应用，请您"
                "替他们把一笔急用的账单付到一个不是他们本人的账户。现在有些骗子还会发来用人工智能"
                "合成的语音，听起来就像您孩子的声音。</p><ul><li>陌生号码发来消息，自称是家人。"
                "</li><li>急着要钱，而且收款账户是别人的名字。</li><li>找各种借口不能打电话。"
                "</li></ul>",
        "what_to_do": "<ul><li>先停一停，用您原来存的号码给孩子打电话核实。</li><li>和家人"
                      "约定一个只有你们知道的暗号。</li><li>在 WhatsApp 中举报该消息并屏蔽号码。"
                      "如果已经付款，请拨打 159 联系您的银行。</li></ul>",
    },
    "FA-2026-0011": {
        "title": "假冒快递短信以“重新派送费”为名骗取钱财",
        "summary": "短信称包裹无法派送，要求您支付一小笔费用重新预约。链接通向一个窃取银行卡信息"
                   "的虚假网站。",
        "body": "<p>这些短信看起来像是 Royal Mail、Evri 或其他快递公司发来的，要求支付约 1.50 "
                "英镑的费用。小额费用只是诱饵：网站会收集您的银行卡信息，之后犯罪分子还可能冒充"
                "您的银行打来电话。</p><ul><li>您并没有在等包裹，或者短信没有说明寄件人是谁。"
                "</li><li>链接并不指向快递公司的真实网站。</li><li>只付一小笔钱，却要求您提供完整"
                "的银行卡信息。</li></ul>",
        "what_to_do": "<ul><li>不要点击链接。请通过快递公司自己的应用或网站查询包裹。</li><li>"
                      "把诈骗短信转发到 7726，然后删除。</li><li>如果已经输入了银行卡信息，请拨打"
                      "卡背面的电话联系您的银行。</li></ul>",
    },
}

TEXTS = {"ro": RO, "bn": BN, "pa": PA, "zh-hans": ZH_HANS}
