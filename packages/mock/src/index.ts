export { MOCK_ACCOUNT } from "./account.js";
export { DEFAULT_PAGE_SIZE } from "./api/paginate.js";
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
  MediaFailedFault,
  RateLimitFault,
  StatusFault,
  WrongContentTypeFault,
} from "./faults/fault.js";
export type { FaultHandle } from "./faults/fault-queue.js";
export { MAX_BODY_BYTES } from "./http/read-body.js";
export type { IssueCodeParams } from "./issue-code.js";
export {
  DEFAULT_ACCESS_TOKEN_TTL_SECONDS,
  DEFAULT_MAX_UPLOAD_BYTES,
  DEFAULT_MEDIA_PROCESSING_MS,
  DEFAULT_MOCK_CLIENT,
  type MockClient,
  type MockPinterestOptions,
} from "./options.js";
export { PINTEREST_ERRORS, type PinterestErrorAnswer } from "./pinterest-errors.js";
export type { RecordedRequest } from "./record/request-log.js";
export { redirectUriMatches } from "./redirect-uri.js";
export { type IssueAccessTokenParams, type MockPinterest, type MockStats, startMockPinterest } from "./start-mock-pinterest.js";
export type { Account, Board, BoardSection, Media, Pin, SocialGraph, StoredSection } from "./state/resource-types.js";
export type { MockSeed, SeedBoard, SeedPin } from "./state/seed.js";
export type { MockStateSnapshot } from "./state/snapshot.js";
export { CODE_TTL_MS, type GrantHistory, REFRESH_TOKEN_TTL_SECONDS } from "./store/token-store.js";
export { UPLOAD_PATH } from "./uploads/upload-policy.js";
