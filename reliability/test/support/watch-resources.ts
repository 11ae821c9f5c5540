import { subscribe, unsubscribe } from "node:diagnostics_channel";

/** What a piece of code left behind once it settled. */
export interface Leftovers {
  /** Reasons of promise rejections nobody handled. */
  unhandledRejections: unknown[];
  /** HTTP requests (Node's fetch, undici) started but neither completed nor failed: a socket still busy. */
  unfinishedRequests: number;
  /** Referenced timers beyond the baseline while the mock was still running (the mock's own are unref'd). */
  extraTimers: number;
  /** Resources (`process.getActiveResourcesInfo()`) beyond the baseline once the mock was closed. */
  extraResources: string[];
}

const SETTLE_TURNS = 20;

/**
 * Start watching for what a test cell leaves behind: unhandled rejections, HTTP requests that never
 * finished (via undici's diagnostics channels, which Node's fetch publishes), timers, and any
 * handle (socket, server, timer) that outlives the mock. The baseline is taken now, before the
 * cell starts its mock.
 */
export function watchResources(): { requestsStarted(): number; finish(closeMock: () => Promise<void>): Promise<Leftovers> } {
  const baseline = process.getActiveResourcesInfo();
  const unhandledRejections: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandledRejections.push(reason);
  process.on("unhandledRejection", onUnhandled);
  const open = new Set<unknown>();
  let started = 0;
  const onCreate = (message: unknown) => {
    started += 1;
    open.add((message as { request: unknown }).request);
  };
  const onDone = (message: unknown) => open.delete((message as { request: unknown }).request);
  subscribe("undici:request:create", onCreate);
  subscribe("undici:request:trailers", onDone);
  subscribe("undici:request:error", onDone);

  return {
    requestsStarted: () => started,
    async finish(closeMock) {
      await turns(2); // let Node report rejections left unhandled by the last microtasks
      const extraTimers = count(process.getActiveResourcesInfo(), "Timeout") - count(baseline, "Timeout");
      const unfinishedRequests = open.size;
      await closeMock();
      // Closing the mock ends its sockets; the client ends of them close on the next turns.
      let extraResources = difference(process.getActiveResourcesInfo(), baseline);
      for (let turn = 0; turn < SETTLE_TURNS && extraResources.length > 0; turn++) {
        await turns(1);
        extraResources = difference(process.getActiveResourcesInfo(), baseline);
      }
      await turns(1);
      process.off("unhandledRejection", onUnhandled);
      unsubscribe("undici:request:create", onCreate);
      unsubscribe("undici:request:trailers", onDone);
      unsubscribe("undici:request:error", onDone);
      return { unhandledRejections, unfinishedRequests, extraTimers: Math.max(0, extraTimers), extraResources };
    },
  };
}

function turns(n: number): Promise<void> {
  return n <= 0 ? Promise.resolve() : new Promise((resolve) => setImmediate(() => resolve(turns(n - 1))));
}

function count(list: readonly string[], name: string): number {
  return list.filter((item) => item === name).length;
}

/** Active resources (`process.getActiveResourcesInfo()`) now, beyond those in `baseline`. */
export function resourcesBeyond(baseline: readonly string[]): string[] {
  return difference(process.getActiveResourcesInfo(), baseline);
}

/** `after` minus `before`, as multisets. */
function difference(after: readonly string[], before: readonly string[]): string[] {
  const left = [...before];
  const extra: string[] = [];
  for (const item of after) {
    const index = left.indexOf(item);
    if (index === -1) extra.push(item);
    else left.splice(index, 1);
  }
  return extra;
}
