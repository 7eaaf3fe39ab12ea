"""`Assistant`: the one entry point that turns a question into an answer object."""

from __future__ import annotations

import logging
import operator
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cached_property
from pathlib import Path

from knowledge import FaqEntry, Knowledge, load_knowledge, shipped_dir

from . import chinese
from .answer import Answer
from .chinese import ZH, ChineseRanking, ChineseRetriever, Folder, chinese_docs, language_of
from .compose import MAX_OPTIONS, Composer
from .confidence import (
    TUNED_CALIBRATION,
    TUNED_OPTIONS,
    Calibration,
    answer_features,
    coverage,
    is_detail,
)
from .evidence import best_sentence
from .index import HybridIndex, IndexedDoc, collector_paused
from .normalize import Normalizer, stem
from .persist import INDEX_FILE, StaleIndex, content_hash, load_index, save_index
from .question import (
    asks_about_older_child,
    check_length,
    check_question,
    is_follow_up,
    leans_on_conversation,
    names_no_topic,
    read_text,
    with_context,
    without_opener,
)
from .retrieve import Ranking, RetrievalParams, Retriever
from .safety_model import load_shipped_model
from .smalltalk import small_talk
from .triage import Triage

MAX_QUESTION_CHARS = 2000
# A medical question is answered from the clinic's own FAQ only this confidently.
MEDICAL_ANSWER_CONFIDENCE = 0.9
# The Chinese ranking's score with the same role: on tests/data/zh_questions.jsonl
# (dev and test), 227 of the 234 first candidates scoring at least this are right (as
# sure as the English bar), and no Chinese medical question of the team's sets scores
# above 0.45 against the shipped FAQ (re-checked with the weights of 2026-12-05, round 4).
MEDICAL_ANSWER_SCORE_ZH = 0.7
# How much more sure the conversation's reading of a follow-up must make the
# assistant before it is preferred to the message alone.
FOLLOW_UP_MARGIN = 0.1
FOLLOW_UP_LIFT = 0.4
# A bare follow-up read alone ("and if i forget?") stands on one word: answered only
# when the confidence is this high (the model was fitted on whole questions).
BARE_FOLLOW_UP_CONFIDENCE = 0.5
# A long story's closing question is read alone when it holds at least this many
# content terms; with fewer ("is that an issue?"), with the sentences before it.
QUESTION_TERMS = 3
# A "did you mean" offers at most MAX_OPTIONS entries, picked among this many candidates.
CLARIFY_POOL = 5
log = logging.getLogger("parentfaq")

_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")
# A sentence that asks without a question mark (texting: "how can i get her ready",
# "any tips", "not sure what to do"); a story's other sentences tell, they do not ask
# ("when i get home she cries", "what a week").
_ASKS = re.compile(
    r"^\W*(?:(?:ok|so|and|but|also|hi|hey|sorry|anyway|pls|please)\W+)*"
    r"(?:how|what(?!\s+an?\b)|why|which|should|shall|is|are|am|was|were|does|do|did|can|"
    r"could|will|would|may|might|must|any\s+(?:tips?|advice|ideas?|help|suggestions?)|"
    r"help|advice|tips?|ideas?|"
    r"i\s+wonder|wondering|i(?:'d| would)\s+like\s+to\s+know|i\s+want\s+to\s+know|"
    r"(?:i(?:'m| am)\s+)?not\s+sure\s+(?:if|whether|how|what|why|when)|"
    r"i\s+(?:do\s*n[o']?t|dont)\s+know\s+(?:if|whether|how|what|why|when))\b",
    re.IGNORECASE,
)


def sentences(text: str) -> tuple[str, ...]:
    """The sentences of a passage, as written (each a substring of `text`)."""
    return tuple(s for s in _SENTENCE_END.split(text) if s.strip())


