"""Dangers the triage missed, read by their general cause (issue 18, branch `rec22`).

Causes read on the released fresh_16/fresh_17 misses and on the fit half of the
independent training corpora (written by outsiders who read no rule): a red sign told
inside a medical question (an airway narrowed told by its noise or drooling, a choke
told by its silence, a child who cannot be roused, a medicine swallowed told as a
quantity, blood pumping out), a caregiver's harm told as an image, a goodbye told
without the word, a report of someone else's wish to die, a child lost at a named
place or gone with the door open, a grown-up named touching the child and nothing
more, a fit told by its movements, a minimiser wrapped round a danger. Every message
here is my own; each danger has a twin that shares its words and is no danger. (The red
signs a medical question names, with their twins, are in `test_triage_rec21.py`.)"""

import pytest

from .decisions import escalated, not_escalated


@pytest.mark.parametrize(
    "message, category",
    [
        # a medicine swallowed told as a quantity, or its bottle found emptied
        ("my toddler swallowed six or seven of my ibuprofen tablets, found the strip "
         "on the floor", "poisoning"),
        ("the calpol was nearly full this morning and now its empty, my boy had it "
         "under his bed", "poisoning"),
        ("my 2 year old had about half a bottle of calpol syrup, what dose is safe?",
         "poisoning"),
        ("toddler got through several of my antihistamines, what medicine should i give?",
         "poisoning"),
        # a fit told by its movements
        ("my 5 month old keeps smacking his lips and staring, it has repeated five "
         "times this hour", "seizure"),
        ("孩子突然全身僵硬，嘴角有白泡，叫佢都唔應", "seizure"),
        # a harm pictured, an ending felt easy
        ("every time she cries at night i picture pressing the pillow on her face, "
         "i had to leave the room", "harm_urges"),
        ("i stood at the window for ages tonight thinking how easy it would be to "
         "just let go", "suicide_plan"),
        # a goodbye told without the word
        ("my brother sent me a message saying sorry for everything, look after mum "
         "for me, and his phone is off now", "suicide_plan"),
        ("阿妹send咗個訊息話對唔住，幫我照顧好個仔，之後電話熄咗", "suicide_plan"),
        # someone else's wish to die, reported
        ("my wife told me she doesnt see the point of living since the birth",
         "suicidal_ideation"),
        ("有時我覺得自己消失咗，個女會過得更好", "suicidal_ideation"),
        ("老實講，我諗過如果唔使醒返就好", "suicidal_ideation"),
        # a child lost at a named place, gone with the door open, not with the group
        ("lost my daughter at the aquarium", "neglect_missing"),
        ("lost my son at Tai Po market", "neglect_missing"),
        ("our 3 yr old is gone from the flat and the front door is wide open",
         "neglect_missing"),
        ("at the museum my son, 7, was not with the class when the teacher counted, "
         "thats 15 minutes now", "neglect_missing"),
        ("返到屋企，個女唔喺屋企，大門打開咗", "neglect_missing"),
        ("a little boy was found wandering on the main road at 3am in his pyjamas",
         "neglect_missing"),
        # a grown-up named touching the child, and nothing more
        ("her uncle keeps touching her", "sexual_abuse"),
        ("he said the man at the pool touched him where his swimsuit goes",
         "sexual_abuse"),
        # a new mother told ordered by god or heaven about the baby
        ("since the birth my wife says god talks to her and that the formula is "
         "poison", "postpartum_psychosis"),
        ("老婆生完BB兩個禮拜，話上天叫佢帶BB去海邊", "postpartum_psychosis"),
        # bleeding told by what it soaks, a cut gaping
        ("the nappy has soaked through with blood since his circumcision",
         "bleeding"),
        ("the gash on her knee gapes open, i can see white underneath", "bleeding"),
        ("割到手指好深，紗布按住都濕透晒", "bleeding"),
        # the young infant's age told with a half or after 出生
        ("BB一個半月大，今晚探熱38.2度", "fever_infant"),
        ("我個女出生兩個月，體溫38.6度", "fever_infant"),
        # NICE red features in learner English
        ("girl 2 year, fever 39, her leg skin look like marble and cold", "fever_infant"),
        ("baby have fever and he cry very high sound not stop", "fever_infant"),
        # signs of the body in Chinese
        ("細路塊面發青，口唇黑咗", "breathing"),
        ("呼吸有嘶嘶聲，喘唔切", "breathing"),
        ("BB肚瀉成日，皮膚揑起嚟唔識彈返", "dehydration"),
        ("個仔跌落床撞親頭，之後耳仔有透明嘅水流出嚟", "head_injury"),
        ("BB伏咗喺水桶度，唔知幾耐", "drowning"),
        # English signs in learner forms
        ("my daughter touch the kettle steam and now bubble skin on her hand",
         "burns"),
        ("the nanny shake the baby very hard when he will not sleep",
         "physical_abuse"),
        ("baby diarrhoea all day and his eyes look sunken", "dehydration"),
        ("he fell off the bunk bed and was asleep for a few seconds before crying",
         "head_injury"),
        # violence between grown-ups seen by a helper
        ("maam i am the helper, my employer punch the madam tonight and the kids are "
         "crying", "domestic_violence"),
        ("男主人今晚又打太太，小朋友喊到好大聲，我應該打咩電話", "domestic_violence"),
    ],
)
def test_a_danger_told_by_its_cause_escalates(rules, message, category):
    assert category in escalated(rules, message).categories


