"""Words read in the sense meant: stems, spellings, phrase-scoped synonyms; the
sentence of a passage that answers; asking which entry is meant."""

import pytest

from assistant.normalize import surface_words
from assistant.retrieve import another_word


def reads_as(normalizer, word: str, text: str) -> bool:
    """Whether `text` is read with the first term `word` is read as."""
    return normalizer.terms(word)[0] in normalizer.terms(text)


def gated(assistant, question: str) -> bool:
    """Whether the assistant reads `question` as asking outside its best entry's topic."""
    ranking = assistant.rank(question)
    return assistant.asks_outside(question, ranking.candidates[0].doc)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("psychologically", "psychological"),
        ("dependent", "depend"),
        ("crying", "cries"),
        ("behaviour", "behavior"),
        ("organised", "organized"),
        ("colours", "colors"),
    ],
)
def test_forms_of_one_word_meet(normalizer, one, other):
    assert normalizer.terms(one) == normalizer.terms(other)


@pytest.mark.parametrize(
    ("unlisted", "listed"),
    [
        ("caregiving", "caregiver"),
        ("fusses", "fussing"),
        ("cuddled", "cuddle"),
        ("scheduled", "schedule"),
        ("exhausting", "exhausted"),
        # A final y the stemmer spells i: "nursery" -> "nurseri".
        ("nurseries", "nursery"),
        ("grannies", "granny"),
    ],
)
def test_an_unlisted_inflection_of_a_synonym_reads_as_its_group(normalizer, unlisted, listed):
    assert normalizer.words(unlisted) == normalizer.words(listed)
    assert normalizer.words(unlisted) != [unlisted]


@pytest.mark.parametrize(
    ("word", "listed"),
    [
        ("dependence", "dependable"),  # the child's need of care, not a reliable carer
        ("fussy", "fussing"),  # a fussy eater is not crying
        ("bouncer", "bouncing"),  # a seat, not rocking
        ("preschooler", "preschool"),  # a child, not the daycare
    ],
)
def test_derived_words_keep_their_own_meaning(normalizer, word, listed):
    assert normalizer.words(word) == [word]
    assert normalizer.words(listed) != [listed]


def test_an_age_is_one_token_and_a_stage_not_a_unit_word():
    assert surface_words("my 8-month-old") == ["my", "8m", "baby"]
    assert surface_words("a 2yo") == surface_words("a 2 year old") == ["a", "2y", "toddler"]
    assert surface_words("my 3 year old") != surface_words("my 5 year old")
    # Said as an age, "year" is not the "first year" the articles talk about.
    assert "year" not in surface_words("what toys are best for a 1 year old")
    assert "year" in surface_words("why is the first year important")
    # A misspelt unit before "old" is still an age.
    assert surface_words("my 8 moth old") == surface_words("my 8 month old")
    assert surface_words("20 monht old") == surface_words("20 months old")


def test_a_length_of_time_is_not_an_age():
    for duration in (
        "dad works away 2 weeks every month",
        "we moved house 6 months ago",
        "i was in hospital for 3 weeks",
        "back to work in 2 months",
    ):
        assert not {"baby", "toddler", "child"} & set(surface_words(duration)), duration
    # Said with "old", or of a child, it is still an age.
    assert surface_words("for 2 year olds")[-2:] == ["2y", "toddler"]
    assert "6m" in surface_words("at 6 months should she sleep through")
    assert "3y" in surface_words("he is 3 years now")


def test_an_age_said_without_a_unit_or_in_part_years_is_an_age():
    assert surface_words("my 1.5 year old")[-2:] == ["18m", "toddler"]
    assert "5y" not in surface_words("my 2.5 yo")
    assert surface_words("he's 3, is it too late")[1:3] == ["3y", "toddler"]
    assert surface_words("my daughter is 4.")[-2:] == ["4y", "child"]
    # Named as a boy, a girl, a stepchild, or by "who is".
    assert surface_words("the girl is 2, and")[3:5] == ["2y", "toddler"]
    assert surface_words("bonding with my stepson who is 10")[-2:] == ["10y", "child"]
    # A number that is not a child's age stays a number.
    for other in ("he's 2 hours late", "she is 1 of 3", "he is 30", "this is 2 questions"):
        assert not {"baby", "toddler", "child"} & set(surface_words(other)), other


