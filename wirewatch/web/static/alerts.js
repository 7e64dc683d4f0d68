// Alerts view (#/alerts): each saved alert, its filters, its Atom feed, and its latest matches.
import {api, el, errorBox, hashLink, shorten, toll, typeBadge} from "./dom.js";

// The alert's event filters as the events page's (the toll threshold has no filter there: said in the link).
function eventsLink(alert) {
  const f = alert.filters;
  const params = {type: f.types || [], country: f.country || "", actor: f.actor || "", q: f.q || ""};
  const text = f.min_killed ? `Events like these (any toll; the alert wants ${f.min_killed}+ killed)` : "Events like these";
  return hashLink("", params, text, {class: "alert-events small"});
}

function filterText(alert) {
  const parts = Object.entries(alert.filters)
    .filter(([, value]) => value !== null && value !== "" && !(Array.isArray(value) && !value.length))
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(", ") : value}`);
  if (alert.due_within_days !== null) parts.push(`deadlines due within ${alert.due_within_days} days`);
  return parts.length ? parts.join(" · ") : "every event";
}

function matchItem(match) {
  const s = match.summary;
  const who = [s.source, s.target].filter(Boolean).join(" → ") || "unnamed actors";
  return el("li", {class: "alert-match"},
    typeBadge(s.type), " ", who, s.killed || s.injured ? ` · ${toll(s.killed, s.injured)}` : "",
    el("p", {class: "muted small"}, s.day || "undated", " · ", shorten(s.evidence || "", 160), " · ",
      s.article ? hashLink("article", {id: s.article}, "article") : "",
      match.delivered ? ` · webhook ${match.delivered}` : ""));
}

export async function alertsView(root) {
  root.appendChild(el("h1", {}, "Alerts"));
  root.appendChild(el("p", {class: "muted"},
    "Saved queries (wirewatch alerts add) checked after every watch round; each has an Atom feed."));
  let items;
  try {
    items = (await api("/api/alerts")).items;
  } catch (error) {
    root.appendChild(errorBox(error));
    root.dataset.ready = "true";
    return;
  }
  if (!items.length) root.appendChild(el("p", {class: "muted", id: "no-alerts"}, "No alerts saved."));
  for (const alert of items) {
    root.appendChild(el("section", {class: "panel alert", "data-alert": alert.name},
      el("h2", {}, alert.name, " ",
        el("a", {href: `/api/alerts/${encodeURIComponent(alert.name)}.atom`, class: "small"}, "Atom feed")),
      el("p", {class: "muted"}, filterText(alert), alert.webhook ? ` · webhook${alert.signed ? " (signed)" : ""}` : "",
        alert.due_within_days === null ? [" · ", eventsLink(alert)] : ""),
      alert.latest.length ? el("ul", {class: "alert-matches"}, alert.latest.map(matchItem))
        : el("p", {class: "muted"}, "No matches yet.")));
  }
  root.dataset.ready = "true";
}
