import type { Page } from "./paged-paths.js";

/**
 * The items of `pages`, one by one. Hand-written rather than an async generator: `for await` over
 * a generator that `yield*`s each page costs a generator resumption per item, which on 10,000 items
 * is a measurable share of a walk (bench suite "api"); this resolves buffered items directly.
 */
export function itemsOf<T>(pages: AsyncIterable<Page<T>>): AsyncIterator<T> {
  const source = pages[Symbol.asyncIterator]();
  let items: readonly T[] = [];
  let index = 0;
  const pull = (result: IteratorResult<Page<T>>): IteratorResult<T> | Promise<IteratorResult<T>> => {
    if (result.done) return { value: undefined, done: true };
    items = result.value.items;
    index = 0;
    return index < items.length ? { value: items[index++] as T, done: false } : source.next().then(pull);
  };
  return {
    next() {
      if (index < items.length) return Promise.resolve({ value: items[index++] as T, done: false });
      return source.next().then(pull);
    },
    async return(value?: unknown) {
      items = [];
      await source.return?.();
      return { value: value as T, done: true };
    },
  };
}
