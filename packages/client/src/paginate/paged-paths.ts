import type { PinterestCallOptions } from "../client-options.js";
import type { paths } from "../generated/schema.js";

/** `{}`: an object type every object without required keys extends. */
type NoKeys = Record<never, never>;

type GetOperation<P extends keyof paths> = paths[P] extends { get: infer O } ? O : never;
type Parameters<P extends keyof paths> = GetOperation<P> extends { parameters: infer Q } ? Q : never;
type Query<P extends keyof paths> = Parameters<P> extends { query?: infer Q } ? NonNullable<Q> : never;

/** Every path whose GET takes a `bookmark` query parameter (Pinterest's cursor paging), from the generated `paths`. */
export type PagedPath = {
  [P in keyof paths]: "bookmark" extends keyof Query<P> ? P : never;
}[keyof paths];

/** The JSON body of a page of `P`: `{ items, bookmark? }` as the spec declares it. */
export type PageBody<P extends PagedPath> =
  GetOperation<P> extends {
    responses: { 200: { content: { "application/json": infer B } } };
  }
    ? B
    : never;

/** One item of a page of `P`, from the response schema's `items`. */
export type PageItem<P extends PagedPath> = PageBody<P> extends { items?: readonly (infer I)[] | null } ? I : never;

/** The query of `P` without the parameters `paginate` owns (`bookmark`, `page_size`). */
type OwnQuery<P extends PagedPath> = Omit<Query<P>, "bookmark" | "page_size">;

/** `params` of a paged call: its path parameters and its query, without `bookmark` and `page_size`. */
export type PaginateParams<P extends PagedPath> = Pick<Parameters<P>, Extract<keyof Parameters<P>, "path">> &
  (NoKeys extends OwnQuery<P> ? { query?: OwnQuery<P> } : { query: OwnQuery<P> });

/** Options of `paginate`. */
export type PaginateInit<P extends PagedPath> = PinterestCallOptions & {
  /** Items per page, 1–250; default: none sent, so Pinterest's default (25) applies. */
  pageSize?: number;
  /** Stop after this many items, without fetching another page. */
  limit?: number;
  /** Aborts the page in flight and stops the iteration. */
  signal?: AbortSignal;
  /** Headers of every page request. */
  headers?: Record<string, string>;
} & (NoKeys extends PaginateParams<P> ? { params?: PaginateParams<P> } : { params: PaginateParams<P> });

/** The `init` argument of `paginate`: required when the path or query has required parameters. */
export type PaginateArgs<P extends PagedPath> =
  NoKeys extends PaginateInit<P> ? [init?: PaginateInit<P>] : [init: PaginateInit<P>];

/** One page, as `paginate(...).pages()` yields it. */
export interface Page<T> {
  items: T[];
  /** The bookmark of the next page; `null` on the last one. */
  bookmark: string | null;
  response: Response;
}
