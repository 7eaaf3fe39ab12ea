"""First aid asked during an emergency ("what do I do, he is choking") escalates;
the same words asked to prevent or prepare ("how do I childproof...") do not; and
the guidance leads with the person in danger."""

import pytest
import yaml

from knowledge import shipped_dir

from .decisions import escalated, escalated_as, escalated_to, not_escalated

# Written with full-width Chinese punctuation: the web layer's NFKC turns "？" into
# "?" with no space after it, which must still end the question's sentence.
CHINESE_FIRST_AID = [
    "點樣做好？個女啱啱飲咗半樽洗碗液，一路咳",
    "我應該如何處理？BB由梳化碌落地撞到個頭，嘔咗三次",
    "點樣先可以幫佢？佢俾熱湯淥親隻腳，起咗好大個水泡",
]


@pytest.mark.parametrize("message", CHINESE_FIRST_AID)
def test_a_chinese_question_before_the_danger_escalates_through_the_app(assistant, message):
    escalated(assistant, message)


@pytest.mark.parametrize(
    "message",
    [
        "點樣預防BB飲洗碗液？我想買安全鎖",
        "如果BB由梳化碌落地撞到頭，我應該點處理？",
    ],
)
def test_the_same_chinese_words_asked_ahead_do_not_escalate(assistant, message):
    not_escalated(assistant, message)


# Asking what to do, with the danger told as happening beside the question.
FIRST_AID_NOW = [
    "how do i stop the blood, he slipped on the tiles and split his chin open and its bleeding everywhere",
    "how can i get her to breathe better, her ribs are pulling in with every breath and shes grunting",
    "how do i bring him round, hes gone floppy and his eyes are rolling",
    "how should i cool it down, my son grabbed the iron and his palm has big blisters",
    "what do i do if hes eaten one of the dishwasher tablets, the packet is torn open beside him",
    "how do i get the cord off, the blind cord is wrapped round her neck",
    "how long do i keep him awake, he fell down the stairs and has been sick twice",
]
# The same words asked ahead: if it ever happens, a baby in general, every time, teaching.
FIRST_AID_AHEAD = [
    "how do i stop the blood if he ever splits his chin open on the tiles",
    "how can i tell if a baby is grunting and pulling in at the ribs",
    "how do i do back blows on a baby, my mum is coming to babysit",
    "how do i stop him choking on his milk every time he feeds",
    "how should i teach my son about the iron so he never touches it",
    "how do i keep my toddler from pulling the blind cord round his neck",
]


@pytest.mark.parametrize("message", FIRST_AID_NOW)
def test_first_aid_asked_during_a_danger_escalates(rules, message):
    escalated_to(rules, message, "child_emergency")


@pytest.mark.parametrize("message", FIRST_AID_AHEAD)
def test_first_aid_asked_ahead_does_not_escalate(rules, message):
    not_escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        # Not prevention talk, not a child's danger: each was hidden by "how do i" alone.
        "how do i get bath time done, i fell down the stairs this morning without the baby and my knee is swollen",
        "my wife never breathes a word about her day, how can i get her to talk",
        "i thought he had stopped breathing but he was just in a very deep sleep, how do i stop checking all night",
    ],
)
def test_words_a_prevention_question_used_to_hide_are_not_read_as_danger(rules, message):
    not_escalated(rules, message)


def test_a_question_about_abuse_keeps_the_prevention_reading(rules):
    # Asking how to handle an adult's smacking is a worry, read as before; the same
    # frame beside a child's injury asks for first aid.
    not_escalated(rules, "how do i talk to grandma when she smacks our boy")
    injury = "how do i talk to grandma, our boy pulled her hot tea over and his arm is blistering"
    escalated(rules, injury)


@pytest.mark.parametrize(
    "message, group",
    [
        # The caregiver's own overdose or poisoning, a child named only nearby.
        ("i necked a whole box of my codeine, my son is napping upstairs", "caregiver_crisis"),
        ("i drank a cup of weed killer, the twins are at nursery", "caregiver_crisis"),
        ("i swallowed 30 paracetamol an hour ago and my daughter is asleep", "caregiver_crisis"),
        ("我頭先飲咗通渠水，囡囡喺房瞓緊", "caregiver_crisis"),
        ("我今晚食咗成盒止痛藥，BB喺隔離", "caregiver_crisis"),
        # A child's act keeps the child's emergency first, however distressed the parent.
        ("my son swallowed a whole box of my codeine, i want to die", "child_emergency"),
        ("my daughter drank weed killer from the shed, i hate myself", "child_emergency"),
        ("個女飲咗通渠水，我好想死", "child_emergency"),
    ],
)
def test_the_guidance_leads_with_the_person_in_danger(rules, message, group):
    escalated_to(rules, message, group)


def test_a_caregivers_own_overdose_also_gives_the_childs_safety_text(assistant):
    answer = assistant.ask(
        "ive swallowed a full packet of my sleeping tablets with vodka, the baby is in her cot"
    )
    guidance = yaml.safe_load((shipped_dir() / "safety.yaml").read_text(encoding="utf-8"))[
        "guidance"
    ]
    assert answer.text.startswith(guidance["caregiver_crisis"]["en"].split(".")[0])
    assert guidance["child_emergency"]["en"].split(".")[0] in answer.text


