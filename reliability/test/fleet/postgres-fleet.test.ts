import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { migrate } from "@pinterest-kit/postgres-store";
import { type PostgresServer, postgresUnavailable, startPostgres } from "@pinterest-kit/store-conformance/postgres-server";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { disruptionCase, fanInCase, killCase, pauseCase } from "./cases.js";
import type { PostgresDriverOptions } from "./drivers/postgres-driver.js";
import { expectDisruptionSettled, expectFleetHealthy } from "./expect-fleet.js";
import { seedFleet, untilRefreshHeld } from "./run-fleet.js";
import type { DriverSpec } from "./store-driver.js";

const DRIVER = fileURLToPath(new URL("./drivers/postgres-driver.ts", import.meta.url));
const PROCESSES = 8;
const USERS = 250;

const unavailable = postgresUnavailable();
if (unavailable && process.env.CI === "true") throw new Error(`${unavailable} (CI=true: the PostgreSQL fleet must run)`);
if (unavailable) console.log(`skipped: fleet on PostgreSQL: ${unavailable}`);

describe.runIf(!unavailable)("fleet on PostgreSQL 15", () => {
  let server: PostgresServer;
  let admin: pg.Pool;
  const spec = (options: Partial<PostgresDriverOptions> = {}): DriverSpec => ({
    module: DRIVER,
    options: { connectionString: server.connectionString, ...options },
  });
  /** Terminate the backends of every connection labelled `applicationName`; how many there were. */
  const terminate = async (applicationName: string) => {
    const { rows } = await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1", [
      applicationName,
    ]);
    return rows.length;
  };
  beforeAll(async () => {
    server = await startPostgres();
    admin = new pg.Pool({ connectionString: server.connectionString, max: 2 });
    admin.on("error", () => {});
    await migrate(admin);
  });
  afterAll(async () => {
    await admin?.end();
    await server?.stop();
  });

  test(`${PROCESSES} processes × ${USERS} expired users at once: ${USERS} refreshes, every caller served, the last-issued token stored`, async () => {
    const { check, wallMs } = await fanInCase(spec(), { processes: PROCESSES, users: USERS });
    expectFleetHealthy(
      `fleet on PostgreSQL: ${PROCESSES} processes × ${USERS} users`,
      check,
      `, ${check.tokenRequests} token requests, ${Math.round(wallMs)} ms`,
    );
    expect(check.tokenRequests).toBe(USERS);
  });

  test("a lock holder SIGKILLed mid-refresh: another process takes over after the lease, nothing lost", async () => {
    const { check, holderExit } = await killCase(spec());
    expect(holderExit).toBe("SIGKILL");
    expectFleetHealthy("fleet on PostgreSQL: holder SIGKILLed mid-refresh", check);
    expect(check.tokenRequests).toBe(2); // the dead holder's (refused once its token rotated) and the taker's
  });

  test("a lock holder SIGSTOPped past its lease: its stale refresh and its late write are refused, what is stored is what callers got", async () => {
    const { check, lateWrite } = await pauseCase(spec());
    expectFleetHealthy("fleet on PostgreSQL: holder SIGSTOPped past its lease", check, ", late write refused");
    expect(lateWrite.accepted).toBe(false);
  });

  test("a lock holder's backend connections terminated (pg_terminate_backend) mid-refresh: it stores its tokens, the others take them", async () => {
    const leased = spec({ lockTtlMs: 5_000 });
    const fleet = await seedFleet(leased, 1);
    try {
      const takers = await fleet.start(3);
      fleet.mock.fail({ type: "delay", ms: 2_000 }, { path: "/v5/oauth/token" });
      const holderSpec = { ...leased, options: { ...leased.options, applicationName: "fleet-holder" } };
      const [holder] = await fleet.start(1, { driver: holderSpec });
      holder?.send({ type: "go" });
      const holderDone = holder?.next("done");
      await untilRefreshHeld(fleet.mock);
      const terminated = await terminate("fleet-holder");
      const takerResults = await fleet.go(takers);
      const holderResults = (await holderDone)?.results ?? [];
      await fleet.finish([...takers, ...(holder ? [holder] : [])]);
      const check = await fleet.check([...holderResults, ...takerResults]);
      expectFleetHealthy(
        "fleet on PostgreSQL: holder's connections terminated mid-refresh",
        check,
        `, ${terminated} backends terminated`,
      );
      expect(terminated).toBeGreaterThan(0);
      expect(check.tokenRequests).toBe(1);
    } finally {
      await fleet.close();
    }
  });

  test("every backend of the fleet terminated mid-run: calls resolve or reject with persistence_failed, none hangs; after it every caller is served", async () => {
    let terminated = 0;
    const cases = await disruptionCase(spec({ timeoutMs: 5_000 }), {
      processes: 4,
      users: 100,
      afterMs: 30,
      disrupt: async () => {
        terminated = await terminate("fleet");
      },
    });
    expectDisruptionSettled(
      "fleet on PostgreSQL, every backend terminated: 4 processes × 100 users",
      cases,
      `${terminated} backends terminated; `,
    );
  });

  test("PostgreSQL stopped longer than a statement deadline mid-run: calls resolve or reject with persistence_failed, none hangs; after it every caller is served", async () => {
    const cases = await disruptionCase(spec({ timeoutMs: 2_000 }), {
      processes: 4,
      users: 100,
      afterMs: 30,
      // As for Redis: a refresher's write fails at its deadline, and a lease release sent after it would succeed.
      disrupt: () => server.restart({ whileDown: () => sleep(3_000) }),
    });
    expectDisruptionSettled("fleet on a restarted PostgreSQL: 4 processes × 100 users", cases);
  });
});
