export { MOCK_ACCOUNT } from "./account.js";
export { MockPinterestError, type MockPinterestErrorCode } from "./errors.js";
export type {
  DelayFault,
  DropFault,
  FailOptions,
  Fault,
  FaultBody,
  FaultType,
  InvalidSuccessFault,
  MalformedJsonFault,
  RateLimitFault,
  StatusFault,
  WrongContentTypeFault,
} from "./faults/fault.js";
export type { FaultHandle } from "./faults/fault-queue.js";
export { MAX_BODY_BYTES } from "./http/read-body.js";
export type { IssueCodeParams } from "./issue-code.js";
export { DEFAULT_ACCESS_TOKEN_TTL_SECONDS, DEFAULT_MOCK_CLIENT, type MockClient, type MockPinterestOptions } from "./options.js";
export { PINTEREST_ERRORS, type PinterestErrorAnswer } from "./pinterest-errors.js";
export type { RecordedRequest } from "./record/request-log.js";
export { redirectUriMatches } from "./redirect-uri.js";
export { type MockPinterest, type MockStats, startMockPinterest } from "./start-mock-pinterest.js";
export { CODE_TTL_MS, type GrantHistory, REFRESH_TOKEN_TTL_SECONDS } from "./store/token-store.js";
