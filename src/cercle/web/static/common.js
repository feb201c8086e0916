// What every page shares: the search box in the header, and the error banner.
import {$, actorHref, clear, h} from "./dom.js";
import {attachSuggest} from "./suggest.js";

export function initHeader() {
  const input = $("#header-search");
  if (input) attachSuggest(input, (item) => { window.location.href = actorHref(item.id); });
}

export function showError(message) {
  const banner = $("#error");
  if (!banner) return;
  clear(banner).append(h("p", null, String(message)));
  banner.hidden = false;
}

export function tieLine(tie) {
  // "→ Orion Capital" seen from the actor whose page this is; ← for ties pointing in.
  const arrow = tie.direction === "in" ? "← " : tie.direction === "both" ? "↔ " : "→ ";
  return arrow + ((tie.other && tie.other.name) || tie.object || "?");
}
