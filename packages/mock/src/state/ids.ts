/**
 * Numeric-string ids as Pinterest's (`"549755885175"`, `"813744226420795884"`): one increasing
 * sequence per mock, so ids are unique across kinds and predictable in tests.
 */
export class IdSequence {
  #next: bigint;

  constructor(start = 900_000_000_000_000_001n) {
    this.#next = start;
  }

  next(): string {
    const id = this.#next;
    this.#next += 1n;
    return id.toString();
  }
}
