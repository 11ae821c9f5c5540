import { execFileSync } from "node:child_process";
import { cp, mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));
export const PUBLISHED = ["client", "oauth", "mock", "cli", "postgres-store", "redis-store"] as const;

/** `pnpm pack` one workspace package (workspace:* becomes its real version) and return the tarball's path. */
export function packPackage(name: string, destination: string): string {
  const output = execFileSync("pnpm", ["pack", "--pack-destination", destination], {
    cwd: join(REPO_ROOT, "packages", name),
    encoding: "utf8",
  });
  const tarball = output.trim().split("\n").pop()?.trim();
  if (!tarball?.endsWith(".tgz")) throw new Error(`pnpm pack printed no tarball for ${name}: ${output}`);
  return tarball.startsWith("/") ? tarball : join(destination, tarball);
}

/**
 * A fresh npm project outside the workspace with every published tarball installed, as a stranger
 * would have it, plus TypeScript for the declaration checks.
 */
export async function createConsumerProject(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "pinterest-kit-consumer-"));
  const tarballs = join(root, "tarballs");
  const app = join(root, "app");
  await mkdir(tarballs);
  await mkdir(app);
  const packed = PUBLISHED.map((name) => packPackage(name, tarballs));
  await writeFile(
    join(app, "package.json"),
    `${JSON.stringify({ name: "consumer-app", version: "0.0.0", private: true }, null, 2)}\n`,
  );
  execFileSync(
    "npm",
    ["install", "--no-audit", "--no-fund", "--loglevel=error", ...packed, "pg@8", "typescript@5.9", "@types/node@20"],
    {
      cwd: app,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  await cp(FIXTURES, app, { recursive: true });
  return app;
}
