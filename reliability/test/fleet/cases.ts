import { forkFleetProcess } from "./fleet-process.js";
import type { CallerResult } from "./messages.js";
import { type FleetCheck, seedFleet, untilRefreshHeld } from "./run-fleet.js";
import type { DriverSpec } from "./store-driver.js";

const TOKEN_PATH = "/v5/oauth/token";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A fleet case's figures: the check, the wall time of the calls, and case-specific findings. */
export interface CaseReport {
  check: FleetCheck;
  wallMs: number;
}

/**
 * Fan-in: `processes` processes × `users` users, every stored access token expired, every
 * process calling `getAccessToken()` for every user at once.
 */
export async function fanInCase(
  spec: DriverSpec,
  { processes, users }: { processes: number; users: number },
): Promise<CaseReport> {
  const fleet = await seedFleet(spec, users);
  try {
    const children = await fleet.start(processes);
    const started = performance.now();
    const results = await fleet.go(children);
    const wallMs = performance.now() - started;
    await fleet.finish(children);
    return { check: await fleet.check(results), wallMs };
  } finally {
    await fleet.close();
  }
}

/**
 * Kill: a lock holder is SIGKILLed while its refresh is held at the mock; `takers` processes then
 * call for the same user, one takes over once the lease (`lockTtlMs`) has run out.
 */
export async function killCase(
  spec: DriverSpec,
  { lockTtlMs = 1_000, takers = 3 } = {},
): Promise<CaseReport & { holderExit: string }> {
  const leased = { ...spec, options: { ...spec.options, lockTtlMs } };
  const fleet = await seedFleet(leased, 1);
  // The held refresh must outlast the lease and the takers' refresh: if Pinterest answered the dead
  // holder first, the refresh token it rotated would be lost with it (no store can help then).
  const delayMs = lockTtlMs * 5;
  try {
    const others = await fleet.start(takers); // forked first: starting processes takes seconds on a busy machine
    fleet.mock.fail({ type: "delay", ms: delayMs }, { path: TOKEN_PATH });
    const [holder] = await fleet.start(1);
    holder?.send({ type: "go" });
    await untilRefreshHeld(fleet.mock);
    holder?.kill();
    const holderExit = (await holder?.exited) as string;
    const started = performance.now();
    const results = await fleet.go(others);
    const wallMs = performance.now() - started;
    await fleet.finish(others);
    await sleep(delayMs); // the dead holder's request is answered (refused: its token was rotated) before the check
    return { check: await fleet.check(results), wallMs, holderExit };
  } finally {
    await fleet.close();
  }
}

/**
 * Pause, two ways, one user each:
 * - a session whose refresh is held at the mock is SIGSTOPped past its lease; another process
 *   takes over and stores newer tokens; the paused one is resumed, its stale refresh is refused
 *   by the mock, and its caller must get the stored tokens;
 * - a late writer (lock, load, SIGSTOP past the lease, another process stores newer tokens,
 *   SIGCONT, compareAndSet over what it loaded) must see its write refused.
 */
export async function pauseCase(
  spec: DriverSpec,
  { lockTtlMs = 1_000 } = {},
): Promise<CaseReport & { lateWrite: { accepted: boolean; storedRefreshToken: string | undefined } }> {
  const leased = { ...spec, options: { ...spec.options, lockTtlMs } };
  const fleet = await seedFleet(leased, 2);
  const [sessionUser, writerUser] = fleet.users as [string, string];
  const delayMs = lockTtlMs * 5; // as in killCase: the takers' refresh reaches the mock before the held one is answered
  try {
    // 1. A paused session.
    const takers = await fleet.start(2, { users: [sessionUser] });
    const winners = await fleet.start(1, { users: [writerUser] });
    fleet.mock.fail({ type: "delay", ms: delayMs }, { path: TOKEN_PATH });
    const [paused] = await fleet.start(1, { users: [sessionUser] });
    const pausedDone = (async () => {
      paused?.send({ type: "go" });
      return (await paused?.next("done"))?.results ?? [];
    })();
    await untilRefreshHeld(fleet.mock);
    const heldAt = performance.now();
    paused?.child.kill("SIGSTOP");
    await sleep(lockTtlMs * 1.5);
    const started = performance.now();
    const takerResults = await fleet.go(takers);
    const wallMs = performance.now() - started;
    await fleet.finish(takers);
    await sleep(Math.max(0, delayMs - (performance.now() - heldAt)) + 200); // its stale refresh was answered
    paused?.child.kill("SIGCONT");
    const pausedResults = await pausedDone;
    if (paused) await fleet.finish([paused]);

    // 2. A paused late writer.
    const writer = forkFleetProcess({
      driver: leased,
      baseUrl: fleet.mock.baseUrl,
      users: [writerUser],
      mode: "late-writer",
      refreshTimeoutMs: 30_000,
    });
    await writer.next("holding");
    writer.child.kill("SIGSTOP");
    await sleep(lockTtlMs * 1.5);
    const winnerResults = await fleet.go(winners);
    await fleet.finish(winners);
    writer.child.kill("SIGCONT");
    writer.send({ type: "write" });
    const wrote = await writer.next("wrote");
    await writer.exited;

    const results: CallerResult[] = [...pausedResults, ...takerResults, ...winnerResults];
    return {
      check: await fleet.check(results),
      wallMs,
      lateWrite: { accepted: wrote.accepted, storedRefreshToken: wrote.storedRefreshToken },
    };
  } finally {
    await fleet.close();
  }
}

/**
 * A disruption (e.g. the server restarted) `afterMs` after `processes` × `users` callers start:
 * every call must settle (resolve, or reject with `persistence_failed`); a second round after it
 * must serve every caller.
 */
export async function disruptionCase(
  spec: DriverSpec,
  { processes, users, afterMs, disrupt }: { processes: number; users: number; afterMs: number; disrupt: () => Promise<void> },
): Promise<{ during: CallerResult[]; after: CallerResult[]; check: FleetCheck; wallMs: number }> {
  const fleet = await seedFleet(spec, users);
  try {
    const children = await fleet.start(processes);
    const started = performance.now();
    const round = fleet.go(children);
    await sleep(afterMs);
    await disrupt();
    const during = await round;
    const wallMs = performance.now() - started;
    const after = await fleet.go(children);
    await fleet.finish(children);
    return { during, after, check: await fleet.check(after), wallMs };
  } finally {
    await fleet.close();
  }
}
