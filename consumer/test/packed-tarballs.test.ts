import { execFileSync, spawnSync } from "node:child_process";
import { copyFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, inject, test } from "vitest";
import { PUBLISHED } from "./packed-tarballs.js";

const app = inject("consumerApp");

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: app, encoding: "utf8", timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the packed tarballs, installed with npm outside the workspace", () => {
  test("hold only what the package needs", async () => {
    for (const name of PUBLISHED) {
      const files = await readdir(join(app, "node_modules/@pinterest-kit", name), { recursive: true });
      expect(
        files.filter((file) => /^(src|test)\//.test(file)),
        name,
      ).toEqual([]);
      expect(files, name).toContain("package.json");
      expect(files, name).toContain("README.md");
    }
  });

  test("an ES module runs the authorization-code flow against the mock", () => {
    const result = run(process.execPath, ["esm.mjs"]);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual({
      module: "esm",
      username: expect.any(String),
      scopes: ["user_accounts:read"],
      tokenType: "bearer",
    });
  });

  test("a CommonJS script require()s every package and runs the same flow", () => {
    const result = run(process.execPath, ["cjs.cjs"]);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toMatchObject({ module: "cjs", redisStore: "function", scopes: ["user_accounts:read"] });
  });

  test("every entry exports the same names to import() and require(), and the client's main entry none of its internal ones", () => {
    // Read from the installed package.json files, so an entry added later is covered too.
    const script = `
      import { readFileSync } from "node:fs";
      import { createRequire } from "node:module";
      const require = createRequire(process.cwd() + "/");
      const entries = {};
      for (const name of ${JSON.stringify(PUBLISHED)}) {
        const { exports = {} } = JSON.parse(readFileSync("node_modules/@pinterest-kit/" + name + "/package.json", "utf8"));
        for (const [subpath, target] of Object.entries(exports)) {
          if (typeof target !== "object") continue;
          const id = "@pinterest-kit/" + name + subpath.slice(1);
          entries[id] = { esm: Object.keys(await import(id)).sort(), cjs: Object.keys(require(id)).sort() };
        }
      }
      console.log(JSON.stringify(entries));`;
    const result = run(process.execPath, ["--input-type=module", "-e", script]);
    expect(result.stderr).toBe("");
    const entries = JSON.parse(result.stdout) as Record<string, { esm: string[]; cjs: string[] }>;
    expect(Object.keys(entries)).toEqual(expect.arrayContaining(["@pinterest-kit/client", "@pinterest-kit/client/internal"]));
    for (const [id, { esm, cjs }] of Object.entries(entries)) {
      expect(esm.length, id).toBeGreaterThan(0);
      expect(cjs, id).toEqual(esm);
    }
    const main = new Set(entries["@pinterest-kit/client"]?.esm);
    expect(entries["@pinterest-kit/client/internal"]?.esm.filter((name) => main.has(name))).toEqual([]);
  });

  const resolutions: [string, { given: Record<string, unknown>; files: string[] }][] = [
    [
      "node16 (CommonJS and ES module files)",
      { given: { module: "node16", moduleResolution: "node16" }, files: ["typed.ts", "typed.mts"] },
    ],
    ["bundler", { given: { module: "preserve", moduleResolution: "bundler" }, files: ["typed.ts"] }],
  ];
  test.each(resolutions)("tsc --noEmit passes under moduleResolution %s", async (name, { given, files }) => {
    const tsconfig = `tsconfig.${name.split(" ")[0]}.json`;
    const compilerOptions = { ...given, strict: true, noEmit: true, target: "ES2022", lib: ["ES2022", "DOM"], types: ["node"] };
    // The same source as an ES module file, so node16 checks both the import and the require conditions.
    await copyFile(join(app, "typed.ts"), join(app, "typed.mts"));
    await writeFile(join(app, tsconfig), JSON.stringify({ compilerOptions, files }));
    const result = run(process.execPath, ["node_modules/typescript/bin/tsc", "-p", tsconfig]);
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  test("npx pinterest-kit demo runs from the installed tarball", () => {
    const result = run("npx", ["--no-install", "pinterest-kit", "demo", "--json"]);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.ok).toBe(true);
    expect(report.steps).toHaveLength(14);
    expect(report.steps.map((step: { name: string }) => step.name)).toContain("video Pin");
  });

  test("the installed bin has a shebang and is executable", () => {
    const bin = execFileSync("readlink", ["-f", join(app, "node_modules/.bin/pinterest-kit")], { encoding: "utf8" }).trim();
    const head = execFileSync("head", ["-c", "19", bin], { encoding: "utf8" });
    expect(head).toBe("#!/usr/bin/env node");
  });
});