@pytest.mark.parametrize(
    "message",
    [
        "i drank a glass of wine last night, is it ok to feed the baby this morning",
        "i took my iron tablets with orange juice, does it matter for breastfeeding",
    ],
)
def test_a_caregivers_ordinary_dose_is_not_an_overdose(rules, message):
    not_escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "wasp sting on her ankle and now her tongue is getting fat and she sounds croaky",
        "bee stung him on the hand, now he is drooling and wheezing",
        "她被蜜蜂螫了以後，嘴唇和舌頭都腫起來",
    ],
)
def test_a_sting_with_signs_beyond_its_site_escalates(rules, message):
    escalated_as(rules, message, "allergy")


@pytest.mark.parametrize(
    "message",
    [
        "bee sting on his arm, red and a bit swollen round the sting, otherwise happy",
        "she got stung on the finger and cried but no swelling and she is breathing normally",
    ],
)
def test_a_stings_own_swelling_is_not_an_emergency(rules, message):
    not_escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "how long can a toddler have a febrile fit for? its happening right now",
        "what do i do if a baby is choking. please help, my son has a grape stuck",
        "點樣幫BB拍背？救命，佢哽住咗",
    ],
)
def test_a_question_in_general_beside_happening_now_escalates(rules, message):
    escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "how long can a toddler have a febrile fit for? asking for our first aid class",
        "please help me understand how to stop a baby choking on grapes",
    ],
)
def test_help_that_asks_to_understand_is_not_happening_now(rules, message):
    not_escalated(rules, message)


@pytest.mark.parametrize(
    "message, expected",
    [
        # Cantonese puts the child between the verb and its direction (撈返個仔上嚟).
        ("頭先喺泳池撈返個仔上嚟，佢一路咳仲好冇精神", "escalate"),
        ("喺海灘拉返個女上岸，佢嘔咗好多水，好眼瞓", "escalate"),
        ("拎返個仔出嚟沖涼，佢玩水玩到好攰", None),
    ],
)
def test_a_child_lifted_from_water_told_in_cantonese_order(rules, message, expected):
    assert rules.decide(message).kind == expected


@pytest.mark.parametrize(
    "message",
    [
        # Reporting it or calling the police is done about something that happened.
        "how do i report it, my neighbour leaves her two toddlers alone in the flat all night",
        "how should i tell the police, my daughter says her uncle touches her private parts",
        # A symptom lasting all day is happening, not a question about one.
        "what can i do, my 8 month old has had diarrhoea all day and barely any wet nappies",
        # Eyes swelling shut with hives after a food.
        "big hives after the prawn and her eyes are closing up",
    ],
)
def test_signs_that_it_happened_escalate_a_question(assistant, message):
    escalated(assistant, message)


@pytest.mark.parametrize(
    "message",
    [
        "how do i teach my kids what to do if they ever get lost, should they tell the police",
        "he keeps his eyes closed and scratches his rash when he naps, is it eczema",
    ],
)
def test_the_same_words_without_an_event_do_not_escalate(assistant, message):
    not_escalated(assistant, message)


@pytest.mark.parametrize(
    "message, expected",
    [
        # "if he has a fit" and "when she sleeps" put the danger ahead ...
        ("what do i do if my son has a fit at nursery, how do i tell his teacher", None),
        ("how do i know her breathing is ok when she sleeps, she makes little grunts", None),
        # ... "if" meaning whether, or told in the past, does not.
        ("how do i know if the scald is bad, my sons arm is red and blistering", "escalate"),
        ("what do i do if the cord was wrapped round her neck when i found her", "escalate"),
    ],
)
def test_an_if_is_ahead_only_when_it_is_a_condition(rules, message, expected):
    assert rules.decide(message).kind == expected


@pytest.mark.parametrize(
    "message, expected",
    [
        ("ive downed the rest of my fluoxetine, my little boy is asleep", "caregiver_crisis"),
        (
            "i sliced my thigh open and cant stop the blood, the baby is in the pram",
            "caregiver_crisis",
        ),
        ("我今晚飲曬成樽紅酒仲食咗成排安眠藥，囡囡瞓咗", "caregiver_crisis"),
        ("我頭先見到個仔食咗成排安眠藥", "child_emergency"),
    ],
)
def test_a_caregivers_own_overdose_or_wound_in_other_words(rules, message, expected):
    escalated_to(rules, message, expected)


@pytest.mark.parametrize(
    "message",
    [
        "i swallowed all of my pride and asked my mum to help with the night feeds",
        "i took all of my kids to the beach today and they slept so well",
        "i cut my finger slicing bread while the baby napped, how do i keep cooking",
        "我飲曬成杯奶茶先去接個仔放學",
    ],
)
def test_a_caregivers_everyday_words_are_not_an_overdose(rules, message):
    not_escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "i took two paracetamol for a headache, can i still breastfeed him",
        "had one ibuprofen this morning, is it ok to keep pumping?",
        "took a couple of cold and flu tablets last night and im nursing, should i pump and dump",
        "im pregnant and took a paracetamol for my back, is that ok",
        "餵緊人奶，頭先食咗兩粒止痛藥，仲可唔可以餵",
        "我哺乳期間食咗感冒藥，會唔會影響bb",
    ],
)
def test_a_nursing_or_pregnant_mothers_usual_dose_is_a_medicine_question(rules, message):
    not_escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "i swallowed a whole box of paracetamol, the baby is breastfeeding next to me",
        "im breastfeeding and my son got hold of two of my tablets and swallowed them",
        "我餵緊人奶，啱啱食咗成排止痛藥",
        "餵緊奶，個仔偷食咗我啲藥",
    ],
)
def test_an_overdose_or_a_childs_dose_beside_breastfeeding_still_escalates(rules, message):
    escalated(rules, message)
