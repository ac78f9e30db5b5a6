import { describe, expect, it } from 'vitest';
import { parseLsn, WalHistory } from '../../../src/db/replicaLag.ts';

describe('parseLsn', () => {
  it('reads both 32-bit halves, so a position past 4 GB compares above one below', () => {
    expect(parseLsn('0/16B3748')).toBe(0x16b3748n);
    expect(parseLsn('1/0')).toBe(0x1_0000_0000n);
    expect(parseLsn('1/0') > parseLsn('0/FFFFFFFF')).toBe(true);
  });

  it('refuses what is not a WAL position', () => {
    expect(() => parseLsn('16B3748')).toThrow('Not a WAL position: 16B3748');
  });
});

describe('WalHistory.lagMs', () => {
  const history = new WalHistory(10_000);
  history.record(100n, 1_000);
  history.record(200n, 1_250);
  history.record(300n, 1_500);

  it('is 0 for a replica that has replayed the latest position', () => {
    expect(history.lagMs(300n, 2_000)).toBe(0);
  });

  it('counts from the first sample the replica has not replayed', () => {
    expect(history.lagMs(150n, 2_000)).toBe(750);
    expect(history.lagMs(200n, 2_000)).toBe(500);
  });

  it('forgets samples older than its window but the newest of them', () => {
    const short = new WalHistory(1_000);
    for (const [lsn, at] of [
      [1n, 0],
      [2n, 500],
      [3n, 1_000],
      [4n, 3_000],
    ] as const)
      short.record(lsn, at);
    expect(short.lagMs(0n, 3_000)).toBe(2_000);
  });
});
