// The home view: filters, timeline and map (each filters the other), and the events table.
import {
  PLOVER_TYPES, actorText, api, clear, el, errorBox, hashLink, routeHash, shorten, toll, typeBadge,
} from "./dom.js";
import {statsSummary} from "./counts.js";
import {csvLink} from "./downloads.js";
import {drawMap, preloadOutlines} from "./map.js";
import {drawTimeline} from "./timeline.js";

const FILTER_KEYS = ["type", "country", "actor", "since", "until", "lang", "q", "bbox"];
const PAGE = 50;

export function filtersFrom(params) {
  const filters = {};
  for (const key of FILTER_KEYS) {
    const values = params.getAll(key).filter((v) => v !== "");
    if (key === "type") filters.type = values;
    else if (values.length) filters[key] = values[0];
  }
  filters.offset = Number.parseInt(params.get("offset") || "0", 10) || 0;
  return filters;
}

function withoutPaging(filters) {
  const copy = {...filters};
  delete copy.offset;
  return copy;
}

function go(filters) {
  window.location.hash = routeHash("", filters);
}

export async function homeView(root, params) {
  const filters = filtersFrom(params);
  preloadOutlines();
  const change = (patch) => go({...withoutPaging(filters), ...patch});
  const timeline = el("div", {id: "timeline", class: "panel-body"});
  const map = el("div", {id: "map", class: "panel-body"});
  const table = el("div", {id: "events"});
  const summary = el("p", {id: "summary", class: "muted"});
  root.appendChild(filterForm(filters));
  root.appendChild(summary);
  root.appendChild(el("div", {class: "grid"},
    el("section", {class: "panel wide", "aria-labelledby": "timeline-title"},
      el("h2", {id: "timeline-title"}, "Timeline ", el("span", {class: "muted small"},
        "by day and type — drag or click days to filter")), timeline),
    el("section", {class: "panel", "aria-labelledby": "map-title"},
      el("h2", {id: "map-title"}, "Map ", el("span", {class: "muted small"}, "click a country to filter")), map)));
  root.appendChild(el("section", {class: "panel", "aria-labelledby": "events-title"},
    el("h2", {id: "events-title"}, "Events"), table));
  const statsFilters = withoutPaging(filters);
  try {
    const [stats, page, places] = await Promise.all([
      api("/api/events/stats", statsFilters),
      api("/api/events", {...statsFilters, offset: filters.offset, limit: PAGE}),
      api("/api/places", {...statsFilters, limit: 500}),
    ]);
    summary.append(...statsSummary(stats));
    drawTimeline(timeline, stats, filters, change);
    drawEventsTable(table, page, filters);
    await drawMap(map, stats, filters, change, places.items);
    root.dataset.ready = "true";
  } catch (error) {
    root.appendChild(errorBox(error));
  }
}

function filterForm(filters) {
  const typeSelect = el("select", {name: "type", id: "f-type", multiple: true, size: 6, "aria-label": "Event types"},
    PLOVER_TYPES.map((t) => el("option", {value: t, selected: (filters.type || []).includes(t)}, t)));
  const field = (name, label, props) => el("label", {}, label,
    el("input", {name, id: `f-${name}`, value: filters[name] || "", ...props}));
  const lang = el("select", {name: "lang", id: "f-lang"},
    ["", "fr", "en"].map((l) => el("option", {value: l, selected: (filters.lang || "") === l}, l || "any")));
  const form = el("form", {class: "filters", role: "search", "aria-label": "Event filters"},
    el("label", {}, "Type", typeSelect),
    field("country", "Country (ISO3)", {size: 4, maxlength: 3, pattern: "[A-Za-z]{3}", placeholder: "UKR"}),
    field("actor", "Actor", {placeholder: "name"}),
    field("since", "Since", {type: "date"}),
    field("until", "Until", {type: "date"}),
    el("label", {}, "Language", lang),
    field("q", "Text", {placeholder: "in evidence"}),
    field("bbox", "Box", {placeholder: "W,S,E,N", size: 12}),
    el("div", {class: "buttons"},
      el("button", {type: "submit", id: "apply"}, "Apply"),
      el("a", {href: "#/", class: "button-link", id: "reset"}, "Reset")));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const next = {type: data.getAll("type")};
    for (const key of FILTER_KEYS.filter((k) => k !== "type")) next[key] = String(data.get(key) || "").trim();
    go(next);
  });
  return form;
}

// An actor's name links to the events it takes part in.
function actorCell(name, country) {
  if (!name) return "—";
  return [hashLink("", {actor: name}, name, {class: "actor-link", title: `Events of ${name}`}),
    country ? ` (${country})` : ""];
}

export function eventRows(items, options) {
  const body = el("tbody");
  for (const event of items) {
    const href = routeHash("article", {id: event.article, ev: `${event.evidence_start}:${event.type}`});
    const row = el("tr", {class: "event-row", tabindex: 0, dataset: {href}},
      el("td", {}, event.day || "—"),
      el("td", {}, typeBadge(event.type)),
      el("td", {}, actorCell(event.source_name, event.source_country)),
      el("td", {}, actorCell(event.target_name, event.target_country)),
      el("td", {}, actorText(event.place_name, event.place_country)),
      el("td", {}, toll(event.killed, event.injured)),
      el("td", {class: "evidence-cell"}, el("a", {href}, shorten(event.evidence, (options && options.chars) || 160))));
    row.addEventListener("click", (e) => {
      if (e.target.tagName !== "A") window.location.hash = href;
    });
    row.addEventListener("keydown", (e) => {
      if (e.key === "Enter") window.location.hash = href;
    });
    body.appendChild(row);
  }
  return el("table", {class: "events"},
    el("thead", {}, el("tr", {}, ["Day", "Type", "Source", "Target", "Place", "Toll", "Evidence"].map(
      (h) => el("th", {scope: "col"}, h)))), body);
}

function drawEventsTable(container, page, filters) {
  clear(container);
  if (!page.items.length) {
    container.appendChild(el("p", {class: "muted"}, "No events match these filters."));
    return;
  }
  container.appendChild(eventRows(page.items));
  const base = withoutPaging(filters);
  const nav = el("nav", {class: "pager", "aria-label": "Pages"});
  if (page.offset > 0) nav.appendChild(hashLink("", {...base, offset: Math.max(page.offset - PAGE, 0)}, "← newer"));
  nav.appendChild(el("span", {class: "muted"}, ` ${page.offset + 1}–${page.offset + page.items.length} `));
  if (page.next_offset !== null) nav.appendChild(hashLink("", {...base, offset: page.next_offset}, "older →"));
  nav.appendChild(el("span", {class: "download"}, csvLink("/api/events", base)));
  container.appendChild(nav);

}
