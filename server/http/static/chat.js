// The web chat: streamed answers with citation and figure cards, multi-turn history kept in
// localStorage, a documents panel with upload and the retrieval scope, a figures panel with CSV
// export, conversation export as Markdown, and English/Chinese interface text.
"use strict";

const TEXT = {
  en: {
    newChat: "New chat", documents: "Documents", switchLang: "中文", indexedReports: "Indexed reports",
    addReport: "Add a report", adminToken: "Admin token", reportFile: "Report file (.txt .md .html .pdf)",
    upload: "Upload", emptyHint: "Ask a question about the indexed reports, in Chinese or English.",
    placeholder: "Ask about the reports (Enter to send, Shift+Enter for a new line)", send: "Ask",
    you: "You", thinking: "Searching the reports…", notInReports: "Not in the reports",
    closest: "Closest material in the reports", sources: "Sources", figures: "Computed figures",
    showContext: "Show surrounding text", hideContext: "Hide surrounding text",
    contextFailed: "Could not load the surrounding text", cancelled: "Cancelled: a newer question was asked.",
    cut: "The connection ended before the answer was complete.", network: "Could not reach the server",
    chunks: "passages", added: "added", noDocs: "No reports indexed.", docsFailed: "Could not load the report list",
    uploading: "Uploading…", indexing: "Indexing…", uploadDone: "Added", uploadFailed: "Failed",
    formula: "Formula", inputs: "From", given: "given in the question",
    figuresPanel: "Figures", exportChat: "Export chat", allReports: "All reports", report: "Report",
    metric: "Metric", year: "Year", search: "Search", downloadCsv: "Download CSV", allMetrics: "All metrics",
    scopeAll: "Asking within all reports", scopeSome: "Asking within", openSource: "Open source",
    copy: "Copy", copied: "Copied", copyFailed: "Could not copy", subject: "Subject", period: "Period",
    value: "Value", normalised: "Normalised", source: "Source", noFigures: "No figures match.",
    figuresFailed: "Could not load the figures", figureCount: "figures", conversation: "Conversation",
    question: "Question", notInReportsNote: "Not in the reports.",
    metrics: {market_size: "market size", cagr: "CAGR", share: "share", growth: "growth", revenue: "revenue",
              amount: "amount", percent: "percent", count: "count"},
  },
  zh: {
    newChat: "新对话", documents: "文档", switchLang: "English", indexedReports: "已索引的报告",
    addReport: "添加报告", adminToken: "管理员令牌", reportFile: "报告文件（.txt .md .html .pdf）",
    upload: "上传", emptyHint: "用中文或英文提问已索引的报告。",
    placeholder: "提问报告内容（Enter 发送，Shift+Enter 换行）", send: "提问",
    you: "你", thinking: "正在检索报告…", notInReports: "报告中没有相关内容",
    closest: "报告中最接近的内容", sources: "出处", figures: "计算得出的数值",
    showContext: "显示上下文", hideContext: "隐藏上下文",
    contextFailed: "无法加载上下文", cancelled: "已取消：提出了新的问题。",
    cut: "回答尚未完成，连接已中断。", network: "无法连接服务器",
    chunks: "段", added: "添加于", noDocs: "尚无已索引的报告。", docsFailed: "无法加载报告列表",
    uploading: "正在上传…", indexing: "正在建立索引…", uploadDone: "已添加", uploadFailed: "失败",
    formula: "公式", inputs: "来源", given: "题中给出",
    figuresPanel: "数据", exportChat: "导出对话", allReports: "全部报告", report: "报告",
    metric: "指标", year: "年份", search: "搜索", downloadCsv: "下载 CSV", allMetrics: "全部指标",
    scopeAll: "在全部报告中提问", scopeSome: "提问范围", openSource: "打开原文",
    copy: "复制", copied: "已复制", copyFailed: "无法复制", subject: "对象", period: "时期",
    value: "数值", normalised: "换算值", source: "出处", noFigures: "没有符合条件的数据。",
    figuresFailed: "无法加载数据", figureCount: "条数据", conversation: "对话",
    question: "问题", notInReportsNote: "报告中没有相关内容。",
    metrics: {market_size: "市场规模", cagr: "复合年增长率", share: "份额", growth: "增长", revenue: "收入",
              amount: "金额", percent: "百分比", count: "数量"},
  },
};
const STORE = {chat: "reportqa.chat", lang: "reportqa.lang", scope: "reportqa.scope"};
const MAX_HISTORY_TURNS = 50;  // the server's limit on `history`

