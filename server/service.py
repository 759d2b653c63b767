"""The question-answering service: the served index and the answerer, wired from settings.

The CLI, the evaluation and the HTTP app all run one of these.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from langchain_core.language_models import BaseChatModel

from reportqa.index.embeddings import ArrayEmbeddings
from reportqa.server.answer.pipeline import Answerer
from reportqa.server.answer.types import Answer, Turn
from reportqa.server.answer.worded import Writer
from reportqa.server.library.library import Library
from reportqa.server.llm import build_chat_model, call_timeout, is_thread_safe, prompt_budget
from reportqa.settings import Settings


class QAService:
    """A :class:`Library` and an :class:`Answerer` over it.

    ``chat_model`` (any LangChain chat model) words the answers; by default the one
    ``settings`` configure, and none (extractive answers) unless they configure one.
    """

    def __init__(
        self, settings: Settings, embeddings: ArrayEmbeddings | None = None, chat_model: BaseChatModel | None = None
    ) -> None:
        self.library = Library(settings, embeddings)
        model = chat_model or build_chat_model(settings)
        writer = None
        if model:
            writer = Writer(model, call_timeout(settings), not is_thread_safe(settings), prompt_budget(settings))
        self.answerer = Answerer(self.library.embeddings.model_name, writer, self.library.embeddings)

    @property
    def settings(self) -> Settings:
        return self.library.settings

    @property
    def embeddings(self) -> ArrayEmbeddings:
        return self.library.embeddings

    def ask(
        self, question: str, history: Sequence[Turn] = (), top_k: int = 5, documents: list[str] | None = None
    ) -> Answer:
        """The answer to ``question`` over the served index, within ``documents`` when given
        (see :meth:`Answerer.ask`); raises ``UnknownDocuments`` for a name it does not hold."""
        return self.answerer.ask(question, list(history), self.library.searcher(), top_k, documents)

    def ask_stream(
        self, question: str, history: Sequence[Turn] = (), top_k: int = 5, documents: list[str] | None = None
    ) -> Iterator[str | Answer]:
        """The answer as it is written (see :meth:`Answerer.ask_stream`)."""
        return self.answerer.ask_stream(question, list(history), self.library.searcher(), top_k, documents)
