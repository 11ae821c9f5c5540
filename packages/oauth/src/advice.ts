// What to do about each error kind, appended to error messages. One constant per kind, so code
// that can fail in only a few ways (the browser's parseCallback) bundles only their texts.

export const INVALID_REQUEST = "Check the request parameters (redirect URI, scopes, grant) against the app settings.";
export const INVALID_CLIENT = "Check the app id and secret (developers.pinterest.com → My apps).";
export const INVALID_GRANT =
  "The authorization code or refresh token is invalid, expired, revoked or already used: send the user through authorization again.";
export const FORBIDDEN = "The app is not allowed to do this; check its access level and the scopes granted.";
export const RATE_LIMITED = "Too many requests: wait before trying again.";
export const SERVER_ERROR = "Pinterest had a problem; try again later.";
export const INVALID_RESPONSE =
  "The server's answer does not follow Pinterest's token format; check baseUrl points at Pinterest API v5.";
export const NETWORK = "The request did not complete; check connectivity to the Pinterest API.";
export const TIMEOUT = "No complete answer in time; the request may still have been processed.";
export const ABORTED = "The caller aborted the request.";
export const ACCESS_DENIED = "The user declined the authorization request.";
export const STATE_MISMATCH = "The callback does not belong to this authorization request; start it again (possible CSRF).";
export const PERSISTENCE_FAILED = "The new tokens are kept in memory; fix the token store so they survive a restart.";
