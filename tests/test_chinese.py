"""Chinese questions: folding, the Chinese path, answers in the parent's language,
the Traditional Chinese content, and the team's Chinese evaluation set."""

import json
import re
import textwrap
from html.parser import HTMLParser

import pytest

from assistant import Assistant
from assistant.chinese import (
    FUNCTION_CHARS,
    STOP_CHARS,
    ChineseCandidate,
    ChineseDoc,
    ChineseParams,
    ChineseRanking,
    ChineseRetriever,
    Folder,
    content_terms,
    has_chinese,
    language_of,
    length_factor,
    question_tail,
    to_simplified,
)
from assistant.evaluate import evaluate, read_labelled
from knowledge import KnowledgeError, load_knowledge
from web import create_app

from .conftest import DATA

DONE_WHEN = "BB 成日喊，係咪要即刻抱佢？"
DONE_WHEN_SIMPLIFIED = "BB 成日喊，系咪要即刻抱佢？"  # 係 typed as its Simplified form 系


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


@pytest.fixture(scope="module")
def folder(knowledge):
    return Folder(knowledge.synonyms.get("zh_groups"))


# -- script detection and folding ------------------------------------------------
def test_function_characters_are_listed_in_the_script_folding_spells_them_in():
    for chars in (STOP_CHARS, FUNCTION_CHARS):
        assert set(to_simplified().convert("".join(chars))) <= chars


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("how do I stop my baby crying", "en"),
        ("我個仔好 clingy", "zh-Hant"),
        ("daycare drop off 佢就喊", "zh-Hant"),
        ("宝宝哭了", "zh-Hant"),
        ("ＢＢ cries", "en"),  # full-width Latin is not Chinese
    ],
)
def test_language_is_chinese_when_the_text_holds_chinese_characters(text, language):
    assert language_of(text) == language
    assert has_chinese(text) == (language == "zh-Hant")


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("宝宝为什么哭", "寶寶為甚麼哭"),  # Simplified -> Traditional, 什麼/甚麼
        ("ＢＢ喊？", "bb喊?"),  # full-width -> half-width
        ("佢唔肯瞓", "他不肯睡"),  # Cantonese -> written Chinese
        ("點算", "怎麼辦"),
        ("我個仔好黐身", "我孩子好黏人"),
        ("my baby is clingy", "my 寶寶 is 黏人"),  # English words folded into the group
        ("個囡成日喊", "孩子經常哭"),  # everyday Cantonese: 囡, 成日
        ("兩公婆日日返工", "父母每天工作"),
        ("我應唔應該氹佢", "我應不應該安撫他"),  # 應唔應該 whole, not 應不應 + 該
        ("會否寵壞", "會唔會寵壞"),
        # Traditional variants a Simplified character becomes one or the other of
        ("家里", "家裡"),
        ("尽量", "盡量"),
        ("系咪真系", "係咪真係"),
        ("喂奶", "餵奶"),
        ("冲凉", "沖涼"),
        ("几点钟", "幾點鐘"),
        # Mainland words for the content's: 粘人, 咋办, 食言 (whole: not 食 -> 吃)
        ("孩子很粘人咋办", "孩子很黏人怎麼辦"),
        ("爸爸又食言了", "爸爸又失信了"),
    ],
)
def test_folding_meets_in_one_spelling(folder, one, other):
    assert folder.fold(one) == folder.fold(other)


def test_latin_variants_fold_only_as_whole_words(folder):
    # "bb" is a variant of 寶寶, but not inside another word
    assert folder.fold("寶寶") not in folder.fold("hobby")
    assert folder.fold("寶寶") in folder.fold("bb")


def test_features_are_character_ngrams_and_latin_words(folder):
    features = folder.features("安全感 clingy")
    # clingy folds to 黏人
    assert {"安", "全", "感", "安全", "全感", folder.fold("黏人")} <= set(features)
    assert all(" " not in f for f in features)


# -- scoring ---------------------------------------------------------------------
def _retriever(folder, *docs, **params):
    docs = [ChineseDoc(f"faq:{i}", "zh-Hant", (q,), body) for i, (q, body) in enumerate(docs)]
    return ChineseRetriever(docs, folder, ChineseParams(**params))


