// Size entry: the same typed GET with plain openapi-fetch over the generated paths: the floor
// @pinterest-kit/client builds on.
import type { paths } from "@pinterest-kit/client";
import createClient from "openapi-fetch";

export async function account(accessToken: string): Promise<unknown> {
  const client = createClient<paths>({
    baseUrl: "https://api.pinterest.com/v5",
    headers: { Authorization: `Bearer ${accessToken}` },
  });
  return (await client.GET("/user_account")).data;
}
