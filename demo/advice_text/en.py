"""English advice text (the source every translation follows)."""

HEADINGS = {
    "what": "What it is",
    "how": "How it works",
    "signs": "Warning signs",
    "steps": "How to protect yourself",
}

# The English summary of romance-fraud after a later edit (its Polish is left stale).
REVISED_SUMMARIES = {
    "romance-fraud": (
        "A romance scammer pretends to love you so that you will send them money. "
        "Never send money to someone you have only met online."
    ),
}

PAGES = {
    "phishing-emails-and-texts": {
        "title": "Phishing emails and texts",
        "summary": "Fake emails and texts try to make you click a link or share your details. "
        "Stop and check before you click.",
        "what": "Phishing is when a criminal sends a fake email or text message. It looks like "
        "it comes from a bank, a delivery company or the government. They want your "
        "passwords, your bank details or your money.",
        "how": "The message asks you to click a link. The link opens a fake website that looks "
        "real. If you type in your details, the criminal can see them. Some messages say "
        "you must act quickly, or you will lose money or pay a fine.",
        "signs": [
            "The message says you must act now.",
            "It asks for your password, PIN or bank details.",
            "The sender's address or number looks strange.",
            "It says you owe money, or that you have won a prize.",
            "There is a link to a website you do not know.",
        ],
        "steps": [
            "Do not click links in messages you did not expect.",
            "Go to the company's website yourself, or call the number you already know.",
            "Never give your password or PIN to anyone.",
            "Turn on two-step verification for your email and bank.",
        ],
        "callout": (
            "Not sure?",
            "<p>Your bank will never ask for your full PIN or password by email or "
            "text. If you are not sure, do not reply. Ask someone you trust.</p>",
        ),
        "report": "<p>Forward scam emails to <b>report@phishing.gov.uk</b>. Forward scam "
        "texts to <b>7726</b>. It is free.</p>",
    },
    "courier-fraud": {
        "title": "Courier fraud",
        "summary": "A criminal calls and says they are from the police or your bank. They send "
        "a courier to collect your card, cash or valuables. The real police never "
        "do this.",
        "what": "Courier fraud is when someone calls you and pretends to be a police officer "
        "or from your bank. They say they need your help. Then they send someone to "
        "your home to collect your bank card, cash, gold or jewellery.",
        "how": "The caller says there is a problem with your bank account. They may say a "
        "bank worker is stealing money. They ask you to keep it secret. Then a "
        '"courier" comes to your door. Your card and money are never seen again.',
        "signs": [
            "A caller says they are from the police or your bank.",
            "They ask for your PIN or your bank card.",
            "They say someone will come to collect cash or valuables.",
            "They tell you not to tell anyone, not even your family.",
        ],
        "steps": [
            "Hang up. The police and your bank will never send a courier.",
            "Wait five minutes before you use the phone again, or use another phone.",
            "Call your bank on the number on the back of your card.",
            "Never hand your card, PIN or cash to anyone at your door.",
        ],
        "callout": (
            "Remember",
            "<p>The police will never ask you to help them by giving them money or "
            "your bank card.</p>",
        ),
        "report": "<p>If a courier is coming to your home now, call <b>999</b>.</p>",
    },
    "romance-fraud": {
        "title": "Romance fraud",
        "summary": "A romance scammer pretends to love you so that you will send them money.",
        "what": "Romance fraud is when someone you meet online pretends to care about you. "
        "They are not who they say they are. They want your money.",
        "how": "You meet on a dating app, social media or a game. They talk to you every day "
        "and make you feel special. After a while, they ask for money. They may say "
        "it is for a ticket to visit you, for a doctor, or for a business problem.",
        "signs": [
            "They say they love you very soon.",
            "They always have a reason not to meet or do a video call.",
            "They ask you to keep the relationship secret.",
            "They ask for money, gift cards or crypto.",
        ],
        "steps": [
            "Never send money to someone you have only met online.",
            "Talk to family or friends about your new partner.",
            "Search for their photos online. Scammers often use stolen pictures.",
            "Stay on the dating site's own chat at first.",
        ],
        "callout": (
            "You are not alone",
            "<p>Anyone can be tricked. It is not your fault. Talk to someone you trust.</p>",
        ),
    },
    "investment-fraud": {
        "title": "Investment fraud",
        "summary": "Scammers offer an investment that sounds too good to be true. You lose "
        "the money you put in.",
        "what": "Investment fraud is when a criminal asks you to put money into something that "
        "is fake. It may be shares, crypto, gold, wine or land.",
        "how": "You see an advert online, get a call or meet someone on social media. They "
        "promise you will make a lot of money fast. A website may show your money "
        "growing. But when you try to take it out, you cannot.",
        "signs": [
            "They promise high returns with no risk.",
            "They say the offer ends today.",
            "A famous person seems to back the offer.",
            "They call or message you out of the blue.",
        ],
        "steps": [
            "Check the firm on the FCA Register at www.fca.org.uk.",
            "Get advice from someone you trust before you invest.",
            "Never let a stranger control your computer.",
            "Walk away if you feel rushed.",
        ],
        "callout": (
            "Too good to be true?",
            "<p>If it sounds too good to be true, it probably is.</p>",
        ),
    },
    "safe-account-scams": {
        "title": 'Calls from fake police and banks ("safe account" scams)',
        "summary": "Criminals pretend to be your bank or the police. They tell you to move "
        'your money to a "safe account". That account belongs to them.',
        "what": "In this scam, a criminal pretends to be from your bank, the police or another "
        "trusted body. They say your money is in danger. They tell you to move it.",
        "how": "The call may show your bank's real number. The caller may know your name and "
        "some of your details. They say someone is stealing from your account. They "
        'give you new account details to keep your money "safe". The money goes '
        "straight to the criminal.",
        "signs": [
            'Someone asks you to move money to a "safe account".',
            "They want you to act quickly.",
            "They tell you to lie to your bank about why you are paying.",
            "They ask you to read out a code sent to your phone.",
        ],
        "steps": [
            "Your bank or the police will never ask you to move money.",
            "Hang up and call your bank on the number on the back of your card.",
            "Never share a one-time code from a text message.",
            "Take your time. A real bank will wait.",
        ],
        "callout": (
            "Call 159",
            "<p>You can call <b>159</b> to reach your bank safely. It works for most UK banks.</p>",
        ),
    },
    "online-shopping-fraud": {
        "title": "Online shopping fraud",
        "summary": "You pay for something online, but it never arrives, or it is fake.",
        "what": "Online shopping fraud is when you pay for goods that do not exist. It happens "
        "on fake shop websites, on social media and on selling sites.",
        "how": "You see a great deal, often much cheaper than usual. The seller asks you to "
        "pay by bank transfer. After you pay, the seller stops answering. The goods "
        "never come.",
        "signs": [
            "The price is much lower than anywhere else.",
            "The seller wants a bank transfer, not a card payment.",
            "The website is new or has no contact details.",
            "The seller will not let you see the item first.",
        ],
        "steps": [
            "Pay by credit card or a payment service that protects you.",
            "Do not pay by bank transfer to someone you do not know.",
            "Read reviews from other buyers.",
            "Type the shop's address yourself instead of clicking an advert.",
        ],
        "callout": (
            "Pay safely",
            "<p>A credit card gives you more protection if something goes wrong.</p>",
        ),
    },
    "ticket-fraud": {
        "title": "Ticket fraud",
        "summary": "Fake tickets for concerts, football or festivals. You pay, but the "
        "tickets are fake or never come.",
        "what": "Ticket fraud is when someone sells you tickets that are fake or do not "
        "exist. It often happens when an event is sold out.",
        "how": "Criminals post tickets on social media or set up fake ticket websites. They "
        "ask you to pay by bank transfer. You may get a fake ticket, or nothing at all. "
        "You find out at the door.",
        "signs": [
            "The event is sold out, but someone still has tickets.",
            "The seller asks for a bank transfer.",
            "The seller is a stranger on social media.",
            "The website is not the official ticket seller.",
        ],
        "steps": [
            "Buy from the venue, the promoter or an official ticket seller.",
            "Look for the STAR logo: members follow a code of conduct.",
            "Pay by credit card.",
            "Be careful with tickets sold on social media.",
        ],
        "callout": (
            "Sold out?",
            "<p>Wait for official resale. Many events let fans sell tickets safely.</p>",
        ),
    },
    "rental-fraud": {
        "title": "Rental fraud",
        "summary": "A fake landlord asks for a deposit for a home that is not theirs to rent.",
        "what": "Rental fraud is when a criminal advertises a home to rent that they do not "
        "own, or that does not exist. Students and people new to the UK are often "
        "targeted.",
        "how": 'The advert looks good and the rent is low. The "landlord" says they are '
        "abroad and cannot show you the home. They ask for a deposit and the first "
        "month's rent. After you pay, they disappear.",
        "signs": [
            "You cannot see the home before you pay.",
            "The rent is much lower than for similar homes.",
            "The landlord asks for money by bank transfer or cash.",
            'They put pressure on you because "many people want it".',
        ],
        "steps": [
            "Always see the home in person, or by a live video call.",
            "Use a letting agent that belongs to a recognised body.",
            "Check that your deposit goes into a government-backed deposit scheme.",
            "Never pay before you sign a tenancy agreement.",
        ],
        "callout": (
            "Students",
            "<p>Ask your university's accommodation office. They can check a landlord for you.</p>",
        ),
        "report": "<p>Tell the website where you saw the advert, so they can remove it.</p>",
    },
    "identity-theft": {
        "title": "Identity theft",
        "summary": "Someone steals your personal details and uses them to open accounts or "
        "borrow money in your name.",
        "what": "Identity theft is when a criminal gets your name, date of birth, address or "
        "bank details. They use them to pretend to be you.",
        "how": "They may get your details from a fake email, from your post or from social "
        "media. Then they apply for loans, cards or phones in your name. You may only "
        "find out when a bill arrives.",
        "signs": [
            "Letters about loans or accounts you did not open.",
            "Money leaves your account and you do not know why.",
            "Post stops arriving at your home.",
            "You are refused credit for no clear reason.",
        ],
        "steps": [
            "Shred letters with your name and address before you throw them away.",
            "Check your bank statements often.",
            "Check your credit file for free once a year.",
            "Share less about yourself on social media.",
        ],
        "callout": (
            "Lost your passport or driving licence?",
            "<p>Report it lost straight away, so nobody else can use it.</p>",
        ),
    },
    "pension-fraud": {
        "title": "Pension fraud",
        "summary": "Scammers try to get you to move your pension, or take it out early. You "
        "can lose everything you saved.",
        "what": "Pension fraud is when someone tricks you into moving your pension savings "
        "into a fake or high-risk scheme.",
        "how": "They call you, send a letter or show an advert. They offer a free pension "
        "review or say you can take your money out before age 55. They move your "
        "pension, and the money is lost.",
        "signs": [
            "Someone you do not know calls about your pension.",
            'They offer a "free pension review".',
            "They say you can take cash out early.",
            "They promise very high returns abroad.",
        ],
        "steps": [
            "Put the phone down on cold calls about pensions. They are illegal.",
            "Check the firm on the FCA Register.",
            "Get free, impartial help from MoneyHelper before you decide.",
            "Never let anyone rush you.",
        ],
        "callout": (
            "Free help",
            "<p>MoneyHelper gives free and impartial pension guidance. Call them on "
            "<b>0800 011 3797</b>.</p>",
        ),
    },
    "doorstep-crime": {
        "title": "Doorstep crime",
        "summary": "Someone comes to your door and offers work you do not need, or pretends "
        "to be an official to get into your home.",
        "what": "Doorstep crime is when a stranger calls at your home to trick you. Some say "
        "your roof or garden needs work. Others pretend to be from the water company "
        "or the council.",
        "how": "A trader says they have noticed a problem with your home. They offer to fix "
        "it today. They charge far too much, or do poor work. Some fake officials "
        "come inside and steal while you are not looking.",
        "signs": [
            "A trader calls at your door without being asked.",
            "They say the work must be done today.",
            "They want cash, or offer to drive you to the bank.",
            "Someone will not show you an ID card.",
        ],
        "steps": [
            "Do not open the door if you are not sure. Use a chain or a spy hole.",
            "Ask for ID, and check it by calling the company on a number you find yourself.",
            "Never agree to work on the doorstep. Get three quotes.",
            'Put a "No cold callers" sign on your door.',
        ],
        "callout": (
            "Look out for neighbours",
            "<p>If you see a trader pressuring an older neighbour, check they are OK.</p>",
        ),
        "report": "<p>If someone will not leave, or you feel unsafe, call <b>999</b>.</p>",
    },
    "if-you-have-been-scammed": {
        "title": "What to do if you have been scammed",
        "summary": "If you have been scammed, act quickly. Call your bank, report it, and "
        "talk to someone you trust.",
        "headings": {
            "what": "It is not your fault",
            "how": "Why you should act quickly",
            "signs": "Watch out for a second scam",
            "steps": "What to do now",
        },
        "what": "Scams are carefully planned by criminals. Anyone can be tricked. You should "
        "not feel ashamed. You can get help.",
        "how": "If you act quickly, your bank may be able to stop a payment or get your money "
        "back. Reporting the crime helps the police find the criminals and warn other "
        "people.",
        "signs": [
            "Someone offers to get your lost money back for a fee.",
            "A caller says they are a lawyer or the police and knows about your loss.",
            'You are asked to pay a fee to "release" your money.',
        ],
        "steps": [
            "Call your bank straight away on the number on the back of your card.",
            "Change your passwords, starting with your email.",
            "Report it to Report Fraud online or by phone.",
            "Keep everything: messages, emails, receipts and phone numbers.",
            "Talk to family, a friend or Victim Support.",
        ],
        "callout": (
            "Free support",
            "<p>Victim Support can help you, even if you have not reported the crime. "
            "Call <b>08 08 16 89 111</b>.</p>",
        ),
    },
}
