"""A child missing, left alone or shut in a car, read both ways (issue 18, branch `neglect45`).

Not escalated: a child gone, then found, caught, back or hiding all along, told today or any
day (`found_ends`, `Triage._found_again`: "caught him within seconds", 即刻捉返佢); a child lost
long ago, "fine, but how do I teach her ..." (`event_over`); a parent's fear after a story
read about another child, that child told by a participle ("an article about a toddler
forgotten in a car", `news_told`); the household stuck at home on a storm day
(`family_stuck_zh`); children riding along on a long drive.

Escalated: the same child still gone after the search or gone again, found hurt, with
nobody having found him (`gone_still`, `_returns`, `real_sign`), or found while the carer
slept or was drunk (`carer_lapsed`: a neglect told); children (not only one child)
shut in a car with the carers away shopping, none in sight or in the heat (`car_left`);
a child alone with the parents not reached (either parent, 聯絡唔到家長: `carer_unreached`);
a child stuck or shut in at home by herself. Every message here is my own.
"""

import pytest

from tests.decisions import escalated, not_escalated


@pytest.mark.parametrize(
    "message",
    [
        # gone, then found, caught or back at once, told today
        "toddler legged it at the playground this morning, grabbed him before the gate. how do i stop the bolting",
        "my son wandered off at ikea today for a minute, we found him by the beds straight away. ideas to teach him to stay close?",
        "she slipped away at the wet market this afternoon but a stall auntie brought her back within a minute, how do I teach her our phone number",
        "Our 5 year old ran off at Disneyland today and came straight back when I called. Tips for crowded places?",
        "He got lost at the airport for two minutes yesterday, staff found him at the gate and he is fine. What should he say next time?",
        "my boy has adhd n runs off alot, today he bolted at the bus stop but i caught him in seconds. any harness u recomend?",
        "My 6 year old got separated from us at the parade for a minute, a police officer walked her back to us. How do I prepare her for crowds?",
        "Our son went missing on the beach this afternoon, the lifeguards found him an hour later safe and happy. What should I say to him about that scare?",
        "個仔頭先喺超市走失咗一陣，好快就揾返，想問點教佢記住我電話",
        "個女今日喺公園走開咗，我即刻捉返佢，點教佢唔好亂跑？",
        # hiding all along; fine, and a question after the "but"
        "panicked at soft play when I couldn't see my daughter. She was hiding under the slide laughing the whole time. How do I stop her hiding from me?",
        "My son got lost at the zoo for a few minutes last spring. He is fine, but how do I teach him to find a staff member?",
        # a fear after a story about another child
        "ever since I read about a toddler left in a car by his dad I double check my back seat, is there an app for reminders?",
        "I heard on the radio about a boy who went missing at a country park and now I worry when my son hikes with his school. how to cope?",
        "after reading about a kid abducted from a playground I don't let my daughter go to the swings alone. is that overprotective for a 7 year old?",
        # the household stuck at home on a storm day
        "typhoon signal 8 today, we are stuck at home with 3 kids bouncing off the walls, indoor game ideas?",
        "黑雨我哋困咗喺屋企成日，兩個仔好躁，有冇室內活動推介？",
        "颱風天成家人困喺屋企，個女嗌悶，可以玩咩？",
        # gone and back by herself; both runners caught
        "she ran off at the library today n came back on her own after a min, how to stop her doing that",
        "both my boys bolted at the zoo today, I caught one and my sister grabbed the other a second later. tips for two runners?",
        # the writer's own fear of forgetting, named as only a fear
        "I'm scared I will leave my son in the car one day, I'm exhausted all the time. I know it's irrational. What tricks help?",
        # riding along on a long drive; a car seat in the hallway; a hot car park
        "the car park is so hot in july and the kids whine all the way to the car, any cooling tips?",
        "my kids love sitting in the car on long drives with audiobooks, any recommendations?",
        "I leave my baby in the car seat in the hallway while I unpack groceries, she naps there, is that ok?",
    ],
)
def test_a_child_found_a_fear_or_a_storm_day_is_not_escalated(assistant, message):
    not_escalated(assistant, message)


@pytest.mark.parametrize(
    "message",
    [
        # still gone after the search, or not found
        "my daughter went missing in the mall, its been twenty minutes and we still havent found her",
        "my 2yo slipped out of the flat when the helper took the rubbish out, he has not been found, we checked every floor",
        "we found his shoe by the lift but not him, my 3 year old is missing from the flat",
        "my son went missing at the mall an hour ago and nobody has found him yet",
        "lost sight of my girl at the fun fair, security found her bag but she is still missing",
        "個仔喺商場唔見咗半個鐘，保安仲揾緊",
        "孩子在商場走失了二十分鐘，仍然找不到，已經報警",
        "I can't see my son anywhere at the playground, he is not hiding in the tunnel, we have looked for twenty minutes",
        # found, then gone again; found hurt
        "My son ran off at the MTR, a guard found him, but now he has run off again and we cannot find him",
        "toddler wandered off at the beach, we found him in the water not breathing",
        # found, but the carer was asleep or drunk while the child got away
        "I dozed off on the sofa and my two year old got out of the flat, the security guard brought him back two hours later",
        "my 3yo wandered out the gate while my husband was drunk and asleep, a neighbour found her on the stairs",
        # left in a car
        "I left my baby sleeping in the car while I do the shopping, it has been half an hour",
        "baby asleep in a car seat in the car park, mum went shopping, windows up, very hot",
        "Three kids locked in a van in the car park for an hour, no adults around, they are crying",
        "two children alone in a parked car at the mall for ages and it is 32 degrees, no parents anywhere",
        "BB一個人喺車度瞓緊，佢阿媽去咗超市成個鐘，車窗閂晒",
        "個女一個人喺car seat瞓咗，佢老豆入咗銀行成個鐘，架車泊喺街",
        # alone at home, the parents not reached
        "the two kids next door have been home alone overnight, parents not answering",
        "social worker here, home visit today, a two year old locked in the flat by himself, nothing to eat, cannot reach either parent",
        "a toddler is shut in the flat on his own, no food, and neither parent can be contacted",
        "the small girl downstair is alone at home from morning, her parents cannot be reach, she keep crying",
        "社工家訪見到個三歲仔一個人鎖咗喺屋企，冇嘢食，聯絡唔到家長",
        "鄰居個BB喺屋企喊咗成朝，聯絡唔到佢父母",
        "我係鄰居，對面屋個女仔自己一個喺屋企喊咗成晚，佢父母聯絡不上",
        # a child stuck or shut in at home, not the household
        "隔籬個細路困咗喺屋企兩日，一直喊，冇大人應門",
    ],
)
def test_a_child_still_gone_left_in_a_car_or_alone_is_escalated(assistant, message):
    escalated(assistant, message)


def test_a_finding_before_the_absence_ends_nothing(triage):
    # (the finding must be told after the match: "right next to me" before it is no finding)
    escalated(
        triage,
        "my 4yo is missing at the plaza, he was right next to me at the toy shop 10 min ago, security looking",
    )


def test_a_possessive_is_no_child_in_the_car(triage):
    # `car_left` reads children by `{kid}`; a possessive ("my son's") is not one in the car
    not_escalated(
        triage,
        "my son's school bag stays in the car all week, nobody remembers to bring it in. how do i get him organised?",
    )
