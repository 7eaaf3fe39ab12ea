"""Chinese messages read by their general cause, and their twins (issue 18, branch zh26).

- An infant's age told with "now" (而家兩個月, 現在一個半月, 快兩個月) or a written child word
  (女兒, 兒子, 孩子) beside a temperature is NICE NG143's red feature, also when the fever is
  told in the middle of a long message about a routine, with a minimiser after it.
- Another family's child's emergency told as over in its own sentence (朋友個仔上個禮拜
  抽筋，而家好穩定) before the parent's own question: no danger of this child. Never when
  the writer's own child is in that sentence, nor when a later sentence tells a red sign.
- A dream (發夢見到, 夢到, 做噩夢夢見) pictures a danger; it does not happen.
- Who acts: a small child hitting or biting other children, reported by a teacher, is the
  child's behaviour; a carer hitting the child is still abuse.
- Who is alone: the writer alone with the children (我一個人在家帶兩個孩子) is no child left
  alone; the writer's own 自己 (我知道自己諗多咗) is no child alone at a window.
- A medicine taken as a treatment that goes on (食緊藥, 每日食開藥, 長期服藥) is no swallow;
  a swallow of it told (偷食咗成排) still is. 照食照玩 (eats as usual) is no swallow; 𠝹親 (cut by accident) is no self-harm; fresh cut
  lines and a threat to cut deeper in written Chinese (新的劃傷, 劃得更深) are.
- A news story followed by a prevention question (窗口應該裝咩防護) is the news frame.

Every message here is written for these tests."""

import pytest

from .decisions import escalated, not_escalated


@pytest.mark.parametrize(
    ("message", "category"),
    [
        # an infant's age told with "now", a written child word
        ("我個女而家兩個月，今晚探熱38.2度，食奶少咗一半", "fever_infant"),
        ("个女快两个月，今天下午量到38.3度，不太肯吃奶", "fever_infant"),
        ("兒子現在六個星期，摸落好熱，探到38度", "fever_infant"),
        (
            "想问宝宝洗澡的问题。儿子现在一个半月，每天洗澡都哭得很厉害，想知道水温怎么调。"
            "另外今晚他额头很烫，量了是38.4度，吃奶也少了。婆婆说捂一下就好，应该没事吧？主要想问洗澡。",
            "fever_infant",
        ),
        # the writer's own child in the sentence with another family's story
        ("朋友個仔上個禮拜遇溺救返冇事，但今日我個仔喺泳池都飲咗好多水，而家咳到唇都紫", "drowning"),
        # another family's story told over, then this child's emergency in a later sentence
        ("表姐個女上年敏感過，後來好返。今日我個女食完花生都係咁，塊面腫晒，喘氣好辛苦。", "allergy"),
        # another family's child's emergency happening now, nothing told over
        ("隔離屋個bb而家哽住咗，個媽媽喺走廊嗌救命，我應該點幫？", "choking"),
        # a carer's act on the child, not the child's act on others
        ("幼稚園老師今日打我個仔，佢返嚟塊面有手指印", "physical_abuse"),
        ("保姆成日打個仔，今日佢手臂有幾條瘀痕，佢話唔好話俾我知", "physical_abuse"),
        # children left alone while the carer is out
        ("我出咗去打麻雀，個女自己一個照顧細佬成晚，佢哋先五歲同兩歲", "neglect_missing"),
        ("隔壁的媽媽出去打麻將，留下三歲的兒子一個人在家一整天，一直在哭", "neglect_missing"),
        ("我個仔三歲，而家自己一個爬咗出露台，企喺冷氣機架度，屋企冇大人", "neglect_missing"),
        # fresh cuts and a threat to cut deeper, in written Chinese
        ("女兒十五歲，今天發現她手臂上有幾條新的劃傷，她說下次會劃得更深，我該怎麼辦？", "self_harm"),
        ("儿子十三岁，我看到他大腿上有新的割伤，还在流血，他说想割得更深一点", "self_harm"),
        # every spelling of the rule's own cut verbs (界 beside 鎅), and a mixed "cut"
        ("我個女十四歲，今晚見到佢手臂有幾條新嘅cut，佢話聽晚會界深啲，可能只係發脾氣啫，點同佢傾？", "self_harm"),
        # a swallow, not eating as usual
        ("三歲女偷食咗成排退燒藥，而家好眼瞓", "poisoning"),
        ("女兒有癲癇，每日食開藥，今朝佢偷食咗成排，而家好眼瞓", "poisoning"),
        # the same scenes, happening
        ("個仔喺商場唔見咗成半個鐘，我揾極都揾唔到，保安都未見到佢", "neglect_missing"),
        ("個女頭先跌咗落泳池，撈返上嚟冇呼吸", "drowning"),
    ],
)
def test_a_chinese_danger_escalates(rules, message, category):
    result = escalated(rules, message)
    assert category in result.categories, (message, result)


