"""Welsh advice text."""

HEADINGS = {
    "what": "Beth ydyw",
    "how": "Sut mae'n gweithio",
    "signs": "Arwyddion rhybudd",
    "steps": "Sut i'ch diogelu eich hun",
}

REVISED_SUMMARIES = {
    "romance-fraud": (
        "Mae twyllwr rhamant yn esgus eich caru er mwyn i chi anfon arian atyn nhw. "
        "Peidiwch byth ag anfon arian at rywun rydych chi wedi'i gyfarfod ar-lein yn unig."
    ),
}

PAGES = {
    "phishing-emails-and-texts": {
        "title": "Negeseuon e-bost a thestun ffug (gwe-rwydo)",
        "summary": "Mae negeseuon e-bost a thestun ffug yn ceisio gwneud i chi glicio ar ddolen "
        "neu rannu eich manylion. Arhoswch a gwiriwch cyn clicio.",
        "what": "Gwe-rwydo yw pan fydd troseddwr yn anfon e-bost neu neges destun ffug. Mae'n "
        "edrych fel petai'n dod gan fanc, cwmni dosbarthu neu'r llywodraeth. Maen nhw "
        "eisiau eich cyfrineiriau, eich manylion banc neu eich arian.",
        "how": "Mae'r neges yn gofyn i chi glicio ar ddolen. Mae'r ddolen yn agor gwefan ffug "
        "sy'n edrych yn go iawn. Os byddwch chi'n teipio eich manylion, gall y troseddwr "
        "eu gweld. Mae rhai negeseuon yn dweud bod rhaid i chi weithredu'n gyflym, neu "
        "byddwch chi'n colli arian neu'n talu dirwy.",
        "signs": [
            "Mae'r neges yn dweud bod rhaid i chi weithredu nawr.",
            "Mae'n gofyn am eich cyfrinair, eich PIN neu eich manylion banc.",
            "Mae cyfeiriad neu rif yr anfonwr yn edrych yn rhyfedd.",
            "Mae'n dweud bod arnoch chi arian, neu eich bod wedi ennill gwobr.",
            "Mae dolen i wefan nad ydych chi'n ei hadnabod.",
        ],
        "steps": [
            "Peidiwch â chlicio ar ddolenni mewn negeseuon nad oeddech chi'n eu disgwyl.",
            "Ewch i wefan y cwmni eich hun, neu ffoniwch y rhif rydych chi'n ei wybod yn barod.",
            "Peidiwch byth â rhoi eich cyfrinair na'ch PIN i neb.",
            "Trowch ddilysu dau gam ymlaen ar gyfer eich e-bost a'ch banc.",
        ],
        "callout": (
            "Ddim yn siŵr?",
            "<p>Fydd eich banc byth yn gofyn am eich PIN llawn na'ch cyfrinair drwy "
            "e-bost neu neges destun. Os nad ydych chi'n siŵr, peidiwch ag ateb. "
            "Gofynnwch i rywun rydych chi'n ymddiried ynddyn nhw.</p>",
        ),
        "report": "<p>Anfonwch e-byst sgam ymlaen i <b>report@phishing.gov.uk</b>. Anfonwch "
        "negeseuon testun sgam ymlaen i <b>7726</b>. Mae am ddim.</p>",
    },
    "courier-fraud": {
        "title": "Twyll negesydd",
        "summary": "Mae troseddwr yn ffonio ac yn dweud ei fod o'r heddlu neu o'ch banc. Mae'n "
        "anfon negesydd i gasglu eich cerdyn, eich arian parod neu eich pethau "
        "gwerthfawr. Dydy'r heddlu go iawn byth yn gwneud hyn.",
        "what": "Twyll negesydd yw pan fydd rhywun yn eich ffonio ac yn esgus bod yn swyddog "
        "heddlu neu'n dod o'ch banc. Maen nhw'n dweud bod angen eich help arnyn nhw. "
        "Yna maen nhw'n anfon rhywun i'ch cartref i gasglu eich cerdyn banc, arian "
        "parod, aur neu emwaith.",
        "how": "Mae'r galwr yn dweud bod problem gyda'ch cyfrif banc. Efallai y bydd yn dweud "
        "bod gweithiwr banc yn dwyn arian. Mae'n gofyn i chi gadw'r peth yn gyfrinach. "
        "Yna mae \"negesydd\" yn dod at eich drws. Welwch chi mo'ch cerdyn na'ch arian "
        "byth eto.",
        "signs": [
            "Mae galwr yn dweud ei fod o'r heddlu neu o'ch banc.",
            "Mae'n gofyn am eich PIN neu eich cerdyn banc.",
            "Mae'n dweud y bydd rhywun yn dod i gasglu arian parod neu bethau gwerthfawr.",
            "Mae'n dweud wrthych chi am beidio â dweud wrth neb, hyd yn oed eich teulu.",
        ],
        "steps": [
            "Rhowch y ffôn i lawr. Fydd yr heddlu a'ch banc byth yn anfon negesydd.",
            "Arhoswch bum munud cyn defnyddio'r ffôn eto, neu defnyddiwch ffôn arall.",
            "Ffoniwch eich banc ar y rhif ar gefn eich cerdyn.",
            "Peidiwch byth â rhoi eich cerdyn, eich PIN nac arian parod i neb wrth y drws.",
        ],
        "callout": (
            "Cofiwch",
            "<p>Fydd yr heddlu byth yn gofyn i chi eu helpu drwy roi arian neu eich "
            "cerdyn banc iddyn nhw.</p>",
        ),
        "report": "<p>Os oes negesydd ar ei ffordd i'ch cartref nawr, ffoniwch <b>999</b>.</p>",
    },
    "romance-fraud": {
        "title": "Twyll rhamant",
        "summary": "Mae twyllwr rhamant yn esgus eich caru er mwyn i chi anfon arian atyn nhw.",
        "what": "Twyll rhamant yw pan fydd rhywun rydych chi'n ei gyfarfod ar-lein yn esgus "
        "ei fod yn poeni amdanoch chi. Dydyn nhw ddim pwy maen nhw'n dweud ydyn nhw. "
        "Maen nhw eisiau eich arian.",
        "how": "Rydych chi'n cyfarfod ar ap cariadon, ar gyfryngau cymdeithasol neu mewn gêm. "
        "Maen nhw'n siarad â chi bob dydd ac yn gwneud i chi deimlo'n arbennig. Ar ôl "
        "tipyn, maen nhw'n gofyn am arian. Efallai y byddan nhw'n dweud ei fod ar gyfer "
        "tocyn i ddod i'ch gweld chi, ar gyfer meddyg, neu ar gyfer problem busnes.",
        "signs": [
            "Maen nhw'n dweud eu bod yn eich caru yn fuan iawn.",
            "Mae ganddyn nhw reswm bob amser dros beidio â chyfarfod na gwneud galwad fideo.",
            "Maen nhw'n gofyn i chi gadw'r berthynas yn gyfrinach.",
            "Maen nhw'n gofyn am arian, cardiau rhodd neu arian cripto.",
        ],
        "steps": [
            "Peidiwch byth ag anfon arian at rywun rydych chi wedi'i gyfarfod ar-lein yn unig.",
            "Siaradwch â'ch teulu neu ffrindiau am eich partner newydd.",
            "Chwiliwch am eu lluniau ar-lein. Mae twyllwyr yn aml yn defnyddio lluniau wedi'u "
            "dwyn.",
            "Arhoswch ar sgwrs y wefan gariadon ei hun i ddechrau.",
        ],
        "callout": (
            "Dydych chi ddim ar eich pen eich hun",
            "<p>Gall unrhyw un gael ei dwyllo. Nid eich bai chi yw e. Siaradwch â "
            "rhywun rydych chi'n ymddiried ynddyn nhw.</p>",
        ),
    },
    "investment-fraud": {
        "title": "Twyll buddsoddi",
        "summary": "Mae twyllwyr yn cynnig buddsoddiad sy'n swnio'n rhy dda i fod yn wir. "
        "Rydych chi'n colli'r arian rydych chi'n ei roi i mewn.",
        "what": "Twyll buddsoddi yw pan fydd troseddwr yn gofyn i chi roi arian mewn rhywbeth "
        "sy'n ffug. Gall fod yn gyfranddaliadau, cripto, aur, gwin neu dir.",
        "how": "Rydych chi'n gweld hysbyseb ar-lein, yn cael galwad, neu'n cyfarfod rhywun ar "
        "gyfryngau cymdeithasol. Maen nhw'n addo y byddwch chi'n gwneud llawer o arian "
        "yn gyflym. Efallai y bydd gwefan yn dangos eich arian yn tyfu. Ond pan fyddwch "
        "chi'n ceisio ei dynnu allan, allwch chi ddim.",
        "signs": [
            "Maen nhw'n addo elw uchel heb ddim risg.",
            "Maen nhw'n dweud bod y cynnig yn dod i ben heddiw.",
            "Mae'n ymddangos bod rhywun enwog yn cefnogi'r cynnig.",
            "Maen nhw'n eich ffonio neu'n anfon neges yn annisgwyl.",
        ],
        "steps": [
            "Gwiriwch y cwmni ar Gofrestr yr FCA yn www.fca.org.uk.",
            "Gofynnwch am gyngor gan rywun rydych chi'n ymddiried ynddyn nhw cyn buddsoddi.",
            "Peidiwch byth â gadael i ddieithryn reoli eich cyfrifiadur.",
            "Cerddwch i ffwrdd os ydych chi'n teimlo dan bwysau.",
        ],
        "callout": (
            "Rhy dda i fod yn wir?",
            "<p>Os yw'n swnio'n rhy dda i fod yn wir, mae'n debyg nad yw'n wir.</p>",
        ),
    },
    "safe-account-scams": {
        "title": 'Galwadau gan heddlu a banciau ffug (sgamiau "cyfrif diogel")',
        "summary": "Mae troseddwyr yn esgus bod yn fanc i chi neu'n heddlu. Maen nhw'n dweud "
        'wrthych chi am symud eich arian i "gyfrif diogel". Nhw sy\'n berchen ar y '
        "cyfrif hwnnw.",
        "what": "Yn y sgam hwn, mae troseddwr yn esgus dod o'ch banc, o'r heddlu neu o gorff "
        "arall rydych chi'n ymddiried ynddo. Mae'n dweud bod eich arian mewn perygl. "
        "Mae'n dweud wrthych chi am ei symud.",
        "how": "Efallai y bydd rhif go iawn eich banc yn ymddangos ar y ffôn. Efallai y bydd y "
        "galwr yn gwybod eich enw a rhai o'ch manylion. Mae'n dweud bod rhywun yn dwyn "
        "o'ch cyfrif. Mae'n rhoi manylion cyfrif newydd i chi i gadw eich arian yn "
        '"ddiogel". Mae\'r arian yn mynd yn syth at y troseddwr.',
        "signs": [
            'Mae rhywun yn gofyn i chi symud arian i "gyfrif diogel".',
            "Maen nhw eisiau i chi weithredu'n gyflym.",
            "Maen nhw'n dweud wrthych chi am ddweud celwydd wrth eich banc am pam rydych chi'n "
            "talu.",
            "Maen nhw'n gofyn i chi ddarllen cod a anfonwyd i'ch ffôn.",
        ],
        "steps": [
            "Fydd eich banc na'r heddlu byth yn gofyn i chi symud arian.",
            "Rhowch y ffôn i lawr a ffoniwch eich banc ar y rhif ar gefn eich cerdyn.",
            "Peidiwch byth â rhannu cod untro o neges destun.",
            "Cymerwch eich amser. Bydd banc go iawn yn aros.",
        ],
        "callout": (
            "Ffoniwch 159",
            "<p>Gallwch ffonio <b>159</b> i gysylltu'n ddiogel â'ch banc. Mae'n "
            "gweithio i'r rhan fwyaf o fanciau'r DU.</p>",
        ),
    },
    "online-shopping-fraud": {
        "title": "Twyll siopa ar-lein",
        "summary": "Rydych chi'n talu am rywbeth ar-lein, ond dydy e byth yn cyrraedd, neu "
        "mae'n ffug.",
        "what": "Twyll siopa ar-lein yw pan fyddwch chi'n talu am nwyddau sydd ddim yn bodoli. "
        "Mae'n digwydd ar wefannau siopau ffug, ar gyfryngau cymdeithasol ac ar "
        "wefannau gwerthu.",
        "how": "Rydych chi'n gweld bargen wych, yn aml yn llawer rhatach nag arfer. Mae'r "
        "gwerthwr yn gofyn i chi dalu drwy drosglwyddiad banc. Ar ôl i chi dalu, mae'r "
        "gwerthwr yn stopio ateb. Dydy'r nwyddau byth yn dod.",
        "signs": [
            "Mae'r pris yn llawer is nag yn unrhyw le arall.",
            "Mae'r gwerthwr eisiau trosglwyddiad banc, nid taliad cerdyn.",
            "Mae'r wefan yn newydd neu does dim manylion cyswllt.",
            "Fydd y gwerthwr ddim yn gadael i chi weld yr eitem yn gyntaf.",
        ],
        "steps": [
            "Talwch â cherdyn credyd neu wasanaeth talu sy'n eich diogelu.",
            "Peidiwch â thalu drwy drosglwyddiad banc i rywun nad ydych chi'n ei adnabod.",
            "Darllenwch adolygiadau gan brynwyr eraill.",
            "Teipiwch gyfeiriad y siop eich hun yn lle clicio ar hysbyseb.",
        ],
        "callout": (
            "Talwch yn ddiogel",
            "<p>Mae cerdyn credyd yn rhoi mwy o ddiogelwch i chi os aiff rhywbeth o chwith.</p>",
        ),
    },
    "ticket-fraud": {
        "title": "Twyll tocynnau",
        "summary": "Tocynnau ffug ar gyfer cyngherddau, pêl-droed neu wyliau. Rydych chi'n "
        "talu, ond mae'r tocynnau'n ffug neu dydyn nhw byth yn dod.",
        "what": "Twyll tocynnau yw pan fydd rhywun yn gwerthu tocynnau i chi sy'n ffug neu "
        "sydd ddim yn bodoli. Mae'n digwydd yn aml pan fydd digwyddiad wedi gwerthu "
        "allan.",
        "how": "Mae troseddwyr yn rhoi tocynnau ar gyfryngau cymdeithasol neu'n creu gwefannau "
        "tocynnau ffug. Maen nhw'n gofyn i chi dalu drwy drosglwyddiad banc. Efallai y "
        "cewch chi docyn ffug, neu ddim byd o gwbl. Rydych chi'n darganfod hynny wrth y "
        "drws.",
        "signs": [
            "Mae'r digwyddiad wedi gwerthu allan, ond mae gan rywun docynnau o hyd.",
            "Mae'r gwerthwr yn gofyn am drosglwyddiad banc.",
            "Mae'r gwerthwr yn ddieithryn ar gyfryngau cymdeithasol.",
            "Nid y gwerthwr tocynnau swyddogol sydd biau'r wefan.",
        ],
        "steps": [
            "Prynwch gan y lleoliad, y trefnydd neu werthwr tocynnau swyddogol.",
            "Chwiliwch am logo STAR: mae ei aelodau'n dilyn cod ymddygiad.",
            "Talwch â cherdyn credyd.",
            "Byddwch yn ofalus gyda thocynnau sy'n cael eu gwerthu ar gyfryngau cymdeithasol.",
        ],
        "callout": (
            "Wedi gwerthu allan?",
            "<p>Arhoswch am ailwerthu swyddogol. Mae llawer o ddigwyddiadau'n gadael "
            "i ffans werthu tocynnau'n ddiogel.</p>",
        ),
    },
    "rental-fraud": {
        "title": "Twyll rhentu",
        "summary": "Mae landlord ffug yn gofyn am flaendal am gartref nad oes ganddo hawl i'w "
        "rentu.",
        "what": "Twyll rhentu yw pan fydd troseddwr yn hysbysebu cartref i'w rentu nad yw'n "
        "berchen arno, neu sydd ddim yn bodoli. Mae myfyrwyr a phobl sy'n newydd i'r "
        "DU yn aml yn cael eu targedu.",
        "how": "Mae'r hysbyseb yn edrych yn dda ac mae'r rhent yn isel. Mae'r \"landlord\" yn "
        "dweud ei fod dramor ac yn methu dangos y cartref i chi. Mae'n gofyn am "
        "flaendal a rhent y mis cyntaf. Ar ôl i chi dalu, mae'n diflannu.",
        "signs": [
            "Allwch chi ddim gweld y cartref cyn talu.",
            "Mae'r rhent yn llawer is nag ar gyfer cartrefi tebyg.",
            "Mae'r landlord yn gofyn am arian drwy drosglwyddiad banc neu arian parod.",
            "Maen nhw'n rhoi pwysau arnoch chi oherwydd bod \"llawer o bobl eisiau'r lle\".",
        ],
        "steps": [
            "Ewch i weld y cartref bob amser, neu drwy alwad fideo fyw.",
            "Defnyddiwch asiant gosod sy'n perthyn i gorff cydnabyddedig.",
            "Gwiriwch fod eich blaendal yn mynd i gynllun diogelu blaendal a gefnogir gan y "
            "llywodraeth.",
            "Peidiwch byth â thalu cyn i chi lofnodi cytundeb tenantiaeth.",
        ],
        "callout": (
            "Myfyrwyr",
            "<p>Gofynnwch i swyddfa llety eich prifysgol. Gallan nhw wirio landlord "
            "ar eich rhan.</p>",
        ),
        "report": "<p>Dywedwch wrth y wefan lle gwelsoch chi'r hysbyseb, er mwyn iddyn nhw ei "
        "thynnu i lawr.</p>",
    },
    "identity-theft": {
        "title": "Dwyn hunaniaeth",
        "summary": "Mae rhywun yn dwyn eich manylion personol ac yn eu defnyddio i agor "
        "cyfrifon neu fenthyg arian yn eich enw chi.",
        "what": "Dwyn hunaniaeth yw pan fydd troseddwr yn cael eich enw, eich dyddiad geni, "
        "eich cyfeiriad neu eich manylion banc. Mae'n eu defnyddio i esgus bod yn chi.",
        "how": "Efallai y bydd yn cael eich manylion o e-bost ffug, o'ch post neu o gyfryngau "
        "cymdeithasol. Yna mae'n gwneud cais am fenthyciadau, cardiau neu ffonau yn "
        "eich enw chi. Efallai mai dim ond pan ddaw bil y byddwch chi'n darganfod.",
        "signs": [
            "Llythyrau am fenthyciadau neu gyfrifon na wnaethoch chi eu hagor.",
            "Mae arian yn gadael eich cyfrif a dydych chi ddim yn gwybod pam.",
            "Mae eich post yn stopio cyrraedd eich cartref.",
            "Rydych chi'n cael eich gwrthod am gredyd heb reswm clir.",
        ],
        "steps": [
            "Rhwygwch lythyrau sydd â'ch enw a'ch cyfeiriad arnyn nhw cyn eu taflu.",
            "Gwiriwch eich cyfriflenni banc yn aml.",
            "Gwiriwch eich ffeil gredyd am ddim unwaith y flwyddyn.",
            "Rhannwch lai amdanoch chi eich hun ar gyfryngau cymdeithasol.",
        ],
        "callout": (
            "Wedi colli eich pasbort neu drwydded yrru?",
            "<p>Rhowch wybod ei fod ar goll ar unwaith, fel na all neb arall ei ddefnyddio.</p>",
        ),
    },
    "pension-fraud": {
        "title": "Twyll pensiwn",
        "summary": "Mae twyllwyr yn ceisio eich cael i symud eich pensiwn, neu ei dynnu allan "
        "yn gynnar. Gallwch chi golli popeth rydych chi wedi'i gynilo.",
        "what": "Twyll pensiwn yw pan fydd rhywun yn eich twyllo i symud eich cynilion pensiwn "
        "i gynllun ffug neu beryglus iawn.",
        "how": "Maen nhw'n eich ffonio, yn anfon llythyr neu'n dangos hysbyseb. Maen nhw'n "
        "cynnig adolygiad pensiwn am ddim neu'n dweud y gallwch chi dynnu eich arian "
        "allan cyn eich bod yn 55 oed. Maen nhw'n symud eich pensiwn, ac mae'r arian yn "
        "cael ei golli.",
        "signs": [
            "Mae rhywun nad ydych chi'n ei adnabod yn ffonio am eich pensiwn.",
            'Maen nhw\'n cynnig "adolygiad pensiwn am ddim".',
            "Maen nhw'n dweud y gallwch chi dynnu arian parod allan yn gynnar.",
            "Maen nhw'n addo elw uchel iawn dramor.",
        ],
        "steps": [
            "Rhowch y ffôn i lawr ar alwadau digroeso am bensiynau. Maen nhw'n anghyfreithlon.",
            "Gwiriwch y cwmni ar Gofrestr yr FCA.",
            "Cewch help diduedd am ddim gan MoneyHelper cyn penderfynu.",
            "Peidiwch byth â gadael i neb eich rhuthro.",
        ],
        "callout": (
            "Help am ddim",
            "<p>Mae MoneyHelper yn rhoi arweiniad pensiwn diduedd am ddim. Ffoniwch "
            "nhw ar <b>0800 011 3797</b>.</p>",
        ),
    },
    "doorstep-crime": {
        "title": "Troseddau ar garreg y drws",
        "summary": "Mae rhywun yn dod at eich drws ac yn cynnig gwaith nad oes ei angen arnoch "
        "chi, neu'n esgus bod yn swyddog er mwyn dod i mewn i'ch cartref.",
        "what": "Trosedd ar garreg y drws yw pan fydd dieithryn yn galw yn eich cartref i'ch "
        "twyllo. Mae rhai yn dweud bod angen gwaith ar eich to neu eich gardd. Mae "
        "eraill yn esgus dod o'r cwmni dŵr neu'r cyngor.",
        "how": "Mae masnachwr yn dweud ei fod wedi sylwi ar broblem gyda'ch cartref. Mae'n "
        "cynnig ei thrwsio heddiw. Mae'n codi llawer gormod, neu'n gwneud gwaith gwael. "
        "Mae rhai swyddogion ffug yn dod i mewn ac yn dwyn pan nad ydych chi'n edrych.",
        "signs": [
            "Mae masnachwr yn galw wrth eich drws heb i neb ofyn.",
            "Mae'n dweud bod rhaid gwneud y gwaith heddiw.",
            "Mae eisiau arian parod, neu'n cynnig mynd â chi i'r banc.",
            "Dydy rhywun ddim eisiau dangos cerdyn adnabod i chi.",
        ],
        "steps": [
            "Peidiwch ag agor y drws os nad ydych chi'n siŵr. Defnyddiwch gadwyn neu dwll sbïo.",
            "Gofynnwch am gerdyn adnabod, a'i wirio drwy ffonio'r cwmni ar rif rydych chi'n "
            "dod o hyd iddo eich hun.",
            "Peidiwch byth â chytuno i waith ar garreg y drws. Cewch dri phris.",
            'Rhowch arwydd "Dim galwyr digroeso" ar eich drws.',
        ],
        "callout": (
            "Cadwch lygad ar gymdogion",
            "<p>Os ydych chi'n gweld masnachwr yn rhoi pwysau ar gymydog hŷn, "
            "gwnewch yn siŵr ei fod yn iawn.</p>",
        ),
        "report": "<p>Os nad yw rhywun yn fodlon gadael, neu os ydych chi'n teimlo'n anniogel, "
        "ffoniwch <b>999</b>.</p>",
    },
    "if-you-have-been-scammed": {
        "title": "Beth i'w wneud os ydych chi wedi cael eich sgamio",
        "summary": "Os ydych chi wedi cael eich sgamio, gweithredwch yn gyflym. Ffoniwch eich "
        "banc, rhowch wybod amdano, a siaradwch â rhywun rydych chi'n ymddiried "
        "ynddyn nhw.",
        "headings": {
            "what": "Nid eich bai chi yw e",
            "how": "Pam y dylech chi weithredu'n gyflym",
            "signs": "Gwyliwch am ail sgam",
            "steps": "Beth i'w wneud nawr",
        },
        "what": "Mae troseddwyr yn cynllunio sgamiau'n ofalus. Gall unrhyw un gael ei dwyllo. "
        "Does dim angen i chi deimlo cywilydd. Gallwch chi gael help.",
        "how": "Os byddwch chi'n gweithredu'n gyflym, efallai y gall eich banc atal taliad neu "
        "gael eich arian yn ôl. Mae rhoi gwybod am y drosedd yn helpu'r heddlu i ddod o "
        "hyd i'r troseddwyr a rhybuddio pobl eraill.",
        "signs": [
            "Mae rhywun yn cynnig cael eich arian coll yn ôl am ffi.",
            "Mae galwr yn dweud ei fod yn gyfreithiwr neu'n heddlu ac yn gwybod am eich colled.",
            'Rydych chi\'n cael cais i dalu ffi i "ryddhau" eich arian.',
        ],
        "steps": [
            "Ffoniwch eich banc ar unwaith ar y rhif ar gefn eich cerdyn.",
            "Newidiwch eich cyfrineiriau, gan ddechrau gyda'ch e-bost.",
            "Rhowch wybod i Report Fraud ar-lein neu dros y ffôn.",
            "Cadwch bopeth: negeseuon, e-byst, derbynebau a rhifau ffôn.",
            "Siaradwch â'ch teulu, ffrind neu Cymorth i Ddioddefwyr.",
        ],
        "callout": (
            "Cymorth am ddim",
            "<p>Gall Cymorth i Ddioddefwyr eich helpu, hyd yn oed os nad ydych chi "
            "wedi rhoi gwybod am y drosedd. Ffoniwch <b>08 08 16 89 111</b>.</p>",
        ),
    },
}
