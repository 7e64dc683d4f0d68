// The router: one view per hash route (#/, #/article?id=…, #/entity?key=…, #/entities, #/search?q=…,
// #/stories, #/story?id=…, #/deadlines?month=YYYY-MM, #/quotes?speaker=…, #/alerts).
import {clear, el} from "./dom.js";
import {alertsView} from "./alerts.js";
import {articleView} from "./article.js";
import {homeView} from "./home.js";
import {entitiesView, entityView, searchView} from "./pages.js";
import {quotesView} from "./quotes.js";
import {deadlinesView, storiesView, storyView} from "./stories.js";

const VIEWS = {"": homeView, article: articleView, entity: entityView, entities: entitiesView, search: searchView,
  stories: storiesView, story: storyView, deadlines: deadlinesView, quotes: quotesView,
  alerts: alertsView};

async function render() {
  const hash = window.location.hash.replace(/^#\/?/, "");
  const [route, query] = hash.split("?", 2);
  const view = VIEWS[route] || null;
  // A fresh element per render: a slower earlier view keeps writing into its own, detached, element. It carries
  // the hash it renders, so that a reader (a test, a script) can tell the current page from the one it replaces.
  const root = el("div", {id: "page", dataset: {hash: window.location.hash}});
  clear(document.getElementById("view")).appendChild(root);
  for (const link of document.querySelectorAll("header nav a")) {
    const current = route === "story" ? "stories" : route || "";
    link.classList.toggle("current", link.dataset.route === current);
  }
  if (!view) {
    root.appendChild(el("p", {class: "error"}, "No such page."));
    return;
  }
  await view(root, new URLSearchParams(query || ""));
}

window.addEventListener("hashchange", render);
render();
