import { type ApiCall, NOT_FOUND, type OperationHandler } from "../api/answers.js";
import { pagedAnswer } from "../api/paginate.js";
import { iso } from "../state/account-state.js";
import { NO_CONTENT, ok } from "./respond.js";

/** Usernames the account knows: itself and whoever follows it or it follows. */
function knownUser(call: ApiCall, username: string): boolean {
  const { social, account } = call.state;
  return username === account.username || [...social.followers, ...social.following].some((user) => user.username === username);
}

/** The user account (`user_account/*` but analytics, `users/*`): the account and its social graph. */
export const userAccountHandlers: Record<string, OperationHandler> = {
  "user_account/get": (call) => ok(call.state.accountView()),
  "linked_business_accounts/get": (call) => ok(call.state.social.businesses),
  "followers/list": (call) => pagedAnswer(call.state.social.followers, call.query),
  /** `feed_type` `CREATOR_ONLY` / `RANKED_CREATOR_ONLY` keep the followees of `type: "creator"`. */
  "user_following/get": (call) => {
    const creatorsOnly = String(call.query.feed_type ?? "").endsWith("CREATOR_ONLY");
    return pagedAnswer(
      call.state.social.following.filter((user) => !creatorsOnly || user.type === "creator"),
      call.query,
    );
  },
  "boards_user_follows/list": (call) => pagedAnswer(call.state.social.followedBoards, call.query),
  "follow_user/update": (call) => {
    const username = call.path.username ?? "";
    if (username === call.state.account.username) return NOT_FOUND.user;
    const following = call.state.social.following;
    let user = following.find((candidate) => candidate.username === username);
    if (user === undefined) {
      user = { type: "user", username };
      following.push(user);
    }
    return ok(user);
  },
  "user_websites/get": (call) => pagedAnswer(call.state.social.websites, call.query),
  "verify_website/update": (call) => {
    const website = String(call.body.website ?? "");
    const websites = call.state.social.websites;
    const summary = { website, status: "verified", verified_at: iso(call.now) };
    const index = websites.findIndex((entry) => entry.website === website);
    if (index === -1) websites.push(summary);
    else websites[index] = summary;
    return ok(summary);
  },
  "unverify_website/delete": (call) => {
    const websites = call.state.social.websites;
    const index = websites.findIndex((entry) => entry.website === call.query.website);
    if (index === -1) return NOT_FOUND.website;
    websites.splice(index, 1);
    return NO_CONTENT;
  },
  "website_verification/get": (call) => {
    const code = `pinterestkit${call.state.account.id ?? "0"}`.slice(0, 32);
    return ok({
      verification_code: code,
      metatag: `<meta name="p:domain_verify" content="${code}"/>`,
      dns_txt_record: `pinterest-site-verification=${code}`,
      filename: `pinterest-${code.slice(0, 5)}.html`,
      file_content: `<!DOCTYPE html><html><head><meta name="pinterest" content="${code}"/></head></html>`,
    });
  },
  "user_account/followed_interests": (call) =>
    knownUser(call, call.path.username ?? "") ? pagedAnswer(call.state.social.interests, call.query) : NOT_FOUND.user,
};
