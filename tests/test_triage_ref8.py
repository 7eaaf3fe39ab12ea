"""Parenting questions sent to a doctor, read by their general cause (issue 18 item 6, `ref8`).

- The parent's own turn to the question ("my real question is", "what I actually want to
  know", 我真正想問嘅係, 重點是; `ask_pivot`): what is told before it is background, unless
  told as now.
- A place or a thing of care named in passing (a chemist's door, a medicine cupboard, a first
  aid box, empty medicine bottles as toys; `care_setting`), a medicine or an aid packed,
  labelled or stored (`health_background`), an adult relative's pills.
- A check told clear in other words (innocent, benign, no big deal, signed off, 冇咩大礙,
  唔使覆診, `checked_clear`), a jab taken calmly beside what the child does fear
  (`checked_fine`).
- Medical words as figures: a dose of cartoons, one's own medicine, a prescription for a
  rainy afternoon (`figure`).
- Medicines asked about as things to store out of reach, and hazards asked ahead
  (`medicine_kept`, `prevention_asked`).
- Rocking or head-banging to fall asleep (`parenting_ask`), unless the head was knocked
  (`ask_health`).

The same frames with a dose, a symptom told now or asked, or a medicine in the ask stay
referred (or escalate).
"""

import pytest

from .decisions import answered

ANSWERED = [
    # the parent's turn to the real question
    "He had bronchiolitis at six months and was on oxygen for two nights, all long behind us. "
    "My real question: how do I stop him snatching toys from his baby cousin?",
    "ok so the chest infection is cleared, antibiotics finished. what i actually want to know is how to get her to brush her own hair",
    "佢舊年割咗扁桃腺，醫生話唔使再覆診。我真正想問嘅係點樣令佢肯收拾玩具？",
    "孩子上个月肺炎住院一周，现在没什么大碍了。重点是：怎么让他自己穿鞋？",
    # a place or a thing of care in passing
    "Every time we walk past the chemist she wants to go in and look at the hair clips and screams when I say no. How do I handle it?",
    "he keeps opening the bathroom drawer where the medicine cupboard key is kept, its out of reach but how do i stop him climbing the sink",
    "She collects empty vitamin tubs and turns them into a shop for her teddies. Should I encourage this kind of pretend play?",
    "每次經過藥房佢都要入去望吓啲玩具，唔俾就喺門口瞓喺地下，點處理好？",
    "My son's bag for camp has a labelled inhaler, his sun cream and a torch. He's worried about sleeping away from home. How can I help?",
    # a check told clear in other words, a jab taken calmly beside a fear
    "The paed checked the bump on his spine and said it was benign and nothing to worry about. He's 3 and won't share his scooter. Any tips?",
    "心臟科醫生話佢個雜音係無害，唔使覆診。佢而家好怕黑，點幫佢？",
    "Calm as anything for his jabs, but a hand dryer in a public loo sends him into hysterics. How do I help with loud sounds?",
    "佢抽血都唔怕，但係一剪頭髮就喊到震，點幫佢？",
    # medical words as figures
    "What's a sensible daily dose of bluey for a 3 year old? She'd watch it all afternoon.",
    "My brother got a taste of his own medicine when my 4yo copied his swearing. How do I stop her repeating it?",
    "Any prescription for a long wet weekend with two toddlers? We're out of ideas.",
    # medicines stored, hazards asked ahead
    "What's the safest way to store my own tablets and the kids' vitamins when a toddler is in the house?",
    "Which toys count as choking hazards for under threes? My uncle keeps bringing marbles for the baby.",
    # medicines stored, in Chinese
    "藥應該收喺邊度最安全？屋企老人家成日將血壓藥擺喺梳化側邊。",
    "家中的药品要怎么收纳才不会被孩子拿到？外婆习惯把药放在茶几上。",
    # another family's child's illness told as a story, bite marks, a check with no verb
    "My cousin said her little boy caught chickenpox at nursery and was off for two weeks. How do I explain to my daughter why she can't play with him yet?",
    "His big sister bit him on the arm so hard it left teeth marks, skin not broken and he's fine. How do I stop her biting?",
    "He swallowed a marble last spring (x-ray all clear, it passed). He's 4 now and obsessed with marble runs. From what age are marbles ok?",
    "the ultrasound all normal in the end, she's a happy 2yo. how do i get her to stop throwing food?",
    "Baby had jaundice and a night in special care, turned out to be nothing much. 18 months now. My question is more about my own guilt - did missing that first night hurt our bond?",
    "護士話佢手臂上面啲紅色印係胎記，冇問題。但係同學成日笑佢，我點同佢講好？",
    # rocking to fall asleep
    "Is it normal for a toddler to rock on all fours and bump his head softly on the cot to get to sleep? He's cheerful all day.",
]

REFERRED = [
    # the same turn with the child's health asked or told now
    "She's fine at school. My real question is how many ml of ibuprofen a 13 kg child can have.",
    "我真正想問嘅係，佢咳咗成個禮拜，晚晚咳到醒，使唔使睇醫生？",
    "anyway my actual question is whether this rash on her back that's been there a week needs cream",
    "Bedtime is fine now. Her temperature has been 38.8 since this morning though, what I actually want to know is can she go to the party",
    # places and things of care with a dose or a symptom
    "The chemist sold us drops for his ear infection, how many drops and for how long?",
    "We keep everything in the medicine cupboard but how much calpol can a 9 kg baby have?",
    "I packed her inhaler for nursery but she's coughing at night and needs it every few hours, is that normal?",
    # a check told clear with a sign told now
    "The doctor said the murmur was innocent, but now she goes blue round the lips when she feeds. Is that normal?",
    "醫生話冇咩大礙，但係佢今日又發燒到三十九度，點算？",
    # figures beside a real dose
    "What's the right dose of vitamin D for a breastfed baby of 3 months?",
    # storage beside a dose
    "We keep the meds locked away. How much paracetamol is safe for a 12 kg toddler?",
    # stored medicines with an amount or a swallow, another's child beside one's own now
    "藥應該收喺邊度？佢頭先食咗兩粒，使唔使睇醫生？",
    "退烧药放在哪里都可以吗？三岁孩子一次吃多少毫升？",
    "my friend's son had a febrile fit last week. mine has a fever of 39.5 now, what should I give him?",
    "My sister said her baby had a rash like this and it was measles. my son has the same spots now, what should I do?",
    "The dog bit him and the teeth marks are bleeding and swollen. Does he need antibiotics?",
    "the x-ray was all clear but he still can't put weight on his foot today. should we go back?",
    "醫生話冇問題，但係佢今日又發燒到39度，點算？",
    # a head knocked before sleep
    "Is it normal that he fell asleep right after he banged his head on the table corner?",
]


@pytest.mark.parametrize("message", ANSWERED)
def test_a_parenting_question_with_care_words_in_the_background_is_answered(triage, message):
    answered(triage, message)


@pytest.mark.parametrize("message", REFERRED)
def test_the_childs_health_asked_or_told_now_is_still_sent_to_a_doctor(triage, message):
    assert triage.decide(message).kind in ("refer", "escalate")