def test_an_intensifier_asks_nothing_and_choosing_a_school_is_no_childs_choice(normalizer):
    assert normalizer.terms("full on screaming") == normalizer.terms("screaming")
    assert "full" in normalizer.terms("full time work")
    assert not reads_as(normalizer, "opinions", "how do i choose a good nursery")
    assert normalizer.terms("choose a school") != normalizer.terms("school")


def test_texting_spellings_read_as_words():
    assert surface_words("wht r u doing pls") == ["what", "are", "you", "doing", "please"]
    assert surface_words("dose my baby need it") == ["does", "my", "baby", "need", "it"]
    assert surface_words("my hubby says alot") == ["my", "husband", "says", "a", "lot"]
    # A dose of medicine stays a dose.
    assert "dose" in surface_words("what dose of paracetamol for a baby")
    assert surface_words("my lil one is kinda clingy") == "my little one is kind of clingy".split()
    assert (
        surface_words("hw do i tel him wen i come bak")
        == "how do i tell him when i come back".split()
    )


def test_going_to_the_toilet_said_without_the_is_leaving(normalizer):
    assert normalizer.terms("baby cry when i go toilet") == normalizer.terms(
        "baby cry when i go to the toilet"
    )


def test_a_letter_held_for_emphasis_is_read_as_the_word():
    assert surface_words("sooo tired pleeease help") == ["so", "tired", "please", "help"]
    assert surface_words("she cryyyy all day") == ["she", "cry", "all", "day"]
    # Cut to two letters where that is the word ("goood" is not "god").
    assert surface_words("is that goood") == ["is", "that", "good"]
    assert surface_words("sleeeep") == ["sleep"]


def test_leaving_a_child_to_cry_is_not_leaving_for_work(normalizer):
    to_cry = normalizer.terms("should i leave her to cry")
    for_work = normalizer.terms("my toddler cries when i leave for work")
    assert set(to_cry) == set(normalizer.terms("is it ok to let my baby cry it out"))
    assert not set(to_cry) & {"leav"}
    assert "leav" in for_work
    # Goodbyes and drop-offs are words of their own, not "leave".
    assert "leav" not in normalizer.terms("how do i say goodbye at daycare drop off")


def test_a_childs_age_inside_a_phrase_does_not_break_it(assistant, normalizer):
    # "my 6 month old" reads "my 6m baby": the age is not one of the gap's words.
    aged = normalizer.terms("should i leave my 6 month old to cry")
    assert "leav" not in aged
    assert set(aged) == set(normalizer.terms("should i leave her to cry"))
    assert assistant.ask("should i leave my 6 month old to cry").source_id == "faq:leave-to-cry"
    assert reads_as(normalizer, "promise", "i told my 3 year old i would be back")


def test_telling_a_child_you_will_do_something_reads_as_a_promise(normalizer):
    for told in (
        "i told my son i'd take him to the park",
        "dad keeps telling her we'll go swimming",
        "i said i would play lego after lunch",
    ):
        assert reads_as(normalizer, "promise", told), told
    # Telling a child something else, or forgetting a chore, is no promise.
    for other in (
        "i told him the dog was sleeping",
        "i start bath time then forget to wash his hair",
        "the plan never happens because he naps late",
    ):
        assert not reads_as(normalizer, "promise", other), other


def test_surroundings_are_the_articles_environment(normalizer):
    assert normalizer.terms("what surroundings does a baby need") == normalizer.terms(
        "what environment does a baby need"
    )


def test_quoting_and_citing_ask_for_the_articles_references(normalizer):
    for asked in ("which book are you quoting", "what does the writer cite", "any sources?"):
        assert reads_as(normalizer, "references", asked), asked


