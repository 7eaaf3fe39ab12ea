"""Chinese questions: script detection, folding, and a character n-gram retriever.

Chinese has no spaces between words, so a question is analysed into character
unigrams and bigrams within each run of Chinese characters, plus the Latin words
of a mixed question ("我個仔好 clingy"). Before that, every text (question and
content alike) is folded: full-width to half-width (NFKC), Simplified to
Traditional characters (OpenCC) and on to Simplified ones, where Traditional
variants meet (裡/裏, 係/繫, 餵/喂), and Cantonese, Mandarin and English variants to
one word each (`zh_groups` in synonyms.yaml: 佢 -> 他, 喊 -> 哭, BB -> 寶寶...).

The retriever ranks every doc of both languages, so a mixed question can match
an English entry too; `ChineseRetriever.search` then answers in Chinese where the
English match has a Traditional Chinese twin.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import opencc

ZH = "zh-Hant"
EN = "en"

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef"
_HAS_CJK = re.compile(f"[{_CJK}]")
_RUNS = re.compile(f"[{_CJK}]+|[a-z0-9]+(?:'[a-z]+)?")
_LATIN = re.compile(r"[a-z0-9]")

# Characters too common to be worth a unigram of their own (they stay in bigrams):
# particles, pronouns and function words of written Chinese and Cantonese, in both
# scripts (text is folded to Simplified; the Traditional forms are kept for reading).
STOP_CHARS = frozenset(
    "的了嗎呢吧啊呀我你他是在有和與及也都就會嘅咗喇啦㗎咩嘛囉個一這那些之很好与个会吗啰这"
) | frozenset("二三四五六七八九十百千")
# Numbers tell a question's setting (an age, how long, how many times), never its topic:
# numerals are stop characters and a run of digits is no word.
# Function characters of questions (folded: 點 -> 怎, 唔 -> 不): what a question asks
# with, not what it asks about, so they neither count toward coverage in context nor
# toward what an entry leaves uncovered ("怎麼辦" is in every Cantonese question).
FUNCTION_CHARS = STOP_CHARS | frozenset(
    "怎麼樣甚為何辦嗎不沒是否要會能可以該應得到把被讓令對於從跟同就才又再先些啲乜咁嘢喎吓呀咯噃"
    "㖞为么于从办对应样没让该"
)
STOP_WORDS = frozenset(
    "a an the is are am be to of and or in on at for my our your i me we he she it "
    "do does did can should would will what how why when who which that this so".split()
)


# Aspect particles (Cantonese 咗, Mandarin 了) as they sit inside a verb-object word.
_ASPECT_INSIDE = re.compile(f"([{_CJK}])(咗|了)(?=([{_CJK}]))")

# Working hours told as the clock's two ends (朝九晚六, 朝8晚10), read as the content's
# 工作時間 (folded to Simplified, as the groups' words are).
_HOURS = re.compile(r"朝[一二三四五六七八九十0-9]{1,3}晚[一二三四五六七八九十0-9]{1,3}")

# The parent speaking of their own feelings (我自己…沒安全感, 我本身好焦慮, 處理我自己的情緒):
# the article is about the child's security, not the adult's, so such a question names an
# outside topic no doc holds. On folded text; no mention of the child may stand between
# (我自己都覺得他沒安全感 is about the child).
_OWN_FEELINGS = re.compile(
    r"我(?:自己|本身)[^他孩宝幼儿女子,.?!;:]{0,5}"
    r"(?:没安全感|缺乏安全感|没有安全感|焦虑|抑郁|压力|寂寞|孤单|情绪|不开心|伤心)"
    r"|我[^他孩宝幼儿女子,.?!;:]{0,8}自己的情绪"
)
OWN_FEELINGS = "(the parent's own feelings)"
# The age for something (幾歲先可以, 幾個月大應該, 幾多歲送佢去…比較適合): the article gives no
# ages. On folded text, within a clause; 幾大個人 ("so big already") is not an age asked.
_AGE_FOR = re.compile(
    r"(?:几|多少)(?:岁|大(?!个人)|个月大?)[^,.?!;:]{0,12}?"
    r"(?:适合|合适|可以|应该|开始|先|才|最|比较)"
)
AGE_FOR = "(the age for something)"

# Character n-grams up to this length. Trigrams were tried (with 100 entries): on the dev half, the
# lowest of top-1 and abstain precision and recall was 0.889 with them, 0.895 without.
NGRAM_MAX = 2


# A short Chinese message opening or ending like this leans on the previous question
# ("咁夜晚呢？", "如果佢兩歲呢"). Matched before folding (folding turns 咁 into 這樣).
_FOLLOW_UP = re.compile(r"^(咁|噉|那|那麼|如果|假如|但|但係|但是|仲有|還有|另外|又|至於|and|but)")
_FOLLOW_UP_END = re.compile(r"(呢|啊|呀|嘅|喎)[?？!！。.\s]*$")

# Clause ends (after folding, so full-width marks are half-width). A parent's story
# tells the situation first and asks last: its last clauses are the question.
_CLAUSE_END = re.compile(r"[,.?!;:\n。、]+")
# The question's tail: its last clauses holding at least this many distinct content
# characters or Latin words ("點算？" alone says nothing; "成日攬佢其實好唔好" does).
TAIL_CONTENT = 5


def has_chinese(text: str) -> bool:
    """Whether `text` holds Chinese characters (a mixed question counts as Chinese)."""
    return _HAS_CJK.search(text) is not None


def language_of(text: str) -> str:
    """The language to answer `text` in, by its script: `zh-Hant` or `en`."""
    return ZH if has_chinese(text) else EN


@lru_cache(maxsize=1)
def to_traditional() -> opencc.OpenCC:
    """Simplified to Traditional in Hong Kong's standard forms (为 -> 為, 吃 stays 吃),
    applied to content and questions alike, so both meet in one spelling. Made on
    the first Chinese text: its dictionaries cost a process 43 MB."""
    import opencc

    return opencc.OpenCC("s2hk")


@lru_cache(maxsize=1)
def to_simplified() -> opencc.OpenCC:
    """Hong Kong Traditional (and its variants) to Simplified characters: many to
    one, where s2hk is one to many and picks by context (Simplified 里 becomes 裏
    where the content writes 裡, 尽 becomes 儘 where it writes 盡, a Cantonese 系
    becomes 繫 for 係), so a Simplified question and the Traditional content can
    only meet on the Simplified side. Its dictionaries are a few hundred kB."""
    import opencc

    return opencc.OpenCC("hk2s")


class Folder:
    """Folds Chinese text to one spelling: half-width, Simplified, one word per group."""

    def __init__(self, groups: dict | None = None):
        self.variants: dict[str, str] = {}
        for canonical, variants in (groups or {}).items():
            canonical = self._plain(str(canonical))
            # The canonical word maps to itself, so a longer canonical (怎麼辦) is not
            # broken up by a shorter variant of another group (怎麼 -> 怎樣).
            self.variants.setdefault(canonical, canonical)
            for variant in variants or ():
                self.variants[self._plain(str(variant))] = canonical
        # A verb-object word takes its aspect particle inside it (出咗差, 返咗工, 瞓咗覺,
        # 搬了家): a particle between the two characters of a word of the groups is
        # left out before folding, so it does not break the word it sits in.
        self._split_words = frozenset(
            w
            for w in self.variants
            if len(w) == 2 and _HAS_CJK.search(w[0]) and _HAS_CJK.search(w[1])
        )
        # Longest first, so 點算 wins over 點; Latin variants only as whole words (one
        # pair of lookarounds for the whole Latin group: one per variant made folding
        # four times slower).
        longest = sorted(self.variants, key=len, reverse=True)
        latin = "|".join(re.escape(v) for v in longest if _LATIN.match(v))
        chinese = "|".join(re.escape(v) for v in longest if not _LATIN.match(v))
        groups = [rf"(?<![a-z0-9])(?:{latin})(?![a-z0-9])" if latin else "", chinese]
        alternation = "|".join(g for g in groups if g)
        self._pattern = re.compile(alternation) if alternation else None

    def _joined(self, match: re.Match) -> str:
        """The character before the particle alone when it and the one after make a
        word of the groups (the particle left out), else the text as it was."""
        inside = match.group(1) + match.group(3) in self._split_words
        return match.group(1) if inside else match.group(0)

    @staticmethod
    def _plain(text: str) -> str:
        """Half-width, lower case, Simplified characters (the key the retriever
        matches on; answers are shown from the content as written)."""
        return to_simplified().convert(unicodedata.normalize("NFKC", text).lower())

    def fold(self, text: str) -> str:
        plain = _ASPECT_INSIDE.sub(self._joined, self._plain(text))
        if "朝" in plain:
            plain = _HOURS.sub("工作时间", plain)
        if self._pattern is None:
            return plain
        return self._pattern.sub(lambda m: self.variants[m.group(0)], plain)

    def runs(self, text: str) -> list[str]:
        """The folded text's Chinese runs and Latin words, Cantonese 咗 left out: an
        aspect particle and never part of a word, it parts the verb from its object
        (換咗外傭, 搬咗屋) where the content writes them together (換外傭, 搬屋)."""
        return [run.replace("咗", "") for run in _RUNS.findall(self.fold(text))]

    def features(self, text: str) -> list[str]:
        """Character 1..NGRAM_MAX-grams of each Chinese run, and the Latin words."""
        out = []
        for run in self.runs(text):
            if _LATIN.match(run):
                if run not in STOP_WORDS and not run.isdigit():
                    out.append(run)
                continue
            out.extend(ch for ch in run if ch not in STOP_CHARS)
            for n in range(2, NGRAM_MAX + 1):
                out.extend(run[i : i + n] for i in range(len(run) - n + 1))
        return out


def content_terms(terms: Sequence[str]) -> int:
    """How many of a question's distinct features are content characters or Latin words."""
    return sum(
        1 for t in set(terms) if _LATIN.match(t) or (len(t) == 1 and t not in FUNCTION_CHARS)
    )


