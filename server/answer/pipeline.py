"""From a question to an answer: retrieve, decide, compute, compose, word, check.

The pipeline is handed a searcher and returns plain :class:`Answer` objects; it knows
nothing of HTTP or of how the index it searches is kept.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable, Iterator
from functools import partial
from typing import Protocol

from reportqa.index.retriever import Hit
from reportqa.ingest.normalize import detect_language
from reportqa.server.answer.abbreviations import with_abbreviations_spelled, with_shared_places_spelled
from reportqa.server.answer.answerability import SEARCH_DEPTH, judge
from reportqa.server.answer.compose import Draft, compose, refusal_text
from reportqa.server.answer.excerpts import excerpts
from reportqa.server.answer.figures import Computed, refusal, render, with_conversions
from reportqa.server.answer.followup import standalone_question
from reportqa.server.answer.gate import enforce
from reportqa.server.answer.name_meaning import with_meant_names, without_unwritten_owners
from reportqa.server.answer.paraphrase import Embedder, without_market_paraphrases
from reportqa.server.answer.row_labels import in_row, prose_labels, with_row_labels
from reportqa.server.answer.sentences import asks_explanation
from reportqa.server.answer.types import Answer, Citation, Turn
from reportqa.server.answer.worded import Generated, Material, Writer
from reportqa.server.calc.calculator import CalculationError
from reportqa.server.calc.exchange import RATE_QUERY, states_rate
from reportqa.server.calc.intents import (
    asked_currency,
    asked_scale,
    free_years,
    operation_phrases,
    read_intent,
)
from reportqa.server.calc.linked import linked_question
from reportqa.server.calc.models import GIVEN
from reportqa.server.calc.program import calculate_with_givens, forecast_end_named
from reportqa.server.calc.relative_years import reading_note, relative_years_named
from reportqa.server.calc.subject import measures_of
from reportqa.server.reasons import Reason


class Searcher(Protocol):
    """What the pipeline retrieves with (the served index's hybrid searcher)."""

    def search(
        self, query: str, k: int, documents: Iterable[str] | None = None, keyword_matches: int = 0
    ) -> list[Hit]: ...


# Passages beyond the search depth that keyword search scores near its best (a paragraph writing the
# question's rare term in the other language), kept for the figures and the verdict.
KEYWORD_MATCHES = 2


def cite(hit: Hit) -> Citation:
    """A retrieved hit as the answer cites it."""
    return Citation.from_chunk(hit.chunk, round(hit.dense, 4))


class Answerer:
    """Answers questions with a searcher; ``writer`` (a language model) words them, if given.

    ``model_name`` is the embedding model's, whose similarity scale the refusal floor
    depends on; ``embedder``, that model, weighs a market called by other words
    (:mod:`paraphrase`), which is not done without it.
    """

    def __init__(self, model_name: str, writer: Writer | None = None, embedder: Embedder | None = None) -> None:
        self.model_name = model_name
        self.writer = writer
        self.embedder = embedder

    def ask(
        self, question: str, history: list[Turn], searcher: Searcher, top_k: int = 5, documents: list[str] | None = None
    ) -> Answer:
        """Refuse, compute a figure from cited inputs, or quote the best sentences; within
        ``documents`` (corpus-relative file names) when given.

        Every answer passes the number gate, so none states a number its citations or
        figures do not hold.
        """
        *_, answer = self.ask_stream(question, history, searcher, top_k, documents)
        assert isinstance(answer, Answer)
        return answer

    def ask_stream(
        self, question: str, history: list[Turn], searcher: Searcher, top_k: int = 5, documents: list[str] | None = None
    ) -> Iterator[str | Answer]:
        """The answer as it is written: checked pieces of a language model's text, if one
        is configured, then the whole :class:`Answer` (always the last item).

        The follow-up is made a standalone question first. Retrieval decides whether the
        question is answered; code computes the figures; the model only words the answer,
        and any failure of it falls back to the extractive answer.
        """
        rewrite = self.writer.rewrite if self.writer else None
        question = standalone_question(question, history, rewrite)
        lang = detect_language(question)
        hits = searcher.search(question, max(top_k, SEARCH_DEPTH), documents, KEYWORD_MATCHES)
        # "the Companion Animal Nutrition market" of a pet food report is asked as its market.
        asked = without_market_paraphrases(question, hits, self.embedder)
        asked = with_shared_places_spelled(asked)  # "East, South and North China" names three places
        # "China Telecom's Tianyi Cloud" of a report that writes 天翼云 alone asks about 天翼云.
        asked = without_unwritten_owners(asked, hits)
        # "Tencent Cloud" of a Chinese report that writes only 腾讯云 is asked as 腾讯云.
        asked = with_meant_names(asked, hits, self.embedder)
        asked = forecast_end_named(asked, hits)  # "到预测期末" is the year the report forecasts to
        # "last year" is the latest year the report states actuals for; the answer says so.
        asked, readings = relative_years_named(asked, hits)
        if readings:  # passages of the years named, not of the words "last year"
            hits = searcher.search(asked, max(top_k, SEARCH_DEPTH), documents, KEYWORD_MATCHES)
        # "Why did revenue rise 14%?" asks for the report's reason, not for the change recomputed.
        intent = None if asks_explanation(asked) else read_intent(asked)
        figured = hits  # the passages figures are read from
        if intent and asked_currency(asked):  # and the report's own exchange rate, stated wherever it is
            found = {h.chunk.id for h in hits}
            figured = hits + [
                h for h in searcher.search(RATE_QUERY, 2, documents) if states_rate(h) and h.chunk.id not in found
            ]
        calculation = _computed(asked, figured) if intent else None
        if intent and calculation is None:
            # 新能源重卡 of a table row 新能源重型卡车, 中西部地区 of the rows 中部地区 and 西部地区: short forms.
            spelled = with_abbreviations_spelled(asked, hits)
            calculation = _computed(spelled, figured) if spelled != asked else None
        if intent and calculation is None:
            # 鞋类 over an English table is computed from its row "Footwear", "security hardware" over a
            # Chinese one from 安全硬件: names the dictionary does not carry across.
            labelled, rows = with_row_labels(asked, hits, self.embedder)
            calculation = _computed(labelled, figured, rows) if rows else None
        if intent and calculation is None:
            # "learning services" over a Chinese report that states 学习服务收入 only in a sentence is
            # asked as the phrase that figure's clause is said of, read by meaning as a row's label is.
            labelled, rows = with_row_labels(
                asked, hits, self.embedder, partial(prose_labels, measures=measures_of(asked))
            )
            calculation = _computed(labelled, figured, rows) if rows else None
        bound = calculation is not None and bool(calculation.figures)
        operation = operation_phrases(asked, intent) if intent else ()
        # A calculation whose operands were not found is answered only by what a passage states.
        unfound = intent if calculation is None else None
        verdict = judge(asked, hits, self.model_name, free_years(intent) if intent else (), bound, operation, unfound)
        note = ""
        if not (verdict.answerable or _given_only(calculation)):
            citations = [cite(h) for h in hits[:top_k]]
            closest = self.writer.refusal_note(question, verdict.reason, lang, citations) if self.writer else None
            answer = Answer(refusal_text(question, verdict.reason, closest), False, citations)
        else:
            # A name the report writes only in the other script (金风科技, the row "Goldwind") is quoted by the
            # sentences the calculation would bind it by, its linked form (read only when nothing is computed).
            computed = calculation or with_conversions(
                compose(linked_question(asked, hits, intent.pair if intent else None), hits),
                lang,
                asked_scale(asked),
                asked_currency(asked),
            )
            sources = computed.draft.cited + [h for h in hits if h not in computed.draft.cited]
            passages = sources[: max(top_k, len(computed.draft.cited))]
            answer = Answer(computed.draft.text, True, [cite(h) for h in passages], computed.figures)
            if self.writer and computed.draft.cited:
                worded, note = yield from self._worded(question, lang, passages, computed, calculation)
                answer = worded or answer
        answer.text = enforce(answer.text, answer.citations, answer.figures, lang)
        if readings:  # the reading goes through the gate too: its years must be the passages'
            answer.text = enforce(
                f"{reading_note(readings, lang)}\n{answer.text}", answer.citations, answer.figures, lang
            )
        if note:
            answer.text = f"{answer.text}\n{note}"
        yield answer

    def _worded(
        self, question: str, lang: str, passages: list[Hit], computed: Computed, calculation: Computed | None
    ) -> Generator[str, None, tuple[Answer | None, str]]:
        """The model's answer over ``passages``, streamed, then ``(answer, "")``; or
        ``(None, note)`` when the extractive answer is to be given, with the note saying why
        when the model failed."""
        assert self.writer is not None
        budget = self.writer.budget
        shown = passages[: budget.passages]  # a prefix, so the model's [n] is passages[n - 1]
        texts = excerpts(question, shown, budget.sentences, lang)
        material = Material(question, lang, [cite(h) for h in shown], computed.figures, texts)
        result = Generated("")
        for event in self.writer.answer(material):
            if isinstance(event, Generated):
                result = event
            else:
                yield event
        if not result.text:
            return None, result.note
        cited = [passages[i] for i in result.cited]
        # The figures are code's: the calculation's, and conversions of the amounts the answer quotes.
        worded = with_conversions(Draft(result.text, cited), lang, asked_scale(question), asked_currency(question))
        figures = calculation.figures if calculation else []
        figures = figures + [f for f in worded.figures if f.display not in {g.display for g in figures}]
        ordered = cited + [h for h in passages if h not in cited]
        return Answer(worded.draft.text, True, [cite(h) for h in ordered], figures), ""


def _given_only(calculation: Computed | None) -> bool:
    """Whether ``calculation`` was computed from figures the question gave alone ("If A is USD 3.2bn
    and B USD 1.1bn, what is the total?"): no passage need hold its answer, so it is never refused
    for what the passages lack."""
    inputs = [i for f in calculation.figures for i in f.inputs] if calculation else []
    return bool(inputs) and all(i.citation == GIVEN for i in inputs)


def _computed(question: str, hits: list[Hit], rows: tuple[str, ...] = ()) -> Computed | None:
    """The calculation the question asks for, or ``None`` when its operands are not all found
    (or, with ``rows``, the labels a word of it was read as, when no operand stands in one)."""
    lang = detect_language(question)
    try:
        calculation = calculate_with_givens(question, hits)
        if calculation and rows and not any(in_row(o, rows) for o in calculation.operands):
            return None  # the row asked for was not what bound the figure: another thing's
        return render(calculation, lang) if calculation else None
    except CalculationError as error:
        return Computed(Draft(refusal(error.reason, lang), []), [])
    except ArithmeticError:  # decimal overflow on absurd figures: no number beats a wrong one
        return Computed(Draft(refusal(Reason("too_large"), lang), []), [])
