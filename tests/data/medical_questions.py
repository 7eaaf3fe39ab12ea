"""Source of tests/data/medical_questions.jsonl: a held-out set for the medical referral.

Written before the referral rules were reworked (issue 18, item 6) and never used to
tune them: medical questions (medicines and doses, vaccines, symptoms, growth,
feeding amounts and nutrition, teeth, breastfeeding problems) against parenting
questions that share their words or typos ("dose" for "does", "sick of", a
child afraid of injections), in English and in Chinese (Cantonese and written).
Run `python tests/data/medical_questions.py` after editing.
"""

import json
from pathlib import Path
MEDICAL_EN = [
    # medicines and doses
    "can my 3 yr old have the adult strength calpol if i halve it",
    "how many ml of ibuprofen syrup for a 14 month old who weighs 10kg",
    "wat dose of paracetamol is ok for a 6 month baby",
    "is it ok to alternate nurofen and calpol for a high temp",
    "the doctor gave amoxicillin, can i mix it into her milk bottle",
    "which antihistamine can toddlers take for hay fever",
    "how long after the last dose can i give another one",
    "my son spat out half his antibiotic, should i give it again",
    "is saline spray safe for a 2 week old blocked nose",
    "can i put diaper cream on a scratch",
    # vaccines
    "what injections does a newborn get in hong kong",
    "is it normal to be grumpy for two days after his jabs",
    "can she get her 12 month vaccines if she has a runny nose",
    "my kid missed the dtap booster, is it too late",
    "does the chickenpox vaccine hurt more than the others",
    "should i give calpol before the immunisations",
    # symptoms
    "my baby has little white spots inside her mouth",
    "toddler keeps pulling at his ear and wont settle at night, infection?",
    "there's yellow crust on my newborns eyelashes every morning",
    "baby poos are very pale almost white, is that a problem",
    "my 9 month old has had a cough for 3 weeks now",
    "why does my baby sneeze so much",
    "his belly button is a bit smelly and wet",
    "red bumpy patches on her cheeks that she scratches",
    "my 2yo snores really loudly every night",
    "newborn hiccups all the time, should i worry",
    "baby's breathing sounds rattly when he sleeps",
    "she only does a poo every 4 days and strains",
    "his feet turn inwards when he walks",
    "my daughter is squinting a lot when she watches tv",
    "my little boy gets nosebleeds quite often",
    "toddler woke up with swollen glands in his neck",
    "lump on the back of my baby's head, soft, no fall",
    # growth
    "is 9kg ok for a 1 year old boy",
    "my son dropped from the 50th to the 10th centile",
    "will my petite 4 year old catch up in height",
    "babies lose weight after birth, when do they regain it",
    # feeding amounts and nutrition
    "how many bottles a day for a 5 month old",
    "my 8 month old eats three meals, should milk feeds go down",
    "how much cheese is too much for a toddler",
    "does my vegan 2 year old need b12 drops",
    "when can i start giving eggs",
    "is it ok to give water to a 3 month old in hot weather",
    "can babies have salt in their food",
    "how much juice should a toddler drink",
    "when can my baby start eating real food",
    # teeth, body
    "when should a baby see a dentist for the first time",
    "she is 13 months with no teeth yet is that ok",
    # breastfeeding problems
    "my nipples are cracked and bleeding from feeding",
    "i think my milk supply is dropping, what can i do",
]
NOT_MEDICAL_EN = [
    # typos and idioms
    "what dose it mean when a toddler clings to one parent",
    "dose my baby know im her mum",
    "hw dose routine help a baby feel secure",
    "my shot at a calm bedtime failed again, any tips",
    "i'm sick of the bedtime battles, how do i make it easier",
    "she's allergic to bedtime lol, how do i get her to settle",
    "he throws a fever pitch tantrum every time we leave the park",
    "how do i feed his curiosity without overwhelming him",
    "i caught myself shouting again, how do i repair with my son",
    "teething or not, he just wants to be held all day, is that ok",
    # parenting questions with medical words
    "how do i explain to my 4 year old that grandma is in hospital",
    "my daughter is scared of the doctor, how do i prepare her for a check up",
    "how can i comfort my toddler after her vaccinations",
    "he plays doctor with his teddies all day, is that a good game",
    "how do i stay close to my baby while she's in the hospital nursery",
    "my husband works night shifts as a nurse, how do we keep a routine",
    "my baby cries when the nurse holds her, is she attached to me",
    "how do i help my son feel safe when his dad is ill",
    "i'm recovering from a c section, how do i bond when i can't lift him",
    "should we keep the same bedtime routine when he has a cold",
    "how much time should i spend playing with my 1 year old",
    "how many stories should we read before bed",
    "how often should i praise my toddler",
    "is it ok to give my toddler a choice of two dinners to avoid fights",
    "how do i stop feeding him to sleep without tears",
    "my toddler refuses to sit at the table for meals, what do i do",
    "how do i get my picky eater to come to dinner without a meltdown",
    "growing up too fast, how do i savour these years",
    "does a growth mindset start in toddlerhood",
    "what does a baby need to feel secure besides food and sleep",
    "my 2 year old wants the same cup every day, is that normal",
    "how do i comfort a baby who is crying but not hungry or wet",
    "can too much cuddling make a baby weak",
    "when do toddlers start understanding promises",
    "what age do children start to play with other kids",
    "my toddler pretends to give me medicine with a spoon, cute or a sign of something",
    "is it bad to use bath time as our bonding time",
    "how to keep bedtime calm when his older brother is loud",
    "we moved to a new flat and she stopped sleeping well, how do i help her settle",
    "should i let my baby nap in the pram on walks",
    "my toddler is heavy and i cant carry him all the time, how do i say no kindly",
    "how many caregivers is too many for a baby",
    "is it normal to feel nervous leaving my baby with a sitter the first time",
    "my son hurt his friend's feelings, how do i teach empathy",
    "my daughter got her first tooth and bit me, how do i teach gentle",
    "how do i talk to my kid about his body changing when the new baby comes",
    "bottle or cuddle first when baby wakes, which builds trust",
    "should i warn him before the dentist visit or just go",
    "how do i help a child who is afraid of injections at the clinic",
    "my baby weighs on my mind all day at work, how do others cope",
]
MEDICAL_ZH = [
    "個BB三個月大，可唔可以食必理痛？",
    "小朋友退燒藥幾多ml先啱",
    "一歲打咩針？",
    "打完防疫針之後發燒正唔正常",
    "囡囡成日咳，已經兩個星期",
    "BB大便好硬，幾日先屙一次",
    "個仔皮膚好多紅點好痕",
    "寶寶體重增長得慢，要唔要擔心",
    "兩歲仔應該幾高",
    "六個月BB一日飲幾多奶",
    "幾時開始可以加固",
    "一歲可唔可以飲鮮奶",
    "BB鼻塞瞓唔好，可以點",
    "嬰兒濕疹用咩膏好",
    "個女耳仔流黃色水",
    "寶寶眼屎好多係咪發炎",
    "宝宝吃多少维生素D",
    "孩子拉肚子可以吃什么药",
    "BB黃疸幾時會退",
    "出牙會唔會發燒",
    "我奶量唔夠點算",
    "十個月BB一日食幾多餐",
    "個仔成日打鼻鼾",
    "小朋友可以打流感針嗎",
    "BB舌頭好多白色嘢",
]
NOT_MEDICAL_ZH = [
    "點樣令BB有安全感",
    "返工之後點樣同個仔建立關係",
    "個女好黐我，係咪正常",
    "小朋友驚睇醫生，點樣幫佢準備",
    "佢喊嘅時候我應唔應該即刻抱",
    "BB晚晚要人陪瞓，點算",
    "點解寶寶要有固定嘅日常規律",
    "爺爺入咗醫院，點同三歲仔講",
    "我答應咗佢但做唔到，點補救",
    "個仔成日扮醫生幫公仔打針，好得意",
    "寶寶要乜嘢先會覺得安全",
    "點樣教小朋友表達情緒",
    "返工前點同BB講拜拜",
    "新工人嚟咗，點樣幫個女適應",
    "孩子發脾氣的時候應該怎麼做",
    "如何建立孩子對父母的信任",
    "我成日好攰，點樣仍然陪到個仔玩",
    "每日應該陪小朋友玩幾耐",
    "個仔打完針之後好黐我，點安撫佢",
    "點樣幫BB適應幼稚園",
    "BB食飯嗰陣成日扭計，點算",
    "細佬出世之後，哥哥好嬲，點算",
    "點樣同BB建立親密關係",
    "小朋友好驚黑，點幫佢",
    "錫同攬對BB重唔重要",
]


def rows():
    for expect, lang, messages in (
        ("medical", "en", MEDICAL_EN),
        ("not_medical", "en", NOT_MEDICAL_EN),
        ("medical", "zh", MEDICAL_ZH),
        ("not_medical", "zh", NOT_MEDICAL_ZH),
    ):
        for message in messages:
            yield {"message": message, "expect": expect, "lang": lang}


if __name__ == "__main__":
    out = Path(__file__).with_suffix(".jsonl")
    out.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows()), encoding="utf-8"
    )
