"""Medical questions that were escalated or answered (issue 18, branch `medrec`).

Referred, not escalated and not answered: a knock or a fall asked about with no red
sign (what to put on it, ice, whether it needs a doctor, a clinic or an x-ray, how to
clean a graze, how long a bruise takes, "should I worry"), in English and Chinese,
with the child well after it; a medicine already given with the child well and a
question after it (when the next dose, whether to still see a doctor); a rash or
hives after a food that had gone within the hour with the breathing fine, and a
question about allergy testing or trying the food again; an adrenaline pen that is
carried or taught, not used; an allergy's medicine packed for an outing; a child small
or tall for an age, or "how she is growing".

Still escalated: a knock with vomiting, drowsiness, a fit, a knocked-out spell, a soft
swelling, an infant, a fall from a balcony or a top bunk; a child who swallowed someone
else's tablets or a whole bottle; an allergic reaction with the lips swelling or the
pen just used.
"""

import pytest

from .decisions import answered, escalated, not_escalated, referred


@pytest.mark.parametrize(
    "message",
    [
        "she caught her knee on the edge of the step, there's a purple bruise, she's back to colouring. anything to put on it?",
        "my 5 yo got hit by a football in the face at school, cheek a bit swollen, he's fine and eating. do i need to take him to the gp?",
        "toddler tripped on the mat and grazed her palm, cried for a minute. how do i clean it properly?",
        "he walked into the table corner, small lump on his forehead, still running about. ice pack or leave it?",
        "my son bashed his shin on the scooter, it has gone purple but he's still playing happily, should I be worried?",
        "slipped in the bath and banged her elbow, red mark, moving it fine. worth getting it looked at?",
        "daughter fell down a couple of stairs onto the rug, bruise on her leg, she is fine and laughing. doctor or not?",
        "個女喺公園跑跑下跌低，膝頭擦損咗，喊咗兩聲又去玩，要唔要搽藥？",
        "仔仔頭撞到衣櫃門，起咗個細包，依家玩緊積木，使唔使冰敷？",
        "孩子打篮球扭伤了手指，有点肿，还能动，需要去拍片吗？",
        "囡囡俾抽屜夾親手指，指甲紅咗，佢話冇事，幾耐先會消？",
        "女兒從鞦韆摔下來，手肘瘀青了，精神很好，需要看醫生嗎？",
    ],
)
def test_a_knock_asked_about_with_no_red_sign_is_referred(rules, message):
    referred(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "頭先餵咗佢食退燒藥水，而家精神返晒，幾耐之後可以再食？",
        "女儿吃了医生开的止咳糖浆，现在睡得很好，明天还要继续吃吗？",
        "個仔發燒，食咗必理痛之後玩緊車仔，仲要唔要帶佢睇醫生？",
    ],
)
def test_a_medicine_given_with_the_child_well_is_referred(rules, message):
    referred(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "she got a few hives on her cheeks after trying egg, they faded within the hour and she was fine. should we get her allergy tested",
        "blotchy rash on his chin after the first taste of peanut butter, cleared up by bedtime. when can we try again?",
        "my son has a nut allergy and carries an epipen, how do i show his new teacher how it works?",
        "個仔對花生過敏，下個禮拜去旅行，要準備啲咩藥？",
        "個女食完士多啤梨面上出咗啲紅點，一陣就退咗，呼吸正常，下次仲食唔食得？",
    ],
)
def test_an_allergy_over_or_planned_for_is_not_escalated(rules, message):
    not_escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "my niece is only 3 and looks so small for a three year old, everyone comments. could her growth be off?",
        "he seems tall for 4, taller than all the year 1 kids. is that something to check?",
    ],
)
def test_size_for_an_age_is_referred(rules, message):
    referred(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "he fell off the sofa and hit his head, he's been sick three times and keeps dozing off",
        "she banged her head on the tiles and now she's confused and not making sense",
        "my 6 month old rolled off the bed onto the floor, she seems ok but there's a soft squishy swelling on her head",
        "he fell from the top bunk and was knocked out for a bit, now playing again",
        "our 3 year old fell from the balcony onto the grass below, he is crying",
        "toddler bumped his head on the table and now his arm keeps jerking and he won't answer me",
        "my son got into grandma's handbag and ate her heart tablets, not sure how many",
        "she drank a whole bottle of the calpol, now very sleepy",
        "ate a cashew and her lips are swelling and she is coughing, i used the epipen",
        "he had hives after egg and now his tongue is swelling",
        "BB八個月由床跌落地撞到頭，依家嘔咗兩次",
        "個仔撞到頭之後叫極都唔醒",
        "個仔跌落嚟之後頭頂有舊軟軟嘅腫，一直喊唔停",
        "個女偷食咗嫲嫲啲藥，而家好眼瞓",
        "食完蝦之後佢嘴唇腫晒，唞唔到氣",
    ],
)
def test_red_signs_still_escalate(rules, message):
    escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "my son keeps knocking over his sister's towers and laughing. how do i stop it?",
        "she falls over all the time when she runs and just giggles, when will she get steadier?",
        "個仔成日撞跌人哋嘅積木，點教佢？",
    ],
)
def test_knocks_of_play_and_clumsiness_are_not_referred(rules, message):
    answered(rules, message)