def test_a_babysitter_is_a_helper_and_travelling_for_business_a_work_trip(normalizer):
    assert normalizer.terms("a new babysitter") == normalizer.terms("a new nanny")
    assert normalizer.terms("dad travels for business") == normalizer.terms("dad travels for work")


def test_working_on_something_is_effort_not_a_job(normalizer):
    for effort in ("is trust something we have to work on", "we are working on bedtime"):
        assert not reads_as(normalizer, "work", effort), effort
    # A job stays work.
    assert reads_as(normalizer, "work", "i go back to work next week")


def test_a_spouses_parents_are_grandparents(normalizer):
    for said in ("my mil says i hold him too much", "my mother in law disagrees", "the in-laws"):
        assert reads_as(normalizer, "grandma", said), said
    assert not reads_as(normalizer, "grandma", "my mother says")


def test_holding_the_baby_is_closeness(normalizer):
    for said in ("should i stop holding the baby so much", "she loves being held"):
        assert reads_as(normalizer, "cuddle", said), said


def test_a_child_dependent_on_one_parent_is_clingy(normalizer):
    for said in ("my son is so dependent on me", "she won't go to anyone else"):
        assert reads_as(normalizer, "clingy", said), said
    # The infant's dependence on care is not clinginess.
    assert not reads_as(normalizer, "clingy", "babies depend on their carers for food")


def test_going_out_of_sight_for_a_moment_is_leaving(normalizer):
    for said in ("he cries when i go to the toilet", "as soon as i am out of sight"):
        assert reads_as(normalizer, "leave", said), said


def test_going_to_bed_is_sleep_and_going_with_the_flow_is_no_routine(normalizer):
    assert reads_as(normalizer, "sleep", "when should he go to bed")
    assert normalizer.terms("we go with the flow") == normalizer.terms("we are chaotic")


def test_a_tantrum_told_rather_than_named(normalizer):
    for said in ("she throws herself on the floor", "kicking and screaming in the shop"):
        assert reads_as(normalizer, "tantrum", said), said


def test_a_childs_choices_are_opinions_and_an_eldest_has_a_sibling(normalizer):
    assert reads_as(normalizer, "opinions", "should i let him choose his snack")
    assert not reads_as(normalizer, "opinions", "how do i choose a daycare")
    assert reads_as(normalizer, "sibling", "how will our eldest cope")
    assert reads_as(normalizer, "sibling", "we are expecting baby number 2")


def test_a_close_relationship_with_ones_child_is_a_bond_and_a_view_is_no_opinion(normalizer):
    assert reads_as(normalizer, "bond", "how do i build a close relationship with my son")
    assert reads_as(normalizer, "opinions", "should i listen to her views")
    # Seeing something is not an opinion ("views" read as its plural took StackFAQ queries).
    assert not reads_as(normalizer, "opinions", "can i view the page")


def test_parents_slang_for_upset_clinging_and_rage_reads_as_the_articles_words(normalizer):
    assert reads_as(normalizer, "cry", "he goes mental when i hand him over")
    assert reads_as(normalizer, "cry", "she sobs at the window")
    assert reads_as(normalizer, "leave", "i have to pop out to the shops")
    assert reads_as(normalizer, "clingy", "she hangs on my leg all day")
    assert reads_as(normalizer, "tantrum", "he is raging and hits me")
    assert reads_as(normalizer, "self esteem", "how do i make him feel valued")
    assert reads_as(normalizer, "several people", "our baby sees different people each day")
    # Losing one's own temper is not the child's tantrum.
    assert not reads_as(normalizer, "tantrum", "i lost it and yelled")


def test_doing_things_oneself_is_independence_and_naps_at_random_times_unpredictable(normalizer):
    assert reads_as(normalizer, "independent", "how do i let her do things herself")
    assert reads_as(normalizer, "unpredictable", "his naps happen at random times")


