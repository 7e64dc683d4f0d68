// The timeline: events per day (per week, month … over longer ranges: bars scaled to the range), stacked by type ("By day") or one row per type ("By type"). Click a day or drag
// across days to filter by dates; click a type (legend or row name) to filter by type. The counts of an answer
// estimated from a sample are marked "≈" (counts.js) in the tooltips, the scale and the legend.
import {ESTIMATE_MARK, countText, estimateNote, isEstimate} from "./counts.js";
import {PLOVER_TYPES, TYPE_COLORS, clear, el, svg} from "./dom.js";

const WIDTH = 1000;
const HEIGHT = 180;
const PAD = {left: 36, right: 8, top: 8, bottom: 22};
const DAY_MS = 86400000;

function parseDay(text) {
  return new Date(text + "T00:00:00Z");
}

function dayText(date) {
  return date.toISOString().slice(0, 10);
}

const MODE_KEY = "wirewatch-timeline-mode";

// ", estimated from a sample: …" after a chart's or list's accessible name when the answer is an estimate.
function estimateSuffix(stats) {
  return isEstimate(stats) ? `, ${estimateNote(stats)}` : "";
}

// stats: the /api/events/stats answer; filters: current filters; onChange(patch) applies new filters.
export function drawTimeline(container, stats, filters, onChange) {
  clear(container);
  if (!stats.days.length) {
    container.appendChild(el("p", {class: "muted"}, "No dated events match these filters."));
    return;
  }
  const mode = window.sessionStorage.getItem(MODE_KEY) === "type" ? "type" : "day";
  const switchTo = (next) => {
    window.sessionStorage.setItem(MODE_KEY, next);
    drawTimeline(container, stats, filters, onChange);
  };
  container.appendChild(el("div", {class: "modes", role: "group", "aria-label": "Timeline layout"},
    el("button", {type: "button", class: mode === "day" ? "chip on" : "chip", id: "mode-day",
      "aria-pressed": String(mode === "day"), onclick: () => switchTo("day")}, "By day"),
    el("button", {type: "button", class: mode === "type" ? "chip on" : "chip", id: "mode-type",
      "aria-pressed": String(mode === "type"), onclick: () => switchTo("type")}, "By type")));
  const chart = mode === "type" ? byType(stats, onChange) : byDay(stats, onChange);
  container.appendChild(chart);
  container.appendChild(legend(stats, filters, onChange));
}

// Slots the x axis is cut into, scaled to the range: days over four months at most, else weeks, fortnights,
// months (30 days), quarters or years, so that bars stay readable and empty stretches stay short.
const BIN_DAYS = [1, 7, 14, 30, 91, 365];
const MAX_BINS = 120;

// The x axis shared by both layouts: one slot per bin from the first to the last dated event.
function dayScale(days, left) {
  const first = parseDay(days[0].day);
  const last = parseDay(days[days.length - 1].day);
  const span = Math.round((last - first) / DAY_MS) + 1;
  const binDays = BIN_DAYS.find((n) => Math.ceil(span / n) <= MAX_BINS) || 365;
  const bins = Math.ceil(span / binDays);
  const step = (WIDTH - left - PAD.right) / bins;
  const binOf = (date) => Math.floor(Math.round((date - first) / DAY_MS) / binDays);
  const binStart = (i) => new Date(first.getTime() + i * binDays * DAY_MS);
  const binEnd = (i) => new Date(Math.min(first.getTime() + ((i + 1) * binDays - 1) * DAY_MS, last.getTime()));
  const x = (date) => left + binOf(date) * step;
  return {first, last, span, bins, binDays, step, left, x, binOf, binStart, binEnd,
    barWidth: Math.min(Math.max(step - 1, 1), 40)};
}

// The days' counts summed per bin: [{day (the bin's first day), label, counts}], oldest first.
function binned(days, scale) {
  const byBin = new Map();
  for (const {day, counts} of days) {
    const bin = scale.binOf(parseDay(day));
    const sums = byBin.get(bin) || {};
    for (const [type, n] of Object.entries(counts)) sums[type] = (sums[type] || 0) + n;
    byBin.set(bin, sums);
  }
  return [...byBin.entries()].sort((a, b) => a[0] - b[0]).map(([bin, counts]) => {
    const start = dayText(scale.binStart(bin));
    const end = dayText(scale.binEnd(bin));
    return {day: start, label: start === end ? start : `${start} – ${end}`, counts};
  });
}

function axis(chart, scale, height) {
  chart.appendChild(svg("line", {x1: scale.left, y1: height - PAD.bottom, x2: WIDTH - PAD.right,
    y2: height - PAD.bottom, class: "axis"}));
  const ticks = Math.min(scale.bins, 8);
  for (let i = 0; i < ticks; i++) {
    const date = scale.binStart(Math.round((i * (scale.bins - 1)) / Math.max(ticks - 1, 1)));
    chart.appendChild(svg("text", {x: scale.x(date) + scale.step / 2, y: height - 6, class: "tick",
      "text-anchor": "middle"}, dayText(date)));
  }
}