def question_tail(folder: Folder, text: str) -> str | None:
    """The last clauses of a question told in several, holding at least
    `TAIL_CONTENT` content terms; None when that takes the whole question."""
    clauses = [c for c in _CLAUSE_END.split(Folder._plain(text)) if c.strip()]
    for start in range(len(clauses) - 1, 0, -1):
        tail = ",".join(clauses[start:])
        if content_terms(folder.features(tail)) >= TAIL_CONTENT:
            return tail
    return None


def is_follow_up(folder: Folder, question: str) -> bool:
    """Short and leaning on what came before: a Chinese question of at most three
    content characters, or of at most eight that opens or ends like a follow-up."""
    content = [f for f in folder.features(question) if len(f) == 1 or _LATIN.match(f)]
    if len(content) <= 3:
        return True
    plain = Folder._plain(question).strip()
    return len(content) <= 8 and bool(_FOLLOW_UP.match(plain) or _FOLLOW_UP_END.search(plain))


def with_context(folder: Folder, question: str, history: Sequence[str]) -> str:
    """The Chinese question, joined with the earlier ones it follows up on."""
    parts = [question]
    for earlier in reversed(list(history)[-5:]):
        if not is_follow_up(folder, parts[0]):
            break
        parts.insert(0, str(earlier).strip())
    return " ".join(parts)


