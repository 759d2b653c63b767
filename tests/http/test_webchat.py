"""The web chat in a real headless Chromium, against the real server on a local port.

Screenshots of the main states go to ``$REPORTQA_SCREENSHOTS`` when it is set (the README's
come from ``REPORTQA_SCREENSHOTS=docs/screenshots``), so a test run leaves the work tree as it was.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from reportqa.server.http.app import create_app
from reportqa.server.service import QAService
from reportqa.settings import Settings
from tests.ingest.documents import pdf_report
from tests.support.servers import TEST_HOSTS, live_server

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = os.environ.get("REPORTQA_SCREENSHOTS")
ANSWER_TIMEOUT_MS = 60_000  # the first question on a cold CPU model can take a while

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="Chromium not installed at /usr/bin/chromium (apt-get install chromium)"
    ),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")


def _serve(qa: QAService) -> Iterator[str]:
    """Run the app for ``qa`` on a local port; yield its base URL."""
    with live_server(create_app(qa.settings, qa)) as url:
        yield url


@pytest.fixture(scope="module")
def base_url(service) -> Iterator[str]:
    yield from _serve(service)


@pytest.fixture(scope="module")
def upload_url(upload_service) -> Iterator[str]:
    yield from _serve(upload_service)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh English page (its own localStorage) for each test."""
    context = browser.new_context(locale="en-US", viewport={"width": 1100, "height": 1200})
    context.set_default_timeout(ANSWER_TIMEOUT_MS)
    yield context.new_page()
    context.close()


def _ask(page, question: str) -> None:
    page.fill("#q", question)
    page.press("#q", "Enter")


def _reply(page, turn: int):
    """The assistant box of ``turn`` once its final answer is rendered."""
    page.wait_for_selector(f"#turn-{turn}[data-answerable]")
    return page.locator(f"#turn-{turn}")


def _shot(page, name: str) -> None:
    """The visible window: a full-page shot would paint the sticky question box mid-page."""
    if SCREENSHOTS:
        Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SCREENSHOTS) / name))


def test_english_question_streams_an_answer_with_citation_cards(page, base_url):
    page.goto(base_url)
    _ask(page, "What was the call centers market valued at in 2025?")
    reply = _reply(page, 0)
    assert reply.get_attribute("data-answerable") == "true"
    assert "34.03" in reply.locator(".answer").inner_text()
    cards = reply.locator(".sources .card.cite")
    assert cards.count() >= 1
    assert cards.first.locator(".title").inner_text() and cards.first.locator(".loc").inner_text()
    assert "34.03" in reply.locator(".sources mark").all_inner_texts()
    marker = reply.locator(".answer a.marker").first
    target = marker.get_attribute("href")
    marker.click()
    page.wait_for_selector(f"{target}.flash")
    _shot(page, "answer-en.png")


def test_chinese_question_highlights_the_gold_number_and_follow_up_sends_history(page, base_url):
    page.goto(base_url)
    _ask(page, "客服中心市场的复合年增长率是多少？")
    reply = _reply(page, 0)
    assert reply.get_attribute("data-answerable") == "true"
    assert reply.locator(".answer").inner_text().startswith("报告")
    assert any("8.26" in m for m in reply.locator(".sources mark").all_inner_texts())
    card = reply.locator(".card.cite").first
    card.locator("button.link").click()
    card.locator(".context").first.wait_for()
    _shot(page, "answer-zh-context.png")

    with page.expect_request("**/ask/stream") as request:
        _ask(page, "美国客户技术支持服务市场2025年的规模是多少？")
    history = json.loads(request.value.post_data)["history"]
    assert [h["role"] for h in history] == ["user", "assistant"]
    assert history[0]["content"] == "客服中心市场的复合年增长率是多少？"
    assert "100.6" in _reply(page, 1).locator(".answer").inner_text()


def test_refused_question_shows_not_in_reports_and_closest_material_apart(page, base_url):
    page.goto(base_url)
    _ask(page, "Who won the 2022 World Cup?")
    reply = _reply(page, 0)
    assert reply.get_attribute("data-answerable") == "false"
    assert reply.locator(".notice").inner_text() == "Not in the reports"
    assert reply.locator(".sources").count() == reply.locator(".sources.closest").count()
    assert reply.locator(".answer a.marker").count() == 0
    _shot(page, "not-in-reports.png")


def test_reload_keeps_the_conversation_and_new_chat_clears_it(page, base_url):
    page.goto(base_url)
    _ask(page, "What is the CAGR of the call centers market?")
    _reply(page, 0)
    page.reload()
    reply = _reply(page, 0)
    assert page.locator(".msg.user").inner_text().endswith("What is the CAGR of the call centers market?")
    assert reply.locator(".card.cite").count() >= 1
    page.click("#new-chat")
    assert page.locator(".msg").count() == 0
    page.reload()
    assert page.locator(".msg").count() == 0


def test_shift_enter_is_a_newline_and_enter_sends(page, base_url):
    page.goto(base_url)
    page.fill("#q", "first line")
    page.press("#q", "Shift+Enter")
    page.keyboard.type("second line")
    assert page.input_value("#q") == "first line\nsecond line"
    assert page.locator(".msg").count() == 0


