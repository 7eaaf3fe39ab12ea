"""Chinese ordinary messages escalated or referred, read by their general cause, and
their twins (issue 18, branch zh27).

- The child refusing or afraid to do it again (唔肯再食, 不敢再去, 唔想再落水) after a
  scare told as over is its aftermath, not the danger back (`refused_again_zh` in
  `hedged_back_zh`); 又 or 再 telling the scare happen again still is.
- "Last week" (上星期, 上個禮拜, 上週) dates a scare in the past as 上個月 does
  (`event_past_zh`, `told_past_zh`).
- The home made safe, asked (點樣 setup 屋企, 裝防撞角, 窗鎖) after a fall told as over and
  checked: a safety question, not a health one (`home_made_safe_zh`, read by
  `_asks_health`); a lump still sore now is still a doctor's question.
- A news item named by its topic (看了地震新聞, 睇完火燭新聞) is the news frame before
  the child's fear or the parent's question (`news_fear_zh`).
- The family doing a thing of its own again (今年我哋又買燈籠, 我們又要搬家) is no return
  of the danger told before it (`family_again_zh`); back at the hospital again is.
- A sign gone down after its care (食完藥就退咗), the child well since (之後好健康) or a
  thing swallowed taken out (取咗出嚟) tells it over (`over_since_zh`).
- Another family's child's emergency told, nothing of the writer's own child nor of now
  in its sentence, then a question how to keep the home safe (朋友個仔吞咗磁石入院，屋企
  有咩要收好): prevention, the story its reason (`others_told_zh`, `safety_kept_asked_zh`,
  `Triage._others_then_kept_safe`), also in one comma-joined sentence; never when the
  writer's own child swallowed one too or the other child's emergency is happening now.
  A child told of in the news (睇新聞話有個小朋友, `media_child_zh`) is such a child too.
  A child of the writer's named beside another family's story told as over (細佬依家都
  抽緊筋, `own_child_too_zh`) is never excused with it (`others_over_zh`, zh26).

Every message here is written for these tests."""

import pytest

from .decisions import answered, escalated, not_escalated


@pytest.mark.parametrize(
    ("message", "category"),
    [
        # refusing to eat again, but the scare is happening now
        ("個女頭先食魚蛋哽住，拍背都拍唔出，依家唔肯再食嘢，個面開始紫", "choking"),
        ("仔仔啱啱喺浴缸滑低飲咗好多水，而家咳唔停，嘴唇瘀瘀哋，唔敢再入浴缸", "drowning"),
        # last week dated, the danger told back today
        ("上個禮拜個女喺樓梯碌落嚟冇事，但今日又跌咗撞到頭，而家嘔咗兩次好眼瞓", "head_injury"),
        ("上週兒子吞過一粒磁石，排出來了。今天他又吞了兩粒，現在肚很痛一直嘔", "poisoning"),
        # a home-safety question asked, but a red sign told now
        ("上星期個仔跌落床，今日佢成日嘔又叫唔醒，想問點樣裝床邊圍欄？", "unresponsive"),
        # a news topic, then the same scene happening to this child now
        ("睇完地震新聞之後，頭先個仔爬上書櫃跌落嚟撞到頭，而家叫極都唔應，仲嘔咗兩次", "head_injury"),
        # the family out again, and back at the hospital again for a new swallow
        ("個仔細個吞過電池，之後冇事。今日我哋又去咗急症，因為佢頭先又吞咗一粒", "poisoning"),
        # a reaction that went down, then a new one now
        ("上個月食芒果出過疹，食完藥就退咗。今晚佢又食咗芒果，而家塊面腫晒，唞氣有聲", "allergy"),
        # another family's story, and the writer's own child swallowing one too, or the
        # other child's emergency happening now
        ("表哥個仔上個月食咗磁力珠要開刀，我個女頭先都吞咗兩粒，佢話肚痛，屋企啲磁石點收？", "poisoning"),
        ("鄰居家的寶寶剛剛吞了一粒鈕扣電池，一直流口水，我可以怎樣幫忙？", "poisoning"),
        # the writer's own child told beside the other family's story, with no 我 or time
        ("阿姨個孫吞咗磁石要開刀，個仔都吞咗三粒磁石，啲磁石玩具要點收？", "poisoning"),
        ("表姐個仔之前熱性抽筋好返，細佬依家都抽緊筋。點算？", "seizure"),
        # a child in the news, and the writer's own child swallowing too
        ("睇新聞話有個小朋友食咗洗衣球，頭先個女都咬爛咗一粒，而家一路嘔", "poisoning"),
    ],
)
def test_a_chinese_danger_escalates(triage, message, category):
    result = escalated(triage, message)
    assert category in result.categories, (message, result)


