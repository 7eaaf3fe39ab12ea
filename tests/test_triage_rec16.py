"""Dangers the rules missed, by cause, with look-alikes sharing the words (issue 18, `rec16`).

Escalated by the rules alone: a child searched for a while and not there, told with no
word of being lost ("he isn't here", "she's nowhere", 唔喺度, 不見人影); a child not home
by the hour school ends or they are due; a young child out of a window onto an
air-conditioner or a ledge, an adult there or not; a kick, a punch or a knee to the
head with vomiting or drowsiness after, play or not, and a laugh "but now" sick;
"wanting" to die; a partner's threat to throw a child off a balcony or out of a
window said not to be a joke (English and Chinese); a young child hitting a baby's
head, bleeding told with an aspect particle (流緊血); a belief that someone poisons the
baby's milk (psychosis, and its guidance leads); a week picked "to do it" with the
children handed to someone who will cope.

Not escalated: shoes, a remote or a lego piece searched for; a child home late after
football; a question about aircon units and window grilles; a kick to the leg in play;
wanting chocolate; a joke about throwing the kids out; a toddler throwing blocks with
nobody hurt; a worry about sterilising bottles; a week picked for an operation;
brothers wrestling with a hold round the neck, laughing.
"""

import pytest

from .decisions import escalated, escalated_to, not_escalated


@pytest.mark.parametrize(
    "message",
    [
        # searched and not there
        "been round the whole shopping centre with security for 25 minutes and she is nowhere",
        "we checked the lifts, the stairs and the car park for half an hour, my boy isnt here",
        "商場搵咗四十分鐘都唔喺度，個仔得五歲",
        "在圖書館找了半小時還是不見人影，女兒只有四歲",
        # not home by the hour told
        "kindergarten bus drops her at 12, its now 2 and she still isnt home, the bus company wont answer",
        "個女平時五點放學返到屋企，而家七點都仲未返",
        # out of a window onto an aircon or a ledge
        "my 2 yo has squeezed out the bedroom window and is standing on the air con box, 9th floor",
        "細路女爬咗出窗口，坐咗喺冷氣機上面",
        "the grille on her window is broken and she has crawled out onto the air conditioner",
        "窗花爛咗，囡囡爬咗出去冷氣機上面",
        # a kick or a punch to the head, signs after
        "at the trampoline park a bigger kid kneed him in the head, now he keeps being sick and is dozy",
        "they were messing about and she laughed when her brother kicked her head but now she is very sleepy and vomiting",
        "哥哥玩嗰陣一腳踢中細妹個頭，之後嘔咗三次",
        # wanting to die
        "been wanting to die since the twins came and i cant tell anyone",
        # a threat to throw a child, said not to be a joke
        "bf told me he's not kidding, he'll drop my son off the balcony if i call anyone",
        "佢爸爸恐嚇話唔係講笑，會將個仔掟落街",
        # a young child hitting a baby's head, bleeding
        "大仔拎住個鐵車仔揼BB個頭，而家流緊血",
        # a belief of poisoning
        "since the birth my partner insists her mother is poisoning the formula and she hasn't slept",
        "老婆坐月之後堅信奶奶喺奶粉度落毒，唔俾人掂個BB",
        # a week picked, the children handed over
        "ive decided on the best weekend to do it, my brother will take the kids and raise them after",
    ],
)
def test_the_danger_escalates(rules, message):
    escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "looked for 20 minutes for his football boots before training and they're nowhere, how do I teach him to be organised",
        "searched the car for ten minutes for her dummy, no luck, she wont settle without it",
        "搵咗半個鐘個女嘅鞋都唔喺度，點教佢執好啲嘢",
        "he came home two hours after school ended because he went to a friend's, should I punish him?",
        "is it safe to put the aircon unit below the kids' window? we have grilles",
        "我哋冇窗花，個仔會唔會爬出去冷氣機度？要唔要裝？",
        "my son kicked his brother in the leg while they were play fighting, they both laughed",
        "I keep wanting to sleep all day since the baby, is that normal?",
        "my husband jokes he'll drop the kids off at the zoo and leave them there lol",
        "細仔成日掟積木落地，冇人受傷，點教佢",
        "how often should the helper sterilise the bottles?",
        "decided on the best week for my operation, my mum will take the kids so I can rest",
        "my twins wrestle and one had his brother round the neck but they were giggling",
    ],
)
def test_the_look_alike_does_not_escalate(rules, message):
    not_escalated(rules, message)


@pytest.mark.parametrize(
    "message, group",
    [
        # a belief that the baby's milk is poisoned: the caregiver's crisis, not first aid
        (
            "my wife keeps saying the cleaner is poisoning the baby's bottles and the baby is not really ours",
            "caregiver_crisis",
        ),
        ("太太成日話工人喺BB啲奶度落毒，幾晚冇瞓", "caregiver_crisis"),
        # a baby's head hit by a toddler and bleeding: a child's emergency
        ("三歲仔攞個木鎚打細妹個頭，細妹流緊血", "child_emergency"),
    ],
)
def test_the_guidance_fits(rules, message, group):
    escalated_to(rules, message, group)
