/** One request as the mock received it, secrets redacted. */
export interface RecordedRequest {
  /** HTTP method as sent. */
  method: string;
  /** Path without the query, e.g. "/v5/oauth/token". */
  path: string;
  /** Query parameters (the last value of a repeated one), secret ones redacted. */
  query: Record<string, string>;
  /** Headers with lowercase names, credentials redacted. */
  headers: Record<string, string>;
  /** Form fields of an `application/x-www-form-urlencoded` body that parsed, secret ones redacted. */
  form?: Record<string, string>;
  /** The injected fault that answered this request, if any. */
  fault?: string;
  /** Status sent; undefined while in flight, or when the connection was dropped before an answer. */
  status?: number;
  /** `clock()` when the request arrived, in ms. */
  receivedAt: number;
}

/**
 * The most recent requests, up to a limit, plus the count of all of them: a load test of tens of
 * thousands of requests must not keep each one in memory.
 */
export class RequestLog {
  #entries: RecordedRequest[] = [];
  #count = 0;
  readonly #limit: number;

  constructor(limit: number) {
    this.#limit = limit;
  }

  add(entry: RecordedRequest): RecordedRequest {
    this.#count += 1;
    if (this.#limit === 0) return entry;
    this.#entries.push(entry);
    if (this.#entries.length > this.#limit) this.#entries.splice(0, this.#entries.length - this.#limit);
    return entry;
  }

  /** A copy, oldest first. */
  list(): readonly RecordedRequest[] {
    return [...this.#entries];
  }

  get count(): number {
    return this.#count;
  }

  /** Forget every entry and restart the count. */
  clear(): void {
    this.#entries = [];
    this.#count = 0;
  }
}
