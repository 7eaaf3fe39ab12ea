"""Medical referral in both directions, by family (issue 18, branch `ref16`).

Answered (a parenting question):
- the clinic's own domain: a developmental condition or therapy named as the child's
  (`development_named`: "he has ADHD", "our autistic son", "his speech therapy homework",
  確診發展遲緩, 做緊職業治療) beside a parenting ask (meltdowns, school, therapy games at
  home, telling the grandparents, the parent's feelings after a diagnosis);
- a sign told as stopped within some minutes (`stopped_within`) before a habit asked;
- the parent's own needs or feelings asked (`own_needs`) after an illness told with the
  child back at nursery (`routine_resumed`);
- weight as a load the parent carries; a toilet word said as rude talk; window grilles
  checked (`thing_checked_zh`);
- a health visit feared or refused, told in a sentence naming it before the ask
  (`Triage._visit_feared`).

Referred: the same children with a medicine, a dose, a missed dose, a side effect or a new
sign asked; whether a child has such a condition or needs assessing (`development_asked`);
a fever's course read with a medicine's doses (no longer read as a swallow); a travel
vaccine question whose "book them" is no picture book. Escalated still: a bottle drunk, a
bleed that does not stop, a stopped bleed followed by a red sign.
"""

import pytest

from .decisions import kind


ANSWERED = [
    # a developmental condition or therapy named as the child's, a parenting ask
    "our son is autistic, 6 now. leaving the swimming pool ends in screaming every week, how do we warn him better before it's time to go?",
    "She was diagnosed with ADHD in the summer. How should I ask her teacher for movement breaks in class?",
    "my boy has a language delay and goes to speech therapy on saturdays. any fun ways to do the therapy homework that he won't fight?",
    "Dx of global developmental delay came through last week and I can't stop crying in the shower. How did other parents get through the first months?",
    "kid w/ sensory processing issues, fireworks night coming, how do we make it bearable for him",
    "ADHD daughter (9) loses every single hairclip and pencil case. what systems actually work for forgetful kids?",
    "We've just had the autism report back. How do I tell my in-laws without them blaming us?",
    "my son have autism, he won't let anyone cut his nails, he kick and scream. how can I make it calmer?",
    "個仔有自閉症，六歲，每次游完水要走就大喊，點樣預早提佢？",
    "個女今年確診ADHD，點樣同老師傾，等佢上堂可以起身郁下？",
    "個仔語言遲緩，逢星期六上言語治療堂，屋企點樣做功課佢先唔抗拒？",
    "女兒確診發展遲緩之後我成日喊，其他爸媽係點樣行過頭幾個月？",
    "儿子有自闭症，过年去亲戚家人很多，怎样帮他做好准备？",
    # a sign stopped within minutes, then a habit asked
    "個女流鼻血，按住三分鐘就停咗，跟住冇事繼續食飯。佢好鍾意用手指挖鼻哥，點樣幫佢戒甩呢個習慣？",
    # the parent's own needs after an illness told over
    "My son had a bad chest infection for a week and he's finally back at school today. I'm running on fumes. Is it selfish to book a massage for myself?",
    "個仔燒咗幾日，今日終於返學，我攰到崩潰，想請一日假唞下，係咪好自私？",
    # a load carried, rude toilet talk, a thing of the home checked
    "carrying the baby in the sling all day hurts my shoulders, which carriers spread the weight better?",
    "my 4yo keeps shouting poo bum at the dinner table for laughs. ignore it or time out?",
    "屋企啲窗花好舊，想搵人檢查吓夠唔夠穩陣，應該搵邊類師傅？",
    # a visit feared, told in a sentence naming it before the ask
    "since his last jabs he won't set foot in the clinic, he just screams at the door. how do we help him feel braver about going in?",
    "她上次打完針之後，一去到診所門口就哭着不肯進去，有什麼方法？",
]


@pytest.mark.parametrize("message", ANSWERED)
def test_parenting_asks_in_the_clinics_domain_are_answered(triage, message):
    assert kind(triage, message) is None, message


REFERRED = [
    # the same children, a medicine, a dose, a side effect or a new sign asked
    "our son is autistic and started risperidone last month. he's put on 3 kg, should we ask to lower the dose?",
    "She was diagnosed with ADHD in the summer and forgot her methylphenidate this morning. Can she take it after lunch?",
    "my boy has a language delay and since yesterday he keeps tugging his ear and waking up crying. ear infection?",
    "kid w/ sensory processing issues has had diarrhoea for four days and is drinking less. what should we do?",
    "個仔有自閉症，最近一個禮拜成日肚痛同屙爛屎，使唔使睇醫生？",
    "個女確診ADHD，食緊藥之後晚晚瞓唔著同冇胃口，係咪副作用？",
    "儿子有自闭症，这两天咳嗽流鼻涕，晚上咳到睡不好，要不要看医生？",
    # whether a child has such a condition or needs assessing
    "could my 2 year old be autistic? he lines up his cars and doesn't look when I call him",
    "Is it ADHD or is he just a busy 5 year old? Should we get him assessed?",
    "個仔三歲仲未識講句子，係咪語言遲緩？使唔使去評估？",
    "where do we go for a dyslexia assessment for a 7 year old in Hong Kong?",
    "四歲個女講嘢啲音唔準，幾時先要揾言語治療師睇吓？",
    # a fever's course between a medicine's doses; a travel vaccine booked
    "Four days of fever now, up to 39, he perks up between doses of ibuprofen and is drinking. Does he need to be seen?",
    "We fly to Cambodia with our 3 year old in March. Which travel jabs does she need and how early should we book them?",
    # a visit feared, with a sign or a medicine asked
    "since his last jabs he won't set foot in the clinic, but his ear has been leaking since sunday. what can we do?",
    "she refuses the medicine the clinic gave for her cough, can I mix it into her milk?",
    # a return to school asked, not told: still a question of health
    "個仔肚瀉咗兩日，今日好啲，可唔可以聽日返學？",
    "she threw up twice last night, can she go back to nursery tomorrow?",
]


@pytest.mark.parametrize("message", REFERRED)
def test_health_asked_of_such_children_is_referred(triage, message):
    assert kind(triage, message) == "refer", message


ESCALATED = [
    "he drank the whole bottle of calpol between doses of his antibiotics, he's 2",
    "個女流鼻血，按住十五分鐘都止唔到，點算？",
    "the nosebleed stopped after 10 minutes but now he is very pale and floppy",
]


@pytest.mark.parametrize("message", ESCALATED)
def test_dangers_beside_these_families_still_escalate(triage, message):
    assert kind(triage, message) == "escalate", message