def test_leave_from_work_is_time_off_and_letting_a_named_child_choose_keeps_the_child(normalizer):
    assert not reads_as(normalizer, "leave", "my maternity leave ends soon")
    assert normalizer.terms("after parental leave") == normalizer.terms("after maternity leave")
    assert "toddler" in normalizer.terms("should i let my toddler choose")


def test_an_age_of_thirteen_or_more_is_a_teenager():
    assert surface_words("my 15 year old")[-2:] == ["15y", "teenager"]
    assert surface_words("my 12 year old")[-1] == "child"


def test_asking_for_the_article_in_short(normalizer):
    assert normalizer.terms("sum up the article") == normalizer.terms("summary of the article")


def test_parents_wording_reaches_the_entry_that_answers_it(assistant):
    for question, entry in (
        ("my 18 month old is so dependent on me and won't go to anyone else", "faq:clingy-toddler"),
        ("my mother in law says i hold the baby too much", "faq:grandparents-say-cuddles-spoil"),
        ("can you sum up the article for me", "faq:what-article-covers"),
    ):
        answer = assistant.ask(question)
        assert answer.kind == "answer" and answer.source_id == entry, (question, answer.source_id)


def test_an_answer_cites_the_sentence_that_matched(assistant):
    answer = assistant.ask("what did erikson say about the first year")
    highlighted = [c for c in answer.citations if c.highlight]
    assert highlighted
    for citation in highlighted:
        assert citation.highlight in citation.passage
        assert citation.highlight != citation.passage
    assert "Erikson" in highlighted[0].highlight
    assert answer.to_dict()["citations"][1]["highlight"] == answer.citations[1].highlight


def test_clarify_offers_entries_to_choose_from(assistant):
    options = ["faq:keep-promises", "faq:avoid-empty-promises"]
    answer = assistant.composer.clarify(options, 0.3)
    data = answer.to_dict()
    assert data["kind"] == "clarify"
    assert data["citations"] == []
    assert [o["source_id"] for o in data["options"]] == options
    assert data["options"][0]["question"] == "Why should I keep my promises to my child?"
    assert data["text"]


def test_unsure_between_close_entries_the_engine_asks_instead_of_abstaining(assistant):
    from assistant import Assistant
    from assistant.confidence import Calibration

    # An options model that is always sure: every unsure question gets a clarify.
    always = Assistant.load(options_calibration=Calibration(bias=10.0, threshold=0.5))
    question = "how do i teach my child to read"
    unsure = always.ask(question)
    assert unsure.kind == "clarify"
    assert 2 <= len(unsure.options) <= 3
    assert len({o["question"] for o in unsure.options}) == len(unsure.options)
    # The shipped model abstains on it or answers it, never asks.
    assert assistant.ask(question).kind in {"answer", "abstain"}


def test_clarify_options_each_bring_a_passage_of_their_own():
    from assistant import Assistant
    from assistant.confidence import Calibration

    always = Assistant.load(options_calibration=Calibration(bias=10.0, threshold=0.5))
    for question in ("how do i teach my child to read", "promise cuddle routine"):
        ranking = always.rank(question)
        offered = always.option_ids(ranking)
        seen: set[str] = set()
        for source_id in offered:
            cited = always.cited_passages(source_id)
            assert not cited <= seen, (question, offered)
            seen |= cited


def test_a_typo_is_read_as_the_indexed_word_and_a_form_of_one_may_be(assistant):
    assert assistant.retriever.query_terms("secruity") == assistant.retriever.query_terms(
        "security"
    )
    assert not another_word("cuddly", "cuddl")  # a form of the same word
    assert another_word("bilingual", "build")  # an English word that only looks alike
    assert not another_word("secruity", "secur")  # not a word: a typo
    assert not another_word("braver", "brave")  # an ending added to the word


def test_a_real_word_that_only_adds_letters_to_an_indexed_one_stays_itself(assistant):
    # "pasta" is "past" plus a letter, "countries" is "count" plus letters, but
    # neither ending makes a form of the shorter word.
    assert another_word("pasta", "past")
    assert another_word("countries", "count")
    assert "past" not in assistant.retriever.query_terms("my toddler will only eat pasta")


