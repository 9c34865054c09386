// Called by Maven (frontend/pom.xml) before packaging: installs the locked dependencies with `npm ci` when
// package-lock.json changed since the last install, and runs `npm run build` when anything the bundle is made from
// is newer than the last bundle. A clean clone does both; a reactor build with nothing changed does neither, which
// also keeps offline (`-o`) builds working once the npm cache holds the packages.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const stamp = join(root, 'node_modules', '.quire-lock-sha256');
const bundle = join(root, 'dist', 'index.html');
const inputs = ['src', 'public', 'index.html', 'package.json', 'package-lock.json', 'tsconfig.json', 'vite.config.ts'];

function run(command, args) {
  console.log(`[frontend] ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
  });
  if (result.status !== 0) {
    process.exit(result.status ?? 1);
  }
}

function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stat.mtimeMs);
}

const lockHash = createHash('sha256').update(readFileSync(join(root, 'package-lock.json'))).digest('hex');
const installed = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : '';
if (installed !== lockHash) {
  run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund']);
  writeFileSync(stamp, lockHash);
}

const builtAt = existsSync(bundle) ? statSync(bundle).mtimeMs : 0;
const changedAt = Math.max(...inputs.map((input) => newestChange(join(root, input))));
if (changedAt > builtAt) {
  run('npm', ['run', 'build']);
} else {
  console.log('[frontend] dist/ is up to date');
}
// Maven copies dist/ over what an earlier build left in target/classes; old hashed assets must not pile up there.
rmSync(join(root, 'target', 'classes', 'static'), { recursive: true, force: true });
