/** `global.gc`, available because the suite's workers run with `--expose-gc` (see vitest.config.ts). */
function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== "function") throw new Error("Run with --expose-gc (the reliability vitest config passes it to its workers).");
  gc();
}

/** Heap in use after full collections (several, so weak references and finalizers settle). */
export async function heapAfterGc(): Promise<number> {
  for (let i = 0; i < 4; i++) {
    collect();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return process.memoryUsage().heapUsed;
}

export const MB = 1024 * 1024;
