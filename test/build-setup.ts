// Global setup of both test groups: rebuilds dist/ when it is missing or older than src/, so the
// tests that run the built CLI never test stale code, and a current build costs nothing.
import { spawnSync } from 'node:child_process';
import { ROOT } from './helpers/paths.js';
import { findStaleBuild } from './helpers/run-cli.js';

export default function setup() {
  const stale = findStaleBuild();
  if (!stale) return;
  process.stderr.write(`${stale}: running npm run build\n`);
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status}); the tests that run the CLI need it`);
}