@pytest.mark.parametrize(
    "message",
    [
        # a scare told over, the child refusing it again
        "仔仔舊年食提子哽親，老公即刻拍背，好快冇事。不過依家佢唔肯再食提子，點算好？",
        "仔仔上個禮拜喺浴缸滑親，我即刻扶返佢起身，冇事，而家唔敢再入浴缸，有咩方法？",
        "去年女兒在公園盪鞦韆跌倒擦傷，早就好了，可是她現在不願意再玩鞦韆，要勉強她嗎？",
        # last week, checked and well, a home-safety question
        "上星期個仔喺梳化碌咗落地，醫生睇過話冇事，而家好生猛。想問點樣 set 好個客廳？",
        "上週女兒撞到電視櫃角，醫生說沒問題，現在很活潑。想問家裏應該裝甚麼防撞的東西？",
        # a news item named by its topic, the child's fear
        "個女睇咗水浸新聞之後，日日問屋企係咪都會浸水，點樣同佢解釋好？",
        "儿子看了台风新闻以后很怕刮风，晚上不敢自己睡，我该怎么安抚他？",
        # the family again, after a scare told as over
        "個女兩歲嗰陣食過一粒鈕扣電池，取咗出嚟之後好健康。今年我哋又買咗好多發光玩具，電池點收好？",
        "兒子一歲時曾經發燒抽筋，之後一直很好。下個月我們又要去旅行，怎樣準備他的行李？",
        # a reaction gone down after its medicine, the child's feeling now
        "上星期個仔食蟹出咗啲紅疹，食完藥就退咗。而家佢唔肯再去海鮮酒家，係咪驚咗？",
        # another family's child's emergency heard of, then how to keep the home safe
        "聽姨媽講佢同事個孫誤食咗洗碗粉要洗胃，我哋屋企啲洗碗粉應該點收？",
        "堂姐的女兒早前吞了磁力珠做手術。我想問家中的磁石玩具要怎樣處理？",
        "我friend個bb之前飲咗啲消毒藥水入院，屋企啲清潔用品要點樣收好先安全？",
        # a child told of in the news, then how to keep the home safe
        "睇新聞話有個小朋友食咗婆婆嘅血壓藥要洗胃，啲長輩嘅藥應該點收好？",
    ],
)
def test_the_twins_do_not_escalate(triage, message):
    not_escalated(triage, message)


@pytest.mark.parametrize(
    "message",
    [
        "上星期個仔喺梳化碌咗落地，醫生睇過話冇事，而家好生猛。想問點樣 set 好個客廳？",
        "上週女兒撞到電視櫃角，醫生說沒問題，現在很活潑。想問家裏應該裝甚麼防撞的東西？",
    ],
)
def test_a_home_safety_question_after_a_checked_fall_is_not_referred(triage, message):
    answered(triage, message)


@pytest.mark.parametrize(
    "message",
    [
        # the knock of last week still sore and swollen now: a doctor's question
        "上星期個女撞到枱角，個包到而家都未消，一掂就痛，使唔使再睇醫生？",
    ],
)
def test_a_lasting_sign_after_last_weeks_knock_is_referred(triage, message):
    result = triage.decide(message)
    assert result.kind in ("refer", "escalate"), (message, result)
