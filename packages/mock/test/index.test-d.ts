import { describe, expectTypeOf, it } from "vitest";
import {
  type Fault,
  type MockPinterest,
  type MockPinterestOptions,
  type RecordedRequest,
  startMockPinterest,
} from "../src/index.js";

declare const mock: MockPinterest;

describe("public types", () => {
  it("startMockPinterest resolves to a MockPinterest", () => {
    expectTypeOf(startMockPinterest).returns.resolves.toEqualTypeOf<MockPinterest>();
    expectTypeOf(startMockPinterest).parameter(0).toEqualTypeOf<MockPinterestOptions | undefined>();
  });

  it("faults are a union discriminated by type, each with its own fields", () => {
    expectTypeOf<Fault["type"]>().toEqualTypeOf<
      "status" | "rate-limit" | "delay" | "drop" | "malformed-json" | "wrong-content-type" | "invalid-success" | "media-failed"
    >();
    mock.fail({ type: "status", status: 503, body: "html" });
    mock.fail({ type: "delay", ms: 10 }, { times: 2, path: "/v5/oauth/token" });
    // @ts-expect-error a status fault needs a status
    mock.fail({ type: "status" });
    // @ts-expect-error a delay needs ms
    mock.fail({ type: "delay" });
    // @ts-expect-error drop takes no status
    mock.fail({ type: "drop", status: 500 });
    // @ts-expect-error unknown body style
    mock.fail({ type: "status", status: 500, body: "xml" });
    // @ts-expect-error unknown fault type
    mock.fail({ type: "explode" });
  });

  it("the mock's state is read-only", () => {
    expectTypeOf(mock.requests).toEqualTypeOf<readonly RecordedRequest[]>();
    // @ts-expect-error baseUrl is read-only
    mock.baseUrl = "x";
    // @ts-expect-error requests is read-only
    mock.requests = [];
  });

  it("issueCode needs scopes", () => {
    expectTypeOf(mock.issueCode).returns.toEqualTypeOf<string>();
    // @ts-expect-error scopes are required
    mock.issueCode({ clientId: "1" });
  });
});
