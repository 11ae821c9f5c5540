import { type TokenCipher, TokenSet } from "@pinterest-kit/oauth";
import { PostgresStoreError } from "./errors.js";

/**
 * The `tokens` column's value for `tokens`: the TokenSet JSON, or, with a cipher, a JSON string
 * holding its ciphertext (so the column stays jsonb and a reader can tell the two apart).
 */
export async function encodeTokens(tokens: TokenSet, cipher: TokenCipher | undefined): Promise<string> {
  const json = JSON.stringify(tokens.toJSON());
  return cipher ? JSON.stringify(await cipher.encrypt(json)) : json;
}

/** The TokenSet a `tokens` column holds (as pg parsed the jsonb), or `undefined` for none. */
export async function decodeTokens(stored: unknown, cipher: TokenCipher | undefined, key: string): Promise<TokenSet | undefined> {
  if (stored === null || stored === undefined) return undefined;
  let json: unknown = stored;
  if (typeof stored === "string") {
    if (!cipher) throw badValue(key, "holds encrypted tokens, but this store has no cipher; pass the cipher that wrote them");
    const plaintext = await cipher.decrypt(stored).catch((error: unknown) => {
      throw badValue(key, `does not decrypt: ${error instanceof Error ? error.message : "unknown error"}`);
    });
    json = JSON.parse(plaintext);
  } else if (cipher) {
    throw badValue(key, "holds tokens in clear, but this store was given a cipher; write them again through it");
  }
  try {
    return TokenSet.fromJSON(json);
  } catch {
    // TokenSet.fromJSON's message is kept out: it could describe the stored value.
    throw badValue(key, "is not a TokenSet JSON (TokenSet#toJSON()); delete the row and sign in again");
  }
}

function badValue(key: string, why: string): PostgresStoreError {
  return new PostgresStoreError(`postgresStore(${JSON.stringify(key)}): the stored row ${why}.`, { code: "bad_stored_value" });
}
