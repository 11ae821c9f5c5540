import { STATUS_CODES } from "node:http";
import { MOCK_ACCOUNT } from "../account.js";
import type { FaultBody } from "./fault.js";

/**
 * Pinterest `{code,message}` defaults by status: the codes the pinned spec or the issue documents;
 * other statuses (and 429, whose Pinterest code the fragment does not document) use the status as
 * code and its reason phrase as message.
 */
const PINTEREST_DEFAULTS: Record<number, { code: number; message: string }> = {
  400: { code: 1, message: "Invalid request body" },
  401: { code: 2, message: "Authentication failed." },
  403: { code: 29, message: "You are not permitted to access that resource." },
  429: { code: 429, message: "Too many requests. Try again later." },
};

/** RFC 6749 §5.2 `error` defaults by status. */
function rfcError(status: number): string {
  if (status === 401) return "invalid_client";
  if (status === 403) return "unauthorized_client";
  if (status === 429 || status === 503) return "temporarily_unavailable";
  if (status >= 500) return "server_error";
  return "invalid_request";
}

export interface FaultBodyParams {
  status: number;
  code?: number | undefined;
  message?: string | undefined;
  error?: string | undefined;
  errorDescription?: string | undefined;
}

/** The body text and content type of a `status` or `rate-limit` fault. */
export function faultBody(style: FaultBody, params: FaultBodyParams): { text: string; contentType?: string } {
  const reason = STATUS_CODES[params.status] ?? "Error";
  if (typeof style === "object") return style.contentType === undefined ? { text: style.text } : style;
  switch (style) {
    case "pinterest": {
      const fallback = PINTEREST_DEFAULTS[params.status] ?? { code: params.status, message: reason };
      const body = { code: params.code ?? fallback.code, message: params.message ?? fallback.message };
      return { text: JSON.stringify(body), contentType: "application/json" };
    }
    case "rfc": {
      const body = { error: params.error ?? rfcError(params.status), error_description: params.errorDescription ?? reason };
      return { text: JSON.stringify(body), contentType: "application/json" };
    }
    case "html":
      return {
        text: `<html>\r\n<head><title>${params.status} ${reason}</title></head>\r\n<body>\r\n<center><h1>${params.status} ${reason}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`,
        contentType: "text/html",
      };
    case "empty":
      return { text: "" };
  }
}

/**
 * A body that looks like the success answer of `path` but is made up: faults never touch the
 * store, so the token in it is not one the mock accepts.
 */
export function successLikeBody(path: string): Record<string, unknown> {
  if (path === "/v5/user_account") return { ...MOCK_ACCOUNT };
  return {
    access_token: "pina_fault-injected-not-a-real-token",
    token_type: "bearer",
    expires_in: 2592000,
    scope: "user_accounts:read",
    response_type: "client_credentials",
  };
}

/** A 200 body that breaks the response schema of `path`. */
export function invalidSuccessBody(path: string, variant: "missing-fields" | "wrong-types"): Record<string, unknown> {
  if (path === "/v5/user_account") {
    // Account declares no required field, so both variants break types.
    return { id: 2783136121, username: false, account_type: "ROBOT" };
  }
  if (variant === "missing-fields") return { token_type: "bearer", scope: "user_accounts:read" };
  return { access_token: 12345, token_type: "bearer", expires_in: "2592000", scope: ["user_accounts:read"] };
}
