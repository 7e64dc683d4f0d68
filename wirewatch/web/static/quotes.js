// The quotes page (#/quotes): who said what, where and when, filtered by speaker, text, language and days; each
// quote links to its span in the article. Every API string becomes a text node.
import {api, el, errorBox, hashLink, routeHash} from "./dom.js";
import {csvLink} from "./downloads.js";

const PAGE = 50;
const FILTERS = ["speaker", "q", "lang", "since", "until"];

export async function quotesView(root, params) {
  const offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
  const filters = Object.fromEntries(FILTERS.map((name) => [name, params.get(name) || ""]));
  root.appendChild(el("h1", {}, "Quotes"));
  root.appendChild(quoteForm(filters));
  try {
    const page = await api("/api/quotes", {...filters, limit: PAGE, offset});
    root.appendChild(el("p", {class: "muted small"}, csvLink("/api/quotes", filters)));
    root.appendChild(quoteTable(page.items));
    const pager = el("div", {class: "pager"});
    if (offset > 0) pager.appendChild(hashLink("quotes", {...filters, offset: Math.max(0, offset - PAGE)}, "← newer"));
    if (page.next_offset !== null) pager.appendChild(hashLink("quotes", {...filters, offset: page.next_offset}, "older →"));
    root.appendChild(pager);
  } catch (error) {
    root.appendChild(errorBox(error));
  }
  root.dataset.ready = "true";
}

function quoteForm(filters) {
  const input = (label, name, props) => el("label", {}, label,
    el("input", {name, id: `q-${name}`, value: filters[name], ...(props || {})}));
  const form = el("form", {class: "filters", role: "search", "aria-label": "Quote filters"},
    input("Speaker", "speaker"), input("Text", "q"),
    el("label", {}, "Language", el("select", {name: "lang", id: "q-lang"},
      ["", "fr", "en"].map((l) => el("option", {value: l, selected: filters.lang === l}, l || "any")))),
    input("Since", "since", {type: "date"}), input("Until", "until", {type: "date"}),
    el("div", {class: "buttons"}, el("button", {type: "submit"}, "Filter"),
      hashLink("quotes", {}, "Clear", {class: "button-link"})));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    window.location.hash = routeHash("quotes", Object.fromEntries(FILTERS.map((name) => [name, data.get(name)])));
  });
  return form;
}

function quoteTable(items) {
  if (!items.length) return el("p", {class: "muted"}, "No quotes match these filters.");
  return el("table", {class: "quotes-table"},
    el("thead", {}, el("tr", {}, ["Date", "Speaker", "Quote", "Channel", ""].map((h) => el("th", {scope: "col"}, h)))),
    el("tbody", {}, items.map((quote) => el("tr", {class: "quote-row"},
      el("td", {class: "quote-date"}, quote.published || "undated"),
      el("td", {class: "quote-speaker"}, quote.speaker || quote.speaker_entity || "—"),
      el("td", {class: "quote-text"}, quote.direct ? `“${quote.text}”` : quote.text),
      el("td", {class: "quote-channel"}, quote.channel || "—"),
      el("td", {}, hashLink("article", quote.start === null || quote.start === undefined
        ? {id: quote.article} : {id: quote.article, quote: quote.start}, "in the article", {class: "quote-link"}))))));
}
