/** A row a foreign key guarantees; its absence is a bug, not a client error. */
export function required<T>(row: T | null | undefined, what: string): T {
  if (row == null) throw new Error(`Missing ${what} behind a foreign key.`);
  return row;
}
