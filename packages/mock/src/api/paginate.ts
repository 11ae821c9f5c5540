import { type ApiAnswer, invalidParameters } from "./answers.js";

/** Pinterest's default and largest page (the `page_size` parameter, 1–250). */
export const DEFAULT_PAGE_SIZE = 25;

/** One page of a list, as every paged Pinterest response carries it (`Paginated`). */
export interface Page<T> {
  items: T[];
  bookmark: string | null;
}

const TAG = "pk1:";

/**
 * Cut a page from `items` at the opaque `bookmark` of the previous page, `page_size` (or the
 * operation's `limit`) long; the last page has `bookmark: null`. A bookmark the mock did not
 * issue is a 400, as Pinterest answers one it cannot read.
 */
export function paginate<T>(
  items: readonly T[],
  query: Record<string, unknown>,
  defaultSize = DEFAULT_PAGE_SIZE,
): Page<T> | ApiAnswer {
  const size =
    typeof query.page_size === "number" ? query.page_size : typeof query.limit === "number" ? query.limit : defaultSize;
  let offset = 0;
  if (typeof query.bookmark === "string") {
    const decoded = decodeBookmark(query.bookmark);
    if (decoded === undefined) return invalidParameters("bookmark is not one this server issued");
    offset = decoded;
  }
  const end = offset + size;
  return { items: items.slice(offset, end), bookmark: end < items.length ? encodeBookmark(end) : null };
}

export function isPage<T>(value: Page<T> | ApiAnswer): value is Page<T> {
  return "items" in value;
}

function encodeBookmark(offset: number): string {
  return Buffer.from(`${TAG}${offset}`, "utf8").toString("base64url");
}

function decodeBookmark(bookmark: string): number | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(bookmark)) return undefined;
  const text = Buffer.from(bookmark, "base64url").toString("utf8");
  if (!text.startsWith(TAG)) return undefined;
  const offset = text.slice(TAG.length);
  return /^\d{1,9}$/.test(offset) ? Number(offset) : undefined;
}

/** A 200 answer of one page, each item passed through `view` (only the page's items are viewed). */
export function pagedAnswer<T>(
  items: readonly T[],
  query: Record<string, unknown>,
  view: (item: T) => unknown = (item) => item,
  defaultSize = DEFAULT_PAGE_SIZE,
): ApiAnswer {
  const page = paginate(items, query, defaultSize);
  if (!isPage(page)) return page;
  return { status: 200, body: { items: page.items.map(view), bookmark: page.bookmark } };
}