def test_coverage_in_context_counts_a_pair_the_doc_holds_not_its_scattered_characters(folder):
    # Both docs hold 冷 and 氣; only the first holds them side by side, as the question does.
    retriever = _retriever(
        folder, ("冷氣開幾多度？", "夏天冷氣。"), ("他冷落了我，我生氣。", "難過。")
    )
    found = retriever.signals("開冷氣")
    assert found["context"][0] > found["context"][1]
    assert found["coverage"][1] > 0  # the characters alone are held by both


def test_a_term_only_in_the_body_counts_body_hold(folder):
    docs = (("安全感是甚麼？", "擁抱孩子。"), ("信任", "安全感。"))
    full = _retriever(folder, *docs, body_hold=1.0).signals("安全感")["coverage"]
    half = _retriever(folder, *docs, body_hold=0.5).signals("安全感")["coverage"]
    assert full[1] == pytest.approx(1.0) and half[1] == pytest.approx(0.5)
    assert half[0] == pytest.approx(1.0)  # held by a phrasing: counts in full


def test_a_character_no_doc_holds_weighs_unknown_weight_times_the_rarest(folder):
    docs = (("安全感", "安全感。"), ("信任", "信任。"))
    # 嗝 is in no doc: with weight 2 it outweighs more of what the first doc holds.
    once = _retriever(folder, *docs, unknown_weight=1.0).signals("安全感嗝")
    twice = _retriever(folder, *docs, unknown_weight=2.0).signals("安全感嗝")
    assert 0 < twice["coverage"][0] < once["coverage"][0] < 1
    assert twice["context"][0] < once["context"][0]


def test_what_no_doc_holds_stays_in_the_question_length_at_unknown_norm(folder):
    docs = (("安全感", "安全感。"), ("信任", "信任。"))
    plain = _retriever(folder, *docs, unknown_norm=0.0)
    normed = _retriever(folder, *docs, unknown_norm=1.5)
    # 怕黑 is in no doc: dropped, the question would match the first doc fully.
    assert plain.signals("安全感怕黑")["phrasing"][0] == pytest.approx(1.0)
    assert 0 < normed.signals("安全感怕黑")["phrasing"][0] < 0.9
    # A function character no doc holds (喎) does not count against the question.
    assert normed.signals("安全感喎")["phrasing"][0] == pytest.approx(1.0)


def test_uncovered_is_the_rarest_content_character_a_doc_lacks(folder):
    docs = (("安全感", "安全感。"), ("安全感打嗝", "打嗝。"), ("信任", "信任。"))
    retriever = _retriever(folder, *docs)
    held = retriever.signals("安全感怎麼辦")["uncovered"]  # 怎麼辦 asks, it is not asked about
    assert held[0] == 0 and held[2] > 0
    # 嗝 is held by the second doc only: the others lack it, and lose for it.
    lacking = retriever.signals("安全感打嗝")["uncovered"]
    assert lacking[0] > 0 and lacking[1] == 0 and lacking[2] >= lacking[0]
    # A character no doc holds weighs as an unknown one: the most a doc can lack.
    assert retriever.signals("安全感疹")["uncovered"][0] == pytest.approx(1.0)


def test_the_uncovered_weight_lowers_the_score_of_a_doc_lacking_a_rare_word(folder):
    docs = (("寶寶哭怎麼辦", "寶寶哭。"), ("寶寶哭到打嗝", "打嗝。"))
    without = _retriever(folder, *docs, uncovered=0.0).search("寶寶哭到打嗝怎麼辦")
    penalised = _retriever(folder, *docs, uncovered=0.5).search("寶寶哭到打嗝怎麼辦")
    score = {c.source_id: c.score for c in without.candidates}
    lower = {c.source_id: c.score for c in penalised.candidates}
    assert lower["faq:0"] < score["faq:0"] and lower["faq:1"] == pytest.approx(score["faq:1"])


def test_confidence_adds_the_lead_over_the_next_source(folder):
    retriever = _retriever(
        folder, ("安全感", "安全感。"), margin=0.5, threshold=0.6, whole_confidence=0.0
    )

    def ranking(*scores):
        candidates = [ChineseCandidate(f"faq:{i}", s, s, s, s) for i, s in enumerate(scores)]
        return ChineseRanking(candidates, [], [])

    assert retriever.confidence(ranking(0.5, 0.1)) == pytest.approx(0.7)
    assert retriever.confident(ranking(0.5, 0.1))
    assert not retriever.confident(ranking(0.5, 0.45))  # as near another entry: unsure
    assert not retriever.confident(ranking())


