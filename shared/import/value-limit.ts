/**
 * Counts a column's different values up to a limit, for columns the lead table will hold as
 * dictionary codes: past the limit it says so once and stops remembering values, so a free-text
 * column of a million rows costs at most `limit` strings, not a crash at the end of the import.
 */
export class ValueLimit {
  private readonly seen = new Set<string>();
  private over = false;

  constructor(
    private readonly limit: number,
    private readonly onOver: () => void,
  ) {}

  see(value: string): void {
    if (this.over || this.seen.has(value)) return;
    if (this.seen.size === this.limit) {
      this.over = true;
      this.seen.clear();
      this.onOver();
      return;
    }
    this.seen.add(value);
  }
}
