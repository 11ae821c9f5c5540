// Size entry for .size-limit.json: a server route that exchanges the callback's code for tokens,
// nothing more: no session, store or middleware comes along.
import { createPinterestOAuth } from "../dist/index.js";

const oauth = createPinterestOAuth({
  clientId: process.env.PINTEREST_APP_ID,
  clientSecret: process.env.PINTEREST_APP_SECRET,
  redirectUri: "https://app.example/callback",
});

export const exchange = (code) => oauth.exchangeCode(code);