@pytest.mark.parametrize(
    "message",
    [
        # an infant's age now, no fever; a bath's temperature
        "我個女而家兩個月，幾時可以開始俾佢趴住玩？",
        "孩子现在两个月，每天晚上十点就睡，一觉到早上五点，正常吗？",
        "兒子現在兩個月，沖涼水應該幾多度先啱？",
        # another family's child's emergency told as over, then the parent's question
        "朋友個女上個月食提子哽親，即刻拍背吐返出嚟，而家冇事。我個仔一歲半，想問提子應該點切？",
        "同事的兒子上星期在學校抽筋，送院後已經出院，醫生說控制得很好。我女兒跟他同班，回家一直問會不會傳染，我怎樣跟她解釋？",
        "邻居家的孩子前几天误吃了洗衣凝珠，送去医院洗胃，现在已经没事了。我想问家里的清洁用品应该怎么收好？",
        "我friend個bb上個禮拜遇溺，好彩救返，而家好返晒。我哋下個月去泳池，有咩安全tips？",
        "隔離屋個bb前排哽親，救返冇事，我想報急救班，邊度有？",
        "堂哥家的女兒去年燙傷住院，現在已經康復了。我想問廚房怎樣佈置才安全？",
        # a dream
        "個仔發夢夢見我唔見咗，喊住醒，成晚要攬住先肯瞓，點樣安撫？",
        "女儿做噩梦梦到自己走丢了，早上起来不肯去幼儿园，我该怎么安慰她？",
        "琴晚夢見個女跌咗落泳池，醒咗心仲跳，係咪我太焦慮？",
        "我個女發夢話見到我俾車撞，醒咗喊到停唔到，點安慰佢",
        # a small child's act on other children
        "個仔兩歲，幼稚園老師話佢今日又咬咗其他小朋友，我應該點教？",
        "女兒三歲，老師反映她在班上經常推同學，怎樣處理比較好？",
        "儿子两岁半，托儿所说他这周咬了三个小朋友，是不是我教得不好？",
        # the writer alone with the children; the writer's own 自己
        "老公出差兩個禮拜，我一個人在家帶兩個孩子，每天都很累，有甚麼方法可以輕鬆點？",
        "自己一個照顧兩個孩子幾天了，先生出差，我快撐不住，怎樣分配時間？",
        "老公外派，我一个人在家照顾两个孩子一整天，晚上常常想哭，怎么调整心态？",
        "睇完新聞有小朋友喺窗口跌落街，我知道自己可能諗多咗，我哋住二十樓，窗口應該裝咩防護？",
        "我覺得自己好失敗，住二十樓，個女成日想爬窗台，講極都唔聽，點樣令佢唔爬？",
        # eating as usual; a cut by accident; a small scratch
        "三歲女今日37.9度，照食照玩，幾時先需要食退燒藥？",
        # a medicine taken as a treatment that goes on
        "個女有哮喘，每日食開藥，控制得幾好，點樣教佢自己記得帶噴劑返學？",
        "我有產後抑鬱，一直食緊藥，而家穩定咗，想問點樣同兩歲嘅仔玩得開心啲？",
        "兒子有過度活躍症，長期服藥，老師說他上課比以前專心，怎樣幫他交朋友？",
        "個女用紙𠝹親手指，流咗少少血，貼咗膠布，點教佢小心用紙？",
        "兒子跌倒手臂劃傷了一點，已經消毒貼了膠布，怎樣教他走路小心？",
        # a cut made deeper in a craft
        "佢做手工用界刀，話下次要界深啲先靚，幾歲先可以自己用界刀？",
    ],
)
def test_the_twins_do_not_escalate(triage, message):
    not_escalated(triage, message)
