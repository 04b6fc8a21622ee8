// Runs the built `papers` CLI as a user would, capturing its output and exit code; refuses a
// missing or stale build, which would test yesterday's code.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CLI, ROOT } from './paths.js';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

let buildChecked = false;

export function runCli(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): CliResult {
  if (!buildChecked) checkBuildIsCurrent();
  buildChecked = true;
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
    timeout: 300_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** runCli without blocking this process: for tests that serve HTTP from it meanwhile. */
export function runCliAsync(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  if (!buildChecked) checkBuildIsCurrent();
  buildChecked = true;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, env: { ...process.env, ...options.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(options.input);
  });
}

/** Throws when dist/ is missing or older than a source file (the fast group's setup builds it then). */
export function checkBuildIsCurrent(): void {
  const stale = findStaleBuild();
  if (stale) throw new Error(`${stale}: run \`npm run build\` first (npm test does)`);
}

/** Why dist/ cannot be trusted (missing, or older than a file in src/), or undefined when it is current. */
export function findStaleBuild(): string | undefined {
  if (!fs.existsSync(CLI)) return `${path.relative(ROOT, CLI)} is missing`;
  const builtAt = fs.statSync(CLI).mtimeMs;
  const newer = listSources(path.join(ROOT, 'src')).find((file) => fs.statSync(file).mtimeMs > builtAt);
  return newer ? `dist/ is older than ${path.relative(ROOT, newer)}` : undefined;
}

function listSources(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return listSources(file);
    return entry.name.endsWith('.ts') ? [file] : [];
  });
}
