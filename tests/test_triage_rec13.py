"""Whose guidance leads when rules of several kinds match, read from who is harmed and
who acts (issue 18 item 7), and red flags the rules missed (issue 18, rec13).

Leading guidance: a caregiver's own thought, urge, wish not to wake or harm to
herself beside a child's emergency words gets the caregiver-crisis text first; an
adult hit, choked or threatened by a partner beside a child gets the
domestic-violence text first; a grown-up's act on a child or its mark (a cigarette
burn, a hand-shaped bruise) gets the abuse text before the injury's first aid. A
child's own act, a child collapsing now, or a child quoted saying "he hits me" keeps
the child's guidance first.

Red flags: asking how much of a medicine it would take never to wake; falling asleep
and never waking wished for oneself; a child's sleep wished through the night is not
one.
"""

import pytest

from .decisions import escalated_as, escalated_to, not_escalated


@pytest.mark.parametrize(
    ("message", "group"),
    [
        # the caregiver's own mind or body beside a child's emergency words
        ("cant stop picturing letting her slip under the bath water, im so scared of myself", "caregiver_crisis"),
        ("every night i have these thoughts of drowning my son and i hate it", "caregiver_crisis"),
        ("I smashed my head against the door frame until it bled while the baby screamed", "caregiver_crisis"),
        ("banging my head on the wall over and over when the twins cry, theres a cut now", "caregiver_crisis"),
        ("how many of my sleeping tablets would it take so i never wake up, baby is napping", "caregiver_crisis"),
        ("我腦入面成日有個念頭，想將個仔由樓梯推落去", "caregiver_crisis"),
        ("個女喊到停唔到，我又用頭撞牆，撞到流血", "caregiver_crisis"),
        # an adult victim of a partner, with children present
        ("he grabbed me by the neck and i nearly blacked out, our toddler was in the room", "domestic_violence"),
        ("my husband hit me again tonight and the kids were crying in their room", "domestic_violence"),
        ("my sisters husband beats her, she has a newborn and is scared to go home", "domestic_violence"),
        ("老公掐住我條頸，我差啲暈低，個仔喺房度喊", "domestic_violence"),
        ("佢將我同兩個女鎖喺睡房，唔俾我哋出去", "domestic_violence"),
        # a grown-up's act on a child, or the mark it leaves
        ("the babysitter burned my daughters arm with a hot spoon to punish her", "abuse"),
        ("small round marks like cigarette burns on my nephews back after his uncles", "abuse"),
        ("grandpa slap my son on his face so hard, his lip is swollen and bleeding", "abuse"),
        # nearly doing it, told by the one who nearly did
        ("i was so close to throwing her onto the tiles tonight, i walked out shaking", "caregiver_crisis"),
        ("琴晚我大力搖咗個仔幾下，我好驚自己會再咁做", "caregiver_crisis"),
        # another adult banging her head; a partner's knife and threat; an employer's violence
        ("my flatmate keeps banging her head against the wall since the baby, there's a bruise", "caregiver_crisis"),
        ("佢拎住把菜刀話要同我同兩個仔一齊死", "domestic_violence"),
        ("maam, sir beat madam last night, she has blood on her face, the children saw", "domestic_violence"),
        # a mark that looks like what made it, beside a story that does not fit it
        ("the nanny says he tripped but the marks on his back look like a belt buckle", "abuse"),
        ("most nights i hear the dad across the landing beating his little girl, she screams", "abuse"),
        # the child's own act or a collapse keeps the child's emergency first
        ("my son swallowed a handful of my sleeping pills and wont wake properly", "child_emergency"),
        ("she pulled the kettle over herself, her chest is red and blistering", "child_emergency"),
        ("個仔偷食咗我啲安眠藥，叫極都唔醒", "child_emergency"),
    ],
)
def test_the_guidance_of_the_person_at_risk_leads(rules, message, group):
    escalated_to(rules, message, group)


