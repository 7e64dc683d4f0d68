// The article view: the text with every extracted field highlighted on its span. Click an event (in the list
// or on the text) to see its evidence highlighted, its actors, place, date and toll.
import {actorText, api, clear, el, errorBox, externalLink, hashLink, toll, typeBadge} from "./dom.js";

const LAYERS = [
  ["event", "Events"], ["quote", "Quotes"], ["entity", "Entities"], ["place", "Places"], ["date", "Dates"],
];

// Offsets in records count Unicode code points (Python); JavaScript strings index UTF-16 units.
function codeUnitOffsets(text) {
  const offsets = [0];
  let unit = 0;
  for (const char of text) {
    unit += char.length;
    offsets.push(unit);
  }
  return offsets;
}

function annotations(article) {
  const record = article.record;
  const units = codeUnitOffsets(article.text);
  const list = [];
  const add = (kind, start, end, label, item) => {
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end < units.length)) return;
    list.push({kind, start: units[start], end: units[end], label, item, id: list.length, at: start});
  };
  record.events.forEach((event, index) => {
    add("event", event.evidence.start, event.evidence.end, event.type, {...event, index});
  });
  for (const quote of record.quotes) {
    const parts = quote.parts && quote.parts.length ? quote.parts : [{start: quote.start, end: quote.end}];
    for (const part of parts) add("quote", part.start, part.end, quote.speaker || "quote", quote);
  }
  for (const entity of record.entities) {
    for (const mention of entity.mentions) add("entity", mention.start, mention.end, entity.name, entity);
  }
  for (const place of record.places) {
    for (const mention of place.mentions) add("place", mention.start, mention.end, place.name, place);
  }
  for (const date of record.dates) add("date", date.start, date.end, date.value || "?", date);
  return list;
}

