"""Demo alerts in English (every alert)."""

TEXTS = {
    "FA-2026-0001": {
        "title": "Fake tickets for summer concerts sold on social media",
        "summary": "People in Greater Manchester have lost money buying concert tickets from "
                   "strangers on social media. The tickets never arrived or were fakes.",
        "body": "<p>Since May we have had more than 80 reports of fake tickets for stadium "
                "concerts in Manchester. Sellers post in fan groups and on social media, saying "
                "they can no longer go. They ask for payment by bank transfer, then stop "
                "replying.</p><ul><li>The seller will only take a bank transfer.</li><li>The "
                "price is low for a sold-out event, or you are told to decide now.</li><li>The "
                "seller's account is new, or has few friends or posts.</li></ul>",
        "what_to_do": "<ul><li>Buy tickets only from the venue, the official ticket seller or a "
                      "resale site that belongs to a recognised industry body.</li><li>Pay by "
                      "credit card where you can: it gives you more protection.</li><li>If you "
                      "have paid, contact your bank straight away and report it to Report Fraud "
                      "on 0300 123 2040.</li></ul>",
    },
    "FA-2026-0002": {
        "title": "Emails and texts promising a tax refund from HMRC",
        "summary": "Messages claim you are due a tax refund and ask you to enter your bank "
                   "details on a website. HMRC never tells you about a refund this way.",
        "body": "<p>The messages use the HMRC logo and say you are owed a refund, often of a few "
                "hundred pounds. The link leads to a copy of a government website that asks for "
                "your card details, bank login or Government Gateway password.</p><ul><li>HMRC "
                "never tells you about a tax refund by email or text.</li><li>You are told to "
                "act within 24 or 48 hours.</li><li>The web address does not end in "
                "gov.uk.</li></ul>",
        "what_to_do": "<ul><li>Do not click the link or reply.</li><li>Forward emails to "
                      "phishing@hmrc.gov.uk and texts to 60599.</li><li>If you entered your "
                      "details, call your bank using the number on the back of your "
                      "card.</li></ul>",
    },
    "FA-2026-0003": {
        "title": "Students asked for deposits on rooms that do not exist",
        "summary": "Students looking for rooms in Birmingham and Coventry are being asked to pay "
                   "a deposit and a month's rent for homes the 'landlord' does not own.",
        "body": "<p>The adverts appear on social media, flat-share sites and student groups, "
                "with photos copied from real listings. The 'landlord' says they are abroad and "
                "cannot show the room, but will post the keys once you pay. International "
                "students who are not yet in the UK are a main target.</p><ul><li>You cannot "
                "view the room, in person or on a live video call.</li><li>You are asked to pay "
                "by bank transfer before signing anything.</li><li>The rent is much lower than "
                "for similar rooms nearby.</li></ul>",
        "what_to_do": "<ul><li>Never pay before you, or someone you trust, has seen the room and "
                      "checked the landlord's identity.</li><li>Ask your university's "
                      "accommodation office: many keep a list of approved landlords.</li><li>If "
                      "you have paid, tell your bank at once and report it to Action "
                      "Fraud.</li></ul>",
    },
    "FA-2026-0004": {
        "title": "Letters about a council energy rebate",
        "summary": "Letters asking residents to register online for a £150 energy rebate may "
                   "not be from your council. We are checking.",
        "body": "<p>Residents have told us about letters asking them to register for a £150 "
                "energy rebate on a website, using a reference number printed on the letter. We "
                "are checking whether the letters are genuine.</p><ul><li>Check that the web "
                "address in the letter ends in .gov.uk.</li><li>Your council will never ask for "
                "your bank password or PIN.</li></ul>",
        "what_to_do": "<ul><li>If you are unsure, call your council on the number on its website "
                      "or your council tax bill, not a number in the letter.</li></ul>",
        "withdrawn_reason": "Withdrawn on 4 September 2026: the council has confirmed that the "
                            "letters are genuine. You can register for the rebate as the letter "
                            "explains.",
    },
    "FA-2026-0005": {
        "title": "Romance fraud on dating apps: emergencies and 'investments'",
        "summary": "People met on dating apps are asking their matches for money for medical "
                   "bills or travel, or to join a cryptocurrency 'investment'. Victims have lost "
                   "their savings.",
        "body": "<p>The fraudsters chat for weeks or months and build your trust. They often say "
                "they work abroad: on an oil rig, in the army or as a doctor with a charity. Then "
                "a problem comes up that only money can solve, or they offer to show you how "
                "they make money trading.</p><ul><li>They quickly move the chat from the dating "
                "app to WhatsApp or another app.</li><li>They always have a reason not to meet "
                "or turn on their camera.</li><li>They ask you to keep the relationship secret, "
                "or to send money, gift cards or crypto.</li></ul>",
        "what_to_do": "<ul><li>Never send money or give your bank details to someone you have "
                      "only met online.</li><li>Talk to a friend or relative you trust: "
                      "fraudsters rely on secrecy.</li><li>If you have sent money, tell your bank "
                      "at once and report it to Report Fraud.</li></ul>",
    },
    "FA-2026-0006": {
        "title": "Calls claiming to be from the Northgate Bank fraud team",
        "summary": "Callers say they are from Northgate Bank's fraud team and that your account "
                   "is under attack. They ask you to read out a one-time passcode.",
        "body": "<p>Northgate Bank customers are getting calls from numbers that look like the "
                "bank's own. The caller knows your name and some of your details, and says "
                "someone is trying to take money from your account. To 'stop' it, they ask for "
                "the passcode the bank has just texted you. That code lets them approve a "
                "payment.</p><ul><li>Your bank will never ask you to read out a passcode sent by "
                "text.</li><li>The number shown on your phone can be faked.</li></ul>",
        "what_to_do": "<ul><li>Hang up. Call 159 to reach your bank safely, or use the number on "
                      "the back of your card.</li><li>If you have shared a code, call your bank "
                      "at once.</li></ul>",
    },
    "FA-2026-0007": {
        "title": "Cold calls offering to 'unlock' your pension early",
        "summary": "People in Scotland are getting calls and online ads offering to release "
                   "pension money before the age of 55, or to move it into overseas investments "
                   "with 'guaranteed' returns.",
        "body": "<p>The callers offer a free pension review and say you can take a large lump "
                "sum now, or earn 8% a year or more. The money goes into schemes abroad, such as "
                "hotels, storage units or forestry, that are hard to check. People lose most of "
                "their savings, and can owe tax of more than half of what they took "
                "out.</p><ul><li>Cold calls, emails or texts about your pension: these are "
                "banned.</li><li>Claims that you can get at your pension before 55.</li><li>"
                "Pressure to sign quickly, or a courier sent with papers to sign.</li></ul>",
        "what_to_do": "<ul><li>Hang up on cold calls about your pension.</li><li>Before you "
                      "change your pension, get free guidance from Pension Wise and check any "
                      "firm on the FCA register.</li><li>Report it to Police Scotland on "
                      "101.</li></ul>",
    },
    "FA-2026-0008": {
        "title": "Crypto investment ads with fake celebrity endorsements",
        "summary": "Adverts on social media and news-style websites show well-known presenters "
                   "and business people 'recommending' a cryptocurrency platform. The "
                   "endorsements are fake, and the platform takes your money.",
        "body": "<p>The ads link to articles that look like real news pages, sometimes with fake "
                "videos made with AI. You are asked to put in £250 to start. A 'personal account "
                "manager' then calls, shows your profits growing on a screen and persuades you "
                "to invest more, sometimes by installing software that lets them control your "
                "computer. When you try to withdraw, you are told to pay 'fees' or 'taxes' "
                "first.</p><ul><li>A celebrity promising easy, guaranteed profits.</li><li>"
                "Requests to install remote-access apps such as AnyDesk.</li><li>Having to pay "
                "before you can withdraw your own money.</li></ul>",
        "what_to_do": "<ul><li>Do not invest through an advert on social media. Check any firm "
                      "on the FCA register and the FCA Warning List.</li><li>Never let a caller "
                      "take control of your computer.</li><li>If you have paid, contact your bank "
                      "straight away and report it to Report Fraud. Beware of 'recovery' firms "
                      "that offer to get your money back for a fee: they are often the same "
                      "criminals.</li></ul>",
    },
    "FA-2026-0009": {
        "title": "Rogue roofers calling at homes after the storms",
        "summary": "Since the storms, cold callers in Swansea have been offering to repair roofs "
                   "and fences and asking for cash up front. Do not agree to work on your "
                   "doorstep.",
        "summary_revised": "Since the storms, cold callers in Swansea, Neath Port Talbot and "
                           "Bridgend have been offering to repair roofs and fences and asking "
                           "for cash up front. Do not agree to work on your doorstep.",
        "body": "<p>The callers say they have noticed loose tiles or a damaged chimney, often "
                "somewhere you cannot see. They ask for a cash deposit to 'buy materials', then "
                "either do not come back or do poor work and demand far more money. Some have "
                "offered to drive older residents to the bank.</p><ul><li>Someone knocks "
                "uninvited and says your home needs urgent repairs.</li><li>They want cash, "
                "today.</li><li>They give no written quote, address or landline "
                "number.</li></ul>",
        "what_to_do": "<ul><li>Say no and close the door. Get quotes from local traders you "
                      "have chosen yourself.</li><li>Never go to the bank with a "
                      "trader.</li><li>If you feel threatened, call 999. Otherwise, report it "
                      "to South Wales Police on 101.</li></ul>",
    },
    "FA-2026-0010": {
        "title": "'Hi Mum' messages from a new number",
        "summary": "Parents are getting WhatsApp messages from an unknown number: 'Hi Mum, I've "
                   "broken my phone, this is my new number', followed by an urgent request to "
                   "pay a bill.",
        "body": "<p>The message seems to come from your son or daughter. Soon they say they "
                "cannot use their banking app on the new phone, and ask you to pay an urgent "
                "bill for them into an account that is not theirs. Some now send a voice note "
                "that sounds like your child, made with AI.</p><ul><li>A message from an "
                "unknown number claiming to be a family member.</li><li>An urgent request for "
                "money, to an account in someone else's name.</li><li>Excuses for why they "
                "cannot talk on the phone.</li></ul>",
        "what_to_do": "<ul><li>Stop, and call your child on the number you already have for "
                      "them.</li><li>Agree a family password that only you know.</li><li>Report "
                      "the message in WhatsApp and block the number. If you have paid, call your "
                      "bank on 159.</li></ul>",
    },
    "FA-2026-0011": {
        "title": "Fake parcel delivery texts asking for a redelivery fee",
        "summary": "Texts say a parcel could not be delivered and ask you to pay a small fee to "
                   "rebook. The link leads to a fake site that steals your card details.",
        "body": "<p>The texts look as if they come from Royal Mail, Evri or another delivery "
                "company, and ask for a fee of around £1.50. The small amount is bait: the site "
                "collects your card details, and criminals may then call pretending to be your "
                "bank.</p><ul><li>You were not expecting a parcel, or the text does not say who "
                "sent it.</li><li>The link does not go to the delivery company's real "
                "website.</li><li>You are asked for your full card details to pay a small "
                "fee.</li></ul>",
        "what_to_do": "<ul><li>Do not click the link. Check deliveries on the company's own app "
                      "or website.</li><li>Forward scam texts to 7726, then delete "
                      "them.</li><li>If you entered card details, call your bank using the "
                      "number on the back of your card.</li></ul>",
    },
    "FA-2026-0012": {
        "title": "Callers pretending to be police officers ask older people for cash",
        "summary": "In north and west London, callers claiming to be detectives are telling "
                   "older people their bank is under investigation and asking them to withdraw "
                   "cash for a courier to collect.",
        "body": "<p>The caller says they are a police officer investigating fraud at your bank, "
                "and that staff there cannot be trusted. They ask you to help by withdrawing "
                "cash or buying gold, and to tell the bank it is for building work. A 'police "
                "courier' then comes to your home to collect it 'as evidence'. Victims have lost "
                "between £3,000 and £40,000.</p><ul><li>The police will never ask you to "
                "withdraw money or hand it to anyone.</li><li>The caller tells you not to tell "
                "anyone, not even your bank or family.</li><li>They tell you to hang up and "
                "call 999 to check, but stay on the line, so you reach them again.</li></ul>",
        "what_to_do": "<ul><li>Hang up. Wait five minutes, or use a different phone, before you "
                      "call anyone.</li><li>Call the police on 101 to check, or 999 if someone is "
                      "on their way to collect money.</li><li>Talk to older relatives and "
                      "neighbours about this scam.</li></ul>",
        "updates": [
            "Two people were arrested in Harrow on 2 November after a courier was stopped "
            "collecting £12,000 from a woman in her eighties. Calls are still being reported.",
            "Callers now also claim to be from the Financial Conduct Authority. The advice is "
            "the same: hang up and call 101.",
        ],
    },
    "FA-2026-0013": {
        "title": "'Safe account' scam: callers from 'your bank' ask you to move money",
        "summary": "This alert replaces FA-2026-0006. Callers claiming to be from your bank's "
                   "fraud team, now also by text and video call, say your account is at risk "
                   "and ask you to move your money to a 'safe account'. There is no such thing.",
        "body": "<p>The fraudsters fake the bank's phone number, know your personal details and "
                "sound professional. They may first send a text about a suspicious payment, then "
                "call. Some now use video calls showing a fake office or staff pass. They ask "
                "you to move your savings to a new account 'in your name' to keep them safe, or "
                "to read out a passcode. The account belongs to the criminals.</p><ul><li>No "
                "bank will ever ask you to move money to a 'safe account'.</li><li>No bank will "
                "ask you to read out a passcode or tell them your PIN.</li><li>You are told not "
                "to trust the staff in your branch.</li></ul>",
        "what_to_do": "<ul><li>Hang up and call 159, or the number on the back of your "
                      "card.</li><li>If you have moved money, call your bank immediately: the "
                      "sooner you do, the better the chance of getting it back.</li><li>Report "
                      "it to Report Fraud on 0300 123 2040.</li></ul>",
    },
}
