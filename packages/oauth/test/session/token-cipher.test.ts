import { describe, expect, it } from "vitest";
import { aesGcmCipher } from "../../src/session/token-cipher.js";

const key = () => crypto.getRandomValues(new Uint8Array(32));
const plaintext = JSON.stringify({ accessToken: "pina_secret-access", refreshToken: "pinr_secret-refresh" });

describe("aesGcmCipher", () => {
  it("round-trips, and the ciphertext holds neither token", async () => {
    const cipher = aesGcmCipher(key());
    const sealed = await cipher.encrypt(plaintext);
    expect(sealed).toMatch(/^aesgcm1\.[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain("pina_");
    expect(sealed).not.toContain("secret");
    expect(await cipher.decrypt(sealed)).toBe(plaintext);
  });

  it("uses a fresh IV per value", async () => {
    const cipher = aesGcmCipher(key());
    expect(await cipher.encrypt(plaintext)).not.toBe(await cipher.encrypt(plaintext));
  });

  it("takes an AES-GCM CryptoKey", async () => {
    const cryptoKey = await crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
    const cipher = aesGcmCipher(cryptoKey);
    expect(await cipher.decrypt(await cipher.encrypt(plaintext))).toBe(plaintext);
  });

  it.each([
    ["an altered value", async (sealed: string) => `${sealed.slice(0, -2)}${sealed.endsWith("AA") ? "BB" : "AA"}`],
    ["another key's value", async () => aesGcmCipher(key()).encrypt(plaintext)],
  ])("refuses %s without quoting it", async (_name, tamper) => {
    const cipher = aesGcmCipher(key());
    const bad = await tamper(await cipher.encrypt(plaintext));
    const error = await cipher.decrypt(bad).catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/does not decrypt with this key/);
    expect((error as Error).message).not.toContain(bad);
  });

  it("refuses a value stored without encryption, naming the likely cause", async () => {
    await expect(aesGcmCipher(key()).decrypt(plaintext)).rejects.toThrow(/written without encryption/);
  });

  it.each([
    ["a short key", new Uint8Array(16), /32-byte key; got 16 bytes/],
    ["a string", "0123456789abcdef0123456789abcdef", /32-byte Uint8Array or an AES-GCM CryptoKey/],
  ])("refuses %s", (_name, given, want) => {
    expect(() => aesGcmCipher(given as never)).toThrow(want);
  });
});
