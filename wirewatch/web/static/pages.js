// Entity, entity list and search views.
import {api, clear, el, errorBox, externalLink, hashLink, routeHash, svg} from "./dom.js";
import {csvLink} from "./downloads.js";
import {eventRows} from "./home.js";

export async function entityView(root, params) {
  let data;
  try {
    data = await api(`/api/entities/${encodeURIComponent(params.get("key") || "0")}`);
  } catch (error) {
    root.appendChild(errorBox(error));
    return;
  }
  const entity = data.entity;
  root.appendChild(el("h1", {id: "entity-name"}, entity.name));
  root.appendChild(el("dl", {class: "facts"},
    el("dt", {}, "Type"), el("dd", {}, entity.type),
    el("dt", {}, "Role"), el("dd", {}, entity.role || "—"),
    el("dt", {}, "Country"), el("dd", {}, entity.country ? hashLink("", {country: entity.country}, entity.country) : "—"),
    el("dt", {}, "Wikidata"), el("dd", {}, entity.wikidata_url ? externalLink(entity.wikidata_url, entity.kb_id) : "—"),
    el("dt", {}, "Seen in"), el("dd", {}, `${entity.articles} article(s), ${entity.mentions} mention(s)`),
    el("dt", {}, "Written"), el("dd", {id: "entity-names"}, nameList(data.names || []))));
  const section = (title, rows) => el("section", {class: "panel"}, el("h2", {}, `${title} (${rows.length})`),
    rows.length ? eventRows(rows, {chars: 120}) : el("p", {class: "muted"}, "None."));
  root.appendChild(section("Events as actor", data.events_as_source));
  root.appendChild(section("Events as target", data.events_as_target));
  root.appendChild(el("section", {class: "panel"}, el("h2", {}, `Quotes over time (${data.quotes.length})`),
    quotesChart(data.quotes), quoteList(data.quotes)));
  const mentions = data.mentions || [];
  root.appendChild(el("section", {class: "panel"}, el("h2", {}, `Mentions (${mentions.length})`),
    mentions.length ? mentionList(mentions) : el("p", {class: "muted"}, "None.")));
  root.dataset.ready = "true";
}

// Every spelling and descriptor of the identity, with its language: "Poutine (fr) 3 · Putin (en) 5".
function nameList(names) {
  if (!names.length) return "—";
  return el("span", {}, ...names.flatMap((name, i) => [i ? " · " : "",
    el("span", {class: "entity-name-form", lang: name.lang || ""}, name.text),
    ` (${name.lang || "?"}) ${name.mentions}`]));
}

function mentionList(mentions) {
  return el("ul", {class: "mentions", id: "entity-mentions"}, mentions.map((mention) => el("li", {class: "mention"},
    el("span", {class: "mention-lang"}, mention.lang || "?"), " ",
    el("q", {lang: mention.lang || ""}, mention.text), " · ", mention.published || "undated", " · ",
    hashLink("article", {id: mention.article, mention: mention.start}, mention.title || mention.article))));
}

function quotesChart(quotes) {
  const byMonth = new Map();
  for (const quote of quotes) {
    if (!quote.published) continue;
    const month = quote.published.slice(0, 7);
    byMonth.set(month, (byMonth.get(month) || 0) + 1);
  }
  if (!byMonth.size) return el("p", {class: "muted"}, "No dated quotes.");
  const months = [...byMonth.keys()].sort();
  const max = Math.max(...byMonth.values());
  const width = Math.max(months.length * 40, 200);
  const chart = svg("svg", {viewBox: `0 0 ${width} 90`, width, height: 90, class: "quotes-chart", role: "img",
    "aria-label": "Quotes per month"});
  months.forEach((month, i) => {
    const count = byMonth.get(month);
    const height = (count / max) * 60;
    chart.appendChild(svg("rect", {x: i * 40 + 5, y: 70 - height, width: 30, height, class: "bar quote-bar"},
      svg("title", {}, `${month}: ${count}`)));
    chart.appendChild(svg("text", {x: i * 40 + 20, y: 85, class: "tick", "text-anchor": "middle"}, month));
  });
  return chart;
}

