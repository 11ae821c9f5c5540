export type { PinterestScope } from "@pinterest-kit/client";
export { type AuthorizationUrlOptions, buildAuthorizationUrl, type PublicAuthorizationUrlOptions } from "./authorization-url.js";
export type { ClientCredentialsOptions } from "./client-credentials.js";
export { createPinterestOAuth, type PinterestOAuth, type PinterestOAuthOptions } from "./create-pinterest-oauth.js";
export { createState } from "./create-state.js";
export {
  PinterestOAuthError,
  type PinterestOAuthErrorDetails,
  type PinterestOAuthErrorKind,
  type PinterestOAuthOperation,
} from "./errors.js";
export type { ExchangeCodeOptions } from "./exchange-code.js";
export { type AuthorizationCallback, parseCallback } from "./parse-callback.js";
export type { RefreshTokenOptions } from "./refresh-token.js";
export type { RetryOptions } from "./retry.js";
export type { RevokeTokenOptions } from "./revoke-token.js";
export { createSession, type SessionOptions, type TokenSession } from "./session/create-session.js";
export type { Middleware, MiddlewareOptions } from "./session/middleware.js";
export type { Release } from "./session/mutex.js";
export { aesGcmCipher, type TokenCipher } from "./session/token-cipher.js";
export { memoryStore, type TokenStore } from "./session/token-store.js";
export { type TokenResponseType, TokenSet, type TokenSetJSON } from "./token-set.js";