@pytest.mark.parametrize(
    "message",
    [
        "my girl says 'mummys boyfriend hits me' and she has bruises on her legs",
        "個仔話「爸爸女朋友打我」，佢手臂有瘀",
    ],
)
def test_a_child_quoted_saying_hits_me_keeps_the_abuse_guidance(rules, message):
    escalated_to(rules, message, "abuse")


@pytest.mark.parametrize(
    ("message", "category"),
    [
        ("how much of my sertraline would it take so i dont wake up", "suicide_plan"),
        ("how many zopiclone would i need to never wake up again", "suicide_plan"),
        ("honestly i just want to fall asleep and never wake, everyone would cope", "suicidal_ideation"),
    ],
)
def test_a_wish_or_plan_never_to_wake_escalates(rules, message, category):
    escalated_as(rules, message, category)


@pytest.mark.parametrize(
    "message",
    [
        "I want him to sleep through and not wake up at 4am any more, tips?",
        "i wish she would fall asleep and not wake before 6",
        "how many tablets would it take to kill a cat, ours got into the cupboard",
    ],
)
def test_a_childs_sleep_or_a_pet_is_not_a_wish_to_die(rules, message):
    not_escalated(rules, message)


@pytest.mark.parametrize(
    ("message", "category"),
    [
        # another adult harming her own body
        ("caught my girlfriend carving into her forearm with a compass, she says she deserves it", "self_harm"),
        ("my sister in law keeps slashing her thighs with a blade since the twins came", "self_harm"),
        # an image or a flash of letting go, the pram rolling
        ("over the bath tonight i had this image of just letting go of him", "harm_urges"),
        ("i keep picturing letting the buggy roll down the steps at the mtr", "harm_urges"),
        ("有把聲一直叫我將個女由露台扔出去", "postpartum_psychosis"),
        # seeing people who are not there after a birth; hiding the baby from thieves
        ("since delivery my wife talks to people in the kitchen that aren't there", "postpartum_psychosis"),
        ("she keeps the baby locked in the bathroom because she says strangers are coming to steal him", "postpartum_psychosis"),
        # marks shaped like what made them
        ("the nursery sent him home with bruises on his arm in the shape of a hand", "physical_abuse"),
        ("個女手臂有幾個煙頭咁嘅燙傷，唔知點嚟", "physical_abuse"),
        # a young child hurt down there after time away, saying nothing
        ("my 4 year old came home from her uncle's with blood in her pants and she won't tell me why", "sexual_abuse"),
        # neighbours' children alone, food run out with the carer away
        ("the little ones in the flat across the corridor have been alone since friday, crying all night", "neglect_missing"),
        ("her mum went to the mainland 3 days ago, no formula left, the baby is starving and only has water", "neglect_missing"),
        ("媽媽走咗三日，屋企冇奶粉，BB餓到冇力喊", "neglect_missing"),
        # limbs hanging, no response
        ("when i lift him his legs dangle and he doesn't make a sound or look at me", "unresponsive"),
        # blisters over a whole palm, vomiting blood
        ("個女摸咗個暖爐，成個手掌起晒泡，皮都甩埋", "burns"),
        ("my 2 year old just vomited a lot of bright red blood", "bleeding"),
        # an infant's age and a fever told in written Chinese numerals
        ("嬰兒出生五星期，今早探熱三十八點二度，好似冇乜精神", "fever_infant"),
        # telegraphic fragments, read with the sentence before them
        ("Marble. In mouth. Gagging. Cant reach it. 18mo.", "choking"),
        ("would be such a relief to just stop. existing. the kids would manage", "suicidal_ideation"),
        # a car's fluids are substances
        ("my 2yo drank screenwash from a bottle in the garage and is being sick", "poisoning"),
        # harder than I should, to make him stop
        ("when she won't settle I pinch her leg much harder than i should to make her stop", "harm_urges"),
        # a letter left and a place to fall from, with a time
        ("我寫好咗信俾老公同個仔，今晚等佢哋瞓咗我就上天台", "suicide_plan"),
        # written and Simplified Chinese forms
        ("女兒午睡起身後一直無法喚醒，好擔心", "unresponsive"),
        ("在公园找不到我三岁的女儿，已经找了半小时，报了警", "neglect_missing"),
        # asking how in Chinese after the danger told as happened asks for first aid now
        ("個女頭先由梳化跌落嚟撞到頭，嘔咗三次，應該點樣做？", "head_injury"),
        # a sign told now after a long scene-setting sentence (games at a party)
        ("we were at a picnic, games and cake, then after the pesto pasta now she keeps coughing and says her throat is tight", "allergy"),
        # foam at the mouth with shaking
        ("my son fell over and his whole body is shaking, there's froth at his mouth", "seizure"),
        # the soft spot described at length
        ("the soft spot at the very top of her little head is bulging out, with a fever", "fever_infant"),
        # sunken eyes told plainly, drowsy not settled by 'goes back to sleep even when'
        ("vomiting for 2 days, hardly any wee, his eyes have gone in", "dehydration"),
        ("i can't rouse my 3 month old, he flops and goes back to sleep even while i change him", "unresponsive"),
        # texting 'w/o' and a goodbye with a means
        ("they'd all be better off w/o me, even the twins", "suicidal_ideation"),
        ("got the pills ready. letters on the table. this is goodbye.", "suicide_plan"),
        # a single mark
        ("my nephew has a welt across his back, he says his stepdad did it with a cable", "physical_abuse"),
        ("bb頭先嘔咗好多血出嚟", "bleeding"),
        # bleeding that pressure does not stop, or long
        ("his nose has been bleeding for 35 mins and pressing it isn't helping", "bleeding"),
        # a formal wish to be dead, told of the children's good
        ("my sons would be better raised by a father who is no longer alive", "suicidal_ideation"),
    ],
)
def test_a_red_flag_told_in_another_form_escalates(rules, message, category):
    escalated_as(rules, message, category)