@pytest.mark.parametrize(
    "message",
    [
        "we finished the whole bottle of antibiotics like the gp said, any follow up?",
        "he lines up all the empty medicine bottles in a row, is that a sign of something?",
        "my baby smacks her lips when she is hungry, is that a feeding cue?",
        "刷牙時嘴角有白泡，係咪牙膏太多？",
        "I picture my baby asleep on a pillow of clouds when I sing to her",
        "my wife sent a msg saying sorry shes late, look after the kids till 7 she said",
        "老婆send咗個訊息話對唔住今晚要OT，叫我照顧好個仔",
        "my sister doesnt see the point of buying a pram, she wants a sling",
        "lost my son's hat at the aquarium",
        "we lost our son in a car accident",
        "lost her at the supermarket for a few seconds, she was behind the curtain laughing",
        "we lost our daughter at 20 weeks",
        "lost my daughter's shoe at the zoo, any tips for labelling things?",
        "the neighbour's toddler was found wandering yesterday, the police brought him "
        "home. how do i teach mine our address?",
        "she keeps touching her ears, is it teething?",
        "my mum keeps touching him and he hates it, how do i ask her to stop?",
        "BB一個半月前發過燒，而家好返晒",
        "佢跑完步之後有啲喘，呼吸好大聲，休息下就好返",
        "個仔玩水玩到衫都濕透晒",
        "I sing the song where God talks to the little lamb at bedtime",
        "she fell asleep in the car for a few minutes on the way home",
        "he shakes his head hard when i say bath time, the nanny says he does it all day",
        "she plays with marbles and her skin looks fine, fever 38 since morning",
        "he cries a high sound when his brother takes his toy, is that normal at 2?",
    ],
)
def test_a_twin_sharing_the_words_is_no_danger(rules, message):
    not_escalated(rules, message)


@pytest.mark.parametrize(
    "message, plain",
    [
        ("其實冇咩事，只係佢今朝起身好眼瞓", "佢今朝起身好眼瞓"),
        ("小事啫，佢跌親膝頭", "佢跌親膝頭"),
        ("it probably looks worse than it is but the cut is long", "the cut is long"),
    ],
)
def test_a_minimiser_is_read_off_before_the_model(rules, message, plain):
    from assistant.triage import sentences

    read = rules.shape.read_off(sentences(message))
    assert read is not None
    assert " ".join(p for p in read if p) == " ".join(sentences(plain))
