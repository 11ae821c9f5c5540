import { fileURLToPath } from "node:url";
import { describeTokenStoreConformance } from "@pinterest-kit/store-conformance";
import { afterAll } from "vitest";
import { close, open } from "./support/conformance-driver.js";
import { sharedServer } from "./support/shared-server.js";

const connectionString = sharedServer();
afterAll(close);

if (connectionString) {
  describeTokenStoreConformance("postgresStore", {
    newAddress: () => JSON.stringify({ connectionString, key: `conformance-${crypto.randomUUID()}` }),
    open,
    childModule: fileURLToPath(new URL("./support/conformance-driver.ts", import.meta.url)),
    lease: { ttlMs: 1000 },
  });
}
