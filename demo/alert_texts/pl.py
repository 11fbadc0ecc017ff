"""Demo alerts in Polish (every alert)."""

TEXTS = {
    "FA-2026-0001": {
        "title": "Fałszywe bilety na letnie koncerty sprzedawane w mediach społecznościowych",
        "summary": "Mieszkańcy Wielkiego Manchesteru stracili pieniądze, kupując bilety na "
                   "koncerty od nieznajomych w mediach społecznościowych. Bilety nigdy nie "
                   "dotarły albo okazały się fałszywe.",
        "body": "<p>Od maja otrzymaliśmy ponad 80 zgłoszeń dotyczących fałszywych biletów na "
                "koncerty na stadionach w Manchesterze. Sprzedający publikują ogłoszenia w "
                "grupach fanów i w mediach społecznościowych, twierdząc, że nie mogą już pójść na "
                "koncert. Proszą o zapłatę przelewem, a potem przestają odpowiadać.</p><ul><li>"
                "Sprzedający przyjmuje wyłącznie przelew bankowy.</li><li>Cena jest niska jak "
                "na wyprzedane wydarzenie albo słyszysz, że musisz zdecydować od razu.</li><li>"
                "Konto sprzedającego jest nowe albo ma niewielu znajomych i mało wpisów.</li>"
                "</ul>",
        "what_to_do": "<ul><li>Kupuj bilety tylko u organizatora, w oficjalnej sprzedaży albo w "
                      "serwisie odsprzedaży należącym do uznanej organizacji branżowej.</li><li>"
                      "Jeśli możesz, płać kartą kredytową: daje ona lepszą ochronę.</li><li>Jeśli "
                      "już zapłaciłeś, natychmiast skontaktuj się z bankiem i zgłoś sprawę do "
                      "Report Fraud pod numerem 0300 123 2040.</li></ul>",
    },
    "FA-2026-0002": {
        "title": "E-maile i SMS-y obiecujące zwrot podatku od HMRC",
        "summary": "Wiadomości twierdzą, że należy Ci się zwrot podatku, i proszą o podanie "
                   "danych bankowych na stronie internetowej. HMRC nigdy nie informuje o zwrocie "
                   "w ten sposób.",
        "body": "<p>Wiadomości mają logo HMRC (brytyjskiego urzędu skarbowego) i informują o "
                "zwrocie, często w wysokości kilkuset funtów. Link prowadzi do kopii strony "
                "rządowej, która prosi o dane karty, login do bankowości lub hasło do Government "
                "Gateway.</p><ul><li>HMRC nigdy nie informuje o zwrocie podatku e-mailem ani "
                "SMS-em.</li><li>Masz działać w ciągu 24 lub 48 godzin.</li><li>Adres strony "
                "nie kończy się na gov.uk.</li></ul>",
        "what_to_do": "<ul><li>Nie klikaj w link i nie odpowiadaj.</li><li>Przekaż e-mail na "
                      "adres phishing@hmrc.gov.uk, a SMS na numer 60599.</li><li>Jeśli podałeś "
                      "swoje dane, zadzwoń do banku pod numer z odwrotu karty.</li></ul>",
    },
    "FA-2026-0003": {
        "title": "Studenci proszeni o kaucję za pokoje, które nie istnieją",
        "summary": "Studenci szukający pokoi w Birmingham i Coventry są proszeni o wpłatę kaucji "
                   "i czynszu za miesiąc za mieszkania, które nie należą do „właściciela”.",
        "body": "<p>Ogłoszenia pojawiają się w mediach społecznościowych, w serwisach z pokojami "
                "do wynajęcia i w grupach studenckich, ze zdjęciami skopiowanymi z prawdziwych "
                "ofert. „Właściciel” twierdzi, że jest za granicą i nie może pokazać pokoju, ale "
                "wyśle klucze pocztą po wpłacie. Głównym celem są studenci z zagranicy, którzy "
                "jeszcze nie przyjechali do Wielkiej Brytanii.</p><ul><li>Nie możesz obejrzeć "
                "pokoju ani osobiście, ani podczas rozmowy wideo na żywo.</li><li>Masz zapłacić "
                "przelewem, zanim cokolwiek podpiszesz.</li><li>Czynsz jest dużo niższy niż za "
                "podobne pokoje w okolicy.</li></ul>",
        "what_to_do": "<ul><li>Nigdy nie płać, zanim Ty lub zaufana osoba nie obejrzycie pokoju "
                      "i nie sprawdzicie tożsamości właściciela.</li><li>Zapytaj w biurze "
                      "zakwaterowania swojej uczelni: wiele z nich prowadzi listę sprawdzonych "
                      "wynajmujących.</li><li>Jeśli już zapłaciłeś, od razu powiadom bank i "
                      "zgłoś sprawę do Report Fraud.</li></ul>",
    },
    "FA-2026-0004": {
        "title": "Listy w sprawie dopłaty do energii od rady gminy",
        "summary": "Listy zachęcające mieszkańców do rejestracji w internecie po dopłatę do "
                   "energii w wysokości 150 funtów mogą nie pochodzić od Twojej rady gminy. "
                   "Sprawdzamy to.",
        "body": "<p>Mieszkańcy zgłaszają nam listy z prośbą o rejestrację na stronie internetowej "
                "po dopłatę do energii w wysokości 150 funtów, z użyciem numeru referencyjnego "
                "wydrukowanego w liście. Sprawdzamy, czy listy są prawdziwe.</p><ul><li>Upewnij "
                "się, że adres strony w liście kończy się na .gov.uk.</li><li>Rada gminy nigdy "
                "nie poprosi o hasło do banku ani o PIN.</li></ul>",
        "what_to_do": "<ul><li>W razie wątpliwości zadzwoń do rady gminy pod numer podany na jej "
                      "stronie lub na rachunku za podatek lokalny (council tax), a nie pod numer "
                      "z listu.</li></ul>",
        "withdrawn_reason": "Wycofane 4 września 2026 r.: rada gminy potwierdziła, że listy są "
                            "prawdziwe. Możesz zarejestrować się po dopłatę zgodnie z instrukcją "
                            "w liście.",
    },
    "FA-2026-0005": {
        "title": "Oszustwa „na miłość” w aplikacjach randkowych: nagłe wypadki i „inwestycje”",
        "summary": "Osoby poznane w aplikacjach randkowych proszą o pieniądze na leczenie lub "
                   "podróż albo namawiają do „inwestycji” w kryptowaluty. Poszkodowani stracili "
                   "oszczędności życia.",
        "body": "<p>Oszuści piszą z Tobą tygodniami lub miesiącami i zdobywają Twoje zaufanie. "
                "Często twierdzą, że pracują za granicą: na platformie wiertniczej, w wojsku "
                "albo jako lekarz w organizacji charytatywnej. Potem pojawia się problem, który "
                "mogą rozwiązać tylko pieniądze, albo proponują, że pokażą Ci, jak zarabiają na "
                "inwestycjach.</p><ul><li>Szybko przenoszą rozmowę z aplikacji randkowej na "
                "WhatsAppa lub inny komunikator.</li><li>Zawsze mają powód, żeby się nie "
                "spotkać ani nie włączyć kamery.</li><li>Proszą, żebyś zachował związek w "
                "tajemnicy, albo o przesłanie pieniędzy, kart podarunkowych lub "
                "kryptowalut.</li></ul>",
        "what_to_do": "<ul><li>Nigdy nie wysyłaj pieniędzy ani nie podawaj danych bankowych "
                      "komuś, kogo znasz tylko z internetu.</li><li>Porozmawiaj z zaufanym "
                      "przyjacielem lub kimś z rodziny: oszuści liczą na tajemnicę.</li><li>"
                      "Jeśli już wysłałeś pieniądze, od razu powiadom bank i zgłoś sprawę do "
                      "Report Fraud.</li></ul>",
    },
    "FA-2026-0006": {
        "title": "Telefony rzekomo od działu ds. oszustw Northgate Bank",
        "summary": "Dzwoniący twierdzą, że są z działu ds. oszustw Northgate Bank i że ktoś "
                   "atakuje Twoje konto. Proszą o odczytanie jednorazowego kodu.",
        "body": "<p>Klienci Northgate Bank odbierają telefony z numerów, które wyglądają jak "
                "numery banku. Dzwoniący zna Twoje imię i nazwisko oraz część danych i mówi, że "
                "ktoś próbuje wyprowadzić pieniądze z Twojego konta. Żeby to „zatrzymać”, prosi "
                "o kod, który bank właśnie przysłał Ci SMS-em. Ten kod pozwala mu zatwierdzić "
                "płatność.</p><ul><li>Bank nigdy nie poprosi o odczytanie kodu z SMS-a.</li>"
                "<li>Numer wyświetlany na telefonie można sfałszować.</li></ul>",
        "what_to_do": "<ul><li>Rozłącz się. Zadzwoń pod 159, aby bezpiecznie połączyć się z "
                      "bankiem, albo pod numer z odwrotu karty.</li><li>Jeśli podałeś kod, "
                      "natychmiast zadzwoń do banku.</li></ul>",
    },
    "FA-2026-0007": {
        "title": "Telefony z ofertą wcześniejszego „odblokowania” emerytury",
        "summary": "Mieszkańcy Szkocji odbierają telefony i widzą reklamy w internecie z ofertą "
                   "wypłaty oszczędności emerytalnych przed 55. rokiem życia lub przeniesienia "
                   "ich do zagranicznych inwestycji z „gwarantowanym” zyskiem.",
        "body": "<p>Dzwoniący proponują bezpłatny przegląd emerytury i mówią, że możesz od razu "
                "wypłacić dużą kwotę albo zarabiać 8% rocznie lub więcej. Pieniądze trafiają do "
                "zagranicznych przedsięwzięć, takich jak hotele, magazyny czy plantacje leśne, "
                "które trudno sprawdzić. Ludzie tracą większość oszczędności i mogą być winni "
                "fiskusowi ponad połowę wypłaconej kwoty.</p><ul><li>Niezamówione telefony, "
                "e-maile lub SMS-y w sprawie emerytury: są zakazane.</li><li>Zapewnienia, że "
                "możesz sięgnąć po emeryturę przed 55. rokiem życia.</li><li>Presja, by szybko "
                "podpisać, albo kurier z dokumentami do podpisu.</li></ul>",
        "what_to_do": "<ul><li>Rozłączaj się, gdy ktoś niespodziewanie dzwoni w sprawie "
                      "emerytury.</li><li>Zanim cokolwiek zmienisz, skorzystaj z bezpłatnej "
                      "porady Pension Wise i sprawdź firmę w rejestrze FCA.</li><li>Zgłoś sprawę "
                      "policji szkockiej (Police Scotland) pod numerem 101.</li></ul>",
    },
    "FA-2026-0008": {
        "title": "Reklamy inwestycji w kryptowaluty z fałszywym poparciem znanych osób",
        "summary": "Reklamy w mediach społecznościowych i na stronach udających serwisy "
                   "informacyjne pokazują znanych prezenterów i biznesmenów, którzy rzekomo "
                   "polecają platformę kryptowalutową. Poparcie jest fałszywe, a platforma "
                   "zabiera Twoje pieniądze.",
        "body": "<p>Reklamy prowadzą do artykułów, które wyglądają jak prawdziwe wiadomości, "
                "czasem z fałszywymi nagraniami stworzonymi przez AI. Na początek masz wpłacić "
                "250 funtów. Potem dzwoni „osobisty opiekun konta”, pokazuje na ekranie rosnące "
                "zyski i namawia do kolejnych wpłat, czasem przez zainstalowanie programu, który "
                "pozwala mu sterować Twoim komputerem. Gdy chcesz wypłacić pieniądze, słyszysz, "
                "że najpierw musisz zapłacić „opłaty” lub „podatki”.</p><ul><li>Znana osoba "
                "obiecuje łatwy, gwarantowany zysk.</li><li>Prośby o zainstalowanie aplikacji "
                "do zdalnego dostępu, np. AnyDesk.</li><li>Musisz zapłacić, zanim wypłacisz "
                "własne pieniądze.</li></ul>",
        "what_to_do": "<ul><li>Nie inwestuj przez reklamę w mediach społecznościowych. Sprawdź "
                      "firmę w rejestrze FCA i na liście ostrzeżeń FCA.</li><li>Nigdy nie "
                      "pozwalaj dzwoniącemu przejąć kontroli nad komputerem.</li><li>Jeśli już "
                      "zapłaciłeś, natychmiast skontaktuj się z bankiem i zgłoś sprawę do Action "
                      "Fraud. Uważaj na firmy, które za opłatą obiecują „odzyskać” pieniądze: "
                      "często to ci sami przestępcy.</li></ul>",
    },
    "FA-2026-0009": {
        "title": "Nieuczciwi dekarze chodzą po domach po burzach",
        "summary": "Od czasu burz w Swansea nieproszeni fachowcy oferują naprawę dachów i "
                   "płotów i żądają gotówki z góry. Nie zlecaj prac nikomu, kto sam zapukał do "
                   "drzwi.",
        "summary_revised": "Od czasu burz w Swansea, Neath Port Talbot i Bridgend nieproszeni "
                           "fachowcy oferują naprawę dachów i płotów i żądają gotówki z góry. "
                           "Nie zlecaj prac nikomu, kto sam zapukał do drzwi.",
        "body": "<p>Przychodzący twierdzą, że zauważyli luźne dachówki albo uszkodzony komin, "
                "często w miejscu, którego sam nie widzisz. Proszą o zaliczkę w gotówce „na "
                "materiały”, a potem nie wracają albo robią fuszerkę i żądają dużo więcej "
                "pieniędzy. Niektórzy proponowali starszym mieszkańcom podwiezienie do "
                "banku.</p><ul><li>Ktoś puka bez zaproszenia i mówi, że dom wymaga pilnej "
                "naprawy.</li><li>Chce gotówki, i to dziś.</li><li>Nie daje pisemnej wyceny, "
                "adresu ani numeru telefonu stacjonarnego.</li></ul>",
        "what_to_do": "<ul><li>Odmów i zamknij drzwi. Poproś o wycenę lokalne firmy, które sam "
                      "wybierzesz.</li><li>Nigdy nie jedź do banku z wykonawcą.</li><li>Jeśli "
                      "czujesz się zagrożony, dzwoń pod 999. W innym przypadku zgłoś sprawę "
                      "policji South Wales pod numerem 101.</li></ul>",
    },
    "FA-2026-0010": {
        "title": "Wiadomości „Cześć mamo” z nowego numeru",
        "summary": "Rodzice dostają na WhatsAppie wiadomości z nieznanego numeru: „Cześć mamo, "
                   "zepsuł mi się telefon, to mój nowy numer”, a potem pilną prośbę o opłacenie "
                   "rachunku.",
        "body": "<p>Wiadomość wygląda, jakby pisał Twój syn lub córka. Wkrótce okazuje się, że "
                "na nowym telefonie nie działa im aplikacja bankowa, i proszą Cię o pilne "
                "opłacenie rachunku na konto, które nie jest ich. Niektórzy wysyłają teraz "
                "wiadomość głosową stworzoną przez AI, brzmiącą jak Twoje dziecko.</p><ul><li>"
                "Wiadomość z nieznanego numeru od kogoś, kto podaje się za członka rodziny.</li>"
                "<li>Pilna prośba o pieniądze na konto na inne nazwisko.</li><li>Wymówki, "
                "dlaczego nie mogą porozmawiać przez telefon.</li></ul>",
        "what_to_do": "<ul><li>Zatrzymaj się i zadzwoń do dziecka na numer, który już "
                      "masz.</li><li>Ustalcie rodzinne hasło, które znacie tylko Wy.</li><li>"
                      "Zgłoś wiadomość w WhatsAppie i zablokuj numer. Jeśli już zapłaciłeś, "
                      "zadzwoń do banku pod 159.</li></ul>",
    },
    "FA-2026-0011": {
        "title": "Fałszywe SMS-y o przesyłce z prośbą o opłatę za ponowne doręczenie",
        "summary": "SMS-y informują, że nie udało się doręczyć paczki, i proszą o niewielką "
                   "opłatę za nowy termin. Link prowadzi do fałszywej strony, która kradnie dane "
                   "karty.",
        "body": "<p>SMS-y wyglądają, jakby pochodziły od Royal Mail, Evri lub innej firmy "
                "kurierskiej, i proszą o opłatę około 1,50 funta. Niewielka kwota to przynęta: "
                "strona zbiera dane Twojej karty, a potem przestępcy mogą zadzwonić, podając "
                "się za pracowników Twojego banku.</p><ul><li>Nie spodziewasz się paczki albo "
                "SMS nie mówi, kto ją wysłał.</li><li>Link nie prowadzi na prawdziwą stronę "
                "firmy kurierskiej.</li><li>Do zapłaty niewielkiej kwoty potrzebne są pełne "
                "dane karty.</li></ul>",
        "what_to_do": "<ul><li>Nie klikaj w link. Sprawdzaj przesyłki w aplikacji lub na stronie "
                      "samej firmy.</li><li>Przekaż fałszywy SMS na numer 7726, a potem go "
                      "usuń.</li><li>Jeśli podałeś dane karty, zadzwoń do banku pod numer z "
                      "odwrotu karty.</li></ul>",
    },
    "FA-2026-0012": {
        "title": "Fałszywi policjanci żądają od starszych osób gotówki",
        "summary": "W północnym i zachodnim Londynie dzwoniący podają się za detektywów, mówią "
                   "starszym osobom, że ich bank jest objęty śledztwem, i proszą o wypłatę "
                   "gotówki, którą odbierze kurier.",
        "body": "<p>Dzwoniący mówi, że jest policjantem i prowadzi śledztwo w sprawie oszustw w "
                "Twoim banku, a pracownikom banku nie można ufać. Prosi o pomoc: wypłatę "
                "gotówki lub zakup złota, a w banku masz powiedzieć, że to na remont. Potem do "
                "domu przychodzi „policyjny kurier”, który odbiera pieniądze „jako dowód”. "
                "Poszkodowani stracili od 3000 do 40 000 funtów.</p><ul><li>Policja nigdy nie "
                "prosi o wypłatę pieniędzy ani o przekazanie ich komukolwiek.</li><li>Dzwoniący "
                "każe nikomu nie mówić, nawet w banku czy rodzinie.</li><li>Każe się rozłączyć i "
                "zadzwonić pod 999, żeby to sprawdzić, ale nie odkłada słuchawki, więc znowu "
                "trafiasz na niego.</li></ul>",
        "what_to_do": "<ul><li>Rozłącz się. Odczekaj pięć minut albo użyj innego telefonu, zanim "
                      "do kogoś zadzwonisz.</li><li>Zadzwoń na policję pod 101, żeby to "
                      "sprawdzić, albo pod 999, jeśli ktoś jest w drodze po pieniądze.</li><li>"
                      "Porozmawiaj o tym oszustwie ze starszymi krewnymi i sąsiadami.</li></ul>",
        "updates": [
            "2 listopada w Harrow zatrzymano dwie osoby po tym, jak kurier został zatrzymany "
            "podczas odbioru 12 000 funtów od kobiety po osiemdziesiątce. Nadal otrzymujemy "
            "zgłoszenia o telefonach.",
            "Dzwoniący podają się teraz także za pracowników Financial Conduct Authority "
            "(brytyjskiego nadzoru finansowego). Rada jest ta sama: rozłącz się i zadzwoń pod "
            "101.",
        ],
    },
    "FA-2026-0013": {
        "title": "Oszustwo na „bezpieczne konto”: rzekomy bank prosi o przelanie pieniędzy",
        "summary": "Ten alert zastępuje FA-2026-0006. Osoby podające się za dział ds. oszustw "
                   "Twojego banku, teraz także przez SMS-y i rozmowy wideo, mówią, że Twoje konto "
                   "jest zagrożone, i proszą o przelanie pieniędzy na „bezpieczne konto”. Takie "
                   "konto nie istnieje.",
        "body": "<p>Oszuści podszywają się pod numer telefonu banku, znają Twoje dane osobowe i "
                "brzmią profesjonalnie. Najpierw mogą wysłać SMS o podejrzanej płatności, a "
                "potem zadzwonić. Niektórzy prowadzą teraz rozmowy wideo z fałszywym biurem lub "
                "identyfikatorem. Proszą, żebyś przelał oszczędności na nowe konto „na Twoje "
                "nazwisko”, by je chronić, albo odczytał kod. Konto należy do "
                "przestępców.</p><ul><li>Żaden bank nigdy nie poprosi o przelanie pieniędzy na "
                "„bezpieczne konto”.</li><li>Żaden bank nie poprosi o odczytanie kodu ani o "
                "podanie PIN-u.</li><li>Słyszysz, że nie wolno ufać pracownikom Twojego "
                "oddziału.</li></ul>",
        "what_to_do": "<ul><li>Rozłącz się i zadzwoń pod 159 lub pod numer z odwrotu "
                      "karty.</li><li>Jeśli już przelałeś pieniądze, natychmiast zadzwoń do "
                      "banku: im szybciej, tym większa szansa na ich odzyskanie.</li><li>Zgłoś "
                      "sprawę do Report Fraud pod numerem 0300 123 2040.</li></ul>",
    },
}
