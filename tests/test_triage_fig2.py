"""Figures of speech read out before the triage decides (issue 18, branch `fig2`).

A decision that rests on a figure is not taken (`Triage.decide`, concepts `figure`,
`figure_sign`): a simile whose vehicle is a danger or a medicine ("takes his vitamins
like they're poison", 飲奶好似食毒藥咁), an illness word of a craze or of praise
("Minecraft fever", "a dose of encouragement", 打機上癮), and a harm done to the bond
("stifling her by hovering", "crushing his confidence", 寵到個女透唔到氣). A child who
is the headache, told with a behaviour, is no headache (`headache_figure_zh`).

Still escalated or referred: the same figures beside a sign of the body, a swallow,
a means of harm or a measured fever (the figure may then be the sign itself).
"""

import pytest

from .decisions import answered, escalated, referred

LOOK_ALIKES = [
    "my 6 yo takes his fish oil like it's poison, face all screwed up. any tasty brands or tricks?",
    "she reacts to sunscreen time like we're pouring acid on her. how do i make it less of a battle",
    "Our boy has Minecraft fever, it's all he talks about. How do I get him interested in books too?",
    "is a daily dose of encouragement enough or do kids need more structure at 7?",
    "I worry I'm stifling her by hovering at every playdate, she's 4. how do I step back?",
    "am I crushing his confidence when I correct his drawings? he is 5",
    "個女飲奶好似食毒藥咁，一樽奶飲成個鐘，點令佢飲快啲？",
    "我個仔打機上癮，一熄機就喊，十歲應該俾佢玩幾耐？",
    "外婆寵到個女透唔到氣，乜都幫佢做，點同外婆講？",
    "孩子看卡通像中了毒一样，一关电视就哭，怎么办？",
    "個仔真係好頭痛，成日唔肯刷牙，有咩方法令佢合作？",
    "my 3yo chews his carrots like they are poison and spits half out, how do i get veg in",
    "i think im smothering her by staying in the classroom at drop off, she cries when i go",
    "佢玩ipad好似食咗迷幻藥咁，叫極都唔聽，點樣設時限？",
    "孩子吃青菜像吃藥一樣，每餐都要哄，怎樣令他愛吃菜？",
    "What is the right dose of praise for a shy 6 year old?",
    "she zonked out like a sack of potatoes after swimming and slept 11 hours, is that ok at 3?",
    "wish there was a cure for sibling bickering, 6 and 8 fight all day. what works?",
    "my son has a bad allergy to homework, how do I make it less of a fight?",
    "佢哋兩個一個打喊露，好似流感咁傳開，點樣令佢哋自己瞓？",
    "叫佢練琴好似拔牙咁難，應唔應該停一停？",
]


@pytest.mark.parametrize("message", LOOK_ALIKES)
def test_a_figure_is_neither_escalated_nor_referred_by_the_triage(rules, message):
    answered(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "he's acting like he's been drugged, really drowsy, and grandma's sleeping tablets are open on the table",
        "she treats the bleach bottle like a toy and just drank some, now coughing",
        "he screams like he's being murdered whenever I leave and now he is limp and pale after a fall",
        "I'm stifling him with a pillow when he won't stop crying, I can't stop myself",
        "BB好似食咗藥咁，好眼瞓，叫極都唔醒，枱面有樽藥打開咗",
        "佢好似中毒咁，一路嘔，面色發青",
        "she went down like a sack of potatoes at nap time and now I cant wake her, she's floppy",
        "my son drank something that tasted like medicine from the cupboard, what do I do",
        "好似食咗藥咁，佢啱啱喺手袋攞咗啲嘢食",
    ],
)
def test_a_figure_beside_a_sign_still_escalates(rules, message):
    escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "He's got Minecraft fever and a real one too, 38.9 since last night, can I give ibuprofen?",
        "what dose of paracetamol for a 4 year old who weighs 16kg?",
        "個仔好頭痛，仲發燒38度，使唔使睇醫生？",
        "個女話好頭痛，一個禮拜幾次，要唔要驗眼？",
    ],
)
def test_a_real_symptom_in_the_same_words_is_still_referred(rules, message):
    referred(rules, message)
