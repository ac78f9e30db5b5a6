import { describe, expect, it } from 'vitest';
import type { Measurement } from '../../../bench/load.ts';
import { pairedRatios } from '../../../bench/report.ts';

const measured = (server: string, round: number, reqPerSec: number, p99: number): Measurement => ({
  server,
  shape: 'M1',
  round,
  requests: reqPerSec * 10,
  reqPerSec,
  p50: p99 / 2,
  p99,
  max: p99 * 2,
  errors: 0,
  rssMiB: 100,
  sqlPerRequest: 1,
  serverCpuMs: 0.3,
  postgresCpuMs: 0.3,
});

describe('pairedRatios', () => {
  it('compares the servers within each round, then takes the median over rounds', () => {
    // One run's rounds: PostGraphile's req/s moved from 1,890 to 2,752 as the machine sped up.
    // The medians of each server taken apart (2,165 against 2,479) would say 0.87.
    const measurements = [
      measured('ours', 0, 2022, 30),
      measured('postgraphile', 0, 1890, 38),
      measured('postgraphile', 1, 2479, 25),
      measured('ours', 1, 2165, 38),
      measured('ours', 2, 2851, 20),
      measured('postgraphile', 2, 2752, 24),
    ];
    expect(pairedRatios(1000, measurements)).toEqual([
      { articles: 1000, shape: 'M1', peer: 'postgraphile', reqPerSec: 1.04, p99: 0.83, rounds: [1.07, 0.87, 1.04] },
    ]);
  });

  it('leaves out a peer that was not measured', () => {
    expect(pairedRatios(1000, [measured('ours', 0, 2000, 30)])).toEqual([]);
  });
});