class Assistant:
    """Load once, then `ask` many times; the index stays in memory."""

    def __init__(
        self,
        knowledge: Knowledge,
        *,
        params: RetrievalParams | None = None,
        calibration: Calibration | None = None,
        options_calibration: Calibration | None = None,
        max_question_chars: int = MAX_QUESTION_CHARS,
        saved_index: bool = True,
    ):
        """Index `knowledge`. With `saved_index`, reuse the index file saved next to
        the knowledge when it fits, and save a rebuilt one there for next time
        (not next to the shipped knowledge: `parentfaq index` writes that one)."""
        self.knowledge = knowledge
        self.normalizer = Normalizer(knowledge.synonyms)
        self.index = self._index(saved_index)
        self.retriever = Retriever(self.index, params)
        self.calibration = calibration or TUNED_CALIBRATION
        self.options_calibration = options_calibration or TUNED_OPTIONS
        self.composer = Composer(knowledge)
        # Who or what the content is not about (`outside` in synonyms.yaml), as words:
        # read as words, not stems ("manager" names a person, "manage" does not). Only
        # an entry read as one word counts: "co-worker" read as its parts would make
        # "worker" (a daycare worker) and "co" (co-sleeping) outside; synonyms.yaml folds
        # such spellings to one word.
        self.outside = frozenset(
            read[0]
            for word in knowledge.synonyms.get("outside") or ()
            if len(read := self.normalizer.words(word)) == 1
        )
        # Topics the content does not cover that are told by two concepts together
        # (telling a child about a divorce: the parting and the telling), as pairs of
        # word sets: a question naming a word of each is gated as `outside`.
        self.outside_together = tuple(
            tuple(
                frozenset(w for c in side for w in self.normalizer.words(str(c))) for side in pair
            )
            for pair in knowledge.synonyms.get("outside_together") or ()
            if len(pair) == 2
        )
        # An `outside` word that names who a question is about, not what it asks
        # (twins): the question is covered when it asks one of the content's own
        # concepts about them (bonding, closeness, security), read as words.
        self.outside_unless = {
            read[0]: frozenset(w for c in concepts for w in self.normalizer.words(str(c)))
            for word, concepts in (knowledge.synonyms.get("outside_unless") or {}).items()
            if len(read := self.normalizer.words(str(word))) == 1
        }
        # The docs a citation's evidence is looked for in: those indexed with their
        # sentences (passages); the others have none to highlight (`best_sentence`),
        # and a dict of every entry took 6 MB at 100,000 entries.
        self.doc_number = self.index.docs_.with_sentences()
        known = frozenset(t for t in self.index.doc_words.vocabulary_ if " " not in t)
        self.triage = Triage(knowledge.safety, known_words=known, model=load_shipped_model())
        self.max_question_chars = max_question_chars

    @property
    def speaks_chinese(self) -> bool:
        """Whether the knowledge holds Chinese content (then a server builds `chinese`
        before its first question)."""
        return any(e.language != "en" for e in self.knowledge.faq) or any(
            a.language != "en" for a in self.knowledge.articles
        )

    @cached_property
    def chinese(self) -> ChineseRetriever:
        """The path of questions holding Chinese characters (assistant/chinese.py), built
        on the first one: it weighs every doc's words at each start (55 s and 190 MB
        at 100,000 English entries, bench/README.md), which English questions never read."""
        synonyms = self.knowledge.synonyms
        folder = Folder(synonyms.get("zh_groups"))
        # Topics the content is not about: Chinese ones, and the English `outside`
        # words a mixed question may hold ("我個 teenager 仔").
        # An English one counts in every spelling its group gives it ("time out" for
        # timeout, "vaccine" for vaccination), as the English path reads it.
        english = synonyms.get("outside") or ()
        groups = synonyms.get("groups") or {}
        spellings = [v for word in english for v in groups.get(word) or ()]
        outside = [*(synonyms.get("zh_outside") or ()), *english, *spellings]
        return ChineseRetriever(chinese_docs(self.knowledge), folder, outside=outside)

    @collector_paused()  # millions of small objects, no cycle (see assistant.index)
    def _index(self, use_saved: bool) -> HybridIndex:
        docs = _docs(self.knowledge)
        empty = HybridIndex(self.normalizer)
        if not use_saved:
            return empty.fit(docs)
        path = self.knowledge.root / INDEX_FILE
        digest = content_hash(self.knowledge, empty.options())
        try:
            return load_index(path, empty, docs, digest)
        except StaleIndex as reason:
            if path.exists():
                log.warning("rebuilding the search index: %s", reason)
        index = empty.fit(docs)
        if path.parent.resolve() == shipped_dir().resolve():
            # The package's own files change only through `parentfaq index`: an
            # install may be read-only, and a start that rewrote a stale shipped
            # index would hide it from test_shipped_index_is_fresh.
            return index
        try:
            save_index(index, path, digest)
        except OSError as exc:
            log.warning("could not save the search index next to the knowledge (%s)", exc.strerror)
        return index

    def save_index(self) -> Path:
        """Save the index next to the knowledge; returns the file's path."""
        path = self.knowledge.root / INDEX_FILE
        save_index(self.index, path, content_hash(self.knowledge, self.index.options()))
        return path

    @classmethod
    def load(cls, knowledge_dir: str | Path | None = None, **options) -> Assistant:
        """Load the knowledge at `knowledge_dir` (None: the shipped knowledge)."""
        return cls(load_knowledge(knowledge_dir), **options)

    def ask(self, question: str, history: Sequence[str] | None = None) -> Answer:
        """Answer one question; `history` holds the conversation's earlier questions.

        Raises QuestionError for empty, oversized or binary input.
        """
        return self.respond(question, history)[0]

    def respond(
        self,
        question: str,
        history: Sequence[str] | None = None,
    ) -> tuple[Answer, Ranking | None]:
        """`ask`, plus the ranking behind the answer (None when triage decided)."""
        # Triage first, on the whole message: an emergency in a long story still escalates.
        sent, question = question, read_text(question)
        language = language_of(question)
        triaged = self.triage.check(question)
        if triaged.kind == "escalate":
            return self.composer.escalate(triaged), None
        # The limit is on what was sent (what the API's schema states), not on what is
        # left once control characters are dropped.
        check_length(sent if isinstance(sent, str) else question, self.max_question_chars)
        answer, ranking = self.reply(question, history or (), triaged.kind, language)
        if triaged.support:  # distress that is not an emergency: the note comes too
            answer = replace(answer, support=self.composer.support(triaged.lang))
        return answer, ranking

    def reply(
        self, question: str, history: Sequence[str], triaged: str | None, language: str
    ) -> tuple[Answer, Ranking | ChineseRanking | None]:
        """The answer after triage: small talk, the medical referral (unless the
        clinic's own FAQ answers confidently), or what retrieval finds."""
        chat = small_talk(question) if triaged is None else None
        if chat is not None:  # after triage: a danger message is never small talk
            return self.composer.small_talk(*chat), None
        if language == ZH:  # hook: the Chinese path (assistant/chinese.py)
            ranking = self.chinese.search(self.with_context(question, history))
            if triaged == "refer" and not self.clinic_answers_chinese(ranking):
                return self.composer.abstain("medical", language=language), None
            return self.compose_chinese(ranking), ranking
        text, ranking, confidence = self.read(question, history)
        if triaged == "refer" and not self.clinic_answers(ranking, confidence):
            # The referral is what the parent reads; the closest entries go with it
            # as alternatives, for counsellors (never shown to parents).
            ranked = [(self.index.docs_[c.doc].source_id, c.score) for c in ranking.candidates]
            return self.composer.abstain("medical", others=ranked, language=language), None
        return self.compose(ranking, confidence, text), ranking

    def clinic_answers(self, ranking: Ranking, confidence: float) -> bool:
        """Whether the clinic's own FAQ answers a medical question confidently enough
        to give its answer instead of the referral."""
        if not ranking.candidates or confidence < MEDICAL_ANSWER_CONFIDENCE:
            return False
        return self.index.docs_[ranking.candidates[0].doc].source_id.startswith("faq:")

    def clinic_answers_chinese(self, ranking: ChineseRanking) -> bool:
        """`clinic_answers` for a Chinese question: the clinic's FAQ first, and scored
        as high as only right answers scored on the team's Chinese questions."""
        if not ranking.candidates or ranking.candidates[0].score < MEDICAL_ANSWER_SCORE_ZH:
            return False
        return ranking.candidates[0].source_id.startswith("faq:")

    def read(self, question: str, history: Sequence[str]) -> tuple[str, Ranking, float]:
        """The reading of `question` to answer: alone, or, when it is a follow-up
        and the conversation makes it clearly better understood, with the earlier
        questions it follows (text, ranking, confidence)."""
        alone = self.best_reading(question)
        if history and is_follow_up(self.normalizer, question):
            text = self.with_context(question, history)
            joined, confidence = self.best_reading(text)
            # A message with no topic of its own ("and what does it cover?") is read
            # with the conversation unless that reading is less sure.
            lean = leans_on_conversation(self.normalizer, question)
            if confidence >= alone[1] + (0.0 if lean else FOLLOW_UP_MARGIN):
                return text, self.follow_up_order(question, joined), confidence
        return (question, *alone)

    def follow_up_order(self, question: str, joined: Ranking) -> Ranking:
        """The conversation's ranking with the follow-up's own words put first: of its
        best few candidates, the one whose phrasings hold most of what the follow-up
        adds ("what about naps?" after a routine question: the sleep schedule, not
        the routine)."""
        # An age and the stage word read with it ("and if she's 2?": "2y toddler") are a
        # detail of the same question, not a topic of their own to lift.
        terms = self.retriever.query_terms(question)
        aged = {n + 1 for n, t in enumerate(terms) if is_detail(t)}
        own = [
            t for n, t in enumerate(terms) if not t.isdigit() and not is_detail(t) and n not in aged
        ]
        if not own or not joined.candidates:
            return joined
        weights = [self.index.term_idf(t) for t in own]
        head = joined.candidates[:5]

        held = {
            c.doc: coverage(weights, [t in self.index.phrasing_terms(c.doc) for t in own])
            for c in head
        }
        if not any(held.values()):
            return joined
        # Asked in the follow-up's own words lifts a candidate by up to FOLLOW_UP_LIFT
        # of the best score: enough for a close second ("what about dads?" after a
        # bonding question), not for a far one ("and if i forget?" after promises).
        lift = FOLLOW_UP_LIFT * head[0].score
        head = sorted(head, key=lambda c: -(c.score + lift * held[c.doc]))
        return replace(joined, candidates=head + joined.candidates[len(head) :])

    def compose_chinese(self, ranking: ChineseRanking) -> Answer:
        """The answer to a Chinese question, in Chinese where the content has it."""
        others = [(c.source_id, c.score) for c in ranking.candidates[1:]]
        if not self.chinese.confident(ranking):
            best = [(c.source_id, c.score) for c in ranking.candidates[:1]]
            score = ranking.candidates[0].score if ranking.candidates else 0.0
            return self.composer.abstain("not_covered", score, best + others, language=ZH)
        best = ranking.candidates[0]
        return self.composer.answer(best.source_id, best.score, others, [], language=ZH)

    def rank(self, text: str) -> Ranking | ChineseRanking:
        """The ranking `respond` answers from, for a checked question."""
        if language_of(text) == ZH:
            return self.chinese.search(text)
        return self.best_reading(text)[0]

    def ranked_sources(self, ranking: Ranking | ChineseRanking) -> list[str]:
        """The source ids of a ranking, best first."""
        if isinstance(ranking, ChineseRanking):
            return ranking.source_ids
        return [self.index.docs_[c.doc].source_id for c in ranking.candidates]

    def best_reading(self, text: str) -> tuple[Ranking, float]:
        """Rank the whole text and, for a long story, its closing question on its own,
        and for a message opening with words that ask nothing ("ok, and what about
        promises?"), the rest of it; keep whichever reading the confidence model
        trusts more."""
        readings = [text]
        plain = without_opener(text)
        if plain != text and len(plain.split()) > 1:
            readings.append(plain)
        if len(text.split()) > 20:
            sentences = [s for s in _SENTENCE_END.split(text) if s.strip()]
            closing = self.closing_question(sentences) if len(sentences) > 1 else None
            if closing is not None:
                readings.append(closing)
        best = None
        for reading in readings:
            ranking = self.retriever.search(reading)
            confidence = (
                self.calibration.confidence(self.features(ranking)) if ranking.candidates else 0.0
            )
            if best is None or confidence > best[1]:
                best = (ranking, confidence)
        return best

    def closing_question(self, sentences: list[str]) -> str | None:
        """A story's last question (a question mark, or a sentence that opens asking:
        "any tips", "how do i help him"), with the sentences just before it while it
        holds fewer than QUESTION_TERMS content terms: "is that an issue?" asks about
        what the sentence before it told. None when no sentence asks: the story is
        the question, and its last sentence ("my husband says just close the door.
        i don't know.") would stand for it on setting words alone."""
        # A question mark says it best; without one, a sentence that opens asking
        # ("was so hard today." after "how do i help her?" tells).
        asked = [n for n, s in enumerate(sentences) if s.rstrip().endswith("?")] or [
            n for n, s in enumerate(sentences) if _ASKS.match(s)
        ]
        if not asked:
            return None
        last = asked[-1]
        first = last
        while (
            first > 0
            and len(self.retriever.query_terms(" ".join(sentences[first : last + 1])))
            < QUESTION_TERMS
        ):
            first -= 1
        return " ".join(sentences[first : last + 1])

    def compose(self, ranking: Ranking, confidence: float, text: str) -> Answer:
        if not ranking.candidates:
            return self.composer.abstain("not_covered")
        best = ranking.candidates[0]
        source_id = self.index.docs_[best.doc].source_id
        others = [(self.index.docs_[c.doc].source_id, c.score) for c in ranking.candidates[1:]]
        ranked = [(source_id, best.score), *others]
        if self.asks_outside(text, best.doc):
            # A teenager, a boss, a mattress: the words it shares with an entry ask
            # something else, however well they match.
            return self.composer.abstain("not_covered", min(confidence, 0.1), ranked)
        if names_no_topic(self.normalizer, text):
            return self.composer.abstain("not_covered", min(confidence, 0.1), ranked)
        bare = leans_on_conversation(self.normalizer, text)
        if bare or (bare is not None and confidence < BARE_FOLLOW_UP_CONFIDENCE):
            # Read alone, its topic is in a conversation there is none of.
            return self.composer.abstain("not_covered", min(confidence, 0.1), ranked)
        if confidence < self.calibration.threshold:
            options = self.clarify_options(ranking)
            if options:
                return self.composer.clarify(options, confidence, ranked)
            return self.composer.abstain("not_covered", confidence, ranked)
        return self.composer.answer(
            source_id,
            confidence,
            others,
            self.matched_terms(ranking.query_terms, best.doc, ranking.words),
            self.highlights(source_id, ranking.words, ranking.query_terms),
        )

    def asks_outside(self, text: str, doc: int) -> bool:
        """Whether `text` names someone or something the content is not about
        (`outside` in synonyms.yaml) that the entry `doc` does not name, or asks only
        about a child of school age or older."""
        words = self.normalizer.words(text)
        if asks_about_older_child(words):
            return True
        asked = frozenset(words)
        if any(
            not asked.isdisjoint(a) and not asked.isdisjoint(b) for a, b in self.outside_together
        ):
            return True
        if not self.outside:
            return False
        named = [
            stem(w)
            for w in dict.fromkeys(words)
            if w in self.outside and asked.isdisjoint(self.outside_unless.get(w, ()))
        ]
        return bool(named) and not all(self.index.found_in("doc_words", doc, named))

    def highlights(self, source_id: str, words: list[str], terms: list[str]) -> dict[str, str]:
        """For each passage an answer from `source_id` cites, its sentence that
        matched the question (its `words` and `terms`) best: the evidence to highlight."""
        found = {}
        for citation in self.composer.cited(source_id):
            doc = self.doc_number.get(citation.source_id)
            if doc is not None:
                sentence = best_sentence(self.index, doc, words, terms)
                if sentence is not None:
                    found[citation.source_id] = sentence
        return found

    def clarify_options(self, ranking: Ranking) -> list[str]:
        """The two or three entries to offer when the first candidate is not sure
        enough but a right one is likely among them (else none: abstain)."""
        calibration = self.options_calibration
        if calibration.confidence(self.features(ranking)) < calibration.threshold:
            return []
        options = self.option_ids(ranking)
        return options if len(options) >= 2 else []

    def option_ids(self, ranking: Ranking) -> list[str]:
        """Up to three of the first five candidates, best first, each citing a passage
        that none before it cites and asking another question: options that differ
        in what they answer (also used by `bench/tune.py`)."""
        options, questions, passages = [], set(), set()
        for candidate in ranking.candidates[:CLARIFY_POOL]:
            source_id = self.index.docs_[candidate.doc].source_id
            question = self.composer.question(source_id)
            cited = self.doc_passages(candidate.doc)
            if question in questions or cited <= passages:
                continue
            questions.add(question)
            passages |= cited
            options.append(source_id)
            if len(options) == MAX_OPTIONS:
                break
        return options

    def doc_passages(self, doc: int) -> frozenset[str]:
        """What an answer from doc number `doc` cites: two entries resting on the same
        passages agree rather than compete (confidence), and a "did you mean" offers
        entries that each bring a passage of their own. Made when asked, for a
        question's few candidates: kept for every doc, these sets took 26 MB at
        100,000 entries."""
        return self.cited_passages(self.index.docs_[doc].source_id)

    def cited_passages(self, source_id: str) -> frozenset[str]:
        """The passages an answer from `source_id` rests on (a passage: itself; an
        entry citing none: the entry)."""
        cited = [c.source_id for c in self.composer.cited(source_id)]
        return frozenset(cited[1:] or cited)

    def features(self, ranking: Ranking) -> dict[str, float]:
        """What the confidence is computed from (also used by `bench/tune.py`)."""
        return answer_features(self.index, ranking, self.doc_passages)

    def matched_terms(self, terms: list[str], doc: int, words: Sequence[str] = ()) -> list[str]:
        """Those of the question's `terms` that `doc` holds (the answer's `why`), in
        the question's own `words` where one stems to the term ("crying", not "cri")."""
        found = self.index.found_in("doc_words", doc, terms)
        surface = {stem(w): w for w in reversed(words)}
        return list(
            dict.fromkeys(surface.get(t, t) for t, hit in zip(terms, found, strict=True) if hit)
        )

    def check_question(self, question) -> str:
        """The cleaned question, or QuestionError saying what is wrong with it."""
        return check_question(question, self.max_question_chars)

    def with_context(self, question: str, history: Sequence[str]) -> str:
        """The question, joined with the earlier ones it follows up on, if it is a follow-up."""
        if language_of(question) == ZH:  # hook: Chinese follow-ups (assistant/chinese.py)
            return chinese.with_context(self.chinese.folder, question, history)
        return with_context(self.normalizer, question, history)


