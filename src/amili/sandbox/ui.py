"""``/_sandbox/ui``: a page for people — request log, state browsers, webhook deliveries, fault rules.

One HTML page with inline CSS and a little JavaScript (no build step, no CDN, works offline) reading the JSON
endpoints below; every value is inserted as text, never as HTML.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from starlette.responses import HTMLResponse, JSONResponse
from starlette.routing import Route

from .faults import FaultKind, FaultRule
from .state import iso

if TYPE_CHECKING:
    from starlette.requests import Request

    from .app import Sandbox

Json = dict[str, Any]


def state_view(sandbox: Sandbox) -> Json:
    """What the state browsers show: ARM per client, AutoCollect per organization, Distribution sends."""
    state = sandbox.state
    return {
        "arm": {
            str(no): {"customers": list(c.customers.values()), "documents": list(c.documents.values())}
            for no, c in state.arm_clients.items()
        },
        "autocollect": {
            oid: {"invoices": list(o.invoices.values()), "batches": [b.to_json() for b in o.batches.values()]}
            for oid, o in state.organizations.items()
        },
        "distribution": [
            {"identifier": d.identifier, "kind": d.kind, "status": d.status, "createdAt": iso(d.created_at)}
            for d in state.sent_documents.values()
        ],
    }


def rule_json(rule: FaultRule) -> Json:
    fields = ("probability", "operation", "path", "method", "status", "latency", "times", "after", "fired")
    return {"kind": rule.kind.value, **{name: getattr(rule, name) for name in fields}}


def routes(sandbox: Sandbox) -> list[Route]:
    async def page(request: Request) -> HTMLResponse:
        return HTMLResponse(PAGE)

    async def state(request: Request) -> JSONResponse:
        return JSONResponse(state_view(sandbox))

    async def rules(request: Request) -> JSONResponse:
        if request.method == "POST":
            try:
                form = json.loads(await request.body())  # JSON only: the pipeline refuses cross-site simple posts
                if not isinstance(form, dict):
                    raise ValueError("a JSON object is expected")
                rule = FaultRule(
                    FaultKind(str(form.get("kind", ""))),
                    probability=float(str(form.get("probability") or 1)),
                    operation=str(form.get("operation") or "*"),
                    status=int(str(form["status"])) if form.get("status") else None,
                    latency=float(str(form.get("latency") or 0)),
                    times=int(str(form["times"])) if form.get("times") else None,
                )
                sandbox.add_fault(rule)
            except (ValueError, KeyError) as exc:
                return JSONResponse({"error": str(exc)}, status_code=400)
        return JSONResponse([rule_json(r) for r in sandbox.ctx.faults.rules])

    async def clear(request: Request) -> JSONResponse:
        sandbox.clear_faults()
        return JSONResponse([])

    return [
        Route("/_sandbox/ui", page, methods=["GET"], name="sandbox.ui"),
        Route("/_sandbox/ui/state", state, methods=["GET"], name="sandbox.ui_state"),
        Route("/_sandbox/fault-rules", rules, methods=["GET", "POST"], name="sandbox.fault_rules"),
        Route("/_sandbox/fault-rules/clear", clear, methods=["POST"], name="sandbox.fault_rules_clear"),
    ]


PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Amili sandbox</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:14px system-ui,sans-serif;margin:0;color:#1d2330;background:#f5f6f8}
header{background:#1d2a44;color:#fff;padding:10px 18px;display:flex;gap:18px;align-items:center}
header h1{font-size:17px;margin:0}
nav button{background:none;border:0;color:#c9d3e6;font:inherit;cursor:pointer;padding:4px 8px}
nav button.on{color:#fff;border-bottom:2px solid #7fb0ff}
main{padding:14px 18px;display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:16px}
section{background:#fff;border:1px solid #dde1e8;border-radius:6px;padding:10px;overflow:auto}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:4px 6px;border-bottom:1px solid #eef0f3}
tbody tr{cursor:pointer}tbody tr:hover{background:#eef4ff}tr.sel{background:#dce8ff}
.s2{color:#17803d}.s4{color:#b45309}.s5,.s0{color:#b91c1c;font-weight:600}
pre{background:#f3f4f6;padding:8px;white-space:pre-wrap;word-break:break-all;max-height:260px;overflow:auto}
h2{font-size:15px;margin:4px 0 8px}h3{font-size:13px;margin:10px 0 4px}
form{display:flex;flex-wrap:wrap;gap:6px;align-items:end}label{display:flex;flex-direction:column;font-size:12px}
.muted{color:#6b7280}
</style></head>
<body>
<header><h1>Amili sandbox</h1><nav>
<button data-tab="requests" class="on">Requests</button><button data-tab="state">State</button>
<button data-tab="webhooks">Webhooks</button><button data-tab="faults">Faults</button></nav>
<span class="muted" id="summary"></span></header>
<main>
<section id="requests"><h2>Request log</h2><table><thead><tr><th>time</th><th>method</th><th>operation</th>
<th>status</th><th>latency</th><th>fault</th><th>request id</th><th>trace</th></tr></thead>
<tbody id="log"></tbody></table></section>
<section id="detail"><h2>Request detail</h2><p class="muted" id="hint">Click a request.</p>
<div id="info"></div></section>
<section id="state" hidden><h2>State</h2><div id="stateview"></div></section>
<section id="webhooks" hidden><h2>Webhook deliveries</h2><table><thead><tr><th>event</th><th>url</th><th>status</th>
<th>error</th></tr></thead><tbody id="hooks"></tbody></table></section>
<section id="faults" hidden><h2>Fault rules</h2>
<form id="faultform"><label>kind<select name="kind">
<option>error</option><option>rate_limit</option><option>latency</option><option>drop</option>
<option>error_after</option><option>drop_after</option><option>expire_token</option><option>batch_failure</option>
</select></label><label>operation<input name="operation" value="*" size="30"></label>
<label>status<input name="status" size="4" placeholder="503"></label>
<label>probability<input name="probability" value="1" size="4"></label>
<label>latency s<input name="latency" size="4"></label><label>times<input name="times" size="4"></label>
<button type="submit">Add rule</button><button type="button" id="clear">Clear all</button></form>
<p id="faulterror" class="s5"></p><table><thead><tr><th>kind</th><th>operation</th><th>probability</th><th>status</th>
<th>times</th><th>fired</th></tr></thead><tbody id="rules"></tbody></table></section>
</main>
<script>
"use strict";
const $ = (id) => document.getElementById(id);
let requests = [], selected = null;
function el(tag, text, cls) { const e = document.createElement(tag); if (text !== undefined && text !== null)
  e.textContent = String(text); if (cls) e.className = cls; return e; }
function row(cells) { const tr = document.createElement("tr"); cells.forEach((c) => tr.appendChild(el("td", c)));
  return tr; }
function traceId(r) { return (r.traceparent || "").split("-")[1] || ""; }
function pretty(text) { try { return JSON.stringify(JSON.parse(text), null, 2); } catch (e) { return text || ""; } }
function block(parent, title, text) { parent.appendChild(el("h3", title)); parent.appendChild(el("pre", text)); }
function show(r) {
  selected = r.requestId; $("hint").hidden = true; const info = $("info"); info.replaceChildren();
  info.appendChild(el("p", r.method + " " + r.path + (r.query ? "?" + r.query : ""), "req-line"));
  info.appendChild(el("p", "operation " + r.operation + " · status " + r.status + " · " +
    Math.round(r.duration * 1000) + " ms" + (r.fault ? " · fault " + r.fault : "") + " · id " + r.requestId));
  if (r.traceparent) info.appendChild(el("p", "traceparent " + r.traceparent + " · trace id " + traceId(r)));
  block(info, "Request headers", JSON.stringify(r.headers, null, 2));
  block(info, "Request body", pretty(r.body));
  block(info, "Response headers", JSON.stringify(r.responseHeaders, null, 2));
  block(info, "Response body", pretty(r.responseBody));
  document.querySelectorAll("#log tr").forEach((tr) => tr.classList.toggle("sel", tr.dataset.id === selected));
}
const JSON_HEADERS = {"Content-Type": "application/json"};
async function load(url, opts) { const r = await fetch(url, opts); return r.json(); }
async function refresh() {
  requests = await load("/_sandbox/requests");
  const body = $("log"); body.replaceChildren();
  requests.slice().reverse().forEach((r) => {
    const tr = row([r.at.slice(11, 19), r.method, r.operation, r.status, Math.round(r.duration * 1000) + " ms",
                    r.fault || "", r.requestId, traceId(r)]);
    tr.dataset.id = r.requestId; tr.children[3].className = "s" + String(r.status)[0];
    if (r.requestId === selected) tr.classList.add("sel");
    tr.addEventListener("click", () => show(r)); body.appendChild(tr);
  });
  $("summary").textContent = requests.length + " requests";
  const state = await load("/_sandbox/ui/state"), view = $("stateview"); view.replaceChildren();
  for (const [no, c] of Object.entries(state.arm)) {
    view.appendChild(el("h3", "ARM client " + no + ": " + c.customers.length + " customers, " +
      c.documents.length + " documents"));
    c.customers.forEach((x) => view.appendChild(el("div", "customer " + x.customerNo + " · " + (x.name || ""))));
    c.documents.forEach((x) => view.appendChild(el("div", "document " + x.documentNo + " · customer " + x.customerNo)));
  }
  for (const [org, o] of Object.entries(state.autocollect)) {
    view.appendChild(el("h3", "AutoCollect org " + org + ": " + o.invoices.length + " invoices, " +
      o.batches.length + " batches"));
    o.batches.forEach((b) => view.appendChild(el("div", "batch " + b.batchId + " · " + b.status)));
    o.invoices.forEach((i) => view.appendChild(el("div", "invoice " + (i.invoiceNumber || i.id) + " · " +
      (i.status || ""))));
  }
  view.appendChild(el("h3", "Distribution: " + state.distribution.length + " sends"));
  state.distribution.forEach((d) => view.appendChild(el("div", d.kind + " " + d.identifier + " · " + d.status)));
  const hooks = await load("/_sandbox/webhooks"); $("hooks").replaceChildren(
    ...hooks.map((h) => row([h.event, h.url || "(callback)", h.status, h.error || ""])));
  renderRules(await load("/_sandbox/fault-rules"));
}
function renderRules(rules) { $("rules").replaceChildren(...rules.map((r) =>
  row([r.kind, r.operation, r.probability, r.status || "", r.times === null ? "∞" : r.times, r.fired]))); }
document.querySelectorAll("nav button").forEach((b) => b.addEventListener("click", () => {
  document.querySelectorAll("nav button").forEach((x) => x.classList.toggle("on", x === b));
  ["requests", "state", "webhooks", "faults"].forEach((t) => { $(t).hidden = t !== b.dataset.tab; });
}));
$("faultform").addEventListener("submit", async (ev) => {
  ev.preventDefault(); const res = await fetch("/_sandbox/fault-rules", {method: "POST", headers: JSON_HEADERS,
    body: JSON.stringify(Object.fromEntries(new FormData(ev.target)))});
  const data = await res.json(); $("faulterror").textContent = res.ok ? "" : data.error;
  if (res.ok) renderRules(data);
});
$("clear").addEventListener("click", async () => renderRules(await load("/_sandbox/fault-rules/clear",
  {method: "POST", headers: JSON_HEADERS, body: "{}"})));
refresh(); setInterval(refresh, 2000);
</script></body></html>
"""
