"""Compose the answer object from clinic text only: FAQ answers, article passages,
and the configured safety and abstention messages. Nothing here writes prose."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace

from knowledge import FaqEntry, Knowledge, Passage

from .answer import Answer, Citation
from .triage import TriageResult

MAX_RELATED = 3
# The other candidates, for counsellors: up to the rest of the engine's ten best, so
# an answer object alone holds its whole top ten (what MRR@10 on a public set reads).
MAX_ALTERNATIVES = 10
MAX_OPTIONS = 3


class Records(Mapping):
    """Source id -> FAQ entry or passage. An entry is found by its own id (the source
    id is "faq:" + id): keyed by source id, the dict made a new string per entry
    (6 MB at 100,000 entries)."""

    def __init__(self, knowledge: Knowledge):
        self.entries: dict[str, FaqEntry] = {e.id: e for e in knowledge.faq}
        self.passages: dict[str, Passage] = {p.source_id: p for p in knowledge.passages}

    def __getitem__(self, source_id: str) -> FaqEntry | Passage:
        if isinstance(source_id, str) and source_id.startswith("faq:"):
            return self.entries[source_id[4:]]
        return self.passages[source_id]

    def __iter__(self) -> Iterator[str]:
        yield from (e.source_id for e in self.entries.values())
        yield from self.passages

    def __len__(self) -> int:
        return len(self.entries) + len(self.passages)


class Composer:
    def __init__(self, knowledge: Knowledge):
        self.knowledge = knowledge
        self.clinic = knowledge.clinic or {}
        self.records = Records(knowledge)
        self.articles = {a.id: a for a in knowledge.articles}
        self._citations: dict[str, Citation | None] = {}
        # A few entries per tag, so related questions cost no scan of the collection.
        # Keyed by language too, so related questions stay in the answer's language.
        self.by_tag: dict[tuple[str, str], list[str]] = {}
        for entry in knowledge.faq:
            for tag in entry.tags:
                bucket = self.by_tag.setdefault((entry.language, tag), [])
                if len(bucket) <= MAX_RELATED * 2:
                    bucket.append(entry.source_id)

    def texts(self, language: str = "en") -> dict:
        """The clinic's texts (clinic.yaml) in `language`, English where untranslated."""
        translated = (self.clinic.get("translations") or {}).get(language) or {}
        messages = {**self.clinic.get("messages", {}), **translated.get("messages", {})}
        return {**self.clinic, **translated, "messages": messages}

    def language(self, source_id: str) -> str:
        return getattr(self.records.get(source_id), "language", "en")

    # -- citations -------------------------------------------------------
    def citation(self, source_id: str) -> Citation | None:
        """The citation of one record (remembered: records do not change)."""
        cache = self._citations
        if source_id not in cache:
            if len(cache) >= 4096:
                cache.clear()
            cache[source_id] = self._citation(source_id)
        return cache[source_id]

    def _citation(self, source_id: str) -> Citation | None:
        record = self.records.get(source_id)
        if isinstance(record, Passage):
            article = self.articles[record.article_id]
            author = ", ".join(
                x for x in (article.author, article.credentials, article.organisation) if x
            )
            return Citation(
                source_id, article.title, author, record.section, record.text, record.url
            )
        if isinstance(record, FaqEntry):
            author = record.reviewed_by or self.clinic.get("name", "")
            return Citation(
                source_id,
                record.question,
                author,
                "FAQ",
                record.answer,
                record.url or f"/faq#{record.id}",
            )
        return None

    def title(self, source_id: str) -> str:
        record = self.records.get(source_id)
        if isinstance(record, FaqEntry):
            return record.question
        if isinstance(record, Passage):
            return f"{self.articles[record.article_id].title}: {record.section}"
        return source_id

    # -- the three kinds -------------------------------------------------
    def answer(
        self,
        source_id: str,
        confidence: float,
        others: list[tuple[str, float]],
        matched_terms: list[str],
        highlights: dict[str, str] | None = None,
        language: str | None = None,
    ) -> Answer:
        """An `answer` built from the record behind `source_id`; `highlights` maps a
        cited passage's source id to its sentence that matched the question. Asked in
        another `language` than the record's, it opens with a one-line note saying so."""
        record = self.records[source_id]
        citations = self.cited(source_id)
        if highlights:
            citations = tuple(
                replace(c, highlight=highlights[c.source_id]) if c.source_id in highlights else c
                for c in citations
            )
        text = record.answer if isinstance(record, FaqEntry) else record.text
        if language and language != record.language:
            note = self.texts(language).get("other_language_note", "")
            text = f"{note}\n\n{text}" if note else text
        return Answer(
            kind="answer",
            text=text,
            confidence=confidence,
            source_id=source_id,
            citations=citations,
            related=self._related(record, others),
            alternatives=self._alternatives(others),
            why={"matched_terms": matched_terms},
            language=record.language,
        )

    def cited(self, source_id: str) -> tuple[Citation, ...]:
        """What an answer from `source_id` cites: the record, then (for an FAQ entry)
        the passages it rests on."""
        record = self.records[source_id]
        cited = [source_id, *record.sources] if isinstance(record, FaqEntry) else [source_id]
        return tuple(c for c in map(self.citation, cited) if c is not None)

    def clarify(
        self,
        options: list[str],
        confidence: float,
        others: list[tuple[str, float]] = (),
        reason: str = "close_candidates",
        language: str = "en",
    ) -> Answer:
        """Ask which of two or three entries the parent means (`options`: source ids,
        best first); choosing one asks that entry's question."""
        messages = self.texts(language)["messages"]
        return Answer(
            kind="clarify",
            text=messages.get("clarify", ""),
            confidence=confidence,
            reason=reason,
            options=tuple(
                {"source_id": s, "question": self.question(s)} for s in options[:MAX_OPTIONS]
            ),
            alternatives=self._alternatives(others),
            language=language,
        )

    def question(self, source_id: str) -> str:
        """The question an entry answers, as a parent could ask it (a passage: its
        heading)."""
        record = self.records.get(source_id)
        if isinstance(record, FaqEntry):
            return record.question
        if isinstance(record, Passage):
            return record.section
        return source_id

    def abstain(
        self,
        reason: str,
        confidence: float = 0.0,
        others: list[tuple[str, float]] = (),
        language: str = "en",
    ) -> Answer:
        """Say kindly (in `language`) that the content does not cover this, and who can help."""
        texts = self.texts(language)
        key = "medical" if reason == "medical" else "abstain"
        text = " ".join(
            x for x in (texts["messages"].get(key, ""), texts.get("counsellor_contact", "")) if x
        )
        return Answer(
            kind="abstain",
            text=text,
            confidence=confidence,
            reason=reason,
            alternatives=self._alternatives(others),
            language=language,
        )

    def options(self, candidates: list[tuple[str, float]]) -> tuple[dict, ...]:
        """The closest of `candidates` as "did you mean" options, shaped as a
        clarification's: up to MAX_OPTIONS {"source_id", "question"}."""
        picked = list(dict.fromkeys(s for s, _ in candidates if s in self.records))
        return tuple({"source_id": s, "question": self.question(s)} for s in picked[:MAX_OPTIONS])

    def small_talk(self, kind: str, language: str = "en") -> Answer:
        """The clinic's short reply to a greeting, thanks or a question about the
        assistant or the clinic: an abstention (nothing from the articles applies)
        whose text is the clinic's own, with reason "small_talk"."""
        texts = (self.clinic.get("small_talk") or {}).get(kind) or {}
        text = texts.get(language) or texts.get("en")
        if not text:  # a clinic.yaml without this reply: the usual abstention
            return self.abstain("not_covered")
        number = self.escalate_call()["number"]
        return Answer(
            kind="abstain",
            text=text.replace("{emergency_number}", number),
            confidence=0.0,
            reason="small_talk",
            why={"small_talk": kind},
            language=language if texts.get(language) else "en",
        )

    def escalate_call(self, language: str = "en") -> dict:
        """The configured emergency number as text, tap-to-call link and region (the
        region named in `language` where safety.yaml gives `emergency_region_zh`)."""
        contacts = self.knowledge.safety.get("contacts", {})
        number = str(contacts.get("emergency_number", "999"))
        href = "tel:" + "".join(ch for ch in number if ch.isdigit() or ch == "+")
        region = contacts.get("emergency_region", "")
        if language != "en":
            region = contacts.get("emergency_region_zh") or region
        return {"number": number, "href": href, "region": region}

    def escalate(self, result: TriageResult) -> Answer:
        """The configured guidance for the kind of danger the triage found (its group),
        in the message's language, with the group's helplines; one text a group."""
        safety = self.knowledge.safety
        call = self.escalate_call()
        groups = dict.fromkeys(
            safety.get("categories", {}).get(c, {}).get("group", result.group)
            for c in result.categories
        )
        parts = [self.guidance(group, result.lang) for group in groups if group]
        return Answer(
            kind="escalate",
            text="\n\n".join(p for p in parts if p),
            confidence=1.0,
            reason=result.reason,
            call={"number": call["number"], "href": call["href"]},
            language=_answer_language(result.lang),
        )

    def guidance(self, group: str, lang: str = "en") -> str:
        """One group's text, then its helplines, one paragraph each."""
        spec = self.knowledge.safety.get("guidance", {}).get(group) or {}
        text = self._filled(spec.get(lang) or spec.get("en", ""))
        lines = [self._helpline(c, lang) for c in spec.get("helplines") or ()]
        return "\n\n".join([text, *lines]) if text else ""

    def support(self, lang: str = "en") -> dict | None:
        """The gentle note for distress that is not an emergency (the `support` field)."""
        spec = self.knowledge.safety.get("support") or {}
        text = self._filled(spec.get(lang) or spec.get("en", ""))
        if not text:
            return None
        helplines = self.knowledge.safety.get("helplines", {})
        contacts = [
            {"name": _name(helplines[key], lang), "number": str(helplines[key]["number"])}
            for key in spec.get("helplines") or ()
            if key in helplines
        ]
        counsellors = self.texts(_answer_language(lang)).get("counsellor_contact", "")
        if counsellors:
            text = f"{text} {counsellors}"
        return {"text": text, "contacts": contacts}

    def _filled(self, text: str) -> str:
        call = self.escalate_call()
        return text.format(emergency_number=call["number"], emergency_region=call["region"])

    def _helpline(self, key: str, lang: str) -> str:
        line = self.knowledge.safety.get("helplines", {}).get(key)
        if not line:
            return ""
        return f"{_name(line, lang)}: {line['number']}"

    def _alternatives(self, others: list[tuple[str, float]]) -> tuple[dict, ...]:
        return tuple(
            [
                {"source_id": s, "title": self.title(s), "score": round(score, 4)}
                for s, score in others[:MAX_ALTERNATIVES]
            ]
        )

    def _related(self, record, others: list[tuple[str, float]]) -> tuple[dict, ...]:
        """FAQ questions a parent may ask next: close candidates, then shared tags."""
        seen = {record.source_id}
        picked = [
            s
            for s, _ in others
            if s.startswith("faq:") and s not in seen and self.language(s) == record.language
        ]
        for tag in getattr(record, "tags", ()):
            picked += self.by_tag.get((record.language, tag), ())
        related = []
        for source_id in picked:
            if source_id not in seen:
                seen.add(source_id)
                related.append(
                    {"source_id": source_id, "question": self.records[source_id].question}
                )
                if len(related) == MAX_RELATED:
                    break
        return tuple(related)


def _answer_language(triage_lang: str) -> str:
    """The triage's script ("en"/"zh") as the answer's language tag."""
    return "zh-Hant" if triage_lang == "zh" else "en"


def _name(helpline: dict, lang: str) -> str:
    return str(helpline.get(f"name_{lang}") or helpline.get("name", ""))
