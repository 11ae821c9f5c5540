import type { ServerResponse } from "node:http";
import { send } from "../http/respond.js";
import type { Fault } from "./fault.js";
import { faultBody, invalidSuccessBody, successLikeBody } from "./fault-bodies.js";

/**
 * Answer a request with a fault, without processing it: no code is spent and no token issued.
 * `delay` is not handled here (the caller waits, then answers normally).
 */
export function applyFault(fault: Exclude<Fault, { type: "delay" }>, path: string, response: ServerResponse): void {
  switch (fault.type) {
    case "drop":
      response.socket?.destroy();
      response.destroy();
      return;
    case "status": {
      const body = faultBody(fault.body ?? "pinterest", fault);
      send(response, fault.status, body.text, { ...contentType(body.contentType), ...fault.headers });
      return;
    }
    case "rate-limit": {
      const body = faultBody(fault.body ?? "pinterest", { status: 429 });
      send(response, 429, body.text, {
        ...contentType(body.contentType),
        "Retry-After": String(fault.retryAfterSeconds ?? 1),
        ...fault.headers,
      });
      return;
    }
    case "malformed-json": {
      const text = JSON.stringify(successLikeBody(path));
      send(response, 200, text.slice(0, Math.floor(text.length / 2)), { "Content-Type": "application/json" });
      return;
    }
    case "wrong-content-type":
      send(response, 200, JSON.stringify(successLikeBody(path)), { "Content-Type": fault.contentType ?? "text/html" });
      return;
    case "invalid-success":
      send(response, 200, JSON.stringify(invalidSuccessBody(path, fault.variant ?? "missing-fields")), {
        "Content-Type": "application/json",
      });
      return;
  }
}

function contentType(value: string | undefined): Record<string, string> {
  return value === undefined ? {} : { "Content-Type": value };
}
