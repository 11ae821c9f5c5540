import type { IncomingHttpHeaders, ServerResponse } from "node:http";
import type { ParsedForm } from "./http/form.js";
import type { MockClient, ResolvedOptions } from "./options.js";
import type { PinterestValidators } from "./schema/validators.js";
import type { TokenStore } from "./store/token-store.js";

/** What every route handler shares: the options, the store and the clock. */
export interface MockContext {
  readonly options: ResolvedOptions;
  readonly store: TokenStore;
  readonly validators: PinterestValidators;
  readonly now: () => number;
  readonly findClient: (clientId: string) => Readonly<Required<MockClient>> | undefined;
}

/** A request whose body has been read. */
export interface MockRequest {
  readonly method: string;
  /** Path without query, as sent (not decoded). */
  readonly path: string;
  /** Query string without "?", as sent. */
  readonly search: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  /** The body parsed as a form, when the request declares one. */
  readonly form: ParsedForm | undefined;
}

export type RouteHandler = (request: MockRequest, response: ServerResponse, context: MockContext) => void;
