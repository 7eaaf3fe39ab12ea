"""Chinese referral decided by whose body and what the ask asks (issue 18 item 6, branch `ask9`).

A Chinese parenting question is answered when its health words are not about the child's
body now: a child's fear of a clinic or a jab (`ask_aside_zh`), whether the family's
languages make a child talk late, an adult's own pain, illness or medicine, a child's claim
of pain to be carried or excused, teething given by a grandparent as the reason, a jab or a
hospital stay told as a time, a sibling seen ill, a worry ahead, health words as figures
(`health_background_zh`), and a condition the child lives with when the ask is about
classmates (`condition_named_zh`, `social_ask_zh`). A symptom told now, a medicine, a dose,
a vaccine's side effect, growth, feeding amounts, a nursing parent's own medicine, a
condition's care, or whether to see a doctor keeps the referral.
"""

import pytest

from .decisions import not_referred, referred


@pytest.mark.parametrize(
    "message",
    [
        # a child's fear of the clinic or a check
        "囡囡一行到健康院門口就攬實我唔肯入，點樣令佢冇咁驚？",
        "孩子每次见到牙医就躲起来，怎样让她不那么害怕？",
        # whether the home's languages make a child talk late
        "爸爸同佢講英文，我講普通話，工人講印尼話，會唔會令佢遲咗開口？",
        # an adult's own pain, illness or medicine, and a behaviour or security ask
        "我膝頭痛咗成個月，冇辦法同個仔踢波，點樣解釋俾佢知唔係唔錫佢？",
        "本人長期服用抗焦慮藥物，情緒時好時壞，應如何讓女兒感到安心？",
        # a child's claim of pain to be carried or excused
        "囝囝一出街就話隻腳好痛要孭，返到屋企又跳嚟跳去，我應該點回應？",
        "每次叫佢執書包就話頭痛，執完又即刻去玩，點樣教佢負責任？",
        # teething given by a grandparent as the reason, a routine asked
        "嫲嫲成日話BB出牙所以唔肯瞓，但我諗係作息亂咗，點樣調返好？",
        # a jab told as a time, a sibling seen ill, figures
        "打完針之後佢見到戴口罩嘅人都喊，點樣幫佢慢慢適應？",
        "见到妹妹生病被大家照顾，哥哥也说自己不舒服要人陪，我该怎样回应他？",
        "呢個仔嘅驕縱真係冇得醫，五歲人仲要餵飯，點樣教佢自己食？",
        # a condition the child lives with, an ask about classmates
        "個女有一型糖尿病，小息要驗血糖，同學成日圍住佢問，點樣教佢應對？",
        # storing medicine out of reach
        "屋企啲藥同洗衣球要點收納，先唔會俾兩歲個仔搵到？",
        # a medicine refused, a relative's belief, a jab planned, the adult's own chest pain
        "孩子一看到药水就躲进房间，有什么办法哄她乖乖吃？",
        "外公成日話個孫出疹係熱氣，我點樣同佢講道理？",
        "點樣令個仔唔好咁驚？聽日要打流感針",
        "照顧三個細路照顧到我心口痛，佢哋成日嗌交，點教佢哋讓吓對方？",
    ],
)
def test_health_not_of_the_childs_body_now_is_answered(rules, message):
    not_referred(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        # a symptom told now and asked about, beside the same kinds of telling
        "佢好驚睇醫生，但係已經咳咗兩個禮拜，點樣帶佢去？",
        "個仔話腳痛要抱，仲發燒38度，點處理？",
        "奶奶話出牙所以發燒，燒咗兩日，點樣令佢瞓得好啲？",
        "見到細佬發燒，佢都話頭痛，摸落真係好熱，要唔要食退燒藥？",
        "出院之後佢仲係好咳，點樣幫佢適應返學？",
        # a medicine, a dose, a vaccine's side effect
        "退燒藥水隔幾多個鐘可以再俾佢食？",
        "打完疫苗之後發燒39度，點樣氹佢瞓覺？",
        # a nursing parent's own medicine
        "我食緊抗生素，餵緊母乳，點樣令BB唔會受影響？",
        "我有甲狀腺問題要食藥，會唔會影響BB發育？",
        # a condition's care, a delay told with an assessment asked
        "個女有濕疹，最近好痕抓到流血，同學話佢污糟，點樣教佢應對？",
        "宝宝一岁半只会叫爸爸妈妈，会不会是语言迟缓？要不要去评估？",
        # growth and feeding amounts
        "BB四個月大，一餐應該飲幾多安士奶先夠？",
        # the child's own body after 我 (我仔), and a named medicine refused
        "我仔頭痛咗兩日，點樣令佢瞓得好啲？",
        "BB唔肯食退燒藥，點樣氹佢食？",
    ],
)
def test_the_childs_health_asked_or_told_now_stays_referred(rules, message):
    referred(rules, message)
