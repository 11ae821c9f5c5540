import type { ParameterKind, ParameterShape } from "../schema/operation-validators.js";

/** Parameters read from the URL, typed as the spec declares them, or the first problem. */
export type ReadParameters = { ok: true; values: Record<string, unknown> } | { ok: false; problem: string };

/**
 * Read query parameters as OpenAPI 3.0.3 §4.7.12.4 `style: form` sends them: arrays either
 * repeated (`explode: true`) or comma-separated (`explode: false`; both are accepted), integers,
 * numbers and booleans from their exact text. A value that does not read stays a string, so the
 * schema check names it; a repeated scalar is refused here.
 */
export function readQuery(search: string, shapes: readonly ParameterShape[]): ReadParameters {
  const params = new URLSearchParams(search);
  const values: Record<string, unknown> = {};
  for (const name of new Set(params.keys())) {
    const all = params.getAll(name);
    const shape = shapes.find((candidate) => candidate.in === "query" && candidate.name === name);
    if (shape?.kind === "array") {
      values[name] = all.flatMap((value) => value.split(",")).map((value) => readScalar(value, shape.itemKind));
      continue;
    }
    if (all.length > 1) return { ok: false, problem: `${name} is given more than once` };
    values[name] = shape === undefined ? all[0] : readScalar(all[0] as string, shape.kind);
  }
  return { ok: true, values };
}

/** Path parameters (already percent-decoded) typed like query parameters. */
export function readPath(raw: Record<string, string>, shapes: readonly ParameterShape[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw)) {
    const shape = shapes.find((candidate) => candidate.in === "path" && candidate.name === name);
    values[name] = shape === undefined || shape.kind === "array" ? value : readScalar(value, shape.kind);
  }
  return values;
}

function readScalar(text: string, kind: Exclude<ParameterKind, "array">): unknown {
  switch (kind) {
    case "integer":
      return /^-?\d{1,15}$/.test(text) ? Number(text) : text;
    case "number":
      return /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text) && Number.isFinite(Number(text)) ? Number(text) : text;
    case "boolean":
      return text === "true" ? true : text === "false" ? false : text;
    default:
      return text;
  }
}
