import { createServer as createHttpServer } from "node:http";
import { createServer } from "node:net";
import { describe, expect, test } from "vitest";
import { watchResources } from "./watch-resources.js";

// The fault matrix trusts this watcher to see leftovers; each case leaves one on purpose.

/** Run `leak` under a watcher; `closeMock` stands for closing the mock; `cleanUp` removes the leftover afterwards. */
async function leftoversOf(leak: () => Promise<() => Promise<void> | void>) {
  const watch = watchResources();
  const cleanUp = await leak();
  const leftovers = await watch.finish(async () => {});
  await cleanUp();
  return leftovers;
}

describe("watchResources sees what a cell leaves behind", () => {
  test("nothing, when nothing is left", async () => {
    expect(await leftoversOf(async () => () => {})).toEqual({
      unhandledRejections: [],
      unfinishedRequests: 0,
      extraTimers: 0,
      extraResources: [],
    });
  });

  test("a referenced timer", async () => {
    const leftovers = await leftoversOf(async () => {
      const timer = setTimeout(() => {}, 60_000);
      return () => clearTimeout(timer);
    });
    expect(leftovers.extraTimers).toBe(1);
    expect(leftovers.extraResources).toContain("Timeout");
  });

  test("a listening socket", async () => {
    const leftovers = await leftoversOf(async () => {
      const server = createServer();
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      return () => new Promise<void>((resolve) => server.close(() => resolve()));
    });
    expect(leftovers.extraResources).toContain("TCPServerWrap");
  });

  test("a response whose body nobody read (its socket stays busy)", async () => {
    const server = createHttpServer((_request, response) => response.end("x".repeat(16 * 1024 * 1024)));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    const leftovers = await leftoversOf(async () => {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      return async () => {
        await response.body?.cancel();
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      };
    });
    expect(leftovers.unfinishedRequests).toBe(1);
  });

  test("a rejection nobody handled", async () => {
    // vitest reports unhandled rejections as errors of the run: step aside for this one on purpose.
    const others = process.listeners("unhandledRejection");
    process.removeAllListeners("unhandledRejection");
    try {
      const leftovers = await leftoversOf(async () => {
        void Promise.reject(new Error("left unhandled on purpose"));
        return () => {};
      });
      expect(leftovers.unhandledRejections).toEqual([new Error("left unhandled on purpose")]);
    } finally {
      for (const listener of others) process.on("unhandledRejection", listener);
    }
  });
});
