"""Romanian advice text (a few pages)."""

HEADINGS = {
    "what": "Ce este",
    "how": "Cum funcționează",
    "signs": "Semne de avertizare",
    "steps": "Cum vă protejați",
}

PAGES = {
    "phishing-emails-and-texts": {
        "title": "E-mailuri și SMS-uri false (phishing)",
        "summary": "E-mailurile și SMS-urile false încearcă să vă facă să dați clic pe un link "
        "sau să vă spuneți datele. Opriți-vă și verificați înainte să dați clic.",
        "what": "Phishingul înseamnă că un infractor trimite un e-mail sau un SMS fals. Pare "
        "să vină de la o bancă, de la o firmă de curierat sau de la stat. Infractorul "
        "vrea parolele, datele bancare sau banii dumneavoastră.",
        "how": "Mesajul vă cere să dați clic pe un link. Linkul deschide un site fals care "
        "arată ca unul adevărat. Dacă scrieți acolo datele dumneavoastră, infractorul "
        "le poate vedea. Unele mesaje spun că trebuie să vă grăbiți, altfel pierdeți "
        "bani sau plătiți o amendă.",
        "signs": [
            "Mesajul spune că trebuie să faceți ceva chiar acum.",
            "Vi se cere parola, codul PIN sau datele bancare.",
            "Adresa sau numărul expeditorului arată ciudat.",
            "Mesajul spune că aveți o datorie sau că ați câștigat un premiu.",
            "Conține un link către un site pe care nu îl cunoașteți.",
        ],
        "steps": [
            "Nu dați clic pe linkuri din mesaje pe care nu le așteptați.",
            "Intrați singur pe site-ul firmei sau sunați la numărul pe care îl știți deja.",
            "Nu dați niciodată nimănui parola sau codul PIN.",
            "Activați verificarea în doi pași pentru e-mail și pentru bancă.",
        ],
        "callout": (
            "Nu sunteți sigur?",
            "<p>Banca nu vă va cere niciodată codul PIN complet sau parola prin e-mail "
            "sau SMS. Dacă nu sunteți sigur, nu răspundeți. Întrebați pe cineva în "
            "care aveți încredere.</p>",
        ),
        "report": "<p>Trimiteți mai departe e-mailurile false la "
        "<b>report@phishing.gov.uk</b>. Trimiteți SMS-urile false la <b>7726</b>. "
        "Este gratuit.</p>",
    },
    "courier-fraud": {
        "title": "Frauda cu curier",
        "summary": "Un infractor vă sună și spune că este de la poliție sau de la banca "
        "dumneavoastră. Trimite un curier să vă ia cardul, banii sau obiectele de "
        "valoare. Poliția adevărată nu face niciodată așa ceva.",
        "what": "Frauda cu curier înseamnă că cineva vă sună și se dă drept polițist sau "
        "angajat al băncii. Spune că are nevoie de ajutorul dumneavoastră. Apoi trimite "
        "pe cineva la dumneavoastră acasă să ia cardul bancar, banii, aurul sau "
        "bijuteriile.",
        "how": "Apelantul spune că este o problemă cu contul dumneavoastră. Poate spune că un "
        "angajat al băncii fură bani. Vă cere să păstrați secretul. Apoi un „curier” "
        "vine la ușă. Cardul și banii nu îi mai vedeți niciodată.",
        "signs": [
            "Apelantul spune că este de la poliție sau de la bancă.",
            "Vă cere codul PIN sau cardul bancar.",
            "Spune că va veni cineva să ia bani sau obiecte de valoare.",
            "Vă spune să nu vorbiți cu nimeni, nici măcar cu familia.",
        ],
        "steps": [
            "Închideți. Poliția și banca nu trimit niciodată un curier.",
            "Așteptați cinci minute înainte să folosiți din nou telefonul, sau folosiți alt "
            "telefon.",
            "Sunați la bancă la numărul de pe spatele cardului.",
            "Nu dați niciodată cardul, codul PIN sau bani cuiva la ușă.",
        ],
        "callout": (
            "Rețineți",
            "<p>Poliția nu vă va cere niciodată să o ajutați dându-i bani sau cardul bancar.</p>",
        ),
        "report": "<p>Dacă un curier vine acum spre casa dumneavoastră, sunați la <b>999</b>.</p>",
    },
    "if-you-have-been-scammed": {
        "title": "Ce să faceți dacă ați fost înșelat",
        "summary": "Dacă ați fost înșelat, acționați repede. Sunați la bancă, raportați "
        "frauda și vorbiți cu cineva în care aveți încredere.",
        "headings": {
            "what": "Nu este vina dumneavoastră",
            "how": "De ce trebuie să acționați repede",
            "signs": "Atenție la a doua înșelătorie",
            "steps": "Ce să faceți acum",
        },
        "what": "Infractorii își plănuiesc atent înșelătoriile. Oricine poate fi păcălit. Nu "
        "trebuie să vă fie rușine. Puteți primi ajutor.",
        "how": "Dacă acționați repede, banca poate opri o plată sau vă poate recupera banii. "
        "Raportarea infracțiunii ajută poliția să îi găsească pe infractori și să îi "
        "avertizeze pe alții.",
        "signs": [
            "Cineva se oferă să vă recupereze banii pierduți contra unei taxe.",
            "Un apelant spune că este avocat sau polițist și știe de pierderea dumneavoastră.",
            "Vi se cere o taxă ca să vă fie „deblocați” banii.",
        ],
        "steps": [
            "Sunați imediat la bancă, la numărul de pe spatele cardului.",
            "Schimbați-vă parolele, începând cu cea de la e-mail.",
            "Raportați la Report Fraud, online sau la telefon.",
            "Păstrați totul: mesaje, e-mailuri, chitanțe și numere de telefon.",
            "Vorbiți cu familia, cu un prieten sau cu Victim Support.",
        ],
        "callout": (
            "Sprijin gratuit",
            "<p>Victim Support vă poate ajuta, chiar dacă nu ați raportat "
            "infracțiunea. Sunați la <b>08 08 16 89 111</b>.</p>",
        ),
    },
}
