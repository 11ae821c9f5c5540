import openapiTS, { astToString, type OpenAPI3 } from "openapi-typescript";
import type { OpenApiDocument } from "../shared/openapi.js";
import { keepRequestDefaultsOptional } from "./request-defaults-optional.js";

/** `paths`, `components` and `operations` types for openapi-fetch, by openapi-typescript's Node API. */
export async function emitSchemaTypes(document: OpenApiDocument): Promise<string> {
  const ast = await openapiTS(document as unknown as OpenAPI3, {
    alphabetize: false,
    silent: true,
    transformProperty: keepRequestDefaultsOptional(document),
  });
  return astToString(ast);
}
