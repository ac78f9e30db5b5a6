/**
 * Committed codegen output (schema.graphql, read by client tooling) must match the SDL. npm test
 * runs codegen, then check:generated, which fails when the regenerated files differ from the
 * committed ones: in CI (a fresh clone) a stale schema.graphql fails the build. These tests keep
 * that check covering every committed output and show that it bites.
 */
import { spawnSync } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import codegen from '../../../codegen.ts';
import { projectRoot } from '../../../src/config.ts';
import { tempDir } from '../../helpers/tempDir.ts';

const scripts = (JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const check = scripts['check:generated'] ?? '';

function run(command: string, args: string[], cwd: string): { status: number | null; stderr: string } {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr };
}

/** What codegen writes that git keeps (not ignored), i.e. what a commit can let go stale. */
function committedOutputs(): string[] {
  return Object.keys(codegen.generates).filter((output) => {
    const { status } = run('git', ['check-ignore', '--quiet', output], projectRoot);
    if (status !== 0 && status !== 1) throw new Error(`git check-ignore ${output} exited ${status}`);
    return status === 1;
  });
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

describe('generated files in npm test', () => {
  it('runs codegen and then check:generated before type-checking, linting and vitest', () => {
    const steps = (scripts.test ?? '').split(' && ');
    expect(steps.slice(0, 2)).toEqual(['npm run codegen', 'npm run check:generated']);
    expect(steps.at(-1)).toBe('vitest run');
  });

  it('checks exactly the codegen outputs that are committed (schema.graphql)', () => {
    const checked = /^git diff --exit-code -- ([^|]+?) \|\|/.exec(check)?.[1]?.split(' ');
    expect(committedOutputs()).toEqual(['schema.graphql']);
    expect(checked).toEqual(committedOutputs());
  });

  it('fails check:generated when a committed output was regenerated differently, and passes once it is committed', async () => {
    const repo = await tempDir('generated-check');
    cleanups.push(repo.remove);
    const git = (...args: string[]) => run('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.org', ...args], repo.path);
    git('init', '--quiet');
    await fs.writeFile(path.join(repo.path, 'schema.graphql'), 'type Query {\n  a: Int\n}\n');
    git('add', 'schema.graphql');
    git('commit', '--quiet', '-m', 'schema');
    expect(run('sh', ['-c', check], repo.path).status).toBe(0);

    await fs.writeFile(path.join(repo.path, 'schema.graphql'), 'type Query {\n  a: Int\n  b: Int\n}\n');
    const stale = run('sh', ['-c', check], repo.path);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('commit the regenerated files');

    git('commit', '--quiet', '-am', 'regenerated');
    expect(run('sh', ['-c', check], repo.path).status).toBe(0);
  });
});
