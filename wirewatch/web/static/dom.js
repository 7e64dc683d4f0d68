// DOM and API helpers. Every string from the API becomes a text node: never markup.

export const PLOVER_TYPES = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
];

// One colour per type: cooperation in blues and greens, conflict in oranges and reds.
export const TYPE_COLORS = {
  AGREE: "#1b9e77", CONSULT: "#66a61e", SUPPORT: "#4daf4a", CONCEDE: "#a6d854", COOPERATE: "#377eb8",
  AID: "#80b1d3", RETREAT: "#8da0cb", REQUEST: "#b3b3b3", ACCUSE: "#fdb462", REJECT: "#ffd92f",
  THREATEN: "#fc8d62", PROTEST: "#e78ac3", SANCTION: "#984ea3", MOBILIZE: "#a65628", COERCE: "#e41a1c",
  ASSAULT: "#99000d",
};

const SVG_NS = "http://www.w3.org/2000/svg";

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function setProps(node, props) {
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.setAttribute("class", value);
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "href") node.setAttribute("href", value);
    else node.setAttribute(key, String(value));
  }
}

// el("a", {href: "#/x", class: "y"}, "text", child...) — strings become text nodes.
export function el(tag, props, ...children) {
  const node = document.createElement(tag);
  setProps(node, props);
  return append(node, children);
}

export function svg(tag, props, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setProps(node, props);
  return append(node, children);
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

// Only http(s) links leave the app; anything else (javascript:, data:) is dropped.
export function safeUrl(url) {
  if (!url) return null;
  try {
    const parsed = new URL(url, window.location.href);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch (error) {
    return null;
  }
}

export function externalLink(url, text) {
  const href = safeUrl(url);
  return href ? el("a", {href, rel: "noopener noreferrer", target: "_blank"}, text || href) : (text || "");
}

export function hashLink(route, params, text, props) {
  return el("a", {href: routeHash(route, params), ...(props || {})}, text);
}

export function routeHash(route, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (Array.isArray(value)) value.forEach((v) => query.append(key, v));
    else if (value !== null && value !== undefined && value !== "") query.append(key, value);
  }
  const text = query.toString();
  return `#/${route}${text ? "?" + text : ""}`;
}

export class ApiError extends Error {}

const TOKEN_KEY = "wirewatch-token";

// Reads from another machine need the server's API token: asked once, kept for this tab only.
function authHeaders() {
  const token = window.sessionStorage.getItem(TOKEN_KEY);
  return token ? {Accept: "application/json", Authorization: `Bearer ${token}`} : {Accept: "application/json"};
}

let asked = false;

function askToken() {
  if (asked) return Boolean(window.sessionStorage.getItem(TOKEN_KEY));
  asked = true;
  const token = window.prompt("This server needs its API token for reads from other machines:");
  if (token) window.sessionStorage.setItem(TOKEN_KEY, token.trim());
  return Boolean(token);
}

export async function api(path, params, retried) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (Array.isArray(value)) value.forEach((v) => query.append(key, v));
    else if (value !== null && value !== undefined && value !== "") query.append(key, value);
  }
  const text = query.toString();
  const response = await fetch(text ? `${path}?${text}` : path, {headers: authHeaders()});
  if (response.status === 403 && !retried && askToken()) return api(path, params, true);
  let body = null;
  try {
    body = await response.json();
  } catch (error) {
    body = null;
  }
  if (!response.ok) throw new ApiError((body && body.error) || `HTTP ${response.status}`);
  return body;
}

export function errorBox(error) {
  return el("p", {class: "error", role: "alert"}, String(error && error.message ? error.message : error));
}

export function actorText(name, country) {
  if (!name) return "—";
  return country ? `${name} (${country})` : name;
}

export function toll(killed, injured) {
  const parts = [];
  if (killed !== null && killed !== undefined) parts.push(`${killed} killed`);
  if (injured !== null && injured !== undefined) parts.push(`${injured} injured`);
  return parts.join(", ") || "—";
}

export function shorten(text, length) {
  return text.length > length ? text.slice(0, length - 1) + "…" : text;
}

export function typeBadge(type) {
  const badge = el("span", {class: "badge"}, type);
  badge.style.setProperty("--type-color", TYPE_COLORS[type] || "#777");
  return badge;
}
