import { rm } from "node:fs/promises";
import { dirname } from "node:path";
import type { TestProject } from "vitest/node";
import { createConsumerProject } from "./packed-tarballs.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The npm project outside the workspace with the packed tarballs installed. */
    consumerApp: string;
  }
}

/** Pack and install once for every consumer test file: each checks the tarballs, never the workspace. */
export default async function setup(project: TestProject) {
  const app = await createConsumerProject();
  project.provide("consumerApp", app);
  return () => rm(dirname(app), { recursive: true, force: true });
}
