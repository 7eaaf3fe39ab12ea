"""Chinese dangers read by their general cause, and their twins (issue 18, branch zh25).

- An infant's age in months told with a half or a decimal (2個半月, 1.5個月, 剛滿兩個月)
  beside a temperature (NICE NG143: under 3 months and 38C is a red feature); a
  temperature of a bath, milk or room asked is none.
- The whole body gone purple, blue or grey (成身發紫, 全身紫曬); not clothes or paint.
- The glass test told as a verb and its result (壓唔散, 撳落去都唔走, 按下去不褪色).
- A deep burn: white or hard and painless or numb after a scald.
- A neighbour's child told as beaten (俾人打, 被打) or beaten every day; not a classmate.
- Postpartum psychosis by its signs: a mother after a birth who believes the baby cursed or
  swapped (下咒, 落降, 中邪, 調包), or who is confused and keeps everyone away; not an
  elder's superstition, nor "baby brain".
- Neglect by poverty: no food of any kind for days, in written Chinese too; not tonight's
  dinner or a poor appetite.
- A news story asked about as prevention (睇到新聞 / 個news) is a frame; a Chinese frame is
  guarded by lately, a victim now and an act (`lately_zh`, `victim_now_zh`, `acted_zh`).
- "How do I handle it" (點樣/如何/怎樣) asked after a sign that goes on (一直) or a child who
  cannot be roused is first aid now, not prevention talk; of a habit it still is.
- A laughing emoji is a laugh written; 隔離 beside someone is no quarantine; an ambulance
  drawn is no call for one; "fine, but now ..." after a knock is no "fine".

Every message here is written for these tests."""

import pytest

from assistant.triage import fold

from .decisions import escalated, not_escalated


@pytest.mark.parametrize(
    ("message", "category"),
    [
        # an infant's age with a half or a decimal, beside a temperature
        ("囡囡啱啱2個半月，頭先探熱38.7度，面色有啲灰", "fever_infant"),
        ("仔仔1.5個月 temp 38.4 好似冇乜精神", "fever_infant"),
        ("孩子剛滿兩個月，晚上額頭很燙，體温量到38.2度", "fever_infant"),
        ("宝宝才一个半月，刚才量体温38度，可以明天再去医院吗", "fever_infant"),
        # the whole body's colour
        ("BB喊完之後成個身紫咗，仲未變返粉紅色", "breathing"),
        ("个女全身紫晒，叫佢都唔应", "breathing"),
        ("寶寶突然全身發藍，我好驚", "breathing"),
        # the glass test as a verb and its result
        ("發緊燒，肚皮有啲紅點點，用玻璃杯壓落去都唔散", "fever_infant"),
        ("39度燒，手臂有紅點點，撳極都唔走", "fever_infant"),
        ("孩子發燒，腳上的紅點按下去不褪色", "fever_infant"),
        # a deep burn
        ("佢俾滾水淥到手臂，嗰度變咗白色，摸落去佢話冇感覺", "burns"),
        ("兒子被熱油濺到手背，皮膚發白變硬，他說一點也不痛", "burns"),
        # a neighbour's child beaten
        ("對面屋個女仔成日俾佢阿媽打，佢條腿成日都係藤條印", "physical_abuse"),
        ("樓下嗰家人每晚都打個仔，我隔住地板都聽到", "physical_abuse"),
        ("隔壁的小孩經常被父親毒打，我在門外聽見過", "physical_abuse"),
        # postpartum psychosis by its signs
        ("生完BB之後，老婆話有人落降頭害BB，又話要帶佢走", "postpartum_psychosis"),
        ("我太太產後三週，一直認為孩子被人調包了，整天鎖着房門", "postpartum_psychosis"),
        ("我坐月第八日，覺得個女中咗邪，想帶佢去河邊洗乾淨佢", "postpartum_psychosis"),
        # neglect by poverty
        ("冇錢開飯，屋企已經三天沒有任何食物，兩個孩子一直喊餓", "neglect_missing"),
        ("冇錢交租又冇錢買米，屋企好幾天冇嘢食，個仔餓到瞓唔着", "neglect_missing"),
        # a news frame that turns into this child now
        ("睇完新聞好驚，點知一轉頭個女真係唔見咗，廣播咗十五分鐘都揾唔到", "neglect_missing"),
        # "fine, but now" after a knock
        ("仔仔撞親個頭，頭先冇事，但而家兩邊瞳孔大細唔同", "head_injury"),
        # a container of syrup swallowed
        ("個仔偷飲咗大半樽咳水，而家好眼瞓", "poisoning"),
        # "how do I handle it" asked after a sign that goes on or a child who cannot be roused
        ("BB瞓醒之後點叫都唔醒，成個人軟晒，應該點樣處理？", "unresponsive"),
        ("女兒跌落樓梯撞到頭，之後一直嘔，請問如何處理", "head_injury"),
    ],
)
def test_a_chinese_family_escalates(rules, message, category):
    result = escalated(rules, message)
    assert category in result.categories, (message, result)


