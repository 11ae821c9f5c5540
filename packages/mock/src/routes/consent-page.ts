import { MOCK_ACCOUNT } from "../account.js";
import { htmlEscape } from "../http/html-escape.js";
import { SCOPE_DESCRIPTIONS } from "../scopes.js";

export interface ConsentPageParams {
  appName: string;
  clientId: string;
  redirectUri: string;
  scopes: readonly string[];
  state: string;
}

/**
 * The consent page of `GET /oauth/`: app name, requested scopes, where the answer goes, and a form
 * that posts the request back with the button pressed (`#approve` or `#deny`). Everything taken
 * from the request or the options is HTML-escaped; the page loads nothing and runs no script.
 */
export function consentPage(params: ConsentPageParams): string {
  const app = htmlEscape(params.appName);
  const hidden = (name: string, value: string) => `<input type="hidden" name="${name}" value="${htmlEscape(value)}">`;
  const scopes = params.scopes
    .map((scope) => `<li><code>${htmlEscape(scope)}</code> ${htmlEscape(SCOPE_DESCRIPTIONS[scope] ?? "")}</li>`)
    .join("\n      ");
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Authorize ${app} · Pinterest (mock)</title>
  <style>
    body { font-family: system-ui, sans-serif; max-width: 32rem; margin: 3rem auto; padding: 0 1rem; color: #111; }
    h1 { font-size: 1.4rem; } li { margin: .3rem 0; } code { background: #f1f1f1; padding: 0 .2rem; }
    button { font-size: 1rem; padding: .6rem 1.4rem; border-radius: 1.5rem; border: 0; margin-right: .5rem; cursor: pointer; }
    #approve { background: #e60023; color: #fff; } #deny { background: #e9e9e9; }
  </style>
</head>
<body>
  <main>
    <p>Pinterest mock · signed in as <strong>${htmlEscape(MOCK_ACCOUNT.username)}</strong></p>
    <h1 id="app-name">${app} wants to access your Pinterest account</h1>
    <p>It asks for:</p>
    <ul id="scopes">
      ${scopes}
    </ul>
    <p>Your answer goes to <code id="redirect-uri">${htmlEscape(params.redirectUri)}</code>.</p>
    <form method="post" action="/oauth/">
      ${hidden("client_id", params.clientId)}
      ${hidden("redirect_uri", params.redirectUri)}
      ${hidden("response_type", "code")}
      ${hidden("scope", params.scopes.join(","))}
      ${hidden("state", params.state)}
      <button type="submit" id="approve" name="decision" value="approve">Approve</button>
      <button type="submit" id="deny" name="decision" value="deny">Deny</button>
    </form>
  </main>
</body>
</html>
`;
}
