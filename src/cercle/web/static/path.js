// The path finder: the shortest chains of ties between two actors, each hop with its evidence.
import {getJSON, model} from "./api.js";
import {$, actorHref, clear, h} from "./dom.js";
import {initHeader, showError} from "./common.js";
import {paintSwatches, showTie} from "./evidence.js";
import {attachSuggest, entityOf} from "./suggest.js";

const panel = $("#evidence");

function hopView(hop, m, names) {
  const forward = hop.from === hop.subject_id;
  const arrow = hop.symmetric ? "↔" : forward ? "→" : "←";
  return h("li", {class: "hop"},
    h("button", {type: "button", class: "tie", dataset: {tie: hop.id}, onclick: () => showTie(panel, hop)},
      h("span", {class: "swatch", "data-color": (m.families[hop.family] || {}).color}),
      arrow + " " + (hop.fr || hop.type) + " " + arrow),
    " ", h("a", {href: actorHref(hop.to)}, names.get(hop.to) || hop.to));
}

async function run(form) {
  const m = await model();
  const from = await entityOf($("#from"));
  const to = await entityOf($("#to"));
  const params = {from: from.id, to: to.id, k: form.k.value, max_depth: form.max_depth.value};
  window.history.replaceState(null, "", "/chemin?" + new URLSearchParams({...params, from_name: from.name, to_name: to.name}));
  const paths = await getJSON("/api/path", params);
  const box = clear($("#paths"));
  if (!paths.length) {
    box.append(h("p", {class: "empty"}, "Aucun chemin de " + params.max_depth + " liens au plus entre ces deux acteurs."));
    return;
  }
  paths.forEach((p, i) => {
    const names = new Map();
    for (const hop of p.hops) { names.set(hop.subject_id, hop.subject); names.set(hop.object_id, hop.object); }
    box.append(h("section", {class: "path"},
      h("h2", null, "Chemin " + (i + 1) + " — " + p.length + " lien" + (p.length > 1 ? "s" : "")),
      h("ol", {class: "hops"},
        h("li", {class: "hop start"}, h("a", {href: actorHref(from.id)}, names.get(p.hops[0].from) || from.name)),
        p.hops.map((hop) => hopView(hop, m, names)))));
  });
  paintSwatches(box);
}

function main() {
  initHeader();
  const form = $("#path-form");
  const params = new URLSearchParams(window.location.search);
  for (const key of ["from", "to"]) {
    const input = $("#" + key);
    attachSuggest(input, () => {});
    if (params.get(key)) { input.dataset.entityId = params.get(key); input.value = params.get(key + "_name") || params.get(key); }
  }
  for (const key of ["k", "max_depth"]) if (params.get(key)) form[key].value = params.get(key);
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    $("#error").hidden = true;
    run(form).catch((e) => showError(e.message));
  });
  if (params.get("from") && params.get("to")) run(form).catch((e) => showError(e.message));
}

main();
