"""Demo alerts in Welsh (every alert; FA-2026-0009 deliberately keeps its first summary)."""

TEXTS = {
    "FA-2026-0001": {
        "title": "Tocynnau ffug ar gyfer cyngherddau'r haf yn cael eu gwerthu ar y cyfryngau "
                 "cymdeithasol",
        "summary": "Mae pobl ym Manceinion Fwyaf wedi colli arian wrth brynu tocynnau cyngerdd "
                   "gan ddieithriaid ar y cyfryngau cymdeithasol. Ni chyrhaeddodd y tocynnau, "
                   "neu roedden nhw'n ffug.",
        "body": "<p>Ers mis Mai, rydym wedi cael mwy nag 80 o adroddiadau am docynnau ffug ar "
                "gyfer cyngherddau mewn stadia ym Manceinion. Mae gwerthwyr yn postio mewn "
                "grwpiau ffans ac ar y cyfryngau cymdeithasol, gan ddweud na allan nhw fynd "
                "mwyach. Maen nhw'n gofyn am daliad drwy drosglwyddiad banc, ac yna'n peidio ag "
                "ateb.</p><ul><li>Dim ond trosglwyddiad banc y bydd y gwerthwr yn ei "
                "dderbyn.</li><li>Mae'r pris yn isel ar gyfer digwyddiad sydd wedi gwerthu "
                "allan, neu rydych chi'n cael eich gwthio i benderfynu ar unwaith.</li><li>Mae "
                "cyfrif y gwerthwr yn newydd, neu does ganddo fawr o ffrindiau na "
                "negeseuon.</li></ul>",
        "what_to_do": "<ul><li>Prynwch docynnau gan y lleoliad, y gwerthwr tocynnau swyddogol "
                      "neu safle ailwerthu sy'n aelod o gorff cydnabyddedig yn y diwydiant yn "
                      "unig.</li><li>Talwch â cherdyn credyd os gallwch chi: mae'n rhoi mwy o "
                      "ddiogelwch i chi.</li><li>Os ydych chi wedi talu, cysylltwch â'ch banc ar "
                      "unwaith a rhowch wybod i Report Fraud ar 0300 123 2040.</li></ul>",
    },
    "FA-2026-0002": {
        "title": "Negeseuon e-bost a thestun yn addo ad-daliad treth gan CThEF",
        "summary": "Mae negeseuon yn honni bod ad-daliad treth yn ddyledus i chi ac yn gofyn i "
                   "chi roi eich manylion banc ar wefan. Nid yw CThEF byth yn rhoi gwybod i chi "
                   "am ad-daliad fel hyn.",
        "body": "<p>Mae'r negeseuon yn defnyddio logo CThEF ac yn dweud bod ad-daliad yn "
                "ddyledus i chi, yn aml o ychydig gannoedd o bunnoedd. Mae'r ddolen yn arwain at "
                "gopi o wefan y llywodraeth sy'n gofyn am fanylion eich cerdyn, eich manylion "
                "mewngofnodi i'ch banc neu eich cyfrinair Porth y Llywodraeth.</p><ul><li>Nid "
                "yw CThEF byth yn rhoi gwybod am ad-daliad treth drwy e-bost na neges "
                "destun.</li><li>Rydych chi'n cael gwybod bod rhaid gweithredu o fewn 24 neu 48 "
                "awr.</li><li>Nid yw'r cyfeiriad gwe yn gorffen gyda gov.uk.</li></ul>",
        "what_to_do": "<ul><li>Peidiwch â chlicio ar y ddolen nac ateb.</li><li>Anfonwch "
                      "negeseuon e-bost ymlaen at phishing@hmrc.gov.uk a negeseuon testun at "
                      "60599.</li><li>Os rhoesoch eich manylion, ffoniwch eich banc ar y rhif "
                      "sydd ar gefn eich cerdyn.</li></ul>",
    },
    "FA-2026-0003": {
        "title": "Gofyn i fyfyrwyr am flaendaliadau ar ystafelloedd nad ydynt yn bodoli",
        "summary": "Mae myfyrwyr sy'n chwilio am ystafelloedd yn Birmingham a Coventry yn cael "
                   "cais i dalu blaendal a mis o rent am gartrefi nad yw'r 'landlord' yn berchen "
                   "arnynt.",
        "body": "<p>Mae'r hysbysebion yn ymddangos ar y cyfryngau cymdeithasol, ar wefannau "
                "rhannu fflat ac mewn grwpiau myfyrwyr, gyda lluniau wedi'u copïo o hysbysebion "
                "go iawn. Mae'r 'landlord' yn dweud ei fod dramor ac na all ddangos yr ystafell, "
                "ond y bydd yn postio'r allweddi unwaith y byddwch wedi talu. Myfyrwyr "
                "rhyngwladol nad ydynt yn y DU eto yw'r prif darged.</p><ul><li>Allwch chi ddim "
                "gweld yr ystafell, wyneb yn wyneb nac ar alwad fideo fyw.</li><li>Rydych chi'n "
                "cael cais i dalu drwy drosglwyddiad banc cyn llofnodi dim.</li><li>Mae'r rhent "
                "yn llawer is nag ar gyfer ystafelloedd tebyg gerllaw.</li></ul>",
        "what_to_do": "<ul><li>Peidiwch byth â thalu cyn i chi, neu rywun rydych chi'n "
                      "ymddiried ynddo, weld yr ystafell a gwirio pwy yw'r landlord.</li><li>"
                      "Holwch swyddfa llety eich prifysgol: mae gan lawer restr o landlordiaid "
                      "cymeradwy.</li><li>Os ydych chi wedi talu, dywedwch wrth eich banc ar "
                      "unwaith a rhowch wybod i Report Fraud.</li></ul>",
    },
    "FA-2026-0004": {
        "title": "Llythyrau am ad-daliad ynni gan y cyngor",
        "summary": "Efallai nad gan eich cyngor y daw llythyrau sy'n gofyn i breswylwyr "
                   "gofrestru ar-lein am ad-daliad ynni o £150. Rydym yn gwirio.",
        "body": "<p>Mae preswylwyr wedi dweud wrthym am lythyrau sy'n gofyn iddynt gofrestru am "
                "ad-daliad ynni o £150 ar wefan, gan ddefnyddio cyfeirnod sydd wedi'i argraffu "
                "ar y llythyr. Rydym yn gwirio a yw'r llythyrau'n ddilys.</p><ul><li>Gwnewch yn "
                "siŵr bod y cyfeiriad gwe yn y llythyr yn gorffen gyda .gov.uk.</li><li>Ni fydd "
                "eich cyngor byth yn gofyn am gyfrinair eich banc na'ch PIN.</li></ul>",
        "what_to_do": "<ul><li>Os nad ydych chi'n siŵr, ffoniwch eich cyngor ar y rhif sydd ar "
                      "ei wefan neu ar eich bil treth gyngor, nid rhif sydd yn y "
                      "llythyr.</li></ul>",
        "withdrawn_reason": "Tynnwyd yn ôl ar 4 Medi 2026: mae'r cyngor wedi cadarnhau bod y "
                            "llythyrau'n ddilys. Gallwch gofrestru am yr ad-daliad fel mae'r "
                            "llythyr yn ei egluro.",
    },
    "FA-2026-0005": {
        "title": "Twyll rhamant ar apiau dêtio: argyfyngau a 'buddsoddiadau'",
        "summary": "Mae twyllwyr ar apiau dêtio yn gofyn i bobl maen nhw wedi'u cyfarfod yno am "
                   "arian ar gyfer biliau meddygol neu deithio, neu i ymuno â 'buddsoddiad' "
                   "arian cyfred digidol. Mae dioddefwyr wedi colli eu cynilion.",
        "body": "<p>Mae'r twyllwyr yn sgwrsio am wythnosau neu fisoedd ac yn ennill eich "
                "ymddiriedaeth. Maen nhw'n aml yn dweud eu bod yn gweithio dramor: ar rig olew, "
                "yn y fyddin neu fel meddyg gydag elusen. Yna mae problem yn codi na all dim ond "
                "arian ei datrys, neu maen nhw'n cynnig dangos i chi sut maen nhw'n gwneud arian "
                "drwy fasnachu.</p><ul><li>Maen nhw'n symud y sgwrs yn gyflym o'r ap dêtio i "
                "WhatsApp neu ap arall.</li><li>Mae ganddyn nhw bob amser reswm dros beidio â "
                "chwrdd na throi eu camera ymlaen.</li><li>Maen nhw'n gofyn i chi gadw'r "
                "berthynas yn gyfrinach, neu i anfon arian, cardiau rhodd neu arian cyfred "
                "digidol.</li></ul>",
        "what_to_do": "<ul><li>Peidiwch byth ag anfon arian na rhoi eich manylion banc i rywun "
                      "rydych chi ond wedi'i gyfarfod ar-lein.</li><li>Siaradwch â ffrind neu "
                      "berthynas rydych chi'n ymddiried ynddo: mae twyllwyr yn dibynnu ar "
                      "gyfrinachedd.</li><li>Os ydych chi wedi anfon arian, dywedwch wrth eich "
                      "banc ar unwaith a rhowch wybod i Report Fraud.</li></ul>",
    },
    "FA-2026-0006": {
        "title": "Galwadau sy'n honni eu bod gan dîm twyll Banc Northgate",
        "summary": "Mae galwyr yn dweud eu bod o dîm twyll Banc Northgate a bod rhywun yn "
                   "ymosod ar eich cyfrif. Maen nhw'n gofyn i chi ddarllen cod mynediad untro "
                   "iddyn nhw.",
        "body": "<p>Mae cwsmeriaid Banc Northgate yn cael galwadau o rifau sy'n edrych fel "
                "rhifau'r banc ei hun. Mae'r galwr yn gwybod eich enw a rhai o'ch manylion, ac yn "
                "dweud bod rhywun yn ceisio cymryd arian o'ch cyfrif. I'w 'atal', mae'n gofyn am "
                "y cod mae'r banc newydd ei anfon atoch mewn neges destun. Mae'r cod hwnnw'n "
                "gadael iddyn nhw gymeradwyo taliad.</p><ul><li>Ni fydd eich banc byth yn gofyn "
                "i chi ddarllen cod a anfonwyd mewn neges destun.</li><li>Gellir ffugio'r rhif "
                "sy'n ymddangos ar eich ffôn.</li></ul>",
        "what_to_do": "<ul><li>Rhowch y ffôn i lawr. Ffoniwch 159 i gysylltu â'ch banc yn "
                      "ddiogel, neu defnyddiwch y rhif ar gefn eich cerdyn.</li><li>Os ydych chi "
                      "wedi rhannu cod, ffoniwch eich banc ar unwaith.</li></ul>",
    },
    "FA-2026-0007": {
        "title": "Galwadau diwahoddiad yn cynnig 'datgloi' eich pensiwn yn gynnar",
        "summary": "Mae pobl yn yr Alban yn cael galwadau a hysbysebion ar-lein sy'n cynnig "
                   "rhyddhau arian pensiwn cyn 55 oed, neu ei symud i fuddsoddiadau tramor ag "
                   "elw 'gwarantedig'.",
        "body": "<p>Mae'r galwyr yn cynnig adolygiad pensiwn am ddim ac yn dweud y gallwch "
                "gymryd cyfandaliad mawr nawr, neu ennill 8% y flwyddyn neu fwy. Mae'r arian yn "
                "mynd i gynlluniau dramor, fel gwestai, unedau storio neu goedwigaeth, sy'n "
                "anodd eu gwirio. Mae pobl yn colli'r rhan fwyaf o'u cynilion, a gallant fod "
                "mewn dyled treth o fwy na hanner yr hyn a gymerwyd allan.</p><ul><li>Galwadau, "
                "negeseuon e-bost neu negeseuon testun diwahoddiad am eich pensiwn: mae'r rhain "
                "wedi'u gwahardd.</li><li>Honiadau y gallwch gael eich pensiwn cyn 55 "
                "oed.</li><li>Pwysau i lofnodi'n gyflym, neu negesydd yn cael ei anfon gyda "
                "phapurau i'w llofnodi.</li></ul>",
        "what_to_do": "<ul><li>Rhowch y ffôn i lawr ar alwadau diwahoddiad am eich "
                      "pensiwn.</li><li>Cyn newid eich pensiwn, mynnwch arweiniad am ddim gan "
                      "Pension Wise a gwiriwch unrhyw gwmni ar gofrestr yr FCA.</li><li>Rhowch "
                      "wybod i Heddlu'r Alban ar 101.</li></ul>",
    },
    "FA-2026-0008": {
        "title": "Hysbysebion buddsoddi crypto gyda chymeradwyaeth ffug gan enwogion",
        "summary": "Mae hysbysebion ar y cyfryngau cymdeithasol ac ar wefannau sy'n edrych fel "
                   "gwefannau newyddion yn dangos cyflwynwyr a phobl fusnes adnabyddus yn "
                   "'argymell' platfform arian cyfred digidol. Mae'r gymeradwyaeth yn ffug, ac "
                   "mae'r platfform yn cymryd eich arian.",
        "body": "<p>Mae'r hysbysebion yn arwain at erthyglau sy'n edrych fel tudalennau newyddion "
                "go iawn, weithiau gyda fideos ffug wedi'u gwneud â deallusrwydd artiffisial. "
                "Gofynnir i chi roi £250 i ddechrau. Yna mae 'rheolwr cyfrif personol' yn "
                "ffonio, yn dangos eich elw'n tyfu ar sgrin ac yn eich perswadio i fuddsoddi "
                "rhagor, weithiau drwy osod meddalwedd sy'n gadael iddyn nhw reoli eich "
                "cyfrifiadur. Pan geisiwch dynnu arian allan, dywedir wrthych fod rhaid talu "
                "'ffioedd' neu 'drethi' yn gyntaf.</p><ul><li>Rhywun enwog yn addo elw hawdd, "
                "gwarantedig.</li><li>Ceisiadau i osod apiau mynediad o bell fel "
                "AnyDesk.</li><li>Gorfod talu cyn y gallwch dynnu eich arian eich hun "
                "allan.</li></ul>",
        "what_to_do": "<ul><li>Peidiwch â buddsoddi drwy hysbyseb ar y cyfryngau cymdeithasol. "
                      "Gwiriwch unrhyw gwmni ar gofrestr yr FCA a Rhestr Rybuddio'r "
                      "FCA.</li><li>Peidiwch byth â gadael i alwr reoli eich "
                      "cyfrifiadur.</li><li>Os ydych chi wedi talu, cysylltwch â'ch banc ar "
                      "unwaith a rhowch wybod i Report Fraud. Gochelwch rhag cwmnïau 'adfer' "
                      "sy'n cynnig cael eich arian yn ôl am ffi: yr un troseddwyr ydyn nhw'n "
                      "aml.</li></ul>",
    },
    "FA-2026-0009": {
        "title": "Towyr twyllodrus yn galw mewn cartrefi ar ôl y stormydd",
        "summary": "Ers y stormydd, mae galwyr diwahoddiad yn Abertawe wedi bod yn cynnig "
                   "trwsio toeon a ffensys ac yn gofyn am arian parod ymlaen llaw. Peidiwch â "
                   "chytuno i waith ar garreg y drws.",
        "body": "<p>Mae'r galwyr yn dweud eu bod wedi sylwi ar deils rhydd neu simnai wedi'i "
                "difrodi, yn aml rywle na allwch chi ei weld. Maen nhw'n gofyn am flaendal mewn "
                "arian parod i 'brynu deunyddiau', ac yna naill ai'n peidio â dod yn ôl neu'n "
                "gwneud gwaith gwael ac yn mynnu llawer mwy o arian. Mae rhai wedi cynnig gyrru "
                "preswylwyr hŷn i'r banc.</p><ul><li>Mae rhywun yn curo'r drws heb wahoddiad ac "
                "yn dweud bod angen trwsio'ch cartref ar frys.</li><li>Maen nhw eisiau arian "
                "parod, heddiw.</li><li>Dydyn nhw ddim yn rhoi dyfynbris ysgrifenedig, cyfeiriad "
                "na rhif llinell dir.</li></ul>",
        "what_to_do": "<ul><li>Dywedwch na a chaewch y drws. Gofynnwch am ddyfynbrisiau gan "
                      "fasnachwyr lleol rydych chi wedi'u dewis eich hun.</li><li>Peidiwch byth "
                      "â mynd i'r banc gyda masnachwr.</li><li>Os ydych chi'n teimlo dan "
                      "fygythiad, ffoniwch 999. Fel arall, rhowch wybod i Heddlu De Cymru ar "
                      "101.</li></ul>",
    },
    "FA-2026-0010": {
        "title": "Negeseuon 'Haia Mam' o rif newydd",
        "summary": "Mae rhieni'n cael negeseuon WhatsApp o rif anhysbys: 'Haia Mam, dw i wedi "
                   "torri fy ffôn, dyma fy rhif newydd', ac yna cais brys i dalu bil.",
        "body": "<p>Mae'r neges fel petai'n dod gan eich mab neu eich merch. Cyn hir maen nhw'n "
                "dweud na allan nhw ddefnyddio eu ap bancio ar y ffôn newydd, ac yn gofyn i chi "
                "dalu bil brys ar eu rhan i gyfrif nad yw'n eiddo iddyn nhw. Mae rhai bellach yn "
                "anfon neges lais sy'n swnio fel eich plentyn, wedi'i gwneud â deallusrwydd "
                "artiffisial.</p><ul><li>Neges o rif anhysbys gan rywun sy'n honni ei fod yn "
                "aelod o'r teulu.</li><li>Cais brys am arian, i gyfrif yn enw rhywun "
                "arall.</li><li>Esgusodion pam na allan nhw siarad ar y ffôn.</li></ul>",
        "what_to_do": "<ul><li>Arhoswch, a ffoniwch eich plentyn ar y rhif sydd gennych chi ar "
                      "ei gyfer yn barod.</li><li>Cytunwch ar gyfrinair teuluol mai dim ond chi "
                      "sy'n ei wybod.</li><li>Rhowch wybod am y neges yn WhatsApp a rhwystrwch y "
                      "rhif. Os ydych chi wedi talu, ffoniwch eich banc ar 159.</li></ul>",
    },
    "FA-2026-0011": {
        "title": "Negeseuon testun ffug am barseli yn gofyn am ffi ailddanfon",
        "summary": "Mae negeseuon testun yn dweud nad oedd modd danfon parsel ac yn gofyn i chi "
                   "dalu ffi fach i drefnu eto. Mae'r ddolen yn arwain at wefan ffug sy'n dwyn "
                   "manylion eich cerdyn.",
        "body": "<p>Mae'r negeseuon yn edrych fel petaen nhw'n dod gan y Post Brenhinol, Evri "
                "neu gwmni danfon arall, ac yn gofyn am ffi o tua £1.50. Abwyd yw'r swm bach: "
                "mae'r wefan yn casglu manylion eich cerdyn, ac efallai y bydd troseddwyr wedyn "
                "yn ffonio gan esgus eu bod o'ch banc.</p><ul><li>Doeddech chi ddim yn disgwyl "
                "parsel, neu dydy'r neges ddim yn dweud pwy a'i hanfonodd.</li><li>Dydy'r ddolen "
                "ddim yn mynd i wefan go iawn y cwmni danfon.</li><li>Rydych chi'n cael cais am "
                "fanylion llawn eich cerdyn i dalu ffi fach.</li></ul>",
        "what_to_do": "<ul><li>Peidiwch â chlicio ar y ddolen. Gwiriwch eich parseli yn ap neu "
                      "ar wefan y cwmni ei hun.</li><li>Anfonwch negeseuon testun sgam ymlaen at "
                      "7726, ac yna eu dileu.</li><li>Os rhoesoch fanylion eich cerdyn, ffoniwch "
                      "eich banc ar y rhif sydd ar gefn eich cerdyn.</li></ul>",
    },
    "FA-2026-0012": {
        "title": "Galwyr yn esgus bod yn swyddogion heddlu yn gofyn i bobl hŷn am arian parod",
        "summary": "Yng ngogledd a gorllewin Llundain, mae galwyr sy'n honni eu bod yn dditectifs "
                   "yn dweud wrth bobl hŷn fod eu banc dan ymchwiliad, ac yn gofyn iddynt dynnu "
                   "arian parod allan i negesydd ei gasglu.",
        "body": "<p>Mae'r galwr yn dweud ei fod yn swyddog heddlu sy'n ymchwilio i dwyll yn eich "
                "banc, ac na ellir ymddiried yn y staff yno. Mae'n gofyn i chi helpu drwy dynnu "
                "arian parod allan neu brynu aur, a dweud wrth y banc mai ar gyfer gwaith "
                "adeiladu y mae. Yna mae 'negesydd yr heddlu' yn dod i'ch cartref i'w gasglu "
                "'fel tystiolaeth'. Mae dioddefwyr wedi colli rhwng £3,000 a "
                "£40,000.</p><ul><li>Ni fydd yr heddlu byth yn gofyn i chi dynnu arian allan "
                "na'i roi i neb.</li><li>Mae'r galwr yn dweud wrthych am beidio â dweud wrth "
                "neb, dim hyd yn oed eich banc na'ch teulu.</li><li>Maen nhw'n dweud wrthych am "
                "roi'r ffôn i lawr a ffonio 999 i wirio, ond yn aros ar y lein, felly rydych "
                "chi'n eu cyrraedd nhw eto.</li></ul>",
        "what_to_do": "<ul><li>Rhowch y ffôn i lawr. Arhoswch bum munud, neu defnyddiwch ffôn "
                      "arall, cyn ffonio unrhyw un.</li><li>Ffoniwch yr heddlu ar 101 i wirio, "
                      "neu 999 os oes rhywun ar ei ffordd i gasglu arian.</li><li>Siaradwch â "
                      "pherthnasau a chymdogion hŷn am y sgam hwn.</li></ul>",
        "updates": [
            "Cafodd dau o bobl eu harestio yn Harrow ar 2 Tachwedd ar ôl i negesydd gael ei "
            "stopio wrth gasglu £12,000 gan fenyw yn ei hwythdegau. Mae galwadau'n dal i gael eu "
            "riportio.",
            "Mae galwyr bellach hefyd yn honni eu bod o'r Awdurdod Ymddygiad Ariannol. Mae'r "
            "cyngor yr un fath: rhowch y ffôn i lawr a ffoniwch 101.",
        ],
    },
    "FA-2026-0013": {
        "title": "Sgam y 'cyfrif diogel': galwyr o'ch 'banc' yn gofyn i chi symud arian",
        "summary": "Mae'r rhybudd hwn yn disodli FA-2026-0006. Mae galwyr sy'n honni eu bod o "
                   "dîm twyll eich banc, bellach hefyd drwy neges destun a galwad fideo, yn "
                   "dweud bod eich cyfrif mewn perygl ac yn gofyn i chi symud eich arian i "
                   "'gyfrif diogel'. Does dim y fath beth.",
        "body": "<p>Mae'r twyllwyr yn ffugio rhif ffôn y banc, yn gwybod eich manylion personol "
                "ac yn swnio'n broffesiynol. Efallai y byddan nhw'n anfon neges destun am daliad "
                "amheus yn gyntaf, ac yna'n ffonio. Mae rhai bellach yn defnyddio galwadau fideo "
                "sy'n dangos swyddfa neu gerdyn staff ffug. Maen nhw'n gofyn i chi symud eich "
                "cynilion i gyfrif newydd 'yn eich enw chi' i'w cadw'n ddiogel, neu i ddarllen "
                "cod mynediad iddyn nhw. Y troseddwyr sy'n berchen ar y cyfrif.</p><ul><li>Ni "
                "fydd unrhyw fanc byth yn gofyn i chi symud arian i 'gyfrif diogel'.</li><li>Ni "
                "fydd unrhyw fanc yn gofyn i chi ddarllen cod mynediad na dweud eich "
                "PIN.</li><li>Rydych chi'n cael eich rhybuddio i beidio ag ymddiried yn y staff "
                "yn eich cangen.</li></ul>",
        "what_to_do": "<ul><li>Rhowch y ffôn i lawr a ffoniwch 159, neu'r rhif ar gefn eich "
                      "cerdyn.</li><li>Os ydych chi wedi symud arian, ffoniwch eich banc ar "
                      "unwaith: gorau po gyntaf y gwnewch chi hynny er mwyn cael yr arian yn "
                      "ôl.</li><li>Rhowch wybod i Report Fraud ar 0300 123 2040.</li></ul>",
    },
}
