/** One bundle measured for size: a file in bench/entries doing one scenario with one library. */
export interface SizeEntry {
  name: string;
  /** The file under bench/entries, `<scenario>/<library>.ts`. */
  entry: string;
  /** `neutral`: fetch and web APIs only, runs anywhere; `node`: needs Node built-ins (left external, not counted). */
  platform: "neutral" | "node";
}

/** A library of the exchange scenario, also measured for cold start-up. */
export interface Library extends SizeEntry {
  /** What `import()` loads in the cold start-up measurement. */
  specifier: string;
}

export const OURS: Library = {
  entry: "exchange/pinterest-kit.ts",
  specifier: "@pinterest-kit/oauth",
  name: "@pinterest-kit/oauth + client + openapi-fetch",
  platform: "neutral",
};

/** One authorization-code exchange per library. */
export const LIBRARIES: readonly Library[] = [
  OURS,
  { entry: "exchange/arctic.ts", specifier: "arctic", name: "arctic", platform: "neutral" },
  { entry: "exchange/oauth4webapi.ts", specifier: "oauth4webapi", name: "oauth4webapi", platform: "neutral" },
  { entry: "exchange/openid-client.ts", specifier: "openid-client", name: "openid-client", platform: "neutral" },
  { entry: "exchange/simple-oauth2.ts", specifier: "simple-oauth2", name: "simple-oauth2", platform: "node" },
  { entry: "exchange/google-auth-library.ts", specifier: "google-auth-library", name: "google-auth-library", platform: "node" },
];

/** The other entries an app writes, each beside the libraries that can do the same; ours first. */
export const SCENARIOS: readonly { title: string; entries: readonly SizeEntry[] }[] = [
  {
    title: "browser sign-in: a fresh state, the consent-page URL, the callback checked against the state",
    entries: [
      { entry: "browser/pinterest-kit.ts", name: "@pinterest-kit/oauth", platform: "neutral" },
      { entry: "browser/arctic.ts", name: "arctic", platform: "neutral" },
      { entry: "browser/oauth4webapi.ts", name: "oauth4webapi", platform: "neutral" },
      { entry: "browser/openid-client.ts", name: "openid-client", platform: "neutral" },
    ],
  },
  {
    title: "signed-in server path: exchange, self-refreshing session, one typed GET through its middleware (no peer has one)",
    entries: [
      { entry: "session-get/pinterest-kit.ts", name: "@pinterest-kit/oauth + client + openapi-fetch", platform: "neutral" },
    ],
  },
  {
    title: "one typed GET",
    entries: [
      { entry: "client-get/pinterest-kit.ts", name: "@pinterest-kit/client + openapi-fetch", platform: "neutral" },
      { entry: "client-get/openapi-fetch.ts", name: "openapi-fetch alone", platform: "neutral" },
    ],
  },
];