def test_a_long_question_has_its_confidence_scaled_by_its_length(folder):
    params = ChineseParams(long_at=10, long_power=0.5)
    assert length_factor(8, params) == 1.0 and length_factor(10, params) == 1.0
    assert length_factor(40, params) == pytest.approx(2.0)
    retriever = _retriever(
        folder, ("安全感", "安全感。"), margin=0.0, long_at=10, long_power=0.5, whole_confidence=0.0
    )
    story = [str(i) for i in range(40)]  # forty content terms (Latin words count)
    candidates = [ChineseCandidate("faq:0", 0.3, 0.3, 0.3, 0.3)]
    assert retriever.confidence(ChineseRanking(candidates, story, [])) == pytest.approx(0.6)
    assert retriever.confidence(ChineseRanking(candidates, story[:5], [])) == pytest.approx(0.3)


def test_confidence_adds_the_best_sources_whole_doc_cosine(folder):
    retriever = _retriever(
        folder, ("安全感", "安全感。"), margin=0.0, whole_confidence=2.0, threshold=0.8
    )

    def ranking(whole):
        return ChineseRanking([ChineseCandidate("faq:0", 0.4, 0.4, whole, 0.4)], [], [])

    # The same fused score: the source whose whole text is nearer the question is surer.
    assert retriever.confidence(ranking(0.3)) == pytest.approx(1.0)
    assert retriever.confident(ranking(0.3)) and not retriever.confident(ranking(0.1))
    # Only the best source's counts, not the next one's.
    two = [
        ChineseCandidate("faq:0", 0.4, 0.4, 0.1, 0.4),
        ChineseCandidate("faq:1", 0.4, 0.4, 0.9, 0.4),
    ]
    assert retriever.confidence(ChineseRanking(two, [], [])) == pytest.approx(0.6)


def test_a_question_naming_an_outside_topic_is_answered_only_by_a_doc_naming_it(folder):
    docs = (("寶寶哭的時候怎樣回應", "要及時回應寶寶。"), ("寶寶發燒哭鬧怎麼辦", "發燒請看醫生。"))
    retriever = ChineseRetriever(
        [ChineseDoc(f"faq:{i}", "zh-Hant", (q,), a) for i, (q, a) in enumerate(docs)],
        folder,
        ChineseParams(threshold=0.0),
        outside=["發燒", "teenager"],
    )
    # Cantonese and Simplified name it alike; the doc that names it may answer.
    for question in ("BB 發燒成日喊點算", "宝宝发烧一直哭怎么办"):
        ranking = retriever.search(question)
        assert ranking.outside == (folder.fold("發燒"),)
        assert retriever.confident(ranking) == retriever.holds_outside(
            ranking.candidates[0].source_id, ranking.outside
        )
    assert not retriever.holds_outside("faq:0", (folder.fold("發燒"),))
    assert retriever.holds_outside("faq:1", (folder.fold("發燒"),))
    # A doc lacking it does not answer, however well the rest matches.
    ranking = retriever.search("寶寶哭嘅時候要幾快回應？發燒呢")
    assert ranking.candidates[0].source_id == "faq:0" and not retriever.confident(ranking)
    assert retriever.confident(retriever.search("寶寶哭嘅時候要幾快回應"))
    # An English outside word counts in a mixed question, as a whole word only.
    assert retriever.named_outside("我個 teenager 仔成日喊") == ("teenager",)
    assert retriever.named_outside("我個 teenagers 仔成日喊") == ()


