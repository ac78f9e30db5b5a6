import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/config.ts';
import { PURE_SRC_TESTS } from '../../../vitest.config.ts';

/** The helpers that start a database or a server: a test importing one is an integration test. */
const NEEDS_POSTGRES = /tests\/helpers\/(api|server|database|cli)\.ts/;

describe('the unit project', () => {
  it('takes exactly the tests beside the source that start no database or server', () => {
    const srcTests = execFileSync('git', ['ls-files', 'src/**/*.test.ts'], { cwd: projectRoot, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    const pure = srcTests.filter((file) => !NEEDS_POSTGRES.test(readFileSync(path.join(projectRoot, file), 'utf8')));
    expect([...PURE_SRC_TESTS].sort()).toEqual(pure.sort());
  });
});