def test_a_real_word_is_not_read_as_a_different_word_that_looks_alike(assistant):
    # "bilingual" looks like "building" but is another word: it stays unknown, which
    # tells the confidence the question asks about something the content lacks.
    ranking = assistant.rank("is a bilingual home confusing for a baby")
    assert "build" not in ranking.query_terms
    assert ranking.unknown_terms


def test_a_misspelt_filler_word_is_dropped_like_the_word_it_means(assistant):
    terms = assistant.retriever.query_terms
    assert terms("does it actualy matter if i hug her") == terms("does it matter if i hug her")
    assert terms("is it realy ok lol") == terms("is it ok")
    # A real word no entry holds still counts: it says the question asks something else.
    assert "bottl" in terms("routine for cleaning baby bottles")


def test_a_short_word_with_a_double_letter_typed_once_is_read_as_the_word(assistant):
    terms = assistant.retriever.query_terms
    # The commonest slip in a short word: one letter of a double typed once.
    assert terms("should i kis my toddler") == terms("should i kiss my toddler")
    # Any other near word stays as typed: a short word has many real neighbours,
    # and an English word ("god") is never read as another ("good").
    assert terms("can i red to her") != terms("can i read to her")
    assert "good" not in terms("is god mentioned")


def test_a_letter_swapped_or_typed_for_another_is_read_as_the_word(assistant):
    terms = assistant.retriever.query_terms
    # Four letters: two neighbours swapped.
    assert terms("my husband is at wrok all day") == terms("my husband is at work all day")
    # One letter typed for another, or a vowel spelt as heard.
    assert terms("is it bad to sneek out") == terms("is it bad to sneak out")
    assert terms("what is eriksons theery") == terms("what is eriksons theory")
    # Four letters: one left out.
    assert terms("my baby cant slep") == terms("my baby cant sleep")
    # Not a substitution in four letters ("red" stays, "sone" is not read as "some").
    assert terms("can i red to her") != terms("can i read to her")


@pytest.mark.parametrize(
    "text, word",
    [
        ("i have post natal depression", "article"),
        ("she cannot fit the last puzzle piece", "article"),
        ("i wrote down her feeding times", "author"),
        ("he is a source of joy", "reference"),
        ("the mobile over her cot", "phone"),
        ("she goes into a meltdown when i leave", "include"),
    ],
)
def test_a_word_is_folded_only_in_the_sense_its_group_means(normalizer, text, word):
    assert word not in normalizer.words(text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("who wrote this piece", "article"),
        ("what sources does it use", "reference"),
        ("i am always on my mobile", "phone"),
        ("what goes into a daily routine", "include"),
    ],
)
def test_the_phrases_keep_their_sense(normalizer, text, word):
    assert word in normalizer.words(text)


def test_words_that_only_join_clauses_are_not_what_a_question_asks(assistant):
    # "unless", "til", "while": no entry holds them, and left in they count as words
    # the content lacks (a sign the question asks something else).
    ranking = assistant.rank("she cries at bedtime unless i stay til she is asleep")
    assert not {"unless", "til"} & set(ranking.query_terms)
    assert "whilst" not in assistant.retriever.query_terms("whilst i am at work")


@pytest.mark.parametrize(
    "text, word",
    [
        ("every time we visit he buries his face in my shoulder", "shy"),
        ("so what are the key takeaways", "summary"),
        ("how do i show her she can depend on me", "reliable"),
        ("she screams if anyone but me holds her", "clingy"),
        ("my husband is away on an offshore rotation", "work"),
        ("she gets upset when plans change", "unpredictable"),
        ("his dad and i are splitting up", "divorce"),
    ],
)
def test_meaning_told_in_other_words_reads_as_its_concept(normalizer, text, word):
    assert word in normalizer.words(text)


def test_a_child_who_depends_on_a_parent_is_not_a_reliable_parent(normalizer):
    assert "reliable" not in normalizer.words("my toddler depends on me for everything")


