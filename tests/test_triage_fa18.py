"""Everyday questions with danger words, read by their cause (issue 18, branch `fa18`).

Not escalated: a danger told as what the news or a story was about, of another child,
and the child's fear after it (`news_told`, `news_fear_zh`); 水浸 (a flood) is no dunking
and 打遊戲 (playing a game) no hit; a child's words quoted with "he goes ..." after losing a
game (`quoted_speech`); a young child named by a bare age ("my son is 5 and ...") whose
threat is copied from a game (`young_speaker`); a three-year-old told by her age as the
one who threw a cup; a child lost for a minute and found at once (English and Chinese);
blood drawn in crayon or ketchup; a young child's drawing of a parent dead; a baby who
gags and brings the lump up; a pause of a second in sleep asked about; a young child's
words of jumping like a hero or of throwing a new sibling out (`young_said`,
`copied_jump`, `jealous_words`, and their Chinese forms in `zh_disposal`, `zh_place`).

Still escalated: the same words with the child hurt, missing or not breathing now, a
child of the family falling after the news, a partner's threat copied from a film, a
child's drawing of herself hanging, a longer pause with a blue or limp baby.
"""

import pytest

from .decisions import escalated, not_escalated


@pytest.mark.parametrize(
    "message",
    [
        "ever since the news story about the toddler who fell from a balcony my 7yo has nightmares, is that normal",
        "my girl heard a report about the kids who drowned at the reservoir and now she refuses her swimming class. how do i help her?",
        "since that article about the boy who was burned by a firework my son is scared of the new year fireworks, how can i reassure him",
        "睇完細路跌落海嘅新聞，個仔成晚問佢會唔會都跌落去，點安慰佢？",
        "看了小朋友被拐走的新闻以后，女儿出门都不肯放开我的手，怎样帮她不那么害怕？",
        "打風嗰幾日電視不斷播水浸嘅片，個女驚到唔肯瞓，點安撫佢？",
        "個仔打遊戲輸咗就大嗌「我唔想活喇」，講完又笑住去玩，係咪學人講？",
        "whenever I switch the console off he goes i'm going to kill myself lol, he's 6, ignore it?",
        "my son is 5 and when he's cross he says he'll shoot me, he picked it up from his cousin's video game. normal?",
        "my daughter is three and she threw her beaker at the baby and it didn't hurt him. how do I stop the throwing?",
        "we lost sight of her for a minute at the supermarket and found her behind the cereal shelf giggling. how do I teach her to stay close?",
        "個女喺商場走失咗一陣，好快就喺玩具店搵返佢，點教佢記住我電話？",
        "he made the lego men fight and coloured blood everywhere with red crayon. too gory for a 5 year old?",
        "my 4 year old drew our family with daddy lying flat and says daddy is dead, she's cheerful about it. should I worry?",
        "my 8 month old gags on lumpy food and nearly chokes, then brings it back up. is this normal?",
        "since her brother was born my 4 year old says she wants to throw him out the window. how do we help with jealousy?",
        "my 5yo keeps telling everyone he'll jump off the roof like the hero in his cartoon. how do i explain it's not real?",
        "個女話細佬好嘈，成日話想將佢掟出窗，係咪呷醋？",
        "個仔話要好似超人咁由露台跳落去飛，點同佢講唔得？",
    ],
)
def test_an_everyday_question_is_not_escalated_by_the_rules(rules, message):
    not_escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "there was a news story about a boy who fell from a window and now my son has just fallen from ours",
        "新聞講完有細路被拐走，而家我個女喺商場唔見咗半個鐘",
        "新聞話有小朋友俾狗咬傷，我個仔頭先都俾狗咬到流血",
        "我成日有畫面想將BB浸落水",
        "老公打遊戲輸咗就打個仔，打到佢塊面紅晒",
        "when i say no he goes i'm going to kill myself, he's 9 and he has a knife",
        "my husband says he'll stab me, he got it from a film he watched, and he sleeps with a knife",
        "my daughter is three and she hit the baby with a metal truck, the baby is bleeding from the head and very sleepy",
        "we lost him at the mall an hour ago and still can't find him",
        "lost sight of my son at the park and found him by the pond not breathing",
        "個仔好快就搵到，但今次又唔見咗，搵咗一個鐘",
        "he fell on the glass table and there is blood everywhere",
        "my 6 year old drew himself hanging from a tree and says he wants to die",
        "she nearly choked on a grape, coughed it up but now she's wheezing and breathing fast",
        "my baby stopped breathing for twenty seconds in her sleep and went blue",
        "baby stopped breathing for a few seconds and now she's limp and won't wake",
        "my 4yo is jealous, he said he wants to throw the baby out the window and today he opened it and held her up to it",
        "my husband said he wants to throw the baby out of the window if she doesn't stop crying",
        "my 6 year old says he will jump off the roof like in his cartoon and he climbed onto the window ledge today",
        "我真係好想將個BB掟出街，佢喊咗成晚",
        "個仔話想將BB掟落街，頭先真係抱住BB行去窗邊",
        "我想由天台跳落去，好似電影咁",
    ],
)
def test_a_danger_in_the_same_words_is_escalated_by_the_rules(rules, message):
    escalated(rules, message)
