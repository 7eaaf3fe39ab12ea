"""Synonyms in the sense meant: being someone to count on is the article's
"dependable"; a child's dependence is not."""


def test_someone_to_count_on_is_dependable(normalizer):
    dependable = normalizer.terms("dependable")
    assert normalizer.terms("count on") == dependable
    assert normalizer.terms("rely on") == dependable
    # A baby's reliance on care, and its dependence, keep their own words.
    assert not set(normalizer.terms("reliant dependence")) & set(dependable)


def test_worn_out_is_exhausted(normalizer):
    assert normalizer.terms("wiped out") == normalizer.terms("exhausted")
