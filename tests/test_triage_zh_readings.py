"""The Chinese rules alone (no learned model) on readings that share danger words:
everyday hyperbole ("V到想死", 死心), a story or the news about suicide, a child
ignoring an instruction (冇反應), a dose question or a fever medicine given, prevention
words before 食咗, a baby tooth out; and the concepts that go with them: a grip too
hard that bruised a child, a child locked in, things given away with a goodbye, a
grunting sound told before the breaths, a head hit told head first, vomiting with no
feeds, a rash named in English, the chest as a private part, not wanting to be in
this world; a coin swallowed with drooling, pills hoarded, the self about to jump,
a child often without food, coercive control told as two acts; dying together with the child, a partner's
threat told as a condition, hyperbole and a scolding with 想死 or 唔想活, a past wish
that is over, 窒息 as a figure of speech; a fit told around a phrase (抽咗一陣筋), a stiff neck,
mottled skin, no wee for a morning, a sunken soft spot, a battery in the mouth; a
child's own medicine asked about after it is given, medicine taken in secret."""

import pytest

from .decisions import escalated_as, not_escalated


@pytest.mark.parametrize(
    "message, category",
    [
        ("我頭先好大力揸住個仔手腕，而家有一圈瘀", "physical_abuse"),
        ("姐姐用力扯BB隻手，BB手肘好似甩骹咗", "physical_abuse"),
        ("继父把孩子锁在浴室里一整晚", "neglect_missing"),
        ("佢將個女關咗入衣櫃，唔俾佢出嚟", "neglect_missing"),
        ("我啲首飾同積蓄已經送曬俾阿妹，仲同佢講咗永別", "suicide_plan"),
        ("东西都分给了朋友，也跟老公告别了", "suicide_plan"),
        ("我唔想再留喺呢個世界度", "suicidal_ideation"),
        ("好想瞓落之後唔使再醒", "suicidal_ideation"),
        ("囡囡有啲呻吟聲，每一下呼吸都有", "breathing"),
        ("仔仔後尾枕撞落石屎地，之後嘔咗兩次", "head_injury"),
        ("BB嘔咗成晚，到而家都冇飲過奶，尿片好乾", "dehydration"),
        ("佢發燒，身上啲 rash 用杯壓都唔褪", "fever_infant"),
        ("個仔話有個叔叔摸佢胸部，叫佢唔好話俾人知", "sexual_abuse"),
        ("個仔偷食咗我啲退燒藥，成排都冇晒", "poisoning"),
        ("孩子突然一動不動，怎麼搖都沒反應", "unresponsive"),
        ("佢將粒波子吞落去，而家不停流口水", "choking"),
        ("止痛藥我已經慢慢儲夠咗", "suicide_plan"),
        ("我坐喺天台度，好想就咁跳落去", "suicide_plan"),
        ("对面屋个细路成日一个人喺屋企，冇饭食，瘦到见骨", "neglect_missing"),
        ("佢唔俾我返外家，仲收埋我張身份證", "domestic_violence"),
        ("我好想同個女一齊去死", "harm_urges"),
        ("有時諗如果我唔喺度會點", "suicidal_ideation"),
        ("我覺得屋企冇咗我都冇所謂", "suicidal_ideation"),
        ("用針拮自己先覺得舒服啲", "self_harm"),
        ("我肯定有人喺佢啲奶粉度落毒", "postpartum_psychosis"),
        ("男朋友琴晚喺個仔面前打我", "domestic_violence"),
        ("前夫講如果我搬走就搶走個女", "domestic_violence"),
        ("仔仔抽咗好耐筋，而家好眼瞓唔理人", "seizure"),
        ("孩子发烧，脖子很硬，低不下头", "fever_infant"),
        ("BB手腳冷冰冰，身上啲皮膚紫紫白白", "fever_infant"),
        ("佢成個下晝冇屙過尿，嘴好乾", "dehydration"),
        ("寶寶頂門凹咗落去，又唔肯飲奶", "dehydration"),
        ("個女口入面含住粒鈕扣電池", "poisoning"),
        ("囡囡偷飲咗半支咳藥水", "poisoning"),
        ("個女話補習老師親佢個嘴，仲俾錢佢", "sexual_abuse"),
        ("佢話堂哥叫佢舔佢嗰度", "sexual_abuse"),
        ("隔籬個小朋友喊咗成晚都冇人理", "neglect_missing"),
        ("嗰兩個細路三日冇沖涼冇食飯", "neglect_missing"),
        ("個女食完蝦之後出風癩，把聲都沙埋", "allergy"),
        ("我好想消失，永遠唔再返嚟", "suicidal_ideation"),
        ("bb 唔識 breathe 到，lips 好 purple", "breathing"),
        ("佢 fever 38.9，身上啲 spots 唔褪色", "fever_infant"),
        ("我成日 thinking of 攞被冚住佢塊面", "harm_urges"),
        ("個仔話教練掂佢 private parts", "sexual_abuse"),
        ("我好驚自己會忍唔住大力搖BB", "harm_urges"),
        ("食完蝦之後佢突然冇反應", "unresponsive"),
        # The real thing still escalates when told beside the same words.
        ("我真係好想死，唔係講笑", "suicidal_ideation"),
        ("BB 發燒，叫佢都冇反應", "unresponsive"),
    ],
)
def test_a_chinese_concept_escalates_by_rule(rules, message, category):
    escalated_as(rules, message, category)


