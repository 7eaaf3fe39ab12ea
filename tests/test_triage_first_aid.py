"""First aid asked during an emergency ("what do I do, he is choking") escalates;
the same words asked to prevent or prepare ("how do I childproof...") do not; and
the guidance leads with the person in danger."""

import pytest

# Written with full-width Chinese punctuation: the web layer's NFKC turns "？" into
# "?" with no space after it, which must still end the question's sentence.
CHINESE_FIRST_AID = [
    "點樣做好？個女啱啱飲咗半樽洗碗液，一路咳",
    "我應該如何處理？BB由梳化碌落地撞到個頭，嘔咗三次",
    "點樣先可以幫佢？佢俾熱湯淥親隻腳，起咗好大個水泡",
]


@pytest.mark.parametrize("message", CHINESE_FIRST_AID)
def test_a_chinese_question_before_the_danger_escalates_through_the_app(assistant, message):
    assert assistant.ask(message).kind == "escalate"


@pytest.mark.parametrize(
    "message",
    [
        "點樣預防BB飲洗碗液？我想買安全鎖",
        "如果BB由梳化碌落地撞到頭，我應該點處理？",
    ],
)
def test_the_same_chinese_words_asked_ahead_do_not_escalate(assistant, message):
    assert assistant.ask(message).kind != "escalate"
