import { createPinterestOAuth } from "@pinterest-kit/oauth";
import { OAuth2Client } from "arctic";

/** The app and grant values every contender sends; test values, never real credentials. */
export const APP = {
  clientId: "1500000",
  clientSecret: "bench-client-secret",
  redirectUri: "http://127.0.0.1/callback",
  code: "bench-authorization-code",
  refreshToken: "pinr_BENCHREFRESHTOKEN0123456789",
} as const;

/** One way of calling the token endpoint: both grants, each resolving once the tokens are parsed. */
export interface Contender {
  name: string;
  exchangeCode(): Promise<unknown>;
  refreshToken(): Promise<unknown>;
}

/** `@pinterest-kit/oauth` as an app uses it: one `createPinterestOAuth`, then calls with defaults (timeout, retries). */
export function oursContender(baseUrl: string): Contender {
  const oauth = createPinterestOAuth({
    clientId: APP.clientId,
    clientSecret: APP.clientSecret,
    redirectUri: APP.redirectUri,
    baseUrl,
  });
  return {
    name: "@pinterest-kit/oauth",
    exchangeCode: () => oauth.exchangeCode(APP.code),
    refreshToken: () => oauth.refreshToken(APP.refreshToken),
  };
}

/**
 * The floor: one hand-written `fetch` per call sending the same bytes as ours (same header lines in
 * the same order, same body; the suite checks), and `response.json()` on a 2xx.
 */
export function rawFetchContender(baseUrl: string): Contender {
  const url = `${baseUrl}/oauth/token`;
  const authorization = `Basic ${btoa(`${APP.clientId}:${APP.clientSecret}`)}`;
  const post = async (body: string) => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Authorization: authorization },
      body,
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json();
  };
  return {
    name: "raw fetch",
    exchangeCode: () =>
      post(new URLSearchParams({ grant_type: "authorization_code", code: APP.code, redirect_uri: APP.redirectUri }).toString()),
    refreshToken: () => post(new URLSearchParams({ grant_type: "refresh_token", refresh_token: APP.refreshToken }).toString()),
  };
}

/** arctic's generic `OAuth2Client` (v3), the leanest peer: Basic client authentication, token endpoint passed per call. */
export function arcticContender(baseUrl: string): Contender {
  const url = `${baseUrl}/oauth/token`;
  const client = new OAuth2Client(APP.clientId, APP.clientSecret, APP.redirectUri);
  return {
    name: "arctic OAuth2Client",
    exchangeCode: () => client.validateAuthorizationCode(url, APP.code, null),
    refreshToken: () => client.refreshAccessToken(url, APP.refreshToken, []),
  };
}
