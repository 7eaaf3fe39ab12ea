"""Medical referral (issue 18, item 6): medicines and doses, vaccines, symptoms and the
body, growth, feeding amounts and what a child may eat at which age, teeth and
breastfeeding problems go to a doctor; parenting questions that only share their
words (a doctor visit to prepare for, a pretend game, "dose" for "does", an adult's
illness) are answered or abstained on as usual; a clinic's own confident FAQ
answer to a medical question is given unless a red flag is present."""

import json

import pytest

from .conftest import DATA
from .decisions import answered, is_referred, referred

HELD_OUT = [
    json.loads(line)
    for line in (DATA / "medical_questions.jsonl").read_text(encoding="utf-8").splitlines()
]


@pytest.mark.parametrize(
    "message",
    [
        # medicines and doses
        "is it ok to give calpol and nurofen on the same day",
        "my 4yo needs a steroid inhaler, any side effects",
        "pharmacist said 2.5ml but the box says 5ml, which one",
        "can i use hydrocortisone on his elbow creases",
        "how often can i give gripe water",
        # vaccines
        "which immunizations are due at 18 months",
        "she had a fever after the rotavirus vaccine, normal?",
        "is the bcg injection given at birth here",
        # symptoms and the body
        "my newborn breathes really noisily through her nose at night",
        "his wee smells very strong today",
        "green runny poos for two days in my 7 month old",
        "little red pimples all over her face at 3 weeks",
        "sticky yellow gunk in the corner of his eye",
        "my toddler keeps tugging at her ear",
        "is it normal that his head looks flat on one side",
        "hiccuping after every feed, should i do something",
        "she has been a bit poorly and off her food since monday",
        "my baby is teething, what can i give him for the pain",
        # growth
        "my baby was 3.2kg at birth and is now 3.0kg at 10 days",
        "is he too skinny for a 2 year old",
        "her weight has dropped two centiles",
        # feeding amounts and food by age
        "how much formula per feed at 10 weeks",
        "my 1 year old drinks 6 bottles of milk a day, too much?",
        "can a 6 month old have scrambled eggs",
        "when do babies start on finger foods",
        "is my breastfed baby getting enough milk",
        "what age can they drink cows milk from a cup",
        # teeth and breastfeeding
        "my 15 month old has only two teeth, is that late",
        "brown marks on her front teeth",
        "one breast is hard and painful and i feel feverish",
        "is pumping every 3 hours enough to keep my supply up",
        # Chinese and Cantonese
        "BB打完預防針個腳腫咗",
        "個女肚屙咗三日",
        "寶寶一日應該飲幾多安士奶",
        "兩歲仔幾重先正常",
        "小朋友幾時開始可以食蛋",
        "BB 出牙好痛 可以搽咩",
        "宝宝咳嗽有痰要吃药吗",
        # the body, in words the first rules missed
        "his stools went almost black after the iron drops",
        "she keeps scratching her bum at night, could it be threadworms",
        "his scalp is sweaty every night and he is 4 months",
        "tummy swollen and tight after every bottle",
        "my 5 year old says her knees ache most evenings",
        "she is 3 and 88cm, is that small",
        "is he too thin for his age",
        "個仔眼白好似有啲黃",
        "餵奶嗰邊乳房有硬塊好痛",
        "BB 屁股好紅，可以搽咩膏",
        "四歲得95公分，係咪太矮",
        "囡囡確診咗哮喘，冬天要點",
    ],
)
def test_medical_questions_are_referred(assistant, message):
    referred(assistant, message)


