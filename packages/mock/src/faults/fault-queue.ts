import { checkFault, type FailOptions, type Fault } from "./fault.js";

/** A queued fault; `remaining` counts down as requests take it. */
export interface FaultHandle {
  readonly fault: Fault;
  readonly path: string | undefined;
  readonly category: string | undefined;
  /** Requests it will still answer. */
  readonly remaining: number;
  /** Remove it from the queue. */
  cancel(): void;
}

interface Entry {
  fault: Fault;
  path: string | undefined;
  category: string | undefined;
  remaining: number;
}

/** What a request offers for matching: its path, its operation's rate-limit category, whether it is a media upload. */
export interface FaultTarget {
  path: string;
  category?: string | null;
  upload?: boolean;
}

/** Faults in the order they were queued; each request takes the first one matching its path. */
export class FaultQueue {
  #entries: Entry[] = [];

  add(fault: Fault, options: FailOptions = {}): FaultHandle {
    checkFault(fault, options);
    const entry: Entry = {
      fault: structuredClone(fault),
      path: options.path,
      category: options.category,
      remaining: options.times ?? 1,
    };
    this.#entries.push(entry);
    const remove = (): void => {
      this.#entries = this.#entries.filter((other) => other !== entry);
    };
    return {
      fault: entry.fault,
      path: entry.path,
      category: entry.category,
      get remaining() {
        return entry.remaining;
      },
      cancel: () => {
        entry.remaining = 0;
        remove();
      },
    };
  }

  /**
   * The fault for a request, counted as used; undefined when none applies. Requests to the upload
   * URL take only `media-failed` faults, and those apply to nothing else.
   */
  take(target: FaultTarget | string): Fault | undefined {
    const { path, category, upload = false } = typeof target === "string" ? { path: target } : target;
    const entry = this.#entries.find(
      (candidate) =>
        (candidate.path === undefined || candidate.path === path) &&
        (candidate.category === undefined || candidate.category === category) &&
        (candidate.fault.type === "media-failed") === upload,
    );
    if (entry === undefined) return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.#entries = this.#entries.filter((other) => other !== entry);
    return entry.fault;
  }

  clear(): void {
    for (const entry of this.#entries) entry.remaining = 0;
    this.#entries = [];
  }

  get size(): number {
    return this.#entries.length;
  }
}
