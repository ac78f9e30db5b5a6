/**
 * How far behind the primary a replica is, in time, from WAL positions alone: the lag monitor
 * (replicas.ts) samples the primary's WAL position over time, and a replica that has replayed
 * up to some position is as old as the first sample past it. Clocks of other machines never
 * enter the sum.
 */

/** A WAL position ('16/B374D848') as a number, so positions compare across the 32-bit halves. */
export function parseLsn(text: string): bigint {
  const match = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(text.trim());
  if (!match) throw new Error(`Not a WAL position: ${text}`);
  return (BigInt(`0x${match[1]}`) << 32n) | BigInt(`0x${match[2]}`);
}

interface Sample {
  at: number;
  lsn: bigint;
}

/** The primary's WAL positions over the last `keepMs`, oldest first. */
export class WalHistory {
  private samples: Sample[] = [];

  constructor(private readonly keepMs: number) {}

  record(lsn: bigint, at: number): void {
    this.samples.push({ at, lsn });
    // Keep the newest sample older than the window: a replica stuck before it is at least that old.
    while (this.samples.length > 2 && this.samples[1]!.at < at - this.keepMs) this.samples.shift();
  }

  get latest(): bigint | undefined {
    return this.samples.at(-1)?.lsn;
  }

  /**
   * 0 when the replica has replayed the latest sample; otherwise how long ago the primary first
   * wrote past what it has replayed (a lower bound when that is older than the window).
   */
  lagMs(replayed: bigint, now: number): number {
    const latest = this.samples.at(-1);
    if (!latest || replayed >= latest.lsn) return 0;
    const firstAhead = this.samples.find((sample) => sample.lsn > replayed)!;
    return Math.max(0, now - firstAhead.at);
  }
}
