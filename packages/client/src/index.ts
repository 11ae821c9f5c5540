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
export { type BareClientOptions, createBareClient, type PinterestClient } from "./bare-client.js";
export type { PinterestCallOptions, PinterestClientOptions } from "./client-options.js";
export { createPinterestClient } from "./create-client.js";
export { PINTEREST_SANDBOX_URL, type PinterestEnvironment } from "./environments.js";
export { type ErrorContext, type FailedResult, pinterestApiError } from "./errors/from-result.js";
export {
  API_ERROR_ADVICE,
  PinterestApiError,
  type PinterestApiErrorDetails,
  type PinterestApiErrorKind,
} from "./errors/pinterest-api-error.js";
export { type FormValue, formUrlEncode } from "./form-body.js";
export {
  PINTEREST_API_VERSION,
  PINTEREST_AUTHORIZATION_URL,
  PINTEREST_FORM_OPERATIONS,
  PINTEREST_OPERATIONS,
  PINTEREST_SCOPE_DESCRIPTIONS,
  PINTEREST_SCOPES,
  PINTEREST_SERVER_URL,
  type PinterestOperationId,
  type PinterestScope,
} from "./generated/operations.js";
export type { components, operations, paths } from "./generated/schema.js";
export { MediaUploadError, type MediaUploadErrorDetails, type MediaUploadErrorKind } from "./media/media-upload-error.js";
export { uploadMedia } from "./media/upload-media.js";
export type { MediaProcessingStatus, MediaUploadProgress, UploadMediaOptions } from "./media/upload-options.js";
export type { Page, PageBody, PagedPath, PageItem, PaginateArgs, PaginateInit, PaginateParams } from "./paginate/paged-paths.js";
export { MAX_PAGE_SIZE, type Pagination, paginate } from "./paginate/paginate.js";
export type { RetryOptions } from "./retry/retry-options.js";
export { type SuccessData, unwrap } from "./unwrap.js";
