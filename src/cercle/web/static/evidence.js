// The evidence panel: what a tie says, and the sentences (with their articles) that say it.
import {getJSON, STATUS_FR, flagLabel, familyColor, model} from "./api.js";
import {actorHref, add, clear, h, highlighted} from "./dom.js";

function amountText(amount) {
  return amount.text || (amount.value != null ? amount.value.toLocaleString("fr-FR") + " " + (amount.currency || "") : "");
}

function facts(tie) {
  const rows = [];
  const row = (label, value) => { if (value !== null && value !== undefined && value !== "") rows.push([label, value]); };
  row("Statut", tie.status ? STATUS_FR[tie.status] || tie.status : null);
  row("Montant", (tie.amounts || []).map(amountText).filter(Boolean).join(" ; "));
  row("Part", tie.share != null ? tie.share.toLocaleString("fr-FR") + " %" : null);
  row("Rôle", tie.role);
  row("Date", tie.date);
  row("Sources indépendantes", tie.sources);
  row("Mentionné", tie.first_seen && tie.last_seen && tie.first_seen !== tie.last_seen
    ? "du " + tie.first_seen + " au " + tie.last_seen : tie.first_seen && "le " + tie.first_seen);
  if ((tie.statuses || []).length > 1) {
    row("Historique", tie.statuses.map((st) => (STATUS_FR[st.status] || st.status) + (st.date ? " (" + st.date + ")" : "")).join(" → "));
  }
  return h("dl", {class: "facts"}, rows.map(([k, v]) => [h("dt", null, k), h("dd", null, String(v))]));
}

function evidenceItem(ev) {
  const flags = (ev.flags || []).map((f) => h("li", {class: "flag", title: f}, "⚠ " + flagLabel(f)));
  const title = ev.title || "(article sans titre)";
  const link = ev.url && /^https?:\/\//i.test(ev.url)
    ? h("a", {href: ev.url, rel: "noopener noreferrer nofollow", target: "_blank"}, title)
    : h("span", null, title);
  return h("li", {class: "evidence" + (flags.length ? " flagged" : "")},
    h("blockquote", {class: "sentence"}, highlighted(ev.sentence || "", ev.highlights)),
    ev.attribution ? h("p", {class: "attribution"}, "Attribution : " + ev.attribution) : null,
    h("p", {class: "source"}, link,
      ev.source ? h("span", {class: "site"}, " — " + ev.source) : null,
      ev.date ? h("span", {class: "date"}, " — " + ev.date) : null),
    flags.length ? h("ul", {class: "flags"}, flags) : null);
}

// showTie(panel, tie): fill the panel with the tie and its evidence, then reveal it.
export async function showTie(panel, tie) {
  const m = await model();
  clear(panel);
  const color = familyColor(m, tie.family);
  add(panel,
    h("button", {class: "close", type: "button", "aria-label": "Fermer", onclick: () => { panel.hidden = true; }}, "×"),
    h("h2", null,
      h("a", {href: actorHref(tie.subject_id), class: "actor-subject"}, tie.subject || "?"),
      " ", h("span", {class: "tie-type", "data-family": tie.family}, tie.fr || tie.type), " ",
      h("a", {href: actorHref(tie.object_id), class: "actor-object"}, tie.object || "?")),
    h("p", {class: "family"}, h("span", {class: "swatch", "data-color": color}),
      "Famille : " + ((m.families[tie.family] || {}).fr || tie.family)),
    tie.negated ? h("p", {class: "negated"}, "Le texte dit que ce lien n'existe PAS.") : null,
    facts(tie));
  paintSwatches(panel);
  const list = h("ol", {class: "evidence-list"}, (tie.evidence || []).map(evidenceItem));
  panel.append(h("h3", null, "Ce que disent les articles"), list);
  const missing = (tie.evidence_count || 0) - (tie.evidence || []).length;
  if (missing > 0) {
    const more = h("button", {type: "button", class: "more"}, "Voir les " + missing + " autres sources");
    more.addEventListener("click", async () => {
      more.disabled = true;
      const all = await getJSON("/api/ties", {a: tie.subject_id, b: tie.object_id});
      const full = all.find((t) => t.id === tie.id);
      if (full) { clear(list); full.evidence.forEach((ev) => list.append(evidenceItem(ev))); }
      more.remove();
    });
    panel.append(more);
  }
  panel.hidden = false;
  panel.scrollTop = 0;
}

// Colours come from data attributes: the CSP forbids inline style attributes,
// but the CSSOM (element.style) is allowed from our own script.
export function paintSwatches(root) {
  root.querySelectorAll("[data-color]").forEach((el) => { el.style.backgroundColor = el.dataset.color; });
}
