/**
 * The minimal token endpoint of the request-overhead suite, run in its own process so that its work
 * never shares the client's event loop: every POST gets the same valid token response. It keeps the
 * last request as received (raw header lines in order, body) and shows it at `GET /last-request`,
 * so the suite can check that two clients sent the same bytes, and counts token requests
 * (`GET /token-requests`) for the fan-in suite.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** A valid Pinterest token response (the fields `OauthAccessTokenResponse` requires, plus a refresh token). */
export const TOKEN_RESPONSE = JSON.stringify({
  access_token: "pina_BENCHACCESSTOKEN0123456789",
  refresh_token: "pinr_BENCHREFRESHTOKEN0123456789",
  response_type: "authorization_code",
  token_type: "bearer",
  expires_in: 2592000,
  refresh_token_expires_in: 5184000,
  scope: "boards:read,pins:read,user_accounts:read",
});

export interface RecordedTokenRequest {
  method: string;
  url: string;
  rawHeaders: string[];
  body: string;
}

let last: RecordedTokenRequest | undefined;
let tokenRequests = 0;

const server = createServer((request, response) => {
  if (request.method === "GET" && request.url === "/last-request") {
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(last ?? null));
    return;
  }
  if (request.method === "GET" && request.url === "/token-requests") {
    response.writeHead(200, { "content-type": "application/json" }).end(String(tokenRequests));
    return;
  }
  tokenRequests++;
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    last = {
      method: request.method ?? "",
      url: request.url ?? "",
      rawHeaders: request.rawHeaders,
      body: Buffer.concat(chunks).toString("utf8"),
    };
    response.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(TOKEN_RESPONSE) });
    response.end(TOKEN_RESPONSE);
  });
});

server.listen(0, "127.0.0.1", () => {
  process.send?.({ port: (server.address() as AddressInfo).port });
});
process.on("disconnect", () => server.close(() => process.exit(0)));
