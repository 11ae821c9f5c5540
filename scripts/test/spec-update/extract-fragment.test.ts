import { describe, expect, test } from "vitest";
import { stableJson } from "../../src/shared/stable-json.js";
import { extractFragment } from "../../src/spec-update/extract-fragment.js";
import { miniUpstream, reverseKeys } from "../fixtures/mini-upstream.js";

describe("extractFragment", () => {
  test("keeps the chosen operations and their whole $ref closure, discriminator mappings included", async () => {
    const fragment = await extractFragment(miniUpstream(), ["oauth/token", "user_account/get"]);
    expect(Object.keys(fragment.paths)).toEqual(["/oauth/token", "/user_account"]);
    expect(Object.keys(fragment.components?.schemas ?? {}).sort()).toEqual(
      ["Account", "TokenRequest", "TokenRequestCode", "TokenRequestRefresh", "TokenResponse"].sort(),
    );
    expect(Object.keys(fragment.components?.parameters as object)).toEqual(["query_ad_account_id"]);
  });

  test("keeps the security schemes the operations and the authorization flow need, and no others", async () => {
    const fragment = await extractFragment(miniUpstream(), ["oauth/token"]);
    expect(Object.keys(fragment.components?.securitySchemes ?? {})).toEqual(["basic", "pinterest_oauth2"]);
    expect(fragment.components?.securitySchemes?.pinterest_oauth2?.flows?.authorizationCode?.scopes).toHaveProperty("pins:read");
  });

  test("keeps only the tags its operations use", async () => {
    const fragment = await extractFragment(miniUpstream(), ["oauth/token"]);
    expect(fragment.tags?.map((tag) => tag.name)).toEqual(["oauth"]);
  });

  test("leaves upstream content unchanged", async () => {
    const upstream = miniUpstream();
    const fragment = await extractFragment(upstream, ["oauth/token"]);
    expect(fragment.components?.schemas?.TokenRequest).toEqual(upstream.components?.schemas?.TokenRequest);
    expect(fragment.paths["/oauth/token"]).toEqual(upstream.paths["/oauth/token"]);
  });

  test("is deterministic, whatever the key order of the input", async () => {
    const first = stableJson(await extractFragment(miniUpstream(), ["user_account/get", "oauth/token"]));
    const again = stableJson(await extractFragment(miniUpstream(), ["user_account/get", "oauth/token"]));
    const reversed = stableJson(await extractFragment(reverseKeys(miniUpstream()), ["user_account/get", "oauth/token"]));
    expect(again).toBe(first);
    expect(reversed).toBe(first);
  });

  test("names an operation the upstream file does not have", async () => {
    await expect(extractFragment(miniUpstream(), ["oauth/token", "boards/list"])).rejects.toThrow(/no operation "boards\/list"/);
  });
});
