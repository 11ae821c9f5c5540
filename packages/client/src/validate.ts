/**
 * Checks run before any request, so bad input fails with a `TypeError` naming the argument and
 * never reaches the network. Messages never include the value of a string argument (it may be a secret).
 */

/** A number of milliseconds ≥ `min` (fractions allowed, as `setTimeout` takes them), or `Infinity` where allowed. */
export function assertDuration(
  value: unknown,
  argument: string,
  { allowInfinity = false, min = 0 } = {},
): asserts value is number {
  const ok = typeof value === "number" && ((allowInfinity && value === Infinity) || (Number.isFinite(value) && value >= min));
  if (!ok)
    throw new TypeError(
      `${argument} must be a number of milliseconds ≥ ${min}${allowInfinity ? " (or Infinity)" : ""}, got ${describeValue(value)}.`,
    );
}

/** An `AbortSignal`, when given. */
export function assertOptionalSignal(value: unknown, argument: string): asserts value is AbortSignal | undefined {
  if (value !== undefined && !(value instanceof AbortSignal)) {
    throw new TypeError(`${argument} must be an AbortSignal, got ${describeValue(value)}.`);
  }
}

/** An options object, when given. */
export function assertOptionsObject(value: unknown, argument: string): asserts value is object | undefined {
  if (value !== undefined && (value === null || typeof value !== "object" || Array.isArray(value))) {
    throw new TypeError(`${argument} must be an options object, got ${describeValue(value)}.`);
  }
}

/** Type and emptiness only: values may be secrets. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return value.length === 0 ? "an empty string" : "a string";
  return typeof value === "number" ? String(value) : typeof value;
}