def test_no_phrasing_of_the_chinese_content_names_an_outside_topic(assistant):
    # The list is of topics, found anywhere in a question (Chinese has no spaces):
    # none may sit in the content's own questions, nor across the words of everyday
    # sentences (人工 in 一個人工作, 上奶 in 晚上奶奶).
    retriever = assistant.chinese
    assert len(retriever.outside) > 100
    named = [
        p
        for d in retriever.docs
        if d.language == "zh-Hant"
        for p in d.phrasings
        if retriever.named_outside(p)
    ]
    assert named == []
    for sentence in (
        "我一個人返工，點樣俾個仔安全感？",
        "晚上奶奶幫我湊BB，佢會唔會同奶奶親過我？",
        # Words that only look like a listed topic: an intensifier (累死了), a
        # child's crying (喊到死去活來), a full-time mother, the child's own insecurity.
        "夜晚湊完BB我累死了，佢一喊我就唔想郁，點算？",
        "佢喊到死去活來，我係咪應該即刻抱佢？",
        "我係全職媽媽，成日陪住個女，點解佢仲係咁黐身？",
        "佢自己都冇安全感，我應該點幫佢？",
    ):
        assert retriever.named_outside(sentence) == (), sentence
    # Topics beyond the article, in Cantonese and Simplified alike: later ages, pets,
    # motor milestones, grief, choosing a school, a parent's own insecurity.
    for sentence in (
        "個仔就快青春期，點樣同佢溝通？",
        "屋企啱啱養咗隻貓，BB 會唔會驚？",
        "宝宝几个月会爬？",
        "點樣同細路講婆婆過咗身？",
        "邊間幼稚園最好？",
        "我自己沒安全感，成日怕老公唔要我",
        # The age a child starts or can do something, spacing births, strangers.
        "BB 大概幾個月開始會認人？",
        "小朋友幾歲開始學外語好？",
        "大仔同細仔相差幾歲先好湊？",
        "點樣教個女唔好同陌生人走，提高警覺？",
    ):
        assert retriever.named_outside(sentence) != (), sentence
    # ... while the content's own questions about the same people and times are not
    # outside: a child wary of strangers, a second baby on the way, a first year.
    for sentence in (
        "個仔好怕醜，見到陌生人就匿埋，點幫佢？",
        "我哋就快有第二個 BB，大女會唔會冇安全感？",
        "點解頭一年咁重要？",
        # Luggage as a story's scene: a parent packing to leave is a departure.
        "我一收拾行李準備出差，個女就扯住我唔俾走，點算？",
    ):
        assert retriever.named_outside(sentence) == (), sentence
    # ... while what to pack is a packing list, in either script.
    for sentence in ("帶BB去旅行，行李要帶啲咩？", "生仔前個待產包要準備啲乜？", "带宝宝坐飞机要带什么行李？"):
        assert retriever.named_outside(sentence) != (), sentence


def test_everyday_variants_fold_to_the_contents_words(folder):
    # A stay-at-home mother is not at work; a newborn is one in either dialect;
    # care taken in turns is care by several people.
    assert folder.fold("全職媽媽") != folder.fold("返工媽媽")
    assert folder.fold("初生BB") == folder.fold("新生嬰兒")
    assert folder.fold("輪流湊") == folder.fold("幾個人照顧")
    assert folder.fold("陣間") == folder.fold("遲啲")
    # An aspect particle inside a verb-object word does not break it (出咗差 is 出差 gone
    # on, 瞓咗覺 is 瞓覺 done), in Cantonese and Mandarin; one after a word stays.
    assert folder.fold("老公出咗差") == folder.fold("老公出差")
    assert folder.fold("佢瞓咗覺") == folder.fold("佢瞓覺")
    assert folder.fold("我們搬了家") == folder.fold("我們搬家")
    assert folder.fold("佢喊咗好耐") == folder.fold("他哭咗好耐")
    # Going out of the door is leaving.
    assert folder.fold("我一出門佢就喊") == folder.fold("我一離開佢就喊")
    # Shift work is the hours a parent works, as the content says them (工作時間),
    # while care taken in turns stays care by several people.
    assert folder.fold("我要輪班") == folder.fold("我要返夜更") == folder.fold("我要工作時間")
    assert folder.fold("輪流湊") != folder.fold("輪班湊")


def test_cantonese_aspect_particle_does_not_part_a_verb_from_its_object(folder):
    # 咗 is never part of a word: changing the helper is 換外傭 with or without it, and
    # the pair it sat between is read as the content writes it.
    assert folder.features("屋企換咗外傭") == folder.features("屋企換外傭")
    assert folder.features("我哋啱啱搬咗屋") == folder.features("我哋啱啱搬屋")
    assert "咗" not in "".join(folder.features("佢喊咗成晚"))
    # Mandarin 了 stays where it makes words (了解, 為了).
    assert "了解" in folder.features("我想了解佢")