def test_parents_who_part_are_not_a_childs_separation_from_a_parent(normalizer):
    assert "divorce" not in normalizer.words("separation anxiety in my 10 month old")


def test_a_typo_inside_a_phrase_does_not_break_it(assistant):
    terms = assistant.retriever.query_terms
    # "toliet" is read as "toilet" before the phrases, so "go to the toilet" is leaving.
    assert terms("when i go to the toliet he screams") == terms(
        "when i go to the toilet he screams"
    )
    assert assistant.ask("when should i start toilet trianing my 2 year old").kind == "abstain"
    # A word a doc holds, or a real English word, is left as typed.
    assert assistant.retriever.respelled("can i read to her") == "can i read to her"


def test_why_something_matters_in_other_words_is_importance_and_no_big_deal_dismissing(normalizer):
    assert reads_as(normalizer, "important", "y is feeling secure such a big deal for a baby")
    assert reads_as(normalizer, "important", "attachment stuff, why should i even bother")
    dismissing = normalizer.terms("no big deal")
    assert not reads_as(normalizer, "important", "i told him it was no big deal")
    assert set(dismissing) <= set(normalizer.terms("i told him it was no big deal"))


def test_qualifications_are_the_authors_only_when_they_are_the_writers(normalizer):
    assert reads_as(normalizer, "author", "what are the writer's qualifications")
    assert reads_as(normalizer, "author", "who really wrote this")
    assert not reads_as(normalizer, "author", "what qualifications should a childminder have")


def test_a_bedtime_goodnight_is_one_word_but_have_a_good_night_is_a_farewell(normalizer):
    assert (
        normalizer.terms("we say night night and she howls")[0] == normalizer.terms("goodnight")[0]
    )
    assert not reads_as(normalizer, "goodnight", "have a good night")


@pytest.mark.parametrize(
    "question",
    [
        "when is the mmr jab due for my 1 year old",
        "how to talk to a 5 yr old about his nana dying",
        "our 3 year old chats to every stranger in the park, how do we teach stranger safety",
        "is it ok for a baby and a 4 year old to share a bedroom",
        "carrying him all day gives me back pain, any tips",
        "im anxious in relationships, how do i change my attachment style as an adult",
    ],
)
def test_near_misses_on_topics_the_articles_do_not_discuss_are_not_answered(assistant, question):
    assert assistant.ask(question).kind != "answer"


@pytest.mark.parametrize(
    "question",
    [
        "which is gentler for a 9 month old, the ferber method or gradual retreat",
        "how many ounces of milk does a 5 month old need at each bottle",
        "do we still have to sterilize the dummies once she is crawling",
        "what toothpaste is safe for a toddler",
        "is raising our kids bilingual going to confuse them",
        "our nanny asked for a pay rise, what is the usual salary here",
        "which video baby monitor has the best night vision",
        "my toddler keeps biting his cousin, how do i stop it",
        "how should we tell our 3 year old where babies come from",
        "my 2 year old cannot put on her shoes herself yet, how do i teach her",
        "what documents does grandma need to fly abroad with our baby",
    ],
)
def test_more_topics_the_articles_do_not_discuss_are_gated_whatever_entry_comes_first(
    assistant, question
):
    # Gated, not only unsure: the words they share with an entry ask something else.
    assert gated(assistant, question)
    assert assistant.ask(question).kind != "answer"


@pytest.mark.parametrize(
    "question",
    [
        "my 9 year old keeps forgetting his homework folder, what do i do",
        "how do i get my 7 yr old to tidy her room",
    ],
)
def test_a_question_about_a_school_age_child_is_not_answered(assistant, question):
    assert gated(assistant, question)
    assert assistant.ask(question).kind != "answer"


