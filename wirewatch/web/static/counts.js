// Counts as the /api/events/stats answer states them: exact counts are shown as they are; counts estimated from a
// sample of the events (total_is_estimate, millions matching on PostgreSQL) are marked "≈" and say how sure they
// are (total_range: the total's 95% interval, null when the sample states none).
import {el} from "./dom.js";

export const ESTIMATE_MARK = "≈";

function grouped(n) {
  return Number(n).toLocaleString("en-US");
}

export function isEstimate(stats) {
  return Boolean(stats && stats.total_is_estimate);
}

// One count of the answer: "2950" when exact, "≈ 2,950" when estimated.
export function countText(n, stats) {
  return isEstimate(stats) ? `${ESTIMATE_MARK} ${grouped(n)}` : String(n);
}

// How an estimated answer was counted, in words; "" when exact.
export function estimateNote(stats) {
  if (!isEstimate(stats)) return "";
  const range = stats.total_range;
  return range ? `estimated from a sample: ${grouped(range[0])}–${grouped(range[1])} (95%)`
    : "estimated from a sample (no stated range)";
}

// The home page's summary line: "12 matching events (3 undated)", or for an estimated answer
// "≈ 2,950 matching events (≈ 40 undated) · estimated from a sample: 2,293–3,796 (95%)", the count carrying the
// note as its title too.
export function statsSummary(stats) {
  const plural = stats.total === 1 ? "" : "s";
  const undated = stats.undated ? ` (${countText(stats.undated, stats)} undated)` : "";
  if (!isEstimate(stats)) return [`${stats.total} matching event${plural}${undated}`];
  const note = estimateNote(stats);
  return [el("span", {class: "estimate", title: note}, countText(stats.total, stats)),
    ` matching event${plural}${undated} `, el("span", {class: "estimate-note small"}, `· ${note}`)];
}
