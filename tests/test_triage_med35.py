"""Medical referral both ways: families of doctor's questions the rules did not read, and
red signs asked inside a doctor's question (issue 18, branch `med35`).

Referred: a medicine named by its form in the plural (teething gels, barrier creams), a
baby spitting up in any form of the verb (spits up, spat up), a test named by what it
tests (skin prick tests, allergy testing, patch testing), a bump on a body part named in the plural ("bumps on his hands"), a skin
reaction told as what the child gets after a food or a plant ("gets itchy patches after
tomatoes", 食完...會出紅點: no prevention question), scale on a baby's head (皮屑).

Not read as a swallow: a medicine or remedy still to be given, asked about or advised
(要唔要俾佢食退燒藥, 醫生建議試服, 阿嫲話要飲七星茶: `medicine_planned_zh`), a medicine
told taking effect ("once the calpol kicks in"); "day 3" of an illness after the child's
age is no age in days; a red swelling told absent (冇紅腫) is no swelling and eye
discharge (眼屎) no stool; a seizure asked as prevented or brought on ("to stop another
one", "could the jab bring on a fit") is a doctor's question unless one is happening, new
or not stopping; a fever asked only under an "if" ("calpol if she gets a temperature
after her jabs"), no reading told, is no fever in a young baby.

Escalated still: a swallow told done, by mistake or of a whole bottle; a baby under three
months at 38 degrees asked as a dose question (可唔可以食退燒藥 is asked of this child, no
prevention talk: `medicine_now_zh`), with its age in days or weeks told bare (才四十天,
BB三星期) and a reading written with a space (38 度); a weak cry in written Chinese; a
red sign told now after a story dated long ago, "shaking all over" being no story told
over and "now she's 38.9" no age.
"""

import pytest

from .decisions import kind


REFERRED = [
    "r teething gels ok for an 8 month old? how many times a day can i put them on his gums",
    "Which soothing lotions or ointments can I use on my 2 year old's chapped cheeks?",
    "she spits up most feeds, 7 weeks old, weight is fine, do we need a special formula?",
    "My son spat up after every bottle this week and some comes out of his nose, he's 2 months, is that normal?",
    "the paed wants allergy testing before we give eggs, is that usual at 6 months?",
    "our derm says keep the cream on for two more weeks, is that ok on a toddler's face?",
    "is patch testing done on toddlers? we think his rash comes from the nappies",
    "He gets itchy red patches on his arms after the sandpit, gone in an hour. What causes it and should he skip the sandpit?",
    "My boy has rough little bumps on his hands and the backs of his legs. Is that eczema?",
    "個仔食完奇異果之後口邊會起紅疹，係咪要避免再食？",
    "BB頭頂有啲油油黃色皮屑，點樣清先啱？",
    "個女兩歲半，晏晝探到38度半，而家瞓緊晏覺，使唔使等佢醒咗先食退燒藥？",
    "醫生建議個仔試服抗敏感藥一個月，有冇副作用要留意？",
    "奶奶話要俾兩個月大嘅BB飲七星茶，安唔安全？",
    "Temp 38.6 this morning. He is 5, day 3 of the bug, drinking ok but tired. At what point does he need the GP?",
    "She's 4 and her temp goes down and she plays once the ibuprofen kicks in. Is a third day of fever ok?",
    "BB一個月，眼角好多分泌，冇紅腫，使唔使用眼藥水？",
    "He has epilepsy and his flu jab is due. Could the jab bring on a seizure?",
    "She had a febrile convulsion at 20 months and has been fine since. Can giving ibuprofen early prevent another one? She is 3 and has a cold.",
    "my 8 week old has her jabs next week, can i give her calpol if she gets a temperature after?",
]


@pytest.mark.parametrize("message", REFERRED)
def test_a_doctors_question_of_these_families_is_referred(full, message):
    assert kind(full, message) == "refer", message


ESCALATED = [
    "BB出世五十五日，探熱38度，仲飲奶，可唔可以俾佢食退燒藥？",
    "寶寶才四十五天，量到38.4度，可不可以給他吃退燒藥？",
    "宝宝才七十天，发烧38度，哭声很弱",
    "my 6 week old is 38.1, still feeding, can i give him calpol?",
    "she is 8 days old and 38.2 under the arm, very sleepy",
    "個仔偷食咗我半排安眠藥，而家好眼瞓",
    "個女飲咗成樽止咳水，要唔要叫救護車？",
    "he drank a whole bottle of calpol when we weren't looking, he's drowsy, when does it wear off?",
    "BB食完花生醬之後嘴唇紅腫，眼都腫埋，呼吸有聲",
    "he is fitting right now and it wont stop, what can i give to stop the seizure",
    "She just had her first ever fit, still drowsy. What should I give her to stop another one?",
    "He had a febrile fit last spring. Now he's 39.4, shaking all over and not answering me. What do I do?",
]


@pytest.mark.parametrize("message", ESCALATED)
def test_a_danger_sharing_the_words_still_escalates(full, message):
    assert kind(full, message) == "escalate", message


ANSWERED = [
    "My son wants hair gels like his big cousin for the wedding, he's 7. Fine to let him?",
    "She has three spelling tests and a maths test this week and is melting down. How do I help her with nerves?",
    "How can I avoid sunburn when my toddler won't keep a hat on?",
    "出去旅行之前想問，點樣避免個仔喺飛機上面發脾氣？",
    "Three years ago his dad hit me. It's all over now, we live safely with my parents. How do I answer when he asks about his dad?",
]


@pytest.mark.parametrize("message", ANSWERED)
def test_an_ordinary_message_sharing_the_words_is_answered(full, message):
    assert kind(full, message) is None, message