def test_a_school_age_child_beside_a_younger_one_is_still_answered(assistant):
    from assistant.question import asks_about_older_child

    words = assistant.normalizer.words
    assert asks_about_older_child(words("my 8 year old sulks when we go out"))
    assert not asks_about_older_child(words("my 8 year old is jealous of the new baby"))
    assert not asks_about_older_child(
        words("how do i give time to my 7 year old and my 2 year old")
    )
    assert not asks_about_older_child(words("my 4 year old cries at drop off"))


@pytest.mark.parametrize(
    "text, word",
    [
        ("we try to put him down for a nap at the same time every day", "regular"),
        ("is it fine to tell her no when she wants sweets", "limit"),
        ("i cannot always get to him fast when he cries", "respond"),
        ("putting her to bed takes an hour", "sleep"),
        ("she has a fit every time we leave the park", "tantrum"),
    ],
)
def test_routine_limits_and_responding_told_in_other_words(normalizer, text, word):
    assert reads_as(normalizer, word, text)


def test_the_first_steps_of_advice_are_no_milestone_and_telling_something_is_no_big_deal_is_no_limit(
    normalizer,
):
    assert "milestone" not in normalizer.words("what are the first steps the article recommends")
    assert "limit" not in normalizer.words("i tell her it is no big deal")


def test_an_age_said_with_the_word_age_is_an_age():
    assert surface_words("can she go on a school trip at age 7")[-2:] == ["7y", "child"]
    assert "2y" in surface_words("is it too late by the age of 2")
    # Not a page, nor a number that is no child's age.
    assert surface_words("see page 3") == ["see", "page", "3"]
    assert "30" in surface_words("i became a mum at age 30")


@pytest.mark.parametrize(
    "question",
    [
        "how do i find time to exercise with a newborn",
        "any tips on getting some me time with two under two",
        "when is a good time to move a baby into her own room",
        "does baby eczema need a cream from the doctor",
        "should we let our adopted son meet his birth mother",
    ],
)
def test_a_parents_own_needs_and_other_topics_are_gated(assistant, question):
    assert gated(assistant, question)


@pytest.mark.parametrize(
    "text",
    ["we tried controlled crying last week", "is letting my son cry for ten minutes cruel"],
)
def test_named_ways_of_leaving_a_baby_to_cry_read_as_crying_unattended(normalizer, text):
    assert reads_as(normalizer, "leave her to cry", text)


def test_the_phrase_pattern_finds_the_longest_phrase_as_a_sorted_alternation_would():
    import re

    from assistant.normalize import _trie_pattern

    phrases = [
        "go out",
        "go out with",
        "go outside",
        "go to bed",
        "go to the loo",
        "bed time",
        "go",
    ]
    texts = [
        "we go out with friends",
        "we go outside at bed time",
        "i go out",
        "time to go to bed",
        "go to the looo now",
        "go to the loo",
        "they go",
        "ago outing",
    ]
    trie = re.compile(rf"\b(?:{_trie_pattern(phrases)})\b")
    longest_first = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    alternation = re.compile(rf"\b(?:{longest_first})\b")
    for text in texts:
        assert trie.findall(text) == alternation.findall(text), text


@pytest.mark.parametrize(
    "question",
    [
        "how can i feel closer to both of my twin girls",
        "is it normal to bond faster with one twin than the other",
    ],
)
def test_twins_asked_about_a_bond_are_not_gated(assistant, question):
    # Twins name who is asked about: a bond with each is the content's own concept.
    assert not gated(assistant, question)


@pytest.mark.parametrize(
    "question",
    [
        "what pram is best for twins",
        "how do i get my twins to nap at the same time",
    ],
)
def test_twins_asked_about_something_of_their_own_are_not_answered(assistant, question):
    assert assistant.ask(question).kind != "answer"


@pytest.mark.parametrize(
    "question",
    [
        "my newborn refuses the bottle when my husband feeds her",
        "what do i say to my 4 year old when we tell him about the divorce",
        "he had an affair and i cannot forgive him, what now",
        "ways to love my body again after a c-section",
        "our cat is hissing at the baby's cot, how do i train her",
        "should i teach my son what to do if he gets lost in a mall",
    ],
)
def test_near_misses_that_share_the_articles_words_are_gated(assistant, question):
    assert gated(assistant, question)