@pytest.mark.parametrize(
    "message",
    [
        # "dose" for "does", idioms
        "how dose a baby learn to trust the people who care for him",
        "wat dose consistency mean for toddlers",
        "this is my one shot at a good morning routine, ideas?",
        "im sick and tired of the nap battles",
        "he is allergic to tidying up haha, how do i get him to help",
        "the tension at home is at fever pitch, how do i shield my son",
        "the weight of being a new mum is heavy, how do others manage",
        # medical scenes in parenting questions
        "how do i prepare my 3 year old for a stay in hospital",
        "my son is terrified of the dentist, how can i make it less scary",
        "how can i calm my baby before her injections",
        "my daughter keeps playing nurse with her dolls, should i join in",
        "how do i keep things normal for the kids while my husband is in hospital",
        "i have a bad cold, should i still cuddle my baby",
        "my mum is sick and we visit her a lot, will the baby be unsettled",
        "i work as a doctor with long shifts, how do i stay close to my toddler",
        "does your clinic offer speech therapy appointments",
        "how do i talk to my son about his grandad's illness",
        "our toddler pretends to take her teddy's temperature, is that normal play",
        "should we keep the bedtime routine when she is teething",
        "my baby drops her spoon on purpose to see me pick it up, why",
        "we had ice cream after the park, how do i say no to more without a tantrum",
        "how do i explain the new baby to my toddler",
        "is it ok to give my toddler a choice of snacks to avoid a fight",
        "how do i stop my toddler biting me now that his teeth are in",
        # Chinese and Cantonese
        "個仔好驚睇醫生，點樣同佢講",
        "囡囡扮醫生幫公仔食藥，係咪想表達咩",
        "婆婆入咗醫院，個女好掛住佢，點安撫",
        "點樣令寶寶有安全感",
        "我返工做護士要輪班，點樣陪BB",
        "my son says he will be a vet when he grows up, how do i support it",
        "how do i make the injection appointment less stressful for us both",
        "im having an operation next week, how do i keep my toddler feeling secure",
        "she cried at her jabs and i feel so bad, how do i let go of the guilt",
        "how do i talk about his hearing aid so he feels confident at nursery",
        "my newborn weighs nothing, how do i stop being nervous holding her",
        "my back aches from carrying him all day, how do i say no to being carried",
        "is it normal for toddlers to bite when teething",
        # dependence on a parent is attachment, not a symptom
        "my 18 month old is so dependent on me, is that normal at this age",
        "our son relies on me for everything, is it normal for a 2 year old",
        "我同老公分開咗，點樣同個女講",
        "佢好怕睇醫生，出門口之前可以點講",
    ],
)
def test_parenting_questions_with_medical_words_are_not_referred(assistant, message):
    answered(assistant, message)


def test_the_held_out_sets_keep_the_issues_recall_and_precision(assistant):
    # Issue 18's aim for unseen messages (recall >= 90%, <= 3% false referrals), as a
    # floor on the held-out sets; their once-measured figures are in their source file.
    medical = [r["message"] for r in HELD_OUT if r["expect"] == "medical"]
    others = [r["message"] for r in HELD_OUT if r["expect"] == "not_medical"]
    missed = [m for m in medical if not is_referred(assistant.ask(m))]
    wrong = [m for m in others if is_referred(assistant.ask(m))]
    assert len(missed) <= 0.1 * len(medical), missed
    assert len(wrong) <= 0.03 * len(others), wrong


FEEDING_FAQ = """\
- id: milk-amounts
  question: How much milk does my baby need each day?
  alternates: [how many ml of milk a day for my baby, how much formula should my baby drink]
  answer: >-
    Our nurses suggest following your baby's hunger cues; most babies under six months
    take around 150 ml of milk per kilogram of body weight a day.
  sources: [article:sense-of-security#stable-care]
"""
FEEDING_FAQ_ZH = """\
- id: milk-amounts-zh-hant
  language: zh-Hant
  translation_of: milk-amounts
  question: 寶寶每日要飲幾多奶？
  alternates: [嬰兒每天喝多少奶]
  answer: "我們的護士建議跟隨寶寶的肚餓信號；六個月以下的寶寶大多每日每公斤體重飲約150毫升奶。"
  sources: [article:sense-of-security-zh-hant#stable-care]
"""


@pytest.fixture(scope="module")
def clinic_with_feeding_faq(tmp_path_factory):
    import shutil

    from assistant import Assistant
    from knowledge import shipped_dir

    target = tmp_path_factory.mktemp("clinic") / "knowledge"
    shutil.copytree(shipped_dir(), target, ignore=shutil.ignore_patterns("*.npz", "__pycache__"))
    (target / "faq" / "feeding.yaml").write_text(FEEDING_FAQ, encoding="utf-8")
    (target / "faq" / "feeding.zh-hant.yaml").write_text(FEEDING_FAQ_ZH, encoding="utf-8")
    return Assistant.load(target, saved_index=False)


@pytest.mark.parametrize(
    "message",
    [
        "how much milk should my baby drink a day",
        "my baby how much milk need every day?",
        "BB一日要飲幾多奶",
        "寶寶每日要飲幾多奶？",
    ],
)
def test_the_clinics_own_feeding_answer_is_given(clinic_with_feeding_faq, message):
    referred(clinic_with_feeding_faq.triage, message)  # a medical question
    answer = clinic_with_feeding_faq.ask(message)
    assert answer.kind == "answer" and answer.source_id.startswith("faq:milk-amounts"), message


@pytest.mark.parametrize(
    "message",
    [
        "how much paracetamol can my baby have",  # medical, and no FAQ of the clinic's
        "BB 發燒可以食咩藥",
    ],
)
def test_medical_questions_the_clinic_does_not_answer_are_still_referred(
    clinic_with_feeding_faq, message
):
    referred(clinic_with_feeding_faq, message)


def test_a_red_flag_beats_the_clinics_feeding_answer(clinic_with_feeding_faq):
    for message in [
        "how much milk a day for my baby? she has a fever and now she is floppy",
        "BB一日要飲幾多奶？佢而家唞唔到氣",
    ]:
        assert clinic_with_feeding_faq.ask(message).kind == "escalate", message
