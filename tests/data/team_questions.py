"""Source of tests/data/team_questions.jsonl: the team's labelled questions.

Run `python tests/data/team_questions.py` after editing to regenerate the JSONL.
Each answerable question lists every entry that answers it well; phrasings avoid
the FAQ's own alternates (paraphrases, typos, slang, two-word and long questions).
"""

import json
from pathlib import Path

A = "article:sense-of-security#"
ANSWERABLE = {
    ("respond-to-crying",): [
        "how quick do u have to get to a crying baby",
        "is it important to respond fast when newborn cries",
        "crying baby how soon respond",
        "my wife says we should wait a bit before going to our crying son, should we respond promptly instead?",
        "shud i rush to him evry time he crys",
    ],
    ("spoil-by-responding", "respond-to-crying"): [
        "can you spoil a newborn by holding them whenever they cry",
        "will picking up my crying 3 month old make her spoiled",
        "spoiling baby",
        "everyone tells me i'm making a rod for my own back by going to him every time he cries. am i spoiling him?",
    ],
    ("consistent-response",): [
        "why should i respond the same way each time",
        "consistency with infants why",
        "is it bad that i'm inconsistent with how i respond to my baby",
        "do babies need consistent responses from parents",
    ],
    ("toddler-crying", "respond-to-crying"): [
        "my toddler cries all the time, how do i respond",
        "two year old crying constantly what to do",
        "how do i react when my 20 month old starts crying",
    ],
    ("leave-to-cry",): [
        "cry it out method good or bad",
        "should we leave our son crying in his cot",
        "is controlled crying ok",
        "letting baby cry alone at night is that alright",
    ],
    ("why-responding-builds-trust", "build-trust"): [
        "how does meeting my infant's needs help build trust",
        "why does answering my baby quickly make her trust me",
        "link between responsiveness and trust",
    ],
    ("meeting-needs-when-exhausted",): [
        "i can't always get to my baby immediately, is that harmful",
        "what if i'm busy and have to make my baby wait sometimes",
        "twin mum cant respond to both babies at once",
    ],
    ("daily-routine", "predictability"): [
        "is a routine important for infants",
        "why have a routine for a baby",
        "do toddlers need a set daily routine",
        "routine important?",
        "my partner thinks routines are pointless for a 4 month old, are they important for babies?",
    ],
    ("what-routine-includes", "daily-routine"): [
        "what should be in my newborns daily routine",
        "what activities go in a toddler routine",
        "how to make a routine for my baby",
    ],
    ("predictability", "daily-routine"): [
        "why is predictability good for babies",
        "does my baby need to know what comes next",
        "predictable days toddler why",
    ],
    ("sleep-schedule",): [
        "should my baby nap at the same time each day",
        "regular bedtime for toddler does it matter",
        "does a consistent sleep routine help babies feel secure",
        "sleep schedule security",
    ],
    ("feeding-schedule",): [
        "should i feed my baby at regular times",
        "regular mealtimes for toddlers good idea",
        "is a feeding routine important",
    ],
    ("unstable-care", "lack-of-security"): [
        "what does inconsistent caregiving do to a baby",
        "our home is quite unpredictable, how does that affect my toddler",
        "effects of chaotic care on infants",
        "what if care is unstable",
    ],
    ("several-caregivers",): [
        "my mum and our helper both look after the baby and do it differently",
        "how do multiple carers stay consistent with a toddler",
        "grandparents look after my baby 3 days a week with a different routine, is that a problem",
    ],
    ("physical-contact", "emotional-bond", "cuddle-toddler"): [
        "why is touch important for infants",
        "does cuddling help a baby feel secure",
        "physical affection and security",
        "is hugging and kissing my baby good for them",
    ],
    ("cuddle-toddler", "physical-contact"): [
        "too many cuddles for a toddler?",
        "is it ok that my 2 year old wants hugs all the time",
        "can i cuddle my toddler too much",
    ],
    ("rocking",): [
        "is rocking a baby good",
        "rocking bub to calm her down ok?",
        "should i gently rock my baby",
    ],
    ("emotional-bond", "physical-contact"): [
        "how do i bond with my baby",
        "tips to bond with newborn",
        "i don't feel connected to my 2 month old yet, how can we bond",
        "bonding with infant",
    ],
    ("dad-bonding",): [
        "how can a father bond with his newborn",
        "what can my husband do to bond with our son",
        "dad bonding tips",
        "can grandma bond with the baby too",
    ],
    ("affection-later-relationships", "future-relationships"): [
        "does affection help my child's relationships later in life",
        "will cuddles now help my kid make friends later",
        "long term effect of hugging babies on relationships",
    ],
    ("quality-time", "interaction-time"): [
        "why is quality time with kids important",
        "does one on one time matter for a toddler",
        "quality time",
        "how does spending time with my child help",
    ],
    ("interaction-time", "quality-time"): [
        "what is interaction time",
        "what does parent child interaction time mean",
        "how should i spend special time with my toddler",
    ],
    ("working-parent",): [
        "i work full time, how can i make my baby feel secure",
        "working mom worried my toddler isn't secure",
        "we both work long hours can our baby still feel secure",
        "full time job little time with kids",
    ],
    ("patient-with-problems", "confidence-to-explore"): [
        "how do i help my toddler with their problems",
        "my child gets frustrated when he can't do things, what should i do",
        "being patient with my kids problems",
    ],
    ("respect-feelings", "big-feelings"): [
        "should i respect my child's emotions",
        "do i take my toddlers feelings seriously",
        "validating feelings toddler",
        "is it important to respect a toddler's emotions",
    ],
    ("big-feelings", "respect-feelings"): [
        "toddler tantrums how to respond",
        "my 3yo has meltdowns every day what do i do",
        "how to handle tantrums",
        "my daughter screams and throws herself on the floor when she doesn't get her way, how should I respond to these tantrums?",
    ],
    ("child-opinions",): [
        "should i listen to what my toddler wants",
        "do a toddler's opinions matter",
        "letting my child have a say in things",
    ],
    ("self-esteem",): [
        "how do i build my child's self esteem",
        "raising a kid with good self worth",
        "self-esteem toddler",
        "how to help my child feel good about themselves",
    ],
    ("what-is-security",): [
        "what is sense of security",
        "meaning of security for babies",
        "what does feeling secure mean for an infant",
        "sense of secruity meaning",
    ],
    ("why-security-matters", "what-is-security"): [
        "why does a baby's sense of security matter",
        "importance of security in infants",
        "why is feeling secure important for toddlers",
    ],
    ("first-year",): [
        "why is the first year important",
        "what happens in the first year of life for trust",
        "birth to one year why so important",
    ],
    ("erikson", "article-references"): [
        "what is erikson's theory",
        "erik erikson psychosocial stages",
        "what's trust vs mistrust",
    ],
    ("lack-of-security", "unstable-care"): [
        "what happens if babies don't feel secure",
        "signs of an insecure infant",
        "effects of neglect on babies",
        "what happens when a child lacks security",
    ],
    ("build-trust",): [
        "how to build trust with an infant",
        "how do i get my baby to trust me",
        "building trust toddler",
        "how do children learn to trust their parents",
    ],
    ("three-methods", "what-article-covers"): [
        "how do i give my child a sense of security",
        "ways to help a toddler feel secure",
        "how to make my baby feel secure",
    ],
    ("basic-needs",): [
        "do food and sleep affect security",
        "are basic needs important for feeling secure",
        "does meeting physical needs help a baby feel secure",
    ],
    ("future-relationships", "affection-later-relationships"): [
        "do early experiences affect relationships later",
        "will my baby's early care affect their adult relationships",
        "how does infancy shape future relationships",
    ],
    ("older-toddler",): [
        "is it too late for my 3 year old to feel secure",
        "my son is already 2, can i still build security",
        "can i still help my toddler feel secure",
    ],
    ("loving-environment",): [
        "what home environment helps kids feel secure",
        "how to create a loving environment at home",
        "what kind of atmosphere does a baby need at home",
    ],
    ("keep-promises",): [
        "why keep promises to kids",
        "is it bad to break promises to my toddler",
        "keeping promises",
        "i told my son we'd go swimming and then we couldn't, does breaking promises matter?",
    ],
    ("avoid-empty-promises",): [
        "should i promise things i can't deliver",
        "is it ok to make promises to stop a tantrum",
        "empty promises to children",
    ],
    ("crying-when-parent-leaves",): [
        "baby cries when i leave the room",
        "my baby screams whenever i walk away",
        "separation anxiety baby",
        "my 9 month old gets so upset when i go out of the room even for a second, what should i do?",
        "bub crys when mum leaves",
    ],
    ("starting-daycare",): [
        "how to prepare my toddler for daycare",
        "starting nursery tips",
        "my baby starts childcare soon how do i help her",
        "first day of daycare",
    ],
    ("new-caregiver",): [
        "we have a new helper, how do i help my baby adjust",
        "changing nannies how to help toddler",
        "new babysitter worried about my baby",
    ],
    ("confidence-to-explore", "patient-with-problems"): [
        "how do i help my child explore confidently",
        "encourage toddler to be independent",
        "how can my kid gain confidence to explore",
    ],
    ("clingy-toddler",): [
        "my toddler is so clingy",
        "is a clingy toddler insecure",
        "my 18 month old follows me everywhere, is she insecure?",
    ],
    ("feel-protected",): [
        "how do i make my baby feel safe",
        "how to make a child feel protected",
        "show my toddler i will protect him",
    ],
    ("who-wrote-article",): [
        "who wrote this",
        "who is the author",
        "is the author a psychologist",
        "who is ms pang",
    ],
    ("article-references",): [
        "what are the references",
        "what book is cited",
        "is this based on research",
    ],
    ("what-article-covers",): [
        "what is this article about",
        "summarise the article",
        "article summary",
    ],
    (A + "physical-contact", "physical-contact", "emotional-bond"): [
        "physical contact and emotional bonding",
    ],
    (A + "interaction-time", "interaction-time", "quality-time"): [
        "establish parent child interaction time",
    ],
    (A + "stable-care", "daily-routine", "consistent-response", "respond-to-crying"): [
        "provide stable and reliable care",
        "stable reliable care what does it mean",
    ],
    (A + "closing", "keep-promises", "loving-environment"): [
        "loving caring environment and keeping promises",
    ],
    (A + "why-it-matters", "why-security-matters"): [
        "impact of security on physical and mental development",
    ],
    (A + "trust-stage", "first-year", "erikson"): [
        "trust and dependence in infancy",
    ],
    # The passage that lists the three methods answers these as well as the FAQ does.
    (A + "three-methods", "three-methods", "what-article-covers"): [
        "three methods for a sense of security",
        "what are the three methods",
    ],
    # Out of scope until the FAQ had an entry on a new sibling.
    ("new-sibling",): [
        "how do i explain a new sibling to my toddler",
    ],
}

