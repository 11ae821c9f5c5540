/**
 * The account the mock plays by default (Pinterest API v5 `Account`). Every field the schema
 * declares is present so that clients see a complete body; `board_count` and `pin_count` are those
 * of the default seed (two boards, three Pins) and follow the state as it changes.
 */
export const MOCK_ACCOUNT = Object.freeze({
  account_type: "BUSINESS",
  id: "2783136121146311751",
  username: "pinterestkit_mock",
  profile_image: "https://i.pinimg.com/600x600_R/42/f5/36/42f536cd34e9b3c9d9b4b2a9fe8f6ef0.jpg",
  website_url: "https://example.com",
  business_name: "pinterest-kit mock",
  about: "The account of the @pinterest-kit/mock server.",
  board_count: 2,
  pin_count: 3,
  follower_count: 10,
  following_count: 347,
  monthly_views: 163,
} as const);
