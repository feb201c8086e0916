// The page's only way to the data: the JSON API under /api/.
export class ApiError extends Error {}

export async function getJSON(path, params) {
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(params || {})) {
    if (value === null || value === undefined || value === "") continue;
    for (const v of Array.isArray(value) ? value : [value]) url.searchParams.append(key, v);
  }
  let response;
  try {
    response = await fetch(url, {headers: {Accept: "application/json"}});
  } catch (e) {
    throw new ApiError("Le serveur cercle ne répond pas.");
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError((body && body.error && body.error.message) || "Erreur " + response.status);
  }
  return body;
}

let modelPromise = null;

// Tie types, families (with colours) and entity types, from relations.yaml.
export function model() {
  if (!modelPromise) modelPromise = getJSON("/api/model");
  return modelPromise;
}

export const STATUS_FR = {
  current: "en cours", former: "passé", proposed: "proposé", rejected: "rejeté",
  completed: "conclu", denied: "démenti", rumoured: "rumeur",
};

export const FLAG_FR = {
  ai_assistant_leftover: "restes d'un assistant IA dans l'article",
  near_duplicate: "copie syndiquée (quasi-doublon d'un autre article)",
};

export function flagLabel(flag) {
  return FLAG_FR[flag] || flag;
}

export function familyColor(m, family) {
  return (m.families[family] && m.families[family].color) || "#777";
}
