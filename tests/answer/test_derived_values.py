"""Values implied by a stated rate, through the real app (issue 16, derive31).

The seed call-centers report states its 8.26% CAGR with no span of years ("grow to USD 36.76 billion
in 2026, with a CAGR of 8.26%, reaching USD 59.34 billion by 2032"): no figure is backed out of it
over a span the question names, as the rule asks the CAGR stated over that very span.
"""

from __future__ import annotations


def test_no_value_is_backed_out_of_a_cagr_the_report_states_over_no_span(ask):
    body = ask("按2026—2032年复合增长率推算，2026年客服中心市场规模约为多少？")
    assert not any("8.26" in f["formula"] for f in body["figures"]), body["figures"]
