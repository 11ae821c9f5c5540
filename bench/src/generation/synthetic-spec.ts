import type { OpenApiDocument } from "./project-generator.js";

/**
 * A synthetic OpenAPI 3.0.3 document with `operations` operations, shaped like Pinterest's: every four
 * operations form one resource (list with enum and paging query parameters, create with a request
 * body, get, delete), and each resource has six schemas — the resource with `$ref`s to shared and own
 * schemas, an enum, a `oneOf` media union with a `discriminator` and its `mapping`, a create body
 * and a paged list. The OAuth scheme is named `pinterest_oauth2` as in the pinned fragment, which the operation table needs.
 */
export function syntheticSpec(operations: number): OpenApiDocument {
  const paths: OpenApiDocument["paths"] = {};
  const schemas: Record<string, Record<string, unknown>> = { ...SHARED_SCHEMAS };
  const tags: { name: string }[] = [];
  for (let index = 0; index < operations; index++) {
    const resource = Math.floor(index / 4);
    const name = `Thing${resource}`;
    const tag = `things${resource}`;
    const collection = `/${tag}`;
    const item = `/${tag}/{thing_id}`;
    if (index % 4 === 0) {
      Object.assign(schemas, resourceSchemas(name));
      tags.push({ name: tag });
    }
    const path = index % 4 < 2 ? collection : item;
    paths[path] ??= {};
    const [method, operation] = operationOf(index % 4, name, tag);
    (paths[path] as Record<string, unknown>)[method] = operation;
  }
  return {
    openapi: "3.0.3",
    info: { title: `Synthetic API with ${operations} operations`, version: "1.0.0" },
    servers: [{ url: "https://api.example.com/v5" }],
    security: [{ pinterest_oauth2: ["things:read"] }],
    paths,
    components: { schemas, securitySchemes: SECURITY_SCHEMES },
    tags,
  };
}

const ref = (schema: string) => ({ $ref: `#/components/schemas/${schema}` });
const json = (schema: unknown) => ({ "application/json": { schema } });
const errorResponses = { default: { description: "Unexpected error", content: json(ref("Error")) } };

function operationOf(kind: number, name: string, tag: string): [string, Record<string, unknown>] {
  const idParameter = { name: "thing_id", in: "path", required: true, schema: { type: "string", pattern: "^\\d+$" } };
  switch (kind) {
    case 0:
      return [
        "get",
        {
          operationId: `list${name}`,
          summary: `List ${tag}`,
          tags: [tag],
          parameters: [
            { name: "bookmark", in: "query", schema: { type: "string" } },
            { name: "page_size", in: "query", schema: { type: "integer", minimum: 1, maximum: 250, default: 25 } },
            { name: "status", in: "query", schema: ref("Status") },
          ],
          responses: { "200": { description: "Success", content: json(ref(`${name}List`)) }, ...errorResponses },
        },
      ];
    case 1:
      return [
        "post",
        {
          operationId: `create${name}`,
          summary: `Create a ${name}`,
          tags: [tag],
          requestBody: { required: true, content: json(ref(`${name}Create`)) },
          responses: { "201": { description: "Created", content: json(ref(name)) }, ...errorResponses },
          security: [{ pinterest_oauth2: ["things:write"] }],
        },
      ];
    case 2:
      return [
        "get",
        {
          operationId: `get${name}`,
          summary: `Get a ${name}`,
          tags: [tag],
          parameters: [idParameter],
          responses: { "200": { description: "Success", content: json(ref(name)) }, ...errorResponses },
        },
      ];
    default:
      return [
        "delete",
        {
          operationId: `delete${name}`,
          summary: `Delete a ${name}`,
          tags: [tag],
          parameters: [idParameter],
          responses: { "204": { description: "Deleted" }, ...errorResponses },
          security: [{ pinterest_oauth2: ["things:write"] }],
        },
      ];
  }
}

function resourceSchemas(name: string): Record<string, Record<string, unknown>> {
  return {
    [name]: {
      type: "object",
      required: ["id", "status", "media"],
      properties: {
        id: { type: "string", pattern: "^\\d+$" },
        title: { type: "string", maxLength: 100, nullable: true },
        status: ref("Status"),
        owner: ref("Owner"),
        media: ref(`${name}Media`),
        created_at: { type: "string", format: "date-time" },
        tags: { type: "array", items: { type: "string" } },
      },
    },
    [`${name}Media`]: {
      oneOf: [ref(`${name}Image`), ref(`${name}Video`)],
      discriminator: {
        propertyName: "media_type",
        mapping: { image: ref(`${name}Image`).$ref, video: ref(`${name}Video`).$ref },
      },
    },
    [`${name}Image`]: {
      type: "object",
      required: ["media_type", "url"],
      properties: {
        media_type: { type: "string", enum: ["image"] },
        url: { type: "string", format: "uri" },
        width: { type: "integer" },
        height: { type: "integer" },
      },
    },
    [`${name}Video`]: {
      type: "object",
      required: ["media_type", "url"],
      properties: {
        media_type: { type: "string", enum: ["video"] },
        url: { type: "string", format: "uri" },
        duration_ms: { type: "integer", minimum: 0 },
      },
    },
    [`${name}Create`]: {
      type: "object",
      required: ["title", "media"],
      properties: { title: { type: "string", maxLength: 100 }, media: ref(`${name}Media`), status: ref("Status") },
    },
    [`${name}List`]: {
      type: "object",
      required: ["items"],
      properties: { items: { type: "array", items: ref(name) }, bookmark: { type: "string", nullable: true } },
    },
  };
}

const SHARED_SCHEMAS: Record<string, Record<string, unknown>> = {
  Error: {
    type: "object",
    required: ["code", "message"],
    properties: { code: { type: "integer" }, message: { type: "string" } },
  },
  Owner: {
    type: "object",
    required: ["username"],
    properties: { username: { type: "string" }, account_type: { type: "string", enum: ["PINNER", "BUSINESS"] } },
  },
  Status: { type: "string", enum: ["ACTIVE", "ARCHIVED", "DELETED"] },
};

const SECURITY_SCHEMES = {
  pinterest_oauth2: {
    type: "oauth2",
    flows: {
      authorizationCode: {
        authorizationUrl: "https://www.example.com/oauth/",
        tokenUrl: "https://api.example.com/v5/oauth/token",
        scopes: { "things:read": "See your things", "things:write": "Create, update, or delete your things" },
      },
    },
  },
};
