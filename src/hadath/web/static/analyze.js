/* The analysis page: send the pasted article to POST /api/analyze and draw the Document it returns. */
(function () {
  "use strict";

  function cell(tr, text, ltr) {
    var td = document.createElement("td");
    td.textContent = text == null || text === "" ? "—" : String(text);
    if (ltr) td.dir = "ltr";
    tr.appendChild(td);
    return td;
  }

  function argText(a) { return a ? a.code || a.name_en || a.text : null; }

  function drawEvents(doc, labels) {
    var body = document.getElementById("a-events");
    body.textContent = "";
    (doc.events || []).forEach(function (ev, i) {
      var tr = document.createElement("tr");
      tr.className = "ev-row";
      var td = document.createElement("td");
      var b = document.createElement("button");
      b.type = "button";
      b.className = "linkish";
      b.setAttribute("data-show", "e" + i);
      b.textContent = (ev.trigger && ev.trigger.text) || "؟";
      td.appendChild(b);
      tr.appendChild(td);
      var root = String(ev.cameo_root || String(ev.cameo || "").slice(0, 2));
      cell(tr, (ev.cameo || "") + " " + (labels.roots[root] || root) + (ev.text_ar ? " — " + ev.text_ar : ""));
      cell(tr, argText(ev.source), true);
      cell(tr, argText(ev.target), true);
      cell(tr, ev.location ? ev.location.name_en || ev.location.text : null);
      cell(tr, ev.date, true);
      cell(tr, labels.modality[ev.modality] || ev.modality);
      cell(tr, typeof ev.confidence === "number" ? ev.confidence.toFixed(2) : null);
      body.appendChild(tr);
    });
    if (!(doc.events || []).length) {
      var tr = document.createElement("tr");
      var td = cell(tr, "لم يُستخرج أي حدث.");
      td.colSpan = 8;
      body.appendChild(tr);
    }
  }

  function drawEntities(doc, labels) {
    var body = document.getElementById("a-entities");
    body.textContent = "";
    (doc.entities || []).forEach(function (ent) {
      var tr = document.createElement("tr");
      var td = document.createElement("td");
      var s = document.createElement("span");
      var t = ["PER", "ORG", "LOC", "GPE", "MISC"].indexOf(ent.type) >= 0 ? ent.type : "MISC";
      s.className = "seg ent ent-" + t;
      s.textContent = ent.text;
      td.appendChild(s);
      tr.appendChild(td);
      cell(tr, labels.entity[ent.type] || ent.type);
      cell(tr, ent.actor ? (ent.actor.name_en || ent.actor.id) + (ent.actor.code ? " [" + ent.actor.code + "]" : "") : null, true);
      cell(tr, ent.place ? (ent.place.name_en || ent.place.id) + (ent.place.country ? " (" + ent.place.country + ")" : "") : null, true);
      cell(tr, (ent.actor && ent.actor.reason) || (ent.place && ent.place.reason) || "");
      body.appendChild(tr);
    });
  }

  function show(doc, labels) {
    window.hadath.renderDocument(doc, document.getElementById("a-doc"));
    drawEvents(doc, labels);
    drawEntities(doc, labels);
    document.getElementById("a-json").textContent = JSON.stringify(doc, null, 2);
    document.getElementById("a-result").hidden = false;
  }

  document.addEventListener("DOMContentLoaded", function () {
    var labels = JSON.parse(document.getElementById("labels-data").textContent);
    window.hadath.setLabels(labels);
    var form = document.getElementById("analyze-form");
    var status = document.getElementById("a-status");
    window.hadath.showAnalysis = function (doc) { show(doc, labels); };
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var body = { text: document.getElementById("a-text").value };
      var title = document.getElementById("a-title").value.trim();
      var published = document.getElementById("a-published").value.trim();
      if (title) body.title = title;
      if (published) body.published = published;
      status.textContent = "جارٍ التحليل…";
      document.getElementById("a-submit").disabled = true;
      fetch("/api/analyze", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(body),
      })
        .then(function (r) {
          return r.json().then(function (j) { return { ok: r.ok, status: r.status, body: j }; });
        })
        .then(function (res) {
          if (!res.ok) {
            var err = (res.body && res.body.error) || {};
            status.textContent = "خطأ " + res.status + ": " + (err.message || "") + (err.hint ? " (" + err.hint + ")" : "");
            status.className = "error";
            return;
          }
          status.textContent = "تم: " + (res.body.entities || []).length + " كيانًا، " + (res.body.events || []).length + " حدثًا.";
          status.className = "ok";
          show(res.body, labels);
        })
        .catch(function (err) {
          status.textContent = "تعذّر الاتصال بالخادم: " + err;
          status.className = "error";
        })
        .finally(function () { document.getElementById("a-submit").disabled = false; });
    });
  });
})();