def test_working_hours_read_as_the_contents_words(folder):
    # Long hours and the clock's two ends of a working day meet the content's 工作時間.
    working = folder.fold("工作時間")
    assert working in folder.fold("我朝八晚十咁返工")
    assert working in folder.fold("兩公婆都係長工時")
    assert working in folder.fold("成日要加班")
    # A morning alone, or the evening alone, is not an hour of work.
    assert working not in folder.fold("朝早同夜晚都要餵奶")


def test_the_tail_is_the_last_clauses_holding_enough_content(folder):
    story = "個女兩歲半，以前自己瞓得好好，最近每晚我一熄燈佢就喊，要我坐喺床邊先肯瞓，點算？"
    # "點算" asks without content: the clause before it joins the tail.
    assert question_tail(folder, story) == to_simplified().convert("要我坐喺床邊先肯瞓,點算")
    assert question_tail(folder, "寶寶經常哭，怎麼辦？") is None  # the tail would be it all
    assert question_tail(folder, "安全感是甚麼？") is None


def test_the_tail_of_a_long_question_weighs_in_its_score_not_its_rank(folder):
    docs = (("孩子去托兒所不適應怎麼辦？", "托兒所。"), ("可以經常擁抱幼兒嗎？", "擁抱。"))
    plain, told = (_retriever(folder, *docs, tail=t, long_at=6) for t in (0.0, 0.5))
    # A familiar setting, then a question no doc answers: scored lower with its tail.
    elsewhere = "孩子每天去托兒所，老師說他在托兒所不適應，但學費太貴，可以申請資助嗎？"
    # An unrelated setting, then a question the second doc answers: scored higher.
    answered = "我們剛剛搬了新家，老人家說孩子大了，不要再經常擁抱幼兒，可以嗎？"
    for story, change in ((elsewhere, -1), (answered, 1)):
        before, after = plain.search(story), told.search(story)
        assert before.source_ids == after.source_ids
        gap = after.candidates[0].score - before.candidates[0].score
        assert gap * change > 0


