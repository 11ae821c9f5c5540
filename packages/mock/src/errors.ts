/** Stable codes of {@link MockPinterestError}. */
export type MockPinterestErrorCode =
  | "INVALID_OPTIONS"
  | "INVALID_FAULT"
  | "UNKNOWN_CLIENT"
  | "REDIRECT_URI_MISMATCH"
  | "INVALID_SCOPE"
  | "CLOSED";

/** A mistake in how the mock is used (options, `fail`, `issueCode`), thrown before anything is served. */
export class MockPinterestError extends Error {
  override readonly name = "MockPinterestError";
  readonly code: MockPinterestErrorCode;

  constructor(code: MockPinterestErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