const $ = (id) => document.getElementById(id);
let lang = localStorage.getItem(STORE.lang) || (navigator.language.toLowerCase().startsWith("zh") ? "zh" : "en");
const t = (key) => TEXT[lang][key];

// ---- small DOM helpers (text is always set as text, never as HTML: passages are untrusted) ----

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The URL of a report's original file; PDFs open at the cited page in the browser's viewer. */
function sourceUrl(doc, page) {
  const path = doc.split("/").map(encodeURIComponent).join("/");
  return `/documents/${path}/file${page ? `#page=${page}` : ""}`;
}

function sourceLink(doc, page, label) {
  const link = el("a", "open-source", label);
  link.href = sourceUrl(doc, page);
  link.target = "_blank";
  link.rel = "noopener";
  return link;
}

/** Save `text` as a file named `name` (UTF-8; a BOM first where Excel needs one to read Chinese). */
function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], {type}));
  const link = el("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The error message of a failed response: the API's {"error": {message}} or the status line. */
async function errorMessage(res) {
  try {
    const body = await res.json();
    if (body.error && body.error.message) return `${res.status}: ${body.error.message}`;
  } catch (_) { /* not JSON: fall back to the status */ }
  return `${res.status} ${res.statusText}`;
}

// ---- interface language ----

function applyLanguage() {
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll("[data-i18n-placeholder]")) node.placeholder = t(node.dataset.i18nPlaceholder);
  fillMetricOptions();
  renderLog();  // labels inside messages follow the language too
  loadDocuments();
  if (!$("figures-panel").hidden) renderFigures();
}

$("toggle-lang").addEventListener("click", () => {
  lang = lang === "zh" ? "en" : "zh";
  localStorage.setItem(STORE.lang, lang);
  applyLanguage();
});

// ---- conversation state: [{q, response?, error?}], one entry per question ----

let turns = loadTurns();
let inFlight = null;  // {controller, turn} of the question being answered

function loadTurns() {
  try { return JSON.parse(localStorage.getItem(STORE.chat)) || []; } catch (_) { return []; }
}

function saveTurns() {
  localStorage.setItem(STORE.chat, JSON.stringify(turns));
}

/** Earlier answered turns as the API's `history`; failed or cancelled turns are left out. */
function history() {
  const pairs = turns.filter((turn) => turn.response)
    .flatMap((turn) => [{role: "user", content: turn.q}, {role: "assistant", content: turn.response.answer}]);
  return pairs.slice(-MAX_HISTORY_TURNS);
}

$("new-chat").addEventListener("click", () => {
  if (inFlight) inFlight.controller.abort();
  turns = [];
  saveTurns();
  renderLog();
  $("q").focus();
});

// ---- rendering ----

/** Numbers as they appear in an answer ("8.26%", "340.3", "2025"), longest first. */
function numbersIn(text) {
  const found = new Set(text.match(/\d+(?:[.,]\d+)*%?/g) || []);
  return [...found].sort((a, b) => b.length - a.length);
}

/** A pattern finding `numbers` as whole numbers: "26" must not light up in "8.26" or "2026". */
function numberPattern(numbers) {
  const escaped = numbers.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`(?<![\\d.,])(?:${escaped.join("|")})(?![\\d]|[.,]\\d)`, "g");
}

/** Append `text` to `parent`, wrapping each occurrence of `numbers` in <mark>. */
function appendHighlighted(parent, text, numbers) {
  if (!numbers.length) { parent.append(text); return; }
  const pattern = numberPattern(numbers);
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    parent.append(text.slice(last, match.index), el("mark", "", match[0]));
    last = match.index + match[0].length;
  }
  parent.append(text.slice(last));
}

/** The answer text with [n] markers turned into links to citation card n of this turn. */
function renderAnswer(node, answer, turnIndex, citationCount) {
  node.textContent = "";
  let last = 0;
  for (const match of answer.matchAll(/\[(\d+)\]/g)) {
    const n = Number(match[1]);
    if (n < 1 || n > citationCount) continue;
    const link = el("a", "marker", match[0]);
    link.href = `#cite-${turnIndex}-${n}`;
    node.append(answer.slice(last, match.index), link);
    last = match.index + match[0].length;
  }
  node.append(answer.slice(last));
}

