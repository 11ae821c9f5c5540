import { afterEach, describe, expect, test } from "vitest";
import { createPinterestClient, PinterestApiError, unwrap } from "../src/index.js";
import { closedPortUrl, startRecordingServer } from "./recording-server.js";

type Server = Awaited<ReturnType<typeof startRecordingServer>>;
let server: Server | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("unwrap: data or a PinterestApiError", () => {
  test("resolves with data", async () => {
    server = await startRecordingServer({ body: { id: "1", name: "Recipes" } });
    const board = await unwrap(
      createPinterestClient({ baseUrl: server.baseUrl }).GET("/boards/{board_id}", { params: { path: { board_id: "1" } } }),
    );
    expect(board).toEqual({ id: "1", name: "Recipes" });
  });

  test("rejects with the spec's Error body, the operation and the request id", async () => {
    server = await startRecordingServer({
      status: 404,
      headers: { "x-pinterest-rid": "rid-7" },
      body: { code: 40, message: "Board not found." },
    });
    const call = createPinterestClient({ baseUrl: server.baseUrl }).GET("/boards/{board_id}", {
      params: { path: { board_id: "9" } },
    });
    const error = await unwrap(call).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(PinterestApiError);
    expect(error).toMatchObject({
      kind: "not_found",
      status: 404,
      code: 40,
      pinterestMessage: "Board not found.",
      requestId: "rid-7",
      operation: "GET /boards/{board_id}",
    });
  });

  test("a 401 code 3 has its own kind", async () => {
    server = await startRecordingServer({
      status: 401,
      body: { code: 3, message: "Your token does not have sufficient permissions to perform this operation." },
    });
    await expect(unwrap(createPinterestClient({ baseUrl: server.baseUrl }).GET("/user_account"))).rejects.toMatchObject({
      kind: "insufficient_scope",
    });
  });

  test("no response at all: kind network, even with retries and the timeout off", async () => {
    const client = createPinterestClient({ baseUrl: await closedPortUrl(), retry: { retries: 0 }, timeoutMs: Infinity });
    await expect(unwrap(client.GET("/user_account"))).rejects.toMatchObject({ name: "PinterestApiError", kind: "network" });
  });
});
