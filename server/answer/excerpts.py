"""What a model's prompt shows of each passage: its text, or its best sentences for the
question, with the amounts of the other language written in the question's scale.

A small model on a few CPU cores reads about 40 tokens a second, so five whole passages
cost half a minute before it writes a word: its prompt gets the sentences that best
answer the question instead, in their order in the passage. And a small model asked in
English about "100.6亿美元" writes "100.6 billion", ten times too much, even with the
conversion beside it; shown "USD 10.06 billion" (converted by code) instead, it copies
the right amount. The answer is still checked against, and cites, the verbatim passage,
and the conversion is returned as a figure.
"""

from __future__ import annotations

from reportqa.index.retriever import Hit
from reportqa.server.answer.figures import amount_text, conversions
from reportqa.server.answer.sentences import rank_sentences


def excerpts(question: str, hits: list[Hit], sentences: int, lang: str) -> list[str]:
    """For each of ``hits``, its ``sentences`` best sentences for ``question`` in passage order
    (0: the whole text), with its amounts in the other language's scale written in ``lang``'s."""
    ranked = rank_sentences(question, hits) if sentences else []
    shown = []
    for hit in hits:
        text = hit.chunk.text
        if sentences:
            best = sorted([s.text for s in ranked if s.hit is hit][:sentences], key=text.find)
            text = " … ".join(t.strip() for t in best)
        for quantity, _, converted in conversions(hit, lang):
            text = text.replace(quantity.text, amount_text(converted.value, converted.unit, converted.scale, lang))
        shown.append(text)
    return shown
