const log = document.getElementById("log");
document.getElementById("ask").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const q = document.getElementById("q").value.trim();
  if (!q) return;
  const box = document.createElement("div");
  box.className = "msg";
  box.textContent = "…";
  log.append(box);
  try {
    const res = await fetch("/ask", {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify({question: q})});
    const data = await res.json();
    if (!res.ok) { box.textContent = data.error ? data.error.message : "error"; return; }
    box.textContent = data.answer;
    for (const c of data.citations) {
      const el = document.createElement("div");
      el.className = "cite";
      el.textContent = `${c.title} (${c.location}): ${c.text}`;
      box.append(el);
    }
  } catch (e) { box.textContent = String(e); }
});
