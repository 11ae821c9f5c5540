/** How a child process is told what to do (argv[2], JSON). */
export interface ChildConfig {
  driver: { module: string; options: Record<string, unknown> };
  baseUrl: string;
  users: string[];
  /** `sessions`: one session per user, `getAccessToken()` for all at each `go`, until `exit`. `late-writer`: see fleet-child.ts. */
  mode: "sessions" | "late-writer";
  refreshTimeoutMs: number;
}

/** The outcome of one caller. */
export type CallerResult =
  | { userId: string; ok: true; accessToken: string }
  | { userId: string; ok: false; kind: string; message: string };

/** Child → parent. */
export type ChildMessage =
  | { type: "ready" }
  | { type: "done"; results: CallerResult[] }
  | { type: "holding"; refreshToken: string | undefined }
  | { type: "wrote"; accepted: boolean; storedRefreshToken: string | undefined };

/** Parent → child. */
export type ParentMessage = { type: "go" } | { type: "write" } | { type: "exit" };