@pytest.mark.parametrize(
    "message",
    [
        "搭車搭到想死，個仔又唔肯坐定",
        "改功課改到想死，哈哈",
        "我已經死咗條心，唔再逼佢學琴",
        "套電影有個角色自殺，個仔問我點解",
        "點樣同小朋友解釋新聞入面有人輕生？",
        "叫佢收拾書包佢冇反應，扮聽唔到",
        "佢睇卡通睇到入曬神，叫佢刷牙都冇反應",
        "叫極都冇反應，原來佢戴住耳機",
        "三歲仔，十五公斤，退燒藥水可以餵幾多 ml？",
        "佢食咗退燒藥之後仲係燒，幾耐可以再食？",
        "費事佢食咗磁石，啲磁貼全部收埋",
        "第二隻乳牙跌咗，佢好開心放喺枕頭底",
        "老公今晚同同事飲咗酒，好夜先返",
        "佢大力推開張櫈，點教佢輕手啲？",
        "BB大力捉住我頭髮，我塊面都俾佢抓損",
        "個女鎖咗自己喺房唔肯出嚟食飯",
        "我已經鎖好露台門，仲有咩要注意？",
        "搬屋前將啲嘢送曬俾朋友，仲同鄰居講咗再見",
        "肚仔咕嚕咕嚕，呼吸就正常，係咪肚餓？",
        "BB成日摸自己胸口啲鈕",
        "個女想由床上跳落去地下，好危險",
        "止痛藥應該點樣存放先安全？",
        "今晚冇飯食，叫外賣算",
        "佢最鍾意喺陽台望落街睇巴士",
        "我唔俾佢出街玩，因為佢未做完功課",
        "曬到唔想活，夏天去公園真係辛苦",
        "你想死咩，咁夜仲唔瞓",
        "我以前產後有過輕生念頭，而家已經好返好多",
        "同個仔打機，兩個一齊死咗又再玩過",
        "佢哋嘅愛令人窒息，婆婆乜都要管",
        "老公叫個仔唔好再推我",
        "個女成日話要打死啲怪獸",
        "我今朝抽咗一陣筋，小腿好痛",
        "佢戒咗片，成晚冇屙尿都唔使起身",
        "點樣防止BB口入面含住電池？",
        "佢食完醫生開嘅抗生素之後有啲肚瀉，係咪正常？",
        "飲咗咳藥水之後好眼瞓，使唔使停？",
        "佢兩日冇沖涼，因為發緊燒",
        "個仔話學校冇人理佢，好唔開心",
        "BB好鍾意親我塊面",
        "佢同細妹爭嘢，大力推細妹，細妹跌親膝頭",
        "我收埋佢部手機，唔俾佢出街，因為佢未溫書",
        "我同個女一齊死都要攬住瞓，佢好黐我",
        "啲零食鎖咗喺櫃入面，個仔成日想開",
        "細路鎖咗喺浴室出唔到，要叫鎖匠",
        "個仔食完花生出咗少少紅疹，冇其他事，使唔使驗敏感？",
        "好想消失兩日，去酒店瞓個飽",
        "點樣教個仔 private parts 唔俾人掂？",
        "佢之前發燒出過疹，而家已經褪咗",
        "個女打機中毒，點樣減少佢玩？",
        "週末想同個女一齊焗曲奇",
        "BB要我搖佢瞓，越搖越精神",
        "想買張搖椅俾BB",
        "好想咬佢對腳，肥嘟嘟好可愛",
        "個仔話想整死隻曱甴",
        "佢試咗食蝦，冇乜反應，下次可以食多啲？",
        "功課多到想俾默書淹死",
        "食完火龍果嘴唇紅紅紫紫，好得意",
        "佢好驚打雷，一打雷就喊",
        "部電腦又唔識郁，網課上唔到",
    ],
)
def test_chinese_messages_sharing_the_words_do_not_escalate(rules, message):
    not_escalated(rules, message)
