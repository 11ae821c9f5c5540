import { memoryStore, type TokenStore } from "@pinterest-kit/oauth";
import { describeTokenStoreConformance } from "../src/index.js";

// One memoryStore per address: the instances of one process share it (it cannot span processes).
const stores = new Map<string, TokenStore>();
let addresses = 0;

describeTokenStoreConformance("memoryStore", {
  newAddress: () => `memory-${++addresses}`,
  open(address) {
    const store = stores.get(address) ?? memoryStore();
    stores.set(address, store);
    return store;
  },
});
