"""Look-alikes told as figures of speech, jokes and play (issue 18, branch `fa14`).

Not escalated: another adult's hyperbole in Chinese (嘈到佢想死, 功課多到佢想死); a named
jab after 打 (打完流感針, 打咗五合一針); 好似食錯藥咁 followed by a temper (a figure for
acting wildly); "rather die than" an everyday thing (a coat, broccoli, a care home); a
child lying down "as if unconscious" on cue (when it is time to leave, whenever we say no);
a child asking what a word heard on the radio means. Not referred: "a small dose of tv",
"a daily dose of fresh air", "cuddles are the only medicine", "little jabs about her
weight", 食錯藥咁鬧人.

Still escalated or referred: earnest wishes to die beside the same words, a plan, "like
this", "go back to him"; a child hit hard enough to bruise; a child who took the wrong
medicine, sleepy or unresponsive; a child lying as if unconscious with a cough or not
responding; a dose of a real medicine; a jab with a cold.
"""

import pytest

from .decisions import answered, escalated, not_escalated, referred


@pytest.mark.parametrize(
    "message",
    [
        "老公話個仔嘈到佢想死，講笑㗎咋，點樣令個仔靜啲？",
        "佢話功課多到佢想死，佢先至小三，點幫佢減壓？",
        "婆婆成日話我哋嘈到佢想死，其實佢好錫啲孫",
        "個女打完流感針之後手臂紅咗少少，照玩照食",
        "我今日好似食錯藥咁成日鬧個仔，好內疚",
        "老公琴晚好似食錯藥咁發脾氣，嚇親個女，點同個女解釋？",
        "my teen says shed rather die than be seen in the coat i bought",
        "grandad says he would rather die than eat broccoli, now my 5yo says it too",
        "my mum keeps saying she'd rather be dead than go into a nursing home, my son heard it",
        "hubby says hed rather die than go to another soft play party lol",
        "my kid lies on the floor like she's unconscious when its time to leave, how to handle",
        "he lays on the ground as if he's dead whenever i say no more ipad",
        "my 8yo asked me what suicide means after hearing it on the radio. how do i answer",
    ],
)
def test_a_figure_joke_or_play_does_not_escalate(rules, message):
    not_escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "he gets a small dose of tv after lunch and then wont nap, should i drop it",
        "we allow a daily dose of fresh air no matter the weather, how do i get her to wear a coat",
        "cuddles are the only medicine that works when my toddler melts down, is that spoiling him?",
        "my 10yo keeps making little jabs about her brother's glasses, how do i stop it",
        "she keeps making mean jabs about her sisters weight, how do i stop it",
        "我今日好似食錯藥咁鬧咗個仔一餐，點同佢講對唔住？",
    ],
)
def test_a_medical_word_used_as_a_figure_is_not_referred(rules, message):
    answered(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "老公話佢真係想死，唔係講笑，仲寫咗遺書",
        "個女嘈到我想死，我真係唔想再活，已經諗好點做",
        "老公打個BB打到佢手臂瘀晒，仲話佢嘈",
        "個仔好似食錯藥，成個人好瞓叫唔醒",
        "個仔好似食錯藥咁，成個人好瞓",
        "BB食錯咗藥，飲咗哥哥嘅咳藥水",
        "i'd rather die than go on living like this",
        "honestly i would rather be dead than keep feeling this way every day",
        "i'd rather die than go back to him, i have the pills ready",
        "my mum says she'd rather die than live without dad and she has been stockpiling her tablets",
        "she lies there like she's unconscious every time she has one of these coughing fits",
        "he flopped like he was unconscious when i picked him up and he's still not responding",
        "my 8yo asked me what suicide means and then said she wants to do it",
        "my son asked what an overdose is and i found he took a whole pack of my tablets",
    ],
)
def test_the_same_words_in_a_danger_still_escalate(rules, message):
    escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "can i give a small dose of calpol to my 2 month old",
        "what dose of paracetamol for a 3 year old who weighs 14kg",
        "my daughter needs her booster jab, is it safe with a cold",
        "is my sons weight ok, he is 3 and 20kg",
    ],
)
def test_a_medical_question_is_still_referred(rules, message):
    referred(rules, message)