@dataclass(frozen=True)
class ChineseDoc:
    source_id: str
    language: str
    # The question and its alternates; a passage's section and each of its sentences.
    phrasings: tuple[str, ...]
    body: str
    twin: str | None = None  # the source id of the same content in the other language


@dataclass(frozen=True)
class ChineseCandidate:
    source_id: str
    score: float
    phrasing: float  # the best phrasing's cosine
    whole: float  # the whole doc's cosine (phrasings and body)
    coverage: float  # share of the question's weight (IDF) the doc holds


@dataclass(frozen=True)
class ChineseRanking:
    """Ranked source ids (twins folded into the question's language) and features."""

    candidates: list[ChineseCandidate]
    query_terms: list[str]
    unknown_terms: list[str]
    # What the question names of what the content is not about (`zh_outside`).
    outside: tuple[str, ...] = ()

    @property
    def length(self) -> int:
        """The question's distinct content characters and Latin words."""
        return content_terms(self.query_terms)

    @property
    def source_ids(self) -> list[str]:
        return [c.source_id for c in self.candidates]


@dataclass(frozen=True)
class ChineseParams:
    """Fusion weights and the abstention threshold, chosen on the dev half of
    tests/data/zh_questions.jsonl (see bench/zh_tune.py).

    `context` weighs coverage in context (`_context_coverage`); `body_hold` is what
    a term held only by a doc's body counts for in coverage (1 for a phrasing);
    `margin` adds the lead over the next source to the best score before it meets
    `threshold`: a question near several entries at once is less likely covered;
    `unknown_weight` is what a character no doc holds weighs in coverage, in units of
    the rarest known character's IDF; `uncovered` weighs, against the other signals,
    the rarest content character a doc leaves uncovered (`_uncovered`); `unknown_norm`
    is what a content character or Latin word no doc holds weighs in the question's
    vector, in units of the rarest known one's IDF (`_query_vector`).

    A long question (more than `long_at` content terms: a parent's story) is ranked
    as a whole but takes the share `tail` of its score from its last clauses alone
    (`question_tail`): the story's setting shares words with many entries, its
    question says which one, and an out-of-scope question after a familiar setting
    matches none (round 6, with more stories in dev, chose `tail` 0: off). Its
    confidence is multiplied by (terms / long_at) ** `long_power`: the cosines of a
    long question fall with its length whether or not an entry answers it.

    `whole_confidence` adds the best source's whole-doc cosine (its phrasings and
    body together) to the confidence at that weight: a question the team's
    alternates do not word is still near the entry's text as a whole, and of the
    signals tried it best told answered-right questions from the rest on dev
    batches held out one at a time (bench/README.md, round 8)."""

    phrasing: float = 0.5
    whole: float = 0.3
    coverage: float = 0.15
    threshold: float = 1.41
    context: float = 0.2
    body_hold: float = 1.0
    margin: float = 1.0
    unknown_weight: float = 2.0
    uncovered: float = 0.1
    unknown_norm: float = 1.5
    tail: float = 0.0
    long_at: int = 10
    long_power: float = 1.0
    whole_confidence: float = 6.3


