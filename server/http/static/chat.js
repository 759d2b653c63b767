// The web chat: streamed answers with citation and figure cards, multi-turn history kept in
// localStorage, a documents panel with upload, and English/Chinese interface text.
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
    formula: "Formula", inputs: "From",
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
    formula: "公式", inputs: "来源",
  },
};
const STORE = {chat: "reportqa.chat", lang: "reportqa.lang"};
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
  renderLog();  // labels inside messages follow the language too
  if (!$("docs").hidden) loadDocuments();
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

/** Append `text` to `parent`, wrapping each occurrence of `numbers` in <mark>. */
function appendHighlighted(parent, text, numbers) {
  if (!numbers.length) { parent.append(text); return; }
  const escaped = numbers.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  // Not inside a longer number: "26" must not light up in "8.26" or "2026".
  const pattern = new RegExp(`(?<![\\d.,])(?:${escaped.join("|")})(?![\\d]|[.,]\\d)`, "g");
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

function citationCard(citation, n, turnIndex, numbers) {
  const card = el("article", "card cite");
  card.id = `cite-${turnIndex}-${n}`;
  card.dataset.citation = citation.id;
  const head = el("header");
  head.append(el("span", "num", `[${n}]`), el("strong", "title", citation.title), el("span", "loc muted", citation.location));
  const passage = el("blockquote", "passage");
  appendHighlighted(passage, citation.text, numbers);
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
      inputs.append(`${label} (${input.citation}) `);
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
  box.append(text);
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
  const body = JSON.stringify({question, history: history()});
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
    list.textContent = "";
    for (const doc of docs) {
      const item = el("li", "doc");
      item.dataset.file = doc.file;
      item.append(el("strong", "", doc.title),
                  el("span", "muted", `${doc.file} · ${doc.lang} · ${doc.chunks} ${t("chunks")} · ${t("added")} ${doc.added.slice(0, 16).replace("T", " ")}`));
      list.append(item);
    }
    status.textContent = docs.length ? "" : t("noDocs");
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

applyLanguage();
