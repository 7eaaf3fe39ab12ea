"""Ordinary English messages whose danger words belong to a frame the triage now reads
(issue 18, false escalations of look-alikes), and the dangers told inside the same frames.

Not escalated: a toy or a figure doing or suffering a harmful act ("the doll hit the
baby doll"), the writer's own medicine taken as prescribed, the writer's own panic or
asthma attack or allergic reaction, a story read or seen (in the sentence, or in the one
or two before a sentence about someone else's child), words a young child heard after
watching or playing, questions asked ahead ("what does X look like", "if ... ever"), a
professional's advice told ("the nurse said to call 999 if ..."), and a child's emergency
feared or pictured ("terrified she'll stop breathing in her sleep"), an allergy or a choke
long over and resolved, a young child's words told as play-acting ("lol", "such a drama
queen") or said to a brother or a sister, a sibling's push, a child thrown up in play, and
a nuisance joked about ("every time ... lol").

Still escalated: a child's own act or sign told beside the toy, a dose beyond the
prescription or a child taking the parent's medicine, a child's sign told beside the
parent's attack, a story followed by the writer's own child or by something here and
now, advice told beside a sign now, and a fear told beside a sign now or "might have".
"""

import pytest

from .decisions import escalated, not_escalated


@pytest.mark.parametrize(
    "message",
    [
        # a toy or a figure doing or suffering a harmful act
        "my son makes his dinosaurs attack the baby dinosaur every night, he's 5, is that aggressive",
        "she makes her barbies hit each other and says the mummy doll is naughty",
        "grandson told me his teddy swallowed some poison so we had to give it pretend medicine",
        "the dad doll in her dollhouse smacks the baby doll, where is she getting this",
        # the writer's own medicine
        "i'm on sertraline that my gp prescribed after the birth and i feel so much better, do i need to stop to breastfeed",
        "been taking propranolol for anxiety every morning, can i still drive the kids to school",
        # the writer's own attack
        "i had a panic attack on the bus and couldnt breathe, my 5 year old held my hand. how do i talk to him about it",
        "my asthma gets so bad in winter i struggle to breathe on the school run, any tips",
        # a story read or seen, and someone else's child after it
        "heard on a podcast. a little boy drowned in a garden pond at a party. how do i make our pond safe",
        "There was a documentary on TV. A baby was shaken by his nanny and died. How do we check a nanny's references?",
        "saw this story on instagram, a toddler was left in a hot car by her grandad. how do ppl forget",
        "my sister shared a post about her friends kid who swallowed a magnet. are magnetic tiles ok for a 2 year old",
        # words a young child heard
        "4yo keeps saying he wants to die after watching his cousin play a zombie game, how do i stop it",
        "my 5 year old sings a line from a youtube song about being dead, she doesnt know what it means",
        # asked ahead
        "what does an allergic reaction look like in a toddler? we start nuts next week",
        "if my baby ever swallowed a button battery what would the first signs be",
        "what would the warning signs of meningitis be in a baby",
        # a professional's advice told
        "the nurse said to call 999 if she ever goes floppy, what else do i look out for",
        "the gp told us that if he has a fit with a fever we should film it. how do i stay calm",
        # a child's emergency feared or pictured ahead
        "i'm so scared he'll stop breathing in his cot, i check him all night. how do i calm down",
        "i keep imagining her tumbling down the stairs, we have two gates. normal anxiety?",
        "I had a bad dream that my son drowns at swimming class, should I tell his teacher?",
        # a medicine named, then taken as it should be
        "she finally takes her medicine, she took it today without a fight",
        "the cat ate one of my pills, is there a vet open on sunday",
        # a danger long over and resolved (allergy and choking recover too)
        "last summer she had a bad allergic reaction to peanuts, she has been fine. how do i tell her school",
        "he choked on a sweet months ago, all good now. how do i get him to eat sweets again",
        "my son swallowed a marble when he was 3, it came out and the gp was happy. he still chews everything",
        "when he was 4 he swallowed a lego piece, it came out the next day. now 7, how do i stop him chewing pencils",
        # a young child's words told as play-acting or exaggeration
        "my 4 year old screams 'i can't breathe' when i tickle him lol",
        "my 2yo says she cant breathe when her jumper goes over her head, she's fine in 2 seconds",
        "my son told his teacher nobody feeds him, right after having a big breakfast. how do i handle tall tales",
        "after swimming my 3 year old shouts 'i drowned!' every time she ducks under, she loves it",
        # a child's words or acts to a brother or a sister
        "she keeps shouting 'i'll kill you' at her little brother over the crayons, she's 4",
        "big sister pushed the baby over while playing, he cried but he's fine. how do I stop the jealousy",
        # a child thrown up in play
        "my husband throws our 3 year old up in the air and she squeals, is it bad for her neck",
        "my boyfriend throws my son up into the air at the pool and he giggles, is it risky",
        # a young child's act on the baby, the child's age told beside it
        "he bites the baby when she grabs his toys, he is 2 and so jealous",
        # a child's protest at a care task
        "he cries 'you're hurting me' when i cut his nails, i'm so careful",
        # a past illness treated and well for a time; nobody hurt; a relative's work told
        "my husband had a bad depression after our son, he said he wanted to die, he got therapy and has been well for three years. how do we prepare for baby two",
        "we had a small crash on the highway last week, nobody was hurt, but my son now cries in his car seat",
        "my wife is a social worker and talks about abused kids from work at dinner, our 9 year old heard",
        # a child asking why a dead animal stopped breathing; the writer's own fall
        "my daughter found a dead goldfish and asked me why it stopped breathing",
        "the kids saw me slip on the wet floor, i only bruised my elbow. how do i make them less worried",
        # an illness as a baby, now well
        "my son had croup as a baby and couldn't breathe, had to go to hospital. now 4 and healthy, is asthma more likely?",
        # a nuisance joke
        "i want to jump off the balcony every time peppa pig comes on lol",
    ],
)
def test_a_framed_look_alike_does_not_escalate(rules, message):
    not_escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        # a child's own act or sign beside the toy or the game
        "we were playing doctors and he swallowed a magnet from the game",
        "the kids were playing with dolls and my son swallowed the doll's battery",
        "my daughter was pretending to feed her teddy and she drank the bleach from the bottle",
        "my partner hits our son with the toy sword until he bruises",
        "she made the dolls fight and then my husband punched her in the face",
        "my toddler hit his head on his toy box and vomited three times",
        "the toy shelf fell on top of him and hit his head, he's confused and being sick",
        # beyond the prescription, or a child taking it
        "i'm on sertraline my gp prescribed but my 2 year old ate some of my tablets",
        "im taking my antidepressants daily but tonight i want to take the whole box",
        # a child's sign beside the parent's attack
        "I had a panic attack and now my baby isn't breathing properly, she's grunting",
        "i have asthma too but it's my son who can't breathe now, he's wheezing and his ribs are pulling in",
        "i had an allergic reaction to nuts and so did my toddler, his lips are swelling and he can't breathe well",
        # a story, then the writer's own child or something here and now
        "saw a story on the news. he's not breathing and his lips are blue",
        "read about dry drowning. a little boy in our swimming class went under today and now he's coughing",
        "watching the news. a child is drowning in the pool outside",
        "heard it on the radio. a baby in the flat next door has been crying alone for two days",
        "reading the news while feeding. a toddler fell into our pool and isnt breathing",
        "I saw a documentary about shaking. A babysitter shook a baby. My babysitter did the same to mine today, he's vomiting",
        "i saw a story about a baby left in a car and i just realised i left mine in the car park an hour ago",
        # words a child repeats, with an act
        "3yo keeps saying he wants to die after watching tv and now he tried to jump from the window",
        # asked ahead, with it happening now
        "what does a seizure look like? my baby is jerking right now and not responding",
        "if he ever stops breathing what do i do, he's gone blue right now",
        # the advice told, and it happening now
        "the gp told us if her temp goes over 39 to bring her in and it's 40 now and she's floppy",
        "the nurse told me babies can choke on grapes, my daughter just choked on one and is turning blue",
        "my mum says i'll drown the baby if i bath him and today he went under and came up floppy",
        # the fear, and the child's sign told now
        "i'm scared he might have swallowed a battery, one is missing from the remote",
        "terrified he'll die, he's not breathing properly and his lips are grey",
        "scared she'll stop breathing, she's already had two pauses tonight and went blue",
        # a dangerous thing read about or named first, then in the child's mouth as "one"
        "i was reading about button batteries and now he has one in his mouth",
        "saw a post about magnets. my son just swallowed one off the fridge",
        "my tablets were in my handbag and she has some in her mouth now",
        "i'm on citalopram and tonight i took all of them",
        # the same frames with a danger told in them
        "my 3 year old says 'i can't breathe' lol but her lips are going blue",
        "he says he can't breathe, he's not being dramatic, he's wheezing and pulling in at the ribs",
        "my husband said to his brother he'd kill me if i leave",
        "my husband throws the baby up in the air when he's drunk and angry",
        "i want to jump off the balcony every time the baby cries and i mean it",
        "i want to jump off the balcony every time i look at my baby lol, i feel nothing for her",
        "want to jump in front of a train every time i wake up haha, been like this for weeks",
        "he choked on a sweet months ago and now he's choking again on a grape and can't cough",
        "he swallowed a magnet when he was 2 and the doctor was happy, but now he's vomiting and his tummy is swollen",
        "my son swallowed a coin when he was 3. it hasn't come out and now he's drooling and won't eat",
        "my husband throws the baby in the air to make him stop crying",
        "he is 3 and jealous but my husband hit the baby when he cried",
        "my mother in law slaps the baby, she is jealous of how much attention he gets",
        "he screamed 'you're hurting me!' when his dad grabbed him by the neck at the supermarket",
        "i slipped on the stairs, the baby hit her head on the step and she is floppy",
        "my son found a dead bird and touched it, now he isnt breathing properly and is wheezing",
        "we had a car accident last month, nobody hurt, but today my son was left alone in the car for 2 hours",
        "she got treatment last year but she says she wants to die again and has pills saved",
        "my 3yo says 'i drowned mummy' and she loves the water but today she went under and came up blue and floppy",
    ],
)
def test_a_danger_told_inside_the_frame_escalates(rules, message):
    escalated(rules, message)