class ChineseRetriever:
    """TF-IDF over folded character n-grams of every doc, in both languages."""

    def __init__(
        self,
        docs: Sequence[ChineseDoc],
        folder: Folder,
        params=None,
        outside: Sequence[str] = (),
    ):
        self.docs = list(docs)
        self.folder = folder
        self.params = params or ChineseParams()
        # Topics the content is not about (`zh_outside` in synonyms.yaml, and the
        # English `outside` words a mixed question may hold), folded as questions are:
        # a question naming one is answered only by a doc whose own text names it.
        self.outside = tuple(outside)
        folded = dict.fromkeys(t for t in map(folder.fold, self.outside) if t.strip())
        # Longest first; a Latin word only whole ("teen" is not in "teenth").
        alternatives = [
            rf"(?<![a-z0-9]){re.escape(t)}(?![a-z0-9])" if _LATIN.match(t) else re.escape(t)
            for t in sorted(folded, key=len, reverse=True)
        ]
        self._outside = re.compile("|".join(alternatives)) if alternatives else None
        # Per doc, the outside topics its own text names.
        self.names = [self._named(folder.fold(" ".join((*d.phrasings, d.body)))) for d in self.docs]
        self.doc_number = {d.source_id: i for i, d in enumerate(self.docs)}
        # Imported here: scikit-learn costs 90 MB of a server that asks no Chinese question.
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.by_source = {d.source_id: d for d in self.docs}
        texts = [p for d in self.docs for p in d.phrasings] + [d.body for d in self.docs]
        self.vectorizer = TfidfVectorizer(
            analyzer=folder.features, sublinear_tf=True, dtype=np.float32
        ).fit(texts)
        self.phrasing_doc = np.array(
            [i for i, d in enumerate(self.docs) for _ in d.phrasings], dtype=np.int64
        )
        self.phrasings = self.vectorizer.transform([p for d in self.docs for p in d.phrasings])
        # The whole doc, phrasings and body together: the evidence of the entry as a
        # whole (on the dev half it beat the body alone: 0.895 for 0.889 at the floor),
        # and every term the doc holds, for coverage.
        self.wholes = self.vectorizer.transform(
            [" ".join((*d.phrasings, d.body)) for d in self.docs]
        )
        self.holds = self._holds()
        # Columns per term, so a question reads only its own terms' columns.
        self.phrasings, self.wholes = self.phrasings.tocsc(), self.wholes.tocsc()
        self.vocabulary = self.vectorizer.vocabulary_
        self.idf_values = self.vectorizer.idf_.astype(np.float32)
        # A character no doc holds weighs as the rarest one times `unknown_weight`:
        # a word the content never uses is the best sign it does not cover the question.
        self.rarest_idf = float(self.idf_values.max()) if len(self.idf_values) else 1.0
        self.unknown_idf = self.rarest_idf * self.params.unknown_weight

    def _holds(self) -> np.ndarray:
        """Per term and doc, 1 when one of the doc's phrasings holds the term, and
        `params.body_hold` when only its body does: a long answer holds most common
        characters, so coverage alone would favour the longest docs."""
        from scipy.sparse import csr_matrix  # 23 MB a process: on the Chinese path only

        docs = len(self.docs)
        n = len(self.phrasing_doc)
        to_doc = csr_matrix(
            (np.ones(n, dtype=np.float32), (self.phrasing_doc, np.arange(n))), (docs, n)
        )
        in_phrasings = (to_doc @ (self.phrasings > 0).astype(np.float32)).toarray() > 0
        in_whole = (self.wholes > 0).toarray()
        holds = np.where(in_phrasings, 1.0, np.where(in_whole, self.params.body_hold, 0.0))
        # Dense, a row per term: a question reads a few rows (150 docs x 6k terms: 4 MB).
        return np.ascontiguousarray(holds.T, dtype=np.float32)

    def signals(self, text: str) -> dict[str, np.ndarray] | None:
        """Per doc: the best phrasing's cosine, the whole doc's, and the question's
        coverage by single characters and in context; None when no term is known."""
        features = self.folder.features(text)
        ids, weights = self._query_vector(features)
        if not len(ids):
            return None
        by_phrasing = self.phrasings[:, ids] @ weights
        phrasing = np.zeros(len(self.docs), dtype=np.float32)
        np.maximum.at(phrasing, self.phrasing_doc, by_phrasing)
        context, uncovered = self._context_coverage(text)
        return {
            "phrasing": phrasing,
            "whole": self.wholes[:, ids] @ weights,
            "coverage": self._coverage(list(dict.fromkeys(features))),
            "context": context,
            "uncovered": uncovered,
        }

    def search(self, text: str, language: str = ZH, k: int = 10) -> ChineseRanking:
        terms = list(dict.fromkeys(self.folder.features(text)))
        unknown = [t for t in terms if t not in self.vocabulary]
        outside = self.named_outside(text)
        signals = self.signals(text)
        if signals is None:
            return ChineseRanking([], terms, unknown, outside)
        phrasing, whole, coverage = signals["phrasing"], signals["whole"], signals["coverage"]
        fused = self.fuse(signals, self.params)
        scores = self._with_tail(text, terms, fused)
        candidates, seen = [], set()
        # Ranked by the whole question (a story's last clause alone, "我可以點幫佢",
        # often fits several entries); scored with its tail.
        for i in np.argsort(-fused, kind="stable"):
            if fused[i] <= 0 or len(candidates) == k:
                break
            source_id = self._in_language(self.docs[i], language)
            if source_id in seen:
                continue
            seen.add(source_id)
            candidates.append(
                ChineseCandidate(
                    source_id,
                    float(scores[i]),
                    float(phrasing[i]),
                    float(whole[i]),
                    float(coverage[i]),
                )
            )
        return ChineseRanking(candidates, terms, unknown, outside)

    def named_outside(self, text: str) -> tuple[str, ...]:
        """The `outside` topics `text` names, after folding."""
        return tuple(sorted(self._named(self.folder.fold(text))))

    def _named(self, folded: str) -> frozenset[str]:
        named = frozenset(self._outside.findall(folded)) if self._outside else frozenset()
        if _OWN_FEELINGS.search(folded):
            named |= {OWN_FEELINGS}
        if _AGE_FOR.search(folded):
            named |= {AGE_FOR}
        return named

    def holds_outside(self, source_id: str, named: Sequence[str]) -> bool:
        """Whether the doc `source_id` names every one of the topics `named`."""
        i = self.doc_number.get(source_id)
        return i is not None and self.names[i].issuperset(named)

    def _with_tail(self, text: str, terms: list[str], fused: np.ndarray) -> np.ndarray:
        """Per doc, the score of a long question with the share `tail` taken from its
        last clauses; a shorter question's as it is."""
        p = self.params
        tail = (
            question_tail(self.folder, text)
            if p.tail and content_terms(terms) > p.long_at
            else None
        )
        found = self.signals(tail) if tail else None
        if found is None:
            return fused
        return (1 - p.tail) * fused + p.tail * self.fuse(found, p)

    @staticmethod
    def fuse(signals: dict[str, np.ndarray], p: ChineseParams) -> np.ndarray:
        """Per doc, the signals weighed into one score."""
        return (
            p.phrasing * signals["phrasing"]
            + p.whole * signals["whole"]
            + p.coverage * signals["coverage"]
            + p.context * signals["context"]
            - p.uncovered * signals["uncovered"]
        )

    def _query_vector(self, features: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """The question's TF-IDF vector as the vectorizer makes a doc's (sublinear
        counts times IDF, unit length), without its per-call overhead.

        The vectorizer drops what no doc holds, so "怕黑" would leave a question the
        cosine of its other words. Its content characters and Latin words no doc
        holds stay in the length instead, at `params.unknown_norm` times the rarest
        IDF: a question that is partly about something else matches less. (Not its
        unknown bigrams: two known characters side by side often make a new pair.)"""
        counts: dict[int, int] = {}
        unknown: set[str] = set()
        for feature in features:
            i = self.vocabulary.get(feature)
            if i is not None:
                counts[i] = counts.get(i, 0) + 1
            elif (len(feature) == 1 and feature not in FUNCTION_CHARS) or _LATIN.match(feature):
                unknown.add(feature)
        ids = np.fromiter(counts, dtype=np.int64, count=len(counts))
        tf = 1.0 + np.log(np.fromiter(counts.values(), dtype=np.float32, count=len(counts)))
        weights = tf * self.idf_values[ids]
        unknown_weight = self.params.unknown_norm * self.rarest_idf
        norm = float(np.sqrt(weights @ weights + len(unknown) * unknown_weight**2))
        return ids, (weights / norm if norm else weights)

    def _coverage(self, terms: list[str]) -> np.ndarray:
        """Per doc, the IDF-weighted share of the question's characters and Latin
        words it holds; one no doc holds weighs as the rarest (an unknown topic, such
        as 疹 or 疫苗, lowers coverage). Bigrams are left out: two known characters
        side by side often make a pair no doc happens to hold."""
        terms = [t for t in terms if len(t) == 1 or _LATIN.match(t)]
        if not terms:
            return np.zeros(len(self.docs), dtype=np.float32)
        ids = [self.vocabulary.get(t) for t in terms]
        weights = np.array(
            [self.idf_values[i] if i is not None else self.unknown_idf for i in ids],
            dtype=np.float32,
        )
        known = [n for n, i in enumerate(ids) if i is not None]
        if not known:
            return np.zeros(len(self.docs), dtype=np.float32)
        found = weights[known] @ self.holds[[ids[n] for n in known]]
        return found / weights.sum()

    def _context_coverage(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Per doc, the IDF-weighted share of the question's content characters it
        holds together with a neighbour (one of the two bigrams the character is in):
        single characters match almost anywhere (冷 in 冷落, 氣 in 生氣), a pair
        (冷氣) is what the doc is about. Characters of a one-character run and Latin
        words count when held alone. Unknown characters weigh as the rarest.

        And per doc, the weight of the rarest content character it does not hold at
        all, in units of an unknown character's (the English engine's 'uncovered'): a
        question about 打嗝 or 怕黑 shares the everyday words of many entries (寶寶,
        哭, 睡) and one word none has, which says it asks something else."""
        slots: list[tuple[float, list[int], int | None]] = []
        for run in self.folder.runs(text):
            if _LATIN.match(run):
                if run not in STOP_WORDS and not run.isdigit():
                    slots.append(self._slot(run, [run]))
                continue
            for i, ch in enumerate(run):
                if ch in FUNCTION_CHARS:
                    continue
                pairs = [run[j : j + 2] for j in (i - 1, i) if 0 <= j and j + 2 <= len(run)]
                slots.append(self._slot(ch, pairs or [ch]))
        docs = len(self.docs)
        found = np.zeros(docs, dtype=np.float32)
        uncovered = np.zeros(docs, dtype=np.float32)
        if not slots:
            return found, uncovered
        for weight, ids, own in slots:
            if ids:
                found += weight * self.holds[ids].max(axis=0)
            lacking = self.holds[own] == 0 if own is not None else np.ones(docs, dtype=bool)
            np.maximum(uncovered, np.where(lacking, weight / self.unknown_idf, 0.0), out=uncovered)
        return found / sum(w for w, _, _ in slots), uncovered

    def _slot(self, term: str, covering: list[str]) -> tuple[float, list[int], int | None]:
        """A content term's weight, the ids of the terms that cover it in context,
        and its own id (None when no doc holds it)."""
        i = self.vocabulary.get(term)
        weight = float(self.idf_values[i]) if i is not None else self.unknown_idf
        return weight, [self.vocabulary[c] for c in covering if c in self.vocabulary], i

    def _in_language(self, doc: ChineseDoc, language: str) -> str:
        """The doc's own source id, or its twin's when the twin is in `language`."""
        if doc.language != language and doc.twin and doc.twin in self.by_source:
            return doc.twin
        return doc.source_id

    def confidence(self, ranking: ChineseRanking) -> float:
        """The best score plus `params.margin` times its lead over the next source,
        scaled up for a long question (`length_factor`), plus `whole_confidence`
        times the best source's whole-doc cosine."""
        if not ranking.candidates:
            return 0.0
        p = self.params
        best = ranking.candidates[0]
        second = ranking.candidates[1].score if len(ranking.candidates) > 1 else 0.0
        lead = best.score - second
        scaled = (best.score + p.margin * lead) * length_factor(ranking.length, p)
        return scaled + p.whole_confidence * best.whole

    def confident(self, ranking: ChineseRanking) -> bool:
        """Sure enough to answer: the confidence clears the threshold, and the best
        source names whatever `outside` topic the question names (a baby's sleeping
        position, a school place, a fever: the words it shares with an entry, 寶寶,
        睡, 幼稚園, ask something else, however well they match)."""
        if not ranking.candidates:
            return False
        best = ranking.candidates[0].source_id
        if ranking.outside and not self.holds_outside(best, ranking.outside):
            return False
        return self.confidence(ranking) >= self.params.threshold


def length_factor(length: int, params: ChineseParams) -> float:
    """(length / `long_at`) ** `long_power` beyond `long_at` content terms, else 1."""
    return max(1.0, length / params.long_at) ** params.long_power


def chinese_docs(knowledge) -> list[ChineseDoc]:
    """Every FAQ entry and passage of both languages, each knowing its twin."""
    twins: dict[str, str] = {}
    for entry in knowledge.faq:
        if entry.translation_of:
            twins[f"faq:{entry.id}"] = f"faq:{entry.translation_of}"
            twins[f"faq:{entry.translation_of}"] = f"faq:{entry.id}"
    for article in knowledge.articles:
        if article.translation_of:
            for passage in article.passages:
                original = f"article:{article.translation_of}#{passage.id}"
                twins[passage.source_id] = original
                twins[original] = passage.source_id
    docs = [
        ChineseDoc(e.source_id, e.language, e.questions, e.answer, twins.get(e.source_id))
        for e in knowledge.faq
    ]
    for article in knowledge.articles:
        for passage in article.passages:
            docs.append(
                ChineseDoc(
                    passage.source_id,
                    article.language,
                    (passage.section, *_sentences(passage.text)),
                    f"{passage.section}. {passage.text}",
                    twins.get(passage.source_id),
                )
            )
    return docs


_SENTENCE_END = re.compile(r"(?<=[。！？；.!?;])\s*")


def _sentences(text: str) -> list[str]:
    """A passage's sentences, each a phrasing of its doc: a question in the article's
    own words ("照顧者為何不應作出無法兌現的承諾") meets the sentence saying it, not
    only the section's title and the whole passage, whose cosines its length lowers."""
    return [t for t in _SENTENCE_END.split(text) if t.strip()]
