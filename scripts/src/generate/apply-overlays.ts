import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { type OpenAPIOverlayAction, openapiOverlay, resolveJsonPath } from "openapi-format";
import { parse as parseYaml } from "yaml";
import type { OpenApiDocument } from "../shared/openapi.js";

/** An OpenAPI Overlay 1.0 document (https://spec.openapis.org/overlay/v1.0.0) and the file it came from. */
export interface OverlayFile {
  file: string;
  overlay: string;
  info?: { title?: string; version?: string };
  actions: OpenAPIOverlayAction[];
}

/** Read every `*.yaml` overlay of a folder, in file-name order so that the result is stable. */
export async function readOverlays(dir: string, displayDir = "spec/overlays"): Promise<OverlayFile[]> {
  const names = (await readdir(dir)).filter((name) => /\.ya?ml$/.test(name)).sort();
  return Promise.all(
    names.map(async (name) => {
      const file = `${displayDir}/${name}`;
      const parsed = parseYaml(await readFile(join(dir, name), "utf8")) as Partial<OverlayFile> | null;
      if (!parsed || typeof parsed.overlay !== "string" || !Array.isArray(parsed.actions)) {
        throw new Error(`${file} is not an OpenAPI Overlay: it needs an "overlay" version and an "actions" list.`);
      }
      return { ...parsed, file, overlay: parsed.overlay, actions: parsed.actions };
    }),
  );
}

/**
 * Apply overlays one action at a time (Overlay 1.0 §4.4: actions run in order). An action whose
 * target matches nothing means the upstream spec moved under it, so generation stops and names it
 * rather than silently producing types without the correction.
 */
export async function applyOverlays(fragment: OpenApiDocument, overlays: readonly OverlayFile[]): Promise<OpenApiDocument> {
  let document = structuredClone(fragment);
  for (const { file, overlay, info, actions } of overlays) {
    for (const [index, action] of actions.entries()) {
      if (resolveJsonPath(document, action.target).length === 0) {
        throw new Error(
          `${file}: action ${index + 1} (target ${action.target}) matches nothing in the pinned fragment ` +
            `(Pinterest API ${fragment.info.version}). The upstream schema changed: update or remove this action, then run pnpm generate.`,
        );
      }
      const result = await openapiOverlay(document, { overlaySet: { overlay, info, actions: [action] } });
      document = result.data as OpenApiDocument;
    }
  }
  return document;
}