def _docs(knowledge: Knowledge) -> EntryDocs:
    """The English docs (Chinese ones are searched by assistant/chinese.py); all
    docs when a knowledge directory has no English content."""
    faq = [e for e in knowledge.faq if e.language == "en"] or knowledge.faq
    articles = [a for a in knowledge.articles if a.language == "en"] or knowledge.articles
    passages = [
        IndexedDoc(
            passage.source_id,
            passage.section,
            (passage.section,),
            f"{passage.section}. {passage.text}",
            sentences(passage.text),
        )
        for article in articles
        for passage in article.passages
    ]
    return EntryDocs(faq, passages)


class EntryDocs(Sequence):
    """The docs the index numbers: the FAQ entries', then the passages'. An entry's
    is made when read (a question reads a few): kept for every entry, their named
    tuples, source ids and phrasing tuples took 20 MB at 100,000 entries."""

    def __init__(self, faq: Sequence[FaqEntry], passages: list[IndexedDoc]):
        self.faq = faq
        self.passages = passages

    def __len__(self) -> int:
        return len(self.faq) + len(self.passages)

    def __getitem__(self, number):
        if isinstance(number, slice):
            return [self[n] for n in range(*number.indices(len(self)))]
        number = operator.index(number)
        if number < 0:
            number += len(self)
        if not 0 <= number < len(self):
            raise IndexError("doc number out of range")
        if number >= len(self.faq):
            return self.passages[number - len(self.faq)]
        entry = self.faq[number]
        return IndexedDoc(entry.source_id, entry.question, entry.questions, entry.answer)

    def with_sentences(self) -> dict[str, int]:
        """Source id -> doc number of the docs indexed with their sentences (an
        entry never is)."""
        first = len(self.faq)
        return {d.source_id: first + n for n, d in enumerate(self.passages) if d.sentences}
