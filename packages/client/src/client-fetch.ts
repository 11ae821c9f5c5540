import type { PinterestClient } from "./create-client.js";

type Fetch = (input: Request) => Promise<Response>;

const configuredFetch = new WeakMap<object, Fetch>();

/** Remember the `fetch` a client was created with, for requests that must bypass its middleware. */
export function rememberClientFetch(client: object, fetch: Fetch | undefined): void {
  if (fetch) configuredFetch.set(client, fetch);
}

/**
 * The `fetch` given to `createPinterestClient({ fetch })`, or the global one: for requests to hosts
 * other than Pinterest's API (the media upload host), which must not carry the client's headers or
 * pass through its middleware (`Authorization`).
 */
export function clientFetch(client: PinterestClient): Fetch {
  return configuredFetch.get(client) ?? ((input) => globalThis.fetch(input));
}

/** Whether the client was given its own `fetch` (which may not stream request bodies the way Node's does). */
export function hasConfiguredFetch(client: PinterestClient): boolean {
  return configuredFetch.has(client);
}
