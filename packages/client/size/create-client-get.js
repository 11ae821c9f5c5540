// Size entry for .size-limit.json: what an app that makes one typed call ships. Issue 11's bound:
// at most 2 kB over the 3.8 kB of the 3-operation client; the operation table stays out of it
// (createPinterestClient reads only the generated list of form operations).
import { createPinterestClient } from "../dist/index.js";

const client = createPinterestClient();

export const getAccount = () => client.GET("/user_account");
