"""Chinese dangers read by who acts, to whom and how it is told, and their twins (issue 18,
branch zh47).

- A child's own report in reported speech (佢話 / 他說 / 學生告訴社工 / 該童稱) of a
  grown-up's act on them: the child told of is the one harmed (佢/他/她 after the act),
  the grown-up the actor (`zh_harm_reported`, `zh_touch_reported`). A sibling is no
  grown-up; a cheek pinched for cuteness, a pat on the head, a hug at bedtime, a game and
  a punishment that is no harm (罰抄, 罰企) are not.
- One grown-up gripping another's neck, told by whoever saw it (`zh_neck_other`); a
  baby's arms round mummy's neck is not.
- A child tied to furniture or marked by a rope (`zh_tied_to`), or an implement's mark
  named as a mark (藤條印, 衣架印: `zh_implement_mark`); a car seat's harness, a toy tied
  in play and the parent's own childhood told are not.
- An urge said in English with the act in Chinese (`zh_urge_mixed`), the urge to hold the
  child under the water in written Chinese (`zh_hold_under`); rocking to sleep, a phone
  thrown and a toy boat in the bath are not.
- After the birth, the baby disowned or a close one taken for a spy or a stand-in
  (`zh_misknown`); a baby refusing the bottle or not yet knowing faces is not.
- An infant's age told in days (`infant_days_zh`): with a fever, a young infant's fever;
  a fever lasting two days in an older child is not.
- A pupil or the formal register's child (五歲學生, 該童) read as a child (`pupil_zh`).
- A fear named as anxiety or harm disowned for ever (`fear_named_zh`), a burn or a cut
  told with the adversative 親 on oneself (`own_mishap_zh`), suffocation named as a risk
  read (`risk_named_zh`): no danger told.

Every message here is written for these tests."""

import pytest

from .decisions import escalated, not_escalated


@pytest.mark.parametrize(
    ("message", "category"),
    [
        # reported speech: the child's report of a grown-up's act on them
        ("個細路返到屋企同我講，姑丈成日趁冇人就打佢個頭", "physical_abuse"),
        ("我個學生今日話佢後母每晚都會綁住佢喺張凳度做功課", "physical_abuse"),
        ("孙子说妈妈的男朋友一喝酒就踢他，我该怎么办", "physical_abuse"),
        ("外甥女告訴我，繼父常常用力捏她，手臂上都是紫色", "physical_abuse"),
        ("該童於面談時稱其繼母經常以衣架打他", "physical_abuse"),
        ("my son 話 nanny 成日鎖佢喺房，今日又係", "physical_abuse"),
        # reported touching at night or in secret
        ("個囡細細聲話阿爺半夜會入房摸佢，佢好驚", "sexual_abuse"),
        ("女兒跟我說，補習老師趁媽媽不在會偷偷摸她", "sexual_abuse"),
        # a grown-up's neck gripped, told by the child or a neighbour
        ("個仔喺學校畫咗幅畫，話爹哋嬲起上嚟會掐住媽咪條頸", "domestic_violence"),
        ("對面屋個女仔同我講，佢爸爸尋晚箍住佢媽媽條頸唔放", "domestic_violence"),
        # tied to furniture, a rope's or an implement's mark
        ("工人姐姐將個仔綁喺餐椅成個下晝，佢手腕有幾條繩痕", "physical_abuse"),
        ("接個女放學見到佢小腿有兩條藤條印，佢唔肯講點嚟", "physical_abuse"),
        # an English urge with a Chinese act
        ("so tired, 我真係 wanna 掟佢落床，我好驚自己", "harm_urges"),
        ("每次佢喊到半夜我都 feel like 焗住佢個口", "harm_urges"),
        # the urge to hold under in written Chinese
        ("幫女兒洗澡時，我好想將她按在水裡不讓她起來", "harm_urges"),
        # a misidentification after the birth
        ("老婆生咗三個星期，唔認得自己個仔，話佢係人哋嘅仔", "postpartum_psychosis"),
        ("我產後第十天開始覺得老公係冒充的，真的老公不見了", "postpartum_psychosis"),
        # an infant's age in days with a fever
        ("bb先至二十六日，頭先探到38度5，好眼瞓", "fever_infant"),
        ("宝宝刚满45天，发烧38度，喂奶也不太吃", "fever_infant"),
        # a pupil alone for days
        ("我教嘅一個六歲學生講，佢成星期都係得佢一個人喺屋企，冇大人返嚟煮飯", "neglect_missing"),
    ],
)
def test_a_chinese_danger_escalates(triage, message, category):
    result = escalated(triage, message)
    assert category in result.categories, (message, result)


@pytest.mark.parametrize(
    "message",
    [
        # reported speech, no harm: a sibling, cuteness, a hug, a punishment, a game
        "個女話家姐成日打佢，兩姊妹點樣先唔好嗌交？",
        "個仔話嫲嫲成日捏佢塊面珠，話佢得意，佢覺得好煩",
        "個女話爸爸夜晚會攬佢講故仔，我想問幾歲分房好？",
        "兒子說老師會罰他抄生字，他很不服氣，我應該怎麼跟他說？",
        "個仔話爹哋扮恐龍綁佢喺梳化，兩個笑到碌地",
        "個仔話老師唔會打佢，只係會叫佢企出去，咁樣得唔得？",
        "個女話媽咪夜晚會摸佢個額頭睇下有冇發燒",
        # a baby's arms round mummy's neck, a wrestling game
        "BB一抱起就揸住媽咪條頸唔放，點樣戒佢要人抱？",
        "my daughter 話 grandma 成日錫佢攬佢，佢好鍾意去婆婆度",
        # a car seat's harness, a toy tied in play, the parent's own childhood
        "個仔一綁安全帶坐汽車座椅就喊到震，有咩方法？",
        "我細個阿媽會綁我喺櫈度食飯，我唔想咁對個仔，點令佢坐定？",
        # rocking to sleep, a phone thrown, a toy boat in the bath
        "i wanna 搖佢瞓 but 佢越搖越醒，點算好",
        "i really want to 掟部手機出窗，個 group 吵足成晚",
        "很想把他的小鴨子放在水裡陪他洗澡，幾歲可以玩水？",
        # after the birth: a bottle refused, faces not yet known
        "老婆生完十幾日，BB唔認奶樽，淨係肯食人奶，點算？",
        "產後兩星期，寶寶好像還不認得我，這正常嗎？",
        # an infant's age in days, no fever; an older child's fever lasting days
        "BB得三十日，日日都要人抱先瞓，會唔會寵壞？",
        "個仔四歲，發燒得兩日就退咗，幾時可以返學？",
        # a fear named as anxiety, harm disowned for ever
        "腦海成日有拎刀傷害BB嘅畫面，我知道只係強迫症，我絕對唔會傷害佢，點算？",
        # a burn told with 親 on oneself while ironing
        "朝早趕住燙衫，燙親自己隻手指，有冇方法前一晚準備好校服？",
        # suffocation named as a risk read
        "婆婆送咗個好軟嘅枕頭俾BB，但網上話有窒息風險，點樣婉拒好？",
    ],
)
def test_the_twins_do_not_escalate(triage, message):
    not_escalated(triage, message)
