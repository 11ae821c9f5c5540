import { pinterestApiError } from "./errors/from-result.js";
import { transportError } from "./errors/transport-error.js";

/** What an openapi-fetch call resolves to. */
interface CallResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** The `data` of a successful call: what `unwrap` resolves with. */
export type SuccessData<R extends CallResult> = R extends { error?: never } ? R["data"] : never;

/**
 * The data-or-throw form of a call (hey-api's `throwOnError`, openapi-fetch's "throw in your own
 * wrapper" advice): `await unwrap(client.GET("/boards/{board_id}", { params }))` resolves with
 * `data`, typed by the spec's 2xx schema, or rejects with {@link PinterestApiError} (the spec's
 * `Error` body, `x-pinterest-rid`, `Retry-After`), also for a call that got no response.
 */
export async function unwrap<R extends CallResult>(call: Promise<R>): Promise<SuccessData<R>> {
  let result: R;
  try {
    result = await call;
  } catch (thrown) {
    throw transportError(thrown);
  }
  if (!result.response.ok) throw pinterestApiError(result);
  return result.data as SuccessData<R>;
}
