/**
 * Records of one kind by id, in insertion order (listing order). The one place that writes a
 * collection is its {@link AccountState}; everything else reads copies.
 */
export class Collection<T extends object> {
  readonly #items = new Map<string, T>();

  get(id: string): T | undefined {
    return this.#items.get(id);
  }

  put(id: string, item: T): T {
    this.#items.set(id, item);
    return item;
  }

  /** Merge `changes` into an existing record; undefined when there is none. */
  update(id: string, changes: Partial<T>): T | undefined {
    const item = this.#items.get(id);
    if (item === undefined) return undefined;
    Object.assign(item, changes);
    return item;
  }

  delete(id: string): boolean {
    return this.#items.delete(id);
  }

  list(filter?: (item: T) => boolean): T[] {
    const all = [...this.#items.values()];
    return filter === undefined ? all : all.filter(filter);
  }

  get size(): number {
    return this.#items.size;
  }
}
