"""Small talk: greetings, thanks, goodbyes and questions about the assistant or
about reaching the clinic. These get the clinic's short replies (`clinic.yaml`,
`small_talk`) instead of a search that can only abstain or, worse, answer.

Only a whole short message counts: "hi" is small talk, "hi my baby won't stop
crying" is a question. Safety triage runs before this, so a message that signals
danger never reaches it.
"""

from __future__ import annotations

import re
import unicodedata

MAX_WORDS = 12  # longer messages are questions, whatever they start with

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

# Words a parent may wrap around small talk ("hi there!", "ok thanks so much").
_HELLO = (
    r"(?:hi+|hey+|hello+|hiya|howdy|yo|(?:good )?(?:morning|afternoon|evening)|good day"
    r"|greetings|hi+ hi+)"
)
# "hello, I have a question": a greeting before the question itself arrives.
_ASKING = (
    r"(?:i have a (?:quick |small )?question|i ve got a (?:quick )?question"
    r"|can i ask (?:you )?(?:a (?:quick )?question|something)|(?:a )?quick question)"
    r"(?: about (?:my |our )?(?:baby|child|toddler|son|daughter|kid|lo|little one))?"
)
_LEAD = rf"(?:(?:{_HELLO}|ok(?:ay)?|oh|um+|so|well|and)(?: there)? )*"
_TAIL = r"(?: (?:please|pls|plz|then|again|there|everyone|all|guys|team|doctor|dr))*"
_THANKS = (
    r"(?:thanks?(?: you)?|thank u|thx|thnx|thanx|ty|tysm|cheers|many thanks"
    r"|much appreciated|appreciate it|i appreciate (?:it|that|this))"
)
_THANKS_TAIL = (
    r"(?: (?:so|very) much| a lot| a bunch| heaps| loads| again| for (?:that|this|your help"
    r"|the help|the answer|the advice|the info(?:rmation)?|helping))*"
    r"(?: (?:that|this|it)(?: was| is| s|s)? (?:really |very |so )?(?:helps?|helpful|useful|great"
    r"|good|perfect|reassuring))?"
    r"(?: (?:good ?)?bye+| see (?:you|ya|u))?"
)
_COUNSELLOR = (
    r"(?:a |an |one of your |your )?(?:counsell?or|therapist|psychologist|specialist|expert)s?"
)

# English patterns, matched against the whole message (lowercase, punctuation gone).
# Checked in order: the first match decides.
ENGLISH: tuple[tuple[str, str], ...] = (
    (
        "book_counsellor",
        rf"(?:how (?:do|can) i |can i |could i |i (?:want|would like|d like) to |where (?:do|can) i )?"
        rf"(?:book|make|get|schedule|arrange)(?: an?| my)? (?:appointment|session|consultation"
        rf"|visit|assessment)(?: with {_COUNSELLOR})?"
        rf"|(?:how (?:do|can) i |can i |could i |i (?:want|would like|d like) to )?"
        rf"(?:book|see|make an appointment with|get an appointment with) {_COUNSELLOR}"
        rf"|appointment|appointments|booking|bookings",
    ),
    (
        "talk_to_someone",
        rf"(?:can|could|may) i (?:talk|speak|chat) (?:to|with) (?:someone|somebody|a (?:real )?"
        rf"(?:person|human)|a staff member|{_COUNSELLOR})"
        rf"|i (?:want|need|would like|d like) to (?:talk|speak) (?:to|with) (?:someone|somebody"
        rf"|a (?:real )?(?:person|human)|{_COUNSELLOR})"
        rf"|(?:talk|speak) to (?:a )?(?:real )?(?:person|human|someone)",
    ),
    (
        "opening_hours",
        # Hours of "you", "the clinic" or the clinic's name: any short subject.
        r"(?:what are )?(?:your |the )?(?:(?:\w+ ){0,3}s )?(?:opening|office|business) hours"
        r"(?: on (?:weekends|sundays?|saturdays?|public holidays))?"
        r"|(?:when|what time|what days) (?:are|is|do|does) (?:\w+ ){1,4}(?:open|close)"
        r"(?: today| now| on (?:weekends|sundays?|saturdays?|public holidays))?"
        r"|(?:are|is) (?:\w+ ){1,4}open(?: today| now| on (?:weekends|sundays?|saturdays?"
        r"|public holidays))|(?:are|r) (?:you|u) open",
    ),
    (
        "fees",
        # What a session, an assessment or the clinic's service costs.
        r"(?:what (?:is|are|s) |how much (?:is|are|does|do) |(?:do|does) (?:you|it|the clinic)"
        r" (?:charge|cost) )?(?:the |your |a |an )?(?:(?:\w+ ){0,4})?"
        r"(?:price|prices|cost|costs|fee|fees|charge|charges|rate|rates)"
        r"(?: (?:of|for) (?:a |an |one |the |your )?(?:\w+ ){0,5}"
        r"(?:session|sessions|appointment|appointments|consultation|consultations|assessment"
        r"|assessments|counselling|counseling|therapy|visit|visits)(?: \w+){0,4})?"
        r"|how much (?:is|are|does|do|will) (?:a |an |one |the |your )?(?:\w+ ){0,2}"
        r"(?:session|sessions|appointment|consultation|assessment|counselling|counseling"
        r"|therapy|visit)(?: cost| costs| charge)?(?: \w+){0,4}",
    ),
    (
        "are_you_a_person",
        r"(?:are|r) (?:you|u) (?:a |an )?(?:real |actual )?(?:person|human|bot|robot|ai|machine"
        r"|computer|chatbot|real)|am i (?:talking|chatting|speaking) (?:to|with) (?:a |an )?"
        r"(?:real )?(?:person|human|bot|robot|ai|machine|computer)|is this (?:a |an )?(?:real )?"
        r"(?:person|human|bot|robot|ai|chatbot)|(?:are|r) (?:you|u) real",
    ),
    (
        "who_are_you",
        r"who (?:are|r) (?:you|u)|what (?:are|r) (?:you|u)|who is this|what is this"
        r"|what can (?:you|u) do|what do (?:you|u) do|what (?:is|s) your name"
        r"|who am i (?:talking|speaking|chatting) (?:to|with)|how does this work"
        r"|who (?:made|built|created|wrote|runs) (?:you|u|this)|are (?:you|u) (?:chat ?gpt|siri)",
    ),
    (
        "thanks",
        rf"{_THANKS}{_THANKS_TAIL}|(?:that|this|it)(?: was| is| s|s)? (?:really |very |so )?"
        r"(?:helpful|useful|great|perfect)(?: thanks?| thank you)?",
    ),
    (
        "goodbye",
        r"(?:good ?)?bye+(?: bye)?|see (?:you|ya|u)(?: later| soon)?|goodnight|good night"
        r"|take care|that s all|thats all|that is all|i m done|im done|talk (?:to you )?later|ttyl",
    ),
    (
        "greeting",
        rf"(?:{_HELLO}|how are (?:you|u)(?: doing| today)?|nice to meet (?:you|u)|what s up"
        rf"|whats up)(?: {_ASKING})?|{_ASKING}",
    ),
)

