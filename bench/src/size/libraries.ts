/** The libraries compared for size and start-up, with the esbuild platform each needs. */
export interface Library {
  /** The file in bench/entries that does one token exchange with it. */
  entry: string;
  /** What `import()` loads in the cold start-up measurement. */
  specifier: string;
  name: string;
  /** `neutral`: fetch and web APIs only, runs anywhere; `node`: needs Node built-ins (left external, not counted). */
  platform: "neutral" | "node";
}

export const OURS: Library = {
  entry: "pinterest-kit.ts",
  specifier: "@pinterest-kit/oauth",
  name: "@pinterest-kit/oauth + client + openapi-fetch",
  platform: "neutral",
};

export const LIBRARIES: readonly Library[] = [
  OURS,
  { entry: "arctic.ts", specifier: "arctic", name: "arctic", platform: "neutral" },
  { entry: "oauth4webapi.ts", specifier: "oauth4webapi", name: "oauth4webapi", platform: "neutral" },
  { entry: "openid-client.ts", specifier: "openid-client", name: "openid-client", platform: "neutral" },
  { entry: "simple-oauth2.ts", specifier: "simple-oauth2", name: "simple-oauth2", platform: "node" },
  { entry: "google-auth-library.ts", specifier: "google-auth-library", name: "google-auth-library", platform: "node" },
];
