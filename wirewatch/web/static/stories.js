// Stories (list, then one story: its articles by outlet and language, its merged events with every source's
// figures and a visible disagreement flag) and the deadlines calendar. Every API string becomes a text node.
import {actorText, api, el, errorBox, externalLink, hashLink, routeHash, typeBadge} from "./dom.js";
import {csvLink} from "./downloads.js";

const PAGE = 50;
const STATUSES = ["open", "extended", "met", "fulfilled", "withdrawn", "expired"];
const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

function span(first, last) {
  if (!first) return "undated";
  return first === last || !last ? first : `${first} → ${last}`;
}

// -- the story list ---------------------------------------------------------------------------------------------
export async function storiesView(root, params) {
  const offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
  const minArticles = params.get("min_articles") || "1";
  const form = el("form", {class: "filters"},
    el("label", {}, "Since", el("input", {type: "date", name: "since", value: params.get("since") || ""})),
    el("label", {}, "Until", el("input", {type: "date", name: "until", value: params.get("until") || ""})),
    el("label", {}, "At least … articles",
      el("input", {type: "number", name: "min_articles", min: 1, value: minArticles, id: "f-min-articles"})),
    el("div", {class: "buttons"}, el("button", {type: "submit"}, "Filter")));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    window.location.hash = routeHash("stories", {since: data.get("since"), until: data.get("until"),
      min_articles: data.get("min_articles") === "1" ? "" : data.get("min_articles")});
  });
  root.appendChild(el("h1", {}, "Stories"));
  root.appendChild(el("p", {class: "muted"},
    "Articles from any outlet or language about the same events, grouped as they arrive."));
  root.appendChild(form);
  const query = {since: params.get("since"), until: params.get("until"), min_articles: minArticles, limit: PAGE,
    offset};
  try {
    const page = await api("/api/stories", query);
    root.appendChild(storyTable(page.items));
    const pager = el("div", {class: "pager"});
    const here = Object.fromEntries(params.entries());
    if (offset > 0) pager.appendChild(hashLink("stories", {...here, offset: Math.max(0, offset - PAGE)}, "← newer"));
    if (page.next_offset !== null) pager.appendChild(hashLink("stories", {...here, offset: page.next_offset}, "older →"));
    root.appendChild(pager);
  } catch (error) {
    root.appendChild(errorBox(error));
  }
  root.dataset.ready = "true";
}

function storyTable(items) {
  if (!items.length) return el("p", {class: "muted"}, "No stories.");
  return el("table", {class: "stories"},
    el("thead", {}, el("tr", {}, ["Story", "Days", "Articles", "Languages", "Outlets"].map(
      (h) => el("th", {scope: "col"}, h)))),
    el("tbody", {}, items.map((s) => el("tr", {class: "story-row"},
      el("td", {}, hashLink("story", {id: s.id}, s.title || s.id)),
      el("td", {}, span(s.first_day, s.last_day)), el("td", {}, String(s.articles)),
      el("td", {}, s.langs.join(", ") || "—"), el("td", {}, s.outlets.join(", ") || "—")))));
}

// -- one story --------------------------------------------------------------------------------------------------
export async function storyView(root, params) {
  let story;
  try {
    story = await api(`/api/stories/${encodeURIComponent(params.get("id") || "")}`);
  } catch (error) {
    root.appendChild(errorBox(error));
    root.dataset.ready = "true";
    return;
  }
  const byId = new Map(story.articles.map((a) => [a.id, a]));
  const langs = new Set(story.articles.map((a) => a.lang || "?"));
  const outlets = new Set(story.articles.map((a) => a.source || "?"));
  root.appendChild(el("p", {class: "muted small"}, hashLink("stories", {}, "← all stories")));
  root.appendChild(el("h1", {id: "story-title"}, (story.articles[0] && story.articles[0].title) || story.id));
  root.appendChild(el("dl", {class: "facts"},
    el("dt", {}, "Days"), el("dd", {}, span(story.first_day, story.last_day)),
    el("dt", {}, "Articles"), el("dd", {},
      `${story.articles.length} from ${outlets.size} outlet(s) in ${langs.size} language(s)`),
    el("dt", {}, "Key entities"), el("dd", {}, story.key_entities.join(", ") || "—"),
    el("dt", {}, "Disputed figures"), el("dd", {}, story.disagreements
      ? el("span", {class: "flag disagreement"}, `${story.disagreements} event(s): sources disagree`) : "none")));
  root.appendChild(el("section", {class: "panel"}, el("h2", {}, `Articles (${story.articles.length})`),
    articleTable(story.articles)));
  root.appendChild(el("section", {class: "panel", id: "merged-events"},
    el("h2", {}, `Merged events (${story.events.length})`),
    story.events.length ? story.events.map((e) => mergedEvent(e, byId))
      : el("p", {class: "muted"}, "No dated events reported as facts.")));
  root.dataset.ready = "true";
}

