import { PINTEREST_SERVER_URL } from "./generated/operations.js";

/**
 * Pinterest's sandbox (developers.pinterest.com, "Sandbox"): apps with Trial access must use it to
 * create Pins; its tokens are sandbox tokens.
 */
export const PINTEREST_SANDBOX_URL = "https://api-sandbox.pinterest.com/v5";

/** Where a client sends requests: production (the spec's server) or the sandbox. */
export type PinterestEnvironment = "production" | "sandbox";

/** Base URL of each environment. */
export const ENVIRONMENT_URLS: Readonly<Record<PinterestEnvironment, string>> = {
  production: PINTEREST_SERVER_URL,
  sandbox: PINTEREST_SANDBOX_URL,
};