# -- the done-when checks ----------------------------------------------------------
def _ask(cli, question):
    result = cli("ask", question, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_cantonese_question_gets_the_chinese_answer_with_a_chinese_citation(cli, knowledge):
    answer = _ask(cli, DONE_WHEN)
    assert answer["kind"] == "answer"
    assert answer["language"] == "zh-Hant"
    entry = next(e for e in knowledge.faq if f"faq:{e.id}" == answer["source_id"])
    assert entry.language == "zh-Hant"
    assert answer["text"] == entry.answer
    passages = [c for c in answer["citations"] if c["source_id"].startswith("article:")]
    assert passages, answer["citations"]
    for citation in passages:
        article = knowledge.article(citation["url"].split("/sources/")[1].split("#")[0])
        assert article.language == "zh-Hant"
        assert has_chinese(citation["passage"]) and has_chinese(citation["title"])


class _Ids(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: dict[str, str] = {}
        self._open = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self._open = attrs["id"]
            self.ids[self._open] = ""

    def handle_data(self, data):
        if self._open:
            self.ids[self._open] += data

    def handle_endtag(self, tag):
        self._open = None


def test_the_chinese_citation_url_opens_the_chinese_source_page_at_the_passage(cli, tmp_path):
    answer = _ask(cli, DONE_WHEN)
    citation = next(c for c in answer["citations"] if c["source_id"].startswith("article:"))
    path, anchor = citation["url"].split("#")
    client = create_app({"DATABASE_URL": f"sqlite:///{tmp_path / 'app.db'}"}).test_client()
    response = client.get(path)
    assert response.status_code == 200
    page = _Ids()
    page.feed(response.get_data(as_text=True))
    assert page.ids.get(anchor, "").strip() == citation["passage"]


def test_the_simplified_question_gets_the_same_answer(cli):
    traditional = _ask(cli, DONE_WHEN)
    for question in (DONE_WHEN_SIMPLIFIED, "BB 成日喊，是不是要马上抱他？"):
        simplified = _ask(cli, question)
        assert simplified["source_id"] == traditional["source_id"], question
        assert simplified["text"] == traditional["text"]


def test_an_english_question_still_gets_the_english_answer(cli, knowledge):
    answer = _ask(cli, "My baby cries a lot, should I pick him up straight away?")
    assert answer["kind"] == "answer"
    assert answer["language"] == "en"
    entry = next(e for e in knowledge.faq if f"faq:{e.id}" == answer["source_id"])
    assert entry.language == "en"
    assert all(not has_chinese(c["passage"]) for c in answer["citations"])
    assert all(not has_chinese(r["question"]) for r in answer["related"])


# -- the parent's language --------------------------------------------------------
def test_related_questions_stay_in_the_answers_language(assistant, knowledge):
    zh_ids = {f"faq:{e.id}" for e in knowledge.faq if e.language == "zh-Hant"}
    answer = assistant.ask("我個仔好黐身，係咪冇安全感？")
    assert answer.source_id in zh_ids
    assert answer.related and all(r["source_id"] in zh_ids for r in answer.related)


def test_a_chinese_question_not_covered_abstains_in_chinese(assistant, knowledge):
    answer = assistant.ask("屋企裝修應該揀咩油漆？")
    texts = knowledge.clinic["translations"]["zh-Hant"]
    assert answer.kind == "abstain" and answer.language == "zh-Hant"
    assert answer.text.startswith(" ".join(texts["messages"]["abstain"].split())[:10])
    assert texts["counsellor_contact"] in answer.text


def test_an_english_question_not_covered_still_abstains_in_english(assistant, knowledge):
    answer = assistant.ask("which paint should we use when renovating the flat?")
    assert answer.kind == "abstain" and answer.language == "en"
    assert knowledge.clinic["counsellor_contact"] in answer.text


def test_only_english_content_answers_a_chinese_question_with_a_note(knowledge_copy):
    (knowledge_copy / "faq" / "tummy.yaml").write_text(
        textwrap.dedent(
            """\
            - id: tummy-time
              question: What is tummy time?
              alternates: [why do babies need tummy time]
              answer: Time a baby spends lying on their front while awake and watched.
            """
        ),
        encoding="utf-8",
    )
    engine = Assistant.load(knowledge_copy, saved_index=False)
    answer = engine.ask("BB 要唔要做 tummy time？")
    note = engine.knowledge.clinic["translations"]["zh-Hant"]["other_language_note"]
    assert answer.source_id == "faq:tummy-time"
    assert answer.text.startswith(note) and answer.text.endswith("while awake and watched.")
    assert answer.language == "en"


def test_a_mixed_question_can_match_an_english_entry_and_answer_with_its_chinese_twin(
    assistant,
):
    ranking = assistant.chinese.search("我個 toddler 有 separation anxiety")
    assert ranking.source_ids[0] == "faq:crying-when-parent-leaves-zh-hant"


@pytest.mark.parametrize(
    ("question", "follows_up"),
    [
        ("我的寶寶很黏人怎麼辦", False),  # a whole question of its own
        ("BB 成日喊，係咪要即刻抱佢？", False),
        ("咁夜晚呢？", True),
        ("如果佢兩歲呢", True),
        ("點算", True),
    ],
)
def test_a_chinese_question_joins_the_conversation_only_when_it_follows_up(
    assistant, question, follows_up
):
    earlier = "我個仔好黐身"
    text = assistant.with_context(question, [earlier])
    assert (earlier in text) == follows_up


def test_a_standalone_chinese_question_is_answered_on_its_own_in_a_conversation(assistant):
    alone = assistant.ask(DONE_WHEN)
    after = assistant.ask(DONE_WHEN, history=["屋企裝修應該揀咩油漆？", "我個仔好黐身"])
    assert after.source_id == alone.source_id


# -- the Traditional Chinese content ------------------------------------------------
def test_every_english_entry_has_a_chinese_twin_with_six_alternates(knowledge):
    english = {e.id for e in knowledge.faq if e.language == "en"}
    twins = {e.translation_of: e for e in knowledge.faq if e.language == "zh-Hant"}
    assert english <= set(twins)
    for twin in twins.values():
        assert len(twin.alternates) >= 6, twin.id
        assert has_chinese(twin.question) and has_chinese(twin.answer)
        assert any(re.search(r"[a-zA-Z]", a) and has_chinese(a) for a in twin.alternates)
        assert all(s.startswith("article:sense-of-security-zh-hant#") for s in twin.sources)


def test_chinese_texts_have_no_space_between_chinese_characters(knowledge):
    # A folded YAML block (`>-`) joins its lines with spaces, which Chinese does not use.
    texts = [e.answer for e in knowledge.faq if e.language == "zh-Hant"]
    translated = knowledge.clinic["translations"]["zh-Hant"]
    texts += [*translated["messages"].values(), translated["disclaimer"]]
    cjk = "[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]"
    assert not [t for t in texts if re.search(f"{cjk} {cjk}", t)]


def test_the_chinese_article_translates_the_english_one_passage_by_passage(knowledge):
    original = knowledge.article("sense-of-security")
    translation = knowledge.article("sense-of-security-zh-hant")
    assert translation.language == "zh-Hant"
    assert translation.translation_of == original.id
    assert [p.id for p in translation.passages] == [p.id for p in original.passages]
    assert translation.original["title"] == original.title
    assert translation.original["author"] == original.author
    assert translation.original["credentials"] == original.credentials
    assert has_chinese(translation.title) and has_chinese(translation.credentials)


def test_a_translated_passage_id_missing_from_the_original_is_an_error(knowledge_copy):
    path = knowledge_copy / "articles" / "sense-of-security.zh-hant.md"
    path.write_text(
        path.read_text(encoding="utf-8").replace("{#closing}", "{#ending}"), encoding="utf-8"
    )
    with pytest.raises(KnowledgeError, match="'ending' is not in the original"):
        load_knowledge(knowledge_copy)


def test_a_translation_of_no_entry_is_an_error(knowledge_copy):
    path = knowledge_copy / "faq" / "routines.zh-hant.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "translation_of: daily-routine", "translation_of: no-such-entry"
        ),
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError, match="no-such-entry"):
        load_knowledge(knowledge_copy)