@pytest.mark.parametrize(
    "message",
    [
        # an infant's age without a fever, or a thing's temperature
        "囡囡2個半月，夜晚成日醒，點樣幫佢瞓長啲？",
        "宝宝两个半月，冲奶的水应该几多度，40度会不会太烫",
        "兩個月前佢仲好細粒，而家識笑識望人，幾時會翻身？",
        # a colour of clothes or of paint on the body
        "佢今日著咗成身紫色衫返學，同學笑佢似茄子，點安慰佢？",
        "個仔玩手指畫，成身都係藍色顏料，點洗先乾淨？",
        # a rash that fades
        "個女出咗啲紅點點，撳落去就白咗，唔痕，係咪熱痱？",
        # a burn's twin: water-wrinkled fingers, a scar from long ago
        "上年淥親留低咗一笪白色疤，而家唔痛，會唔會淡返？",
        # a classmate, a neighbour's mahjong
        "隔壁班有個同學成日俾人打，個女好驚，點教佢求助？",
        "樓上日日打麻雀打到好夜，BB瞓唔著，點算？",
        # superstition told of an elder, "baby brain"
        "家婆話BB夜晚喊係中邪，要拜神，我生完冇耐唔想嗌交，點同佢講？",
        "生完BB之後成日語無倫次，講嘢唔記得字，係咪一孕傻三年？",
        # tonight's dinner, a poor appetite
        "屋企冇嘢食，個仔話好肚餓，今晚叫外賣定煮麵好？",
        "女儿这几天胃口不好，没有什么食物愿意吃，饿了就哭，怎么办",
        # a news story asked about as prevention
        "睇咗條news講有BB吞咗磁石，我好驚，屋企啲磁石玩具點收好？",
        "讀到一則報導話有小朋友從窗口跌落，我應唔應該裝窗花？好擔心",
        # a wish to die denied and told as a wish for sleep
        "我不是想死，我只是想好好睡一觉，怎样让宝宝晚上少醒几次？",
        # a frame's guard never fires on a child kicking the parent in a nappy change
        "個仔換片成日踢我，踢到我隻手瘀咗一忽哈哈，有冇好方法？",
        # a how-question of a habit, or of first aid in general
        "個仔每朝都叫唔醒，返學成日遲到，點樣處理好？",
        "BB發燒抽筋應該點樣處理？想預先知道",
        # a child who keeps asking (一直問) is no sign that goes on
        "看完水災的卡通片，女兒一直問我們會不會被水沖走浸死，應該怎樣回答她？",
    ],
)
def test_the_twins_do_not_escalate(rules, message):
    not_escalated(rules, message)


def test_a_laughing_emoji_is_read_as_a_laugh():
    assert "哈哈" in fold("攰到想死😂")
    assert "哈哈" not in fold("佢喊到好辛苦😭")


@pytest.mark.parametrize(
    "message",
    ["湊仔湊到攰到想死😂 有冇方法令佢瞓長啲？", "佢半夜起身玩，我真係想死🤣 點調返作息？"],
)
def test_a_joke_told_with_an_emoji_does_not_escalate(triage, message):
    not_escalated(triage, message)


def test_next_to_is_no_quarantine(rules):
    message = "老公返到屋企鬧我，頭先揸住我條頸推埋牆，個女喺隔離睇住，我而家鎖咗自己喺房"
    escalated(rules, message)


def test_an_ambulance_drawn_is_no_call_for_one(triage):
    # a cough asked about beside a drawing: referred as a calm medical question
    result = triage.decide("個女畫咗架救護車，話要做醫生，順便問下佢咳咗一個禮拜使唔使睇醫生？")
    assert result.kind == "refer"
