// Suggestions as you type (names and aliases), keyboard and mouse, for any text box.
import {getJSON} from "./api.js";
import {clear, debounce, h} from "./dom.js";

let counter = 0;

// attachSuggest(input, onPick): onPick({id, name, type}) when the user picks a suggestion.
export function attachSuggest(input, onPick) {
  const listId = "suggest-" + ++counter;
  const list = h("ul", {id: listId, class: "suggestions", role: "listbox", hidden: true});
  input.after(list);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", listId);
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("autocomplete", "off");
  let items = [];
  let active = -1;
  let asked = 0;

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    active = -1;
  }

  function pick(item) {
    input.value = item.name;
    input.dataset.entityId = item.id;
    close();
    onPick(item);
  }

  function mark(index) {
    active = index;
    list.querySelectorAll("li").forEach((li, i) => li.setAttribute("aria-selected", String(i === active)));
  }

  function show(hits, query) {
    clear(list);
    items = hits;
    if (!hits.length) {
      list.append(h("li", {class: "empty"}, "Aucun acteur ne commence par « " + query + " »"));
    }
    hits.forEach((item, i) => {
      const alias = (item.aliases || []).find((a) => a.toLowerCase().startsWith(query.toLowerCase()));
      list.append(h("li", {role: "option", "aria-selected": "false", dataset: {id: item.id},
                           onmousedown: (e) => { e.preventDefault(); pick(item); },
                           onmousemove: () => mark(i)},
        h("span", {class: "name"}, item.name),
        alias && alias !== item.name ? h("span", {class: "alias"}, " (" + alias + ")") : null,
        h("span", {class: "type type-" + item.type}, item.type)));
    });
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    active = -1;
  }

  const ask = debounce(async () => {
    const query = input.value.trim().slice(0, 100);
    if (!query) return close();
    const ticket = ++asked;
    try {
      const hits = await getJSON("/api/search", {q: query, limit: 8});
      if (ticket === asked) show(hits, query);
    } catch (e) {
      close();
    }
  }, 120);

  input.addEventListener("input", () => { delete input.dataset.entityId; ask(); });
  input.addEventListener("blur", () => setTimeout(close, 100));
  input.addEventListener("keydown", (e) => {
    if (list.hidden) return;
    if (e.key === "ArrowDown") { mark(Math.min(active + 1, items.length - 1)); e.preventDefault(); }
    else if (e.key === "ArrowUp") { mark(Math.max(active - 1, 0)); e.preventDefault(); }
    else if (e.key === "Escape") close();
    else if (e.key === "Enter" && items.length) {
      e.preventDefault();
      pick(items[Math.max(active, 0)]);
    }
  });
}

// The entity an input designates: the picked suggestion, else what /api/resolve finds.
export async function entityOf(input) {
  if (input.dataset.entityId) return {id: input.dataset.entityId, name: input.value};
  const name = input.value.trim();
  if (!name) throw new Error("Tapez un nom.");
  return getJSON("/api/resolve", {name});
}