const TABLE_SEPARATOR = /^\|?[\s:|-]*-[\s:|-]*$/;

function tableCells(line) {
  const cells = line.trim().split("|");
  if (cells.length && !cells[0].trim()) cells.shift();
  if (cells.length && !cells[cells.length - 1].trim()) cells.pop();
  return cells.map((c) => c.trim());
}

/**
 * A passage as the report shows it: prose lines as paragraphs, pipe tables as HTML tables
 * (rows above the |---| line as header rows) with the rows stating the answer's numbers marked.
 */
function renderPassage(node, text, numbers) {
  let table = null;
  for (const line of text.split("\n")) {
    if (!line.trim().startsWith("|")) {
      table = null;
      if (line.trim()) { const para = el("p", "prose"); appendHighlighted(para, line, numbers); node.append(para); }
      continue;
    }
    if (!table) { table = el("table", "passage-table"); node.append(table); }
    if (TABLE_SEPARATOR.test(line.trim())) {
      for (const row of table.rows) { row.classList.add("head"); row.classList.remove("cited"); }
      continue;
    }
    const row = table.insertRow();
    if (numbers.length && line.search(numberPattern(numbers)) >= 0) row.classList.add("cited");
    for (const text of tableCells(line)) {
      const cell = el("td");
      appendHighlighted(cell, text, numbers);
      row.append(cell);
    }
  }
}

function citationCard(citation, n, turnIndex, numbers) {
  const card = el("article", "card cite");
  card.id = `cite-${turnIndex}-${n}`;
  card.dataset.citation = citation.id;
  const head = el("header");
  head.append(el("span", "num", `[${n}]`), el("strong", "title", citation.title), el("span", "loc muted", citation.location),
              sourceLink(citation.doc, citation.page, t("openSource")));
  const passage = el("blockquote", "passage");
  renderPassage(passage, citation.text, numbers);
  const toggle = el("button", "link", t("showContext"));
  toggle.type = "button";
  toggle.addEventListener("click", () => toggleContext(card, passage, toggle, citation.id));
  card.append(head, passage, toggle);
  return card;
}

/** Expand a card to the neighbouring passages of its report (fetched once), or collapse it. */
async function toggleContext(card, passage, toggle, id) {
  const shown = card.querySelectorAll(".context");
  if (shown.length) {
    shown.forEach((node) => node.remove());
    toggle.textContent = t("showContext");
    return;
  }
  toggle.disabled = true;
  try {
    const res = await fetch(`/passages/${encodeURIComponent(id)}/context?radius=2`);
    if (!res.ok) throw new Error(await errorMessage(res));
    const body = await res.json();
    passage.before(...body.before.map((c) => el("p", "context", c.text)));
    passage.after(...body.after.map((c) => el("p", "context", c.text)));
    toggle.textContent = t("hideContext");
  } catch (err) {
    passage.after(el("p", "context error", `${t("contextFailed")}: ${err.message}`));
    toggle.textContent = t("hideContext");
  } finally {
    toggle.disabled = false;
  }
}

/** Where a figure's input came from when no cited passage states it: the question itself
 * (citation "question", CONTRACT.md's extension) or the citation as given. */
function inputSource(input) {
  return input.citation === "question" ? t("given") : input.citation;
}

function figureCard(figure, turnIndex, citations) {
  const card = el("article", "card figure");
  card.append(el("div", "value", figure.display), el("div", "label", figure.label),
              el("div", "formula", `${t("formula")}: ${figure.formula}`));
  const inputs = el("div", "inputs muted", `${t("inputs")}: `);
  for (const input of figure.inputs) {
    const n = citations.findIndex((c) => c.id === input.citation) + 1;
    const label = `${input.value}${input.unit ? " " + input.unit : ""}`;
    if (n) {
      const link = el("a", "marker", `${label} [${n}]`);
      link.href = `#cite-${turnIndex}-${n}`;
      inputs.append(link, " ");
    } else {
      inputs.append(`${label} (${inputSource(input)}) `);
    }
  }
  card.append(inputs);
  return card;
}

