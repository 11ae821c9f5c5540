/** One error answer of the mock: HTTP status and Pinterest's `{ code, message }` body (Pinterest API v5 `Error`). */
export interface PinterestErrorAnswer {
  status: number;
  code: number;
  message: string;
}

/**
 * Every error the mock answers with on its own (faults aside). Codes and messages that Pinterest
 * documents are used verbatim (1, 2, 3, 29, 283); the others reuse the HTTP
 * status as `code`, as Pinterest's own user_account 403 example does.
 */
export const PINTEREST_ERRORS = {
  invalidRequestBody: { status: 400, code: 1, message: "Invalid request body" },
  invalidParameters: { status: 400, code: 1, message: "Invalid request parameters" },
  malformedRequest: { status: 400, code: 1, message: "Malformed request" },
  invalidScope: { status: 400, code: 1, message: "Invalid scope" },
  unknownClient: { status: 400, code: 1, message: "Unknown client_id" },
  redirectUriMismatch: { status: 400, code: 1, message: "redirect_uri does not match a registered redirect URI" },
  invalidGrant: { status: 400, code: 283, message: "The authorization grant is invalid" },
  authenticationFailed: { status: 401, code: 2, message: "Authentication failed." },
  notPermitted: { status: 403, code: 29, message: "You are not permitted to access that resource." },
  insufficientScopes: {
    status: 401,
    code: 3,
    message:
      "Your token does not have sufficient permissions to perform this operation. Please ensure your token is authorized with the correct set of scopes.",
  },
  notFound: { status: 404, code: 404, message: "Not found" },
  methodNotAllowed: { status: 405, code: 405, message: "Method not allowed" },
  payloadTooLarge: { status: 413, code: 413, message: "Request body too large (limit 64 KiB)" },
  unsupportedMediaType: {
    status: 415,
    code: 415,
    message: "Unsupported media type: send application/x-www-form-urlencoded",
  },
  headersTooLarge: { status: 431, code: 431, message: "Request header fields too large" },
  internal: { status: 500, code: 500, message: "Internal error of the mock" },
} as const satisfies Record<string, PinterestErrorAnswer>;

export type PinterestErrorName = keyof typeof PINTEREST_ERRORS;
