import type { components, operations } from "./generated/schema.js";

type Schemas = components["schemas"];

/** Body of `POST /oauth/token` for any grant (a union discriminated by `grant_type`). */
export type TokenRequest = Schemas["OauthAccessTokenRequest"];
/** `grant_type=authorization_code`: exchange an authorization code. */
export type AuthorizationCodeTokenRequest = Schemas["OauthAccessTokenRequestCode"];
/** `grant_type=refresh_token`: refresh an access token. */
export type RefreshTokenRequest = Schemas["OauthAccessTokenRequestRefresh"];
/** `grant_type=client_credentials`: a token for the app itself. */
export type ClientCredentialsTokenRequest = Schemas["OauthAccessTokenRequestClientCredentials"];

/** A successful `POST /oauth/token` response for any grant. */
export type TokenResponse = Schemas["OauthAccessTokenResponse"];
/** Response to an authorization_code request. */
export type AuthorizationCodeTokenResponse = Schemas["OauthAccessTokenResponseCode"];
/** Response to a refresh_token request (continuous refresh: a rotated refresh token). */
export type RefreshTokenResponse = Schemas["OauthAccessTokenResponseRefresh"];
/** Response to a client_credentials request. */
export type ClientCredentialsTokenResponse = Schemas["OauthAccessTokenResponseClientCredentials"];
/** Response of the integration refresh flow. */
export type IntegrationRefreshTokenResponse = Schemas["OauthAccessTokenResponseIntegrationRefresh"];

/** Body of `POST /oauth/token/revoke`. */
export type TokenRevocationRequest = Schemas["TokenRevocationRequest"];

/** Pinterest's error body: `{ code, message }`. */
export type PinterestError = Schemas["Error"];
/** `GET /user_account`. */
export type Account = Schemas["Account"];

/** A board (`GET /boards/{board_id}`, items of `GET /boards`). */
export type Board = Schemas["Board"];
/** Body of `POST /boards`. */
export type BoardCreate = Schemas["BoardCreate"];
/** Body of `PATCH /boards/{board_id}`. */
export type BoardUpdate = Schemas["BoardWithUpdatePrivacyUpdate"];
/** A board section (`GET /boards/{board_id}/sections`). */
export type BoardSection = Schemas["BoardSection"];
/** A Pin (`GET /pins/{pin_id}`, items of `GET /pins`). */
export type Pin = Schemas["Pin"];
/** Body of `POST /pins`. */
export type PinCreate = Schemas["PinCreate"];
/** Body of `PATCH /pins/{pin_id}`. */
export type PinUpdate = Schemas["PinUpdate"];
/** `media_source` of `POST /pins`: a union discriminated by `source_type`. */
export type PinMediaSource = Schemas["PinMediaSource"];
/** A media upload's processing state (`GET /media/{media_id}`, items of `GET /media`). */
export type Media = Schemas["Media"];
/** Body of `POST /media` (register a video upload). */
export type MediaUploadCreate = Schemas["MediaUploadCreate"];
/** Response of `POST /media`: the upload URL and the S3 POST policy fields. */
export type MediaUpload = Schemas["MediaUpload"];
/** `status` of a media upload. */
export type MediaUploadStatus = Schemas["MediaUploadStatus"];

/** Operations of the pinned fragment, by operationId. */
export type PinterestOperations = operations;