/** The assistant's side of a turn: streamed text so far, the final answer, or an error. */
function renderReply(box, turn, turnIndex) {
  box.textContent = "";
  box.className = "msg assistant";
  delete box.dataset.answerable;
  if (turn.error) {
    box.classList.add("error");
    box.append(el("p", "", turn.error));
    return;
  }
  if (!turn.response) {
    box.classList.add("pending");
    box.append(el("p", "answer", turn.partial || t("thinking")));
    return;
  }
  const {answer, answerable, citations, figures = []} = turn.response;
  box.dataset.answerable = String(answerable);
  if (!answerable) box.append(el("p", "notice", t("notInReports")));
  const text = el("p", "answer");
  renderAnswer(text, answer, turnIndex, answerable ? citations.length : 0);
  const copy = el("button", "copy", t("copy"));
  copy.type = "button";
  copy.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(turnMarkdown(turn));
      copy.textContent = t("copied");
    } catch (_) {
      copy.textContent = t("copyFailed");
    }
  });
  box.append(text, copy);
  if (figures.length) {
    const section = el("section", "figures");
    section.append(el("h3", "", t("figures")), ...figures.map((f) => figureCard(f, turnIndex, citations)));
    box.append(section);
  }
  if (citations.length) {
    // Material shown after a refusal is kept apart: it is what came closest, not a source.
    const section = el("section", answerable ? "sources" : "sources closest");
    const numbers = answerable ? numbersIn(answer) : [];
    section.append(el("h3", "", t(answerable ? "sources" : "closest")),
                   ...citations.map((c, i) => citationCard(c, i + 1, turnIndex, numbers)));
    box.append(section);
  }
}

function renderLog() {
  const log = $("log");
  log.textContent = "";
  turns.forEach((turn, i) => {
    const question = el("div", "msg user");
    question.append(el("span", "who", t("you")), el("p", "", turn.q));
    if (turn.scope && turn.scope.length) question.append(el("span", "scope muted", scopeText(turn.scope)));
    const reply = el("div", "msg assistant");
    reply.id = `turn-${i}`;
    renderReply(reply, turn, i);
    log.append(question, reply);
  });
  $("empty").hidden = turns.length > 0;
}

// Marker links scroll to their card and flash it, without changing the page's URL.
$("log").addEventListener("click", (ev) => {
  const link = ev.target.closest("a.marker");
  if (!link) return;
  ev.preventDefault();
  const card = document.querySelector(link.getAttribute("href"));
  if (!card) return;
  card.scrollIntoView({behavior: "smooth", block: "center"});
  card.classList.remove("flash");
  void card.offsetWidth;  // restart the animation when the same card is clicked twice
  card.classList.add("flash");
});

// ---- asking: POST /ask/stream read with fetch, since EventSource cannot POST ----

/** Yield {event, data} from a text/event-stream body. */
async function* serverEvents(body) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const {value, done} = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, {stream: true});
    let end;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = "message";
      const data = [];
      for (const line of block.split("\n")) {
        if (line.startsWith("event:")) event = line.slice(6).trim();
        else if (line.startsWith("data:")) data.push(line.slice(5).trimStart());
      }
      yield {event, data: JSON.parse(data.join("\n"))};
    }
  }
}

async function ask(question) {
  // One answer at a time: a new question cancels the one still streaming.
  if (inFlight) inFlight.controller.abort();
  const turn = {q: question};
  if (scope.length) turn.scope = [...scope];
  const body = JSON.stringify({question, history: history(), ...(scope.length ? {documents: scope} : {})});
  turns.push(turn);
  const index = turns.length - 1;
  renderLog();
  $(`turn-${index}`).scrollIntoView({block: "end"});
  // Looked up each time: a language switch or a newer question re-renders the log.
  const show = () => { const box = $(`turn-${index}`); if (box) renderReply(box, turn, index); };
  const controller = new AbortController();
  inFlight = {controller, turn};
  try {
    const res = await fetch("/ask/stream", {
      method: "POST", headers: {"Content-Type": "application/json"}, body, signal: controller.signal,
    });
    if (!res.ok) throw new Error(await errorMessage(res));
    for await (const {event, data} of serverEvents(res.body)) {
      if (event === "token") {
        turn.partial = (turn.partial || "") + data.text;
      } else if (event === "final") {
        turn.response = data;
      }
      show();
    }
    if (!turn.response) throw new Error(t("cut"));
  } catch (err) {
    if (err.name === "AbortError") turn.error = t("cancelled");
    else turn.error = err instanceof TypeError ? `${t("network")}: ${err.message}` : err.message;
  } finally {
    delete turn.partial;
    if (inFlight && inFlight.controller === controller) inFlight = null;
    // A "new chat" during the stream has already dropped this turn; do not bring it back.
    if (turns[index] === turn) {
      show();
      saveTurns();
    }
  }
}

