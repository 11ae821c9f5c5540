// Size entry: one typed GET with @pinterest-kit/client (retries, timeouts, spec-declared encoding).
import { createPinterestClient } from "@pinterest-kit/client";

export async function account(accessToken: string): Promise<unknown> {
  const client = createPinterestClient({ headers: { Authorization: `Bearer ${accessToken}` } });
  return (await client.GET("/user_account")).data;
}
