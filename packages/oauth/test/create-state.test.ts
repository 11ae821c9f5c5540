import { describe, expect, test } from "vitest";
import { createState } from "../src/index.js";

describe("createState", () => {
  test("32 random bytes as unpadded base64url", () => {
    const state = createState();
    expect(state).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(state, "base64url")).toHaveLength(32);
  });

  test("a fresh value each time", () => {
    const states = new Set(Array.from({ length: 100 }, () => createState()));
    expect(states.size).toBe(100);
  });
});