function byDay(stats, onChange) {
  const scale = dayScale(stats.days, PAD.left);
  const days = binned(stats.days, scale);
  const innerHeight = HEIGHT - PAD.top - PAD.bottom;
  const totals = days.map((d) => Object.values(d.counts).reduce((sum, n) => sum + n, 0));
  const max = Math.max(1, ...totals);
  const chart = svg("svg", {viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: "timeline", role: "img",
    "aria-label": `Events per ${scale.binDays === 1 ? "day" : `${scale.binDays} days`} from ${dayText(scale.first)} to ${dayText(scale.last)}${estimateSuffix(stats)}`});
  axis(chart, scale, HEIGHT);
  chart.appendChild(svg("text", {x: PAD.left - 4, y: PAD.top + 10, class: "tick", "text-anchor": "end"},
    isEstimate(stats) ? `${ESTIMATE_MARK}${max}` : String(max)));  // narrow: the scale's margin is 36 units
  chart.appendChild(svg("text", {x: PAD.left - 4, y: HEIGHT - PAD.bottom, class: "tick", "text-anchor": "end"}, "0"));
  const bars = svg("g", {class: "bars"});
  days.forEach(({day, label, counts}, index) => {
    let y = HEIGHT - PAD.bottom;
    const left = scale.x(parseDay(day)) + (scale.step - scale.barWidth) / 2;
    const kinds = PLOVER_TYPES.filter((t) => counts[t]);
    const summary = kinds.map((t) => `${t} ${countText(counts[t], stats)}`).join(", ");
    const group = svg("g", {class: "day", dataset: {day}},
      svg("title", {}, `${label} · ${countText(totals[index], stats)}: ${summary}`));
    for (const type of kinds) {
      const height = Math.max((counts[type] / max) * innerHeight, 1);
      y -= height;
      group.appendChild(svg("rect", {x: left, y, width: scale.barWidth, height, fill: TYPE_COLORS[type], class: "bar"}));
    }
    bars.appendChild(group);
  });
  chart.appendChild(bars);
  attachBrush(chart, scale, PAD.top, innerHeight, onChange);
  return chart;
}

// One row per type: its events per day, each row scaled to its own busiest day. Click a row's name to filter.
function byType(stats, onChange) {
  const types = PLOVER_TYPES.filter((t) => stats.types[t]);
  const row = 22;
  const height = PAD.top + types.length * row + PAD.bottom;
  const scale = dayScale(stats.days, 96);
  const days = binned(stats.days, scale);
  const chart = svg("svg", {viewBox: `0 0 ${WIDTH} ${height}`, class: "timeline by-type", role: "img",
    "aria-label": `Events per day and type from ${dayText(scale.first)} to ${dayText(scale.last)}${estimateSuffix(stats)}`});
  axis(chart, scale, height);
  types.forEach((type, index) => {
    const top = PAD.top + index * row;
    const max = Math.max(1, ...days.map((d) => d.counts[type] || 0));
    const group = svg("g", {class: "type-row", dataset: {type}});
    const label = svg("text", {x: scale.left - 6, y: top + row / 2 + 4, class: "row-label", "text-anchor": "end"},
      type);
    label.addEventListener("pointerdown", (event) => event.stopPropagation());
    label.addEventListener("click", () => onChange({type: [type]}));
    group.appendChild(label);
    for (const {day, label, counts} of days) {
      const count = counts[type];
      if (!count) continue;
      const h = Math.max((count / max) * (row - 4), 2);
      group.appendChild(svg("rect", {x: scale.x(parseDay(day)) + (scale.step - scale.barWidth) / 2, y: top + row - 2 - h,
        width: scale.barWidth, height: h, fill: TYPE_COLORS[type], class: "bar"},
      svg("title", {}, `${label} · ${type}: ${countText(count, stats)}`)));
    }
    chart.appendChild(group);
  });
  attachBrush(chart, scale, PAD.top, types.length * row, onChange);
  return chart;
}

// Drag across days (or click one) to filter by dates.
function attachBrush(chart, scale, top, height, onChange) {
  const brush = svg("rect", {class: "brush", x: 0, y: top, width: 0, height, visibility: "hidden"});
  chart.appendChild(brush);
  let start = null;
  const dayAt = (event) => {
    const box = chart.getBoundingClientRect();
    const px = ((event.clientX - box.left) / box.width) * WIDTH;
    return Math.min(Math.max(Math.floor((px - scale.left) / scale.step), 0), scale.bins - 1);
  };
  const show = (a, b) => {
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    brush.setAttribute("x", scale.left + lo * scale.step);
    brush.setAttribute("width", (hi - lo + 1) * scale.step);
    brush.setAttribute("visibility", "visible");
  };
  chart.addEventListener("pointerdown", (event) => {
    start = dayAt(event);
    show(start, start);
    chart.setPointerCapture(event.pointerId);
  });
  chart.addEventListener("pointermove", (event) => {
    if (start !== null) show(start, dayAt(event));
  });
  chart.addEventListener("pointerup", (event) => {
    if (start === null) return;
    const end = dayAt(event);
    const lo = Math.min(start, end);
    const hi = Math.max(start, end);
    start = null;
    onChange({since: dayText(scale.binStart(lo)), until: dayText(scale.binEnd(hi))});
  });
}

function legend(stats, filters, onChange) {
  const selected = new Set(filters.type || []);
  const list = el("ul", {class: "legend", "aria-label": `Event types (click to filter)${estimateSuffix(stats)}`,
    title: isEstimate(stats) ? estimateNote(stats) : null});
  for (const [type, count] of Object.entries(stats.types)) {
    const swatch = el("span", {class: "swatch"});
    swatch.style.setProperty("background", TYPE_COLORS[type] || "#777");
    const button = el("button", {type: "button", class: selected.has(type) ? "chip on" : "chip",
      dataset: {type}, "aria-pressed": selected.has(type) ? "true" : "false",
      onclick: () => {
        if (selected.has(type)) selected.delete(type);
        else selected.add(type);
        onChange({type: [...selected]});
      }}, swatch, `${type} ${countText(count, stats)}`);
    list.appendChild(el("li", {}, button));
  }
  return list;
}
