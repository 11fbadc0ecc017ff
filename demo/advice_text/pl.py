"""Polish advice text (romance-fraud follows the English summary before its last edit)."""

HEADINGS = {
    "what": "Co to jest",
    "how": "Jak to działa",
    "signs": "Sygnały ostrzegawcze",
    "steps": "Jak się chronić",
}

PAGES = {
    "phishing-emails-and-texts": {
        "title": "Fałszywe e-maile i SMS-y (phishing)",
        "summary": "Fałszywe e-maile i SMS-y chcą, żebyś kliknął link albo podał swoje dane. "
        "Zatrzymaj się i sprawdź, zanim klikniesz.",
        "what": "Phishing to fałszywy e-mail albo SMS od przestępcy. Wygląda, jakby przyszedł "
        "z banku, firmy kurierskiej albo urzędu. Przestępca chce poznać Twoje hasła, "
        "dane bankowe albo zabrać Twoje pieniądze.",
        "how": "Wiadomość prosi, żebyś kliknął link. Link otwiera fałszywą stronę, która "
        "wygląda jak prawdziwa. Jeśli wpiszesz tam swoje dane, przestępca je zobaczy. "
        "Niektóre wiadomości mówią, że musisz działać szybko, bo stracisz pieniądze "
        "albo zapłacisz karę.",
        "signs": [
            "Wiadomość mówi, że musisz działać od razu.",
            "Ktoś prosi o Twoje hasło, PIN albo dane bankowe.",
            "Adres albo numer nadawcy wygląda dziwnie.",
            "Wiadomość mówi, że masz dług albo że wygrałeś nagrodę.",
            "Jest w niej link do strony, której nie znasz.",
        ],
        "steps": [
            "Nie klikaj linków w wiadomościach, na które nie czekałeś.",
            "Wejdź na stronę firmy sam albo zadzwoń pod numer, który już znasz.",
            "Nigdy nikomu nie podawaj hasła ani PIN-u.",
            "Włącz weryfikację dwuetapową w poczcie i w banku.",
        ],
        "callout": (
            "Nie masz pewności?",
            "<p>Twój bank nigdy nie poprosi o cały PIN ani hasło przez e-mail czy "
            "SMS. Jeśli nie masz pewności, nie odpowiadaj. Zapytaj kogoś, komu "
            "ufasz.</p>",
        ),
        "report": "<p>Fałszywe e-maile przekaż na adres <b>report@phishing.gov.uk</b>. "
        "Fałszywe SMS-y przekaż na numer <b>7726</b>. To nic nie kosztuje.</p>",
    },
    "courier-fraud": {
        "title": "Oszustwo „na kuriera”",
        "summary": "Przestępca dzwoni i mówi, że jest z policji albo z Twojego banku. "
        "Wysyła kuriera po Twoją kartę, gotówkę albo kosztowności. Prawdziwa "
        "policja nigdy tak nie robi.",
        "what": "Oszustwo „na kuriera” to telefon od kogoś, kto udaje policjanta albo "
        "pracownika banku. Mówi, że potrzebuje Twojej pomocy. Potem wysyła kogoś do "
        "Twojego domu po kartę bankową, gotówkę, złoto albo biżuterię.",
        "how": "Rozmówca mówi, że jest problem z Twoim kontem. Może powiedzieć, że pracownik "
        "banku kradnie pieniądze. Prosi, żebyś nikomu nie mówił. Potem do drzwi puka "
        "„kurier”. Karty i pieniędzy już nie odzyskasz.",
        "signs": [
            "Rozmówca mówi, że jest z policji albo z Twojego banku.",
            "Prosi o PIN albo o kartę bankową.",
            "Mówi, że ktoś przyjdzie po gotówkę albo kosztowności.",
            "Każe Ci nic nikomu nie mówić, nawet rodzinie.",
        ],
        "steps": [
            "Rozłącz się. Policja i bank nigdy nie wysyłają kuriera.",
            "Odczekaj pięć minut, zanim znowu użyjesz telefonu, albo użyj innego telefonu.",
            "Zadzwoń do banku pod numer z tyłu karty.",
            "Nigdy nie oddawaj karty, PIN-u ani gotówki nikomu przy drzwiach.",
        ],
        "callout": (
            "Pamiętaj",
            "<p>Policja nigdy nie poprosi Cię o pomoc w postaci pieniędzy albo karty bankowej.</p>",
        ),
        "report": "<p>Jeśli kurier jest w drodze do Twojego domu, dzwoń pod <b>999</b>.</p>",
    },
    "romance-fraud": {
        "title": "Oszustwo „na miłość”",
        "summary": "Oszust udaje, że Cię kocha, żebyś wysłał mu pieniądze.",
        "what": "Oszustwo „na miłość” to sytuacja, gdy ktoś poznany w internecie udaje, że mu "
        "na Tobie zależy. Ta osoba nie jest tym, za kogo się podaje. Chce Twoich "
        "pieniędzy.",
        "how": "Poznajecie się w aplikacji randkowej, w mediach społecznościowych albo w "
        "grze. Ta osoba pisze do Ciebie codziennie i sprawia, że czujesz się wyjątkowo. "
        "Po jakimś czasie prosi o pieniądze. Mówi, że na bilet, żeby Cię odwiedzić, "
        "na lekarza albo na kłopoty w firmie.",
        "signs": [
            "Bardzo szybko mówi, że Cię kocha.",
            "Zawsze ma powód, żeby się nie spotkać ani nie rozmawiać przez wideo.",
            "Prosi, żebyś zachował związek w tajemnicy.",
            "Prosi o pieniądze, karty podarunkowe albo kryptowaluty.",
        ],
        "steps": [
            "Nigdy nie wysyłaj pieniędzy komuś, kogo znasz tylko z internetu.",
            "Porozmawiaj o nowym partnerze z rodziną albo przyjaciółmi.",
            "Poszukaj jego zdjęć w internecie. Oszuści często używają skradzionych zdjęć.",
            "Na początku rozmawiaj tylko na czacie w serwisie randkowym.",
        ],
        "callout": (
            "Nie jesteś sam",
            "<p>Każdego można oszukać. To nie Twoja wina. Porozmawiaj z kimś, komu ufasz.</p>",
        ),
    },
    "investment-fraud": {
        "title": "Oszustwa inwestycyjne",
        "summary": "Oszuści proponują inwestycję, która brzmi zbyt dobrze, żeby była "
        "prawdziwa. Tracisz wpłacone pieniądze.",
        "what": "Oszustwo inwestycyjne to sytuacja, gdy przestępca namawia Cię, żebyś wpłacił "
        "pieniądze na coś fałszywego. Mogą to być akcje, kryptowaluty, złoto, wino "
        "albo ziemia.",
        "how": "Widzisz reklamę w internecie, ktoś do Ciebie dzwoni albo pisze w mediach "
        "społecznościowych. Obiecuje, że szybko dużo zarobisz. Strona internetowa może "
        "pokazywać, jak Twoje pieniądze rosną. Ale gdy chcesz je wypłacić, nie możesz.",
        "signs": [
            "Obiecują wysokie zyski bez żadnego ryzyka.",
            "Mówią, że oferta kończy się dzisiaj.",
            "Ofertę rzekomo poleca znana osoba.",
            "Dzwonią albo piszą do Ciebie niespodziewanie.",
        ],
        "steps": [
            "Sprawdź firmę w rejestrze FCA na stronie www.fca.org.uk.",
            "Zanim zainwestujesz, poradź się kogoś, komu ufasz.",
            "Nigdy nie pozwól obcej osobie sterować Twoim komputerem.",
            "Odejdź, jeśli ktoś Cię pogania.",
        ],
        "callout": (
            "Zbyt piękne, żeby było prawdziwe?",
            "<p>Jeśli coś brzmi zbyt pięknie, to zapewne jest oszustwem.</p>",
        ),
    },
    "safe-account-scams": {
        "title": "Telefony od fałszywej policji i banków (oszustwo „na bezpieczne konto”)",
        "summary": "Przestępcy udają Twój bank albo policję. Każą Ci przelać pieniądze na "
        "„bezpieczne konto”. To konto należy do nich.",
        "what": "W tym oszustwie przestępca udaje pracownika banku, policji albo innej "
        "zaufanej instytucji. Mówi, że Twoje pieniądze są w niebezpieczeństwie. Każe "
        "Ci je przelać.",
        "how": "Na ekranie może wyświetlić się prawdziwy numer Twojego banku. Rozmówca może "
        "znać Twoje imię i niektóre dane. Mówi, że ktoś okrada Twoje konto. Podaje "
        "nowy numer konta, na którym pieniądze mają być „bezpieczne”. Pieniądze trafiają "
        "prosto do przestępcy.",
        "signs": [
            "Ktoś prosi, żebyś przelał pieniądze na „bezpieczne konto”.",
            "Chce, żebyś działał szybko.",
            "Każe Ci okłamać bank, po co robisz przelew.",
            "Prosi, żebyś przeczytał kod, który przyszedł SMS-em.",
        ],
        "steps": [
            "Bank ani policja nigdy nie poproszą Cię o przelanie pieniędzy.",
            "Rozłącz się i zadzwoń do banku pod numer z tyłu karty.",
            "Nigdy nikomu nie podawaj jednorazowego kodu z SMS-a.",
            "Nie spiesz się. Prawdziwy bank poczeka.",
        ],
        "callout": (
            "Zadzwoń pod 159",
            "<p>Pod numerem <b>159</b> bezpiecznie połączysz się ze swoim bankiem. "
            "Działa w większości banków w Wielkiej Brytanii.</p>",
        ),
    },
    "online-shopping-fraud": {
        "title": "Oszustwa przy zakupach w internecie",
        "summary": "Płacisz za coś w internecie, ale towar nigdy nie przychodzi albo jest "
        "podróbką.",
        "what": "Oszustwo przy zakupach w internecie to sytuacja, gdy płacisz za towar, który "
        "nie istnieje. Zdarza się to w fałszywych sklepach internetowych, w mediach "
        "społecznościowych i na portalach z ogłoszeniami.",
        "how": "Widzisz świetną okazję, często dużo taniej niż zwykle. Sprzedawca prosi o "
        "zapłatę przelewem. Kiedy zapłacisz, sprzedawca przestaje odpowiadać. Towar "
        "nigdy nie przychodzi.",
        "signs": [
            "Cena jest dużo niższa niż gdzie indziej.",
            "Sprzedawca chce przelewu, a nie płatności kartą.",
            "Strona jest nowa albo nie ma danych kontaktowych.",
            "Sprzedawca nie pozwala obejrzeć rzeczy przed zakupem.",
        ],
        "steps": [
            "Płać kartą kredytową albo przez serwis płatności, który Cię chroni.",
            "Nie rób przelewów obcym osobom.",
            "Przeczytaj opinie innych kupujących.",
            "Wpisz adres sklepu sam, zamiast klikać w reklamę.",
        ],
        "callout": (
            "Płać bezpiecznie",
            "<p>Karta kredytowa daje Ci większą ochronę, jeśli coś pójdzie nie tak.</p>",
        ),
    },
    "ticket-fraud": {
        "title": "Oszustwa biletowe",
        "summary": "Fałszywe bilety na koncerty, mecze albo festiwale. Płacisz, ale bilety "
        "są fałszywe albo nigdy nie przychodzą.",
        "what": "Oszustwo biletowe to sprzedaż biletów, które są fałszywe albo w ogóle nie "
        "istnieją. Często zdarza się, gdy bilety na wydarzenie są wyprzedane.",
        "how": "Przestępcy wystawiają bilety w mediach społecznościowych albo zakładają "
        "fałszywe strony z biletami. Proszą o zapłatę przelewem. Dostajesz fałszywy "
        "bilet albo nic. Dowiadujesz się o tym przy wejściu.",
        "signs": [
            "Bilety są wyprzedane, ale ktoś nadal je ma.",
            "Sprzedawca prosi o przelew.",
            "Sprzedawca to obca osoba z mediów społecznościowych.",
            "Strona nie należy do oficjalnego sprzedawcy biletów.",
        ],
        "steps": [
            "Kupuj w kasie, u organizatora albo u oficjalnego sprzedawcy.",
            "Szukaj logo STAR: jego członkowie przestrzegają kodeksu postępowania.",
            "Płać kartą kredytową.",
            "Uważaj na bilety sprzedawane w mediach społecznościowych.",
        ],
        "callout": (
            "Wyprzedane?",
            "<p>Poczekaj na oficjalną odsprzedaż. Na wiele wydarzeń fani mogą "
            "bezpiecznie odsprzedać bilety.</p>",
        ),
    },
    "rental-fraud": {
        "title": "Oszustwa przy wynajmie mieszkania",
        "summary": "Fałszywy właściciel prosi o kaucję za mieszkanie, którego nie może wynająć.",
        "what": "Oszustwo przy wynajmie to ogłoszenie o mieszkaniu, które nie należy do "
        "ogłoszeniodawcy albo wcale nie istnieje. Ofiarami często są studenci i osoby, "
        "które niedawno przyjechały do Wielkiej Brytanii.",
        "how": "Ogłoszenie wygląda dobrze, a czynsz jest niski. „Właściciel” mówi, że jest za "
        "granicą i nie może pokazać mieszkania. Prosi o kaucję i czynsz za pierwszy "
        "miesiąc. Kiedy zapłacisz, znika.",
        "signs": [
            "Nie możesz obejrzeć mieszkania, zanim zapłacisz.",
            "Czynsz jest dużo niższy niż za podobne mieszkania.",
            "Właściciel chce pieniędzy przelewem albo w gotówce.",
            "Naciska na Ciebie, bo „wiele osób jest chętnych”.",
        ],
        "steps": [
            "Zawsze oglądaj mieszkanie na miejscu albo na żywo przez wideo.",
            "Korzystaj z agencji, która należy do uznanej organizacji branżowej.",
            "Sprawdź, czy kaucja trafi do rządowego systemu ochrony kaucji.",
            "Nigdy nie płać przed podpisaniem umowy najmu.",
        ],
        "callout": (
            "Studenci",
            "<p>Zapytaj w biurze zakwaterowania swojej uczelni. Mogą sprawdzić "
            "właściciela za Ciebie.</p>",
        ),
        "report": "<p>Zgłoś ogłoszenie stronie, na której je widziałeś, żeby mogła je usunąć.</p>",
    },
    "identity-theft": {
        "title": "Kradzież tożsamości",
        "summary": "Ktoś kradnie Twoje dane osobowe i używa ich, żeby otwierać konta albo "
        "brać pożyczki na Twoje nazwisko.",
        "what": "Kradzież tożsamości to sytuacja, gdy przestępca zdobywa Twoje imię i "
        "nazwisko, datę urodzenia, adres albo dane bankowe. Używa ich, żeby udawać "
        "Ciebie.",
        "how": "Może zdobyć Twoje dane z fałszywego e-maila, z Twojej poczty albo z mediów "
        "społecznościowych. Potem bierze na Twoje nazwisko pożyczki, karty albo "
        "telefony. Możesz się o tym dowiedzieć dopiero, gdy przyjdzie rachunek.",
        "signs": [
            "Listy o pożyczkach albo kontach, których nie zakładałeś.",
            "Z Twojego konta znikają pieniądze i nie wiesz dlaczego.",
            "Przestają przychodzić do Ciebie listy.",
            "Bank odmawia Ci kredytu bez jasnego powodu.",
        ],
        "steps": [
            "Niszcz listy z Twoim nazwiskiem i adresem, zanim je wyrzucisz.",
            "Często sprawdzaj wyciągi z konta.",
            "Raz w roku sprawdź za darmo swoją historię kredytową.",
            "Mniej pisz o sobie w mediach społecznościowych.",
        ],
        "callout": (
            "Zgubiłeś paszport albo prawo jazdy?",
            "<p>Od razu zgłoś zgubę, żeby nikt inny nie mógł ich użyć.</p>",
        ),
    },
    "pension-fraud": {
        "title": "Oszustwa emerytalne",
        "summary": "Oszuści namawiają Cię, żebyś przeniósł swoją emeryturę albo wypłacił ją "
        "wcześniej. Możesz stracić wszystko, co odłożyłeś.",
        "what": "Oszustwo emerytalne to sytuacja, gdy ktoś namawia Cię, żebyś przeniósł "
        "oszczędności emerytalne do fałszywego albo bardzo ryzykownego funduszu.",
        "how": "Dzwonią, piszą list albo pokazują reklamę. Proponują darmowy przegląd "
        "emerytury albo mówią, że możesz wypłacić pieniądze przed 55. rokiem życia. "
        "Przenoszą Twoją emeryturę i pieniądze przepadają.",
        "signs": [
            "Dzwoni do Ciebie nieznajomy w sprawie emerytury.",
            "Proponuje „darmowy przegląd emerytury”.",
            "Mówi, że możesz wcześniej wypłacić gotówkę.",
            "Obiecuje bardzo wysokie zyski za granicą.",
        ],
        "steps": [
            "Odkładaj słuchawkę, gdy ktoś dzwoni bez zaproszenia w sprawie emerytury. Takie "
            "telefony są nielegalne.",
            "Sprawdź firmę w rejestrze FCA.",
            "Zanim zdecydujesz, skorzystaj z darmowej, bezstronnej pomocy MoneyHelper.",
            "Nie pozwól nikomu Cię poganiać.",
        ],
        "callout": (
            "Darmowa pomoc",
            "<p>MoneyHelper udziela darmowych i bezstronnych porad emerytalnych. "
            "Zadzwoń pod numer <b>0800 011 3797</b>.</p>",
        ),
    },
    "doorstep-crime": {
        "title": "Oszustwa „pod drzwiami”",
        "summary": "Ktoś puka do Twoich drzwi i proponuje niepotrzebne prace albo udaje "
        "urzędnika, żeby wejść do domu.",
        "what": "Oszustwo „pod drzwiami” to sytuacja, gdy obca osoba przychodzi do Twojego "
        "domu, żeby Cię oszukać. Niektórzy mówią, że dach albo ogród wymaga naprawy. "
        "Inni udają pracowników wodociągów albo urzędu.",
        "how": "Fachowiec mówi, że zauważył problem z Twoim domem. Proponuje naprawę jeszcze "
        "dziś. Bierze o wiele za dużo pieniędzy albo pracuje źle. Niektórzy fałszywi "
        "urzędnicy wchodzą do środka i kradną, gdy nie patrzysz.",
        "signs": [
            "Fachowiec puka do drzwi, choć nikt go nie wzywał.",
            "Mówi, że pracę trzeba zrobić dzisiaj.",
            "Chce gotówki albo proponuje, że zawiezie Cię do banku.",
            "Ktoś nie chce pokazać legitymacji.",
        ],
        "steps": [
            "Nie otwieraj drzwi, jeśli nie masz pewności. Użyj łańcucha albo wizjera.",
            "Poproś o legitymację i sprawdź ją, dzwoniąc do firmy pod numer, który sam znajdziesz.",
            "Nigdy nie zgadzaj się na pracę przy drzwiach. Weź trzy wyceny.",
            "Powieś na drzwiach naklejkę „Nie dla domokrążców”.",
        ],
        "callout": (
            "Pomyśl o sąsiadach",
            "<p>Jeśli widzisz, że fachowiec naciska na starszego sąsiada, sprawdź, "
            "czy wszystko w porządku.</p>",
        ),
        "report": "<p>Jeśli ktoś nie chce odejść albo nie czujesz się bezpiecznie, dzwoń pod "
        "<b>999</b>.</p>",
    },
    "if-you-have-been-scammed": {
        "title": "Co zrobić, jeśli padłeś ofiarą oszustwa",
        "summary": "Jeśli padłeś ofiarą oszustwa, działaj szybko. Zadzwoń do banku, zgłoś to "
        "i porozmawiaj z kimś, komu ufasz.",
        "headings": {
            "what": "To nie Twoja wina",
            "how": "Dlaczego trzeba działać szybko",
            "signs": "Uważaj na drugie oszustwo",
            "steps": "Co zrobić teraz",
        },
        "what": "Przestępcy starannie planują oszustwa. Każdego można oszukać. Nie musisz się "
        "wstydzić. Możesz dostać pomoc.",
        "how": "Jeśli zadziałasz szybko, bank może zatrzymać przelew albo odzyskać Twoje "
        "pieniądze. Zgłoszenie przestępstwa pomaga policji znaleźć sprawców i "
        "ostrzec innych.",
        "signs": [
            "Ktoś proponuje, że odzyska Twoje pieniądze za opłatą.",
            "Dzwoni ktoś, kto podaje się za prawnika albo policjanta i wie o Twojej stracie.",
            "Ktoś każe Ci zapłacić, żeby „odblokować” Twoje pieniądze.",
        ],
        "steps": [
            "Od razu zadzwoń do banku pod numer z tyłu karty.",
            "Zmień hasła, zaczynając od poczty e-mail.",
            "Zgłoś oszustwo do Report Fraud przez internet albo telefonicznie.",
            "Zachowaj wszystko: wiadomości, e-maile, paragony i numery telefonów.",
            "Porozmawiaj z rodziną, przyjacielem albo z Victim Support.",
        ],
        "callout": (
            "Darmowe wsparcie",
            "<p>Victim Support może Ci pomóc, nawet jeśli nie zgłosiłeś "
            "przestępstwa. Zadzwoń pod numer <b>08 08 16 89 111</b>.</p>",
        ),
    },
}