function quoteList(quotes) {
  const list = el("ul", {class: "quotes"});
  for (const quote of [...quotes].sort((a, b) => String(b.published).localeCompare(String(a.published)))) {
    list.appendChild(el("li", {},
      el("blockquote", {}, quote.text),
      el("p", {class: "muted small"}, quote.published || "undated", " · ", quote.speaker || "",
        quote.channel ? ` · ${quote.channel}` : "", " · ",
        hashLink("article", {id: quote.article}, "article"))));
  }
  return list;
}

export async function entitiesView(root, params) {
  const name = params.get("name") || "";
  const form = el("form", {class: "filters", role: "search"},
    el("label", {}, "Name", el("input", {name: "name", value: name, id: "entity-filter"})),
    el("div", {class: "buttons"}, el("button", {type: "submit"}, "Filter")));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    window.location.hash = routeHash("entities", {name: new FormData(form).get("name")});
  });
  root.appendChild(el("h1", {}, "Entities"));
  root.appendChild(form);
  try {
    const page = await api("/api/entities", {name, limit: 200});
    root.appendChild(el("p", {class: "muted small"}, csvLink("/api/entities", {name})));
    root.appendChild(entityTable(page.items));
  } catch (error) {
    root.appendChild(errorBox(error));
  }
  root.dataset.ready = "true";
}

function entityTable(items) {
  if (!items.length) return el("p", {class: "muted"}, "No entities.");
  return el("table", {class: "entities"},
    el("thead", {}, el("tr", {}, ["Name", "Type", "Role", "Country", "Articles"].map((h) => el("th", {scope: "col"}, h)))),
    el("tbody", {}, items.map((e) => el("tr", {},
      el("td", {}, hashLink("entity", {key: e.entity_key}, e.name)), el("td", {}, e.type), el("td", {}, e.role || "—"),
      el("td", {}, e.country || "—"), el("td", {}, String(e.articles))))));
}

// FTS snippets mark matched words with [ and ]: shown as <mark> built from text nodes.
function snippet(text) {
  const out = el("p", {class: "snippet"});
  for (const [i, part] of text.split(/[[\]]/).entries()) {
    out.appendChild(i % 2 ? el("mark", {}, part) : document.createTextNode(part));
  }
  return out;
}

export async function searchView(root, params) {
  const q = params.get("q") || "";
  const form = el("form", {class: "filters", role: "search"},
    el("label", {}, "Search", el("input", {name: "q", id: "search-input", value: q, placeholder: "words or \"a phrase\""})),
    el("div", {class: "buttons"}, el("button", {type: "submit"}, "Search")));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    window.location.hash = routeHash("search", {q: new FormData(form).get("q")});
  });
  root.appendChild(el("h1", {}, "Search"));
  root.appendChild(form);
  if (!q.trim()) {
    root.dataset.ready = "true";
    return;
  }
  const results = el("div", {id: "results"});
  root.appendChild(results);
  try {
    const found = await api("/api/search", {q});
    results.appendChild(el("h2", {}, `Articles (${found.articles.length})`));
    results.appendChild(el("ul", {class: "hits"}, found.articles.map((hit) => el("li", {},
      hashLink("article", {id: hit.article}, hit.title || hit.article), " ",
      el("span", {class: "muted small"}, hit.published || ""), snippet(hit.snippet)))));
    results.appendChild(el("h2", {}, `Entities (${found.entities.length})`));
    results.appendChild(entityTable(found.entities));
    results.appendChild(el("h2", {}, `Quotes (${found.quotes.length})`));
    results.appendChild(quoteList(found.quotes));
  } catch (error) {
    clear(results).appendChild(errorBox(error));
  }
  root.dataset.ready = "true";
}
