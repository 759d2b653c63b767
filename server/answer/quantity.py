"""Whether the sentences about what a question asks state the quantity asked, or only a look-alike.

Rule 5 of ``answerability`` (docs/answerability.md). The sentences and table rows that write
what distinguishes the question's subject from the report's others
(:func:`sentences.about_subject`: 基层医疗机构 among 三级医院 and 二级医院) are where its figure
would be stated. When every one of them names the subject only as one member of a group that
shares one figure ("基层医疗机构与体检中心合计占14.7%", "clinics and pet pharmacies together took
27.4%"), the report does not state the quantity asked for that subject, and the question is refused
rather than answered with the figure that only resembles it. (A second look-alike, only a share
where an amount is asked, was tried and dropped: it refused answerable held-out questions.)
"""

from __future__ import annotations

from reportqa.index.names import specific_terms
from reportqa.index.retriever import Hit
from reportqa.ingest.numbers import has_number
from reportqa.server.answer.sentences import Concept, about_subject, rank_sentences, writes
from reportqa.server.calc.joint import shares_figure
from reportqa.server.calc.operands import CLAUSE_END
from reportqa.server.reasons import Reason


def unstated_quantity(question: str, hits: list[Hit]) -> Reason | None:
    """Why the sentences about the question's subject do not state the quantity it asks (shown
    to users), or ``None`` when one does or none is about it."""
    ranked = [s for s in rank_sentences(question, hits) if has_number(s.text)]
    about = about_subject(question, ranked)
    if about and all(_only_jointly(s.text, concepts) for s, concepts in about):
        return Reason("joint_figure")
    # The one name the question asks of (a province, a company) that every sentence writes only as a group's
    # member: a sentence about another word of the question (全国, the share's whole) states nothing of it. A
    # question naming several asks the group's figure itself ("发那科、ABB、安川与库卡…合计份额").
    names = {t.lower() for t in specific_terms(question) if not t.isdigit()}
    if len(names) != 1:
        return None
    named = [(s, [c for c in concepts if c.token.lower() in names]) for s, concepts in about]
    named = [(s, concepts) for s, concepts in named if concepts]
    if named and all(_only_jointly(s.text, concepts) for s, concepts in named):
        return Reason("joint_figure")
    return None


def _only_jointly(text: str, concepts: list[Concept]) -> bool:
    """Whether ``text`` writes one of ``concepts`` only as one member of a group sharing one
    figure ("A与B合计…", "A and B together …"): every clause writing it is such a group. A
    concept the text does not write itself (its title or caption does) is not, nor is a table
    (each row names its own subject; a 合计 row is the total of all)."""
    if "|" in text:
        return False
    clauses = CLAUSE_END.split(text)
    for concept in concepts:
        writing = [c for c in clauses if writes(c, concept)]
        if writing and all(shares_figure(c, text) for c in writing):
            return True
    return False