OUT_OF_SCOPE = [
    "is my baby monitor's wifi secure?",
    "how much formula at 6 months?",
    "what is the best car seat for a newborn",
    "how do i secure a bookshelf to the wall",
    "when should my baby start walking",
    "how many words should an 18 month old say",
    "what size nappies for a 3 month old",
    "how do i get my toddler to eat vegetables",
    "best stroller for city living",
    "how to potty train a toddler",
    "when do babies start teething",
    "is screen time bad for toddlers",
    "how do i choose a preschool",
    "what are good toys for a 1 year old",
    "how do i sterilise bottles",
    "how long should a baby nap at 4 months",
    "how to stop thumb sucking",
    "how do i teach my child to read",
    "how much does daycare cost in hong kong",
    "can i travel on a plane with a newborn",
    "how do i get my baby a passport",
    "what temperature should the bath be",
    "is co-sleeping safe",
    "how do i baby proof my house",
    "when can babies have honey",
    "how do i deal with sibling rivalry",
    "what should i pack in my hospital bag",
    "how do i apply for maternity leave",
    "my toddler bites other kids at playgroup",
    "how do i stop my toddler hitting other kids",
    "when do kids lose their baby teeth",
    "should i teach my baby sign language",
    "how to cut a baby's nails",
    "what is the best baby shampoo",
    "is it ok to use a dummy",
    "how do i swaddle a baby",
    "how do i introduce a bottle to a breastfed baby",
    "when should i move my baby to their own room",
    "how do i wean off the pacifier",
    "what are the opening hours of the clinic",
    "how much does a counselling session cost",
    "can you recommend a good paediatric dentist",
    "my wifi password isn't working",
    "how do i make a secure password",
    "what is the weather tomorrow",
    "how to bake a birthday cake for a 1 year old",
    "is bilingual parenting confusing for kids",
    "how do i discipline a 4 year old who lies",
    "my teenager won't talk to me",
    "how to get twins on the same nap schedule",
    "when should a toddler give up the afternoon nap",
    "how do i make baby food at home",
    "should boys play with dolls",
    "how do i talk to my child about death",
    "what vaccinations does my baby need",
    "how do i know if my baby is gaining enough weight",
    "how to encourage tummy time",
    "best age to start swimming lessons",
    "how to stop my baby pulling hair",
    "what's a good bedtime story book",
    "how do i keep my baby secure in the car",
    "what is a secure attachment style in adults",
    "how do i trust my new nanny with my bank card",
    "my toddler won't eat anything but pasta",
    "can i leave my baby with a sitter at 6 weeks for a date night",
    "how do i get my baby to take a pacifier",
    "what routine should i follow for my own workouts after birth",
    "how can i make time for myself as a new mum",
    "is it normal to feel bored playing with my baby",
    "how do i split chores with my partner after the baby",
    "should we buy a cot or a crib",
    "how do i childproof kitchen cupboards",
    "when do babies sleep through the night",
    "how to get my toddler to brush his teeth",
    "what should i name my baby",
    "my toddler refuses to wear shoes",
    "how do i teach my toddler to use a spoon",
    "is daycare or a nanny cheaper",
    "how do i find a good nursery school near me",
    "can my baby watch cartoons",
    "my toddler keeps waking at 5am",
    "what games help a baby's brain develop",
    "how do i stop my toddler climbing furniture",
    "what clothes should a newborn wear at night",
    "how do i keep my promise to exercise more",
    "my 4 year old still wets the bed",
    "how do i travel with a toddler on a long flight",
    "how do i get my baby to like the bath",
    "what should a toddler's lunchbox have",
    "is it ok to carry my baby in a sling all day",
]


def rows():
    for index, ((*relevant,), questions) in enumerate(ANSWERABLE.items()):
        for number, query in enumerate(questions):
            split = "dev" if (index + number) % 2 == 0 else "test"
            yield {"query": query, "relevant": relevant, "split": split}
    for number, query in enumerate(OUT_OF_SCOPE):
        yield {"query": query, "expect": "abstain", "split": "dev" if number % 2 == 0 else "test"}


if __name__ == "__main__":
    target = Path(__file__).with_suffix(".jsonl")
    lines = [json.dumps(row, ensure_ascii=False) for row in rows()]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} questions to {target}")
