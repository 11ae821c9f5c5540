import { createPinterestClient, paginate } from "@pinterest-kit/client";
import { createPinterestOAuth, createSession, TokenSet } from "@pinterest-kit/oauth";

/** A test access token; the bench server only checks that one is sent. */
export const ACCESS_TOKEN = "pina_BENCHACCESSTOKEN0123456789";

/** One way of making the call being compared; resolves with what an app would use (the items, the account). */
export interface ApiContender {
  name: string;
  run(): Promise<unknown>;
}

/** Every board through `paginate` (250 a page), with the client's defaults (retries, 30 s timeout per attempt). */
export function paginateContender(baseUrl: string): ApiContender {
  const client = createPinterestClient({ baseUrl, headers: { Authorization: `Bearer ${ACCESS_TOKEN}` } });
  return {
    name: "paginate(client, '/boards')",
    async run() {
      const items: unknown[] = [];
      for await (const board of paginate(client, "/boards", { pageSize: 250 })) items.push(board);
      return items;
    },
  };
}

/** The floor: a hand-written bookmark loop over `fetch`, `response.json()` per page. */
export function bookmarkLoopContender(baseUrl: string): ApiContender {
  const headers = { Authorization: `Bearer ${ACCESS_TOKEN}` };
  return {
    name: "raw fetch bookmark loop",
    async run() {
      const items: unknown[] = [];
      let bookmark: string | null = null;
      do {
        const query = new URLSearchParams({ page_size: "250", ...(bookmark ? { bookmark } : {}) });
        const response = await fetch(`${baseUrl}/boards?${query}`, { headers });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const page = (await response.json()) as { items: unknown[]; bookmark?: string | null };
        for (const item of page.items) items.push(item);
        bookmark = page.bookmark ?? null;
      } while (bookmark);
      return items;
    },
  };
}

/** `client.GET("/user_account")` through `session.middleware()` (bearer, scope check, refresh on 401), client defaults. */
export function sessionContender(baseUrl: string): ApiContender {
  const oauth = createPinterestOAuth({ clientId: "1500000", clientSecret: "bench-client-secret", baseUrl });
  const now = Date.now();
  const tokens = new TokenSet({
    accessToken: ACCESS_TOKEN,
    tokenType: "bearer",
    scopes: ["user_accounts:read", "boards:read"],
    expiresIn: 30 * 86_400,
    receivedAt: now,
    expiresAt: now + 30 * 86_400_000,
  });
  const client = createPinterestClient({ baseUrl });
  client.use(createSession(oauth, { tokens }).middleware());
  return {
    name: "client.GET via session.middleware()",
    async run() {
      const { data, error } = await client.GET("/user_account");
      if (error) throw new Error("GET /user_account failed");
      return data;
    },
  };
}

/** The floor: `fetch` with a bearer header, `response.json()`. */
export function bearerFetchContender(baseUrl: string): ApiContender {
  const url = `${baseUrl}/user_account`;
  const headers = { Authorization: `Bearer ${ACCESS_TOKEN}` };
  return {
    name: "raw fetch + bearer",
    async run() {
      const response = await fetch(url, { headers });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json();
    },
  };
}
