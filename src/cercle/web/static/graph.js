// The circle of an actor as an SVG graph: pan, zoom, drag, open, expand.
//
// Written by hand on purpose (see docs/web.md): a few hundred nodes at most,
// so a plain O(n²) force layout is fast enough, and it keeps cercle offline
// with nothing to build. Edges: colour = tie family, label = tie type,
// thickness = number of independent sources.
import {s, clear} from "./dom.js";

const SPRING = 140;      // resting length of an edge, in SVG units
const REPULSION = 9000;  // how hard nodes push each other apart
const GRAVITY = 0.02;    // pull toward the centre, so islands stay on screen

export class Graph {
  constructor(svg, {model, onOpen, onExpand, onEdge}) {
    this.svg = svg;
    this.model = model;
    this.onOpen = onOpen;
    this.onExpand = onExpand;
    this.onEdge = onEdge;
    this.nodes = new Map();
    this.edges = new Map();
    this.view = {x: 0, y: 0, k: 1};
    this.alpha = 0;
    clear(svg);
    svg.append(this.defs());
    this.viewport = s("g", {class: "viewport"});
    this.edgeLayer = s("g", {class: "edges"});
    this.nodeLayer = s("g", {class: "nodes"});
    this.viewport.append(this.edgeLayer, this.nodeLayer);
    svg.append(this.viewport);
    this.bindPanZoom();
  }