$("ask").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const question = $("q").value.trim();
  if (!question) return;
  $("q").value = "";
  ask(question);
});

// Enter sends, Shift+Enter inserts a newline; an IME composition's Enter only confirms the characters.
$("q").addEventListener("keydown", (ev) => {
  if (ev.key === "Enter" && !ev.shiftKey && !ev.isComposing) {
    ev.preventDefault();
    $("ask").requestSubmit();
  }
});

// ---- documents panel ----

async function loadDocuments() {
  const list = $("doc-list");
  const status = $("docs-status");
  try {
    const res = await fetch("/documents");
    if (!res.ok) throw new Error(await errorMessage(res));
    const docs = await res.json();
    reports = docs;
    list.textContent = "";
    for (const doc of docs) {
      const item = el("li", "doc");
      item.dataset.file = doc.file;
      const pick = el("input", "scope");
      pick.type = "checkbox";
      pick.dataset.file = doc.file;
      pick.setAttribute("aria-label", doc.title);
      pick.addEventListener("change", () => toggleScope(doc.file, pick.checked));
      const about = el("div", "about");
      about.append(el("strong", "", doc.title),
                   el("span", "muted", `${doc.file} · ${doc.lang} · ${doc.chunks} ${t("chunks")} · ${t("added")} ${doc.added.slice(0, 16).replace("T", " ")}`));
      item.append(pick, about);
      list.append(item);
    }
    status.textContent = docs.length ? "" : t("noDocs");
    fillReportOptions();
    // A report removed from the corpus leaves the scope; asking within it would be refused.
    const known = new Set(docs.map((d) => d.file));
    setScope(scope.filter((file) => known.has(file)));
    if (turns.some((turn) => turn.scope)) renderLog();  // scopes shown by title now that titles are known
  } catch (err) {
    status.textContent = `${t("docsFailed")}: ${err.message}`;
  }
}

$("toggle-docs").addEventListener("click", () => {
  const panel = $("docs");
  panel.hidden = !panel.hidden;
  $("toggle-docs").setAttribute("aria-expanded", String(!panel.hidden));
  if (!panel.hidden) loadDocuments();
});

// ---- retrieval scope: the reports questions are asked within ([] = all), kept across reloads ----

let reports = [];  // GET /documents, for the titles the scope is shown with
let scope = loadScope();

function loadScope() {
  try {
    const stored = JSON.parse(localStorage.getItem(STORE.scope));
    return Array.isArray(stored) ? stored.filter((f) => typeof f === "string") : [];
  } catch (_) { return []; }
}

function titleOf(file) {
  const doc = reports.find((d) => d.file === file);
  return doc ? doc.title : file;
}

function scopeText(files) {
  return files.length ? `${t("scopeSome")}: ${files.map(titleOf).join("; ")}` : t("scopeAll");
}

/** Choose the scope; every report picked is the same as all of them, so it is stored as []. */
function setScope(files) {
  scope = reports.length && files.length === reports.length ? [] : files;
  localStorage.setItem(STORE.scope, JSON.stringify(scope));
  $("scope-line").textContent = scopeText(scope);
  $("scope-all").checked = !scope.length;
  for (const box of document.querySelectorAll("#doc-list input.scope")) box.checked = scope.includes(box.dataset.file);
}

function toggleScope(file, picked) {
  setScope(picked ? [...scope, file] : scope.filter((f) => f !== file));
}

$("scope-all").addEventListener("change", () => setScope([]));

// ---- figures panel: every figure the reports state, filtered, sortable, exported as CSV ----

const METRICS = ["market_size", "cagr", "share", "growth", "revenue", "amount", "percent", "count"];
// Column: header key, the row's text, and the value it sorts by.
const FIGURE_COLUMNS = [
  ["report", (f) => f.title],
  ["subject", (f) => f.subject],
  ["metric", (f) => t("metrics")[f.metric] || f.metric],
  ["period", (f) => f.period],
  ["value", (f) => f.display, (f) => (f.normalised ? f.normalised.value : Number(f.value))],
  ["normalised", (f) => (f.normalised ? `${f.normalised.value} ${f.normalised.unit}`.trim() : "")],
  ["source", (f) => f.citation.location],
];
const CSV_COLUMNS = ["doc", "title", "subject", "metric", "period", "value", "unit", "scale", "display",
                     "normalised_value", "normalised_unit", "passage", "location"];
