export type {
  Account,
  AuthorizationCodeTokenRequest,
  AuthorizationCodeTokenResponse,
  Board,
  BoardCreate,
  BoardSection,
  BoardUpdate,
  ClientCredentialsTokenRequest,
  ClientCredentialsTokenResponse,
  IntegrationRefreshTokenResponse,
  Media,
  MediaUpload,
  MediaUploadCreate,
  MediaUploadStatus,
  Pin,
  PinCreate,
  PinMediaSource,
  PinterestError,
  PinterestOperations,
  PinUpdate,
  RefreshTokenRequest,
  RefreshTokenResponse,
  TokenRequest,
  TokenResponse,
  TokenRevocationRequest,
} from "./aliases.js";
export type { PinterestClientOptions } from "./client-options.js";
export { createPinterestClient, type PinterestClient } from "./create-client.js";
export { type FormValue, formUrlEncode } from "./form-body.js";
export {
  PINTEREST_API_VERSION,
  PINTEREST_AUTHORIZATION_URL,
  PINTEREST_OPERATIONS,
  PINTEREST_SCOPE_DESCRIPTIONS,
  PINTEREST_SCOPES,
  PINTEREST_SERVER_URL,
  type PinterestOperationId,
  type PinterestScope,
} from "./generated/operations.js";
export type { components, operations, paths } from "./generated/schema.js";
