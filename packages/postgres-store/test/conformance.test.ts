import { fileURLToPath } from "node:url";
import { describeTokenStoreConformance } from "@pinterest-kit/store-conformance";
import { afterAll, describe } from "vitest";
import { close, open } from "./support/conformance-driver.js";
import { sharedServer } from "./support/shared-server.js";

const connectionString = sharedServer();
afterAll(close);

// Without a server the cases are collected as skipped (the global setup printed why).
describe.runIf(connectionString !== undefined)("on the shared PostgreSQL 15", () => {
  describeTokenStoreConformance("postgresStore", {
    newAddress: () => JSON.stringify({ connectionString, key: `conformance-${crypto.randomUUID()}` }),
    open,
    childModule: fileURLToPath(new URL("./support/conformance-driver.ts", import.meta.url)),
    lease: { ttlMs: 1000 },
  });
});
