"""Referral precision around a child's condition (issue 18, branch `med48`).

Answered (a parenting question, or a parent's own feelings, told around the child's
condition): a lasting condition, a disability, a birth before term or the care they
bring (a hearing aid, a feeding tube, a wheelchair, the neonatal unit, the corrected
age, the round of therapies) named as the child's background (`condition_background`,
`condition_care`) is read out of the ask and the telling, as a developmental condition
already is (`Triage._development_out`); a message that asks nothing and tells such a
condition with the parent's own tiredness, guilt or loneliness (`own_tired`, `own_needs`)
is read
the same way (`told_only` in `Triage._parenting_asked`).

Referred: the same families' doctor's questions: a test, a dose, a vaccine, a medicine
beside the condition's, a symptom now, a growth percentile, a feed's volume, whether a
milestone is late, whether the condition makes an illness likelier, how much activity the
condition allows
(`condition_asked`, and the medical rules on what is left once the condition is read out).
"""

import pytest

from .decisions import kind


ANSWERED = [
    # English: plain, texting, non-native
    "My daughter has a hearing aid since she was two. How do I get her to join in at playgroup songs?",
    "our son has cerebral palsy and I'm completely worn out, some weeks I don't see my friends at all",
    "Twin boys born at 31 weeks, now 20 months corrected. How do we stop them biting each other?",
    "She had heart surgery as a newborn and she's 3 now. Tips for her first sleepover at grandma's?",
    "my girl have down syndrome, she is 4. how I teach her to wait her turn on the slide?",
    "He's tube fed and his big sister keeps asking why he doesn't eat cake. What do I tell her?",
    "we spent 10 weeks in the nicu and now shes home and 1, how do i let other people babysit without panicking",
    "my son uses a wheelchair and kids at the park stare. how do i help him feel ok about it",
    "my son has asthma n hates the spacer mask, any tricks to make it a game for a 3yo",
    # Cantonese and written Chinese
    "細女有腦癱，我日日湊到好攰，有時覺得好內疚",
    "細女有腦癱，成日要覆診又要做治療，我好攰",
    "個仔早產，矯正年齡一歲，點樣教佢同家姐一齊玩？",
    "女兒戴助聽器，返幼稚園老師唔識點同佢溝通，我應該點同老師講？",
    "兒子有先天性心臟病，做完手術已經穩定，想問點樣令佢唔好咁怕陌生人？",
    "囝囝有唐氏綜合症，下個月入學，點樣幫佢適應新環境？",
    # a diagnosis told as received, and the parent's own loneliness
    "確診咗三個月，我成日覺得好孤單，點樣搵其他家長傾吓？",
    "she has epilepsy and i feel so alone, how do other mums cope",
]

REFERRED = [
    # the same families' doctor's questions, English
    "My daughter has a hearing aid since she was two. How often should her hearing be tested?",
    "since his epilepsy diagnosis he takes his medicine at night, can he have ibuprofen for a sore ear?",
    "our son has cerebral palsy and his legs have been more stiff and painful this week, should his doctor see him?",
    "Twin boys born at 31 weeks, now 20 months corrected. One is still not walking, is that a delay?",
    "She had heart surgery as a newborn and she's 3 now. Does she need the flu vaccine?",
    "my girl have down syndrome, she is 4. her weight is above the 98th percentile, is it a problem?",
    "He's tube fed. How many ml should each feed be now that he weighs 12 kg?",
    "we spent 10 weeks in the nicu and now shes 1, does she need extra vitamin d still",
    "my son has asthma and he's been coughing every night this week, should we increase his inhaler?",
    "my son has asthma, how often should he use his inhaler?",
    "my son has asthma, is he more likely to get a chest infection from nursery?",
    # Cantonese and written Chinese
    "細女有腦癱，呢個禮拜隻腳好硬又痛，使唔使帶佢睇醫生？",
    "個仔早產，矯正年齡一歲，仲未識坐，係咪發展遲緩？",
    "女兒戴助聽器，佢隻耳仔流緊水，要唔要覆診？",
    "兒子有先天性心臟病，做完手術之後，打流感針有冇問題？",
    "佢有濕疹，呢幾日周身出紅疹好痕，可以搽咩藥膏？",
    "個仔有濕疹，幾時要覆診？",
    "確診咗兩個星期，佢仲係好咳，使唔使覆診？",
    # how much activity the condition allows
    "佢有哮喘，點樣唔俾佢跑得太劇烈？",
]

# Hard negatives sharing the words: an eczema or allergy told as an episode now is no
# background (only a lasting one, "has eczema", 有濕疹, 對花生敏感, is read out).
EPISODES = [
    "BB塊面出咗好多濕疹點算",
    "her eczema flared up behind both knees this week, red and cracked, which cream is best?",
]


@pytest.mark.parametrize("message", ANSWERED)
def test_parenting_asks_around_a_condition_are_answered(triage, message):
    assert kind(triage, message) is None, message


@pytest.mark.parametrize("message", REFERRED)
def test_doctors_questions_around_a_condition_are_referred(triage, message):
    assert kind(triage, message) == "refer", message


@pytest.mark.parametrize("message", EPISODES)
def test_a_condition_told_as_an_episode_now_is_still_referred(triage, message):
    assert kind(triage, message) == "refer", message