def test_hong_kong_kindergarten_years_read_as_a_first_school(normalizer):
    assert reads_as(normalizer, "daycare", "she starts k1 after the summer")


@pytest.mark.parametrize(
    "question",
    [
        "what words do i use to explain our separation to a three year old",
        "how careful should my toddler be around strangers, i worry about her safety",
        "the puppy keeps jumping at my newborn, how do we train it",
    ],
)
def test_topics_told_by_two_concepts_together_are_gated(assistant, question):
    assert gated(assistant, question)


@pytest.mark.parametrize(
    "question",
    [
        "my son is frightened of strangers, how can i make him feel safe",
        "she is scared of our neighbour's dog, what helps",
        "we divorced last year, how do we keep the two homes alike for our son",
    ],
)
def test_one_of_the_two_concepts_alone_is_not_gated(assistant, question):
    assert not gated(assistant, question)


def test_a_couples_evening_out_is_the_parents_relationship(normalizer):
    assert "couplehood" in normalizer.words("can grandma babysit so we can have a date night")


@pytest.mark.parametrize(
    "question",
    [
        "my 3 year old keeps pushing her little sister over, how do i make her stop",
        "is 2 too young for my son to learn to swim",
    ],
)
def test_hurting_a_sibling_and_learning_a_skill_are_gated(assistant, question):
    assert gated(assistant, question)


def test_a_class_in_a_story_of_clinging_is_a_scene_not_a_lesson(assistant):
    question = "at her dance class she hangs on my leg and will not join the others"
    assert not gated(assistant, question)


def test_a_step_parent_is_a_parent_and_new_faces_are_strangers(assistant, normalizer):
    assert normalizer.terms("my stepdaughter") == normalizer.terms("my daughter")
    assert normalizer.terms("as a stepdad") == normalizer.terms("as a dad")
    assert normalizer.terms("unfamiliar adults") == normalizer.terms("strangers")
    # A step-parent's bond with a young child is the articles' bond.
    answer = assistant.ask(
        "im a new stepmom and my partner's 2 yr old pulls away whenever i try to cuddle her"
    )
    assert answer.kind == "answer"
    # A partner's children accepting a new partner, or how they treat a baby, are not.
    for question in (
        "how do i get my boyfriend's kids to accept me",
        "my husband's kids from his first marriage ignore me when they visit",
    ):
        assert assistant.ask(question).kind == "abstain", question


def test_a_helpers_employment_is_not_the_childs_care_by_her(assistant):
    for question in (
        "can our helper take her rest day on a sunday",
        "how do i tell the nanny we want to fire her",
        "which employment agency is good for finding a helper",
    ):
        assert assistant.ask(question).kind == "abstain", question
    # A parent's own day off, and a new helper, are the articles'.
    assert (
        assistant.ask("on my day off i want quality time with my son, what should we do").kind
        == "answer"
    )
    assert (
        assistant.ask(
            "our helper is leaving and a new nanny starts, how do we help the baby adjust"
        ).kind
        == "answer"
    )


def test_the_parents_own_marriage_is_not_the_childs_later_relationships(assistant, normalizer):
    # The child's marriage later is the articles' future relationships; the parents' is not.
    assert "marriag" in normalizer.terms("will it help their friendships and marriage later")
    answer = assistant.ask(
        "since the baby came my wife and i fight all the time, how do i save my marriage"
    )
    assert answer.kind == "abstain"


def test_asking_the_ways_to_make_a_child_feel_safe_is_not_only_protection(assistant):
    # "Feel safe" is how parents say the article's security: the entry on feeling
    # protected (from a fright, a danger) must not take every question that says it.
    answer = assistant.ask("what are the ways to make a toddler feel safe")
    assert answer.source_id == "faq:three-methods"
    assert assistant.ask(
        "how do i show my toddler i will protect him when he is scared"
    ).source_id == ("faq:feel-protected")
