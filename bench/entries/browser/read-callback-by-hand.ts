// The callback check for libraries without a callback reader (arctic, openid-client outside a
// token request): the state first, then an `error=` redirect, then the code.
export function readCallbackByHand(callbackUrl: string, expectedState: string): string {
  const params = new URL(callbackUrl).searchParams;
  if (params.get("state") !== expectedState) throw new Error("state mismatch");
  const error = params.get("error");
  if (error !== null) throw new Error(`authorization failed: ${error}`);
  const code = params.get("code");
  if (code === null) throw new Error("no code");
  return code;
}