function articleTable(articles) {
  const sorted = [...articles].sort((a, b) => String(a.source).localeCompare(String(b.source))
    || String(a.lang).localeCompare(String(b.lang)) || String(a.published).localeCompare(String(b.published)));
  return el("table", {class: "story-articles"},
    el("thead", {}, el("tr", {}, ["Outlet", "Language", "Published", "Title", "Link"].map(
      (h) => el("th", {scope: "col"}, h)))),
    el("tbody", {}, sorted.map((a) => el("tr", {},
      el("td", {}, a.source || "—"), el("td", {}, a.lang || "—"), el("td", {}, a.published || "—"),
      el("td", {}, hashLink("article", {id: a.id}, a.title || a.id)),
      el("td", {}, a.url ? externalLink(a.url, "source") : "—")))));
}

function mergedEvent(event, byId) {
  const disputed = new Set(event.disagreement);
  const figure = (low, latest) => (low === null ? "—" : low === latest ? String(low) : `${low} (latest ${latest})`);
  const header = el("p", {class: "merged-head"}, typeBadge(event.type), " ", event.date || "undated", " · ",
    `${event.source_country || "?"} → ${event.target_country || "?"}`, event.place ? ` · ${event.place}` : "",
    " · ", `${event.sources.length} source(s)`);
  const flag = disputed.size
    ? el("p", {class: "flag disagreement", role: "note"}, `Sources disagree on: ${[...disputed].join(", ")}`)
    : null;
  const figures = el("p", {class: "small"},
    `Killed: ${figure(event.conservative_killed, event.latest_killed)} · `,
    `Injured: ${figure(event.conservative_injured, event.latest_injured)}`,
    el("span", {class: "muted"}, " (lowest figure any source gives; latest: the most recent source's)"));
  const cell = (value, field) => el("td", {class: disputed.has(field) ? "disputed" : null},
    value === null || value === undefined ? "—" : String(value));
  const sources = el("table", {class: "sources"},
    el("thead", {}, el("tr", {}, ["Article", "Outlet", "Language", "Published", "Killed", "Injured", "Evidence"].map(
      (h) => el("th", {scope: "col"}, h)))),
    el("tbody", {}, event.sources.map((s) => {
      const article = byId.get(s.article_id) || {};
      return el("tr", {},
        el("td", {}, hashLink("article", {id: s.article_id}, article.title || s.article_id)),
        el("td", {}, article.source || "—"), el("td", {}, article.lang || "—"), el("td", {}, s.published || "—"),
        cell(s.killed, "killed"), cell(s.injured, "injured"), el("td", {class: "evidence-cell"}, s.evidence));
    })));
  return el("article", {class: disputed.size ? "merged-event has-disagreement" : "merged-event"},
    header, flag, figures, sources);
}

// -- the deadlines calendar -------------------------------------------------------------------------------------
function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

function monthOf(text) {
  return /^\d{4}-\d{2}$/.test(text || "") ? text : null;
}

function shiftMonth(month, step) {
  const [year, m] = month.split("-").map(Number);
  const date = new Date(Date.UTC(year, m - 1 + step, 1));
  return isoDay(date).slice(0, 7);
}

// The month of the nearest due day to come, else of the latest one (today's month when nothing is due).
function defaultMonth(items, today = isoDay(new Date())) {
  const days = items.map((i) => (i.deadline.due || "").slice(0, 10)).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
    .sort();
  if (!days.length) return today.slice(0, 7);
  return (days.find((d) => d >= today) || days[days.length - 1]).slice(0, 7);
}

function statusBadge(status) {
  return el("span", {class: `status status-${STATUSES.includes(status) ? status : "open"}`}, status);
}

function whoWhom(deadline) {
  const issuer = deadline.issuer ? actorText(deadline.issuer.name, deadline.issuer.country) : "?";
  const target = deadline.target ? actorText(deadline.target.name, deadline.target.country) : "?";
  return `${issuer} → ${target}`;
}

function measures(deadline) {
  return deadline.measures.length ? deadline.measures.join(", ") : deadline.kind.toLowerCase();
}

