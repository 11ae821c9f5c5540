import { componentSchemas } from "../generated/schemas.js";

type Schema = { readonly properties?: Readonly<Record<string, unknown>>; readonly allOf?: readonly { readonly $ref?: string }[] };
const cache = new Map<string, ReadonlySet<string>>();

/**
 * The property names a component schema declares, its `allOf` parents' included (OpenAPI 3.0.3
 * §4.7.24), read from the generated schemas: what a request body may copy into a stored resource.
 */
export function declaredFields(component: keyof typeof componentSchemas): ReadonlySet<string> {
  let fields = cache.get(component);
  if (fields === undefined) {
    fields = new Set(collect(component, new Set()));
    cache.set(component, fields);
  }
  return fields;
}

function collect(name: string, seen: Set<string>): string[] {
  if (seen.has(name)) return [];
  seen.add(name);
  const schema = (componentSchemas as Record<string, Schema>)[name];
  if (schema === undefined) return [];
  const parents = (schema.allOf ?? []).flatMap((member) =>
    typeof member.$ref === "string" ? collect(member.$ref.slice(member.$ref.lastIndexOf("/") + 1), seen) : [],
  );
  return [...Object.keys(schema.properties ?? {}), ...parents];
}

/** The entries of `body` whose names `component` declares (others, such as `media_source`, are request-only). */
export function pick(body: Record<string, unknown>, component: keyof typeof componentSchemas): Record<string, unknown> {
  const fields = declaredFields(component);
  return Object.fromEntries(Object.entries(body).filter(([name, value]) => fields.has(name) && value !== undefined));
}
