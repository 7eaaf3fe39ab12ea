"""Dangers of the caregiver, abuse, neglect and violence-at-home families told without
their word, English and Chinese (issue 18, branch `care47`).

Read on the design half of fresh_41..43 and of the caregiver writer trainw13 with the
older released data: no rule read any of these misses and the net scored them under
its bar. Each family's sign when the word is avoided:

- preparations with a leaving soon (pets or belongings given away, a will rushed,
  affairs tidied; "before I go", "not planning on being around"):
  `suicide_plan/prepared_leaving`; in Chinese a burden on the family told with a mind
  made up (唔想再拖累 + 諗清楚): `suicidal_ideation/zh_burden_set`;
- self-harm hidden or passed on: cuts hidden or explained away, a sharpener's blade
  taken out, marks a young person made with a tool, skin scratched till it bleeds as a
  habit (`self_harm/cuts_hidden`, `sharpener_blade`, `marks_made`, `scratched_bleeding`);
- one belief after a birth no tiredness holds: the baby not hers or swapped, a plot, a
  spy, insects in the baby's skin (`postpartum_psychosis/odd_belief`, `zh_belief`);
- the Chinese mirrors of English rules: a wish to hold a child under water told with
  他/她 (`harm_urges/zh_let_go`, which now excuses a swimming lesson), an English wish
  before a Chinese act (`zh_urge_mixed`), a child tied to
  a chair or a bed (`physical_abuse/zh_tied_to`), a patterned bruise told with 他/她
  (`zh_patterned_he`), a grown-up touching a child at night as the child tells it
  (`sexual_abuse/zh_touched_at_night`), a grip on the mother's neck as the child tells it
  (`domestic_violence/zh_mum_neck`);
- a grown-up behind a locked door with a child, with the child's fear or going back
  (`sexual_abuse/locked_with_child`); a carer in bed for days while young children fend
  for themselves (`neglect_missing/carer_down`, `zh_carer_down`); blows beside a
  grown-up's head (`domestic_violence/blow_by_head`, `zh_blow_beside`); a threat told of
  another woman (`domestic_violence/threat_to_her`);
- care left undone for long: young children left or shut in all day while the carer
  works or sleeps, a nappy unchanged a whole day, a toddler out while the carer was drunk
  (`neglect_missing/left_all_day`, `zh_care_undone`, `zh_drunk_out`); a thought of not
  feeding the baby with what would follow (`harm_urges/withhold_feed`, `zh_withhold`).

Every message is my own; each family has twins that share its words and are no danger."""

import re
from pathlib import Path

import pytest

from tests.decisions import escalated_as, not_escalated


@pytest.mark.parametrize(
    "message, category",
    [
        # preparations with a leaving soon
        ("Sorted a new family for my two cats and I'm drawing up a will tomorrow. I don't "
         "plan on being here by Christmas so the kids should have it all", "suicide_plan"),
        ("gave away my bike n most of my stuff this week, want my affairs in order before "
         "im gone, the girls r with their dad", "suicide_plan"),
        ("我已經想通了，不想再連累丈夫和兒子，請問怎樣跟三歲孩子解釋媽媽不會再回來？",
         "suicidal_ideation"),
        ("我好冷靜，已經決定咗，唔想再連累屋企人。點樣同個女講定先？", "suicidal_ideation"),
        # self-harm hidden, its means, marks made with a tool, a habit till it bleeds
        ("What's the best way to cover up new cuts on my arms so my 4 year old stops "
         "asking? I'm running out of stories", "self_harm"),
        ("Emptying my 15 year old's school bag I found a pencil sharpener prised apart, "
         "no blade in it, and tissues with blood. He's in long sleeves all week.",
         "self_harm"),
        ("my stepdaughter (14) has scratches along her forearm and told me she does them "
         "with a compass when she's stressed", "self_harm"),
        ("every night once the baby's down i pick at my wrist till it bleeds, it's the "
         "only way i calm down", "self_harm"),
        # one belief after a birth
        ("My partner had our son twelve days ago and now swears he is someone else's "
         "baby that the hospital swapped. She won't feed him.", "postpartum_psychosis"),
        ("since the birth 3 weeks ago i'm sure the whole building is in on it, they "
         "want to take her", "postpartum_psychosis"),
        ("老婆坐緊月，話自己係特務，又話見到蟲由BB塊面爬出嚟", "postpartum_psychosis"),
        ("表姐生完孩子一星期，不認自己的寶寶，說那是別人家的", "postpartum_psychosis"),
        # the Chinese mirrors of English rules
        ("每晚幫佢沖涼都好想㩒佢落浴缸水度，等佢唔好再喊", "harm_urges"),
        ("幫女兒洗澡的時候，我很想把她壓在水裡，直到她安靜", "harm_urges"),
        ("honestly really want to 揼個 bb 落床，佢喊咗成晚", "harm_urges"),
        ("隔籬屋個姐姐成日綁佢哋個仔喺張櫈度罰佢，今日見到佢手腕有勒痕", "physical_abuse"),
        ("孫子腿上有皮帶印的瘀傷，他說是繼父打的", "physical_abuse"),
        ("個女同姨姨講，舅父夜晚會入房摸佢，叫佢唔好話俾人知", "sexual_abuse"),
        ("個仔喺學校講，爸爸飲醉會掐住媽咪條頸，佢好驚", "domestic_violence"),
        # a locked door with a child, a carer down, blows by the head, a threat of her
        ("My boyfriend has started sleeping with my 7 year old daughter in her room and "
         "locks the bedroom. She's terrified of bedtime now.", "sexual_abuse"),
        ("I've been stuck in bed for weeks, can't face anything. My 9 year old is feeding "
         "himself and his brother and they've missed school most days.", "neglect_missing"),
        ("我呢排都起唔到身，個大仔自己煮嘢俾細佬食，佢哋成個禮拜冇返學", "neglect_missing"),
        ("he punched the wardrobe right next to my head last night while I was holding "
         "the baby. says he'd never actually hit me", "domestic_violence"),
        ("老公飲醉就掟杯，掟落我個頭隔離嘅牆，個仔喺度睇住", "domestic_violence"),
        ("I shut my 2 and 4 year old in the bedroom all day with snacks while I'm at work, "
         "they're fine mostly", "neglect_missing"),
        ("個BB由朝到晚都冇換片，我起唔到身理佢，佢都唔點喊", "neglect_missing"),
        ("我琴晚飲醉咗，今朝先知個三歲仔自己開門走咗出街", "neglect_missing"),
        ("what if i just stopped feeding him for a bit, how long before anyone would even "
         "notice", "harm_urges"),
        ("如果我唔再餵佢，會點？我諗咗成日", "harm_urges"),
        ("My friend's husband took her bank card and told her he'll take their kids to his "
         "home country and she'll never see them again", "domestic_violence"),
    ],
)
def test_a_danger_told_without_its_word_escalates(rules, message, category):
    escalated_as(rules, message, category)


