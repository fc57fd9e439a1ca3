/* hadath web UI: tooltips, highlighting helpers, map zoom. Plain JavaScript, no dependencies.
 *
 * hadath.segments(doc) mirrors hadath/web/highlight.py: the Document's offsets are code points
 * (Python str indices), JavaScript strings are UTF-16, so offsets are converted through a table
 * before slicing (an emoji or any astral character counts 1 in Python and 2 here).
 */
(function () {
  "use strict";

  var ENTITY_TYPES = ["PER", "ORG", "LOC", "GPE", "MISC"];
  var LABELS = { roots: {}, modality: {}, entity: {}, plover: {} };

  function setLabels(l) { if (l) { LABELS = l; } }

  /* UTF-16 index of every code point offset 0..n (n = number of code points). */
  function codePointIndex(text) {
    var idx = [0];
    var u = 0;
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      var next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        u += 2;
        i++;
      } else {
        u += 1;
      }
      idx.push(u);
    }
    return idx;
  }

  function isInt(x) { return typeof x === "number" && Math.floor(x) === x; }

  function valid(s, n) {
    if (!s || typeof s !== "object") return null;
    var a = s.start, b = s.end;
    if (!isInt(a) || !isInt(b) || a < 0 || b > n || a >= b) return null;
    return [a, b];
  }

  function entityLabel(t) { return LABELS.entity[t] || String(t == null ? "" : t); }
  function modalityLabel(m) { var s = String(m == null ? "" : m); return LABELS.modality[s] || s; }
  function rootLabel(r) {
    var s = String(r == null ? "" : r);
    while (s.length < 2) s = "0" + s;
    return LABELS.roots[s] || s;
  }

  function entityTip(ent) {
    var lines = [entityLabel(ent.type) + " (" + ent.type + ")"];
    var a = ent.actor, p = ent.place;
    var isA = a && typeof a === "object", isP = p && typeof p === "object";
    if (isA) {
      var bits = [a.code, a.country].filter(function (x) { return x; }).join(", ");
      lines.push("فاعل: " + (a.name_en || a.id || "?") + (bits ? " [" + bits + "]" : ""));
      if (a.reason) lines.push("السبب: " + a.reason);
    }
    if (isP) {
      var pbits = [p.admin1, p.country].filter(function (x) { return x; }).join(", ");
      lines.push("مكان: " + (p.name_en || p.id || "?") + (pbits ? " [" + pbits + "]" : ""));
      if (p.lat != null && p.lon != null) lines.push("الإحداثيات: " + p.lat.toFixed(3) + ", " + p.lon.toFixed(3));
      if (p.reason) lines.push("السبب: " + p.reason);
    }
    if (!isA && !isP) lines.push("غير مربوط بفاعل أو مكان");
    return lines.join("\n");
  }

  function dateTip(d) {
    var lines = ["تاريخ: " + (d.value || "?") + (d.granularity ? " (" + d.granularity + ")" : "")];
    if (d.reason) lines.push("السبب: " + d.reason);
    return lines.join("\n");
  }

  function arg(a) {
    if (!a || typeof a !== "object") return "—";
    return String(a.code || a.name_en || a.text || "—");
  }

  function eventTip(ev) {
    var code = String(ev.cameo || "");
    var lines = [
      "حدث " + code + ": " + rootLabel(ev.cameo_root || code.slice(0, 2)),
      arg(ev.source) + " ← " + arg(ev.target),
      "الصيغة: " + modalityLabel(ev.modality) +
        (typeof ev.confidence === "number" ? " · الثقة " + ev.confidence.toFixed(2) : ""),
    ];
    if (ev.text_ar) lines.push(String(ev.text_ar));
    if (ev.rule) lines.push("القاعدة: " + ev.rule);
    return lines.join("\n");
  }

  function spans(doc) {
    var n = codePointIndex(doc.text || "").length - 1;
    var out = [];
    var events = doc.events || [], ents = doc.entities || [], dates = doc.dates || [];
    events.forEach(function (ev, i) {
      if (!ev || typeof ev !== "object") return;
      var s = valid(ev.sentence, n);
      if (s) out.push({ start: s[0], end: s[1], cls: "evid", tip: "", ref: "e" + i });
    });
    ents.forEach(function (ent, i) {
      var s = valid(ent, n);
      if (!s) return;
      var t = String(ent.type || "MISC");
      if (ENTITY_TYPES.indexOf(t) < 0) t = "MISC";
      var resolved = (ent.actor && typeof ent.actor === "object") || (ent.place && typeof ent.place === "object");
      out.push({ start: s[0], end: s[1], cls: "ent ent-" + t + (resolved ? " resolved" : ""), tip: entityTip(ent), ref: "n" + i });
    });
    dates.forEach(function (d, i) {
      var s = valid(d, n);
      if (s) out.push({ start: s[0], end: s[1], cls: "date", tip: dateTip(d), ref: "d" + i });
    });
    events.forEach(function (ev, i) {
      if (!ev || typeof ev !== "object") return;
      var s = valid(ev.trigger, n);
      if (s) out.push({ start: s[0], end: s[1], cls: "trig q" + (ev.quad_class || 0), tip: eventTip(ev), ref: "e" + i });
    });
    return out;
  }

  /* The text cut at every span boundary; [{text, classes, tips, refs}] (same as highlight.segments). */
  function segments(doc) {
    var text = doc.text || "";
    var idx = codePointIndex(text);
    var n = idx.length - 1;
    var sp = spans(doc);
    var cutSet = {};
    cutSet[0] = true;
    cutSet[n] = true;
    sp.forEach(function (s) { cutSet[s.start] = true; cutSet[s.end] = true; });
    var cuts = Object.keys(cutSet).map(Number).sort(function (a, b) { return a - b; });
    var starts = {};
    sp.forEach(function (s) { (starts[s.start] = starts[s.start] || []).push(s); });
    var active = [];
    var out = [];
    for (var k = 0; k + 1 < cuts.length; k++) {
      var a = cuts[k], b = cuts[k + 1];
      active = active.filter(function (s) { return s.end > a; }).concat(starts[a] || []);
      var seg = { text: text.slice(idx[a], idx[b]), classes: [], tips: [], refs: [] };
      active.forEach(function (s) {
        s.cls.split(" ").forEach(function (c) { if (seg.classes.indexOf(c) < 0) seg.classes.push(c); });
        if (s.tip && seg.tips.indexOf(s.tip) < 0) seg.tips.push(s.tip);
        if (seg.refs.indexOf(s.ref) < 0) seg.refs.push(s.ref);
      });
      out.push(seg);
    }
    return out;
  }

  /* Draw a Document's text with its highlights into el (text only through textContent). */
  function renderDocument(doc, el) {
    el.textContent = "";
    segments(doc).forEach(function (seg) {
      if (!seg.classes.length) {
        el.appendChild(document.createTextNode(seg.text));
        return;
      }
      var span = document.createElement("span");
      span.className = "seg " + seg.classes.join(" ");
      span.setAttribute("data-ref", seg.refs.join(" "));
      var tip = seg.tips.filter(function (t) { return t; }).join("\n");
      if (tip) {
        span.setAttribute("data-tip", tip);
        span.tabIndex = 0;
      }
      span.textContent = seg.text;
      el.appendChild(span);
    });
  }

  // ---------------------------------------------------------------- tooltips and linked highlights

  function tipBox() { return document.getElementById("tip"); }

  function refsOf(el) { return (el.getAttribute("data-ref") || "").split(" ").filter(function (x) { return x; }); }

  function markRefs(refs, on, cls) {
    refs.forEach(function (r) {
      if (!/^[a-z]\d+$/.test(r)) return;
      document.querySelectorAll('.seg[data-ref~="' + r + '"]').forEach(function (s) {
        s.classList.toggle(cls || "hl", on);
      });
    });
  }

  function showTip(el) {
    var box = tipBox();
    if (!box) return;
    box.textContent = el.getAttribute("data-tip");
    box.hidden = false;
    var r = el.getBoundingClientRect();
    var top = window.scrollY + r.bottom + 6;
    var right = document.documentElement.clientWidth - r.right;
    box.style.top = top + "px";
    box.style.right = Math.max(4, right) + "px";
    box.style.left = "auto";
    var b = box.getBoundingClientRect();
    if (b.left < 4) {
      box.style.right = "auto";
      box.style.left = "4px";
    }
    var refs = refsOf(el).filter(function (x) { return x[0] === "n" || x[0] === "d"; });
    markRefs(refs, true);
  }

  function hideTip(el) {
    var box = tipBox();
    if (box) box.hidden = true;
    if (el) markRefs(refsOf(el), false);
  }

  function initTips() {
    document.addEventListener("mouseover", function (e) {
      var el = e.target.closest && e.target.closest("[data-tip]");
      if (el) showTip(el);
    });
    document.addEventListener("mouseout", function (e) {
      var el = e.target.closest && e.target.closest("[data-tip]");
      if (el && !(e.relatedTarget && el.contains(e.relatedTarget))) hideTip(el);
    });
    document.addEventListener("focusin", function (e) {
      var el = e.target.closest && e.target.closest("[data-tip]");
      if (el) showTip(el);
    });
    document.addEventListener("focusout", function (e) {
      var el = e.target.closest && e.target.closest("[data-tip]");
      if (el) hideTip(el);
    });
    document.addEventListener("keydown", function (e) { if (e.key === "Escape") hideTip(null); });
  }

  /* A button data-show="e3" scrolls to event 3's evidence and flashes it. */
  function initShow() {
    document.addEventListener("click", function (e) {
      var b = e.target.closest && e.target.closest("[data-show]");
      if (!b) return;
      var ref = b.getAttribute("data-show");
      if (!/^e\d+$/.test(ref)) return;
      var first = document.querySelector('.seg[data-ref~="' + ref + '"]');
      if (!first) return;
      first.scrollIntoView({ block: "center", behavior: "smooth" });
      document.querySelectorAll(".seg.flash").forEach(function (s) { s.classList.remove("flash"); });
      markRefs([ref], true, "flash");
    });
  }

  /* GET forms leave out their empty fields, so URLs carry only the filters that are set. */
  function initCleanForms() {
    document.addEventListener("submit", function (e) {
      var form = e.target;
      if ((form.getAttribute("method") || "get").toLowerCase() !== "get") return;
      Array.prototype.forEach.call(form.elements, function (el) {
        if (el.name && !el.disabled && el.value === "") el.disabled = true;
      });
    });
    window.addEventListener("pageshow", function () {
      document.querySelectorAll("form [disabled]").forEach(function (el) {
        if (el.name) el.disabled = false;
      });
    });
  }

  function initAutosubmit() {
    document.querySelectorAll("select[data-autosubmit]").forEach(function (s) {
      s.addEventListener("change", function () {
        if (s.form.requestSubmit) s.form.requestSubmit();
        else s.form.submit();
      });
    });
  }

  // ---------------------------------------------------------------- map: zoom and pan on the viewBox

  function initMap() {
    var svg = document.getElementById("map");
    if (!svg) return;
    var home = svg.getAttribute("data-home").split(" ").map(Number);
    var vb = home.slice();
    var dots = svg.querySelectorAll("circle.dot");
    dots.forEach(function (d) { d.setAttribute("data-r", d.getAttribute("r")); });
    function apply() {
      svg.setAttribute("viewBox", vb.join(" "));
      var z = Math.sqrt(home[2] / vb[2]);
      dots.forEach(function (d) { d.setAttribute("r", (Number(d.getAttribute("data-r")) / z).toFixed(2)); });
    }
    function zoom(f, cx, cy) {
      var w = Math.min(home[2], Math.max(home[2] / 40, vb[2] * f));
      var h = w * home[3] / home[2];
      if (cx == null) { cx = vb[0] + vb[2] / 2; cy = vb[1] + vb[3] / 2; }
      vb = [cx - (cx - vb[0]) * w / vb[2], cy - (cy - vb[1]) * h / vb[3], w, h];
      apply();
    }
    function toMap(ev) {
      var r = svg.getBoundingClientRect();
      return [vb[0] + (ev.clientX - r.left) / r.width * vb[2], vb[1] + (ev.clientY - r.top) / r.height * vb[3]];
    }
    document.querySelectorAll("[data-zoom]").forEach(function (b) {
      b.addEventListener("click", function () {
        var k = b.getAttribute("data-zoom");
        if (k === "in") zoom(0.6);
        else if (k === "out") zoom(1 / 0.6);
        else { vb = home.slice(); apply(); }
      });
    });
    svg.addEventListener("wheel", function (ev) {
      ev.preventDefault();
      var p = toMap(ev);
      zoom(ev.deltaY < 0 ? 0.8 : 1.25, p[0], p[1]);
    }, { passive: false });
    var drag = null;
    svg.addEventListener("pointerdown", function (ev) {
      if (ev.target.closest("a")) return;
      drag = { x: ev.clientX, y: ev.clientY, vb: vb.slice() };
      svg.setPointerCapture(ev.pointerId);
    });
    svg.addEventListener("pointermove", function (ev) {
      if (!drag) return;
      var r = svg.getBoundingClientRect();
      vb[0] = drag.vb[0] - (ev.clientX - drag.x) / r.width * vb[2];
      vb[1] = drag.vb[1] - (ev.clientY - drag.y) / r.height * vb[3];
      apply();
    });
    svg.addEventListener("pointerup", function () { drag = null; });
  }

  window.hadath = {
    codePointIndex: codePointIndex,
    segments: segments,
    renderDocument: renderDocument,
    setLabels: setLabels,
  };

  document.addEventListener("DOMContentLoaded", function () {
    initTips();
    initShow();
    initCleanForms();
    initAutosubmit();
    initMap();
  });
})();
