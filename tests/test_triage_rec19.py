"""Dangers the rules missed, by cause, with look-alikes sharing the words (issue 18, `rec19`).

Escalated by the rules alone: coercive control asked about in the general "you" with a
partner as the one who does it ("is it normal for a boyfriend to lock you in"); fresh
blood after throat surgery or a tooth out, the operation dated and the blood told now;
mottled or marbled skin with the body cold to the touch, however the writer hedges
first (皮膚發花 in Simplified too); the Mandarin ways of saying a breath cannot be drawn
(喘不上氣, 上不來氣, 呼吸不上來, 吸不進氣); a fit asked about in the bare verb that goes on
when a limb is held; a partner's or a relative's plan to end her life, in any tense; a
food children react to, then vomiting with pallor, drowsiness or faintness; the parent's
act told with the "I" dropped; a child heard being hit with a long clause between; a
child whom nobody can place; a child heard being hit (聽到佢被打) in Chinese; a young baby's temperature told measured with no unit; a radio or TV told "talking to
her" in written Chinese (在對她說話) and the baby to be sent to heaven (天上).

Not escalated: a toddler locking the bathroom, a husband's bedtime phone tip; a tooth
that fell out on its own, an operation asked about ahead; mottled skin out of the bath
that goes pink when wrapped; the parent out of breath from running or from work; a
newborn's startle that stops when held; ending the night feeds or maternity leave;
too many cashews and a spin in the car, then bouncing around; a rattle shaken for a
laugh; a lost sock nobody can place.
"""

import pytest

from .decisions import escalated, escalated_to, not_escalated


@pytest.mark.parametrize(
    "message",
    [
        # coercive control in the general "you"
        "quick q - is it normal for a boyfriend to lock you in the bathroom when he's drunk? third time now",
        "is it normal for a wife to hide your passport and take your bank card? she did this again",
        # blood after an operation or a tooth out
        "my girl had her tonsils removed eight days ago and tonight she's spitting bright red blood into the sink",
        "老三前日做咗扁桃腺手術，頭先口入面一直流鮮血",
        # mottled skin, the body cold to the touch, a hedge in front
        "sorry if this is silly, my 7 week old feels cold to the touch and her tummy looks mottled and marbly",
        "宝宝两个月，身体发花，摸上去冷冰冰的",
        # Mandarin breath words
        "女儿吃果冻呛住了，上不来气",
        "儿子哭着哭着突然吸不进气，脸憋得通红",
        # a fit that goes on when held, asked in the bare verb
        "is it ok for a 5 month old to twitch like this and not stop even when i hold his legs?",
        # a third person's plan
        "my partner told me she is thinking about taking her own life and has picked a date",
        # an allergen and then pallor and drowsiness
        "he tried sesame for the first time, threw up twice, now really pale and so sleepy",
        "孩子吃了杏仁以后吐了两次，现在脸色苍白，好像站不稳头晕",
        # the "I" dropped
        "slapped her so hard this afternoon that she fell over. what have i done",
        # heard through the wall
        "we can hear the girl upstairs crying and shouting please and being hit again",
        "對面樓嘅細路身上成日有瘀，今晚又聽到佢被打同大叫",
        # a voice from the radio told in written Chinese, the baby to be sent to heaven
        "妻子生產後幾乎沒睡，說收音機一直在對她說話，叫她把寶寶送上天堂",
        # nobody can place the child
        "9 year old didnt come home after football, none of his mates know where he went",
        # a measured temperature with no unit
        "BB 3 星期大，量咗 38 2，一直瞓",
    ],
)
def test_the_danger_escalates(rules, message):
    escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "is it normal for a two year old to lock you out of the toilet? he finds it hysterical",
        "my husband says the trick for sleep is to take your phone out of the bedroom, does that work for teens?",
        "his wobbly tooth came out in an apple, a tiny bit of blood, now he wants the tooth fairy",
        "tonsils out in three weeks - what signs of bleeding should we watch for afterwards?",
        "her legs go a bit mottled when she gets out of the bath, then go pink again as soon as she is wrapped up",
        "跑步之后我总是喘不上气，还能带孩子去跑步吗？",
        "最近工作忙得我喘不上氣，點樣抽時間陪仔女？",
        "newborn jerks her arms when the door slams, it stops as soon as I hold her, is this the startle reflex?",
        "my wife has a plan to end the dummy by christmas, any tips?",
        "my sister is thinking about ending her maternity leave early",
        "ate too many cashews at the party, threw up in the car from the spinning rides, now bouncing around",
        "shook the rattle for him and he giggled for ages",
        "聽到電視劇入面個小朋友被打，個女好驚，點安慰佢",
        "女兒說電視裡的卡通人物在跟她說話，很可愛",
        "nobody knows where the missing sock goes lol, how do I get my 4yo to tidy up?",
    ],
)
def test_the_look_alike_does_not_escalate(rules, message):
    not_escalated(rules, message)


@pytest.mark.parametrize(
    "message, group",
    [
        (
            "my partner told me she is thinking about taking her own life and has picked a date",
            "caregiver_crisis",
        ),
        (
            "is it normal for a wife to hide your passport and take your bank card? she did this again",
            "domestic_violence",
        ),
        (
            "my girl had her tonsils removed eight days ago and tonight she's spitting bright red blood into the sink",
            "child_emergency",
        ),
    ],
)
def test_the_guidance_fits(rules, message, group):
    escalated_to(rules, message, group)