// The text cut at every annotation boundary; each piece knows the annotations covering it.
function segments(text, list) {
  const cuts = new Set([0, text.length]);
  for (const a of list) {
    cuts.add(a.start);
    cuts.add(a.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    pieces.push({start, end, covering: list.filter((a) => a.start <= start && a.end >= end)});
  }
  return pieces;
}

export async function articleView(root, params) {
  const id = params.get("id") || "";
  let article;
  try {
    article = await api(`/api/articles/${encodeURIComponent(id)}`);
  } catch (error) {
    root.appendChild(errorBox(error));
    return;
  }
  const list = annotations(article);
  const details = el("aside", {class: "details", id: "details", "aria-live": "polite"},
    el("p", {class: "muted"}, "Click an event, or any highlighted span, to see what was extracted."));
  const textBox = el("div", {class: "article-text", id: "article-text"});
  const spansOf = new Map(list.map((a) => [a.id, []]));
  for (const piece of segments(article.text, list)) {
    const chunk = article.text.slice(piece.start, piece.end);
    if (!piece.covering.length) {
      textBox.appendChild(document.createTextNode(chunk));
      continue;
    }
    const kinds = new Set(piece.covering.map((a) => a.kind));
    const span = el("span", {class: [...kinds].map((k) => `hl hl-${k}`).join(" ")}, chunk);
    for (const a of piece.covering) spansOf.get(a.id).push(span);
    span.addEventListener("click", () => {
      const innermost = [...piece.covering].sort((a, b) => (a.end - a.start) - (b.end - b.start))[0];
      select(innermost);
    });
    textBox.appendChild(span);
  }
  const eventList = el("ol", {class: "event-list", id: "event-list"});
  const eventButtons = new Map();
  let current = null;
  const select = (annotation) => {
    if (current) {
      for (const span of spansOf.get(current.id)) span.classList.remove("active");
      const previous = eventButtons.get(current.id);
      if (previous) previous.setAttribute("aria-pressed", "false");
    }
    current = annotation;
    const spans = spansOf.get(annotation.id);
    for (const span of spans) span.classList.add("active");
    if (annotation.kind === "event") {
      for (const span of spans) span.classList.add("evidence");
      const button = eventButtons.get(annotation.id);
      if (button) button.setAttribute("aria-pressed", "true");
    }
    if (spans.length) spans[0].scrollIntoView({block: "center", behavior: "instant"});
    clear(details).appendChild(describe(annotation));
  };
  for (const a of list.filter((x) => x.kind === "event")) {
    const event = a.item;
    const button = el("button", {type: "button", class: "event-button", "aria-pressed": "false",
      dataset: {start: event.evidence.start, type: event.type}, onclick: () => select(a)},
      typeBadge(event.type), " ", actorText(event.source && event.source.name, null), " → ",
      actorText(event.target && event.target.name, null));
    eventButtons.set(a.id, button);
    eventList.appendChild(el("li", {}, button));
  }
  const record = article.record;
  root.appendChild(el("article", {class: "article"},
    el("h1", {id: "article-title"}, article.title || article.id),
    el("p", {class: "meta muted"}, [article.published, article.lang, article.source].filter(Boolean).join(" · "),
      article.url ? " · " : "", article.url ? externalLink(article.url, "original") : ""),
    el("ul", {class: "legend layers", "aria-label": "Highlighted layers"},
      LAYERS.map(([kind, label]) => el("li", {}, el("span", {class: `hl hl-${kind} key`}, label),
        ` ${list.filter((a) => a.kind === kind).length}`))),
    el("div", {class: "article-grid"},
      textBox,
      el("div", {class: "side"},
        el("h2", {}, `Events (${record.events.length})`),
        record.events.length ? eventList : el("p", {class: "muted"}, "No events extracted."),
        details))));
  const wanted = params.get("ev");
  if (wanted) {
    const [start, type] = wanted.split(":");
    const match = list.find((a) => a.kind === "event" && String(a.item.evidence.start) === start &&
      (!type || a.item.type === type));
    if (match) select(match);
  }
  const quoteStart = params.get("quote");
  if (quoteStart && !wanted) {
    const match = list.find((a) => a.kind === "quote" && String(a.item.start) === quoteStart);
    if (match) select(match);
  }
  const mentionStart = params.get("mention"); // an entity's mention, from the entity page
  if (mentionStart && !wanted && !quoteStart) {
    const match = list.find((a) => a.kind === "entity" && String(a.at) === mentionStart);
    if (match) select(match);
  }
  root.dataset.ready = "true";
}

function row(label, ...value) {
  return [el("dt", {}, label), el("dd", {}, ...value)];
}

function describe(annotation) {
  const item = annotation.item;
  if (annotation.kind === "event") {
    const place = item.place;
    return el("div", {class: "event-detail", id: "event-detail"},
      el("h3", {}, typeBadge(item.type), item.mode ? ` ${item.mode}` : "", item.modality !== "asserted"
        ? ` (${item.modality})` : ""),
      el("dl", {},
        row("Source", actorText(item.source && item.source.name, item.source && item.source.country),
          item.source && item.source.sector ? ` · ${item.source.sector}` : ""),
        row("Target", actorText(item.target && item.target.name, item.target && item.target.country),
          item.target && item.target.sector ? ` · ${item.target.sector}` : ""),
        row("Place", place ? actorText(place.name, place.country) : "—",
          place && place.lat !== null && place.lon !== null ? ` · ${place.lat.toFixed(2)}, ${place.lon.toFixed(2)}` : ""),
        row("Date", item.date || "—"),
        row("Toll", toll(item.killed, item.injured)),
        row("CAMEO", item.cameo || "—"),
        row("Confidence", String(item.confidence))),
      el("blockquote", {class: "evidence-quote"}, item.evidence.text));
  }
  if (annotation.kind === "entity") {
    return el("div", {}, el("h3", {}, item.name),
      el("dl", {}, row("Type", item.type), row("Role", item.role || "—"), row("Country", item.country || "—"),
        row("Wikidata", item.kb_id ? externalLink(`https://www.wikidata.org/wiki/${item.kb_id}`, item.kb_id) : "—")),
      hashLink("entities", {name: item.name}, "Find in entities"));
  }
  if (annotation.kind === "quote") {
    return el("div", {}, el("h3", {}, item.direct ? "Direct quote" : "Reported speech"),
      el("dl", {}, row("Speaker", item.speaker || "—"), row("Channel", item.channel || "—"),
        row("Date", item.date || "—")),
      el("blockquote", {}, item.text));
  }
  if (annotation.kind === "place") {
    return el("div", {}, el("h3", {}, item.name),
      el("dl", {}, row("Country", item.country || "—"), row("Feature", item.feature || "—"),
        row("Coordinates", item.lat !== null && item.lon !== null ? `${item.lat}, ${item.lon}` : "—"),
        row("GeoNames", item.geonames_id ? String(item.geonames_id) : "—")));
  }
  return el("div", {}, el("h3", {}, item.text), el("dl", {}, row("Value", item.value || "unresolved"),
    row("Type", item.type)));
}
