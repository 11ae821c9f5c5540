import { parseArgs } from "node:util";
import { createPinterestOAuth, createState } from "@pinterest-kit/oauth";
import { fileStore } from "@pinterest-kit/oauth/file-store";
import { clientCredentialsFromEnv, endpointsFromEnv } from "../environment.js";
import { resolveLoginSettings } from "../login-options.js";
import { startLoopbackRedirect } from "../loopback-redirect.js";
import { openBrowser } from "../open-browser.js";
import { DEFAULT_TOKEN_FILE } from "../signed-in-client.js";
import { printTokenSummary } from "../token-summary.js";
import { UsageError, usageErrorFrom } from "../usage-error.js";

export const LOGIN_HELP = `Usage: pinterest-kit login [options]

Signs a Pinterest user in with the authorization-code flow and writes the tokens to a file
(mode 0600). Reads PINTEREST_CLIENT_ID and PINTEREST_CLIENT_SECRET from the environment.
Register http://localhost:<port>/ as a redirect URI of your app first.

  --scopes a,b            scopes to ask for (default: user_accounts:read)
  --port 8085             port of the local redirect server (default: 8085)
  --redirect-uri URL      redirect URI to send, http://localhost:<port>/… (default: http://localhost:<port>/)
  --out FILE              token file to write (default: pinterest-token.json)
  --continuous-refresh    send continuous_refresh=true (apps created before 2025-09-25)
  --open                  open the authorize URL in the default browser
  --timeout SECONDS       how long to wait for the browser (default: 300)
  -h, --help

PINTEREST_API_BASE_URL and PINTEREST_AUTHORIZE_URL point it at another server (pinterest-kit mock).`;

/** `pinterest-kit login`: authorize in a browser, catch the redirect on loopback, exchange the code. */
export async function login(argv: string[]): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        scopes: { type: "string", default: "user_accounts:read" },
        port: { type: "string" },
        "redirect-uri": { type: "string" },
        out: { type: "string", default: DEFAULT_TOKEN_FILE },
        "continuous-refresh": { type: "boolean" },
        open: { type: "boolean" },
        timeout: { type: "string", default: "300" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    throw usageErrorFrom("login", error);
  }
  if (values.help) {
    console.log(LOGIN_HELP);
    return 0;
  }
  const { scopes, port, redirectUri, timeoutSeconds } = resolveLoginSettings({
    scopes: String(values.scopes),
    port: values.port as string | undefined,
    redirectUri: values["redirect-uri"] as string | undefined,
    timeout: String(values.timeout),
  });
  const oauth = createPinterestOAuth({ ...clientCredentialsFromEnv("login"), ...endpointsFromEnv(), redirectUri });
  const state = createState();
  const authorizeUrl = oauth.authorizationUrl({ scopes, state });
  // Read the token file before the single-use code is spent: a file that is not a token file
  // must stop us here, not after Pinterest has issued tokens we could not store.
  const out = String(values.out);
  const store = fileStore(out);
  const previous = await store.load().catch((error: Error) => {
    throw new UsageError(
      `login: --out ${out} exists but is not a token file (${error.message}); choose another path or remove it.`,
    );
  });

  const redirect = await startLoopbackRedirect({ port, path: new URL(redirectUri).pathname });
  const abort = new AbortController();
  const onSignal = () => abort.abort(new Error("cancelled (Ctrl-C)"));
  process.once("SIGINT", onSignal);
  const timer = setTimeout(
    () => abort.abort(new Error(`no redirect came back within ${timeoutSeconds} s`)),
    timeoutSeconds * 1000,
  );
  try {
    console.log(`Open this URL in a browser and approve access:\n\n  ${authorizeUrl}\n`);
    console.log(`Waiting for the redirect to ${redirectUri} …`);
    if (values.open) openBrowser(authorizeUrl);
    const callbackUrl = await Promise.race([
      redirect.callback,
      new Promise<never>((_, reject) =>
        abort.signal.addEventListener("abort", () => reject(abort.signal.reason), { once: true }),
      ),
    ]);
    const { code } = oauth.parseCallback(callbackUrl, { expectedState: state });
    const tokens = await oauth.exchangeCode(code, {
      continuousRefresh: values["continuous-refresh"] === true,
      signal: abort.signal,
    });
    if (!(await store.compareAndSet(previous, tokens))) {
      throw new Error(`${out} changed while signing in; the new tokens were not written. Run login again.`);
    }
    printTokenSummary(tokens, out);
    return 0;
  } finally {
    clearTimeout(timer);
    process.off("SIGINT", onSignal);
    await redirect.close();
  }
}
