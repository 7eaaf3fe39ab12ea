"""English medical referral, precise by general causes (issue 18 item 6, branch `ref4`).

- An adult named as ill ("mum is in hospital", "i have been sick") excuses the child's
  symptoms only when that adult stands just before the illness: "is" is no "i" with a
  plural "s", and a child named between ("dad says she is poorly") is the one ill.
- A past illness is told as over with a season ("back in autumn"), an age without a
  unit ("when she was 2"), a stay in hospital in the past tense, or a recovery told in
  the next sentence; "back in spring" is no "back" of an illness returning, and "still
  wants to be carried" is behaviour, not a symptom still there.
- Figures of speech: "cough up" an excuse or a reason, "sick" as praise ("a sick
  burn"), "growing pains" of friendships; an illness denied ("he's not sick"); a pet's
  illness; a child poking other people's belly buttons; another family's child in a
  question of what to bring.
- Signs the rules missed: pains (plural) in the legs, eyes that go crossed, a bump on
  the forehead, knee or cheek.
"""

import pytest

from .decisions import answered, referred


@pytest.mark.parametrize(
    "message",
    [
        # the child is the one ill, whatever "is" spells
        "my baby is poorly with a cough what can i give him",
        "she is unwell and has a rash on her tummy",
        "this week my daughter is ill with a temperature of 38, should she see the doctor",
        "i think my son is sick, he has a runny nose",
        "dad says she is poorly, should we keep her off nursery",
        "my 3 year old is sick and has been coughing up phlegm, what can i give her",
        # a past illness back, or a sign after it
        "Back in the summer he had pneumonia and now he has a cough again. Should he see the GP?",
        "back in spring she had eczema on her arms, it cleared, but now there is a new rash on her legs. cream?",
        "He had an ear infection. He's recovered but he still seems not to hear well. Should I get his hearing checked?",
        # a pet's illness the child may catch
        "our puppy has worms, can my toddler catch them?",
        "the dog was sick on the rug and the baby crawled through it, could she catch something?",
        # "not sick" beside a sign or teething
        "she's not sick but she has a rash on her back, should i worry",
        "she's not ill but she's teething badly, what can i give her",
        # signs in forms the rules missed
        "my 6 yr old gets pains in her legs most nights, cries, fine by morning. growing pains?",
        "he keeps complaining of pains in his tummy after breakfast, he's 5, eats fine otherwise",
        "my 2 year old's eyes go crossed when he's tired, is that ok",
        "her left eye seems to cross inwards sometimes in photos, she's 1",
        "toddler fell off the bed and has a big bump on his forehead, acting normal, anything to watch?",
        "he has a bump on his knee after falling at the park, it's swollen a bit",
        "are these growing pains? her knees ache every evening",
        # another family's child, a question of catching it
        "my friend's daughter has chickenpox and my son played with her yesterday, will he get it?",
    ],
)
def test_a_childs_health_question_is_referred(rules, message):
    referred(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        # an adult's own illness, named just before it
        "my husband is ill and i have to do bedtime alone with 3 kids, tips?",
        "im sick with a cold and cant stop coughing, how do i look after a newborn",
        # a past illness told as over, then a parenting question
        "Back in the summer he spent four nights in hospital with pneumonia. He's totally fine now but he screams when I leave the room. How do I help him?",
        "back in autumn she had bronchiolitis and was on oxygen. shes 18 months now n fully recovered but she wont sleep unless shes on me. tips?",
        "He had a nasty chest infection. He's completely recovered now, but since then he won't settle in his own bed. What can I do?",
        "my daughter was in hospital with a kidney infection when she was 2. she's 5 now and scared of doctors in general, how do i prepare her for the dentist",
        "during the winter our boy had croup twice, since spring he's been great. he's now terrified of the dark though. how to help",
        "in spring the whole family had covid and my son was quite ill. he is well now, but he worries every time someone coughs. how do i reassure him",
        # figures of speech
        "my 9yo coughs up a new excuse every night to stay up late. how strict should i be?",
        "she'll cough up every reason under the sun not to do her reading. ideas?",
        "sick burn from my 8 yo at dinner: 'mum your cooking is like school food'. how to handle cheek without killing her humour",
        "he made a sick comeback to his sister and the whole table laughed, then she cried. how do I handle sibling teasing",
        "growing pains in our marriage since the baby, how do we keep the kids out of it",
        # the child's behaviour with other people's bodies
        "my 2yo keeps poking people's belly buttons in the supermarket queue and laughing, how do i stop it",
        "my toddler pokes everyone's belly button and says beep, it's funny at home but awkward with strangers. how to stop it gently",
        # a pet's illness
        "our hamster is really ill and the vet says it wont last the week, how do I tell my 4 year old",
        "my cat is dying and my daughter wants to be there when the vet comes, is she too young at 6?",
        "our rabbit swallowed a bit of plastic and needed an operation, my son thinks it's his fault. how do I help?",
        # an illness denied
        "He's not sick, he eats and sleeps fine, but he won't stop whining since his sister was born. Help?",
        "she isnt ill or anything, just super clingy since we moved, how do i help her settle",
        # another family's child, a question of what to bring or say
        "my sister's little boy was in hospital with pneumonia but he's home now, what can my kids make him to cheer him up",
    ],
)
def test_a_parenting_question_with_medical_words_is_not_referred(rules, message):
    answered(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        # a simile, a complaint used as a stall, a packing list, a hospital show
        "whats a good way to get a 4yo to sit still for a haircut, she screams like its an injection",
        "my son acts like vegetables are poison, how do I get him to try one bite",
        "he treats bath time like it's torture, any tips",
        "my son is 10 and says he has a headache every time i ask him to do chores, how do i handle the excuses",
        "my 3yo keeps saying her tummy hurts when it's time for bed, I think it's a stalling trick, how do I respond",
        "the nursery wants us to send a spare set of clothes and nappy cream, what else should be in the bag",
        "packing for our first holiday with a 1 year old, what essentials should I bring besides calpol and nappy cream",
        "my daughter (7) faints at the sight of blood in films lol, should i stop letting her watch hospital dramas with me",
        # figures: a fever of excitement, allergic to a sibling
        "my partner and i argue about it, our son gets a fever of excitement before birthdays, how do we calm him down before parties",
        "my 3 year old says she's allergic to her brother lol, how do i get them to play nicely",
        "small paper cut on his finger, stopped bleeding, does he need a plaster?",
    ],
)
def test_a_figure_a_stall_or_a_list_is_not_referred(rules, message):
    answered(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        # the same words with a sign or a health question
        "my 5yo's tummy hurts every time i ask him to eat vegetables, could it be an intolerance?",
        "she says her head hurts when it's time for school and she's been vomiting in the mornings",
        "my 3yo says her tummy hurts every night and she's losing weight",
        "what cream can I use for nappy rash",
        "is it safe to give calpol before a long flight",
        "my son's cut from last week looks red and puffy around the edges",
        "the mosquito bite on her leg is swollen and hot",
    ],
)
def test_the_same_words_with_a_sign_are_referred(rules, message):
    referred(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        # signs in families the word lists lacked
        "the whites of his eyes are a bit yellowish, he's 10 days old and feeding fine",
        "my son says the words on the board are blurry, he's 8",
        "my baby only has 3 wet nappies a day, is that enough",
        "is it ok to give my 5 month old water when its hot",
        "my 4 year old still can't say his r's properly, should I worry",
        "my daughter is 10 and has started developing, isn't that early",
        "my 2 year old has a big head compared to other kids, is that normal",
        "what's a normal heart rate for a 1 year old",
        "my baby has a red mark on her eyelid since birth, will it fade",
        "she keeps blinking a lot lately, like a tic, she's 6",
        "my son's foreskin is tight, he's 4, is that normal",
        "my 11 month old isn't crawling but bum shuffles everywhere, is that ok",
        "my son is 4 and doesn't make eye contact much",
        "my breastfed baby has green frothy poo",
    ],
)
def test_signs_the_lists_lacked_are_referred(rules, message):
    referred(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        # the same words in parenting questions
        "how do I talk to my 9 year old about puberty before school does",
        "my son won the school prize and now he's got a big head about it, how do i keep him humble",
        "how do i get my shy 5 year old to make eye contact when saying hello to adults",
        "how many nappies should I pack for a day trip with a 6 month old",
        "my daughter says the stars are blurry when she cries, so cute, anyway how do i help her with nightmares",
        "my son is doing a school project on the heart, what's a fun experiment with heart rate we can do at home",
        "when should i start giving my kids pocket money",
        "Should I correct my toddler's pronunciation or let it be?",
    ],
)
def test_the_same_words_in_parenting_questions_are_not_referred(rules, message):
    answered(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        # told, not asked: a mild sign of the skin or a knock with the child well
        "little guy bonked his head on the table edge, small bump, he laughed it off and ate his dinner.",
        "baby has a few tiny pimples on her nose, she's 10 days old and feeding like a champ",
        "my son got stung by a nettle at the park, a few white bumps came up, he has forgotten all about it and is playing",
        "toddler has a slight temp of 37.8 after his jabs today, he is eating and playing normally",
    ],
)
def test_a_mild_sign_told_with_the_child_well_asking_nothing_is_not_referred(rules, message):
    answered(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        # going on for days, no reassurance, a worry, a question, a medicine, a sign inside
        "my 2 year old has had a rash on her tummy for 3 days, she seems fine in herself",
        "baby has had a cough since monday but is feeding well",
        "she has a red rash on her cheeks and is a bit grumpy",
        "he bumped his head and has a lump, he is playing but i am worried",
        "he has a lump on his head from the fall, is that ok, he is playing",
        "baby has a rash, she seems happy, what cream should i use",
        "gave her calpol for the fever, she is playing now",
        "my 3 year old keeps getting nosebleeds, otherwise fine",
        "my son has a lump behind his ear like a pea, he's happy and playing",
        "her poo has gone green since the new formula but she's feeding fine",
    ],
)
def test_a_sign_going_on_worried_or_asked_is_still_referred(rules, message):
    referred(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        # no words yet, in non-native English; diarrhoea misspelt; a rehydration drink
        "my girl is 20 months, no say any words yet, only babble. should i worry",
        "he doesn't talk at all at 2, just grunts and points",
        "my baby has diarrhoea since this morning, 4 times, what do i do",
        "my todler has diarea for two days but is drinking ok",
        "can I give electrolyte drink to my 2 year old with a tummy bug",
        "before he starts solids should I give him water, and how much?",
        "she had hand foot and mouth back in june and now her nails are peeling off, is that from it?",
    ],
)
def test_no_words_yet_and_misspelt_signs_are_referred(rules, message):
    referred(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        # shyness, not a delay; a nickname; solids as a time mark; a party after an illness
        "my son doesnt talk to strangers at all, how do i help him be less shy",
        "Is baby sign language useful for babies who can't talk yet?",
        "grandma calls him her little germ because he's always sticky, how do i get him to wash his hands after nursery",
        "before he starts solids I'd like to do a baby first aid course, are they worth it",
        "I want to buy a high chair before she starts on solids next month, which kind is easiest to clean?",
        "my daughter was in hospital with rotavirus when she was 8 months, all fine now. any ideas for a first birthday cake that isn't too sugary?",
        "she had hand foot and mouth back in june, totally recovered. what toys are good for a 2 year old's birthday?",
        "we keep rehydration sachets in the travel bag just in case, what else should I pack for a trip with kids",
    ],
)
def test_shyness_nicknames_and_time_marks_are_not_referred(rules, message):
    answered(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        # the doctor's all-clear and the parent's worry; a faked ache; hygiene taught;
        # supplies kept; bottles packed; a child's health anxiety
        "we just got back from the pediatrician and she said everything is perfect, so how do I stop worrying all the time lol",
        "the school nurse rang because my son faked a tummy ache to come home, how do I handle it",
        "whats the best way to teach my 5 year old about germs and sneezing into her elbow",
        "we have a cough and cold box at home with tissues and honey lemon, what else do families keep",
        "how many bottles should i pack for an overnight at grandma's, she is 8 months",
        "my son is 9 and keeps googling symptoms and convincing himself he is dying, how do i calm his health anxiety",
    ],
)
def test_an_all_clear_a_fake_or_hygiene_is_not_referred(rules, message):
    answered(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "the doctor said she's fine but she still has a rash on her legs, what cream can i use",
        "the gp said everything is ok but he is still coughing every night, should i go back",
        "my son has been sneezing into his elbow all day and has a temperature, should he stay home",
        "how many bottles a day should my 8 month old have",
        "he faked a tummy ache yesterday but today he has a fever of 38.5",
    ],
)
def test_a_sign_beside_them_is_referred(rules, message):
    referred(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "i need a prescription for patience lol, my twins are 3, any tips for the witching hour",
        "she's sick to death of her little brother copying her, how do i help them get along",
        "potty training is giving me a headache, any tips for a 2.5 year old who won't sit",
        "we are in the thick of the terrible twos, is there any cure",
    ],
)
def test_a_cure_for_a_phase_or_a_parents_headache_is_not_referred(rules, message):
    answered(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "is there a medicine for sleep i can give my 2 year old",
        "what's the best cure for cradle cap",
        "her headache won't go away after school, she's 8",
    ],
)
def test_a_cure_or_an_ache_of_the_childs_body_is_referred(rules, message):
    referred(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "is 37.6 a fever for a 1 year old or just warm",
        "my baby hasn't pooed in 5 days, she's formula fed",
        "my 1 yr old refuses milk now, how much does she need",
        "my boy 15 month not walk yet, only cruise holding sofa",
        "my son wees a lot at night and is always thirsty, he's 6",
        "he has not pooed for 4 days and is crying when he tries",
    ],
)
def test_signs_in_other_words_are_referred(rules, message):
    referred(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "my son is always thirsty for attention when the baby is feeding, how do i include him",
        "potty training and he pees a lot on the floor, any tips to get him to the potty in time",
        "we go through so much milk, how much should i buy each week for 3 kids",
        "he has not pooed on the potty yet, only in his nappy, how do I encourage him",
    ],
)
def test_the_same_words_in_everyday_questions_are_not_referred(rules, message):
    answered(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        # asked to prevent or be ready, nothing there yet
        "what should i have in the house in case my baby gets a fever at night",
        "how can i lower the chance of my kids catching colds at nursery this winter",
        "is there anything I can do to stop my toddler getting nappy rash in the first place",
        "how do I prevent cavities in a 2 year old who loves juice",
        "what do I do if my child ever has an allergic reaction, I want to be ready",
        "any tips to avoid flat head, baby is 2 weeks and fine",
    ],
)
def test_a_medical_question_asked_to_prevent_is_not_referred(rules, message):
    answered(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        # already there, coming back, the child's own condition, a vaccine, a medicine
        "how can I prevent my son's eczema flaring up in winter",
        "she already has a cold, how do I stop her brother catching it",
        "how do I avoid my baby getting diarrhoea after antibiotics",
        "my son keeps getting ear infections, how do I prevent them",
        "how do I protect my newborn from whooping cough, should I get the vaccine while pregnant",
        "she gets a few hives from strawberries but no other symptoms, should i avoid them",
    ],
)
def test_prevention_of_something_already_there_is_referred(rules, message):
    referred(rules, message)
