import type { IncomingHttpHeaders, ServerResponse } from "node:http";
import type { ParsedForm } from "./http/form.js";
import type { MockClient, ResolvedOptions } from "./options.js";
import type { PinterestValidators } from "./schema/validators.js";
import type { AccountState } from "./state/account-state.js";
import type { TokenStore } from "./store/token-store.js";
import type { UploadSigner } from "./uploads/upload-policy.js";

/** What every route handler shares: the options, the stores and the clock. */
export interface MockContext {
  readonly options: ResolvedOptions;
  readonly store: TokenStore;
  /** The account the API operations read and write (replaced whole by `mock.reset`). */
  readonly state: AccountState;
  readonly uploads: UploadSigner;
  /** `http://127.0.0.1:PORT`, known once the server listens. */
  readonly origin: () => string;
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
  /** A `media-failed` fault took this (upload) request: the media's processing will fail. */
  readonly mediaFailed?: boolean;
}

export type RouteHandler = (request: MockRequest, response: ServerResponse, context: MockContext) => void;
