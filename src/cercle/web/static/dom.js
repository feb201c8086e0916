// Building the DOM safely. Article text is hostile input: every value from the
// API becomes a text node (textContent), never markup; attributes are set one by
// one, and links only ever point to http(s) addresses.
const SVG_NS = "http://www.w3.org/2000/svg";

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function setAttrs(node, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key === "href") node.setAttribute("href", safeHref(value));
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  return node;
}

// h("a", {href, class}, "text", child...) → an HTML element
export function h(tag, attrs, ...children) {
  return append(setAttrs(document.createElement(tag), attrs), children);
}

// s("circle", {r: 4}) → an SVG element
export function s(tag, attrs, ...children) {
  return append(setAttrs(document.createElementNS(SVG_NS, tag), attrs), children);
}

// Only our own pages and http(s) articles; "javascript:" and friends become "#".
export function safeHref(value) {
  const text = String(value || "");
  if (text.startsWith("/") && !text.startsWith("//")) return text;
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : "#";
  } catch (e) {
    return "#";
  }
}

// add(node, ...children): like node.append, but skips null/false and flattens arrays.
export function add(node, ...children) {
  return append(node, children);
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export function $(selector, root = document) {
  return root.querySelector(selector);
}

export function actorHref(id) {
  return "/acteur/" + encodeURIComponent(id);
}

// The sentence as text nodes, with each actor's spans wrapped in <mark>.
export function highlighted(sentence, spans) {
  const out = [];
  let at = 0;
  for (const span of spans || []) {
    if (span.start < at || span.end > sentence.length) continue;
    out.push(sentence.slice(at, span.start));
    out.push(h("mark", {class: "actor-" + (span.role === "subject" ? "subject" : "object")},
      sentence.slice(span.start, span.end)));
    at = span.end;
  }
  out.push(sentence.slice(at));
  return out;
}

export function debounce(fn, ms) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
