import { describe, expect, it } from "vitest";
import { redirectUriMatches } from "../src/redirect-uri.js";

describe("redirectUriMatches", () => {
  const cases: [string, { registered: string; requested: string; want: boolean }][] = [
    ["identical", { registered: "https://app.example/cb", requested: "https://app.example/cb", want: true }],
    ["trailing slash differs", { registered: "https://app.example/cb", requested: "https://app.example/cb/", want: false }],
    ["case differs", { registered: "https://app.example/cb", requested: "https://APP.example/cb", want: false }],
    ["extra query", { registered: "https://app.example/cb", requested: "https://app.example/cb?x=1", want: false }],
    [
      "port added to a non-loopback URI",
      { registered: "https://app.example/cb", requested: "https://app.example:8443/cb", want: false },
    ],
    [
      "loopback IPv4, any port",
      { registered: "http://127.0.0.1/callback", requested: "http://127.0.0.1:8085/callback", want: true },
    ],
    [
      "localhost, any port",
      { registered: "http://localhost/callback", requested: "http://localhost:51234/callback", want: true },
    ],
    ["loopback IPv6, any port", { registered: "http://[::1]/cb", requested: "http://[::1]:9000/cb", want: true }],
    [
      "loopback port, other path",
      { registered: "http://127.0.0.1/callback", requested: "http://127.0.0.1:8085/other", want: false },
    ],
    [
      "loopback port, other host",
      { registered: "http://127.0.0.1/callback", requested: "http://localhost:8085/callback", want: false },
    ],
    ["loopback query must match", { registered: "http://127.0.0.1/cb?a=1", requested: "http://127.0.0.1:80/cb?a=1", want: true }],
    [
      "loopback with an explicit registered port",
      { registered: "http://127.0.0.1:8085/cb", requested: "http://127.0.0.1:9000/cb", want: false },
    ],
    ["loopback port 0", { registered: "http://127.0.0.1/cb", requested: "http://127.0.0.1:0/cb", want: false }],
    ["loopback port out of range", { registered: "http://127.0.0.1/cb", requested: "http://127.0.0.1:70000/cb", want: false }],
    [
      "https loopback gets no exception",
      { registered: "https://127.0.0.1/cb", requested: "https://127.0.0.1:8443/cb", want: false },
    ],
    ["a look-alike host", { registered: "http://127.0.0.1/cb", requested: "http://127.0.0.1.evil.example:80/cb", want: false }],
    ["userinfo smuggling", { registered: "http://127.0.0.1/cb", requested: "http://127.0.0.1:80@evil.example/cb", want: false }],
  ];
  it.each(cases)("%s", (_name, { registered, requested, want }) => {
    expect(redirectUriMatches(registered, requested)).toBe(want);
  });
});