  defs() {
    const defs = s("defs");
    for (const [name, fam] of Object.entries(this.model.families)) {
      defs.append(s("marker", {id: "arrow-" + name, viewBox: "0 0 10 10", refX: 10, refY: 5,
                               markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse"},
        s("path", {d: "M0,0 L10,5 L0,10 z", fill: fam.color})));
    }
    return defs;
  }

  // Add nodes {id, name, type} and edges (tie dicts); returns how many nodes were new.
  add(nodes, ties, near) {
    const origin = near && this.nodes.get(near);
    let added = 0;
    const fresh = nodes.filter((n, i) => !this.nodes.has(n.id) && nodes.findIndex((m) => m.id === n.id) === i);
    fresh.forEach((n, i) => {
      // New neighbours start on a ring around the node they belong to; the layout does the rest.
      const angle = (2 * Math.PI * i) / Math.max(1, fresh.length) + Math.random() * 0.3;
      const r = origin ? 80 : Math.max(SPRING, fresh.length * 5);
      this.nodes.set(n.id, {...n, x: (origin ? origin.x : 0) + r * Math.cos(angle),
                            y: (origin ? origin.y : 0) + r * Math.sin(angle), vx: 0, vy: 0});
      added++;
    });
    for (const t of ties) {
      if (this.edges.has(t.id) || !this.nodes.has(t.subject_id) || !this.nodes.has(t.object_id)) continue;
      this.edges.set(t.id, {tie: t, source: t.subject_id, target: t.object_id});
    }
    this.render();
    this.kick();
    return added;
  }

  setCentre(id) {
    const n = this.nodes.get(id);
    if (n) { n.centre = true; n.fixed = true; n.x = 0; n.y = 0; }
  }

  render() {
    clear(this.edgeLayer);
    clear(this.nodeLayer);
    const pairs = new Map();
    for (const e of this.edges.values()) {
      const key = [e.source, e.target].sort().join("\u0000");
      if (!pairs.has(key)) pairs.set(key, []);
      pairs.get(key).push(e);
    }
    for (const group of pairs.values()) {
      group.forEach((e, i) => { e.bend = (i - (group.length - 1) / 2) * 40; this.drawEdge(e); });
    }
    for (const n of this.nodes.values()) this.drawNode(n);
    // Past a few dozen edges the labels hide each other: show them on hover only.
    this.svg.classList.toggle("dense", this.edges.size > 60);
    this.tick(0);
  }

  drawEdge(e) {
    const t = e.tie;
    const color = (this.model.families[t.family] || {}).color || "#777";
    const width = 1.2 + 1.6 * Math.log2(Math.max(1, t.sources || 1));
    e.path = s("path", {class: "edge", stroke: color, "stroke-width": width.toFixed(1), fill: "none",
                        "marker-end": t.symmetric ? null : "url(#arrow-" + t.family + ")"});
    e.hit = s("path", {class: "edge-hit", stroke: "transparent", "stroke-width": 12, fill: "none",
                       dataset: {tie: t.id}, onclick: () => this.onEdge(t)},
      s("title", null, (t.subject || "") + " " + (t.fr || t.type) + " " + (t.object || "") +
        " — " + (t.sources || 1) + " source(s)"));
    e.label = s("text", {class: "edge-label", fill: color, "text-anchor": "middle", dataset: {tie: t.id},
                         onclick: () => this.onEdge(t)}, t.fr || t.type);
    this.edgeLayer.append(e.path, e.hit, e.label);
  }

  drawNode(n) {
    const r = n.centre ? 16 : 10;
    const group = s("g", {class: "node type-" + n.type + (n.centre ? " centre" : ""), dataset: {id: n.id},
                          tabindex: 0, role: "link", "aria-label": n.name});
    group.append(s("circle", {r}), s("text", {class: "node-label", y: r + 14, "text-anchor": "middle"},
        n.name.length > 32 ? n.name.slice(0, 31) + "…" : n.name),
      s("title", null, n.name + (n.centre ? "" : " — cliquer pour ouvrir")));
    if (!n.centre && !n.expanded) {
      const plus = s("g", {class: "expand", dataset: {expand: n.id}, transform: `translate(${r + 4},${-r - 4})`},
        s("circle", {r: 7}), s("text", {"text-anchor": "middle", y: 4}, "+"),
        s("title", null, "Déployer les liens de " + n.name));
      plus.addEventListener("pointerdown", (ev) => ev.stopPropagation());
      plus.addEventListener("click", (ev) => { ev.stopPropagation(); n.expanded = true; plus.remove(); this.onExpand(n); });
      group.append(plus);
    }
    group.addEventListener("keydown", (ev) => { if (ev.key === "Enter") this.onOpen(n); });
    this.dragNode(group, n);
    n.el = group;
    this.nodeLayer.append(group);
  }

  // Drag a node to move (and pin) it; a click without movement opens it.
  dragNode(el, n) {
    let start = null;
    el.addEventListener("pointerdown", (ev) => {
      ev.stopPropagation();
      el.setPointerCapture(ev.pointerId);
      start = {x: ev.clientX, y: ev.clientY, moved: false};
    });
    el.addEventListener("pointermove", (ev) => {
      if (!start) return;
      const dx = ev.clientX - start.x, dy = ev.clientY - start.y;
      if (!start.moved && Math.hypot(dx, dy) < 4) return;
      start.moved = true;
      const p = this.toGraph(ev.clientX, ev.clientY);
      n.x = p.x; n.y = p.y; n.fixed = true;
      this.tick(0);
      this.kick(0.3);
    });
    el.addEventListener("pointerup", () => {
      if (start && !start.moved && !n.centre) this.onOpen(n);
      start = null;
    });
  }

  toGraph(clientX, clientY) {
    const box = this.svg.getBoundingClientRect();
    return {x: (clientX - box.left - box.width / 2 - this.view.x) / this.view.k,
            y: (clientY - box.top - box.height / 2 - this.view.y) / this.view.k};
  }

  bindPanZoom() {
    let pan = null;
    this.svg.addEventListener("pointerdown", (ev) => {
      if (ev.target.closest(".edge-hit, .edge-label")) return;  // a click on a tie, not a pan
      this.touched = true;
      pan = {x: ev.clientX - this.view.x, y: ev.clientY - this.view.y};
      this.svg.setPointerCapture(ev.pointerId);
      this.svg.classList.add("panning");
    });
    this.svg.addEventListener("pointermove", (ev) => {
      if (!pan) return;
      this.view.x = ev.clientX - pan.x;
      this.view.y = ev.clientY - pan.y;
      this.applyView();
    });
    const stop = () => { pan = null; this.svg.classList.remove("panning"); };
    this.svg.addEventListener("pointerup", stop);
    this.svg.addEventListener("pointercancel", stop);
    this.svg.addEventListener("wheel", (ev) => {
      ev.preventDefault();
      this.touched = true;
      this.zoom(ev.deltaY < 0 ? 1.15 : 1 / 1.15, ev.clientX, ev.clientY);
    }, {passive: false});
  }

  // Zoom by `factor` around a screen point (the centre of the SVG by default).
  zoom(factor, clientX, clientY) {
    const box = this.svg.getBoundingClientRect();
    const cx = (clientX ?? box.left + box.width / 2) - box.left - box.width / 2;
    const cy = (clientY ?? box.top + box.height / 2) - box.top - box.height / 2;
    const k = Math.min(4, Math.max(0.2, this.view.k * factor));
    this.view.x = cx - (cx - this.view.x) * (k / this.view.k);
    this.view.y = cy - (cy - this.view.y) * (k / this.view.k);
    this.view.k = k;
    this.applyView();
  }

  reset() {
    this.fit();
  }

  // Zoom so that every node is in view (never above 1:1).
  fit() {
    const box = this.svg.getBoundingClientRect();
    const nodes = [...this.nodes.values()];
    if (!nodes.length || !box.width) return;
    const xs = nodes.map((n) => n.x), ys = nodes.map((n) => n.y);
    const [x0, x1, y0, y1] = [Math.min(...xs) - 60, Math.max(...xs) + 60, Math.min(...ys) - 40, Math.max(...ys) + 40];
    const k = Math.max(0.2, Math.min(1, box.width / (x1 - x0), box.height / (y1 - y0)));
    this.view = {x: -k * (x0 + x1) / 2, y: -k * (y0 + y1) / 2, k};
    this.applyView();
  }

  applyView() {
    const box = this.svg.getBoundingClientRect();
    const x = box.width / 2 + this.view.x, y = box.height / 2 + this.view.y;
    this.viewport.setAttribute("transform", `translate(${x.toFixed(1)},${y.toFixed(1)}) scale(${this.view.k.toFixed(3)})`);
  }

  kick(alpha = 1) {
    const running = this.alpha > 0.02;
    this.alpha = Math.max(this.alpha, alpha);
    if (!running) requestAnimationFrame(() => this.step());
  }

  step() {
    // As many layout steps as fit in ~12 ms, then one DOM update: moving SVG
    // elements costs far more than the arithmetic.
    const t0 = performance.now();
    do this.force(); while (this.alpha > 0.02 && performance.now() - t0 < 12);
    this.tick();
    if (this.alpha > 0.02) requestAnimationFrame(() => this.step());
    else {
      if (!this.svg.dataset.settled && !this.touched) this.fit();
      this.svg.dataset.settled = "1";
    }
  }

  // One step of the force layout: repulsion, springs along edges, gravity, damping.
  force() {
    const nodes = [...this.nodes.values()];
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i], b = nodes[j];
        let dx = b.x - a.x, dy = b.y - a.y;
        let d2 = dx * dx + dy * dy;
        if (d2 < 1) { dx = Math.random(); dy = Math.random(); d2 = 1; }
        const f = (REPULSION / d2) * this.alpha;
        const d = Math.sqrt(d2);
        a.vx -= (f * dx) / d; a.vy -= (f * dy) / d;
        b.vx += (f * dx) / d; b.vy += (f * dy) / d;
      }
    }
    for (const e of this.edges.values()) {
      const a = this.nodes.get(e.source), b = this.nodes.get(e.target);
      const dx = b.x - a.x, dy = b.y - a.y;
      const d = Math.max(1, Math.hypot(dx, dy));
      const f = ((d - SPRING) / d) * 0.05 * this.alpha;
      a.vx += dx * f; a.vy += dy * f;
      b.vx -= dx * f; b.vy -= dy * f;
    }
    for (const n of nodes) {
      n.vx -= n.x * GRAVITY * this.alpha;
      n.vy -= n.y * GRAVITY * this.alpha;
      if (!n.fixed) { n.x += Math.max(-30, Math.min(30, n.vx)); n.y += Math.max(-30, Math.min(30, n.vy)); }
      n.vx *= 0.6; n.vy *= 0.6;
    }
    this.alpha *= 0.985;
  }

  // Move the SVG elements to the current positions.
  tick() {
    for (const n of this.nodes.values()) n.el && n.el.setAttribute("transform", `translate(${n.x.toFixed(1)},${n.y.toFixed(1)})`);
    for (const e of this.edges.values()) {
      const a = this.nodes.get(e.source), b = this.nodes.get(e.target);
      const dx = b.x - a.x, dy = b.y - a.y, d = Math.max(1, Math.hypot(dx, dy));
      const mx = (a.x + b.x) / 2 - (dy / d) * e.bend, my = (a.y + b.y) / 2 + (dx / d) * e.bend;
      const rb = b.centre ? 18 : 12;  // stop the arrow at the node's rim
      const ex = b.x - ((b.x - mx) / Math.max(1, Math.hypot(b.x - mx, b.y - my))) * rb;
      const ey = b.y - ((b.y - my) / Math.max(1, Math.hypot(b.x - mx, b.y - my))) * rb;
      const d3 = `M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${mx.toFixed(1)},${my.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`;
      e.path.setAttribute("d", d3);
      e.hit.setAttribute("d", d3);
      e.label.setAttribute("x", ((a.x + b.x) / 4 + mx / 2).toFixed(1));
      e.label.setAttribute("y", ((a.y + b.y) / 4 + my / 2 - 3).toFixed(1));
    }
    this.applyView();
  }
}
