// Size entry for .size-limit.json: what an app that makes one typed call ships, the generated
// operation table included (createPinterestClient reads it to know the form-encoded operations).
import { createPinterestClient } from "../dist/index.js";

const client = createPinterestClient();

export const getAccount = () => client.GET("/user_account");