def test_an_unknown_language_is_an_error(knowledge_copy):
    path = knowledge_copy / "faq" / "routines.zh-hant.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("language: zh-Hant", "language: zh-TW", 1),
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError, match="'language' must be one of"):
        load_knowledge(knowledge_copy)


# -- the team's Chinese set ------------------------------------------------------
def test_the_chinese_set_is_not_copied_into_the_alternates(knowledge):
    phrasings = {q for e in knowledge.faq for q in e.questions}
    rows = read_labelled(DATA / "zh_questions.jsonl")
    assert len(rows) >= 150
    assert not [r["query"] for r in rows if r["query"] in phrasings]


def test_the_chinese_set_keeps_its_measured_quality(assistant):
    # Measured when the weights were chosen (bench/zh_tune.py): a guard against
    # regressions, a little under the figures reached, not the targets.
    # Dev and test of batches 1-3, 6, 8 and 9 (6, 8 and 9: long stories; 8 and 9
    # unread when written): 0.917 / 0.880 / 0.900 / 0.845 when chosen in round 7
    # (top-1 / answered right / abstain recall / precision; round 6's parameters on
    # the same set: 0.923 / 0.872 / 0.894 / 0.804); round 8's whole-doc confidence:
    # 0.917 / 0.886 / 0.876 / 0.847 (recall traded for precision on unseen batches);
    # round 9's `zh_outside` gate, age and English-word folding and threshold 1.41:
    # 0.925 / 0.905 / 0.947 / 0.910.
    # The dev and test halves; a fresh batch is a check of the next round, not a guard.
    rows = [r for r in read_labelled(DATA / "zh_questions.jsonl") if r["split"] != "fresh"]
    summary = evaluate(assistant, rows).summary()
    assert summary["top1"] >= 0.91
    assert summary["answered_right"] >= 0.89
    assert summary["abstain_recall"] >= 0.92
    assert summary["abstain_precision"] >= 0.89


def test_cantonese_going_home_ignoring_and_clinging_read_as_the_contents_words(folder):
    # 返 is 回 in going home; leaving work is 下班; not even looking at someone is
    # ignoring them; not letting a parent out of sight is clinging; failing to turn
    # up is breaking one's word.
    assert folder.fold("放工返到屋企") == folder.fold("下班回到家")
    assert folder.fold("望都唔望我") == folder.fold("不理我")
    assert folder.fold("佢離唔開我") == folder.fold("他黏人我")
    assert folder.fold("又爽約") == folder.fold("又失信")
    # 返工 is still going to work, not going home.
    assert folder.fold("返工") != folder.fold("回工")