# Chinese messages: the whole message, punctuation and spaces gone.
CHINESE: tuple[tuple[str, str], ...] = (
    (
        "book_counsellor",
        r"(?:點樣|如何|怎樣|怎麼|我想|我要|可唔可以|可不可以|可以)?"
        r"(?:預約|約|book)(?:見)?(?:輔導員|輔導|心理學家|治療師|時間|面談)?(?:呀|啊|嗎|呢|\?)?",
    ),
    (
        "talk_to_someone",
        r"(?:我想|我要|可唔可以|可不可以|可以)(?:同|和|跟)(?:真人|輔導員|職員|人)"
        r"(?:傾|講|談|傾偈|聊)(?:下|一下)?(?:嗎|呀|啊|呢)?",
    ),
    (
        "opening_hours",
        r"(?:你們|你哋|中心)?(?:幾點|什麼時候|甚麼時候|幾時)(?:開|開門|關門|收工)"
        r"(?:呀|啊|嗎|呢)?|(?:開放|辦公|營業)時間(?:係|是)?(?:幾點|什麼|甚麼)?(?:呀|啊|呢)?",
    ),
    (
        "fees",
        r"(?:你們|你哋|中心)?(?:面談|輔導|評估|見輔導員)?(?:要|收)?(?:幾多錢|多少錢|收費|費用|價錢)"
        r"(?:係|是|點計|怎樣計|如何)?(?:幾多錢|多少錢|幾多|多少|點)?(?:呀|啊|嗎|呢)?",
    ),
    (
        "are_you_a_person",
        r"你(?:係唔係|係咪|是不是|是否|是)(?:真人|機械人|機器人|人工智能|AI|ai)"
        r"(?:嚟|來)?(?:嘅|的)?(?:呀|啊|嗎|呢)?",
    ),
    (
        "who_are_you",
        r"你(?:係|是)(?:邊個|誰|什麼|乜嘢|咩)(?:呀|啊|嚟|呢)?|你(?:識|會|可以)做(?:咩|什麼|乜嘢)"
        r"(?:呀|啊|呢)?",
    ),
    (
        "thanks",
        r"(?:唔該|多謝|謝謝|感謝|thx|thanks)(?:晒|你|您|曬)?(?:晒|好多|很多|哂)?(?:呀|啊|喇|了)?",
    ),
    ("goodbye", r"(?:拜拜|再見|bye|掰掰)(?:啦|喇|了)?"),
    ("greeting", r"(?:你好|您好|哈囉|哈佬|hello|hi|早晨|早安|午安|晚安)(?:呀|啊|嗎)?"),
)

_ENGLISH = tuple((kind, re.compile(rf"{_LEAD}(?:{pattern}){_TAIL}")) for kind, pattern in ENGLISH)
_CHINESE = tuple((kind, re.compile(pattern)) for kind, pattern in CHINESE)
_NOT_WORD = re.compile(r"[^a-z0-9]+")
_NOT_HAN = re.compile(r"[\s\W_]+")


def small_talk(message: str) -> tuple[str, str] | None:
    """(kind, language) when the whole message is small talk, else None.

    `language` is "zh-Hant" for a message in Chinese characters, otherwise "en".
    """
    text = unicodedata.normalize("NFKC", message).lower()
    if _CJK.search(text):
        compact = _NOT_HAN.sub("", text)
        if len(compact) > MAX_WORDS * 2:
            return None
        for kind, pattern in _CHINESE:
            if pattern.fullmatch(compact):
                return kind, "zh-Hant"
        return None
    words = _NOT_WORD.sub(" ", text.replace("'", " ")).split()
    if not words or len(words) > MAX_WORDS:
        return None
    plain = " ".join(words)
    for kind, pattern in _ENGLISH:
        if pattern.fullmatch(plain):
            return kind, "en"
    return None