let figureRows = [];
let figureSort = null;  // {column, descending}
let figureRequest = 0;  // only the newest request's answer is shown

function fillMetricOptions() {
  const select = $("fig-metric");
  const chosen = select.value;
  select.length = 1;
  for (const metric of METRICS) select.append(new Option(t("metrics")[metric], metric));
  select.value = chosen;
}

function fillReportOptions() {
  const select = $("fig-doc");
  const chosen = select.value;
  select.length = 1;
  for (const doc of reports) select.append(new Option(doc.title, doc.file));
  select.value = reports.some((d) => d.file === chosen) ? chosen : "";
}

/** The query of GET /figures the filters stand for. */
function figureQuery() {
  const params = new URLSearchParams();
  for (const [key, id] of [["doc", "fig-doc"], ["metric", "fig-metric"], ["year", "fig-year"], ["q", "fig-q"]]) {
    const value = $(id).value.trim();
    if (value) params.set(key, value);
  }
  return params.toString();
}

async function loadFigures() {
  const request = ++figureRequest;
  const status = $("fig-status");
  const query = figureQuery();
  try {
    const res = await fetch(`/figures?${query}`);
    if (!res.ok) throw new Error(await errorMessage(res));
    const body = await res.json();
    if (request !== figureRequest) return;
    figureRows = body.figures;
    renderFigures();
    $("fig-table").dataset.query = query;  // which filters the rows shown answer (what a waiting test looks for)
  } catch (err) {
    if (request !== figureRequest) return;
    figureRows = [];
    renderFigures();
    status.textContent = `${t("figuresFailed")}: ${err.message}`;
  }
}

function sortedFigures() {
  if (!figureSort) return figureRows;
  const [, text, key = text] = FIGURE_COLUMNS[figureSort.column];
  const order = figureSort.descending ? -1 : 1;
  return [...figureRows].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return order * (typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y)));
  });
}

function renderFigures() {
  const table = $("fig-table");
  const head = table.tHead;
  head.textContent = "";
  const headRow = head.insertRow();
  FIGURE_COLUMNS.forEach(([name], column) => {
    const th = el("th");
    const sort = el("button", "link", t(name));
    sort.type = "button";
    sort.addEventListener("click", () => {
      figureSort = {column, descending: figureSort && figureSort.column === column && !figureSort.descending};
      renderFigures();
    });
    th.append(sort);
    headRow.append(th);
  });
  const body = table.tBodies[0];
  body.textContent = "";
  for (const figure of sortedFigures()) {
    const row = body.insertRow();
    row.dataset.passage = figure.citation.id;
    row.dataset.doc = figure.doc;
    for (const [name, text] of FIGURE_COLUMNS) {
      const cell = row.insertCell();
      cell.className = name;
      if (name === "source") cell.append(sourceLink(figure.doc, figure.citation.page, text(figure)));
      else cell.textContent = text(figure);
      if (name === "report") cell.title = `${figure.title} (${figure.doc})`;  // the cell shows its start
    }
  }
  $("fig-status").textContent = figureRows.length ? `${figureRows.length} ${t("figureCount")}` : t("noFigures");
}

