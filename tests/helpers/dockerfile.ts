/**
 * The Dockerfile replayed without a Docker engine: the build context is a clean copy of the
 * repository (tracked and unignored files, less .dockerignore), each stage gets a directory of
 * its own standing for its filesystem, each COPY copies exactly the paths it names (from the
 * context or, with --from, from an earlier stage), and each RUN runs there in order, with the
 * stage's ENV. npm works offline from this machine's cache, so nothing leaves the machine; a
 * RUN's `--mount=type=cache` is that cache.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config.ts';

export interface Instruction {
  keyword: string;
  args: string;
}

export interface Stage {
  name?: string;
  image: string;
  instructions: Instruction[];
}

/** Instructions by stage: continuation lines joined, comments and the parser directive left out. */
export function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  for (const line of text.replace(/\\\n/g, ' ').split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const [, keyword = '', args = ''] = /^(\S+)\s*(.*)$/.exec(trimmed) ?? [];
    if (keyword.toUpperCase() === 'FROM') {
      const [image = '', , name] = args.split(/\s+/);
      stages.push({ image, ...(name ? { name } : {}), instructions: [] });
    } else {
      stages.at(-1)?.instructions.push({ keyword: keyword.toUpperCase(), args });
    }
  }
  return stages;
}

/** `["node", "x.js"]` → its words; a shell-form command is not exec form. */
export const execForm = (args: string): string[] | undefined => (args.trim().startsWith('[') ? (JSON.parse(args) as string[]) : undefined);

/** The files a `docker build .` of this repository would see. */
async function buildContext(into: string): Promise<void> {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: projectRoot,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
  const ignored = (await fs.readFile(path.join(projectRoot, '.dockerignore'), 'utf8'))
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const kept = listed.filter((file) => !ignored.some((pattern) => file === pattern || file.startsWith(`${pattern}/`)));
  for (const file of kept) {
    const source = path.join(projectRoot, file);
    if (!(await fs.stat(source).catch(() => undefined))?.isFile()) continue;
    await fs.mkdir(path.dirname(path.join(into, file)), { recursive: true });
    await fs.copyFile(source, path.join(into, file));
  }
}

export interface Replayed {
  /** Each stage's filesystem root, by stage name or index. */
  roots: Map<string, string>;
  /** The final stage: its root, working directory, environment and instructions. */
  final: { root: string; workdir: string; env: Record<string, string>; stage: Stage };
}

/** Replays every stage of `stages` under `dir`; throws with the output of a RUN that fails. */
export async function replayDockerfile(stages: Stage[], dir: string): Promise<Replayed> {
  const context = path.join(dir, 'context');
  await buildContext(context);
  const roots = new Map<string, string>();
  let final: Replayed['final'] | undefined;
  for (const [index, stage] of stages.entries()) {
    const root = path.join(dir, `stage-${index}`);
    await fs.mkdir(root, { recursive: true });
    let workdir = '/';
    const env: Record<string, string> = {};
    const inStage = (containerPath: string) => path.join(root, path.posix.resolve(workdir, containerPath));
    for (const { keyword, args } of stage.instructions) {
      if (keyword === 'WORKDIR') {
        workdir = path.posix.resolve(workdir, args.trim());
        await fs.mkdir(inStage('.'), { recursive: true });
      } else if (keyword === 'ENV') {
        for (const [, key = '', value = ''] of args.matchAll(/(\w+)=("[^"]*"|\S+)/g)) env[key] = value.replace(/^"|"$/g, '');
      } else if (keyword === 'COPY') {
        const words = args.split(/\s+/);
        const from = words.find((w) => w.startsWith('--from='))?.slice('--from='.length);
        const paths = words.filter((w) => !w.startsWith('--'));
        const destination = paths.pop() as string;
        const sourceRoot = from === undefined ? context : (roots.get(from) ?? '');
        for (const source of paths) {
          const absolute = from === undefined ? path.join(sourceRoot, source) : path.join(sourceRoot, source);
          const isDir = (await fs.stat(absolute)).isDirectory();
          const target =
            isDir || destination.endsWith('/') || paths.length > 1
              ? path.join(inStage(destination), isDir ? '' : path.basename(source))
              : inStage(destination);
          await fs.cp(absolute, target, { recursive: true });
        }
      } else if (keyword === 'RUN') {
        const command = args.replace(/^(?:--mount=\S+\s+)+/, '');
        const result = spawnSync('bash', ['-c', command], {
          cwd: inStage('.'),
          env: {
            PATH: process.env.PATH ?? '',
            HOME: process.env.HOME ?? '/root',
            ...env,
            npm_config_offline: 'true',
            npm_config_update_notifier: 'false',
          },
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        });
        if (result.status !== 0)
          throw new Error(`RUN ${command} failed (${result.status}):\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-4000)}`);
      }
    }
    roots.set(stage.name ?? String(index), root);
    final = { root, workdir, env, stage };
  }
  if (!final) throw new Error('The Dockerfile has no stage.');
  return { roots, final };
}
