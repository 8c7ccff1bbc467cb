/** An in-memory Storage whose writes can be made to fail, like a full or blocked browser storage. */
export class FakeStorage implements Storage {
  private items = new Map<string, string>();
  /** When set, every write throws this error. */
  failWritesWith: Error | null = null;

  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    if (this.failWritesWith) throw this.failWritesWith;
    this.items.set(key, String(value));
  }
  keys(): string[] {
    return [...this.items.keys()];
  }
}

/** The error browsers throw when storage is full. */
export const quotaExceeded = () =>
  new DOMException('The quota has been exceeded.', 'QuotaExceededError');
