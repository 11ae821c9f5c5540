/** The mock Pinterest in its own process (see child-server.ts), so that the load generator has the other core. */
import { startMockPinterest } from "@pinterest-kit/mock";

const mock = await startMockPinterest();
process.send?.({ port: mock.port });
process.on("disconnect", () => {
  void mock.close().then(() => process.exit(0));
});