export async function deadlinesView(root, params) {
  const status = STATUSES.includes(params.get("status")) ? params.get("status") : "";
  const actor = params.get("actor") || "";
  const statusSelect = el("select", {name: "status", id: "f-status"}, el("option", {value: ""}, "any"),
    STATUSES.map((s) => el("option", {value: s, selected: s === status ? "selected" : null}, s)));
  const form = el("form", {class: "filters"},
    el("label", {}, "Status", statusSelect),
    el("label", {}, "Actor (name or ISO3)", el("input", {name: "actor", value: actor, id: "f-actor"})),
    el("div", {class: "buttons"}, el("button", {type: "submit"}, "Filter")));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    window.location.hash = routeHash("deadlines", {status: data.get("status"), actor: data.get("actor"),
      month: params.get("month")});
  });
  root.appendChild(el("h1", {}, "Deadlines"));
  root.appendChild(el("p", {class: "muted"},
    "Ultimatums, demands and pledges with a due day: who demands what of whom, followed through later " +
    "articles (extended, met, fulfilled, withdrawn) or expired."));
  root.appendChild(form);
  let items;
  try {
    items = (await api("/api/deadlines", {status, actor, limit: 1000})).items;
  } catch (error) {
    root.appendChild(errorBox(error));
    root.dataset.ready = "true";
    return;
  }
  const month = monthOf(params.get("month")) || defaultMonth(items);
  const here = {status, actor};
  root.appendChild(el("p", {class: "muted small"}, csvLink("/api/deadlines", {status, actor, limit: 1000})));
  root.appendChild(el("div", {class: "pager month-nav"},
    hashLink("deadlines", {...here, month: shiftMonth(month, -1)}, "← previous month"),
    el("strong", {id: "calendar-month"}, month),
    hashLink("deadlines", {...here, month: shiftMonth(month, 1)}, "next month →")));
  root.appendChild(el("ul", {class: "legend"}, STATUSES.map((s) => el("li", {}, statusBadge(s)))));
  const inMonth = items.filter((i) => (i.deadline.due || "").slice(0, 7) === month);
  root.appendChild(calendar(month, inMonth));
  root.appendChild(el("section", {class: "panel"}, el("h2", {}, `Due in ${month} (${inMonth.length})`),
    deadlineTable(inMonth)));
  const undated = items.filter((i) => !i.deadline.due);
  if (undated.length) {
    root.appendChild(el("section", {class: "panel"}, el("h2", {}, `With a condition but no due day (${undated.length})`),
      deadlineTable(undated)));
  }
  root.dataset.ready = "true";
}

function calendar(month, items) {
  const [year, m] = month.split("-").map(Number);
  const first = new Date(Date.UTC(year, m - 1, 1));
  const days = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7; // Monday first
  const byDay = new Map();
  for (const item of items) {
    const day = item.deadline.due.slice(0, 10);
    if (!byDay.has(day)) byDay.set(day, []);
    byDay.get(day).push(item);
  }
  const grid = el("div", {class: "calendar", role: "grid", "aria-label": `Deadlines due in ${month}`},
    WEEKDAYS.map((d) => el("div", {class: "weekday", role: "columnheader"}, d)));
  for (let i = 0; i < lead; i += 1) grid.appendChild(el("div", {class: "day blank"}));
  for (let d = 1; d <= days; d += 1) {
    const day = `${month}-${String(d).padStart(2, "0")}`;
    const due = byDay.get(day) || [];
    grid.appendChild(el("div", {class: due.length ? "day has-deadlines" : "day", role: "gridcell", dataset: {day}},
      el("span", {class: "day-number"}, String(d)),
      due.map((item) => calendarItem(item))));
  }
  for (let i = (lead + days) % 7; i > 0 && i < 7; i += 1) grid.appendChild(el("div", {class: "day blank"}));
  return grid;
}

function calendarItem(item) {
  const deadline = item.deadline;
  const label = `${whoWhom(deadline)}: ${measures(deadline)}`;
  const props = {class: `deadline-item status-${STATUSES.includes(deadline.status) ? deadline.status : "open"}`,
    title: `${deadline.status} · ${deadline.evidence}`};
  return item.story_id ? hashLink("story", {id: item.story_id}, label, props) : el("span", props, label);
}

function deadlineTable(items) {
  if (!items.length) return el("p", {class: "muted"}, "None.");
  return el("table", {class: "deadlines"},
    el("thead", {}, el("tr", {}, ["Due", "Status", "Who → whom", "Measures", "Condition", "Statement", "History"]
      .map((h) => el("th", {scope: "col"}, h)))),
    el("tbody", {}, items.map(({deadline, story_id: storyId}) => el("tr", {class: "deadline-row"},
      el("td", {}, deadline.due || "—"), el("td", {}, statusBadge(deadline.status)),
      el("td", {}, whoWhom(deadline), deadline.issuer_also.length
        ? el("span", {class: "muted small"}, ` (with ${deadline.issuer_also.join(", ")})`) : null),
      el("td", {}, measures(deadline)), el("td", {}, deadline.condition || "—"),
      el("td", {class: "evidence-cell"}, el("span", {}, deadline.evidence), " ",
        hashLink("article", {id: deadline.article_id}, "article"),
        storyId ? [" · ", hashLink("story", {id: storyId}, "story")] : null),
      el("td", {}, history(deadline))))));
}

// Each later statement that changed or settled the deadline: its status, day, new due day, sentence, article.
function history(deadline) {
  const steps = deadline.history && deadline.history.length ? deadline.history
    : (deadline.settled_by ? [deadline.settled_by] : []);
  if (!steps.length) return "—";
  return el("ol", {class: "deadline-history"}, steps.map((step) => el("li", {},
    statusBadge(step.status || deadline.status), " ", step.date || "",
    step.due ? ` → due ${step.due}` : "", " ",
    el("q", {class: "small"}, step.evidence), " ",
    hashLink("article", {id: step.article_id}, "article"))));
}
