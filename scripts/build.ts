/**
 * `npm run build`: the service compiled to JavaScript in dist/ (tsc, tsconfig.build.json), with
 * the files it reads beside its code: each domain's SDL (src/graphql/<domain>/schema.graphql),
 * the seed articles and the GraphiQL bundle. `npm run start:prod` then runs it with node alone.
 */
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/config.ts';

const dist = path.join(projectRoot, 'dist');

async function copyMatching(from: string, test: (file: string) => boolean): Promise<number> {
  const entries = await fs.readdir(path.join(projectRoot, from), { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && test(e.name)).map((e) => path.relative(projectRoot, path.join(e.parentPath, e.name)));
  for (const file of files) {
    await fs.mkdir(path.dirname(path.join(dist, file)), { recursive: true });
    await fs.copyFile(path.join(projectRoot, file), path.join(dist, file));
  }
  return files.length;
}

await fs.rm(dist, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [path.join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(projectRoot, 'tsconfig.build.json')],
  { stdio: 'inherit' },
);
const sdl = await copyMatching('src', (name) => name.endsWith('.graphql'));
const seed = await copyMatching(path.join('seed', 'articles'), (name) => name.endsWith('.txt'));
await copyMatching(path.join('src', 'server', 'graphiql', 'generated'), () => true);
console.log(`dist/: compiled src and seed, copied ${sdl} SDL files and ${seed} seed articles. Run it: npm run start:prod`);
