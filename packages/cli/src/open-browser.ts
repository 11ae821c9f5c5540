import { spawn } from "node:child_process";

/**
 * Ask the desktop to open a URL; failure is not fatal because the URL is printed too. On Windows,
 * `cmd /c start` would split the URL at each `&`, so the URL handler is called directly.
 */
export function openBrowser(url: string): void {
  const [command, args] =
    process.platform === "darwin"
      ? ["open", [url]]
      : process.platform === "win32"
        ? ["rundll32", ["url.dll,FileProtocolHandler", url]]
        : ["xdg-open", [url]];
  try {
    const child = spawn(command as string, args as string[], { stdio: "ignore", detached: true });
    child.on("error", () => {});
    child.unref();
  } catch {
    // The URL is on screen; the user can open it by hand.
  }
}
