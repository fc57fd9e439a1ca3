/* Actor network: a force-directed layout (Fruchterman-Reingold) drawn as SVG.
 * Nodes are actors, sized by their events; an edge goes from source to target, its width grows with
 * the number of events and its colour runs from green (cooperation) to red (conflict).
 * The layout starts from a circle and is deterministic, so the same data draws the same picture.
 */
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var W = 900, H = 620;

  function el(name, attrs, parent) {
    var e = document.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(e);
    return e;
  }

  function mix(a, b, t) {
    function ch(s, i) { return parseInt(s.slice(i, i + 2), 16); }
    var out = "#";
    [1, 3, 5].forEach(function (i) {
      var v = Math.round(ch(a, i) + (ch(b, i) - ch(a, i)) * t);
      out += (v < 16 ? "0" : "") + v.toString(16);
    });
    return out;
  }

  function tone(coop, conf) {
    var n = coop + conf;
    return n === 0 ? "#5b6b7f" : mix("#2e8b57", "#c0392b", conf / n);
  }

  function layout(nodes, links) {
    var n = nodes.length;
    nodes.forEach(function (d, i) {
      var a = 2 * Math.PI * i / n;
      d.x = W / 2 + Math.cos(a) * W * 0.35;
      d.y = H / 2 + Math.sin(a) * H * 0.35;
    });
    var k = Math.min(120, Math.sqrt((W * H) / Math.max(n, 1)) * 0.6);
    var t = W / 8;
    var iters = 320;
    for (var it = 0; it < iters; it++) {
      nodes.forEach(function (d) { d.dx = 0; d.dy = 0; });
      for (var i = 0; i < n; i++) {
        for (var j = i + 1; j < n; j++) {
          var a = nodes[i], b = nodes[j];
          var dx = a.x - b.x, dy = a.y - b.y;
          var dist = Math.sqrt(dx * dx + dy * dy) || 0.01;
          var f = (k * k) / dist;
          a.dx += dx / dist * f; a.dy += dy / dist * f;
          b.dx -= dx / dist * f; b.dy -= dy / dist * f;
        }
      }
      links.forEach(function (l) {
        var a = l.s, b = l.t;
        if (a === b) return;
        var dx = a.x - b.x, dy = a.y - b.y;
        var dist = Math.sqrt(dx * dx + dy * dy) || 0.01;
        var f = (dist * dist) / k * 0.5 * (0.6 + 0.4 * Math.log(1 + l.weight) / Math.log(2 + l.maxw));
        a.dx -= dx / dist * f; a.dy -= dy / dist * f;
        b.dx += dx / dist * f; b.dy += dy / dist * f;
      });
      nodes.forEach(function (d) {
        // a weak pull to the centre keeps separate components on the canvas
        d.dx += (W / 2 - d.x) * 0.15;
        d.dy += (H / 2 - d.y) * 0.15;
        var len = Math.sqrt(d.dx * d.dx + d.dy * d.dy) || 0.01;
        var step = Math.min(len, t);
        d.x += d.dx / len * step;
        d.y += d.dy / len * step;
      });
      t *= 0.985;
    }
    // fit the drawing to the canvas (labels extend to the right of their node)
    var x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
    nodes.forEach(function (d) {
      x0 = Math.min(x0, d.x); x1 = Math.max(x1, d.x);
      y0 = Math.min(y0, d.y); y1 = Math.max(y1, d.y);
    });
    var bw = W - 150, bh = H - 60;
    var s = Math.min(bw / Math.max(x1 - x0, 1), bh / Math.max(y1 - y0, 1), 3);
    var ox = 40 + (bw - (x1 - x0) * s) / 2, oy = 30 + (bh - (y1 - y0) * s) / 2;
    nodes.forEach(function (d) {
      d.x = ox + (d.x - x0) * s;
      d.y = oy + (d.y - y0) * s;
    });
  }

  function draw(svg, data) {
    var byId = {};
    var nodes = [];
    function node(id) {
      if (!byId[id]) {
        byId[id] = { id: id, events: 0, coop: 0, conf: 0 };
        nodes.push(byId[id]);
      }
      return byId[id];
    }
    var maxw = 1;
    data.edges.forEach(function (e) { maxw = Math.max(maxw, e.weight); });
    var links = data.edges.map(function (e) {
      var s = node(e.source), t = node(e.target);
      s.events += e.weight; t.events += e.weight;
      s.coop += e.cooperation; t.coop += e.cooperation;
      s.conf += e.conflict; t.conf += e.conflict;
      return { s: s, t: t, weight: e.weight, coop: e.cooperation, conf: e.conflict, g: e.goldstein_mean, maxw: maxw };
    });
    layout(nodes, links);
    var maxn = 1;
    nodes.forEach(function (d) { maxn = Math.max(maxn, d.events); d.r = 0; });
    nodes.forEach(function (d) { d.r = 5 + 14 * Math.sqrt(d.events / maxn); });

    var defs = el("defs", {}, svg);
    var gl = el("g", { class: "links" }, svg);
    var gn = el("g", { class: "nodes" }, svg);
    var markers = {};
    function marker(colour) {
      if (markers[colour]) return markers[colour];
      var id = "arrow" + Object.keys(markers).length;
      var m = el("marker", { id: id, viewBox: "0 0 10 10", refX: "9", refY: "5", markerWidth: "9", markerHeight: "9", markerUnits: "userSpaceOnUse", orient: "auto" }, defs);
      el("path", { d: "M0 0L10 5L0 10z", fill: colour }, m);
      markers[colour] = id;
      return id;
    }
    links.forEach(function (l) {
      var colour = tone(l.coop, l.conf);
      var path = el("path", {
        class: "edge",
        fill: "none",
        stroke: colour,
        "stroke-width": (1 + 5 * Math.sqrt(l.weight / maxw)).toFixed(2),
        "marker-end": "url(#" + marker(colour) + ")",
      }, gl);
      var title = el("title", {}, path);
      title.textContent = l.s.id + " → " + l.t.id + ": " + l.weight + " (تعاون " + l.coop + "، صراع " + l.conf + ")";
      l.path = path;
    });
    nodes.forEach(function (d) {
      var a = el("a", { href: "/events?actor=" + encodeURIComponent(d.id) }, gn);
      var g = el("g", { class: "node" }, a);
      d.circle = el("circle", { r: d.r.toFixed(1), fill: tone(d.coop, d.conf) }, g);
      var title = el("title", {}, d.circle);
      title.textContent = d.id + ": " + d.events;
      d.label = el("text", { class: "label", dy: "0.35em" }, g);
      d.label.textContent = d.id;
      d.g = g;
      d.a = a;
    });
    function place() {
      links.forEach(function (l) {
        var a = l.s, b = l.t;
        if (a === b) {
          l.path.setAttribute("d", "M" + a.x + " " + (a.y - a.r) + "a12 12 0 1 1 " + a.r + " " + a.r);
          return;
        }
        var dx = b.x - a.x, dy = b.y - a.y;
        var dist = Math.sqrt(dx * dx + dy * dy) || 1;
        var x1 = a.x + dx / dist * a.r, y1 = a.y + dy / dist * a.r;
        var x2 = b.x - dx / dist * (b.r + 2), y2 = b.y - dy / dist * (b.r + 2);
        // a slight curve separates A→B from B→A
        var mx = (x1 + x2) / 2 - dy / dist * 12, my = (y1 + y2) / 2 + dx / dist * 12;
        l.path.setAttribute("d", "M" + x1.toFixed(1) + " " + y1.toFixed(1) + "Q" + mx.toFixed(1) + " " + my.toFixed(1) + " " + x2.toFixed(1) + " " + y2.toFixed(1));
      });
      nodes.forEach(function (d) {
        d.g.setAttribute("transform", "translate(" + d.x.toFixed(1) + " " + d.y.toFixed(1) + ")");
        d.label.setAttribute("x", (d.r + 3).toFixed(1));
      });
    }
    place();

    // drag a node; a click without a drag follows its link
    var drag = null;
    function toSvg(ev) {
      var r = svg.getBoundingClientRect();
      return [(ev.clientX - r.left) / r.width * W, (ev.clientY - r.top) / r.height * H];
    }
    nodes.forEach(function (d) {
      d.g.addEventListener("pointerdown", function (ev) {
        drag = { d: d, moved: false };
        svg.setPointerCapture(ev.pointerId);
        ev.preventDefault();
      });
      d.a.addEventListener("click", function (ev) {
        if (d.dragged) { ev.preventDefault(); d.dragged = false; }
      });
    });
    svg.addEventListener("pointermove", function (ev) {
      if (!drag) return;
      var p = toSvg(ev);
      drag.d.x = p[0];
      drag.d.y = p[1];
      drag.moved = true;
      place();
    });
    svg.addEventListener("pointerup", function () {
      if (drag && drag.moved) drag.d.dragged = true;
      else if (drag) window.location.href = drag.d.a.getAttribute("href");
      drag = null;
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var svg = document.getElementById("network");
    var src = document.getElementById("network-data");
    if (!svg || !src) return;
    var data = JSON.parse(src.textContent);
    if (data.edges && data.edges.length) draw(svg, data);
    svg.setAttribute("data-ready", String(svg.querySelectorAll(".node").length));
  });
})();
