import type { PinterestClient } from "../bare-client.js";
import { pinterestApiError } from "../errors/from-result.js";
import { API_ERROR_ADVICE, PinterestApiError } from "../errors/pinterest-api-error.js";
import { transportError } from "../errors/transport-error.js";
import { PINTEREST_OPERATIONS } from "../generated/operations.js";
import { assertOptionalSignal, assertOptionsObject } from "../validate.js";
import { itemsOf } from "./page-items.js";
import type { Page, PagedPath, PageItem, PaginateArgs, PaginateInit } from "./paged-paths.js";

/** Pinterest's `page_size` bounds (Pinterest API v5, `page_size` parameter: 1–250, default 25). */
export const MAX_PAGE_SIZE = 250;

let pagedPaths: ReadonlySet<string> | undefined;

/**
 * Whether the generated table marks the GET of `path` as paged (takes `bookmark`). Built on first
 * use, not at import: nothing runs at the top of the module, so a bundler drops it, and the table,
 * from an app that never pages.
 */
function isPagedPath(path: string): boolean {
  pagedPaths ??= new Set(
    Object.values(PINTEREST_OPERATIONS)
      .filter((operation) => operation.method === "GET" && operation.paginated)
      .map((operation) => operation.path),
  );
  return pagedPaths.has(path);
}

/** The items of every page of a paged operation, and its `pages()`. */
export interface Pagination<T> extends AsyncIterable<T> {
  /** Each page as `{ items, bookmark, response }`; `limit` still applies. */
  pages(): AsyncIterable<Page<T>>;
}

type LooseGet = (path: string, init: Record<string, unknown>) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/**
 * Every item of a paged operation (one whose GET takes Pinterest's `bookmark` cursor): requests
 * page after page, passing each `bookmark` back exactly, until it is null or absent, `limit` items
 * were yielded, or `signal` aborts. A path that does not page does not compile; bad `pageSize` or
 * `limit` is a TypeError before any request. A failed page throws {@link PinterestApiError} with
 * `itemsYielded`; a bookmark the server already sent throws one too, instead of looping.
 */
export function paginate<P extends PagedPath>(
  client: PinterestClient,
  path: P,
  ...[init]: PaginateArgs<P>
): Pagination<PageItem<P>> {
  const options: PaginateInit<P> = init ?? ({} as PaginateInit<P>);
  assertOptionsObject(init, "paginate(client, path, init)");
  if (typeof client?.GET !== "function")
    throw new TypeError("paginate(client, path) needs a client from createPinterestClient().");
  if (!isPagedPath(path)) {
    throw new TypeError(`paginate: GET ${String(path)} does not page (it takes no bookmark); call client.GET() instead.`);
  }
  const {
    pageSize,
    limit = Infinity,
    signal,
    params,
    ...callOptions
  } = options as PaginateInit<P> & {
    params?: { query?: Record<string, unknown> };
  };
  if (pageSize !== undefined && !(Number.isInteger(pageSize) && pageSize >= 1 && pageSize <= MAX_PAGE_SIZE)) {
    throw new TypeError(`paginate options.pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}, got ${String(pageSize)}.`);
  }
  if (limit !== Infinity && !(Number.isInteger(limit) && limit >= 0)) {
    throw new TypeError(`paginate options.limit must be a whole number ≥ 0, got ${String(limit)}.`);
  }
  assertOptionalSignal(signal, "paginate options.signal");
  const operation = `GET ${path}`;
  const get = client.GET as unknown as LooseGet;

  async function* pages(): AsyncGenerator<Page<PageItem<P>>> {
    const sent = new Set<string>();
    let bookmark: string | undefined;
    let yielded = 0;
    while (yielded < limit) {
      const query = {
        ...params?.query,
        ...(pageSize === undefined ? {} : { page_size: pageSize }),
        ...(bookmark ? { bookmark } : {}),
      };
      let result: Awaited<ReturnType<LooseGet>>;
      try {
        result = await get(path, { ...callOptions, params: { ...params, query }, ...(signal ? { signal } : {}) });
      } catch (thrown) {
        throw transportError(thrown, { operation, callerAborted: signal?.aborted === true }).withItemsYielded(yielded);
      }
      if (!result.response.ok) throw pinterestApiError(result, { operation }).withItemsYielded(yielded);
      const body = result.data as { items?: unknown; bookmark?: unknown } | undefined;
      if (!Array.isArray(body?.items)) throw invalidPage(operation, "has no items array", yielded);
      const next = typeof body.bookmark === "string" && body.bookmark !== "" ? body.bookmark : null;
      const items = (yielded + body.items.length > limit ? body.items.slice(0, limit - yielded) : body.items) as PageItem<P>[];
      yielded += items.length;
      yield { items, bookmark: next, response: result.response };
      if (next === null) return;
      if (sent.has(next)) throw invalidPage(operation, "repeats a bookmark it already sent (the paging would loop)", yielded);
      sent.add(next);
      bookmark = next;
    }
  }

  return {
    pages,
    [Symbol.asyncIterator]: () => itemsOf(pages()),
  };
}

function invalidPage(operation: string, what: string, itemsYielded: number): PinterestApiError {
  return new PinterestApiError(`${operation}: a page ${what}. ${API_ERROR_ADVICE.invalid_response}`, {
    kind: "invalid_response",
    operation,
  }).withItemsYielded(itemsYielded);
}