def test_english_outside_topics_count_in_every_spelling_in_a_mixed_question(assistant):
    # The English path reads "time out" and "vaccine" as its outside words timeout and
    # vaccination; a mixed Chinese question naming them asks about them just the same.
    retriever = assistant.chinese
    assert retriever.named_outside("佢一扭計我就俾佢 time out，啱唔啱？") != ()
    assert retriever.named_outside("打完 vaccine 之後 BB 好黐身") != ()
    # An everyday English word of the content's own kind is not one.
    assert retriever.named_outside("我個仔好 clingy，點算？") == ()


def test_numbers_are_a_questions_setting_not_its_topic(folder):
    # An age, a count or how long something lasts says when, not what: numerals and
    # digits make no content term of their own (they stay inside bigrams).
    assert "九" not in folder.features("佢喊咗九分鐘")
    assert "12" not in folder.features("我每日返工 12 個鐘")
    assert content_terms(folder.features("佢喊咗九分鐘")) == content_terms(
        folder.features("佢喊咗分鐘")
    )
    # 兩 stays: two children or two homes is what a question may be about.
    assert "两" in folder.features("我一個人湊兩個")  # folded to Simplified


def test_the_parents_own_feelings_and_other_nearby_topics_are_outside(assistant):
    retriever = assistant.chinese
    for sentence in (
        # The parent's own insecurity or low mood, with a word between (好, 成日, 一直).
        "我本身一直都好冇安全感，會唔會遺傳俾個仔？",
        "我想知點樣處理我自己嘅情緒",
        # The age for something, asked with the age first or last.
        "BB 幾個月大先可以坐飛機？",
        "小朋友多大可以自己搭校車？",
        # Siblings' rivalry, the couple, choosing a kind of care, screens, food.
        "兩姊妹成日爭寵點算？",
        "生完 BB 之後夫妻感情差咗",
        "請工人定係送托兒所好？",
        "每日俾佢睇手機睇幾耐先夠？",
        "一歲可以飲牛奶未？",
    ):
        assert retriever.named_outside(sentence) != (), sentence
    # The child's insecurity, told by a parent who says "I myself", is not the parent's.
    for sentence in (
        "我自己都覺得佢好冇安全感，點算？",
        "我自己湊個仔，佢成日喊，係咪冇安全感？",
    ):
        assert retriever.named_outside(sentence) == (), sentence


def test_cantonese_before_sleep_and_stopping_crying_read_as_the_contents_words(folder):
    # 臨瞓 and 瞓覺前 are the content's 睡前; 收聲 (and not being able to) is stopping.
    assert folder.fold("臨瞓佢就喊") == folder.fold("睡前佢就喊")
    assert folder.fold("瞓覺前佢就喊") == folder.fold("睡前佢就喊")
    assert folder.fold("氹佢收聲") == folder.fold("氹佢停")
    # 瞓覺 alone is still sleeping, not the time before it.
    assert folder.fold("佢瞓覺") != folder.fold("佢睡前")


def test_going_back_to_work_and_everyday_names_for_parents_read_as_the_contents_words(folder):
    # Back to the workplace after leave is the content's 復工, in either language.
    assert folder.fold("我要重返職場") == folder.fold("我要復工")
    assert folder.fold("下個月back to work") == folder.fold("下個月復工")
    # 返工 alone is going to work on any day, not coming back from leave.
    assert folder.fold("返工") != folder.fold("復工")
    # 阿爸, 阿媽 are 爸爸, 媽媽; a grandparent letting a child have its way spoils it.
    assert folder.fold("佢淨係要阿爸") == folder.fold("佢淨係要爸爸")
    assert folder.fold("阿媽一走佢就喊") == folder.fold("媽媽一走佢就喊")
    assert folder.fold("湊到好縱") == folder.fold("湊到寵壞")


def test_the_age_for_something_is_outside_in_any_word_order(assistant):
    # The article gives no ages: asked before or after what it is for, in a clause.
    retriever = assistant.chinese
    for sentence in (
        "幾多歲送佢去學游水比較好？",
        "BB 要幾個月大先應該戒夜奶？",
        "小朋友幾歲自己揀衫著最適合",
    ):
        assert retriever.named_outside(sentence) != (), sentence
    # "So big already" and an age told, not asked, are not.
    for sentence in (
        "佢幾大個人都仲要我攬住先瞓，點算？",
        "個仔三歲，我一出門佢就喊，我應該點做？",
    ):
        assert retriever.named_outside(sentence) == (), sentence
