"""The checks the safety tests share: what one message is decided, by a triage
(`Triage.decide`) or by the whole assistant (`Assistant.ask`). Each check asserts one
outcome, fails naming the message, the kind decided and the reason, and returns the
decision for any further assertion (`assert category in escalated(rules, m).categories`).
"""

from __future__ import annotations

from assistant import Assistant
from assistant.answer import Answer
from assistant.triage import Triage, TriageResult

Decision = TriageResult | Answer


def decided(judge: Triage | Assistant, message: str) -> Decision:
    """The assistant's answer to `message`, or a triage's decision on it."""
    return judge.ask(message) if isinstance(judge, Assistant) else judge.decide(message)


def kind(judge: Triage | Assistant, message: str) -> str | None:
    """The kind decided for `message`: a triage's (escalate, refer, None) or an answer's."""
    return decided(judge, message).kind


def is_referred(decision: Decision) -> bool:
    """Sent to a doctor as a medical question: the triage refers it, or the assistant
    abstains for that reason."""
    if isinstance(decision, TriageResult):
        return decision.kind == "refer" and decision.category == "medical"
    return (decision.kind, decision.reason) == ("abstain", "medical")


def _failure(message: str, decision: Decision) -> tuple:
    return message, decision.kind, decision.reason


def escalated(judge: Triage | Assistant, message: str) -> Decision:
    decision = decided(judge, message)
    assert decision.kind == "escalate", _failure(message, decision)
    return decision


def escalated_as(triage: Triage, message: str, category: str) -> TriageResult:
    """Escalated, `category` the one that decided it (not only one it also names)."""
    result = escalated(triage, message)
    assert result.category == category, _failure(message, result)
    return result


def escalated_to(triage: Triage, message: str, group: str) -> TriageResult:
    """Escalated, `group`'s guidance leading (`knowledge.safety.DANGER_GROUPS`)."""
    result = escalated(triage, message)
    assert result.group == group, _failure(message, result)
    return result


def not_escalated(judge: Triage | Assistant, message: str) -> Decision:
    decision = decided(judge, message)
    assert decision.kind != "escalate", _failure(message, decision)
    return decision


def answered(judge: Triage | Assistant, message: str) -> Decision:
    """Neither escalated nor sent to a doctor: the triage decides nothing (kind None), or
    the assistant treats it as any parenting question (answers it, asks back, or has no
    entry for it)."""
    decision = decided(judge, message)
    if isinstance(decision, TriageResult):
        assert decision.kind is None, _failure(message, decision)
    else:
        assert decision.kind != "escalate", _failure(message, decision)
        assert not is_referred(decision), _failure(message, decision)
    return decision


def referred(judge: Triage | Assistant, message: str) -> Decision:
    decision = decided(judge, message)
    assert is_referred(decision), _failure(message, decision)
    return decision


def not_referred(judge: Triage | Assistant, message: str) -> Decision:
    decision = decided(judge, message)
    assert not is_referred(decision), _failure(message, decision)
    return decision