@pytest.mark.parametrize(
    "message",
    [
        # a leaving that is a move, a birth or an illness; a burden eased by a job
        "We're relocating to Perth so I've rehomed the dog and I'm clearing out my "
        "clothes. How should I get our five-year-old ready for the flight before I go?",
        "My mum has cancer and won't be around much longer; she's making a will and "
        "giving the kids her books. How much do I tell a 6 year old?",
        "我決定咗返工，唔想再拖累老公一個人供樓，想問兩歲仔點適應去托兒所？",
        # cuts from a pet, a fall or an old scar; marks drawn with a pen; eczema
        "The puppy left scratches all over my arms. How do I hide them from my toddler "
        "who thinks the puppy is naughty?",
        "How do I hide my old C-section scar in a swimsuit? My son keeps asking.",
        "My 9 year old took a sharpener apart for a craft project. Can he keep the blade?",
        "My daughter drew lines on her arm with a marker and says she made them herself, "
        "they're tiger stripes",
        "I scratch my eczema till it bleeds every night. Could my baby get it too?",
        # a baby that looks like someone else; a surprise kept
        "Our newborn looks nothing like me, everyone jokes he's someone else's. When do "
        "babies' faces change?",
        "A week after the birth my mum and husband were in on a surprise party. Is it "
        "OK to have guests around a newborn?",
        "生完BB兩個月，個個都話個仔唔似我，似足老公，係咪正常？",
        # water for a bottle or a swimming lesson; a high chair's strap; a game
        "想把奶樽浸喺熱水度消毒，要幾耐？",
        "想把寶寶的奶嘴浸在熱水裡消毒，要多久？",
        "個女三歲，學游水嗰陣好想將佢浸落水度慢慢習慣，水溫幾多度先啱？",
        "個仔成日爬出餐椅，可唔可以用安全帶綁住佢喺餐椅度？",
        "兩兄弟玩警察捉賊，哥哥扮將細佬綁喺張櫈度，應該點教佢玩得安全啲？",
        # a goodnight stroke of the head; a hug round mum's neck
        "個囡同我講爸爸夜晚會摸佢個頭氹佢入睡，佢好鍾意",
        "個女成日攬住媽咪條頸撒嬌，攬到我好攰",
        # a shower with a toddler; a big child's own lock
        "My husband showers with our 2 year old in the mornings, she loves it. When "
        "should we stop?",
        "My 10 year old now locks the bathroom door and gets cross when I knock. Normal?",
        # a carer in bed with flu, children proud to help
        "I had flu and couldn't get out of bed for two days; my 12 year old fed her "
        "brother. So proud. How do I thank her?",
        "我感冒咗兩日起唔到身，個女自己煮早餐俾細佬食，好叻，點獎勵佢？",
        # a baby in the room with the parent; a night's nappy; a partner drunk; night weaning
        "I work from home and leave the baby in the playpen with me all day. Any tips?",
        "Grandma has the kids all day while I work; I leave them with her every day.",
        "寶寶成晚都冇換片，朝早先換，會唔會好易有尿片疹？",
        "老公琴晚飲醉咗，今朝個仔走出嚟叫醒佢，好好笑",
        "If I stop feeding her at night, how long before she sleeps through?",
        "如果我唔餵佢夜奶，佢會唔會瞓得好啲？",
        # a ball past the head; a snoring kick; a custody plan
        "The puppy left scratches all over my arms. How do I hide them from my toddler "
        "who thinks the puppy is naughty?",
        "我決定咗返工，唔想再拖累老公一個人供樓，想問兩歲仔點適應去托兒所？",
        "My 3 year old threw a ball right past my head and broke a lamp. How do I set "
        "indoor rules?",
        "My sister's ex told her he'd ask the court for more time with the kids. How do "
        "we help them through it?",
    ],
)
def test_a_twin_sharing_the_words_is_no_danger(rules, message):
    not_escalated(rules, message)


def test_no_concept_is_defined_twice():
    """A concept named twice in safety.yaml silently replaces the first (YAML keeps the
    last key): a new `settled_zh` turned an unrelated seizure rule's exception off."""
    text = (Path(__file__).parents[1] / "knowledge/data/safety.yaml").read_text("utf-8")
    section = text.split("\nconcepts:\n", 1)[1].split("\ncategories:\n", 1)[0]
    names = re.findall(r"^  ([a-z_0-9]+):", section, flags=re.M)
    assert sorted({n for n in names if names.count(n) > 1}) == []