def test_a_second_question_cancels_the_first(page, base_url):
    held = []

    def hold_first(route):
        # The first request is never answered, so it is still streaming when the second is asked.
        if held:
            route.continue_()
        else:
            held.append(route)

    page.route("**/ask/stream", hold_first)
    page.goto(base_url)
    _ask(page, "What is the CAGR of the call centers market?")
    page.wait_for_selector("#turn-0.pending")
    _ask(page, "What was the call centers market valued at in 2025?")
    _reply(page, 1)
    first = page.locator("#turn-0")
    first.locator("text=Cancelled").wait_for()
    assert page.locator(".pending").count() == 0


def test_server_errors_are_shown_as_messages(page, base_url):
    page.route(
        "**/ask/stream",
        lambda route: route.fulfill(
            status=503,
            content_type="application/json",
            body=json.dumps({"error": {"code": "unavailable", "message": "index is being rebuilt"}}),
        ),
    )
    page.goto(base_url)
    _ask(page, "What is the CAGR of the call centers market?")
    error = page.locator("#turn-0.error")
    error.wait_for()
    assert "index is being rebuilt" in error.inner_text()


def test_interface_follows_the_browser_language_and_can_be_switched(browser, base_url):
    context = browser.new_context(locale="zh-CN", viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(base_url)
    assert page.inner_text("#new-chat") == "新对话"
    _ask(page, "客服中心市场的复合年增长率是多少？")
    _reply(page, 0).locator(".card.cite").first.wait_for()
    # Phone width: nothing may stick out sideways.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    _shot(page, "phone-zh.png")
    page.click("#toggle-lang")
    assert page.inner_text("#new-chat") == "New chat"
    assert page.inner_text("#turn-0 .sources h3") == "Sources"
    context.close()


def test_upload_adds_a_report_that_answers_a_new_question(page, upload_url, tmp_path):
    report = tmp_path / "electric-bus-market.txt"
    report.write_text(
        "Electric Bus Market Outlook\n\n"
        "The global electric bus market was valued at USD 12.84 billion in 2025 and is projected "
        "to reach USD 33.57 billion by 2031, growing at a CAGR of 17.4%.\n",
        encoding="utf-8",
    )
    page.goto(upload_url)
    page.click("#toggle-docs")
    page.wait_for_selector("#doc-list li")
    # The upload service is shared with the HTTP upload tests, which may have added reports.
    assert page.locator("#doc-list li[data-file='electric-bus-market.txt']").count() == 0

    page.fill("#admin-token", "wrong-token")
    page.set_input_files("#upload-file", str(report))
    page.click("#upload-button")
    assert "wrong admin token" in page.locator("#upload-result.error").inner_text()

    page.fill("#admin-token", "test-admin-token")
    page.click("#upload-button")
    assert "electric-bus-market.txt" in page.locator("#upload-result.ok").inner_text()
    page.wait_for_selector("#doc-list li[data-file='electric-bus-market.txt']")
    _shot(page, "documents-upload.png")

    _ask(page, "What is the CAGR of the electric bus market?")
    reply = _reply(page, 0)
    assert "17.4%" in reply.locator(".answer").inner_text()
    assert reply.locator(".card.cite .title").first.inner_text() == "Electric Bus Market Outlook"


@pytest.fixture(scope="module")
def pdf_url(tmp_path_factory, service) -> Iterator[str]:
    """A server over one generated PDF report (wrapped lines, two columns, a table, headers and footers)."""
    root = tmp_path_factory.mktemp("pdf")
    (root / "corpus").mkdir()
    pdf_report(root / "corpus")
    settings = Settings(corpus=root / "corpus", index=root / "index", allowed_hosts=TEST_HOSTS)
    qa = QAService(settings, embeddings=service.embeddings)
    yield from _serve(qa)


def test_a_pdf_citation_shows_its_page_and_section(page, pdf_url):
    page.goto(pdf_url)
    _ask(page, "What share of the widget market did Europe hold in 2024?")
    reply = _reply(page, 0)
    assert reply.get_attribute("data-answerable") == "true"
    card = reply.locator(".sources .card.cite").first
    location = card.locator(".loc").inner_text()
    assert location.startswith("p. ") and "chars" not in location, location
    # "Open source" opens the PDF itself at the cited page, in the browser's own viewer.
    href = card.locator("a.open-source").get_attribute("href")
    assert href == f"/documents/widgets.pdf/file#page={location.split()[1]}", href
    original = page.request.get(pdf_url + href.split("#")[0])
    assert original.ok and original.headers["content-type"] == "application/pdf"
    assert original.body().startswith(b"%PDF")
    # The cited table is shown as a table, the row stating the answer's figure marked.
    table = card.locator("table.passage-table")
    assert table.locator("tr.head").count() >= 1
    europe = table.locator("tr.cited", has_text="Europe")
    assert europe.count() == 1 and europe.locator("mark").count() >= 1
    assert table.locator("tr.head.cited").count() == 0
    _shot(page, "pdf-citation.png")


def test_the_scope_picker_asks_within_the_chosen_report_and_keeps_the_scope(page, base_url):
    chosen = "us-customer-technical-support-services-market.txt"
    page.goto(base_url)
    assert page.inner_text("#scope-line") == "Asking within all reports"
    page.click("#toggle-docs")
    page.check(f"#doc-list input.scope[data-file='{chosen}']")
    assert not page.is_checked("#scope-all")
    title = page.locator(f"#doc-list li[data-file='{chosen}'] strong").inner_text()
    assert page.inner_text("#scope-line") == f"Asking within: {title}"
    with page.expect_request("**/ask/stream") as request:
        _ask(page, "What is the CAGR of the customer technical support services market?")
    assert json.loads(request.value.post_data)["documents"] == [chosen]
    reply = _reply(page, 0)
    hrefs = reply.locator(".card.cite a.open-source").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert hrefs and all(h.startswith(f"/documents/{chosen}/file") for h in hrefs)
    assert "7.69" in reply.locator(".answer").inner_text()
    _shot(page, "scope-picker.png")

    page.reload()  # the scope stays with the conversation
    # Titles arrive with GET /documents after the page has drawn the stored scope by file name.
    sync_api.expect(page.locator("#scope-line")).to_have_text(f"Asking within: {title}")
    sync_api.expect(page.locator(".msg.user .scope")).to_have_text(f"Asking within: {title}")
    page.click("#toggle-docs")
    assert page.is_checked(f"#doc-list input.scope[data-file='{chosen}']")
    page.check("#scope-all")
    assert page.inner_text("#scope-line") == "Asking within all reports"
    assert not page.is_checked(f"#doc-list input.scope[data-file='{chosen}']")
    with page.expect_request("**/ask/stream") as request:
        _ask(page, "What is the CAGR of the call centers market?")
    assert "documents" not in json.loads(request.value.post_data)


def _figure_docs(page) -> set[str]:
    return set(page.locator("#fig-table tbody tr").evaluate_all("rows => rows.map(r => r.dataset.doc)"))


def test_the_figures_panel_filters_compares_reports_and_exports_the_rows_of_get_figures(page, base_url):
    call_centers = "call-centers-market-2026-2032.txt"
    page.goto(base_url)
    page.click("#toggle-figures")
    page.wait_for_selector("#fig-table tbody tr")
    assert _figure_docs(page) == {call_centers, "us-customer-technical-support-services-market.txt"}

    page.select_option("#fig-metric", "cagr")
    page.wait_for_selector("#fig-table[data-query='metric=cagr']")  # the rows drawn, not only the response
    metrics = set(page.locator("#fig-table td.metric").all_inner_texts())
    assert metrics == {"CAGR"}
    assert len(_figure_docs(page)) == 2  # every CAGR of the corpus, side by side
    _shot(page, "figures-panel.png")

    page.select_option("#fig-doc", call_centers)
    page.select_option("#fig-metric", "market_size")
    page.fill("#fig-year", "2032")
    page.wait_for_selector(f"#fig-table[data-query='doc={call_centers}&metric=market_size&year=2032']")
    with page.expect_download() as download:
        page.click("#fig-csv")
    data = Path(download.value.path()).read_bytes()
    assert data.startswith("\ufeff".encode())  # Excel reads UTF-8 (Chinese) only after a BOM
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))

    expected = page.request.get(
        f"{base_url}/figures", params={"doc": call_centers, "metric": "market_size", "year": 2032}
    )
    figures = expected.json()["figures"]
    assert figures and len(rows) == len(figures) == page.locator("#fig-table tbody tr").count()
    for row, figure in zip(rows, figures, strict=True):
        assert (row["doc"], row["subject"], row["metric"], row["period"], row["value"], row["display"]) == (
            figure["doc"],
            figure["subject"],
            figure["metric"],
            figure["period"],
            figure["value"],
            figure["display"],
        )
        assert row["passage"] == figure["citation"]["id"]


def test_the_conversation_exports_as_markdown_with_sources_and_each_answer_copies(browser, base_url):
    context = browser.new_context(locale="en-US", permissions=["clipboard-read", "clipboard-write"])
    context.set_default_timeout(ANSWER_TIMEOUT_MS)
    page = context.new_page()
    page.goto(base_url)
    _ask(page, "What was the call centers market valued at in 2025?")
    reply = _reply(page, 0)
    with page.expect_download() as download:
        page.click("#export-chat")
    text = Path(download.value.path()).read_text(encoding="utf-8")
    assert "## Question: What was the call centers market valued at in 2025?" in text
    assert reply.locator(".answer").inner_text().split("[")[0].strip() in text
    first_title = reply.locator(".card.cite .title").first.inner_text()
    assert f"[1] {first_title} · " in text and "\n> " in text
    reply.locator("button.copy").click()
    reply.locator("button.copy", has_text="Copied").wait_for()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("## Question: What was the call centers market valued at in 2025?")
    context.close()
