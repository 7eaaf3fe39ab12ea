"""Safety triage: runs before retrieval on every message and wins over any answer.

The rules and texts are data (`knowledge/.../safety.yaml`), reviewed by a
counsellor; this module matches them and asks the learned model
(`safety_model.py`) about whatever no rule names. Matching is generous: texting
spellings are spelt out, typos corrected towards the rules' own words, and a
message escalates if any sentence of it matches, however ordinary the rest.
Fast: a rule (or a concept's alternative) is tried only on a message holding the
words its patterns cannot match without (`needs.py`), and only at the words that
can open it (`openings.py`); neither changes what matches. Quick to start: a
pattern is compiled on its first search (`lazy_pattern.py`), and what the screens
read from each pattern is saved for the next start (`readings.py`).
"""

from __future__ import annotations

import copy
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import partial
from itertools import chain, repeat

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from knowledge.safety import DANGER_GROUPS, FIRST_AID_GROUPS, PREVENTABLE_GROUPS, expand_concepts

from .actors import Actors
from .ask_reader import asked_text, load_shipped_reader, questions
from .chinese import has_chinese, to_traditional
from .english_words import english_words
from .frame_reader import load_shipped_frame_reader
from .lazy_pattern import LazyPattern
from .model_bar import ModelBar
from .needs import Index, Reader, Words, met
from .needs import leads as needs_leads
from .openings import Openings
from .play_words import threats_only, words_out
from .readings import Readings, readings_for
from .safety_model import SafetyModel
from .screen import top_level_branches
from .shape import SHAPE_FLOOR, Shape, as_writer

_LEXICON_WORD = re.compile(r"[a-z]{5,}")
# Chinese characters, with the supplementary planes' (Cantonese 𠝹 "cut" is one).
_HAN_CHAR = "\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002ebef"
_CJK = re.compile(f"[{_HAN_CHAR}]")
# Sentences end at . ! ? ; and new lines (not inside "38.5"), and at Chinese stops:
# `[.!?;]+(?=\s|$|HAN)|(?<=HAN)[.!?;]+|[\n\r]+|[。！？；]+`. A Latin stop touching a
# Chinese character ends one too: the web layer's NFKC makes "？" "?" and "。" stays,
# so "點樣處理?佢食咗藥" is two sentences as "點樣處理？佢食咗藥" is (else the question's
# 點樣 reads the danger beside it as prevention talk). Written to open with one set
# of characters, which lets the regular-expression engine skip to the next such
# character (five times faster on a long story than trying the choices at every one).
_SENTENCE_END = re.compile(
    rf"[.!?;\n\r。！？；](?:(?<=[.!?;])(?:(?<=[{_HAN_CHAR}][.!?;])[.!?;]*"
    rf"|[.!?;]*(?=\s|$|[{_HAN_CHAR}]))|(?<=[\n\r])[\n\r]*|(?<=[。！？；])[。！？；]*)"
)


# A turn to another matter inside one run-on sentence ("she fell off the counter and has
# been sick four times, anyway what age should she drop her nap?") ends the sentence:
# else the question's words after it ("what age", "how do i") read the danger told
# before it as prevention talk. Only a turn to a question: "anyway shes fine now" stays
# in the sentence it settles. On folded text.
_TURN_WORD = re.compile(r"\b(?:anyway|anyways|anyhow|btw|by the way|unrelated|on another note)\b")
_TURN = re.compile(
    r" (?=(?:but |and |so |oh )?(?:anyway|anyways|anyhow|btw|by the way|unrelated|on another note)"
    r"(?: (?:but|though|also|too|sorry|lol))? (?:what|how|when|where|why|which|who|should|shall"
    r"|is|are|can|could|do|does|did|would|will|any|i (?:wanted|want|was|am) (?:to ask|wondering)"
    r"|just wondering|wondering|quick question|my question)\b)"
)


def _non_word(word: str) -> re.Pattern:
    """Each run of characters not of `word` (a set's contents), except a lone space
    (made a space again: left alone), opening with one set for speed as above."""
    return re.compile(rf"[^{word}](?:(?<! )[^{word}]*|[^{word}]+)")


_NON_WORD = _non_word(r"a-z0-9\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002ebef")
# keeps new lines
_NON_WORD_OR_LINE = _non_word(r"a-z0-9\n\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002ebef")
_HAN = r"[\u3400-\u9fff\U00020000-\U0002ebef]"
# A laughing emoji is a laugh written (攰到想死😂, 以為我虐兒咁😂; "if i hear that song
# again i will die 😂", "goes floppy at bath time 😂"): read as 哈哈 in Chinese (zh25)
# and "haha" in English (fa27), which the rules' jokes and games read, where folding
# otherwise drops it (not 😅 or 😭, told of fear and crying).
_LAUGH_EMOJI = "😂🤣😆😹"
# Characters parents type for another of the same sound: 吾 ("I", classical) for
# Cantonese 唔 ("not"): "吾想活", "bb 吾識郁". Read as the word meant; a laugh as 哈哈.
_TYPED_ZH = str.maketrans({"吾": "唔"} | dict.fromkeys(_LAUGH_EMOJI, " 哈哈 "))
_LAUGH_EN = str.maketrans(dict.fromkeys(_LAUGH_EMOJI, " haha "))
# The digit 5 typed for 唔 (both read "m"), "我5想再活", "唞5到氣", "點叫都5應": a 5
# after a Chinese character or at a word's start and before one, unless it counts
# something ("5歲", "5個月", "5粒", "5到6歲"). 距 typed for 佢 ("叫距都唔應"), unless it
# is distance (距離, 相距, 差距).
_FIVE_AS_M4 = re.compile(
    rf"(?:(?<={_HAN})|(?<![^\s]))5(?={_HAN})"
    r"(?!歲|個|點|分|日|次|粒|度|星|週|周|月|年|號|樓|小|毫|蚊|元|隻|條|件|啖|口|格|匙|支|包"
    r"|盒|樽|張|層|磅|斤|公|米|呎|吋|秒|鐘|天|晚|夜|倍|成|千|百|萬|十|折|份|位|人|本|對|架|部"
    r"|間|餐|杯|碗|尺|寸|厘|時|刻|安|盎|克|滴|片|顆|枚|塊|碟|堂|課|至|多|幾|半|毛|仙|座|期"
    r"|到[0-9一二兩三四五六七八九十幾])"
)
_JU_AS_KEOI = re.compile(r"(?<![相差間車軸行焦等])距(?!離|今)")
# 訓 typed for 瞓 (sleep: "訓唔醒", "訓左成日") unless it is teaching or training (訓練,
# 教訓, 培訓); 無 before 咗/左 typed for 冇 ("無左呼吸": 無咗 is not written Chinese).
_FAN_AS_SLEEP = re.compile(r"(?<![教培集軍校庭受家])訓(?!練|話|導|誡|示|斥|令|詞)")
_MOU_DONE = re.compile(r"無(?=咗|左(?!右|邊|手|腳))")
# 淤 (silt) written for 瘀 (a bruise): "淤青", "淤血".
_BRUISE = re.compile(r"淤(?=青|血|傷|痕|紫|黑)")
# The letter m typed for 唔 (read "m"): "叫極都m醒", "bb m識郁", touching a Chinese
# character after it and with a Chinese character (or one and a space), "bb " or
# nothing before it, so "I m好攰" and "5m" are left alone.
_M_AS_M4 = re.compile(rf"(?:(?<={_HAN})|(?<={_HAN}\s)|(?<=[bB][bB]\s)|^)[mM](?={_HAN})")
# 野 (wild) typed for 嘢 (thing): "冇野食", "食野", "d野", after a word that takes a
# thing and not in 野生, 野外, 野餐 or another word of the wild.
_YE_AS_THING = re.compile(
    r"(?<=[冇無有食飲做講買玩搞咩乜啲dD啦呢個嗰好爛乜咁])野"
    r"(?!生|外|餐|心|獸|蠻|戰|營|味|花|草|性|豬|狗|貓|雞|馬|鴨|兔|莓|山|地|火)"
)


# OpenCC's phrase tables turn a Traditional writer's 面 (the face) into 麪 (flour, noodles)
# before a colour ("個面灰灰哋" -> "個麪灰灰哋") and 出 into the classifier 齣 after 一
# ("一出世", "一出街" -> "一齣世", "一齣街"): a face's colour and a birth went unread
# (branch zh23). Where the conversion made 麪 of 面 or 齣 of 出, the character
# written stays (the conversion keeps a text's length: one character for one).
_MISCONVERTED = re.compile("[麪齣]")
_WRITTEN = {"麪": "面", "齣": "出"}


def _converted(text: str) -> str:
    """`text` Simplified to Traditional (`to_traditional`), 麪 and 齣 made of the
    written 面 and 出 put back (`_MISCONVERTED`)."""
    out = to_traditional().convert(text)
    if _MISCONVERTED.search(out) is None or len(out) != len(text):
        return out
    return "".join(
        w if c in _WRITTEN and _WRITTEN[c] == w else c for c, w in zip(out, text, strict=True)
    )


def _typed_zh(text: str) -> str:
    """Chinese typed with a character or digit of the same sound, read as meant."""
    text = text.translate(_TYPED_ZH)
    if "5" in text:
        text = _FIVE_AS_M4.sub("唔", text)
    if "訓" in text:
        text = _FAN_AS_SLEEP.sub("瞓", text)
    if "無" in text:
        text = _MOU_DONE.sub("冇", text)
    if "淤" in text:
        text = _BRUISE.sub("瘀", text)
    if "m" in text or "M" in text:
        text = _M_AS_M4.sub("唔", text)
    if "野" in text:
        text = _YE_AS_THING.sub("嘢", text)
    return _JU_AS_KEOI.sub("佢", text) if "距" in text else text


_SCRIPT_GAP = re.compile(rf"(?<=[a-z0-9])(?={_HAN})|(?<={_HAN})(?=[a-z0-9])")
_DIGIT_WORD = re.compile(r"[0-9](?=[a-z])")  # a space after it: "\g<0> "
TYPO_CUTOFF = 85
# The model's danger probability that escalates a message a medical rule matched
# (at 0.98 "my baby vomited after his feed" of the team's set escalates).
MEDICAL_THRESHOLD = 0.99
# The model's medical probability that refers a message no rule names (chosen on
# half of the development messages: none of their answerable questions reach it).
MEDICAL_REFERRAL = 0.3
# (med49) The learned reader of the ask's probability of a doctor's ask (`ask_reader.py`)
# at which a question no medical rule and no model referred is referred: a medical ask
# stays medical whatever story surrounds it (a trip, a party, a second home), and the
# rules' words for a sign or a medicine are not needed to see that "do I need to take the
# splinter out or leave it?" asks a doctor. Chosen on the readable
# batches and writers (0.9 referred as many ordinary messages as medical ones out of the
# reader's training; 0.95: 7 medical for 4 ordinary, 3 of those a mild fever asked
# about); held-out halves and writers then moved 708 -> 719/865 medical referred, 0
# more ordinary (bench/README.md, med49).
ASK_REFERRAL = 0.95
# (med49) The reader's bar for a parenting ask when the child's lasting condition,
# disability, early birth or developmental condition is named as background
# (`Triage._background_told`): the condition's words pull the reader towards a doctor's
# ask (a neutral "is it a good idea?" after "she is autistic" reads just over the usual
# 0.10), so an ask told after one is read as a parenting one under this looser bar, the
# rest of the gate (`_plainly_asked`: no health, check or visit asked in a question
# sentence, no red sign told, no young infant) unchanged.
BACKGROUND_BELOW = 0.3
# (med32) The medical rule that reads the parent's own medicine asked about: a doctor's
# question whatever parenting words its ask holds ("are there options that won't knock me
# out? i need to hear him at night"), so the parenting gate does not answer it.
OWN_MEDICINE_RULES = frozenset({"own_medicine_asked"})
# (med34) A remedy, tonic, named drug or a condition's own medicine asked as safe, at an
# age, when or with a medicine: a doctor's or pharmacist's question however family the
# telling is ("his nana adds her herb broth while he's on the course, fine?"), so the
# parenting gate does not answer it.
REMEDY_RULES = frozenset(
    {"remedy_asked", "drug_asked", "condition_medicine_asked", "zh_remedy_asked"}
)
# The medical rules whose ask the parenting gate never answers (`_gate_passed`).
PAST_PARENTING_GATE = OWN_MEDICINE_RULES | REMEDY_RULES
_WORD_RUN = re.compile(r"\\w\+(?=[ )]|\\b)")
# Words that name nothing on their own: pronouns, auxiliaries and modals with their
# negations, conjunctions, question words, small adverbs and fillers. A message made
# only of them ("and if i cant?", "what if she wont") is a follow-up whose meaning
# lies in the conversation before it: the learned model, reading n-grams, has nothing
# of a danger to go on, and does not escalate it (the rules still read it; "help",
# "anymore", "done" or any other word hands it back to the model).
_FUNCTION_WORDS = frozenset(
    """a an the and or but so if then than what whats when why how who which where
    i im ive id ill me my we us our you your he hes him his she shes her they them their
    it its this that these those am is are was were be been being do does did doing
    dont doesnt didnt have has had havent hasnt hadnt can cant cannot could couldnt
    will wont would wouldnt shall should shouldnt may might must not no yes yeah yep
    ok okay oh um hmm well just still really also too only even again anyway about for
    with to of at on in by from there here sorry please pls thanks""".split()
)
_LATIN_WORD = re.compile(r"[a-z]+")


def names_nothing(parts: list[str]) -> bool:
    """Whether a message (its folded, spelt-out sentences) is made only of words that
    name nothing: no Chinese, and every Latin word in `_FUNCTION_WORDS`."""
    text = " ".join(parts)
    if not text.isascii() and _CJK.search(text):
        return False
    # word by word: most messages name something in their first few words
    named = False
    for word in _LATIN_WORD.finditer(text):
        if word.group() not in _FUNCTION_WORDS:
            return False
        named = True
    return named


# A short follow-up that asks what if someone else does something ("and if he wont take
# the bottle", "what if she wont drink"): its meaning lies in the conversation before
# it, and the model, reading a handful of n-grams, scored such messages 0.95-0.99
# (the opening "and if he" is common in the corpus's threats). The model does not
# escalate one; the rules still read it. Not one about the writer ("and if i dont wake
# up?" stays with the model), nor a longer message.
_ASKED_OF_ANOTHER = re.compile(
    r"(?:(?:and|but|so|ok|okay|then|or|um|hmm) )*(?:what |wat )?if (?:he|she|they|it|that"
    r"|this|hes|shes|theyre|(?:the|my|our|your) (?:\w+ )?(?:baby|bb|son|daughter|toddler"
    r"|boy|girl|kid|kids|child|children|twins|little one|one))\b(?: \w+){0,5}"
)


def asked_of_another(parts: list[str]) -> bool:
    """Whether a message (its folded, spelt-out sentences) is one short "what if he ..."
    follow-up about someone other than the writer (`_ASKED_OF_ANOTHER`)."""
    return len(parts) == 1 and _ASKED_OF_ANOTHER.fullmatch(parts[0]) is not None


# (guide30) The groups whose rules read what a neighbour hears as a child's emergency or a
# carer's crisis, and the categories of the hurt she hears instead (`_on_heard_next_door`).
SOUNDS_READ = ("child_emergency", "caregiver_crisis")
HURT_HEARD = frozenset({"physical_abuse", "sexual_abuse", "domestic_violence"})
# The writer speaking of herself alone (not "we", "our", 我哋): `Triage._leading`.
_WRITER = re.compile(r"\b(?:i|me|my|mine|myself)\b|我(?![哋地們])")
# A plea before an act on "me" is someone's cry heard ("screaming don't hit me"), not
# the writer telling what was done to her (`Triage._grown_up_harmed`); so is one
# before "you're" ("stop you're hurting me").
_PLEA = re.compile(
    r"\b(?:dont|do not|stop|please|no)(?: it| that)?(?: (?:youre|you are|ur|u r))?\s*$"
)
# The writer as the one told of, in English (`Triage._writer_now`).
_SELF = re.compile(r"\b(?:i|me|myself)\b")
_SELF_SUBJECT = re.compile(r"\bi\b")
# A verb told in the present (`Triage._told_present_before`).
_PRESENT = re.compile(r"\b(?:has|have|is|are|s|keeps?|gets?)\b")
# What stands between a date and its own clause's verb ("when he 2 year | he | have fit").
_DATED_CLAUSE = re.compile(r" ?(?:(?:he|she|they|baby|my \w+|the baby|our \w+) )?")
# Where a reported question starts after its verb: an inverted verb or a question word
# in English, any Chinese (同學問會唔會傳染).
_REPORTED_START = (
    r"(?= (?:is|are|was|were|does|do|did|can|could|will|would|should|has|have|why|what|how"
    r"|when|where|who)\b| ?[\u3400-\u9fff])"
)
# Where a reported question ends: a reason, another clause, a Chinese clause's end.
_REPORTED_END = re.compile(r"\b(?:because|bc|cos|coz|cause|since|and|but|so|when)\b| (?=\S*[\u3400-\u9fff])")
_ASK_NOW = re.compile(r"(?:\b(?:and|so|but) )?\bnow\s*$")  # "so now" leading into an ask
_SEVERITY = {None: 0, "refer": 1, "escalate": 2}
# (fa29) The groups whose danger another grown-up may have lived through and be well
# from, told by a friend or relative (`Triage._others_crisis_over`).
OTHERS_CRISIS_GROUPS = ("caregiver_crisis", "domestic_violence")
# Who a sentence tells of, by its pronouns (`Triage._own_way_since`).
_WRITER_WORDS = frozenset("i im ive me my we weve us our".split())
_CHILD_WORDS = frozenset("he hes him his she shes her they theyre them their".split())

# A sign told as absent in English ("no vomiting", "not floppy", "didnt vomit or pass
# out", "no fever", "not lethargic", "no blood"): no sign for the rules, which read the
# rest. Only signs whose denial never tells a danger (never "not breathing", "not waking").
_SIGN = (
    r"(?:vomit\w*|been sick|throw\w* up|threw up|floppy|limp|lethargic|drowsy|sleepy|"
    r"sleepiness|rash|rashes|swelling|seizures?|fits|fitting|pass\w* out|fever|"
    r"temperature|blotchy|mottled|grunt\w*|head bobbing|wheez\w*|hives|blisters?|sick|"
    # blood or mucus told absent in a poo, a nappy or sick ("no blood or mucus", "hard
    # but no blood"): the wave of a cramp or a vomit beside it names no red sign
    r"blood|bloody|bleeding|mucus|mucusy|slime|slimy|"
    r"swelling (?:of|in|to|on|around) (?:the |his |her |their )?(?:lips?|tongue|face|eyes?|throat|mouth)"
    r"(?: (?:or|and|nor) (?:the |his |her |their )?(?:lips?|tongue|face|eyes?|throat|mouth))*|"
    r"(?:sucking|pulling|caving|drawing) in (?:at |under |below |between |around )?(?:the |his |her |their )?ribs|"
    # breathing that does not stop ("doesn't seem to stop breathing", "never pauses in
    # his breathing"): the breath goes on, no danger told
    r"stops? breathing|stopping breathing|pauses? (?:in|when|while) (?:his |her |their )?breath\w*)"
)
_DENIED_SIGN = re.compile(
    r"\b(?:no|not|never|without|didnt|hasnt|havent|isnt|wasnt|doesnt|nor) "
    r"(?:any |a |been |seem |seemed |seem to |seems to |seemed to |look |looked |feel |had |have |has )?"
    rf"{_SIGN}(?: (?:or|nor|and|no|not) {_SIGN})*\b"
)
# A fit told absent by "free" ("seizure free for a year on her medicine", "fit-free since
# march"): no sign for the rules, as "no seizures" (fa26). Never one free until a return
# ("seizure free until this morning").
_SIGN_FREE = re.compile(
    r"\b(?:seizures?|fits?|convulsions?|episodes?|attacks?) free\b"
    r"(?!(?: \w+){0,6} (?:until|till|but|except|before|apart from)\b)"
)
# The words every hedged return (`hedged_back`) ends in.
_HEDGED_ENDS = ("again", "another", "back", "happen", "又", "再")
# The stems of the verbs another adult's warning is said with (`warned_of_harm`).
_WARNING_STEMS = ("say", "said", "tell", "told", "warn", "think", "insist", "claim", "worr")
# (fa30) The stems every `term_asked` wording holds (`Triage._term_asked`; fa33: a class's
# topic too): most sentences hold none, and the pattern is then not searched.
_TERM_STEMS = (
    "mean", "term", "defin", "phrase", "expression", "jargon", "acronym", "buzzword",
    "class", "course", "talk", "workshop", "seminar", "session", "webinar",
    "意思", "叫", "何謂", "是", "詞", "字眼", "術語", "英文字", "定義",
    # (fa35) and a talk's or a lesson's topic (`topic_taught`)
    "assembl", "lesson", "lectur", "programme", "program", "leaflet", "booklet", "campaign",
    "presentation", "講座", "工作坊", "分享會", "周會", "週會", "課", "單張", "小冊子",
)
# (fa33) A threat's condition of a nuisance repeated ("if you wake the baby again"):
# `_saying_explained` reads "again" there as the nuisance's, not the danger's.
_IF_AGAIN = re.compile(r"\bif (?:\w+ ){1,10}?again\b")
# An act on a child or the parent told as never done, not done or not to be done ("we've
# never hit our son and never will", "we don't smack", "he has never laid a finger on me",
# "we have never left the baby alone"): no act for the rules, which read the rest. Not one
# told as done after all ("never hit me until last night", "... but yesterday he did").
_DENIED_ACT = re.compile(
    r"\b(?:never|dont|doesnt|didnt|wont|wouldnt|havent|hasnt|hadnt|not)"
    r"(?: ever| once| even| really| yet)? "
    r"(?:(?:hit|hits|hitting|smack|smacks|smacked|smacking|spank|spanks|spanked|spanking|slap"
    r"|slaps|slapped|beat|beats|beaten|cane|caned|hurt|hurts|hurting|harm|harmed)"
    r"(?: (?:our|my|the|his|her|their) (?:\w+ )?(?:son|daughter|kids?|children|child|baby"
    r"|toddler|boy|girl|twins)| (?:him|her|them|me|us|anyone|anybody))?"
    r"|(?:lay|lays|laid|put|puts) a (?:finger|hand) on (?:\w+ ){0,2}(?:him|her|them|me|us|kids?"
    r"|children|son|daughter|baby)"
    # ("i didn't touch her, i only raised my voice": a touch denied names no place; fa28)
    r"|(?:touch|touches|touched) (?:him|her|them)(?! (?:\w+ )?(?:there|private\w*|down|under))"
    r"|(?:leave|leaves|left) (?:our|my|the|his|her|their|him|her|them) (?:\w+ )?"
    r"(?:(?:son|daughter|kids?|children|child|baby|toddler) )?(?:alone|on (?:his|her|their) own"
    r"|by (?:himself|herself|themselves)))\b"
    r"(?!(?: \w+){0,6} (?:until|till|before|except|apart from|other than|unless|again)\b)"
    r"(?!(?: \w+){0,8} but (?:\w+ ){0,3}(?:did|does|do|hit|hits|smacked|slapped|spanked|beat"
    r"|hurt|left|snapped|lost it|touched)\b)"
)
# The same in Chinese (我哋屋企唔打仔, 從來冇打過佢, 我不會打孩子): the hitting of a
# child named after it told as not done; not one told as done after all (但尋晚打咗佢).
_DENIED_ACT_ZH = re.compile(
    r"(?:從來|從不|一直|絕對)?(?:都|也)?(?:唔|不|冇|沒有|沒|未)(?:曾|會|想)?(?:打|體罰|打罵)(?:過)?"
    r"(?:仔|女|囡|小朋友|孩子|小孩|細路|佢哋|佢|他們|他|她)"
    r"(?!.{0,12}(?:但|不過|可是|點知|直到|誰知).{0,10}(?:打|摑|揼|踢)(?:咗|了|左|過|到))"
)
# (fa49) A harm or a thought of harm denied in Chinese ("我冇諗過傷害自己或者BB", "冇想傷害佢",
# "沒有任何傷害自己或她的念頭", "冇人會傷害佢"; BB read with the space folding puts before Latin
# letters): read out as `_DENIED_ACT_ZH` reads out a blow denied, unless a turn follows soon
# (但, 不過, 點知, 而家 ...): then the denial may be the past and the turn the danger now.
_DENIED_HARM_ZH = re.compile(
    r"(?:從來|從未|絕對|一直|當然)?(?:都|也)?(?:冇人會|沒有人會|冇|沒有|沒|唔會|不會|未曾)"
    r"(?:曾|有|任何|諗過|想過|想|打算|諗住|郁過)?(?:要)?(?:傷害|整傷|搖|打|郁)(?:過|到)?"
    r"(?:自己|佢|他|她|孩子|小朋友| ?bb|寶寶|嬰兒)(?:(?:或者|或|同|和|及|亦|也)(?:自己|佢|他|她|孩子| ?bb|寶寶))?"
    r"(?:嘅|的)?(?:念頭|諗法|想法|衝動)?"
    r"(?!.{0,12}(?:但|不過|可是|點知|直到|誰知|而家|現在|今日|今天|琴晚|昨晚))"
)
# The same in Chinese ("冇腫冇喘", "冇紅腫", "沒有呼吸困難", "嘴唇舌頭冇腫", "沒有起泡"): a swelling, a
# wheeze, a struggle to breathe or blisters told as absent. Never "冇呼吸" or "冇反應" (no
# breath, no response), which tell a danger; a denied 嘔 or fever is read by the rules
# (`sign_not_denied_zh`), whose medical questions name it.
_DENIED_SIGN_ZH = re.compile(
    r"(?:嘴唇|口唇|舌頭|脷|塊面|面|眼|喉嚨)*(?:冇|沒有|沒|無)(?:再|任何|咩|點)?"
    r"(?:紅?腫|喘(?!氣)|氣喘|呼吸困難|呼吸急促|起(?:水)?泡|水泡)"
)
# (fa29) A day word that dates the writer's reading of the news or a clip, not the story
# read (今日新聞有個小朋友..., 琴晚睇到條片): left out before the rules read a Chinese
# message, as English `not_reading` leaves "today" beside a story read; a day word before
# what the writer or her child did is kept (今日睇新聞嗰陣個仔跌親: 睇 then 嗰陣, no 到/咗).
_READING_DAY_ZH = re.compile(
    r"(?:今日|今朝|今早|今天|琴晚|尋晚|昨晚|昨天|噚日)"
    r"(?=我?(?:(?:睇|看|讀|聽|見)(?:到|咗|了|完))?"
    r"(?:嘅|的|個|條|則|段|篇|套|部|齣|一條|一則|一段|一篇)? ?"
    r"(?:news|新聞|報道|報導|報紙|post|帖文|影片|短片|紀錄片|youtube|facebook|fb|ig)"
    r"(?!嗰陣|的時候|時|期間))"
)
# A hedge between a "can't" or "won't" and its verb ("can't really wake her", "won't
# properly wake", "couldn't quite catch his breath"): with a red sign named in the
# message the rules read the verb as told plainly (rec23; the model reads the message
# as written).
_HEDGED = re.compile(
    r"\b(cant|cannot|couldnt|wont|wouldnt) (?:really|quite|properly|seem to|seems to|actually) "
)
SEPARATOR = " . "  # between sentences: no `\b...( \w+)` pattern reaches across it
# An `unless` pattern longer than this (characters, its concepts filled in) is searched
# as its alternatives (`Triage._split_unless`): some twenty of them, most of the
# characters searched.
SPLIT_UNLESS = 1000


