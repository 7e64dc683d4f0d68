// "CSV" links: the same query as the page's list, served by the API as text/csv (the columns of
// `wirewatch export --format csv`).
import {el} from "./dom.js";

export function csvHref(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (key === "offset") continue;  // a list's CSV holds every page (deadlines: up to its limit)
    if (Array.isArray(value)) value.forEach((v) => query.append(key, v));
    else if (value !== null && value !== undefined && value !== "") query.append(key, value);
  }
  query.append("format", "csv");
  return `${path}?${query.toString()}`;
}

export function csvLink(path, params) {
  return el("a", {href: csvHref(path, params), class: "csv-link", download: "", title: "Download this list as CSV"},
    "CSV");
}
