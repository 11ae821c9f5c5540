import { createQuerySerializer } from "openapi-fetch";

type Query = Record<string, unknown>;

// Pure (a bundler may drop them): dist/ is one module, and these must not keep it all alive.
const repeated = /* @__PURE__ */ createQuerySerializer({ array: { style: "form", explode: true } });
const commaJoined = /* @__PURE__ */ createQuerySerializer({ array: { style: "form", explode: false } });

/**
 * openapi-fetch's query serializer, with the named array parameters sent as the spec declares
 * them, `style: form, explode: false` (OpenAPI 3.0.3 §4.7.12.4: `metric_types=IMPRESSION,SAVE`),
 * and every other one as openapi-fetch's default does (`pin_ids=1&pin_ids=2`).
 */
export function querySerializerFor(commaSeparated: readonly string[]): (query: Query) => string {
  const names = new Set(commaSeparated);
  return (query) => {
    const joined: Query = {};
    const rest: Query = {};
    for (const [name, value] of Object.entries(query ?? {})) (names.has(name) ? joined : rest)[name] = value;
    return [repeated(rest), commaJoined(joined)].filter((part) => part !== "").join("&");
  };
}