@dataclass(frozen=True)
class TriageResult:
    """What the safety check decided: `kind` is "escalate", "refer" or None (go on);
    `support` asks for the gentle support note; `lang` is "en" or "zh"."""

    kind: str | None
    category: str | None = None
    rule: str | None = None
    also: tuple[str, ...] = ()
    group: str | None = None
    support: bool = False
    lang: str = "en"

    @property
    def categories(self) -> tuple[str | None, ...]:
        """The category that decided, then the others the message also named."""
        return (self.category, *self.also)

    @property
    def reason(self) -> str | None:
        """What counsellors see: "category/rule" ("breathing/indrawing", "burns/classifier")."""
        return f"{self.category}/{self.rule}" if self.category else None


SAFE = TriageResult(None)


def fold(text: str) -> str:
    """One sentence as the rules read it: lowercase, full-width to half-width,
    Simplified to Traditional, apostrophes dropped, other punctuation as spaces,
    Latin and Chinese runs apart ("bb唔識" -> "bb 唔識")."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
        if _CJK.search(text):
            text = _typed_zh(_converted(text))  # made on the first one
        else:
            text = text.translate(_LAUGH_EN)
        text = text.replace("\u2019", "").replace("\u2018", "")
    return _words_only(text, _NON_WORD).strip()


def _words_only(text: str, non_word: re.Pattern) -> str:
    """`fold`'s last steps, shared with `sentences`: lowercase, apostrophes dropped,
    each run of `non_word` a space, Chinese and Latin apart, digits and letters apart
    ("2wk" -> "2 wk", "38c" -> "38 c")."""
    text = non_word.sub(" ", text.lower().replace("'", ""))
    if not text.isascii():
        text = _SCRIPT_GAP.sub(" ", text)
    return _DIGIT_WORD.sub(r"\g<0> ", text)


# A short sentence that only tells who someone is by age ("She's 3 and jealous.", "he is
# 2 and a half"): said of the one the sentence before tells of.
_AGE_TOLD = re.compile(
    r"\s*(?:and |but |oh )?(?:she|he|they)(?:'s|\u2019s|s| is| are|'re|\u2019re) (?:only |just |nearly "
    r"|almost |about |now )?(?:[1-9][0-9]?|one|two|three|four|five|six|seven|eight|nine|ten)\b"
    r"(?:\W+\w+){0,4}\W*",
    re.IGNORECASE,
)


def _fragments_joined(parts: list[str]) -> list[str]:
    """A fragment of one or two Latin words ("Coin. Mouth. Gone.", "stop. everything.
    permanently.") belongs to the sentence before it: telegraphic messages cut what
    one sentence tells into pieces too short for any rule to read. So does a short
    sentence telling only someone's age (`_AGE_TOLD`): the rules read whose act it was."""
    joined: list[str] = []
    for part in parts:
        if joined and part.isascii() and part.strip() and (
            len(part.split()) <= 2 or (len(part.split()) <= 7 and _AGE_TOLD.fullmatch(part))
        ):
            joined[-1] = f"{joined[-1]} {part}"
        else:
            joined.append(part)
    return joined


def sentences(message: str) -> list[str]:
    """The message's sentences, folded (empty ones dropped)."""
    # `fold` of every part at once: the parts joined by a new line (a split leaves
    # none in them), which no step of the folding makes, removes or reaches across
    # (NFKC composes nothing with it; OpenCC's dictionaries hold no phrase with it,
    # so each part converts as it would alone), then split again.
    parts = _fragments_joined(_SENTENCE_END.split(message))
    if message.isascii():
        text = "\n".join(parts)
    else:
        parts = unicodedata.normalize("NFKC", "\n".join(parts)).split("\n")
        chinese = [i for i, part in enumerate(parts) if _CJK.search(part)]
        if chinese:  # only the parts with Chinese are converted, as `fold` does
            joined = "\n".join(parts[i] for i in chinese)
            converted = _converted(joined).split("\n")
            for i, part in zip(chinese, converted, strict=True):
                parts[i] = _typed_zh(part)
        parts = [p if _CJK.search(p) else p.translate(_LAUGH_EN) for p in parts]
        text = "\n".join(parts).replace("\u2019", "").replace("\u2018", "")
    text = _words_only(text, _NON_WORD_OR_LINE)
    if _TURN_WORD.search(text):
        text = _TURN.sub("\n", text)
    return [s for s in (part.strip() for part in text.split("\n")) if s]


def language(message: str) -> str:
    return "zh" if not message.isascii() and _CJK.search(message) else "en"


@dataclass(frozen=True)
class Rule:
    category: str
    name: str
    required: tuple[LazyPattern, ...]
    unless: tuple[LazyPattern, ...]
    chinese: bool  # has Chinese text: worth trying only on a message with some
    unless_needs: tuple[tuple[frozenset, ...], ...]  # what each `unless` pattern needs
    # The category's harmless frames: each a group of concepts that, found together in
    # a sentence where nothing is happening now, make it no danger of this category.
    frames: tuple[tuple[Screened, ...], ...] = ()
    # The `unless` patterns that read the sentence's story (`MEDICAL_STORY`, `DANGER_STORY`).
    story: tuple[LazyPattern, ...] = ()
    # The `unless` patterns that read what follows the sentence too (`AFTERMATH`).
    read_on: tuple[LazyPattern, ...] = ()


class Screened:
    """A pattern searched as its alternatives (`needs.alternatives`), each only in a
    message holding what it needs: the long choices of words in the concepts and
    the distress patterns cost a search of the whole pattern at every word."""

    def __init__(self, pattern: str, readings: Readings):
        self.pattern = LazyPattern(pattern)
        parts = readings.alternatives(pattern)
        self.parts = [LazyPattern(p) for p in parts]
        self.needs = [readings.needs(p) for p in parts]
        # filed by the model's word counts, as the rules are: the rarest word of each
        # alternative (the look-up finds the same alternatives, fewer to check)
        self._index = Index(self.needs, readings.commonness)

    def found(self, text: str, features: set[str]) -> bool:
        """Whether the pattern matches `text` (a message or a sentence of it, whose
        whole message has `features`)."""
        parts = self.parts
        for n in self._index.met(features):  # a loop, not any(): no generator per call
            if parts[n].compiled.search(text):
                return True
        return False

    def start(self, text: str, features: set[str]) -> int | None:
        """Where the pattern's first match in `text` starts, or None: the earliest of
        its alternatives' first matches (the pattern matches at a place exactly where
        one of them does), each tried only where `features` hold what it needs."""
        parts = self.parts
        found = (parts[n].compiled.search(text) for n in self._index.met(features))
        return min((m.start() for m in found if m is not None), default=None)

    def matching(self, text: str, features: set[str]) -> list[re.Pattern]:
        """The alternatives that match `text`, each tried only where `features` hold
        what it needs."""
        parts = self.parts
        return [
            parts[n].compiled for n in self._index.met(features) if parts[n].compiled.search(text)
        ]


class Branches:
    """A searched rule's first pattern (`Triage._searched`) as its top-level branches
    (`a|b|c`), each with what it needs: a message meeting the needs of only some is
    searched with those alone, in their order. At each place `re` tries the branches
    in order and takes the first that matches there, and a branch whose needs are not
    met matches nowhere, so the matches (spans and text) are the same; the shorter
    pattern has fewer first characters to try at (`needs.leads`) and fewer choices at
    each (a psychosis rule of 22 branches, 2,500 characters, cost 80 us a long story)."""

    def __init__(self, pattern: LazyPattern, parts: list[str], readings: Readings):
        self.pattern = pattern
        self.parts = parts
        self.needs = [readings.needs(p) for p in parts]
        self._index = Index(self.needs, readings.commonness)
        self._made: dict[tuple[int, ...], LazyPattern] = {}  # met branches -> pattern

    @staticmethod
    def of(pattern: str) -> list[str] | None:
        """`pattern`'s top-level branches, if it has several and each can be searched
        alone (no back-reference and no flag, which a branch would lose or misplace)."""
        parts = top_level_branches(pattern)
        if len(parts) < 2 or not all(parts) or _UNSPLIT.search(pattern):
            return None
        return parts

    def met(self, features: set[str]) -> LazyPattern | None:
        """The pattern of the branches `features` (a message's) meets; None if none."""
        kept = self._index.met(features)
        if len(kept) == len(self.parts):
            return self.pattern
        if not kept:
            return None
        made = self._made.get(kept)
        if made is None:
            if len(self._made) >= 1000:  # many kinds of message: the whole pattern
                return self.pattern
            made = self._made[kept] = LazyPattern("|".join(self.parts[n] for n in kept))
        return made


# What makes a pattern's branches unsearchable alone (`Branches.of`).
_UNSPLIT = re.compile(r"\\[1-9]|\(\?P=|\(\?[aiLmsux]")


class Plain:
    """A concept searched plainly (`re`, the whole pattern) on a message about to be
    referred (`Triage._parenting_asked`), with no words of its own in the reader of
    every message: a search of the whole pattern costs 5-90 us on a long story.
    Screened first by what its alternatives need (`needs.alternatives`), met or not in
    the message's words as a reader of the plain concepts' own words reads them
    (`Triage._plain_reader`): a message meeting no alternative holds no match, so
    `search` finds none and `sub` leaves the text as it is, as `re` would."""

    def __init__(self, pattern: str, readings: Readings):
        self.compiled = re.compile(pattern)
        parts = readings.alternatives(pattern)
        self.parts = [LazyPattern(p) for p in parts]
        self.needs = [readings.needs(p) for p in parts]
        self._index = Index(self.needs, readings.commonness)

    def found(self, text: str, seen: set[str]) -> bool:
        """Whether the pattern matches `text`: one of its alternatives the message meets
        does (`needs.alternatives`: one of them matches wherever the pattern does, and
        only there). (cost49) A long concept opening with common words (`has|have|his|
        her ...`, `condition_background`: 3,800 characters) cost 70-260 us searched whole
        on a long story, each of the one or two alternatives a message meets a few."""
        parts = self.parts
        for n in self._index.met(seen):  # a loop, not any(): no generator per call
            if parts[n].compiled.search(text):
                return True
        return False

    def search(self, text: str, seen: set[str]) -> re.Match | None:
        """`re.search` in `text` (a message or a part of it, whose whole message the
        plain reader read as `seen`): the whole pattern searched only where one of its
        alternatives matches (`found`), so the match is the one `re` finds."""
        if not self.found(text, seen):
            return None
        return self.compiled.search(text)

    def sub(self, repl: str, text: str, seen: set[str]) -> str:
        """`re.sub` in `text`, as `search`."""
        if not self.found(text, seen):
            return text
        return self.compiled.sub(repl, text)


@dataclass(frozen=True)
class RunReading:
    """The learned model read per run of sentences (`SafetyModel.danger_window`, branch
    net26), a study's option (`Triage.reading_runs`), not shipped: a message of at least
    `sentences` sentences whose whole reading is under the bar and at least `floor` is
    read again in runs of `size` sentences, and a run scoring at least `bar` is read as
    the message's danger (the readers of a past, another's child, a figure or prevention
    still apply). The study, `bench/safety_windows.py`, found no bar that gains dangers
    without false alarms."""

    bar: float
    size: int = 2
    sentences: int = 4
    floor: float = 0.05


class Triage:
    """Safety rules (each pattern compiled on its first use) and the learned model.
    `known_words` are words never treated as typos (the dictionary's are never,
    either); `readings`: what the patterns need and open with, if not the process's
    for `model` (`readings.py`)."""

    def __init__(
        self,
        safety: dict,
        known_words: frozenset[str] = frozenset(),
        model: SafetyModel | None = None,
        readings: Readings | None = None,
    ):
        readings = readings or readings_for(model)
        concepts = expand_concepts(safety.get("concepts") or {})
        self.model = model
        self.runs: RunReading | None = None  # off as shipped (`reading_runs`)
        # The learned reader of what a message asks (`ask_reader.py`), shipped with the
        # model: read by `_parenting_asked` on a message about to be referred.
        self.ask_reader = load_shipped_reader() if model is not None else None
        # The learned reader of an escalation's frame (`frame_reader.py`), shipped with the
        # model: read by `_frame_withdrawn` on a message about to be escalated.
        self.frame_reader = load_shipped_frame_reader() if model is not None else None
        self.texting = {k: str(v) for k, v in (safety.get("texting") or {}).items()}
        # Cantonese verbs in Latin letters told done ("sik jor": ate), `_romanised_past`.
        romanised = safety.get("romanised_cantonese") or {}
        self._done_particles = frozenset(romanised.get("done") or ())
        self._romanised_verbs = {k: str(v) for k, v in (romanised.get("verbs") or {}).items()}
        categories = safety.get("categories") or {}
        self.group = {c: spec["group"] for c, spec in categories.items()}
        self.danger = _rules(
            [(c, spec.get("rules") or {}) for c, spec in categories.items()],
            concepts,
            readings,
            DANGER_STORY,
        )
        self.medical = _rules(
            [("medical", safety.get("medical") or {})], concepts, readings, MEDICAL_STORY
        )
        self._past_gate = [r for r in self.medical if r.name in PAST_PARENTING_GATE]
        # The words that can open each rule's first pattern tell which rules are
        # worth trying on a message (for most messages, a handful) and at which of
        # its words: a rule is tried there only, not at every character.
        self._openings = {
            id(rules): Openings([r.required[0].pattern for r in rules], readings.openings)
            for rules in (self.danger, self.medical)
        }
        # What each rule needs in a message (all its patterns' clauses): most
        # messages hold what a handful of rules need, so only those are tried.
        required = {
            id(rules): [
                [c for p in r.required for c in readings.filed_needs(p.pattern)] for r in rules
            ]
            for rules in (self.danger, self.medical)
        }
        self._needs = {
            key: Index(clauses, readings.commonness) for key, clauses in required.items()
        }
        distress = safety.get("distress") or {}
        self.distress = [Screened(p, readings) for ps in distress.values() for p in ps]
        self.hypothetical = Screened(_either(concepts, "hypothetical"), readings)
        self.asking = Screened(_either(concepts, "asking"), readings)
        self.ahead = Screened(_either(concepts, "ahead"), readings)
        self.happening = Screened(_either(concepts, "happening"), readings)
        self.urgent = Screened(_either(concepts, "urgent"), readings)
        # What the calm check reads as happening now: the English `happening`, and in
        # Chinese only a red sign told now (`emergency_now_zh`), not any time word.
        self.emergency_now = Screened(_either(concepts, "emergency_now"), readings)
        self.frame = Screened(_either(concepts, "parenting_frame"), readings)
        self.shape = Shape(_either(concepts, "shape_frame"))
        self.figurative = re.compile(_either(concepts, "figurative"))
        self.model_bar = ModelBar(concepts)
        # A figure of speech with a danger or a medicine in it, read out of the message
        # before the rules and the model read it, unless what is left tells a sign
        # (`figure`, `figure_sign`; `_figure_out`).
        # Read only on a message about to be escalated or referred, with a reader of
        # their own words (the reader of every message needs none of them); each
        # alternative searched only where its words are (a search of the whole
        # pattern costs most of a millisecond on a long story).
        self.figure = Screened(_either(concepts, "figure"), readings)
        self._figure_reader = Reader([c for n in self.figure.needs for c in n])
        self.figure_sign = re.compile(_either(concepts, "figure_sign"))
        # A game of children, read only on a message about to be escalated (`play_words`).
        # (each anchored at the message's start: searched as it is, not as a word run;
        # its alternatives each only where the message holds their words, read by a
        # reader of their own: a search of the whole scans an escalated message thrice).
        self.child_play = [
            Screened(concepts.get(n, "(?!)"), readings) for n in ("child_play", "child_play_zh")
        ]
        self._play_reader = Reader([c for s in self.child_play for n in s.needs for c in n])
        self.earnest = [re.compile(_either(concepts, n)) for n in ("earnest", "acted")]
        # A danger told long over in sentences of their own before the parent's question
        # (`_over_aside`), read only on a message about to be escalated, each alternative
        # only where the message holds its words (most escalated messages date nothing).
        self.aside_dated, self.aside_now, self.aside_over = (
            Screened(_either(concepts, name), readings)
            for name in ("aside_dated", "aside_now", "aside_over")
        )
        self.aside_act = LazyPattern(_either(concepts, "aside_act"))
        self.aftermath_now = LazyPattern(_either(concepts, "aftermath_now"))
        self.own_senses = LazyPattern(_either(concepts, "own_senses"))
        # (rec33) knocked out after a knock: A&E however well the child seems after
        self.knocked_out = LazyPattern(_either(concepts, "knocked_out"))
        self.settled = Screened(_either(concepts, "settled"), readings)
        self.child = Screened(_either(concepts, "child"), readings)
        self.long_ago = Screened(_either(concepts, "long_ago"), readings)
        self.all_clear = Screened(_either(concepts, "all_clear"), readings)
        self.well_now = Screened(_either(concepts, "well_now"), readings)
        self.lately = Screened(_either(concepts, "lately"), readings)
        self.older = Screened(_either(concepts, "older_child"), readings)
        self.victim_now = Screened(_either(concepts, "victim_now"), readings)
        self.acted = Screened(_either(concepts, "acted"), readings)
        self.real_sign = Screened(_either(concepts, "real_sign"), readings)
        # (fa33) The child asking about a past the writer told as over ("this morning my
        # son wanted to know about the lines on my arm"): the question, not the danger back.
        self.child_asked_about = Screened(_either(concepts, "child_asked_about"), readings)
        # Asked ahead, the child well, nothing told (English and Chinese in each: no `\b`).
        self.asked_ahead, self.well_ahead, self.told_event = (
            Screened(concepts.get(name, "(?!)"), readings)
            for name in ("asked_ahead", "well_ahead", "told_event")
        )
        # (fa29) The baby not born yet (`_decided`'s `ahead`): read on every message not
        # told as happening now, so screened (a search of the whole cost 10-20 us of a
        # long story).
        self.not_yet_born = Screened(_either(concepts, "not_yet_born"), readings)
        self.medicine_asked = Screened(concepts.get("medicine_asked", "(?!)"), readings)
        # (med32) A prevention that is itself a doctor's matter (travel medicine, sun
        # protection for a baby, contraception): asked ahead, still referred.
        self.doctor_prevention = Screened(concepts.get("doctor_prevention", "(?!)"), readings)
        # Whether a product or a place is safe for a child, asked ahead (`safety_asked`),
        # and a young child's threat quoted as words (`child_threat`).
        self.safety_asked, self.safety_told, self.child_threat, self.near_miss_over = (
            Screened(concepts.get(name, "(?!)"), readings)
            for name in ("safety_asked", "safety_told", "child_threat", "near_miss_over")
        )
        # A message that asks nothing (`asks_something`), telling a mild sign with the
        # child well (`told_well`) and nothing going on (`ongoing`): told, not asked.
        self.asks_something, self.told_well, self.ongoing = (
            Screened(concepts.get(name, "(?!)"), readings)
            for name in ("asks_something", "told_well", "ongoing")
        )
        self.mild_sign = Screened(concepts.get("mild_sign", "(?!)"), readings)
        self.prevention_asked, self.condition_owned = (
            Screened(concepts.get(name, "(?!)"), readings)
            for name in ("prevention_asked", "condition_owned")
        )
        self._screened = [*self.distress, self.hypothetical, self.happening, self.urgent]
        self._screened += [self.emergency_now]
        self._screened += [self.frame, self.settled, self.child]
        self._screened += [self.long_ago, self.all_clear, self.well_now, self.lately, self.older]
        self._screened += [self.victim_now, self.acted, self.real_sign, self.child_asked_about]
        self._screened += [self.aside_dated, self.aside_now, self.aside_over]
        self._screened += [self.asked_ahead, self.well_ahead, self.told_event]
        self._screened += [self.not_yet_born]
        self._screened += [self.medicine_asked, self.asks_something, self.told_well]
        self._screened += [self.ongoing, self.mild_sign, self.prevention_asked]
        self._screened += [self.condition_owned, self.safety_asked, self.child_threat]
        self._screened += [self.safety_told, self.near_miss_over, self.doctor_prevention]
        # A sentence told as over (`told_past`) and a general question (`general_question`)
        # open a story the next sentences belong to (`_story`).
        self.told_past = Screened(_either(concepts, "told_past"), readings)
        self.question = Screened(_either(concepts, "general_question"), readings)
        self.told_now = Screened(_either(concepts, "told_now"), readings)
        self.told_habit = Screened(_either(concepts, "told_habit"), readings)
        self._screened += [self.told_past, self.question, self.told_now, self.told_habit]
        # A child's emergency told as over (`_over`): dated in the past, told resolved,
        # nothing back or happening now after it; a return only feared is no return.
        self.event_past = Screened(_either(concepts, "event_past"), readings)
        self.event_over = Screened(_either(concepts, "event_over"), readings)
        self.event_back = Screened(_either(concepts, "event_back"), readings)
        self.hedged_back = re.compile(_either(concepts, "hedged_back"))
        self.warned_of_harm = re.compile(_either(concepts, "warned_of_harm"))
        self.play_scene, self.turned_real = (
            LazyPattern(_either(concepts, name)) for name in ("play_scene", "turned_real")
        )
        self.own_urge_told = re.compile(_either(concepts, "own_urge_told"))
        self.health_asked = Screened(_either(concepts, "health_asked"), readings)
        # A question how to explain, teach or reassure the child (or medicines told kept
        # away): about the child now, not about health.
        self.explain_asked = Screened(_either(concepts, "explain_asked"), readings)
        self.medicine_kept = Screened(_either(concepts, "medicine_kept"), readings)
        # The home made safe, asked (Chinese: 點樣 setup 屋企防止再跌): safety, not health.
        self.home_made_safe = Screened(_either(concepts, "home_made_safe"), readings)
        self.told_present = Screened(_either(concepts, "told_present"), readings)
        self.present_clause = Screened(_either(concepts, "present_clause"), readings)
        self._screened += [self.present_clause]
        self._screened += [self.event_past, self.event_over, self.event_back]
        self._screened += [self.health_asked, self.told_present, self.explain_asked]
        # What the message asks, and whether its telling tells a symptom now (`_asked`).
        self.ask_opening = Screened(_either(concepts, "ask_opening"), readings)
        self.parenting_ask, self.ask_health, self.checked_clear, self.symptom_now = (
            Screened(_either(concepts, name), readings)
            for name in ("parenting_ask", "ask_health", "checked_clear", "symptom_now")
        )
        self.lasting = Screened(_either(concepts, "lasting"), readings)
        self.sign_asked = Screened(_either(concepts, "sign_asked"), readings)
        # (screened as a plain concept: most parts of a message hold no "ask" nor 問)
        self.asked_by_other = Plain(
            f"(?:{_either(concepts, 'asked_by_other')})(?:(?<=\\bif)|(?<=\\bwhether)|{_REPORTED_START})",
            readings,
        )
        # Searched plainly, only on a message about to be referred: no reader words.
        # The clinic's people and places, health told as background, a lasting condition
        # named, health words that ask nothing (`ask_aside`); how the child feels or gets
        # on, a routine, a condition's care, a jab done and fine; a health visit asked
        # about as a feared or prepared-for place (`visit_feared`: scared of the dentist,
        # how to prepare her for her jabs) and its words, whether to go (`visit_needed`),
        # languages named beside an ask of talking late, an ask how long a phase lasts.
        (
            self.care_setting, self.health_background, self.condition_named,
            self.ask_aside, self.social_ask, self.routine_ask, self.care_asked,
            self.checked_fine, self.visit_feared, self.visit_words, self.visit_needed,
            self.languages_named, self.late_talk, self.recovery_ask,
        ) = (
            Plain(_either(concepts, name), readings)
            for name in (
                "care_setting", "health_background", "condition_named", "ask_aside",
                "social_ask", "routine_ask", "care_asked", "checked_fine", "visit_feared",
                "visit_words", "visit_needed", "languages_named", "late_talk", "recovery_ask",
            )
        )
        # A skill the parent asks how to bring on (talking, walking): a parenting matter
        # (`_parenting_words`, ref13).
        self.skill_encouraged = Plain(_either(concepts, "skill_encouraged"), readings)
        # A feed's or a dose's measure asked (ounces, ml): health (`_health_words`).
        self.measure_asked = Plain(_either(concepts, "measure_asked"), readings)
        # A check or a jab dated today ("had her jabs this morning", 今日打完針): the date
        # of a check told clear, no state of the child now (`_parenting_asked`, ref15).
        self.check_dated = Plain(_either(concepts, "check_dated"), readings)
        # A baby in the first weeks or months (`young`, `infant_zh`): no reading of the
        # ask stands for a message about to be referred (`_plainly_asked`).
        self.young_infant = Screened(
            "|".join(
                p for p in (
                    concepts.get("young") and rf"\b(?:{concepts['young']})\b",
                    concepts.get("infant_zh"),
                ) if p
            ) or "(?!)",
            readings,
        )
        self._screened.append(self.young_infant)
        # Someone else's condition told, and an ask to explain one to the child
        # (`_asides_out`).
        self.others_condition = Plain(_either(concepts, "others_condition"), readings)
        self.condition_explained = Plain(_either(concepts, "condition_explained"), readings)
        # (ref16) A developmental condition or therapy named as the child's, and an ask
        # whether the child has one or needs assessing (`_development_out`).
        self.development_named = Plain(_either(concepts, "development_named"), readings)
        self.development_asked = Plain(_either(concepts, "development_asked"), readings)
        self.diagnosis_word = Plain(_either(concepts, "diagnosis_word"), readings)
        # (med48) A lasting condition, a disability or a birth before term named as the
        # child's background, and an ask about the condition itself (`_development_out`).
        self.condition_background = Plain(_either(concepts, "condition_background"), readings)
        self.condition_asked = Plain(_either(concepts, "condition_asked"), readings)
        self.condition_care = Plain(_either(concepts, "condition_care"), readings)
        # (ref16) A sign told as stopped within some minutes (`_red_sign_now`).
        self.stopped_within = Plain(_either(concepts, "stopped_within"), readings)
        # (ref16) The parent's own needs or feelings asked about (`_parenting_words`).
        self.own_needs = Plain(_either(concepts, "own_needs"), readings)
        # (ref16) The child back at school or nursery: no sign back (`_told_now_in`).
        self.routine_resumed = Plain(_either(concepts, "routine_resumed"), readings)
        # A clinician's or a test's finding that rules a sign out (`_clear`).
        self.ruled_out = Plain(_either(concepts, "ruled_out"), readings)
        # A clinician's care ended with the child well (`_clear`).
        self.signed_off = Plain(_either(concepts, "signed_off"), readings)
        # What only a clinician answers, asked in a question sentence (`_plainly_asked`).
        self.doctor_asked = Plain(_either(concepts, "doctor_asked"), readings)
        # The parent's own turn to the question ("my actual question is", 我想問嘅係):
        # what is told before it is background unless told as now (ref8).
        self.ask_pivot = Plain(_either(concepts, "ask_pivot"), readings)
        self.asked_if_zh = re.compile(concepts.get("asked_if_zh", "(?!)"))
        self.dose_asked_zh = re.compile(concepts.get("dose_asked_zh", "(?!)"))
        self._screened += [self.ask_opening, self.parenting_ask, self.ask_health]
        self._screened += [self.checked_clear, self.symptom_now]
        self._screened += [self.lasting, self.sign_asked]
        self._screened += [self.medicine_kept, self.home_made_safe]
        self.not_yet = LazyPattern(concepts.get("not_yet", "(?!)"))
        self.self_act = Screened(_either(concepts, "self_act"), readings)
        self.child_act = Screened(_either(concepts, "child_act"), readings)
        self.now = Screened(_either(concepts, "now"), readings)
        self._screened += [self.asking, self.ahead, self.self_act, self.child_act, self.now]
        # A story read or seen, and the sentences after it told of someone else's child
        # (`_told_of_others`).
        self.story_opened = Screened(_either(concepts, "story_opened"), readings)
        self.others_child = Screened(_either(concepts, "others_child"), readings)
        # (the other child named with the writer's "my" before it: "my colleague's baby")
        others = _either(concepts, "others_child")
        self.others_named = re.compile(rf"(?:\b(?:my|our) )?(?:{others})")
        self.first_person = Screened(_either(concepts, "first_person"), readings)
        self.here_and_now = Screened(_either(concepts, "here_and_now"), readings)
        self.same_to_us = Screened(_either(concepts, "same_to_us"), readings)
        # Another family's child's emergency told as over in its own sentence, nothing of
        # the writer's child in it (朋友個仔上個禮拜抽筋，而家好穩定): no story needs opening.
        self.others_over = Screened(_either(concepts, "others_over"), readings)
        self._screened += [self.story_opened, self.others_child, self.others_over]
        # Another family's child's emergency told, then a question how to keep the home
        # safe (Chinese: 朋友個BB吞咗磁石入院，我想知屋企有咩要收好; `_others_then_kept_safe`).
        self.others_told, self.safety_kept_asked = (
            Screened(_either(concepts, name), readings)
            for name in ("others_told", "safety_kept_asked")
        )
        self._screened += [self.others_told, self.safety_kept_asked]
        # (the other family's child, or a child told of in the news: taken out before a
        # child of the writer's is looked for, `_others_alone`)
        self.other_child_zh = re.compile(concepts.get("other_child_zh", "(?!)"))
        self.own_child_too_zh = re.compile(concepts.get("own_child_too_zh", "(?!)"))
        # What makes a sentence no telling of this child now (`ModelBar.told_of_this_child`):
        # a question, a date or an event told as past, a story or another family's child.
        self._not_this_child = (
            self.asking, self.hypothetical, self.told_past, self.event_past,
            self.story_opened, self.others_child,
        )
        self._screened += [self.first_person, self.here_and_now, self.same_to_us]
        # Who is harmed and who acts, for the guidance that leads (`_leading`,
        # `_model_lead`): read on most escalations (each child emergency's lead reads a
        # collapse, an act meant on oneself and a plan; each abuse lead a grown-up
        # harmed), so screened: each alternative searched only where the message holds
        # its words (a search of the whole `me_harmed` cost 60-90 us of a long story).
        self.self_mind, self.me_harmed, self.child_quote, self.adult_act, self.collapse = (
            Screened(_either(concepts, name), readings)
            for name in ("self_mind", "me_harmed", "child_quote", "adult_act", "collapse")
        )
        self.harms_self, self.threat_to_self = (
            Screened(_either(concepts, name), readings)
            for name in ("harms_self", "threat_to_self")
        )
        # (guide28) An act told as meant on oneself with no self-harm rule read, and a
        # child's care left undone by the one caring (`_meant_on_self`, `_model_lead`).
        self.harm_meant_on_self, self.harm_to_self_told, self.harm_to_self_meant = (
            Screened(_either(concepts, name), readings)
            for name in ("harm_meant_on_self", "harm_to_self_told", "harm_to_self_meant")
        )
        # (and a swallow the writer plans; her childhood told beside a harm to "us")
        self.own_plan = Screened(_either(concepts, "own_plan"), readings)
        self.care_left, self.childhood_told = (
            LazyPattern(_either(concepts, name)) for name in ("care_left", "childhood_told")
        )
        # (guide29) A poisoning believed, a carer drunk or drugged and not waking, a
        # carer's farewell: whose danger the words tell (`_by_who`, `_on_carer_out`,
        # `_on_farewell`).
        self.harm_believed, self.carer_out, self.farewell_told = (
            LazyPattern(_either(concepts, name))
            for name in ("harm_believed", "carer_out", "farewell_told")
        )
        # (guide30) Violence heard from another home (`_on_heard_next_door`, `_model_lead`),
        # a sexual act told and a mark only a grown-up leaves (`_by_who`).
        self.heard_next_door, self.violence_heard = (
            LazyPattern(_either(concepts, name)) for name in ("heard_next_door", "violence_heard")
        )
        self.sexual_act_told, self.inflicted_mark = (
            LazyPattern(_either(concepts, name)) for name in ("sexual_act_told", "inflicted_mark")
        )
        self._screened += [self.self_mind, self.me_harmed, self.child_quote, self.adult_act]
        self._screened += [self.collapse, self.harms_self, self.threat_to_self]
        self._screened += [self.harm_meant_on_self, self.harm_to_self_told]
        self._screened += [self.harm_to_self_meant, self.own_plan]
        # (fa29) The writer fearing or picturing a danger (`_fear_only`): read on each
        # match of a category a fear may name and on the model's escalations, so screened.
        self.fear_pictured = Screened(_either(concepts, "fear_pictured"), readings)
        self._screened.append(self.fear_pictured)
        # Each category's harmless frames (`frames`: groups of concept names).
        names = {n for s in categories.values() for g in s.get("frames") or () for n in g}
        screened = {n: Screened(_either(concepts, n), readings) for n in sorted(names)}
        frames = {
            category: tuple(
                tuple(screened[name] for name in group) for group in spec.get("frames") or ()
            )
            for category, spec in categories.items()
        }
        self.danger[:] = [replace(r, frames=frames.get(r.category, ())) for r in self.danger]
        self._screened += list(screened.values())
        # The longest `unless` patterns (a concept of some hundred phrases filled in)
        # searched as their alternatives, each only where the message holds what it
        # needs (`_unless_found`): searching one whole cost more than the rule.
        self._split_unless = {
            p.pattern: Screened(p.pattern, readings)
            for r in self.danger + self.medical
            for p in r.unless
            if len(p.pattern) > SPLIT_UNLESS
        }
        self._screened += list(self._split_unless.values())
        # A searched rule's first pattern tried as the branches a message meets
        # (`_searched`).
        self._branches: dict[LazyPattern, Branches] = {}
        for rules in (self.danger, self.medical):
            readable = self._openings[id(rules)].readable
            for number, rule in enumerate(rules):
                first = rule.required[0]
                parts = None if readable[number] else Branches.of(first.pattern)
                if parts:
                    self._branches[first] = Branches(first, parts, readings)
        # The reader must know every word start, end and inside that any clause
        # checked against its features names.
        clauses = [c for s in self._screened for n in s.needs for c in n]
        clauses += [c for rules in required.values() for r in rules for c in r]
        clauses += [c for r in self.danger + self.medical for n in r.unless_needs for c in n]
        clauses += [c for b in self._branches.values() for n in b.needs for c in n]
        self._clauses = clauses
        starts = set().union(*(o.starts for o in self._openings.values()))
        self._reader = Reader(clauses, starts)
        # The plainly searched concepts' words, read only on a message about to be
        # referred (`Plain`).
        plains = [p for p in vars(self).values() if isinstance(p, Plain)]
        self._plain_reader = Reader([c for p in plains for n in p.needs for c in n])
        self.settles = {c for c, spec in categories.items() if spec.get("settles")}
        # (fa29) The categories whose danger a writer may picture or fear as her own and
        # name as only a fear (`_fear_only`), with its readers (read only on a match of
        # those categories or a message about to be escalated; the first, `fear_pictured`,
        # screened above).
        self.fears_disowned = {c for c, spec in categories.items() if spec.get("fears_disowned")}
        # (fa30) Categories whose signs' words, told of the writer's own state, are
        # her tiredness or mood ("i'm basically unresponsive by 9pm"): `Actors.writer_state`.
        self.writer_states = {c for c, spec in categories.items() if spec.get("writer_state")}
        self.fear_disowned, self.fear_earnest = (
            LazyPattern(_either(concepts, name)) for name in ("fear_disowned", "fear_earnest")
        )
        # (fa33) The categories whose taking of children may be told of a court
        # (`_court_taken`), with its plain reader.
        self.court_taken = {c for c, spec in categories.items() if spec.get("court_taken")}
        self.court_process = LazyPattern(_either(concepts, "court_process"))
        # (fa33) The categories whose threat words, said as a figure of speech, a message
        # may explain as one (`_saying_explained`), with its two plain readers.
        self.sayings_explained = {
            c for c, spec in categories.items() if spec.get("sayings_explained")
        }
        self.saying_named, self.saying_repeated = (
            LazyPattern(_either(concepts, name)) for name in ("saying_named", "saying_repeated")
        )
        # (fa29) A first-aid question put of any child (`_prevented`), another grown-up's
        # crisis told over in Chinese (`_others_crisis_over`): plain patterns, read only
        # where those readers ask.
        self.asked_of_any_child = LazyPattern(_either(concepts, "asked_of_any_child"))
        self.term_asked = LazyPattern(_either(concepts, "term_asked"))
        self.term_then_told = LazyPattern(_either(concepts, "term_then_told"))
        self.topic_taught = LazyPattern(_either(concepts, "topic_taught"))
        self.now_in_sentence = LazyPattern(_either(concepts, "now_in_sentence"))
        self.topic_then_told = LazyPattern(_either(concepts, "topic_then_told"))
        self.other_adult_zh, self.other_adult_well_zh = (
            LazyPattern(concepts.get(name, "(?!)"))
            for name in ("other_adult_zh", "other_adult_well_zh")
        )
        self.recovers = {c for c, spec in categories.items() if spec.get("recovers")}
        # The rules whose danger needs a grown-up as the one acting, their match opening
        # with the actor or following it (`actors.py`).
        self.grown_ups_act = {
            (c, name) for c, spec in categories.items() for name in spec.get("grown_ups_act") or ()
        }
        self.actors = Actors(concepts, SEPARATOR)
        # The rules of other groups whose danger is a child's emergency in its course (a
        # child lost, then found): told as over as one is (`_over`).
        self.told_over = {
            (c, name) for c, spec in categories.items() for name in spec.get("told_over") or ()
        }
        # (neglect45) The rules of a child gone whose absence a finding told after the
        # match ends, whenever told (`_found_again`), and its plain readings, searched only
        # on such a match.
        self.found_ends = {
            (c, name) for c, spec in categories.items() for name in spec.get("found_ends") or ()
        }
        self.found_again, self.gone_still, self.carer_lapsed = (
            LazyPattern(_either(concepts, name))
            for name in ("found_again", "gone_still", "carer_lapsed")
        )
        # The categories whose hitting rules a light smack of the child asked about does
        # not meet (`_smack_asked`), and its readings, searched only then.
        self.light_discipline = {c for c, spec in categories.items() if spec.get("light_discipline")}
        self.smack_light, self.smack_asked, self.smack_severe, self.smack_refused = (
            LazyPattern(_either(concepts, name))
            for name in ("smack_light", "smack_asked", "smack_severe", "smack_refused")
        )
        # (fa34) The categories whose danger a known condition's usual event, passed as its
        # plan says, is not (`_usual_passed`), and its readings, searched only then.
        self.usual_passes = {c for c, spec in categories.items() if spec.get("usual_passes")}
        self.usual_event, self.usual_passed, self.unusual_event = (
            LazyPattern(_either(concepts, name))
            for name in ("usual_event", "usual_passed", "unusual_event")
        )
        # (fa34) A message opening as a correction of the one before (`_correction_only`).
        self.correction_told = LazyPattern(_either(concepts, "correction_told"))
        # (fa31) The categories whose alone-words a child's own doing explains (`_own_doing`).
        self.own_doing_read = {c for c, spec in categories.items() if spec.get("own_doing")}
        self.own_doing, self.care_absent = (
            LazyPattern(_either(concepts, name)) for name in ("own_doing", "care_absent")
        )
        # The rules whose match ends with the one harmed: a grown-up harmed is domestic
        # violence whatever the rule's category (`_on_grown_up`).
        victims = {
            (c, name) for c, spec in categories.items() for name in spec.get("grown_victims") or ()
        }
        self.grown_victims = {
            (r.category, r.name): r for r in self.danger if (r.category, r.name) in victims
        }
        # Each danger rule by (category, name): a lead's own patterns read again
        # (`_on_writers_state`).
        self.danger_rule = {(r.category, r.name): r for r in self.danger}
        lexicon: set[str] = set()
        for rule in self.danger + self.medical:
            for pattern in rule.required:
                lexicon.update(_LEXICON_WORD.findall(re.sub(r"\\[a-zA-Z]", " ", pattern.pattern)))
        self._lexicon: dict[str, list[str]] = {}
        for word in sorted(lexicon):
            self._lexicon.setdefault(word[0], []).append(word)
        self._known = (
            known_words
            | frozenset(self.texting)
            | frozenset(w for phrase in safety.get("not_typos", []) for w in phrase.split())
        )
        self._corrections: dict[str, str] = {}
        self._recent: dict[str, TriageResult] = {}
        self._leads: dict[LazyPattern, re.Pattern | bool] = {}  # `_searched`
        # Loaded now, not on a parent's first message. The Simplified-to-Traditional
        # converter (43 MB) waits for the first Chinese text (`prepare_chinese`).
        _dictionary()

    def prepare_chinese(self) -> None:
        """Build the converter Chinese messages are read with now, not on a parent's
        first Chinese message: for a server whose knowledge holds Chinese (an
        English-only one may never need it)."""
        to_traditional()

    def compile_patterns(self) -> None:
        """Compile every pattern now rather than on its first search (0.4 s): for a
        server about to fork workers, which then share them and never wait for one."""
        patterns = [p for r in self.danger + self.medical for p in (*r.required, *r.unless)]
        patterns += [p for s in self._screened for p in s.parts]
        for pattern in patterns:
            pattern.compiled  # noqa: B018 - cached on the pattern

    def reading_runs(self, runs: RunReading | None) -> Triage:
        """This triage with the model read per run of sentences as `runs` says (a
        study's, `bench/safety_windows.py`): a copy sharing the rules and the model, with
        its own memory of recent results, as they depend on `runs`."""
        copied = copy.copy(self)
        copied.runs = runs
        copied._recent = {}
        return copied

    # -- deciding --------------------------------------------------------
    def check(self, message: str) -> TriageResult:
        """Triage one message, remembered for recent messages: the web layer asks once
        to exempt an emergency from rate limits and the engine again to answer it."""
        result = self._recent.get(message)
        if result is None:
            result = self.decide(message)
            if len(self._recent) >= 4096:
                self._recent.clear()
            self._recent[message] = result
        return result

    def decide(self, message: str, play: bool = True) -> TriageResult:
        """`check` without remembering: the rules and the model applied afresh (`play`:
        a message escalated on words said in a game is read again without them), then an
        escalation the learned reader of the frame reads as no danger now withdrawn
        (`_frame_withdrawn`)."""
        prepared = self._prepared(message)
        result = self._decide_read(message, play, prepared)
        if result.kind == "escalate" and self.frame_reader is not None:
            result = self._frame_withdrawn(message, result, prepared) or result
        return self._care_left_first(result, prepared[3])

    def _care_left_first(self, result: TriageResult, text: str) -> TriageResult:
        """(guide28) The model's escalation of a child's feeds or changes left undone for
        days by the one caring, told with no thought of dying or of harm (`care_left`:
        its head reads a plan or a dehydration in "I can't get up, she hasn't been fed
        since yesterday"): the child's care (neglect) leads, the head's text after it.
        Read once decided: abuse is never withdrawn nor read again for play, so
        leading with it before would change what is decided."""
        if (
            result.kind != "escalate"
            or result.rule != "classifier"
            or self.group[result.category] in ("abuse", "domestic_violence")
            or not self.care_left.search(text)
            or self.self_mind.pattern.search(text)  # (the whole pattern: a rare reading)
        ):
            return result
        also = (result.category, *result.also)
        return replace(result, category="neglect_missing", also=also, group="abuse")

    def _frame_withdrawn(self, message: str, result: TriageResult, prepared):
        """The message (`prepared`: its `_prepared` reading) decided again without
        escalating, when every category of the escalation `result` is in a group the
        learned reader of the frame (`frame_reader.py`) may withdraw (a child emergency, a
        caregiver crisis, violence at home) and it reads it under that group's bar, as no
        danger now ("one more round of that song and I'm off a bridge 😂 what other
        music?"); else None."""
        # (veto48: each group's own bar, the lowest of the escalation's groups; None when
        # one of them is never withdrawn)
        bar = self.frame_reader.bar_of({self.group[c] for c in result.categories})
        if bar is None:
            return None
        lang, folded, parts, text, words = prepared
        danger = self.model.scores(" ".join(folded)).danger
        # (each concept searched only while it could still decide: `FrameReader.withdraws`)
        found = partial(self._found, text=text, features=words.features)
        if not self.frame_reader.withdraws(found, danger, result.rule == "classifier", bar):
            return None
        return self._decided(message, lang, folded, parts, text, words, escalating=False)

    def frame_readings(self, message: str, concepts) -> tuple[list[bool], float]:
        """Whether each of `concepts` (names of the triage's `Screened` concepts) is found
        in `message` as `decide` reads it, and the model's danger probability of it: the
        learned reader of the frame's features (`frame_reader.py`)."""
        _, folded, _, text, words = self._prepared(message)
        found = [self._found(c, text, words.features) for c in concepts]
        return found, self.model.scores(" ".join(folded)).danger

    def _found(self, concept: str, text: str, features: set[str]) -> bool:
        """Whether the `Screened` concept named `concept` is found in `text`."""
        return getattr(self, concept).found(text, features)

    def _prepared(self, message: str):
        """`message` as the rules read it: (language, folded sentences, the sentences spelt
        out and read without denied signs and acts, other adults' warnings or hedges, the
        text they make, its `Words`)."""
        lang = language(message)
        folded = sentences(message)
        parts = [_DENIED_SIGN.sub(" ", as_writer(self._spelt_out(s))) for s in folded]
        parts = [_DENIED_ACT.sub(" ", p) for p in parts]
        parts = [_SIGN_FREE.sub(" ", p) if " free" in p else p for p in parts]
        parts = [self._without_warning(p) for p in parts]
        if lang == "zh":
            parts = [_DENIED_ACT_ZH.sub(" ", _DENIED_SIGN_ZH.sub(" ", p)) for p in parts]
            parts = [_DENIED_HARM_ZH.sub(" ", p) for p in parts]
            parts = [_READING_DAY_ZH.sub("", p) for p in parts]
        elif any(_HEDGED.search(p) for p in parts) and self.model_bar.red_sign.search(
            " " + SEPARATOR.join(parts) + " "
        ):
            # A hedged "can't really wake her" is read plainly when the message names a
            # red sign ("she just flops back"); without one the hedge stands ("can't
            # really wake him for the dream feed").
            parts = [_HEDGED.sub(r"\1 ", p) for p in parts]
        text = " " + SEPARATOR.join(parts) + " "
        return lang, folded, parts, text, self._reader.read(text)

    def _decide_read(self, message: str, play: bool, prepared=None) -> TriageResult:
        """`decide` before the learned reader of the frame (`prepared`: `_prepared`'s
        reading of `message`, if made)."""
        lang, folded, parts, text, words = prepared or self._prepared(message)
        result = self._decided(message, lang, folded, parts, text, words)
        # A decision resting on a figure of speech ("eats broccoli like it's poison",
        # "a dose of praise", 好似食咗藥咁, "suffocating him by staying") is not taken:
        # read again with the figures out, the calmer decision stands (`_figure_out`).
        figures = self._figures(text, words) if result.kind is not None else None
        if figures:
            plain = self._figure_out(parts, figures)
            if plain is not None:
                text = " " + SEPARATOR.join(plain) + " "
                folded = [_without(f, figures) for f in folded]
                words = self._reader.read(text)
                calmer = self._decided(message, lang, folded, plain, text, words)
                if _SEVERITY[calmer.kind] < _SEVERITY[result.kind]:
                    return calmer
        # An escalation resting on words a child says in a game ("help, he's choking me!"
        # in a hugging game): read again without them, the calmer decision stands
        # (`play_words`).
        if (
            play
            and result.kind == "escalate"
            and (
                "abuse" not in {result.group, *(self.group[c] for c in result.also)}
                # A child's threat in a game, said to the one played with, is no
                # disclosure (`threats_only`).
                or threats_only(message, self.figure_sign)
            )
            and self._in_play(text, words)
        ):
            plain = words_out(message, self.figure_sign)
            # Never when what is left says the words are meant or acted on ("I actually
            # mean it", every day, a plan, tried to, a window: `earnest`, `acted`).
            left = " " + " ".join(sentences(plain)) + " " if plain is not None else ""
            if plain is not None and not any(p.search(left) for p in self.earnest):
                calmer = self._decide_read(plain, play=False)
                if _SEVERITY[calmer.kind] < _SEVERITY[result.kind]:
                    return calmer
        # An escalation resting only on sentences that tell a danger long over, set aside
        # before the parent's own question ("before we moved here my ex was violent; we
        # left, that was four years ago and we're safe. my daughter is bossy, is this
        # confidence?"): read again without them, the calmer decision stands (what is
        # left is also what a doctor would be asked: "she had a febrile fit in 2023 and
        # recovered. should she still have the MMR?" is referred) (`_over_aside`).
        # A referral resting only on such a story ("she spent a week in the NICU when
        # she was born; she's a healthy toddler now. how do i stop hovering?") is read
        # again the same way, unless what is left is a doctor's question
        # (`_without_over_aside`).
        if result.kind is not None:
            referred = result.kind == "refer"
            calmer = self._without_over_aside(message, lang, parts, folded, words, referred)
            if calmer is not None and _SEVERITY[calmer.kind] < _SEVERITY[result.kind]:
                return calmer
        return result

    def _without_warning(self, sentence: str) -> str:
        """`sentence` without another adult's warning that the parent will hurt the
        child by a way of caring for it ("my mil says i'll drown him if i bath him
        alone"): a prediction, no urge or act for the rules (`warned_of_harm`); kept
        whole when the sentence tells an urge or a thought of the parent's own."""
        # (most sentences name no saying at all: a look for the verbs' stems first)
        if not any(stem in sentence for stem in _WARNING_STEMS):
            return sentence
        if self.warned_of_harm.search(sentence) is None or self.own_urge_told.search(sentence):
            return sentence
        return self.warned_of_harm.sub(" ", sentence)

    def _without_over_aside(self, message, lang, parts, folded, words, referred: bool):
        """`_decided` on the message without the sentences `_over_aside` sets aside, or
        None when it sets none aside, or when the message was `referred` and what is
        left asks a doctor's question: it asks about health or a medicine
        (`_asks_health`, outside a sentence only telling the child clear,
        `_not_told_clear`), or the learned reader of the ask does not read it as a
        parenting one ("she is 2 now. should we go ahead with the next ones?")."""
        kept = self._over_aside(parts, folded, words.features)
        if kept is None:
            return None
        rest, rest_folded = kept
        rest_text = " " + SEPARATOR.join(rest) + " "
        words = self._reader.read(rest_text)
        if referred and (
            any(self._asks_health(r, words.features) for r in self._not_told_clear(rest, words))
            or not self._read_as_parenting(rest, lang == "zh")
        ):
            return None
        return self._decided(message, lang, rest_folded, rest, rest_text, words)

    def _not_told_clear(self, parts: list[str], words: Words) -> list[str]:
        """`parts` without the sentences that only tell the child checked and clear
        (`_clear`: "the paediatrician has discharged him", "the GP said she was fine"),
        asking nothing (`ask_opening`): the clinician named there asks no doctor's
        question."""
        seen = self._plain_reader.read_also(words)
        features = words.features
        return [
            p
            for p in parts
            if not self._clear(p, features, seen) or self.ask_opening.found(p, features)
        ]

    def _read_as_parenting(self, parts: list[str], chinese: bool) -> bool:
        """Whether the learned reader of the ask (`ask_reader.py`) reads the ask of
        `parts` (`_ask_split`), with what is told before it, as a parenting one."""
        reader = self.ask_reader
        if reader is None:
            return False
        asks, tellings, leads = self._ask_split(SEPARATOR.join(parts), parts)
        if not asks:
            return False
        doctor = reader.doctor(asked_text(asks, tellings, leads), " ".join(tellings))
        return doctor < reader.below(chinese)

    def _over_aside(self, parts: list[str], folded: list[str], features: set[str]):
        """The sentences of `parts` that tell a danger long over, set aside before what
        the parent asks (English and Chinese): a run of sentences opening with one dated long ago
        (`aside_dated`), each telling nothing now, lately or lasting (`aside_now`, `now`,
        `_back`), up to one (or a later one) telling it over (`aside_over`: we left, safe
        and settled, found him, a one-off, none since, got help); a later sentence, not
        set aside, asks something (`ask_opening`, `ask_pivot`); nothing in the message
        is happening now (`now`) and no sentence after the run tells anything back or
        of today (`_back`).
        Returns the sentences kept (spelt out, and folded), or None when there is no
        such run."""
        if self.now.found(" " + " . ".join(parts) + " ", features):
            return None
        # A sentence dating a story and asking after it ("years ago i used to self harm
        # but i have been well for a long time how do i talk to her about it") is read
        # as two: the story up to the question's opening, and the question.
        datings = [
            self.aside_dated.found(part, features) and self.aside_dated.pattern.search(part)
            for part in parts
        ]
        # (a run opens only at a sentence dated long ago: with none, none is set aside)
        if not any(datings):
            return None
        split: list[tuple[str, str]] = []
        for part, plain, dated in zip(parts, folded, datings, strict=True):
            asked = dated and self.ask_opening.pattern.compiled.search(part, dated.end())
            if asked and asked.start() > dated.end():
                split += [(part[: asked.start()].strip(), ""), (part[asked.start() :], "")]
            else:
                split.append((part, plain))
        if len(split) > len(parts):  # (the model reads the split parts as spelt out)
            split = [(p, f or p) for p, f in split]
            parts = [p for p, _ in split]
        if len(parts) < 2:
            return None
        aside = self._aside_run(parts, features)
        if aside is None:
            return None
        kept = [i for i in range(len(parts)) if i not in aside]
        return [parts[i] for i in kept], [split[i][1] for i in kept]

    def _aside_run(self, parts: list[str], features: set[str]) -> set[int] | None:
        """`_over_aside`'s sentences set aside, of sentences split at a question."""

        def quiet(sentence: str) -> bool:
            return not (
                self.aside_now.found(sentence, features)
                or self._told_back_or_now(sentence, features)
            )

        def told_over(sentence: str) -> bool:
            # (a neglect told, "i left him asleep at home", is no leaving: `aside_act`)
            return self.aside_over.found(self.aside_act.compiled.sub(" ", sentence), features)

        aside: set[int] = set()
        number = 0
        while number < len(parts) - 1:
            if not (self.aside_dated.found(parts[number], features) and quiet(parts[number])):
                number += 1
                continue
            end = number
            over = told_over(parts[number])
            # the story goes on in quiet sentences that ask nothing, up to its end
            while not over and end + 1 < len(parts) - 1:
                following = parts[end + 1]
                if not quiet(following) or self.ask_opening.found(following, features):
                    break
                end += 1
                over = told_over(following)
            if not over:
                # or a later sentence tells it over ("that was four years ago and we're safe")
                later = end + 1
                if (
                    later < len(parts) - 1
                    and quiet(parts[later])
                    and told_over(parts[later])
                    and not self.ask_opening.found(parts[later], features)
                ):
                    end, over = later, True
            # (any later sentence telling something back or today: "last night he found
            # our new flat" tells the same story now, with no word of a return; nor one
            # telling the writer's own state now: "since tuesday i keep hearing ...")
            # (fa33: nor the child's question about it, "my 4yo asked today what the
            # scars are", the day of the asking: `_child_asked_only`)
            if over and not any(
                (self._back(p, features) and not self._child_asked_only(p, features))
                or self._writer_now(p, features)
                for p in parts[end + 1 :]
            ):
                aside.update(range(number, end + 1))
            number = end + 1
        if not aside:
            return None
        asked = any(
            self.ask_opening.found(parts[i], features) for i in range(len(parts)) if i not in aside
        )
        return aside if asked else None

    def _writer_now(self, sentence: str, features: set[str]) -> bool:
        """Whether `sentence` tells the writer herself (I, me; 我 outside a question)
        now, lately or lasting (`aside_now`): "since tuesday i keep hearing ...",
        "lately i can't stop thinking ...", 我最近又唔想活."""
        if not self.aside_now.found(sentence, features):
            return False
        # (the aftermath she tells or asks about, her lasting fear or protective habit or
        # the child at ease again, is not her own state as a danger: `aftermath_now`;
        # unless she tells her own mind or senses: "i'm scared of the voices i hear")
        if self.aftermath_now.search(sentence) and not (
            self.self_mind.found(sentence, features) or self.own_senses.search(sentence)
        ):
            return False
        if not _CJK.search(sentence):
            # (in a question only as its subject: "why does he still ask me" is the child's)
            if self.ask_opening.found(sentence, features):
                return _SELF_SUBJECT.search(sentence) is not None
            return _SELF.search(sentence) is not None
        return _WRITER.search(sentence) is not None and not self.ask_opening.found(
            sentence, features
        )

    def _in_play(self, text: str, words: Words) -> bool:
        """Whether `text` (read as `words`) tells a game of children (`child_play`),
        each alternative searched only where `text` holds its words."""
        features = self._play_reader.read_also(words)
        return any(p.found(text, features) for p in self.child_play)

    def _decided(
        self, message, lang, folded, parts, text, words, escalating: bool = True
    ) -> TriageResult:
        """`decide` on a message read as `folded` sentences, spelt out as `parts`
        (`text`, read as `words`); with `escalating` False, neither the rules nor the model
        escalate (an escalation withdrawn: `_frame_withdrawn`)."""
        chinese = lang == "zh"
        features = words.features
        # Said to be happening now anywhere in the message ("what do you do when a kid
        # has a fit?? its happening now"): no sentence of it is prevention talk.
        now = self.now.found(text, features)
        # A question asked ahead while the child is well ("... for next time, she's
        # fine now") with nothing told as happening: no child emergency is read in it.
        ahead = (
            not now
            and self.asked_ahead.found(text, features)
            and self.well_ahead.found(text, features)
            and not self.told_event.found(text, features)
            and not self.happening.found(text, features)
        )
        # Whether a product or a place is safe for a child ("are magnet tiles safe for a
        # 3 year old?"), nothing told as happened: asked ahead too, for the rules and the
        # model alike (the model reads the dangers named as a plan or a swallow).
        product = (
            not now
            and self.safety_asked.found(text, features)
            and not self.safety_told.found(text, features)
        )
        ahead = ahead or product
        # (fa29) A child emergency asked on an if while the baby is not born yet ("if
        # her lips go purple do we call an ambulance? she's due in two weeks"), nothing
        # told: asked ahead too.
        ahead = ahead or (
            not now
            and self.not_yet_born.found(text, features)
            and self.hypothetical.found(text, features)
            and not self.told_event.found(text, features)
            and not self.happening.found(text, features)
        )
        matched = escalating and self._matches(
            self.danger, text, parts, chinese, False, words, now=now, ahead=ahead
        )
        support = any(p.found(text, features) for p in self.distress)
        if matched:
            category, rule = self._leading(matched, text, features)
            others = [m for m in matched if m != (category, rule)]
            also = tuple(dict.fromkeys(c for c, _ in others if c != category))
            return TriageResult(
                "escalate", category, rule, also, self.group[category], support, lang
            )
        scores = self.model.scores(" ".join(folded)) if self.model else None
        # A message the model reads as near a danger (as for the support note) keeps each
        # sentence's own reading: a story told around it excuses no medical word, so a
        # danger the rules miss after a past illness is still sent to a doctor (an
        # illness told as over and resolved, `_over`, is still excused).
        worried = scores is not None and scores.danger >= self.model.support_threshold
        medical = self._matches(
            self.medical, text, parts, chinese, True, words, stories=not worried
        )
        if scores is not None:
            # A question naming symptoms is a medical one unless the model is sure;
            # one that says it is happening now ("already") or asks about A&E is not.
            # In Chinese a time word that dates the child or tells a mild course
            # (而家三歲, 今日出咗少少疹) keeps it calm; a red sign told now does not.
            calm = (
                medical
                and not self.emergency_now.found(text, features)
                and not self.urgent.found(text, features)
            )
            # A red sign named is no calm question's; told as happening now, it lowers
            # the bar and no reading of the danger as over stands it down (`model_bar`).
            guarded = bool(medical) or scores.medical >= MEDICAL_REFERRAL
            threshold, pressing = self.model_bar.bar(
                scores.danger,
                text,
                self.model.threshold,
                MEDICAL_THRESHOLD if calm else None,
                now,
                medical=guarded,
            )
            # Read for a danger without the question or minimiser it is wrapped in
            # ("is it normal that ...", "probably nothing but ..."; `shape.py`), unless
            # the message tells it as over or pretend, or asks ahead.
            # (the frames read off before `hypothetical`, the costlier reading: most
            # messages hold no frame, and then nothing is read again)
            shaped, read, first = scores, folded, 0
            if scores.danger >= SHAPE_FLOOR and not self.settled.found(text, features):
                plain = self.shape.read_off(folded)
                if plain is not None and not self.hypothetical.found(text, features):
                    shaped, read = self.shape.danger(self.model, folded, scores, plain)
            runs = self.runs
            if (
                runs is not None
                and len(folded) >= runs.sentences
                and runs.floor <= shaped.danger < threshold
                and not self.settled.found(text, features)
            ):
                window, first = self.model.danger_window(folded, runs.size)
                if window.danger >= max(runs.bar, threshold):
                    shaped, read = window, folded[first : first + runs.size]
            # (bar48) A danger of a caregiver's crisis, of abuse or of violence at home
            # told in words the rules lack is held to its group's bar (`model_bar`), a
            # medical question to the usual one; the readers below stand it down alike.
            if self.model_bar.lowest <= shaped.danger < threshold:
                group = self.group.get(shaped.danger_category)
                threshold = self.model_bar.family(threshold, group, guarded)
            # (a follow-up is read only of a message the model would escalate)
            follow_up = shaped.danger >= threshold and (
                names_nothing(parts) or asked_of_another(parts)
            )
            if shaped.danger >= threshold and not follow_up:
                follow_up = self._figurative(" ".join(read), threshold)
                follow_up = follow_up or self.child_threat.found(text, features)
                follow_up = follow_up or (not pressing and self._correction_only(parts, text, features))
                # (the writer's own fear or picture, named as only a fear: `_fear_only`)
                follow_up = follow_up or (not pressing and self._fear_only(text, text, features))
                follow_up = follow_up or (
                    not pressing
                    and self.near_miss_over.found(text, features)
                    and not self.emergency_now.found(text, features)
                )
            if shaped.danger >= threshold and not follow_up and not pressing:
                follow_up = self._rests_on_over(read, parts, text, features, threshold, first=first)
            if escalating and shaped.danger >= threshold and not follow_up:
                category = shaped.danger_category
                asked = ahead and (product or self.group[category] in FIRST_AID_GROUPS)
                # A question put in general words ("how do you wake a baby who...") read
                # as asked ahead yields to a red sign told in a sentence of its own.
                prevented = not asked and self._prevented(self.group[category], text, features)
                prevented = prevented and not self.model_bar.told_of_this_child(
                    parts, lambda p: any(c.found(p, features) for c in self._not_this_child)
                )
                if now or not (asked or prevented):
                    # (the head's own category follows the lead it is read again to)
                    lead = self._model_lead(category, text, features)
                    also = (category,) if lead != category else ()
                    return TriageResult(
                        "escalate", lead, "classifier", also, self.group[lead], support, lang
                    )
            support = support or scores.distress >= self.model.support_threshold
            support = support or scores.danger >= self.model.support_threshold
        # A question asked ahead while the child is well ("at what temperature should I
        # call the doctor? asking so I know, she's fine now") is prevention: answered,
        # not referred, unless it names a medicine or a dose (those go to a doctor).
        prevention = ahead and not self._doctor_asked_ahead(text, features)
        # A question asked to prevent or be ready, nothing told as there already and no
        # condition of the child's own named, is prevention too (English).
        prevention = prevention or (
            not chinese
            and not now
            and bool(medical or (scores is not None and scores.medical >= MEDICAL_REFERRAL))
            and self.prevention_asked.found(text, features)
            and not self.told_event.found(text, features)
            and not self.happening.found(text, features)
            and not self.condition_owned.found(text, features)
            and (
                not self.medicine_asked.found(text, features)
                or self.medicine_kept.found(text, features)  # medicines kept away
            )
            and not self.doctor_prevention.found(text, features)
        )
        # The same in Chinese: asked on an if or before a trip ("萬一肚瀉要留意咩脫水徵狀")
        # with no medicine asked, or medicines asked about as things to keep out of reach
        # (藥應該收喺邊, 點樣收先唔會俾佢攞到) with no amount asked; nothing told as
        # happened, there now or again.
        prevention = prevention or (
            chinese
            and not now
            and bool(medical or (scores is not None and scores.medical >= MEDICAL_REFERRAL))
            and (
                (
                    bool(self.asked_if_zh.search(text))
                    and not self._doctor_asked_ahead(text, features)
                )
                or (
                    self.medicine_kept.found(text, features)
                    and not self.dose_asked_zh.search(text)
                )
            )
            and not self.told_event.found(text, features)
            and not self.told_now.found(text, features)
            and not self.happening.found(text, features)
        )
        # A message that only tells a mild sign of the skin or a knock, or a mild
        # temperature, with the child well ("bumped his head, small lump, now playing and
        # eating normally."), asking nothing, naming no medicine and nothing going on for
        # days, is not a question for a doctor (English; `mild_sign`).
        prevention = prevention or (
            not chinese
            and not worried
            and "?" not in message
            and bool(medical or (scores is not None and scores.medical >= MEDICAL_REFERRAL))
            and not self.asks_something.found(text, features)
            and self.told_well.found(text, features)
            and self.mild_sign.found(text, features)
            and not self.ongoing.found(text, features)
            and not self.medicine_asked.found(text, features)
        )
        if prevention:
            medical = []
        # The model reads medical words; a question about feelings, play or routine
        # around them ("she is scared of the doctor") is not referred on its say.
        if (
            not prevention
            and not medical
            and scores is not None
            and scores.medical >= MEDICAL_REFERRAL
            and not self.frame.found(text, features)
            and not self._rests_on_over(folded, parts, text, features, MEDICAL_REFERRAL, True)
        ):
            medical = [("medical", "classifier")]
        # (med49) A question no rule and no model referred whose ask the learned reader
        # reads as surely a doctor's is referred (`ASK_REFERRAL`); the parenting gate
        # below still reads it.
        if (
            not prevention
            and not medical
            and scores is not None
            and self.ask_reader is not None
            and self._doctor_asked(message, parts, words)
        ):
            medical = [("medical", "ask_reader")]
        # A parenting ask with medical words only in the telling ("she spent a week in
        # hospital as a baby, all fine since. how do i help her settle at nursery?") is
        # answered: the referral stands when the ask concerns health or a symptom of the
        # child is told as there now (`_parenting_asked`), or the parent's own medicine, a
        # remedy or a named drug is asked about (`_gate_passed`, read last: it is rarely
        # needed).
        if (
            medical
            and not now
            and self._parenting_asked(
                message,
                parts,
                text,
                features,
                chinese,
                medical[0][1] != "classifier",
                words,
                background=not worried,
            )
            and not self._gate_passed(text, parts, features)
        ):
            medical = []
        if medical:
            return TriageResult("refer", "medical", medical[0][1], support=support, lang=lang)
        return TriageResult(None, support=support, lang=lang) if support else SAFE

    def _doctor_asked(self, message: str, parts: list[str], words: Words) -> bool:
        """(med49) Whether the message asks a question ("?" or "？") whose ask
        (`_ask_split`), read by the learned reader of the ask with what is told before it,
        is surely a doctor's (`ASK_REFERRAL`). Read only of a message nothing else
        referred or escalated."""
        if "?" not in message and "\uff1f" not in message:
            return False
        seen = self._plain_reader.read_also(words)
        asks, tellings, leads = self._ask_split(message, parts, seen)
        if not asks:
            return False
        doctor = self.ask_reader.doctor(asked_text(asks, tellings, leads), " ".join(tellings))
        return doctor >= ASK_REFERRAL

    def _gate_passed(self, text: str, parts: list[str], features: set[str]) -> bool:
        """Whether a medical rule the parenting gate never answers (`PAST_PARENTING_GATE`:
        the parent's own medicine, a remedy or a named drug asked about) matches: read
        only of a message about to be answered as a parenting one."""
        return any(self._rule_matches(r, text, parts, None, features) for r in self._past_gate)

    def _doctor_asked_ahead(self, text: str, features: set[str]) -> bool:
        """A question asked ahead that still goes to a doctor: a medicine named, or a
        prevention that is a doctor's matter (`doctor_prevention`)."""
        return self.medicine_asked.found(text, features) or self.doctor_prevention.found(
            text, features
        )

    def _parenting_asked(
        self,
        message: str,
        parts: list[str],
        text: str,
        features: set[str],
        chinese: bool,
        ruled: bool,
        words: Words,
        background: bool = True,
    ) -> bool:
        """Whether the message asks a parenting question and tells nothing of the child's
        health as there now. The ask (`_ask_split`; or, when a medical rule matched and the
        ask names nothing nor asks whether something is normal or a worry, `sign_asked`,
        the clause leading into it) must name a parenting matter
        (`parenting_ask`: behaviour, feelings, sleep, school, siblings, play) and nothing of
        health (`ask_health`, or a medical rule matching in it: a symptom, a medicine, a
        dose, a vaccine, a doctor, growth or feeding amounts). Each sentence of the
        telling that names health (`ask_health`, or a medical rule matching in it) once the
        clinic's people and places are taken out (`care_setting`: a nurse met in passing,
        a hospital stay) must be told as past
        (`told_past`, `event_past`, a habit of school days, or after such a sentence with
        nothing told present; never a lasting condition or a course going on since,
        `lasting`) or as checked and clear (`checked_clear`), and nothing in it told now
        (`told_now`, `present_clause`, `symptom_now`, back again)."""
        seen = self._plain_reader.read_also(words)  # the plain concepts' words
        reader = self.ask_reader
        if reader is None and not self._parenting_words(text, features, seen):
            return False  # most medical questions
        # (ref16) Whether the child has a developmental condition or needs assessing,
        # asked (`development_asked`): a doctor's question, whatever parenting words it holds.
        if self.development_asked.search(text, seen):
            return False
        asks, tellings, leads = self._ask_split(message, parts, seen)
        # The learned reader reads the ask, with what is told before it, as a parenting
        # one (`ask_reader.py`): it then stands for the parenting words the concepts look
        # for in the ask, and for the reading of the telling below.
        doctor = None  # the reader's probability of a doctor's ask, once read
        # A health visit feared, readied for or read about (`_visit_feared`): its words
        # are the ask's setting.
        feared = self._visit_feared(asks, tellings, leads, seen)
        learned = (
            bool(asks)
            and reader is not None
            and not any(
                self._health_words(a, features, seen)
                for a in self._development_out(
                    self._visit_out(asks, feared, seen), text, seen, background
                )
            )  # cheap first
            # (the reader before the question sentences: it reads most asks as a doctor's)
            and (doctor := reader.doctor(asked_text(asks, tellings, leads), " ".join(tellings)))
            < self._ask_bar(reader, chinese, text, seen, background)
            and self._plainly_asked(
                message, parts, text, features, seen, chinese, asks, leads, feared, background
            )
        )
        if not learned and not self._parenting_words(text, features, seen):
            return False
        # An ask the reader reads as surely a parenting one (`ask_reader.SURE_BELOW`) stands
        # even when it or its question sentence names health ("my husband is on chemo,
        # how do i explain chemo to a four year old?"), unless a red sign is told (read
        # only of a message naming a parenting matter: most medical questions name none).
        if not learned and asks and reader is not None:
            if doctor is None:
                doctor = reader.doctor(asked_text(asks, tellings, leads), " ".join(tellings))
            if doctor < reader.sure and not self._red_sign_now(parts, text, features, seen):
                return True
        # (med48) A message that asks nothing and tells the child's lasting condition,
        # disability or early birth as the setting of the family's life or the parent's own
        # feelings ("she has cerebral palsy and I'm worn out") asks no doctor anything: its
        # telling is read below as any telling is, the condition's words read out
        # (`_development_out`). Not with a red sign told, nor of a baby in the first months.
        told_only = (
            not asks
            and background
            and self._background_told(text, seen)
            and not self.young_infant.found(text, features)
            and not self._red_sign_now(parts, text, features, seen)
        )
        # (what the ask asks about, and whether it asks how the child feels, are read for
        # an ask the learned reader did not read, and for its telling below: a learned
        # reading stands without them)
        if not learned:
            leads = self._ask_about(asks, tellings, leads, ruled, features, seen)
            if not told_only and not any(
                self._parenting_words(a, features, seen) for a in asks + leads
            ):
                return False
            # How the child feels or gets on with others is a parenting matter too.
            social = any(self.social_ask.search(a, seen) for a in asks + leads)
        # A child's fear of a clinic or a jab, or whether the family's two languages make a
        # child talk late, asks no health question (`ask_aside`).
        asks = self._asides_out(asks, text, seen, background)
        # The words an ask is read for health in: a health visit asked about as a place
        # the child fears or must be prepared for is the setting of a parenting ask (so
        # is it in the telling); talking late asked of a home of several languages is
        # about the languages; "how long will it last?" after a parenting ask asks of
        # that ask.
        read = self._visit_out(asks, feared, seen)
        if self.languages_named.search(text, seen):
            read = [self.late_talk.sub(" ", a, seen) for a in read]
        if len(read) > 1 and any(
            self._parenting_words(a, features, seen)
            and not self._health_words(a, features, seen)
            for a in read
        ):
            read = [a for a in read if not self.recovery_ask.search(a, seen)]
        if any(self._health_words(a, features, seen) for a in read) or self._medical_in(
            read, chinese
        ):
            return False
        # Read by the learned reader with what is told before it, the ask stands (an ask
        # that names health itself is not read so, above).
        if learned:
            return True
        # The telling's sentences not told as past or clear, read for health all at once.
        # What is told before the parent's own turn to the question ("my actual question
        # is", 我想問嘅係; `ask_pivot`) is background, as if told as past.
        joined = " ".join(parts)
        turn = self.ask_pivot.search(joined, seen)
        unsettled = []
        past_before = False
        for told in tellings:
            aside = turn is not None and -1 < joined.find(told) < turn.start()
            told = self._development_out(
                [self.ask_aside.sub(" ", told, seen)], text, seen, background
            )[0]
            past = (
                self.told_past.found(told, features)
                or self.event_past.found(told, features)
                or self.told_habit.found(told, features)
            )
            now = self._told_now_in(told, features, seen)
            # (a check or a jab told clear and dated today, "had his jabs this morning and
            # he's totally fine": the check's date tells nothing of the child now)
            if now and self._clear(told, features, seen):
                undated = self.check_dated.sub(" ", told, seen)
                now = undated == told or self._told_now_in(undated, features, seen)
            later = past_before and not self.told_present.found(told, features)
            # How the child feels or gets on with others, asked of a lasting condition
            # named as who the child is (eczema, glasses, an allergist's plan): the
            # condition's name is background and keeps no past sentence open.
            named = told
            if social:
                named = self.condition_named.sub(
                    " ", self.care_setting.sub(" ", told, seen), seen
                )
            settled = not now and (
                self._clear(told, features, seen)
                or aside
                or ((past or later) and not self.lasting.found(named, features))
            )
            if not settled:
                # An illness told as over to date what followed, or an adult's own
                # illness or treatment, is background too (`health_background`).
                plain = self.care_setting.sub(
                    " ", self.health_background.sub(" ", told, seen), seen
                )
                if feared:
                    plain = self.visit_words.sub(" ", plain, seen)
                if social:
                    plain = self.condition_named.sub(" ", plain, seen)
                if self._health_words(plain, features, seen):
                    return False
                unsettled.append(plain)
            past_before = past_before or past
        return not self._medical_in(unsettled, chinese)

    def _ask_bar(
        self, reader, chinese: bool, text: str, seen: set[str], background: bool
    ) -> float:
        """The learned reader's bar under which an ask is a parenting one: the reader's
        own (`AskReader.below`), or (med49) `BACKGROUND_BELOW` when the child's condition
        is named as background (`_background_told`, read with `background`: a message
        the model reads as near no danger)."""
        bar = reader.below(chinese)
        if background and BACKGROUND_BELOW > bar and self._background_told(text, seen):
            return BACKGROUND_BELOW
        return bar

    def _ask_about(self, asks, tellings, leads, ruled: bool, features, seen) -> list[str]:
        """The clauses `asks` ask about (`_parenting_asked`'s `leads`, when a medical rule
        matched, `ruled`; else none). A bare ask of a few words naming nothing ("Ideas?",
        "normal?") asks about the sentence told just before it. An ask naming nothing
        itself ("what do i do?") asks about the clause before it in its sentence ("she
        won't share with her brother, what do i do?"), unless it asks whether that is
        normal or a worry (still the clause, when a clinician or a check already found
        the child well), or only the model read medical words."""
        if not ruled:
            return []
        if asks and not leads and tellings and all(
            len(a.split()) <= 4 and not self._parenting_words(a, features, seen)
            for a in asks
        ):
            leads = tellings[-1:]
        # (the telling read for a clinician's all-clear only when an ask asks whether
        # something is normal or a worry)
        if any(self.sign_asked.found(a, features) for a in asks) and not any(
            self._clear(t, features, seen) for t in tellings
        ):
            return []
        return leads

    def _visit_feared(self, asks, tellings, leads, seen: set[str]) -> bool:
        """Whether a health visit is feared, readied for or read about (`visit_feared`) in
        the ask or the clause leading into it, or (ref16) in a sentence told before it
        that names the visit (`visit_words`: "she now refuses to walk through the clinic
        door"), and no ask whether to go (`visit_needed`)."""
        told = [t for t in tellings if self.visit_words.search(t, seen)]
        return any(self.visit_feared.search(a, seen) for a in asks + leads + told) and not any(
            self.visit_needed.search(a, seen) for a in asks
        )

    def _visit_out(self, asks: list[str], feared: bool, seen: set[str]) -> list[str]:
        """`asks` without a feared visit's words (`visit_words`), when one is feared."""
        return [self.visit_words.sub(" ", a, seen) for a in asks] if feared else asks

    def _told_now_in(self, told: str, features: set[str], seen: set[str]) -> bool:
        """Whether a sentence of the telling tells something there now, lately or back
        (`told_now`, `present_clause`, `symptom_now`, `_back`), the child told back at
        school or nursery taken out first (`routine_resumed`: life resumed, no sign back)."""
        told = self.routine_resumed.sub(" ", told, seen)
        return bool(
            self.told_now.found(told, features)
            or self.present_clause.found(told, features)
            or self.symptom_now.found(told, features)
            or self._back(told, features)
        )

    def _plainly_asked(
        self,
        message,
        parts,
        text,
        features,
        seen,
        chinese,
        asks=(),
        leads=(),
        feared=False,
        background=True,
    ) -> bool:
        """Whether the learned reader's reading may stand: no red sign told
        (`_red_sign_now`), no baby in the first weeks or months (`young_infant`), and no
        question sentence of the message, read whole
        (`ask_reader.questions`), names health, asks whether to be seen
        (`visit_needed`), asks what only a clinician answers (`doctor_asked`) or is read
        by a medical rule. A fear of the clinic (`ask_aside`) is not health. A message
        with no question mark has its asks read instead; a bare one ("licked a bit of
        sunscreen, what should i do") is read by the medical rules with the clauses
        leading into it."""
        if self._red_sign_now(parts, text, features, seen):
            return False
        # (NHS: a baby under three months with a sign of illness goes to a doctor; a
        # parenting word in the ask does not answer it: "she's 10 weeks and has been sick
        # since last night, can i try cooled boiled water?")
        if self.young_infant.found(text, features):
            return False
        found = questions(self, message)
        whole = self._asides_out(
            self._visit_out(found or asks, feared, seen), text, seen, background
        )
        # (a bare ask of a few words naming nothing, "what should i do", is read by the
        # medical rules with the clauses leading into it: a swallow and what to do)
        bare = all(
            len(a.split()) <= 4 and not self._parenting_words(a, features, seen) for a in whole
        )
        ruled = [" ".join([*leads, *whole])] if whole and not found and bare else whole
        return not (
            any(self._health_words(q, features, seen) for q in whole)
            or any(self.visit_needed.search(q, seen) for q in whole)
            # (and a bare one asks what only a clinician answers of its leading clause:
            # "she has head lice, what do i do?")
            or any(self.doctor_asked.search(q, seen) for q in whole + (leads if bare else []))
            or self._medical_in(ruled, chinese)
        )

    def _asides_out(self, asks, text: str, seen: set[str], background: bool = True) -> list[str]:
        """`asks` without the health words that ask nothing: a fear of the clinic, two
        languages and talking late (`ask_aside`), and, when someone else's condition is
        told (`others_condition`: "her best friend has diabetes"), an ask to explain such
        a condition to the child (`condition_explained`)."""
        asks = [self.ask_aside.sub(" ", a, seen) for a in asks]
        if self.others_condition.search(text, seen):
            asks = [self.condition_explained.sub(" ", a, seen) for a in asks]
        return self._development_out(asks, text, seen, background)

    def _development_out(
        self, portions: list[str], text: str, seen: set[str], background: bool = True
    ) -> list[str]:
        """`portions` of `text` without a developmental condition or therapy named as the
        child's (`development_named`: "our autistic son", "his speech therapy homework",
        確診ADHD): the clinic's own domain is the setting of a parenting ask, not health.
        Kept when the message asks whether the child has one or needs assessing
        (`development_asked`: "could she be autistic?", 使唔使做評估). A diagnosis named
        beside it ("how do couples cope after a diagnosis?") is that one's. With
        `background` (med48: a message the model reads as near no danger, `worried`), a
        lasting condition, a disability or a birth before term named as the child's is
        read out too (`_condition_told`)."""
        if self._development_told(text, seen):
            portions = [
                self.diagnosis_word.sub(" ", self.development_named.sub(" ", p, seen), seen)
                for p in portions
            ]
        # (med48) A lasting condition, a disability, a birth before term or the care they
        # bring, named as the child's (`condition_background`), is the setting too, unless
        # the message asks about the condition itself (`condition_asked`).
        if background and self._condition_told(text, seen):
            portions = [
                self.condition_care.sub(" ", self.condition_background.sub(" ", p, seen), seen)
                for p in portions
            ]
        return portions

    def _condition_told(self, text: str, seen: set[str]) -> bool:
        """(med48) Whether `text` names a lasting condition, a disability or a birth
        before term as the child's background (`condition_background`) and asks nothing
        about the condition itself (`condition_asked`)."""
        return bool(self.condition_background.search(text, seen)) and not (
            self.condition_asked.search(text, seen)
        )

    def _background_told(self, text: str, seen: set[str]) -> bool:
        """(med48) Whether `text` names the child's condition as background: a lasting one
        (`_condition_told`) or a developmental one (`development_named`, not asked
        whether the child has one, `development_asked`)."""
        return self._condition_told(text, seen) or self._development_told(text, seen)

    def _development_told(self, text: str, seen: set[str]) -> bool:
        """Whether `text` names a developmental condition or therapy as the child's
        (`development_named`) and does not ask whether the child has one
        (`development_asked`)."""
        return bool(self.development_named.search(text, seen)) and not (
            self.development_asked.search(text, seen)
        )

    def _red_sign_now(
        self, parts: list[str], text: str, features: set[str], seen: set[str] | None = None
    ) -> bool:
        """Whether a red sign (`emergency_now`, `urgent`) is told in the message outside
        the sentences that tell a medical event as over (`_over` with `medical`: dated in
        the past, told resolved, nothing back or now after it and no health question
        after it: "when she was a baby she had a fit and was in hospital, well ever
        since"). A red sign told as long over is the story before a parenting ask, not
        a reason to send it to a doctor; one told now, back, or asked about still is."""
        if not (self.emergency_now.found(text, features) or self.urgent.found(text, features)):
            return False
        if seen is None:
            seen = self._plain_reader.read_also(self._reader.read(text))
        # (ref16) A sign told as stopped within some minutes ("it stopped after five minutes
        # of pressure", 五分鐘就停咗): the minutes date its end, not a red sign now.
        if self.stopped_within.search(text, seen):
            text = self.stopped_within.sub(" ", text, seen)
            parts = [self.stopped_within.sub(" ", p, seen) for p in parts]
            if not (self.emergency_now.found(text, features) or self.urgent.found(text, features)):
                return False
        if len(parts) < 2:
            return True
        kept = [p for n, p in enumerate(parts) if not self._over(parts, n, text, features, True)]
        # (a sentence naming no health, whose "now" word tells the writer's own way since:
        # "i've been overprotective ever since" is no red sign of the child's)
        kept = [p for p in kept if not self._own_way_since(p, features, seen)]
        if len(kept) == len(parts):
            return True
        rest = " ".join(kept)
        return bool(self.emergency_now.found(rest, features) or self.urgent.found(rest, features))

    def _own_way_since(self, sentence: str, features: set[str], seen: set[str]) -> bool:
        """Whether `sentence` tells only the writer's own feeling or habit as lasting ("i
        have been so overprotective ever since", "we've been nervous since then"): told
        in the first person, of no child by pronoun, naming no health (`_health_words`)
        and no red sign of the body (`red_sign`)."""
        words = set(sentence.split())
        return (
            bool(words & _WRITER_WORDS)
            and not words & _CHILD_WORDS
            and not self._health_words(sentence, features, seen)
            and not self.model_bar.red_sign.search(f" {sentence} ")
        )

    def _parenting_words(self, text: str, features: set[str], seen: set[str]) -> bool:
        """Whether `text` names a parenting matter (`parenting_ask`), how the child feels
        or gets on with others (`social_ask`), a routine (`routine_ask`), a skill to
        bring on (`skill_encouraged`) or the parent's own needs or feelings (`own_needs`)."""
        return bool(
            self.parenting_ask.found(text, features)
            or self.social_ask.search(text, seen)
            or self.routine_ask.search(text, seen)
            or self.skill_encouraged.search(text, seen)
            or self.own_needs.search(text, seen)
        )

    def _health_words(self, text: str, features: set[str], seen: set[str]) -> bool:
        """Whether `text` names health (`ask_health`), a condition's care
        (`care_asked`: a flare, a cream, an inhaler, breathless, breastfeeding) or a feed's
        or a dose's measure asked (`measure_asked`: how many ounces, how many ml)."""
        return bool(
            self.ask_health.found(text, features)
            or self.care_asked.search(text, seen)
            or self.measure_asked.search(text, seen)
        )

    def _clear(self, text: str, features: set[str], seen: set[str]) -> bool:
        """Whether `text` tells a check or a recovery that found the child well
        (`checked_clear`), a clinician's finding that rules a sign out (`ruled_out`), a
        clinician's care ended (`signed_off`), a jab done and fine (`checked_fine`), or the
        child back at school or nursery (`routine_resumed`)."""
        return bool(
            self.checked_clear.found(text, features)
            or self.checked_fine.search(text, seen)
            or self.ruled_out.search(text, seen)
            or self.signed_off.search(text, seen)
            or self.routine_resumed.search(text, seen)
        )

    def _ask_split(
        self, message: str, parts: list[str], seen: set[str] | None = None
    ) -> tuple[list[str], list[str], list[str]]:
        """The message's asks, its telling, and the told clauses that lead into an ask in
        its sentence: each sentence's ask runs from its first question or request
        (`ask_opening`; in Chinese from the start of that clause) to its end, and what
        comes before it is told. With no such words but a "?", the last sentence is the
        ask. `seen`: the message's words as the plain concepts' reader reads them, if
        read (`Plain`: a message without "ask" or 問 reports no question)."""
        asks: list[str] = []
        tellings: list[str] = []
        leads: list[str] = []
        by_other = self.asked_by_other.compiled
        for part in parts:
            # A question someone else asked, reported ("classmates ask is it catching",
            # 同學問會唔會傳染), is neither the parent's ask nor a telling: it is left out
            # up to its clause's end or a reason given ("... is he sick bc he's so pale"
            # keeps "he's so pale"), and the parent's ask is the next one.
            if seen is None:
                reported = by_other.search(part)
            else:
                reported = self.asked_by_other.search(part, seen)
            while reported is not None:
                end = _REPORTED_END.search(part, reported.end() + 1)
                part = part[: reported.end()] + " " + part[end.start() if end else len(part) :]
                reported = by_other.search(part, reported.end() + 1)
            start = self._ask_start(part, seen)
            if start is None:
                tellings.append(part)
                continue
            if _CJK.match(part, start):
                start = part.rfind(" ", 0, start) + 1
            # A "now" just before the ask is the ask's ("... he was fine so now how do
            # i ..."): it tells nothing of the story as there now.
            told = _ASK_NOW.sub("", part[:start]).strip()
            if told:
                tellings.append(told)
                leads.append(told)
            asks.append(part[start:])
        if not asks and ("?" in message or "？" in message) and len(parts) > 0:
            asks, tellings = [parts[-1]], parts[:-1]
        return asks, tellings, leads

    def _ask_start(self, part: str, seen: set[str] | None) -> int | None:
        """Where the first question or request of `part` opens (`ask_opening`), or None;
        with the message's words (`seen`) read, its alternatives are each searched only
        where the message holds their words (the whole pattern, of 88 alternatives,
        cost ~8 us a long sentence)."""
        if seen is None:
            found = self.ask_opening.pattern.compiled.search(part)
            return None if found is None else found.start()
        return self.ask_opening.start(part, seen)

    def _medical_in(self, portions: list[str], chinese: bool) -> bool:
        """Whether a medical rule matches any of `portions` (sentences or parts of them),
        read as a message of their own."""
        if not portions:
            return False
        text = " " + SEPARATOR.join(portions) + " "
        words = self._reader.read(text)
        return bool(self._matches(self.medical, text, portions, chinese, True, words))

    def _figures(self, text: str, words: Words) -> list[re.Pattern]:
        """The alternatives of `figure` found in `text` (read as `words`), each searched
        only where the message holds its words."""
        return self.figure.matching(text, self._figure_reader.read_also(words))

    def _figure_out(self, parts: list[str], figures: list[re.Pattern]) -> list[str] | None:
        """`parts` with their figures of speech read out (`figure`: a simile whose
        vehicle is a danger or a medicine, an illness word of a craze or of praise, a
        harm done to the bond), or None when what is left tells a sign of the body, a
        swallow or a means of harm (`figure_sign`): then the figure may be the sign."""
        plain = [_without(p, figures) for p in parts]
        if self.figure_sign.search(" " + SEPARATOR.join(plain) + " "):
            return None
        return plain

    def _figurative(self, text: str, threshold: float) -> bool:
        """Whether the model's danger in `text` (folded sentences) rests on figures of
        speech or voices with a source (concept `figurative`): read again without
        them, the message falls below `threshold`. Most messages hold none, and then
        nothing is read again."""
        plain = self.figurative.sub(" ", text)
        return plain != text and self.model.scores(plain).danger < threshold

    def _rests_on_over(
        self, folded, parts, text, features, threshold, medical=False, first=0
    ) -> bool:
        """Whether the model's reading of the message (its danger, or with `medical` its
        medical score, at least `threshold`) rests on sentences telling an event as over
        (`_over`: dated in the past, told resolved, nothing back or now after it; for
        `medical` also no health question after it): read again without them, the
        message falls below `threshold` ("he fell in the pool last summer and was fine
        after. now he is scared of water, how can i help him?"), or on sentences telling
        another family's child's story (`_told_of_others`). A sentence must remain.
        `folded` may be a run of the message's sentences starting at `first` (the model's
        reading of a run, `SafetyModel.danger_window`)."""
        if len(parts) < 2:
            return False
        kept = [
            f
            for n, f in enumerate(folded, start=first)
            if not (
                self._over(parts, n, text, features, medical)
                or self._told_of_others(parts, n, features, medical)
                or (not medical and self._childhood_told(parts[n], features))
            )
        ]
        if not kept or len(kept) == len(folded):
            return False
        scores = self.model.scores(" ".join(kept))
        return (scores.medical if medical else scores.danger) < threshold

    def _childhood_told(self, sentence: str, features: set[str]) -> bool:
        """(fa35) `sentence` tells the writer's own childhood (`childhood_told`: "when i was
        growing up my mum used the cane", 我細個成日俾阿媽打) with nothing of now in it
        (`now_in_sentence`, `victim_now`, `happening`): the parent's memory, which the
        model's reading of the message must not rest on (`_rests_on_over`)."""
        return (
            self.childhood_told.search(sentence) is not None
            and self.now_in_sentence.search(sentence) is None
            and not self.victim_now.found(sentence, features)
            and not self.happening.found(sentence, features)
        )

    def _leading(self, matched, text: str, features: set[str]) -> tuple[str, str]:
        """`_by_who` read again for who is harmed: an act on a grown-up leads with
        domestic violence (`_on_grown_up`, `_on_writer_harmed`), a threat on one's own
        self with self-harm (`_on_own_self`)."""
        lead = self._on_grown_up(self._by_who(matched, text, features), matched, text)
        lead = self._on_writer_harmed(lead, matched, text, features)
        lead = self._on_own_self(lead, text, features)
        lead = self._on_carer_out(lead, matched, text, features)
        lead = self._on_farewell(lead, matched, text)
        lead = self._on_writers_state(lead, matched, text)
        return self._on_heard_next_door(lead, matched, text, features)

    def _on_writers_state(self, lead: tuple[str, str], matched, text: str) -> tuple[str, str]:
        """(guide30) A child-emergency lead whose rule rests on a sign told only of the
        writer's own state (`Actors.writer_state`: "i'm shaking" after she held a pillow
        over a baby's face), beside a caregiver-crisis rule: the sign is the carer's,
        so her crisis leads, the child's text after it."""
        if self.group[lead[0]] != "child_emergency":
            return lead
        crisis = next((m for m in matched if self.group[m[0]] == "caregiver_crisis"), None)
        if crisis is None:
            return lead
        for pattern in self.danger_rule[lead].required:
            signs = [m.start() for m in pattern.finditer(text)]
            if signs and all(self.actors.writer_state(text, at) for at in signs):
                return crisis
        return lead

    def _on_heard_next_door(
        self, lead: tuple[str, str], matched, text: str, features: set[str]
    ) -> tuple[str, str]:
        """(guide30) A child-emergency or crisis lead in a message whose writer hears
        another home (`heard_next_door`: a neighbour, through the wall, 隔籬...聽到): what
        she hears is someone there being hurt, not a self-harm (a bang on the wall,
        撞牆聲), a psychosis (a scream) nor the burn she saw the next day, so the abuse
        or violence rule read beside it leads; with none, a grown-up's blows or a
        woman's cries heard (`violence_heard`) lead a crisis lead as domestic violence.
        Not over a collapse, nor over the writer's own mind (`self_mind`)."""
        group = self.group[lead[0]]
        if group not in SOUNDS_READ or self.heard_next_door.search(text) is None:
            return lead
        if group == "child_emergency" and self.collapse.found(text, features):
            return lead
        if group == "caregiver_crisis" and self.self_mind.found(text, features):
            return lead
        hurt = next((m for m in matched if m[0] in HURT_HEARD), None)
        if hurt is not None:
            return hurt
        if group == "caregiver_crisis" and self.violence_heard.search(text):
            return ("domestic_violence", lead[1])
        return lead

    def _on_carer_out(
        self, lead: tuple[str, str], matched, text: str, features: set[str]
    ) -> tuple[str, str]:
        """(guide29) A no-response rule's lead whose one not waking is a grown-up who
        cares for the child, drunk or drugged (`carer_out`: "my sister's passed out drunk
        and won't wake", 老婆飲到暈咗): the child is left, so neglect leads (a neglect
        rule matched, else the lead's rule under it), the emergency text after it;
        unless a no-response is still told outside the carer's (the child's own)."""
        if lead[0] != "unresponsive":
            return lead
        if self.carer_out.search(text) is None:
            return lead
        # (the rest of the message, the carer's words read out)
        if self.collapse.found(_without(text, [self.carer_out.compiled]), features):
            return lead
        left = (m for m in matched if m[0] == "neglect_missing")
        return next(left, ("neglect_missing", lead[1]))

    def _on_farewell(self, lead: tuple[str, str], matched, text: str) -> tuple[str, str]:
        """(guide29) A neglect lead (a child left with, or by, a carer no one can reach)
        told with the carer's words of farewell (`farewell_told`: "look after them for
        me", 以後你好好照顧個仔): the carer's crisis is the danger, her text first (a
        crisis rule matched, else the lead's rule under suicide_plan), the child's
        after it."""
        if lead[0] != "neglect_missing" or not self.farewell_told.search(text):
            return lead
        crisis = (m for m in matched if self.group[m[0]] == "caregiver_crisis")
        return next(crisis, ("suicide_plan", lead[1]))

    def _on_own_self(self, lead: tuple[str, str], text: str, features: set[str]) -> tuple[str, str]:
        """A domestic-violence lead whose threat is turned on the one holding the blade
        (`threat_to_self`: a teenager locked in with a razor "threatening to cut
        herself") and no grown-up else harmed (`me_harmed`) leads as self-harm, the
        crisis text first: the one at risk is the one who harms."""
        if (
            self.group[lead[0]] == "domestic_violence"
            and self.threat_to_self.found(text, features)
            and not self.me_harmed.found(text, features)
        ):
            return ("self_harm", lead[1])
        return lead

    def _model_lead(self, category: str, text: str, features: set[str] | None = None) -> str:
        """The model's category read again for who is harmed, as `_by_who` reads the
        rules' (its category head reads the words, not the person: a partner's blows
        on the writer came out as a child's abuse): the writer hit, choked, locked in
        or threatened by a grown-up (`me_harmed`, not a small child's act, a cry heard
        or a child quoted saying it; not her own mind) leads with domestic violence;
        domestic violence read where only a child is harmed leads with abuse
        (`_child_harmed_only`). (guide28) An abuse head on a grown-up harmed leads with
        domestic violence, an act told as meant on oneself with self-harm
        (`_meant_on_self`); a child's care left undone is read once decided
        (`_care_left_first`). Read once escalated: the decision stands as the head's
        category took it, the head's category shown after the lead. `features`: the
        message's (`Words.features`), read from `text` when not given."""
        if features is None:
            features = self._reader.read(text).features
        if self.group[category] == "domestic_violence":
            return "physical_abuse" if self._child_harmed_only(text, features) else category
        # (guide30) A head of another kind on a grown-up's violence heard from another
        # home (the man next door shouting, things smashed, the woman crying "stop"):
        # not the writer's own mind, nor a collapse; an abuse head only when no grown-up's
        # act on a child is told (`_child_harmed_only`).
        sounds_read = self.group[category] in SOUNDS_READ
        if (
            self.heard_next_door.search(text)
            and (sounds_read or not self._child_harmed_only(text, features))
            and self.violence_heard.search(text)
            and not self.self_mind.found(text, features)
            and not self.collapse.found(text, features)
        ):
            return "domestic_violence"
        if self._grown_up_harmed(text, features):
            return "domestic_violence"
        # (guide28) An abuse head on a grown-up's act whose one harmed is a grown-up
        # (`Actors.grown_victim`: "our son-in-law kicked my girl"); in English the act
        # ends with the one harmed, a Chinese one (是爺爺弄的) with the act.
        if (
            self.group[category] == "abuse"
            and self.adult_act.found(text, features)
            and any(
                not has_chinese(m.group()) and self.actors.grown_victim(text, m.start(), m.end())
                for m in self.adult_act.pattern.finditer(text)
            )
        ):
            return "domestic_violence"
        # (guide28) A head of another kind on an act told as meant on oneself (an older
        # child's overdose after a row): the self-harm text leads, as `_by_who` leads it.
        if self.group[category] != "caregiver_crisis" and self._meant_on_self(text, features):
            return "self_harm"
        return category

    def _grown_up_harmed(self, text: str, features: set[str]) -> bool:
        """The writer or another grown-up hit, choked, locked in or threatened by a
        grown-up (`me_harmed`): not after a plea heard ("screaming don't hit me"), not a
        small child's act, no child quoted saying it, not her own mind (`self_mind`)."""
        # (each match read only in a message the screen finds one in: most hold none)
        if not self.me_harmed.found(text, features) or self.child_quote.found(text, features):
            return False
        told = any(
            not _PLEA.search(text, 0, m.start())
            and not self.actors.young_actor(text, m.start(), m.end())
            and not self._in_childhood(text, m.start())
            for m in self.me_harmed.pattern.finditer(text)
        )
        return told and not self.self_mind.found(text, features)

    def _in_childhood(self, text: str, at: int) -> bool:
        """Whether the sentence holding `at` tells the writer's own childhood
        (`childhood_told`: "my father hit us when I was a boy", 細個阿爸打我)."""
        return bool(self.childhood_told.search(_sentence_at(text, at, at)))

    def _meant_on_self(self, text: str, features: set[str]) -> bool:
        """(guide28) An act told as meant on oneself, no self-harm rule needed: the one
        who did it said to want to die or the pain to stop, or an overdose, a head
        banged again or skin scratched till it bleeds, blades hidden
        (`harm_to_self_told`) told with what makes it meant (`harm_to_self_meant`: an
        age past ten, a row before it, admitted, to sleep and not feel)."""
        return self.harm_meant_on_self.found(text, features) or (
            self.harm_to_self_told.found(text, features)
            and self.harm_to_self_meant.found(text, features)
        )

    def _on_writer_harmed(
        self, lead: tuple[str, str], matched, text: str, features: set[str]
    ) -> tuple[str, str]:
        """(guide28) An abuse-group lead (a child locked in, a child hit) where a grown-up,
        most often the writer, is harmed, locked in, threatened or hiding with the
        children from a grown-up (`_grown_up_harmed`): the home's violence leads, as
        `_on_grown_up` leads it (a domestic-violence rule matched, else the lead's rule
        under that category); the abuse text follows it (`also`). Only over abuse, which
        the frame reader never withdraws either: over a child's emergency or a crisis
        the violence text leading would keep an escalation the reader withdraws."""
        if self.group[lead[0]] != "abuse" or not self._grown_up_harmed(text, features):
            return lead
        violence = (m for m in matched if self.group[m[0]] == "domestic_violence")
        return next(violence, ("domestic_violence", lead[1]))

    def _child_harmed_only(self, text: str, features: set[str]) -> bool:
        """A grown-up's act on a child or its mark told (`adult_act`: a stepfather hits
        my little brother, 繼父打細佬) and no grown-up harmed (`me_harmed`): the words of
        a home's violence (a stepfather, tonight, afraid) with a child as the one hit."""
        return self.adult_act.found(text, features) and not self.me_harmed.found(text, features)

    def _on_grown_up(self, lead: tuple[str, str], matched, text: str) -> tuple[str, str]:
        """A lead of a rule whose match ends with the one harmed (`grown_victims`:
        "the madam's husband is beating her", "my son hit her") read as domestic
        violence when that one is a grown-up (`Actors.grown_victim`): a
        domestic-violence rule matched leads, else the rule itself under that
        category; the rule's own category still follows it (`also`)."""
        rule = self.grown_victims.get(lead)
        if rule is None:
            return lead
        found = rule.required[0].search(text)
        if found is None or not self.actors.grown_victim(text, found.start(), found.end()):
            return lead
        violence = (m for m in matched if self.group[m[0]] == "domestic_violence")
        return next(violence, ("domestic_violence", lead[1]))

    def _by_who(self, matched, text: str, features: set[str]) -> tuple[str, str]:
        """The match whose guidance fits the person at risk, read from who is harmed and
        who acts rather than from which category's rules come first (child
        emergencies do); the other groups' texts still follow it (`also`).
        - An adult hit, choked, locked in or threatened by someone else (`me_harmed`,
          not a child quoted saying it) with a domestic-violence rule matched: its
          guidance leads, unless the caregiver's own mind is the danger too.
        - A caregiver-crisis rule beside a child's emergency words: the caregiver leads
          when she tells her own act ("i swallowed", 我食咗), her own thought, urge,
          wish or harm to herself (`self_mind`: "thoughts of drowning the baby", "hit
          my head till it bled"), or names no child at all; never when a child did the
          act ("my son swallowed my pills").
        - A self-harm rule beside a child's emergency or abuse words, the act turned on
          oneself (`harms_self`): the self-harm rule leads, unless someone collapses;
          (guide28) so does an act told as meant on oneself with no self-harm rule read
          (`_meant_on_self`), and a swallow the writer plans leads as her crisis
          (`own_plan`).
        - An abuse rule beside a child's emergency words: abuse leads when a grown-up's
          act or its mark is told (`adult_act`: grandpa burned his hand, cigarette
          burns, finger-shaped bruises), unless the child is collapsing now
          (`collapse`) or did it itself."""
        first = matched[0]
        found = {}
        for category, rule in matched:
            found.setdefault(self.group[category], (category, rule))
        crisis = found.get("caregiver_crisis")
        own_mind = crisis is not None and self.self_mind.found(text, features)
        violence = found.get("domestic_violence")
        if (
            violence is not None
            and first != violence
            and not own_mind
            and self.me_harmed.found(text, features)
            and not self.child_quote.found(text, features)
        ):
            return violence
        # A caregiver-crisis rule read on a message in which the writer never speaks of
        # herself ("kid maybe 3 standing on the window ledge of the flat opposite, no one
        # answering", 有個細路仔自己坐喺窗台) beside a child alone or missing: the person
        # at risk is the child. Not beside a partner's threats or a hit (a psychosis told
        # of a wife, an urge told without 我: the caregiver's text stays first).
        alone = next((m for m in matched if m[0] == "neglect_missing"), None)
        if first == crisis and alone and not own_mind and not _WRITER.search(text):
            return alone
        if self.group[first[0]] != "child_emergency":
            return first
        # A self-harm rule read with the act turned on oneself (`harms_self`: a mother's
        # cigarette burns on her own arm, a teenager's lighter "to feel better"): the
        # burn or the mark a child-emergency or abuse rule reads is hers or his, so the
        # crisis text leads, unless someone is collapsing now.
        # (guide28) Or the act told as meant on oneself (`_meant_on_self`: a 13-year-old's
        # handful of tablets after a row, "she says she wanted to die"), a self-harm rule
        # read or not: with none, the rule that read it leads under self-harm, its own
        # text after it. A swallow the writer plans (`own_plan`) leads as her plan.
        own_harm = next((m for m in matched if m[0] == "self_harm"), None)
        if not self.collapse.found(text, features):
            if own_harm is not None and self.harms_self.found(text, features):
                return own_harm
            if self._meant_on_self(text, features):
                return own_harm or ("self_harm", first[1])
            if self.own_plan.found(text, features):
                return crisis or ("suicide_plan", first[1])
            # (guide29) A poisoning told inside a grown-up's belief ("she told me the
            # neighbours are poisoning his milk", 佢話有人落毒): her psychosis leads.
            if self.harm_believed.search(text):
                return crisis or ("postpartum_psychosis", first[1])
        # A grown-up's act or its mark first: "the sitter says he fell" is the story
        # the marks do not fit, not the child's own act.
        abuse = found.get("abuse")
        if not self.collapse.found(text, features):
            # (guide30) A sexual act told (`sexual_act_told`) beside the bleeding or the
            # injury it caused: the sexual-abuse text (999 if injured) leads.
            if (
                abuse is not None
                and abuse[0] == "sexual_abuse"
                and self.sexual_act_told.search(text)
            ):
                return abuse
            if abuse is not None and self.adult_act.found(text, features):
                return abuse
            # (guide30) A mark only a grown-up leaves, or the child's word of who did it
            # (`inflicted_mark`: round burns "her mum's boyfriend did", 煙頭燙傷), that no
            # abuse rule read (a pupil, a nephew): the injury's rule leads under abuse.
            if abuse is None and self.inflicted_mark.search(text):
                return ("physical_abuse", first[1])
        # (with no caregiver crisis matched the first leads either way: the child's own
        # act is read only to keep a crisis from leading)
        if crisis is None or self.child_act.found(text, features):
            return first
        if own_mind or self.self_act.found(text, features) or not self.child.found(text, features):
            return crisis
        return first

    def _matches(
        self,
        rules,
        text,
        parts,
        chinese,
        first_only,
        words: Words,
        now=False,
        ahead=False,
        stories=True,
    ):
        """(category, rule) of the first rule of each category that matches, in order
        (`first_only`: of the first rule that matches). `words`: the message read by
        `self._reader`; `now`: the message says it is happening now (no sentence is
        then read as prevention talk); `ahead`: it asks ahead while the child is well
        (no child emergency is read in it); `stories`: the rules' story exceptions
        read each sentence's story (`_story`).
        A category's later rules are not tried: the lead, its guidance and the other
        categories (`_leading`, `also`) are read from each category's first match, and
        an escalated long story often meets several rules of one category (each read
        through every exception, a third of its cost)."""
        found = []
        categories = set()  # those matched
        openings = self._openings[id(rules)]
        # Only the rules whose needs the message meets can match, and of those only
        # the ones its words open (or that open with no word) are tried.
        possible = self._needs[id(rules)].met(words.features)
        readable = openings.readable
        where = openings.among(words, [n for n in possible if readable[n]])
        for number in possible:
            if readable[number] and number not in where:
                continue
            rule = rules[number]
            if rule.chinese and not chinese:
                continue
            if rule.category in categories:  # (its first match found)
                continue
            offsets = where.get(number) if readable[number] else None
            if ahead and self.group.get(rule.category) in FIRST_AID_GROUPS:
                continue
            if self._rule_matches(rule, text, parts, offsets, words.features, now, stories):
                found.append((rule.category, rule.name))
                if first_only:
                    break
                categories.add(rule.category)
        return found

    def _rule_matches(
        self,
        rule: Rule,
        text: str,
        parts: list[str],
        offsets,
        features: set[str],
        now: bool = False,
        stories: bool = True,
    ) -> bool:
        """All of the rule's patterns match the message, and some sentence where the
        first one does is free of its `unless` patterns and of prevention talk.
        `offsets`: where the first pattern can start (None: anywhere); `features`:
        the message's (`needs.Words`); `now`: the message says it is happening now,
        so no sentence of it is prevention talk; `stories`: the rule's story
        exceptions (`Rule.story`) may read the sentence's story (`_story`) as well."""
        first, *rest = rule.required
        if offsets is None:
            matches = self._searched(first, text, features)
        else:  # tried at each offset by `map` (no Python call per offset)
            matches = filter(None, map(first.compiled.match, repeat(text), offsets))
        opening = next(matches, None)
        if opening is None or (rest and not all(p.search(text) for p in rest)):
            return False
        group = self.group.get(rule.category)
        # An `unless` pattern the whole message lacks the needs of matches no sentence.
        pairs = zip(rule.unless, rule.unless_needs, strict=True)
        unless = [p for p, n in pairs if met(n, features)]
        over_at = None  # the sentence of a match told as over and resolved
        excused: set[int] = set()  # (fa34) sentences read as prevention talk (`_prevented`)
        # (the later matches found only while none so far stands: a search of the rest
        # of a long story for a rule already matched changes nothing)
        for found in chain((opening,), matches):
            sentence = _sentence_at(text, found.start(), found.end())
            # A later sentence naming only the scene of an emergency told as over
            # ("... last August, she was fine. now she screams at bath time"): none of
            # the rule's other signs and nothing told happening there.
            if (
                over_at is not None
                and text.count(SEPARATOR, 0, found.start()) > over_at
                and not any(p.search(sentence) for p in rest)
                and self._aftermath(sentence, found.group(), features, rule.category == "medical")
            ):
                continue
            # (fa34) A sentence naming only the rule's opening word (a child, 個 bb) after
            # one read as prevention that holds all the rule's other signs ("saw news of a
            # baby shaken and hurt. we just hired a helper, how should she handle the baby
            # crying?"): the signs are the story's, unless the sentence tells a red sign or
            # an emergency now (`_alarmed`) or turns the story to the family's harm ("mine
            # did the same", "and he hit me": `same_to_us`, `victim_now`).
            if (
                excused
                and rest
                and self._signs_only_in(rest, text, excused)
                and not self._alarmed(sentence, features)
                and not self.victim_now.found(sentence, features)
                and not self.same_to_us.found(sentence, features)
            ):
                continue
            if any(self._unless_found(p, sentence, features) for p in unless):
                continue
            if rule.read_on and self._mild_after(rule, unless, text, found.start()):
                continue
            if stories and rule.story and len(parts) > 1:
                story = self._story(parts, text.count(SEPARATOR, 0, found.start()), features)
                if story and any(p in unless and p.search(story) for p in rule.story):
                    continue
            number = text.count(SEPARATOR, 0, found.start())
            if not now and self._prevented(group, sentence, features):
                excused.add(number)
                continue
            # A danger told as over is brought back to now by a later sentence telling
            # it back or happening ("... and was fine. it's happening again right now").
            if rule.category in self.settles and self._settled(sentence, parts, number, features):
                over_at = number
                continue
            if rule.category in self.recovers and self._recovered(
                sentence, found, parts, number, text, features
            ):
                over_at = number
                continue
            medical = rule.category == "medical"
            # Told as past and resolved: the match and the rule's other patterns within
            # the past sentence (a match reaching into a later one tells that one's).
            if (
                (group == "child_emergency" or medical or (rule.category, rule.name) in self.told_over)
                and not now
                and SEPARATOR not in found.group()
                and self._over(parts, number, text, features, medical, found.span())
                and self._signs_told_then(rule, rest, text, parts, number, features)
            ):
                over_at = number
                continue
            # (neglect45) A child gone, then found, caught or back, told today or any day
            # ("ran off at the playground today, I caught him within seconds").
            if (
                (rule.category, rule.name) in self.found_ends
                and not now
                and self._found_again(parts, text, found.span(), features)
            ):
                over_at = number
                continue
            if rule.frames and self._framed(rule, sentence, features):
                continue
            if rule.category != "medical" and self._term_asked(sentence, text, features):
                continue
            # (fa29) The writer's own fear or picture of it, named as only a fear.
            if (
                not now
                and rule.category in self.fears_disowned
                and self._fear_only(sentence, text, features)
            ):
                continue
            # (fa33) Children taken through a court ("his solicitor's letter says he wants
            # to take the children", 入稟法庭爭撫養權，話要攞走個仔): a process, not force.
            if (
                not now
                and rule.category in self.court_taken
                and self._court_taken(sentence, features)
            ):
                continue
            # (fa33) A threat said as a figure of speech and explained as one ("she told
            # her teacher mummy says she'll kill her ... how do i explain figures of speech").
            if (
                not now
                and rule.category in self.sayings_explained
                and self._saying_explained(sentence, text, features)
            ):
                continue
            # (fa34) A known condition's usual event, passed as its plan says ("one of her
            # usual absences, a few seconds, passed the way her neurologist described").
            if (
                not now
                and rule.category in self.usual_passes
                and self._usual_passed(text, features)
            ):
                continue
            # (fa30) The sign's words told of the writer's own state ("by nine i'm
            # totally unresponsive", 返工返到我覺得自己冇氣): no child's emergency.
            if rule.category in self.writer_states and self.actors.writer_state(
                text, found.start()
            ):
                continue
            # An act on the parent or an urge told of a small child ("my grandson is 3 ...
            # he hits me", 個女三歲 ... 佢話要打死我): no danger between grown-ups.
            if (rule.category, rule.name) in self.grown_ups_act and self.actors.young_actor(
                text, found.start(), found.end()
            ):
                continue
            # A light smack of the child, asked about ("he smacks her hand when she runs at
            # the road. is that ok?", 打佢屁股一下，得唔得): discipline, nothing hurt.
            if rule.category in self.light_discipline and self._smack_asked(sentence, text):
                continue
            # (fa31) Alone-words of the child's own doing ("plays alone for an hour", "too
            # shy, stands alone at break time", 唔敢自己去廁所), no carer told away.
            if rule.category in self.own_doing_read and self._own_doing(found.span(), text):
                continue
            if len(parts) > 1 and self._told_of_others(parts, number, features, medical):
                continue
            # (in Chinese one sentence may tell the other family's story and the parent's
            # question, joined by commas)
            if rule.chinese and len(parts) == 1 and self._others_then_kept_safe(
                parts, number, features
            ):
                continue
            # (fa29) Another grown-up's crisis told as over (我表姐產後有過輕生嘅念頭，
            # 而家已經好好): hers, not the writer's.
            if (
                rule.chinese
                and group in OTHERS_CRISIS_GROUPS
                and self._others_crisis_over(parts, number, features)
            ):
                continue
            # A question how to explain, teach or reassure the child, after a sentence
            # telling an emergency or an illness as over ("... it came out, she's fine.
            # how do i explain to her why medicine isn't sweets"): about the child now.
            if (
                number
                and (group == "child_emergency" or medical)
                and self._asked_after_over(parts, number, text, features, medical)
            ):
                continue
            # A medical word in a sentence that goes on with a story told as over before
            # it, nothing told now ("eight months ago she choked ... it came straight out.
            # she was fine and the doctor checked her that afternoon. how do i ...").
            if medical and number and self._continues_over(parts, number, text, features, found):
                continue
            return True
        return False

    @staticmethod
    def _signs_only_in(rest, text: str, excused: set[int]) -> bool:
        """(fa34) Whether every match of each of a rule's later patterns (`rest`) in `text`
        lies in one of the `excused` sentences (by number): where it starts and where it
        ends (a pattern anchored at the text's start ends where its words are)."""
        return all(
            text.count(SEPARATOR, 0, m.start()) in excused
            and text.count(SEPARATOR, 0, max(m.start(), m.end() - 1)) in excused
            for pattern in rest
            for m in pattern.finditer(text)
        )

    @staticmethod
    def _mild_after(rule: Rule, unless, text: str, start: int) -> bool:
        """Whether a `read_on` exception of `rule` holds in the sentence of the match at
        `start` read on to the message's end, and in the whole message: a knock told in one
        sentence and its mild course or a care question in the next ("bumped his forehead on
        the table. small lump, he cried and is playing now. should i do anything?"), with no
        red sign anywhere in the message, before the knock or after it."""
        begin = text.rfind(SEPARATOR, 0, start)
        after = text[begin + 1 :] if begin >= 0 else text
        return any(p in unless and p.search(after) and p.search(text) for p in rule.read_on)

    def _continues_over(self, parts, number: int, text: str, features, found) -> bool:
        """Sentence `number` (not the last) dates nothing and tells nothing now or back,
        nor in the present before the match `found`; a sentence before it tells an
        emergency or illness as over (`_over`) with nothing now between; and no sentence
        after it asks about health or a medicine (`_asks_health`)."""
        if number >= len(parts) - 1:
            return False
        here = parts[number]
        if (
            self.told_now.found(here, features)
            or self.lately.found(here, features)
            or self._back(here, features)
            or self.present_clause.found(here, features)
        ):
            return False
        if any(self._asks_health(later, features) for later in parts[number + 1 :]):
            return False
        # The story before it first (most messages tell nothing as over), then the
        # costlier present-tense reading of the clause before the match.
        for j in range(number - 1, -1, -1):
            if self._over(parts, j, text, features):
                return not self._told_present_before(here, self._offset(text, found.span())[0])
            between = parts[j]
            if (
                self.told_now.found(between, features)
                or self.lately.found(between, features)
                or self._back(between, features)
            ):
                return False
        return False

    def _asked_after_over(self, parts, number: int, text: str, features, medical: bool) -> bool:
        """Sentence `number` asks how to explain, teach or reassure the child, telling
        nothing now or back, and a sentence before it tells an event as over (`_over`)."""
        here = parts[number]
        return (
            self.explain_asked.found(here, features)
            and not self.told_now.found(here, features)
            and not self._back(here, features)
            and not self._alarmed(here, features)
            and any(self._over(parts, j, text, features, medical) for j in range(number))
        )

    def _aftermath(self, sentence: str, match: str, features: set[str], medical: bool) -> bool:
        """A sentence after an emergency told as over that names only its scene (`match`
        a word of a danger rule, nothing told as an event or happening: "now she screams
        at bath time"), or asks how to
        explain, teach or reassure the child with nothing told now or back ("how do i
        answer when she asks why she can't eat prawns", 佢而家成日問點解唔食得蝦，我點答佢)."""
        if self._alarmed(sentence, features):
            return False
        # The scene is a word ("bath", "pool", 泳池); a match of several words tells an act
        # ("licked e liquid from a vape", "lost my daughter at the festival"): a new event.
        # A medical word told again later is a question of its own ("now she coughs
        # when she laughs, is that normal?") unless asked of the child's feelings or
        # ways ("he gets clingy whenever he's unwell", `parenting_frame`).
        scene = match.strip()
        if (
            (not medical or self.frame.found(sentence, features))
            and " " not in scene
            and (len(scene) <= 2 or not _CJK.search(scene))
            and not self.told_event.found(sentence, features)
            and not self.happening.found(sentence, features)
        ):
            return True
        return (
            self.explain_asked.found(sentence, features)
            and not self.told_now.found(sentence, features)
            and not self._back(sentence, features)
        )

    def _alarmed(self, sentence: str, features: set[str]) -> bool:
        """Whether `sentence` tells a red sign, an emergency now or a rush to hospital
        (`real_sign`, `emergency_now`, `urgent`, `present_clause`): never the aftermath
        of an event told as over ("... she is coughing and foaming at the mouth")."""
        return (
            self.real_sign.found(sentence, features)
            or self.urgent.found(sentence, features)
            or self.emergency_now.found(sentence, features)
            or self.present_clause.found(sentence, features)
        )

    def _searched(self, pattern: LazyPattern, text: str, features: set[str]):
        """`pattern.finditer(text)` for a rule that opens at no word: searched as the
        branches the message (its `features`) meets (`Branches`); a rule of Chinese
        words is tried only where one of its first characters stands (`needs.leads`,
        read on the rule's first search), each match found from the end of the last
        as `finditer` finds them; a search tries some forty choices at every character."""
        branches = self._branches.get(pattern)
        if branches is not None:
            pattern = branches.met(features)
            if pattern is None:
                return iter(())
        leads = self._leads.get(pattern)
        if leads is None:
            found = needs_leads(pattern.pattern)
            chars = "".join(sorted(found)) if found else ""
            leads = self._leads[pattern] = re.compile(f"[{re.escape(chars)}]") if chars else False
        if leads is False:
            return pattern.finditer(text)
        return _found_from(pattern.compiled, leads, text)

    def _unless_found(self, pattern: LazyPattern, sentence: str, features: set[str]) -> bool:
        """Whether a rule's `unless` pattern matches `sentence` (of a message with
        `features`): a long one searched as its alternatives (`_split_unless`)."""
        screened = self._split_unless.get(pattern.pattern)
        if screened is None:
            return pattern.search(sentence) is not None
        return screened.found(sentence, features)

    def _smack_asked(self, sentence: str, text: str) -> bool:
        """Whether `sentence` tells a light smack of the child by a carer (`smack_light`:
        on the hand or the bottom, a tap; the writer not the one hit), the message asks
        whether it is all right (`smack_asked`) or tells smacking refused or argued
        against (`smack_refused`, fa31: "she won't let me smack him", "we're against
        smacking", 不讓我打孩子屁股), and nothing in it tells a hurt, a mark, force or
        fear (`smack_severe`: a belt, bruises, the face, hard, every day)."""
        return (
            self.smack_light.search(sentence) is not None
            and (
                self.smack_asked.search(text) is not None
                or self.smack_refused.search(text) is not None
            )
            and self.smack_severe.search(text) is None
        )

    def _own_doing(self, span: tuple[int, int], text: str) -> bool:
        """Whether a child's own doing alone (`own_doing`: an activity done by itself, a
        fear of or readiness for doing it alone, alone among other children) holds the
        match at `span` of `text`, and nothing in the message tells a carer away, a
        child gone or at a danger's scene (`care_absent`: left, gone out, locked,
        nobody home, for hours, a road, a balcony, the bath)."""
        start, end = span
        return (
            any(m.start() < end and start < m.end() for m in self.own_doing.finditer(text))
            and self.care_absent.search(text) is None
        )

    def _told_of_others(
        self, parts: list[str], number: int, features: set[str], medical: bool = False
    ) -> bool:
        """Whether sentence `number` of `parts` goes on with a story read, seen or heard
        in one of the two sentences before it (`story_opened`: "saw a story on the news. a toddler was
        left in a hot car and died."): it tells of someone else's child (`others_child`:
        "a toddler", "her neighbours kid") and nothing of the writer or the family
        (`first_person`), nothing here or now (`here_and_now`, `now`, `happening`), and
        neither does any sentence between. "i read about button batteries. he just
        swallowed one" names no other child and is read alone. Also a story opened in
        the sentence itself (`_opened_before`), or another family's child's emergency
        told as over, with no story opened: in Chinese in its own sentence, nothing of
        the writer's child in it (`others_over`: 朋友個仔上個禮拜抽筋，而家好穩定冇乜事;
        `_others_alone`), or told and followed by a question how to keep the home
        safe (`_others_then_kept_safe`), for any rule; in English in it or the next
        sentence (`_others_told_over`), not for a `medical` rule, whose referral the ask
        decides ("my friend's son had it and recovered; should mine be tested?"). No
        sentence after it may turn the story to the family (`_turned_to_us`)."""
        here = parts[number]
        over_in_itself = self._others_alone(self.others_over, here, features) or (
            self._others_then_kept_safe(parts, number, features)
        )
        if not (over_in_itself or self.others_child.found(here, features)):
            return False
        over = over_in_itself or (not medical and self._others_told_over(parts, number, features))
        if not over and self._of_us_now(here, features):
            return False
        if any(
            self._turned_to_us(after, features, over_in_itself) for after in parts[number + 1 :]
        ):
            return False
        if over or self._opened_before(here, features):
            return True
        for before in reversed(parts[max(0, number - 2) : number]):
            if self.now.found(before, features) or self.here_and_now.found(before, features):
                return False
            if self.story_opened.found(before, features):
                return True
            if self._of_us_now(before, features):
                return False
        return False

    def _turned_to_us(self, sentence: str, features: set[str], over_in_itself: bool) -> bool:
        """Whether `sentence`, after another family's child's story, turns it to the
        family now: any sentence told as lately (`lately`); after a Chinese story told
        over in itself (`others_over`, which already keeps the writer's child out), one
        telling a red sign, an emergency now or a rush to hospital (`_alarmed`); after
        any other, the family's hurt or anything of us now ("my babysitter did the
        same to mine today": `victim_now`, `same_to_us`, `_of_us_now`)."""
        if self.lately.found(sentence, features):
            return True
        if over_in_itself:
            return self._alarmed(sentence, features)
        return (
            self.victim_now.found(sentence, features)
            or self.same_to_us.found(sentence, features)
            or self._of_us_now(sentence, features, first_person=False)
        )

    def _others_then_kept_safe(self, parts: list[str], number: int, features: set[str]) -> bool:
        """Whether sentence `number` tells another family's child's emergency, nothing of
        the writer's own child nor of now in it (`others_told`, `_others_alone`), and
        it or a later sentence asks how to keep the home safe (`safety_kept_asked`,
        `medicine_kept`): 鄰居説佢朋友嘅孩子誤食電池要開刀。家裏的遙控器應該怎樣處理？ is a
        question of prevention, the story heard its reason."""
        if not self._others_alone(self.others_told, parts[number], features):
            return False
        return any(
            self.safety_kept_asked.found(p, features) or self.medicine_kept.found(p, features)
            for p in parts[number:]
        )

    def _others_alone(self, told: Screened, sentence: str, features: set[str]) -> bool:
        """Whether a Chinese `sentence` tells another family's child's story as `told`
        reads it (`others_over`, `others_told`) and names no child of the writer's beside
        it once that child is taken out (`other_child_zh`, `own_child_too_zh`: 個女都吞咗
        兩粒, 細佬而家都抽緊筋 tell the writer's own child's danger)."""
        if not told.found(sentence, features):
            return False
        return not self.own_child_too_zh.search(self.other_child_zh.sub(" ", sentence))

    def _others_told_over(self, parts: list[str], number: int, features: set[str]) -> bool:
        """Whether sentence `number` tells another family's child's emergency ("my
        colleague's baby choked on a grape") as over, in itself or in the next sentence
        (`aside_over`: "she's totally fine", "recovered", nothing back or now there), and
        tells nothing of the writer's family or of now once the other child is taken out
        ("... but my son is choking now" does; fa26)."""
        here = parts[number]
        if self._of_us_now(self.others_named.sub(" ", here), features):
            return False
        for told in parts[number : number + 2]:
            if self.aside_over.found(told, features):
                return not (self._back(told, features) or self.now.found(told, features))
        return False

    def _others_crisis_over(self, parts: list[str], number: int, features: set[str]) -> bool:
        """Whether Chinese sentence `number` opens on a friend or relative of the writer's
        as its subject (`other_adult_zh`: 我表姐, 閨蜜, 朋友; not their child), it or the
        next sentence tells her well now (`other_adult_well_zh`: 而家已經好好, 後來好了,
        現在搬了新家很好), and neither it nor any later sentence tells anything lately,
        again or now (`aside_now_zh` within `aside_now`, `now`, `_alarmed`)."""
        if self.other_adult_zh.search(parts[number]) is None:
            return False
        if not any(self.other_adult_well_zh.search(p) for p in parts[number : number + 2]):
            return False
        return not any(
            self.aside_now.found(p, features)
            or self.now.found(p, features)
            or self._alarmed(p, features)
            for p in parts[number:]
        )

    def _opened_before(self, sentence: str, features: set[str]) -> bool:
        """Whether `sentence` opens the story itself before it names the other child
        ("there was a show yesterday, the toddler in it fell in a pool", "watched a clip
        last night where a boy ...": a comma joins what a full stop would part; fa26)."""
        if not self.story_opened.found(sentence, features):
            return False
        opened = self.story_opened.pattern.search(sentence)
        return (
            opened is not None
            and self.others_child.pattern.search(sentence, opened.start()) is not None
        )

    def _of_us_now(self, sentence: str, features: set[str], first_person: bool = True) -> bool:
        """The sentence tells of the writer or the family (unless `first_person` is
        False), or of something here or now."""
        return (
            (first_person and self.first_person.found(sentence, features))
            or self.here_and_now.found(sentence, features)
            or self.now.found(sentence, features)
            or self.happening.found(sentence, features)
        )

    def _story(self, parts: list[str], number: int, features: set[str]) -> str | None:
        """The sentences of one story around sentence `number` of `parts`, joined as in
        the message, for a rule's exceptions to read; None when it stands alone.
        A sentence told as over ("she had croup last winter", "as a baby", 舊年) or as a
        habit of school days ("every monday his tummy hurts") reads on into the
        sentences after it, the rest of its story ("now he's 3 and clingy. how do
        i..."), up to one telling something as back or now (`told_now`). A sentence
        that tells nothing as over nor happening reads the general question just before
        it ("when should he crawl? 10 months and not moving"). Never the other way:
        a sentence telling something now ("tonight he can't breathe", "she has a rash")
        is read alone, so a past told beside it never excuses it; what an exception
        forbids (back, again, still, now has) it forbids in the whole story."""
        here = parts[number]

        def now(sentence: str) -> bool:
            return self.now.found(sentence, features) or self.told_now.found(sentence, features)

        def present(sentence: str) -> bool:
            return (
                now(sentence)
                or self.happening.found(sentence, features)
                or self.lately.found(sentence, features)
            )

        # A habit of school days is told as a report ("he says his tummy hurts"), which
        # `happening` reads as a disclosure: only what is back or now stops it.
        habit = self.told_habit.found(here, features)
        # A milestone not reached yet ("still not walking") is no sign of something now
        # for the question before it to read (and opens no story of its own).
        told_now = (now(here) or self.lately.found(here, features)) if habit else present(here)
        if told_now and not (number > 0 and self.not_yet.search(here)):
            return None
        # An illness told plainly and settled in the next sentence ("he had a chest
        # infection. he's fully recovered now, but since then...") is told as over too.
        settled_next = (
            number + 1 < len(parts)
            and self.told_past.found(parts[number + 1], features)
            and not present(parts[number + 1])
        )
        if not told_now and (habit or settled_next or self.told_past.found(here, features)):
            end = number + 1
            while end < len(parts) and not now(parts[end]):
                end += 1
            return SEPARATOR.join(parts[number:end]) if end > number + 1 else None
        if number > 0:
            before = parts[number - 1]
            if (
                self.question.found(before, features)
                and not self.told_past.found(before, features)
                and not present(before)
                and not present(self.not_yet.compiled.sub(" ", here))
            ):
                return before + SEPARATOR + here
        return None

    def _prevented(self, group: str | None, sentence: str, features: set[str]) -> bool:
        """A question about preventing or handling a danger (or a story told of others),
        not one happening nor one hurting the family now.
        `features`: those of the whole message the sentence is part of. Asking what to
        do about a child's emergency is such a question only when the danger is put
        ahead ("what do I do if he ever...", "how do I do back blows on a baby", "every
        time he feeds"): "how do I stop the bleeding, she cut her hand" asks for first
        aid now (`FIRST_AID_GROUPS`)."""
        if group not in PREVENTABLE_GROUPS:
            return False
        ahead = self.hypothetical.found(sentence, features) or (
            self.asking.found(sentence, features)
            and (group not in FIRST_AID_GROUPS or self.ahead.found(sentence, features))
        )
        # (fa29) or put of any child or any parent: "if a child becomes unresponsive ..."
        ahead = ahead or self.asked_of_any_child.search(sentence) is not None
        return (
            ahead
            and not self.happening.found(sentence, features)
            and not self.victim_now.found(sentence, features)
        )

    # -- a danger told as over ------------------------------------------
    # Four readers, each for its own categories and strictness, so they stay apart
    # (one for all would change what each excuses):
    #   `_settled`    (`settles`): one word of it over or a game in the match's sentence;
    #   `_recovered`  (`recovers`): dated long ago and checked or well after the match;
    #   `_over`       (child emergencies, medical): dated in its sentence, resolved after
    #                 the match, and nothing of now in that sentence;
    #   `_aside_run`  (the model's reading): a run of sentences dated long ago, quiet,
    #                 told over, set aside before a question.
    # Their dates come from shared concepts (`past_dated`, `past_era`, `past_occasion`,
    # `aged_then_now`; not `aside_dated`, worded wider); all refuse a later sentence
    # telling the danger back (`_back`).

    def _settled(self, sentence: str, parts: list[str], number: int, features: set[str]) -> bool:
        """A danger told as over, or as a game, in `sentence` (the match's, in sentence
        `number` of `parts`): "but she's fine now", "last year"; nothing in it happening
        and no later sentence telling it back (`_returns`). The loosest reader: no date
        and no sign of recovery needed, for the categories whose dangers a game or a
        past mention explains (`settles`). A child knocked out is never settled by a
        "fine now" in its sentence (NHS: A&E after any loss of consciousness); dated
        long ago, `_over` and `_recovered` still read it as over."""
        return (
            self.settled.found(sentence, features)
            and not self.happening.found(sentence, features)
            and not self.knocked_out.search(sentence)
            and not self._returns(parts, number, features)
        )

    def _framed(self, rule: Rule, sentence: str, features: set[str]) -> bool:
        """A harmless frame of the rule's category holds in the sentence (a child's
        words in a temper over a small thing, the parent's own childhood, a film), and
        nothing in it is told as happening lately, of a teenager, as hurting the parent
        or the family now ("and so am i", "then he hit our son"), nor as an act or a
        means ("tried to", "pills"), nor with a sign of a real emergency ("lips blue")."""
        if not any(all(f.found(sentence, features) for f in frame) for frame in rule.frames):
            return False
        return not (
            self.lately.found(sentence, features)
            or self.older.found(sentence, features)
            or self.victim_now.found(sentence, features)
            or self.acted.found(sentence, features)
            or (self.real_sign.found(sentence, features) and not self._sign_played(sentence))
        )

    def _term_asked(self, sentence: str, text: str, features: set[str]) -> bool:
        """(fa30) `sentence` asks what a word means or names it as a word (`term_asked`:
        "what does grooming mean", "i heard the term ... at a talk", 咩叫產後抑鬱): the
        danger's words are mentioned, not told of anyone; never when the sentence goes on
        to tell something after the asking (`term_then_told`: "... and then said she wants
        to do it"), nor with an event ("he said it about his coach today") or an act on the
        family told in it, nor anything told as happening or now in the message (`text`)."""
        if not any(stem in sentence for stem in _TERM_STEMS):
            return False
        asked = self.term_asked.search(sentence)
        # (fa35) or the danger held as a talk's or a lesson's topic (`topic_taught`: "her
        # class had a talk on self-harm"): the talk is the event the sentence tells, so no
        # `told_event` refuses it, nor what happened elsewhere to occasion it ("after
        # something happened at another school"); a child's own story after it does
        # (`topic_then_told`), and so does anything happening in the other sentences.
        taught = self.topic_taught.search(sentence) if asked is None else None
        if taught is not None:
            return (
                self.topic_then_told.search(sentence, taught.end()) is None
                and self.term_then_told.search(sentence, taught.end()) is None
                and not self.victim_now.found(sentence, features)
                and not self.real_sign.found(sentence, features)
                and not self.happening.found(text.replace(sentence, " "), features)
                and not self.now.found(text, features)
            )
        return (
            asked is not None
            and self.term_then_told.search(sentence, asked.end()) is None
            and not self.told_event.found(sentence, features)
            and not self.victim_now.found(sentence, features)
            and not self.happening.found(text, features)
            and not self.now.found(text, features)
        )

    def _fear_only(self, sentence: str, text: str, features: set[str]) -> bool:
        """The match's `sentence` tells the writer fearing, picturing or watching for the
        danger (`fear_pictured`: "i imagine tripping with the soup", 腦入面閃過), and the
        message (`text`) names it only a fear (`fear_disowned`: "she never has", "i never
        would", 從來冇想過, 點解我會咁諗), with nothing earnest in it (`fear_earnest`:
        tonight, part of me, nearly, calm about it, 差啲, 控制唔到) and no real sign
        or emergency told now in the sentence (`emergency_now`): a fear told as a fear,
        not a danger minimised."""
        return (
            self.fear_pictured.found(sentence, features)
            and self.fear_disowned.search(text) is not None
            and self.fear_earnest.search(text) is None
            and not self.real_sign.found(sentence, features)
            # (in Chinese only a red sign told now: 已經, 而家 date the fear's setting too)
            and not self.emergency_now.found(sentence, features)
        )

    def _court_taken(self, sentence: str, features: set[str]) -> bool:
        """(fa33) `sentence` tells children taken or sought through a court, a lawyer or
        mediation (`court_process`, which itself refuses violence, a flight, hiding or
        stalking told with it), with no act on the family and no red sign told in it."""
        return (
            self.court_process.search(sentence) is not None
            and not self.victim_now.found(sentence, features)
            and not self.real_sign.found(sentence, features)
        )

    def _saying_explained(self, sentence: str, text: str, features: set[str]) -> bool:
        """(fa33) The match's `sentence` tells threat words as said or repeated by a parent
        or a child, no other grown-up named (`saying_repeated`), and the message (`text`)
        names them a figure of speech (`saying_named`: "just an expression", "she takes
        it literally"), with nothing earnest in it (`earnest`, `acted`, `fear_earnest`: i
        mean it, tonight, a plan) and nothing in the sentence told lately, as an act on
        the family or with a red sign (`_framed`'s own refusals)."""
        return (
            self.saying_named.search(text) is not None
            and self.saying_repeated.search(sentence) is not None
            and self.fear_earnest.search(text) is None
            and not any(p.search(text) for p in self.earnest)
            # (the saying's own condition, "if you draw on the wall again", is no danger
            # told again)
            and not self.lately.found(_IF_AGAIN.sub(" ", sentence), features)
            and not self.victim_now.found(sentence, features)
            and not self.real_sign.found(sentence, features)
        )

    def _correction_only(self, parts: list[str], text: str, features: set[str]) -> bool:
        """(fa34) A short message (three sentences at most) that opens as a correction of
        the one before it (`correction_told`: "sorry, i meant my younger one", 我頭先打錯),
        whose `text` tells no red sign, nothing happening and no act on the family
        (`real_sign`, `happening`, `emergency_now`, `victim_now`, `acted`): what it
        corrects lies in the chat before it, and the model's reading of its few words
        alone escalates nothing. The rules still read it."""
        if len(parts) > 3 or self.correction_told.search(parts[0]) is None:
            return False
        return not any(
            concept.found(text, features)
            for concept in (
                self.real_sign, self.happening, self.emergency_now, self.victim_now, self.acted
            )
        )

    def _usual_passed(self, text: str, features: set[str]) -> bool:
        """(fa34) The message (`text`) tells the child's known condition's event as the
        usual one or one its plan covers (`usual_event`: "one of her usual absences", "the
        way her neurologist described", care plan, 同平時一樣) and as ended (`usual_passed`:
        "it passed", "a few seconds", 幾秒就過咗), and nothing in it tells the event unlike
        the usual, long, not ending, again or with a red sign (`unusual_event`,
        `real_sign`; the caller refuses one told happening now). Told tonight or today, as
        a usual event is, it is still the care plan's, not an emergency."""
        return (
            self.usual_event.search(text) is not None
            and self.usual_passed.search(text) is not None
            and self.unusual_event.search(text) is None
            and not self.real_sign.found(text, features)
        )

    def _sign_played(self, sentence: str) -> bool:
        """Whether the signs of `sentence` are acted in a game of pretend it names ("plays
        dead, goes limp on the floor", "does pretend cpr on her"), nothing telling the game
        turned real (`turned_real`: really, but now, fell, in the water; fa26)."""
        return (
            self.play_scene.search(sentence) is not None
            and self.turned_real.search(sentence) is None
        )

    def _recovered(
        self,
        sentence: str,
        found: re.Match,
        parts: list[str],
        number: int,
        text: str,
        features: set[str],
    ) -> bool:
        """A danger (the match `found`, in `sentence`, sentence `number` of `parts`) told
        as long over and resolved: the sentence dates it long ago and the message says
        it was checked or all is well now ("last year ... the doctor said she was fine";
        "when he was a baby ...; he's 5 now and well"), or the sentence says it was
        checked and all is well now; that sign told after the match (`_resolved_after`);
        never with anything happening now or lately in the sentence ("again", "the
        thoughts are back"), nor a later sentence telling it back (`_returns`): a danger
        told in another sentence is matched there. Unlike `_over`, its date is
        `long_ago` and its signs are of care and wellbeing (`all_clear`, `well_now`)
        anywhere after the match, for the categories of `recovers`."""
        if not self._recovered_told(sentence, text, features):
            return False
        signs = (self.all_clear, self.well_now)
        return self._resolved_after(sentence, signs, found, text) and not self._returns(
            parts, number, features, asking_read=True
        )

    def _recovered_told(self, sentence: str, text: str, features: set[str]) -> bool:
        """`_recovered`'s reading of the words alone: dated long ago with a sign of care
        or wellbeing in the message, or both signs in the sentence; nothing now in it."""
        if self.lately.found(sentence, features):
            return False
        if _CJK.search(sentence) and (
            self.told_now.found(sentence, features) or self._back(sentence, features)
        ):
            return False
        if self.long_ago.found(sentence, features):  # what "happening" reads is then past
            return self.all_clear.found(text, features) or self.well_now.found(text, features)
        if self.happening.found(sentence, features):
            return False
        return self.all_clear.found(sentence, features) and self.well_now.found(sentence, features)

    def _over(
        self,
        parts: list[str],
        number: int,
        text: str,
        features: set[str],
        medical: bool = False,
        span: tuple[int, int] | None = None,
    ) -> bool:
        """A child's emergency (or a medical complaint) in sentence `number` of `parts`
        told as over: the sentence dates it in the past (`event_past`: "when she was 2",
        "back in may", "ages ago", 細個, 上年, 吞過); it tells it resolved after the match
        (`_sign_after`), or a later sentence does (`event_over`: "it came out", "the
        doctor was happy", "fine since", 冇事, 好返); and neither that sentence nor any
        after it tells it back or happening now (`event_back`: again, tonight, 又, 頭先,
        而家 with a red sign; in that sentence also a clause told now,
        `present_clause`: "but rn he's not breathing"), unless only feared ("could it
        happen again?"). A danger told in a
        later sentence is matched there, so a past scare never excuses it. A `medical`
        complaint is over only with nothing in its sentence told as there now ("now he
        has a cough") and no question about health or a medicine in it or after it
        (`_asks_health`: a check-up, a risk, a dose); in Chinese, whose sentences run
        the past and a symptom now together with commas, only in a sentence before
        the last. Unlike the story exceptions it holds when the model reads the
        message as near a danger: what it excuses is told as over, and a danger told
        after it is read in its own sentence."""
        here = parts[number]
        # Most sentences date nothing in the past: the cheapest test first.
        if not self.event_past.found(here, features):
            return False
        if self._told_back_or_now(here, features) or self.lately.found(here, features):
            return False
        if medical and (
            (number == len(parts) - 1 and (_CJK.search(here) or self._asks_health(here, features)))
            or self.told_now.found(here, features)
            or any(self._asks_health(later, features) for later in parts[number + 1 :])
        ):
            return False
        if span is None:
            signed = self.event_over.found(here, features)
        else:
            span = self._offset(text, span)
            signed = self._sign_after(here, (self.event_over,), span)
            if medical and self._told_present_before(here, span[0]):
                return False
        later = SEPARATOR.join(parts[number + 1 :])
        return (signed or self.event_over.found(later, features)) and not self._returns(
            parts, number, features
        )

    def _found_again(
        self, parts: list[str], text: str, span: tuple[int, int], features: set[str]
    ) -> bool:
        """(neglect45) A child's absence, the match at `span` of `text`, told ended after
        it, whenever it was: the child found, caught or back (`found_again`: "caught him
        within seconds", "police found her two hours later", 一分鐘就搵返, 即刻捉返佢); from
        the finding's sentence on nothing tells the child gone still (`gone_still`: still
        missing, nobody has found him, 仲未揾到, 報咗警) and no later sentence tells it back
        or now (`_returns`); no red sign anywhere (`real_sign`: found by the pond not
        breathing), nor the carer asleep or drunk while the child got away (`carer_lapsed`:
        a neglect told, found or not). Unlike `_over`, no date is needed: a finding ends
        an absence, and a child gone again is told after it."""
        finding = self.found_again.search(text, span[1])
        if finding is None:
            return False
        number = text.count(SEPARATOR, 0, finding.start())
        begin = text.rfind(SEPARATOR, 0, finding.start())
        return (
            self.gone_still.search(text, max(begin, 0)) is None
            and not self._returns(parts, number, features)
            and not self.real_sign.found(text, features)
            and self.carer_lapsed.search(text) is None
        )

    def _told_present_before(self, sentence: str, start: int) -> bool:
        """Whether the clause of `sentence` leading to offset `start`, after its last date
        or sign that something is over, is told in the present ("..., and was fine after,
        my baby has a rash"): a complaint of now."""
        marks = (self.event_past, self.event_over)
        ends = [
            (m.end(), p) for p in marks for m in p.pattern.compiled.finditer(sentence, 0, start)
        ]
        begin, mark = max(ends, default=(0, None), key=lambda e: e[0])
        verb = _PRESENT.search(sentence, begin, start)
        # Learners' English tells the dated event in the present right after its date
        # ("when he 2 year he have fit"): a verb of the date's own clause.
        if (
            verb is not None
            and mark is self.event_past
            and _DATED_CLAUSE.fullmatch(sentence, begin, verb.start())
        ):
            verb = _PRESENT.search(sentence, verb.end(), start)
        if verb is None:
            return False
        # Part of the sign itself ("has since outgrown the allergy"): no complaint of now.
        over = self.event_over.pattern.compiled.finditer(sentence)
        return not any(m.start() <= start < m.end() for m in over)

    @staticmethod
    def _sign_after(sentence: str, signs, span: tuple[int, int]) -> bool:
        """Whether a sign that the event is over (one of the `signs` patterns) is told
        in `sentence` after the match at `span`, or the match is part of such a sign
        ("the GP said she was fine"). A sign told before the match is another event's:
        "之前跌親冇事，佢唔識郁", "had PND years ago and recovered, now i keep thinking
        ...", "細個嗰陣好返，上個月佢打我". A sign that begins inside the match's last words
        and runs on past it is told after it ("ate one the poison | centre said it was
        harmless")."""
        start, end = span
        found = [m.span() for p in signs for m in p.pattern.compiled.finditer(sentence)]
        return any(begin <= start < finish or finish > end for begin, finish in found)

    def _resolved_after(self, sentence: str, signs, found, text: str) -> bool:
        """Whether the match `found` of `text`, in `sentence` (`_sentence_at`), has a sign
        that it is over after it: in its sentence (`_sign_after`) or a later one."""
        begin = text.rfind(SEPARATOR, 0, found.start())
        shift = begin + 1 if begin >= 0 else 0  # where `_sentence_at` starts it
        span = (found.start() - shift, found.end() - shift)
        finish = text.find(SEPARATOR, found.end())
        later = text[finish:] if finish >= 0 else ""
        return self._sign_after(sentence, signs, span) or any(
            p.pattern.search(later) for p in signs
        )

    @staticmethod
    def _offset(text: str, span: tuple[int, int]) -> tuple[int, int]:
        """`span` of `text` as offsets in its sentence (`parts[number]`)."""
        begin = text.rfind(SEPARATOR, 0, span[0])
        shift = begin + len(SEPARATOR) if begin >= 0 else 1
        return span[0] - shift, span[1] - shift

    def _asks_health(self, sentence: str, features: set[str]) -> bool:
        """Whether `sentence` asks about health or a medicine (`health_asked`,
        `medicine_asked`): a past illness and such a question in one sentence stay a
        medical question. Not how to explain to or teach the child, nor how to keep
        medicines away or make the home safe (`home_made_safe`: 點樣 setup 屋企防止再跌)."""
        if (
            self.explain_asked.found(sentence, features)
            or self.medicine_kept.found(sentence, features)
            or self.home_made_safe.found(sentence, features)
        ):
            return False
        return self.health_asked.found(sentence, features) or self.medicine_asked.found(
            sentence, features
        )

    @staticmethod
    def _told_by(patterns, text: str, number: int) -> bool:
        """Whether each of a rule's other `patterns` matches in sentence `number` of
        `text` or before it: a danger whose signs are told only in a later sentence ("a
        cold last month, all good now. today he is 38.5") is not the past one's."""
        end = -1
        for _ in range(number + 1):
            end = text.find(SEPARATOR, end + 1)
            if end < 0:
                break
        told = text if end < 0 else text[:end]
        return all(p.search(told) for p in patterns)

    def _signs_told_then(self, rule: Rule, rest, text: str, parts, number: int, features) -> bool:
        """`_told_by` for the rule's other patterns `rest` at sentence `number`; for a
        rule of `told_over` also up to the next sentence when that one tells it over
        (`aside_over`: "he wandered off at the park. security found him, happy as
        anything": the searchers are named in the finding)."""
        if self._told_by(rest, text, number):
            return True
        return (
            (rule.category, rule.name) in self.told_over
            and number + 1 < len(parts)
            and self.aside_over.found(parts[number + 1], features)
            and self._told_by(rest, text, number + 1)
        )

    def _told_back_or_now(self, sentence: str, features: set[str]) -> bool:
        """Whether `sentence` tells a danger back (`_back`) or a clause of now
        (`present_clause`: "but rn he's not breathing"): no sentence so told is read as
        over. `_over` also refuses `lately` in it; `_aside_run` the wider `aside_now`
        (still, every day, since tuesday), as a story set aside must be quiet."""
        return self._back(sentence, features) or self.present_clause.found(sentence, features)

    def _returns(
        self, parts: list[str], number: int, features: set[str], asking_read: bool = False
    ) -> bool:
        """Whether a sentence after sentence `number` tells a danger back or happening now.
        With `asking_read` (`_recovered`), a sentence telling only the child asking about
        it is none ("this morning my son wanted to know about the lines": the question's day).
        """
        return any(
            self._back(later, features)
            and not (asking_read and self._child_asked_only(later, features))
            for later in parts[number + 1 :]
        )

    def _child_asked_only(self, sentence: str, features: set[str]) -> bool:
        """(fa33) `sentence` tells a child asking or noticing (`child_asked_about`), with
        no red sign, nothing happening and no act on the family told in it."""
        return (
            self.child_asked_about.found(sentence, features)
            and not self.real_sign.found(sentence, features)
            and not self.happening.found(sentence, features)
            and not self.victim_now.found(sentence, features)
        )

    def _back(self, sentence: str, features: set[str]) -> bool:
        """Whether `sentence` tells a danger back or happening now (`event_back`), a
        return only feared or asked about ("will it happen again") taken out."""
        # (every hedged return ends in one of these words: none, nothing to take out)
        if any(word in sentence for word in _HEDGED_ENDS):
            sentence = self.hedged_back.sub(" ", sentence)
        return self.event_back.found(sentence, features)

    # -- spelling --------------------------------------------------------
    def _spelt_out(self, sentence: str) -> str:
        words = sentence.split()
        # (never an empty word: None only if unknown), looked up in one pass (`map`)
        fixed = list(map(self._corrections.get, words))
        if None in fixed:
            fixed = [f if f is not None else self._word(w) for w, f in zip(words, fixed, strict=True)]
        if not self._done_particles.isdisjoint(words):
            fixed = self._romanised_past(fixed)
        return sentence if fixed == words else " ".join(fixed)

    def _romanised_past(self, words: list[str]) -> list[str]:
        """`words` with each Cantonese verb in Latin letters followed by the completive
        particle 咗 ("sik jor", "yam zo", "dit jo") read as the English past the rules read
        ("ate", "drank", "fell"); a particle after any other word, and a verb without
        one, are left alone ("sik" is also a typed "sick", "jo" a name)."""
        read: list[str] = []
        for word in words:
            if word in self._done_particles and read and read[-1] in self._romanised_verbs:
                read[-1] = self._romanised_verbs[read[-1]]
            else:
                read.append(word)
        return read

    def _word(self, word: str) -> str:
        known = self._corrections.get(word)
        if known is None:
            known = self.texting.get(word) or self._correct(word)
            if len(self._corrections) < 100_000:
                self._corrections[word] = known
        return known

    def _correct(self, word: str) -> str:
        """The rule word a misspelling stands for ("breating" -> "breathing"), else
        itself. A dictionary word is never changed ("dose", "shot"), nor a misspelling
        that one edit makes into another word ("securty" -> "security")."""
        if len(word) < 5 or not word.isascii() or word.isdigit() or word in self._known:
            return word
        if _dictionary().known([word]):
            return word
        best = process.extractOne(
            word, self._lexicon.get(word[0], ()), scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF
        )
        if not best:
            return word
        if OSA.distance(word, best[0]) <= 1 and _dictionary().known([best[0]]):
            return best[0]  # the rule word is itself one edit away: the nearest word
        nearby = _dictionary().known(_dictionary().edit_distance_1(word))
        return best[0] if not nearby or best[0] in nearby else word


# The exceptions that read a sentence's story (`Triage._story`), not the sentence alone:
# of a medical rule, an illness told as over, a figure of speech or a school-day ache
# (`medical_aside`); of a danger rule, only a milestone asked (`milestone_asked`): any
# other danger told in a sentence is judged by that sentence.
MEDICAL_STORY = re.compile(r"\{medical_aside(?:_zh)?\}")
DANGER_STORY = re.compile(r"\{milestone_asked\}")
# The exceptions that read on past their sentence (`Triage._mild_after`): a knock's or a
# bite's mild course, a blotchy rash's fading or the child well, told in the sentences
# after the one naming it.
AFTERMATH = re.compile(r"\{(?:knock_mild|knock_mild_head|bite_local|blotchy_rash_calm)(?:_zh)?\}")


def _without(text: str, figures: list[re.Pattern]) -> str:
    """`text` with every match of `figures` read out."""
    for figure in figures:
        text = figure.sub(" ", text)
    return text


def _found_from(pattern: re.Pattern, leads: re.Pattern, text: str):
    """The matches `pattern.finditer(text)` yields, for a pattern whose matches start only
    at a character of `leads` and are never empty: tried at those characters, each
    after the last match's end."""
    end = 0
    for lead in leads.finditer(text):
        at = lead.start()
        if at >= end:
            found = pattern.match(text, at)
            if found is not None:
                yield found
                end = found.end()


def _sentence_at(text: str, start: int, end: int) -> str:
    """The sentence of `text` (sentences joined by SEPARATOR) around a match."""
    begin = text.rfind(SEPARATOR, 0, start)
    finish = text.find(SEPARATOR, end)
    return text[begin + 1 if begin >= 0 else 0 : finish if finish >= 0 else len(text)]


def _dictionary():
    """English words (pyspellchecker's frequency list, stored compactly): never corrected."""
    return english_words()


def _rules(
    categories: list[tuple[str, dict]],
    concepts: dict[str, str],
    readings: Readings,
    story_exceptions: re.Pattern,
) -> list[Rule]:
    """Each category's rules, their concepts filled in (compiled on first use); the
    `unless` patterns naming a concept of `story_exceptions` read the sentence's story."""
    rules = []
    for category, named in categories:
        for name, rule in named.items():
            required, unless = (
                (rule.get("all", []), rule.get("unless", []))
                if isinstance(rule, dict)
                else (rule, [])
            )
            story = [story_exceptions.search(p) is not None for p in unless]
            after = [AFTERMATH.search(p) is not None for p in unless]
            required = [_fill(p, concepts) for p in required]
            unless = [_fill(p, concepts) for p in unless]
            exceptions = tuple(LazyPattern(p) for p in unless)
            rules.append(
                Rule(
                    category,
                    name,
                    tuple(LazyPattern(p) for p in required),
                    exceptions,
                    any(not p.isascii() for p in required),
                    tuple(readings.needs(p) for p in unless),
                    story=tuple(e for e, s in zip(exceptions, story, strict=True) if s),
                    read_on=tuple(e for e, a in zip(exceptions, after, strict=True) if a),
                )
            )
    return rules


def _either(concepts: dict[str, str], name: str) -> str:
    """A concept's English words (whole words) or its Chinese ones (`name_zh`)."""
    parts = []
    if name in concepts:
        # (a concept anchored at the start reads the whole text: a word boundary before
        # its `^` would fail on the leading space every searched text has)
        start = "" if concepts[name].startswith("^") else r"\b"
        parts.append(start + concepts[name] + r"\b")
    if f"{name}_zh" in concepts:
        parts.append(concepts[f"{name}_zh"])
    return "|".join(parts) or "(?!)"


def _fill(pattern: str, concepts: dict[str, str]) -> str:
    """The pattern with its concepts filled in, and each word run that must end at
    a space, a group's end or a word boundary made possessive (`\\w++`): it never
    gives back letters, which saves backtracking and changes no match."""
    pattern = re.sub(r"\{([a-z_]+)\}", lambda m: concepts.get(m.group(1), m.group(0)), pattern)
    return _WORD_RUN.sub(r"\\w++", pattern)


__all__ = ["DANGER_GROUPS", "SAFE", "Triage", "TriageResult", "fold", "language", "sentences"]
