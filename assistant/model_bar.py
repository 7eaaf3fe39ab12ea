"""The bar the learned model's danger score must reach to escalate a message the rules
did not, read from what the message tells (issue 18, branch `blend`).

The model's usual bar (`SafetyModel.threshold`, 0.959) was chosen on the corpus so that
at most 1% of its hard negatives escalate, over every message alike; a medical question
that tells no emergency is held to a higher one (`triage.MEDICAL_THRESHOLD`, the calm
check), so that "my baby vomited after his feed" is referred, not escalated. Both read
the message's words only through the model. Two readings of the rules' kind move them:

- a red sign of the body (`red_sign`: lips or face gone blue or grey, limp, no response,
  a struggle to breathe, jerking, lips or throat swelling, heavy bleeding; 嘴唇, 唞唔到氣,
  冇反應) is not a calm question's: the calm bar does not apply to a message naming one;
- a question put in general words ("how do you wake a baby who won't wake up?") is
  read as asked ahead (`Triage._prevented`); a red sign told in a sentence of its own,
  not a question nor told as past or of another child ("I've been rubbing her back
  and she just flops"), is this child's,
  and the general words do not stand the model down at its usual bar;
- a danger said to be happening now (`now`: "right now", "please help", "sos", 救命) with
  such a sign is held to `NOW_BAR`, and the readers that excuse a danger as over
  (`Triage._rests_on_over`, `near_miss_over`) do not stand it down: a date or a
  recovery told elsewhere weighs less than a red sign said to be happening now.

`now` alone moves nothing: parents write "please help" and "sos" about tantrums and
sleepless nights, which the model scores up to 0.96 ("please help, he's kicking and
screaming on the mall floor right now"). The readers of words (a figure of speech, a
child's threat quoted, a follow-up naming nothing) and a question asked ahead still
stand the model down as before. `red_sign` is searched only on a message the model
scores at `NOW_BAR` or more with the rules silent: a few in a thousand.

(bar48) A danger group may hold its own bar (`GROUP_BARS`, `ModelBar.family`): the model's
likeliest danger category read once the message is shaped, a message in the band between
the lowest group bar and the usual one only. A medical question keeps the usual bar. The
readers that stand the model down compare against the group's bar as against the usual.
"""

from __future__ import annotations

import re

# The danger probability that escalates a message telling a red sign as happening now.
NOW_BAR = 0.8
# The danger probability that escalates a message a medical rule matched when it names a
# red flag of the taxonomy (`red_flag`: an infant's fever, a dangerous swallow, fresh
# bleeding, a fit, harm to the baby intended; branch `rec21`): the medical path does not
# take a red flag the model reads near a danger.
RED_FLAG_BAR = 0.9
# (bar48) The danger probability that escalates a message the rules missed when the
# model's likeliest danger category belongs to a group below (its danger told in words
# the rules lack: a caregiver's crisis, a child hurt or left, violence at home), unless
# the message is a medical question (a medical rule matched it or the model would refer
# it: `family`). Chosen per group by the rule written in bench/README.md (bar48) on the
# corpus's cross-validation, the independent writers and the released batches 6-37; a
# group not named keeps the usual bar (`SafetyModel.threshold`).
GROUP_BARS: dict[str, float] = {"abuse": 0.95}


class ModelBar:
    """The bar for one message (`bar`), from the concepts' `red_sign` (English, whole
    words) and `red_sign_zh`."""

    def __init__(self, concepts: dict[str, str]):
        parts = []
        if "red_sign" in concepts:
            parts.append(r"\b" + concepts["red_sign"] + r"\b")
        if "red_sign_zh" in concepts:
            parts.append(concepts["red_sign_zh"])
        self.red_sign = re.compile("|".join(parts) or "(?!)")
        if "red_flag" in concepts:
            parts.append(r"\b" + concepts["red_flag"])
        if "red_flag_zh" in concepts:
            parts.append(concepts["red_flag_zh"])
        self.red_flag = re.compile("|".join(parts) or "(?!)")
        self.set_group_bars(GROUP_BARS)

    def set_group_bars(self, bars: dict[str, float]) -> None:
        """The groups' bars (`GROUP_BARS` as shipped; a study sets others)."""
        self.group_bars = dict(bars)
        self.lowest = min(self.group_bars.values(), default=1.0)

    def bar(
        self,
        danger: float,
        text: str,
        usual: float,
        calm_bar: float | None,
        now: bool,
        medical: bool = False,
    ) -> tuple[float, bool]:
        """The danger probability at which the model escalates the message `text` (the
        rules' spelt-out text) it scores `danger`, and whether a red sign is told as
        happening now (then no reading of the danger as over stands it down).
        `usual`: the model's threshold; `calm_bar`: the calm check's, when it holds;
        `now`: whether the message says it is happening now; `medical`: whether a
        medical rule matched it or the model would refer it (then a red flag named
        lowers the bar to `RED_FLAG_BAR`)."""
        threshold, pressing = self._bar(danger, text, usual, calm_bar, now)
        if medical and RED_FLAG_BAR <= danger < threshold and self.red_flag.search(text):
            return min(threshold, RED_FLAG_BAR), pressing
        return threshold, pressing

    def _bar(
        self, danger: float, text: str, usual: float, calm_bar: float | None, now: bool
    ) -> tuple[float, bool]:
        base = usual if calm_bar is None else calm_bar
        if now:
            lowest = min(usual, NOW_BAR)
        elif calm_bar is not None:
            lowest = usual
        else:
            return base, False
        if danger < lowest or danger >= base or not self.red_sign.search(text):
            return base, False
        if now:
            return min(usual, NOW_BAR), True
        return usual, False

    def family(self, threshold: float, group: str | None, medical: bool) -> float:
        """The bar for a message whose likeliest danger category (the model's) is in
        `group`, the bar being `threshold` so far: the group's own bar
        (`GROUP_BARS`) when lower, unless the message is a medical question (`medical`:
        a medical rule matched or the model would refer it), which keeps `threshold`."""
        bar = self.group_bars.get(group) if group is not None else None
        if medical or bar is None or bar >= threshold:
            return threshold
        return bar

    def told_of_this_child(self, parts: list[str], asks) -> bool:
        """Whether a red sign is told in a sentence of `parts` that `asks` does not
        hold (the triage's readings of a question, a past or another's child: `asking`,
        `hypothetical`, `told_past`, `event_past`, `story_opened`, `others_child`): "how
        do you wake a baby who won't wake up? I've been rubbing her back and she just
        flops". The question's general words ("a baby", "you") read it as asked ahead;
        the sign told beside it is this child's."""
        return len(parts) > 1 and any(
            self.red_sign.search(part) and not asks(part) for part in parts
        )
