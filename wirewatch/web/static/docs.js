// The API reference, rendered offline from /openapi.json.
import {clear, el} from "./dom.js";

function schemaText(schema, spec) {
  if (!schema) return "";
  if (schema.$ref) return schema.$ref.split("/").pop();
  if (schema.enum) return schema.enum.join(" | ");
  if (schema.anyOf) return schema.anyOf.map((s) => schemaText(s, spec)).join(" | ");
  if (schema.type === "array") return `${schemaText(schema.items, spec)}[]`;
  return schema.format ? `${schema.type} (${schema.format})` : schema.type || "";
}

async function main() {
  const root = clear(document.getElementById("view"));
  const spec = await (await fetch("/openapi.json")).json();
  root.appendChild(el("h1", {}, `${spec.info.title} API ${spec.info.version}`));
  root.appendChild(el("p", {class: "pre"}, spec.info.description || ""));
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const params = (op.parameters || []).map((p) => el("tr", {},
        el("td", {}, el("code", {}, p.name)), el("td", {}, p.in), el("td", {}, p.required ? "required" : ""),
        el("td", {}, schemaText(p.schema, spec)), el("td", {}, (p.description || (p.schema && p.schema.description)) || "")));
      const body = op.requestBody ? schemaText(op.requestBody.content["application/json"].schema, spec) : null;
      root.appendChild(el("section", {class: "panel endpoint"},
        el("h2", {}, el("code", {}, `${method.toUpperCase()} ${path}`)),
        el("p", {}, op.summary || ""),
        el("p", {class: "muted"}, method === "get"
          ? "Open to this machine; other machines send the API token (Authorization: Bearer …)."
          : "Needs the API token (Authorization: Bearer …)."),
        params.length ? el("table", {}, el("thead", {}, el("tr", {}, ["Parameter", "In", "", "Type", "About"].map(
          (h) => el("th", {}, h)))), el("tbody", {}, params)) : "",
        body ? el("p", {}, "Body: ", el("code", {}, body)) : "",
        el("p", {class: "muted small"}, "Responses: ", Object.keys(op.responses || {}).join(", "))));
    }
  }
  root.appendChild(el("h2", {}, "Schemas"));
  for (const [name, schema] of Object.entries((spec.components && spec.components.schemas) || {})) {
    root.appendChild(el("section", {class: "panel"}, el("h3", {}, el("code", {}, name)),
      el("ul", {}, Object.entries(schema.properties || {}).map(([field, s]) =>
        el("li", {}, el("code", {}, field), `: ${schemaText(s, spec)}`)))));
  }
}

main().catch((error) => {
  document.getElementById("view").appendChild(el("p", {class: "error"}, String(error)));
});
