// The home page: search an actor (suggestions as you type) and the size of the map.
import {getJSON} from "./api.js";
import {$, actorHref} from "./dom.js";
import {initHeader, showError} from "./common.js";
import {attachSuggest, entityOf} from "./suggest.js";

async function main() {
  initHeader();
  const input = $("#q");
  attachSuggest(input, (item) => { window.location.href = actorHref(item.id); });
  $("#search").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    try {
      const found = await entityOf(input);
      window.location.href = actorHref(found.id);
    } catch (e) {
      showError(e.message);
    }
  });
  input.focus();
  try {
    const st = await getJSON("/api/stats");
    $("#stats").textContent = `${st.articles} articles, ${st.entities} acteurs, ${st.ties} liens sourcés.`;
  } catch (e) {
    showError(e.message);
  }
}

main();
