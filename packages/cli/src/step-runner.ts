/** One step of a scripted flow and how it went. */
export interface StepResult {
  name: string;
  ok: boolean;
  ms: number;
  /** What the step produced, secrets already redacted. */
  detail: string;
}

/**
 * Runs steps in order, timing each and stopping at the first failure: later steps depend on
 * what earlier ones returned, so they are reported as not run rather than failing noisily.
 */
export class StepRunner {
  readonly results: StepResult[] = [];
  #failed = false;

  constructor(
    private readonly total: number,
    private readonly report: (result: StepResult, index: number, total: number) => void,
  ) {}

  get ok(): boolean {
    return !this.#failed && this.results.length === this.total;
  }

  async step<T>(name: string, run: () => Promise<{ value: T; detail: string }>): Promise<T | undefined> {
    if (this.#failed) return undefined;
    const started = performance.now();
    try {
      const { value, detail } = await run();
      this.#record({ name, ok: true, ms: performance.now() - started, detail });
      return value;
    } catch (error) {
      this.#failed = true;
      this.#record({ name, ok: false, ms: performance.now() - started, detail: describeError(error) });
      return undefined;
    }
  }

  #record(result: StepResult): void {
    this.results.push(result);
    this.report(result, this.results.length, this.total);
  }
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
