import { describe, expectTypeOf, test } from "vitest";
import {
  type AuthorizationCodeTokenRequest,
  createPinterestClient,
  type PinterestScope,
  type TokenRequest,
} from "../src/index.js";

const client = createPinterestClient();

describe("POST /oauth/token bodies are a union discriminated by grant_type", () => {
  test("each grant compiles with its own fields", () => {
    void client.POST("/oauth/token", { body: { grant_type: "authorization_code", code: "c", redirect_uri: "https://x" } });
    void client.POST("/oauth/token", {
      body: { grant_type: "authorization_code", code: "c", redirect_uri: "https://x", continuous_refresh: true },
    });
    void client.POST("/oauth/token", { body: { grant_type: "refresh_token", refresh_token: "r" } });
    void client.POST("/oauth/token", { body: { grant_type: "client_credentials", scope: "ads:read" } });
  });

  test("authorization_code without code does not compile", () => {
    // @ts-expect-error code is required for authorization_code
    void client.POST("/oauth/token", { body: { grant_type: "authorization_code", redirect_uri: "https://x" } });
  });

  test("client_credentials needs scope", () => {
    // @ts-expect-error scope is required for client_credentials
    void client.POST("/oauth/token", { body: { grant_type: "client_credentials" } });
  });

  test("an unknown grant does not compile", () => {
    // @ts-expect-error password is not a Pinterest grant
    void client.POST("/oauth/token", { body: { grant_type: "password", username: "u" } });
  });

  test("the alias narrows grant_type", () => {
    expectTypeOf<AuthorizationCodeTokenRequest["grant_type"]>().toEqualTypeOf<"authorization_code">();
    expectTypeOf<TokenRequest["grant_type"]>().toEqualTypeOf<"authorization_code" | "refresh_token" | "client_credentials">();
  });
});

describe("POST /oauth/token/revoke", () => {
  test("the body needs token", () => {
    void client.POST("/oauth/token/revoke", { body: { token: "t", token_type_hint: "refresh_token" } });
    // @ts-expect-error token is required
    void client.POST("/oauth/token/revoke", { body: { token_type_hint: "refresh_token" } });
  });
});

describe("scopes", () => {
  test("PinterestScope is the generated literal union", () => {
    expectTypeOf<"pins:read">().toExtend<PinterestScope>();
    expectTypeOf<"pins:fly">().not.toExtend<PinterestScope>();
  });
});
