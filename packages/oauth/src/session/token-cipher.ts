import { fromBase64Url, toBase64Url } from "../base64url.js";

/**
 * Encrypts a stored `TokenSet` JSON before a shared store writes it, and decrypts it after a read,
 * so that tokens are never in clear in Redis, PostgreSQL or a backup of either. Stores call it
 * around their own serialization; the session never sees ciphertext.
 */
export interface TokenCipher {
  encrypt(plaintext: string): Promise<string>;
  decrypt(ciphertext: string): Promise<string>;
}

const IV_BYTES = 12; // NIST SP 800-38D §8.2.1: a 96-bit IV, random per message
const PREFIX = "aesgcm1."; // names the format, so a later cipher can tell stored values apart

/**
 * AES-256-GCM through Web Crypto (NIST SP 800-38D): a fresh random IV per value, stored as
 * `aesgcm1.<base64url(iv ‖ ciphertext ‖ tag)>`. `key` is a 32-byte key or an AES-GCM `CryptoKey`.
 * A value that was altered, or written with another key, fails to decrypt with an error that
 * quotes neither the value nor the key.
 */
export function aesGcmCipher(key: Uint8Array | CryptoKey): TokenCipher {
  const cryptoKey = importKey(key);
  return {
    async encrypt(plaintext) {
      if (typeof plaintext !== "string") throw new TypeError("TokenCipher.encrypt(plaintext) takes a string.");
      const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
      const sealed = new Uint8Array(
        await crypto.subtle.encrypt({ name: "AES-GCM", iv }, await cryptoKey, new TextEncoder().encode(plaintext)),
      );
      const joined = new Uint8Array(IV_BYTES + sealed.length);
      joined.set(iv);
      joined.set(sealed, IV_BYTES);
      return PREFIX + toBase64Url(joined);
    },
    async decrypt(ciphertext) {
      if (typeof ciphertext !== "string" || !ciphertext.startsWith(PREFIX)) {
        throw new Error("aesGcmCipher: the stored value is not an aesgcm1 ciphertext (was it written without encryption?).");
      }
      const joined = fromBase64Url(ciphertext.slice(PREFIX.length));
      try {
        const plain = await crypto.subtle.decrypt(
          { name: "AES-GCM", iv: joined.subarray(0, IV_BYTES) },
          await cryptoKey,
          joined.subarray(IV_BYTES),
        );
        return new TextDecoder().decode(plain);
      } catch {
        throw new Error("aesGcmCipher: the stored value does not decrypt with this key (altered, or written with another key).");
      }
    },
  };
}

function importKey(key: Uint8Array | CryptoKey): Promise<CryptoKey> {
  if (key instanceof Uint8Array) {
    if (key.length !== 32) throw new TypeError(`aesGcmCipher(key) needs a 32-byte key; got ${key.length} bytes.`);
    return crypto.subtle.importKey("raw", new Uint8Array(key), "AES-GCM", false, ["encrypt", "decrypt"]);
  }
  if (typeof key !== "object" || key === null || (key as CryptoKey).algorithm?.name !== "AES-GCM") {
    throw new TypeError("aesGcmCipher(key) takes a 32-byte Uint8Array or an AES-GCM CryptoKey.");
  }
  return Promise.resolve(key);
}
