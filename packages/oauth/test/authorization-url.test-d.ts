import { describe, expectTypeOf, test } from "vitest";
import { createPinterestOAuth, type PinterestScope } from "../src/index.js";

const oauth = createPinterestOAuth({ clientId: "1", clientSecret: "secret-value", redirectUri: "https://app.example/cb" });

describe("scopes are typed by the generated scope union", () => {
  test("known scopes compile", () => {
    oauth.authorizationUrl({ scopes: ["pins:read", "boards:write"], state: "s" });
    void oauth.clientCredentials({ scopes: ["ads:read"] });
    expectTypeOf<Parameters<typeof oauth.authorizationUrl>[0]["scopes"]>().toEqualTypeOf<readonly PinterestScope[]>();
  });

  test("an unknown scope does not compile", () => {
    // @ts-expect-error "pins:fly" is not a Pinterest scope
    oauth.authorizationUrl({ scopes: ["pins:fly"] });
    // @ts-expect-error "pins:fly" is not a Pinterest scope, even with state given
    oauth.authorizationUrl({ scopes: ["pins:fly"], state: "s" });
    // @ts-expect-error nor in a refresh
    void oauth.refreshToken("r", { scopes: ["pins:fly"] });
  });

  test("state is required", () => {
    // @ts-expect-error state is required (RFC 6749 §10.12)
    oauth.authorizationUrl({ scopes: ["pins:read"] });
  });

  test("TokenSet scopes are PinterestScope", async () => {
    const tokens = await oauth.clientCredentials({ scopes: ["ads:read"] });
    expectTypeOf(tokens.scopes).toEqualTypeOf<readonly PinterestScope[]>();
  });
});
