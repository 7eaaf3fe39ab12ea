"""Medical referral both ways on remedies, a condition's medicine, growth and puberty
(issue 18, branch `med34`).

A remedy, tonic or supplement (herbal soup, Chinese medicine, a medicated oil, deer
antler or ginseng, melatonin, gripe water), a drug named only by its ending
(desmopressin, montelukast, loratadine) or a child's own medicine for a condition (his
bedwetting tablets), asked as safe, at an age or with another medicine, is a doctor's
question however family the telling is (`remedy_asked`, `drug_asked`,
`condition_medicine_asked`, `zh_remedy_asked`: past the parenting gate, `REMEDY_RULES`).
A clinic's department seen (睇內分泌科) is a doctor's visit. A child asking the parent
not to tell is no adult's secret (`child_asks_privacy`, `child_asks_privacy_zh`), and
hitting milestones is no blow (`hit_reached`). The other way: a knock in sport with
forgetting, repeated questions or vomiting is a head injury (`sport_knock`,
`knock_forgetting`, `collision_signs`), and a medicated oil swallowed is a poisoning.

Near-twins that share the words stay answered: a row with a grandparent over her soups,
how to tell her no, a shy child's feelings, reading targets hit, a clash of heads long
over.
"""

import pytest

from .decisions import kind


REFERRED = [
    "he's on a course of antibiotics for tonsillitis, can my mum still give him her herbal drink with it?",
    "is it ok for a 5 yr old to have ginseng tea? my dad swears by it",
    "My mother-in-law wants to rub camphor balm on the baby's chest at night. He's 2 months. Safe?",
    "what age can children have melatonin gummies, ours is 7 and lies awake for hours",
    "Is gripe water okay for a 10 day old with hiccups and wind?",
    "nurse said montelukast at bedtime, any side effects on mood for a 4yo?",
    "Can my 6 year old take desmopressin only before school camp or must it be nightly?",
    "Can she use her eczema cream on her eyelids, or is it too strong there?",
    "My son's 11 and has a tender swelling under one nipple. Normal for puberty? He asked me not to tell anyone.",
    "Grandpa wants to buy deer antler for my 4 year old because he's little for his age. Is that safe?",
    "Is fish oil alright together with her iron drops?",
    "個仔食緊抗生素，阿嫲煲咗中藥湯，可唔可以同時飲？",
    "外婆想俾三個月大嘅BB食保嬰丹，咁細個得唔得？",
    "燕窩小朋友幾歲先可以食？",
    "醫生話要轉介個女去睇內分泌科，佢九歲已經好高，想問要做咩檢查？",
    "驅風油搽喺兩個月大BB肚度安唔安全？",
    "個仔十一歲，乳頭下面有粒硬嘢，撳落痛，佢叫我唔好同人講，係咪發育？",
]


@pytest.mark.parametrize("message", REFERRED)
def test_a_remedy_drug_growth_or_puberty_question_is_referred(full, message):
    assert kind(full, message) == "refer", message


ESCALATED = [
    "my 2 year old opened grandma's handbag and swallowed a whole bottle of her herbal pills, now very sleepy",
    "toddler drank from the little bottle of medicated oil, he's coughing and gagging",
    "個女飲咗成啖白花油，而家咳到好辛苦",
    "She got an elbow to the head at netball, has been sick twice and keeps asking what happened.",
    "collided with the keeper an hour ago, he's dazed, confused and has thrown up",
    "he took a cricket ball to the head and can't remember the match",
    "his swim coach told him it's their secret and not to tell me that he touches him",
    "個仔話補習老師叫佢唔好話俾我知，老師會掂佢",
]


@pytest.mark.parametrize("message", ESCALATED)
def test_a_danger_sharing_the_words_still_escalates(full, message):
    assert kind(full, message) == "escalate", message


ANSWERED = [
    "My mum brews herbal soups every weekend and my husband rolls his eyes. How do we stop arguing about it in front of the kids?",
    "How do I tell my mother-in-law politely that we'd rather she didn't give the baby Chinese medicine?",
    "My 9 year old is shy about changing for swimming and asked me not to tell anyone. How do I help her confidence?",
    "my son begged me not to tell his brother that he cried at the movie. keep it between us?",
    "He's hitting all his reading targets but hates writing. Ideas to make writing fun?",
    "She hit every milestone early and now at three she bosses the other kids around. Normal?",
    "They clashed heads at the trampoline park months ago, she was fine, but now she won't go back. How do I encourage her?",
    "阿嫲同我為咗俾唔俾個仔飲涼茶嗌交，點樣喺細路面前唔好吵？",
    "個女叫我唔好同佢朋友講佢仲攬住公仔瞓，佢九歲，我應唔應該尊重佢？",
    "is it ok to use essential oils in a burner in the living room when the kids are asleep upstairs?",
]


@pytest.mark.parametrize("message", ANSWERED)
def test_an_ordinary_message_sharing_the_words_is_answered(full, message):
    assert kind(full, message) is None, message
