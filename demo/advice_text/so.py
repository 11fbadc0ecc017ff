"""Somali advice text (a few pages)."""

HEADINGS = {
    "what": "Waa maxay",
    "how": "Sidee buu u shaqeeyaa",
    "signs": "Calaamadaha digniinta",
    "steps": "Sida aad isu ilaalin karto",
}

PAGES = {
    "phishing-emails-and-texts": {
        "title": "Iimayllo iyo fariimo qoraal ah oo been abuur ah (fishing)",
        "summary": "Iimayllada iyo fariimaha been abuurka ah waxay isku dayaan inay kaa "
        "dhigaan inaad riixdo link ama aad bixiso macluumaadkaaga. Joogso oo hubi "
        "intaadan riixin.",
        "what": "Fishing waa marka dambiile uu soo diro iimayl ama fariin qoraal ah oo been "
        "abuur ah. Waxay u egtahay inay ka timid bangi, shirkad gaarsiin ama dowladda. "
        "Waxay rabaan furahaaga sirta ah, macluumaadka bangigaaga ama lacagtaada.",
        "how": "Fariinta ayaa kaa codsanaysa inaad riixdo link. Link-gu wuxuu furaa bog been "
        "abuur ah oo u eg mid dhab ah. Haddii aad ku qorto macluumaadkaaga, dambiiluhu "
        "wuu arki karaa. Fariimaha qaarkood waxay leeyihiin waa inaad degdegto, haddii "
        "kale lacag ayaad waayi doontaa ama ganaax ayaad bixin doontaa.",
        "signs": [
            "Fariintu waxay leedahay waa inaad hadda wax samayso.",
            "Waxaa lagaa weydiinayaa furaha sirta ah, PIN-ka ama macluumaadka bangiga.",
            "Ciwaanka ama lambarka soo diraha ayaa u muuqda mid la yaab leh.",
            "Waxay leedahay lacag ayaa lagugu leeyahay, ama abaal-marin ayaad ku guuleysatay.",
            "Waxaa ku jira link bog aadan aqoon.",
        ],
        "steps": [
            "Ha riixin link-yada fariimaha aadan filanayn.",
            "Adigu gal bogga shirkadda, ama wac lambarka aad horay u taqaanay.",
            "Weligaa cidna ha siin furahaaga sirta ah ama PIN-kaaga.",
            "Shid xaqiijinta laba-tallaabo ee iimaylkaaga iyo bangigaaga.",
        ],
        "callout": (
            "Ma hubtid?",
            "<p>Bangigaagu weligiis kuma weydiin doono PIN-kaaga oo dhan ama furahaaga "
            "sirta ah iimayl ama fariin qoraal ah. Haddii aadan hubin, ha jawaabin. "
            "Weydii qof aad aaminsan tahay.</p>",
        ),
        "report": "<p>U gudbi iimayllada khiyaanada ah <b>report@phishing.gov.uk</b>. U "
        "gudbi fariimaha qoraalka ah ee khiyaanada ah <b>7726</b>. Waa bilaash.</p>",
    },
    "if-you-have-been-scammed": {
        "title": "Waxa la sameeyo haddii lagu khiyaameeyay",
        "summary": "Haddii lagu khiyaameeyay, si degdeg ah wax u qabo. Wac bangigaaga, "
        "soo sheeg, oo la hadal qof aad aaminsan tahay.",
        "headings": {
            "what": "Ma aha qaladkaaga",
            "how": "Maxaad u degdegtaa",
            "signs": "Iska jir khiyaano labaad",
            "steps": "Waxa hadda la sameeyo",
        },
        "what": "Dambiileyaashu si taxaddar leh ayay u qorsheeyaan khiyaanada. Qof kasta "
        "waa la khiyaami karaa. Uma baahnid inaad xishooto. Caawimaad ayaad heli "
        "kartaa.",
        "how": "Haddii aad si degdeg ah wax u qabato, bangigaagu waxaa laga yaabaa inuu joojiyo "
        "lacag bixinta ama uu kuu soo celiyo lacagtaada. Soo sheegidda dambiga waxay "
        "booliska ka caawisaa inay helaan dambiileyaasha oo ay uga digaan dadka kale.",
        "signs": [
            "Qof ayaa kuu soo bandhigaya inuu kuu soo celiyo lacagtaadii lumay, khidmad ahaan.",
            "Qof ayaa ku soo waca oo sheegta inuu yahay qareen ama boolis, oo og khasaarahaaga.",
            'Waxaa lagaa codsanayaa inaad bixiso khidmad si lacagtaada loo "sii daayo".',
        ],
        "steps": [
            "Isla markiiba wac bangigaaga, lambarka ku qoran dhabarka kaarkaaga.",
            "Beddel furahaaga sirta ah, ka bilow iimaylkaaga.",
            "U soo sheeg Report Fraud internetka ama taleefanka.",
            "Wax walba hayso: fariimaha, iimayllada, rasiidhada iyo lambarrada taleefanka.",
            "La hadal qoyskaaga, saaxiib ama Victim Support.",
        ],
        "callout": (
            "Taageero bilaash ah",
            "<p>Victim Support way ku caawin kartaa, xitaa haddii aadan soo sheegin "
            "dambiga. Wac <b>08 08 16 89 111</b>.</p>",
        ),
    },
}