/** A CSV field; text a spreadsheet would run as a formula ("=…", "@…") is quoted with a leading '. */
function csvField(value) {
  let text = value === null || value === undefined ? "" : String(value);
  if (/^[=+@\t\r]|^-(?![\d.])/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function figuresCsv(rows) {
  const lines = [CSV_COLUMNS.join(",")];
  for (const f of rows) {
    const normalised = f.normalised || {value: "", unit: ""};
    lines.push([f.doc, f.title, f.subject, f.metric, f.period, f.value, f.unit, f.scale, f.display,
                normalised.value, normalised.unit, f.citation.id, f.citation.location].map(csvField).join(","));
  }
  return lines.join("\r\n") + "\r\n";
}

$("toggle-figures").addEventListener("click", () => {
  const panel = $("figures-panel");
  panel.hidden = !panel.hidden;
  $("toggle-figures").setAttribute("aria-expanded", String(!panel.hidden));
  if (!panel.hidden) loadFigures();
});
for (const id of ["fig-doc", "fig-metric"]) $(id).addEventListener("change", loadFigures);
// Typed filters ask once the typing pauses, not at every key.
let figureTyping = null;
for (const id of ["fig-year", "fig-q"]) {
  $(id).addEventListener("input", () => { clearTimeout(figureTyping); figureTyping = setTimeout(loadFigures, 250); });
}
$("figure-filters").addEventListener("submit", (ev) => { ev.preventDefault(); loadFigures(); });
// The BOM makes Excel read the file as UTF-8, so Chinese subjects and titles survive.
$("fig-csv").addEventListener("click", () => download("figures.csv", "text/csv;charset=utf-8", "\ufeff" + figuresCsv(sortedFigures())));

// ---- export: the conversation as Markdown, with its sources and computed figures ----

function quote(text) {
  return text.split("\n").map((line) => `> ${line}`).join("\n");
}

/** One turn as Markdown: question, answer, computed figures (formula and cited inputs), sources. */
function turnMarkdown(turn) {
  const parts = [`## ${t("question")}: ${turn.q}`];
  if (turn.scope && turn.scope.length) parts.push(`_${scopeText(turn.scope)}_`);
  if (turn.error) return [...parts, turn.error].join("\n\n");
  if (!turn.response) return parts.join("\n\n");
  const {answer, answerable, citations, figures = []} = turn.response;
  parts.push(answerable ? answer : `**${t("notInReportsNote")}** ${answer}`);
  if (figures.length) {
    const lines = figures.map((f) => {
      const inputs = f.inputs.map((input) => {
        const n = citations.findIndex((c) => c.id === input.citation) + 1;
        return `${input.value}${input.unit ? " " + input.unit : ""} [${n || inputSource(input)}]`;
      });
      return `- **${f.display}** ${f.label}. ${t("formula")}: \`${f.formula}\`. ${t("inputs")}: ${inputs.join(", ")}`;
    });
    parts.push(`### ${t("figures")}\n\n${lines.join("\n")}`);
  }
  if (citations.length) {
    const sources = citations.map((c, i) => `[${i + 1}] ${c.title} · ${c.location} (${c.doc})\n\n${quote(c.text)}`);
    parts.push(`### ${t(answerable ? "sources" : "closest")}\n\n${sources.join("\n\n")}`);
  }
  return parts.join("\n\n");
}

$("export-chat").addEventListener("click", () => {
  const text = [`# reportqa · ${t("conversation")}`, ...turns.map(turnMarkdown)].join("\n\n") + "\n";
  download("reportqa-conversation.md", "text/markdown;charset=utf-8", text);
});

function updateUploadButton() {
  $("upload-button").disabled = !($("admin-token").value && $("upload-file").files.length);
}
$("admin-token").addEventListener("input", updateUploadButton);
$("upload-file").addEventListener("change", updateUploadButton);

// XMLHttpRequest rather than fetch: only it reports upload progress.
$("upload").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const file = $("upload-file").files[0];
  const progress = $("upload-progress");
  const result = $("upload-result");
  const form = new FormData();
  form.append("file", file);
  const xhr = new XMLHttpRequest();
  xhr.open("POST", "/documents");
  xhr.setRequestHeader("Authorization", `Bearer ${$("admin-token").value}`);
  xhr.upload.onprogress = (e) => {
    if (e.lengthComputable) progress.value = (100 * e.loaded) / e.total;
  };
  // Once the bytes are sent the server is reindexing, which takes longer than the transfer.
  xhr.upload.onload = () => { result.textContent = t("indexing"); progress.removeAttribute("value"); };
  const finish = (ok, message) => {
    progress.hidden = true;
    $("upload-button").disabled = false;
    result.className = ok ? "ok" : "error";
    result.textContent = `${t(ok ? "uploadDone" : "uploadFailed")}: ${message}`;
    if (ok) { $("upload-file").value = ""; updateUploadButton(); loadDocuments(); }
  };
  xhr.onload = () => {
    let body = {};
    try { body = JSON.parse(xhr.responseText); } catch (_) { /* reported below by status */ }
    if (xhr.status === 200) finish(true, `${body.file} (${body.chunks} ${t("chunks")})`);
    else finish(false, body.error ? body.error.message : `${xhr.status} ${xhr.statusText}`);
  };
  xhr.onerror = () => finish(false, t("network"));
  progress.hidden = false;
  progress.value = 0;
  result.className = "";
  result.textContent = t("uploading");
  $("upload-button").disabled = true;
  xhr.send(form);
});

setScope(scope);
applyLanguage();