@pytest.mark.parametrize(
    "message",
    [
        "my flatmate scratched her legs on the rose bushes gardening again, any cream",
        "my wife hears the baby crying when he isn't there, is that normal for new mums",
        "we hide the biscuits in the cupboard so the toddler doesn't steal them from the baby",
        "she has paint fingerprints all over her arms from nursery art",
        "my 11 year old got her first period and there was blood in her pants, how do I talk to her",
        "the kids next door are at home alone for an hour after school, they're teenagers",
        "ran out of formula tonight and my husband is away, which brand at the pharmacy is closest",
        "she lets her legs dangle off the swing and laughs",
        "腳跟著新鞋行山起咗個水泡",
        "he was sick after beetroot and it looked like blood but he's fine",
        "玻璃窗好多手指印，點樣抹？",
        "我的寶寶出生四星期，體溫三十六點八度，想問幾時可以沖涼",
        "her gums bleed for a few minutes when she brushes, normal?",
        "my kids would be happier with a mother who is less tired, any tips for energy",
        "i almost dropped her getting out of the bath, she's so wriggly",
        "he gags on lumpy food and toast, is that normal at 8 months",
        "it would be a relief to stop pumping permanently, is 4 months enough",
        "Done. Finally. She slept. 6 hours!",
        "我寫好咗封信俾老師，聽日交俾學校，講佢轉班嘅事",
        "買咗炭同雞翼，星期日同個仔去燒烤，要帶啲咩？",
        "he foams at the mouth with toothpaste and falls about laughing, how do I teach him to spit",
        "this is goodbye to the baby group, we're moving to the mainland, we'll miss the trips to the roof garden",
        "she fell asleep in the car, woke, then went straight back to sleep in her cot, how long should naps be",
        "BB撞到頭點樣處理？",
        "如果小朋友抽筋，應該如何處理？",
        "我哋揀好咗日子擺百日宴，點樣準備？",
        "個女喺商場行失咗一陣，即刻揾返，點教佢記住電話？",
        "i nearly threw my phone at the wall when the app crashed",
        "we could hear the neighbours hitting the walls doing their renovation all day",
        "my sister's husband hits the gym every day, how do I get motivated after the baby",
    ],
)
def test_the_new_red_flags_words_told_harmlessly_do_not_escalate(rules, message):
    not_escalated(rules, message)
