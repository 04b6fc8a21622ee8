// One writer at a time per index folder: a lock file created exclusively, naming its owner (pid,
// host and the process's start time). A lock whose owner is gone is taken over, with a notice.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { PapersError } from '../errors.js';

export interface Lock {
  release(): void;
  /** Why a stale lock was taken over to get this one (for a one-line notice), or null. */
  readonly tookOver: string | null;
}

export const LOCK_FILE = 'write.lock';

/**
 * A lock file without a readable owner is being written right now, or was left half-written by
 * a crash: after this long it is the latter.
 */
export const UNREADABLE_LOCK_GRACE_MS = 10_000;

/** Locks this process holds, so an exit that skips `finally` blocks can still release them. */
const heldLocks = new Set<Lock>();

/** Release every lock this process holds: for an exit handler (a second Ctrl-C exits at once). */
export function releaseHeldLocks(): void {
  for (const lock of [...heldLocks]) lock.release();
}

/**
 * The lock's content: the pid on the first line (for a person, and for older versions that read
 * only that), then the owner as JSON. `started` is the process's start time as the kernel keeps
 * it (Linux: clock ticks since boot), so that a pid reused by another process is told apart.
 */
const OwnerSchema = z.object({ pid: z.number().int().positive(), host: z.string(), started: z.string().nullable(), token: z.string() });
type Owner = z.infer<typeof OwnerSchema>;

export function acquireLock(indexDir: string): Lock {
  const file = path.join(indexDir, LOCK_FILE);
  let tookOver: string | null = null;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const owner: Owner = { pid: process.pid, host: os.hostname(), started: readProcessStartTime(process.pid), token: crypto.randomBytes(8).toString('hex') };
    try {
      const fd = fs.openSync(file, 'wx');
      fs.writeSync(fd, `${owner.pid}\n${JSON.stringify(owner)}\n`);
      fs.closeSync(fd);
      return holdLock(file, owner.token, tookOver);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const content = readOrNull(file);
    if (content === null) continue;
    const verdict = judgeLock(content, ageMs(file));
    if (verdict.held) {
      throw new PapersError('INDEX_LOCKED', `another papers process${verdict.pid === null ? '' : ` (pid ${verdict.pid})`} is writing ${indexDir}`, 'wait for it to finish, then run the command again');
    }
    if (removeIfUnchanged(file, content)) tookOver = `took over a stale ${LOCK_FILE} (${verdict.reason})`;
  }
  throw new PapersError('INDEX_LOCKED', `could not lock ${indexDir}`, 'run the command again');
}

/** The writer holding the folder's lock now, or null when no live process holds it (a stale lock included). */
export function findLiveWriter(indexDir: string): { pid: number | null } | null {
  const file = path.join(indexDir, LOCK_FILE);
  const content = readOrNull(file);
  if (content === null) return null;
  const verdict = judgeLock(content, ageMs(file));
  return verdict.held ? { pid: verdict.pid } : null;
}

function holdLock(file: string, token: string, tookOver: string | null): Lock {
  let released = false;
  const lock: Lock = {
    tookOver,
    release() {
      if (released) return;
      released = true;
      heldLocks.delete(lock);
      // Only our own lock: one taken over meanwhile by another process is theirs.
      if (readOrNull(file)?.includes(token)) fs.rmSync(file, { force: true });
    },
  };
  heldLocks.add(lock);
  return lock;
}

type Verdict = { held: true; pid: number | null } | { held: false; reason: string };

/** Whether a lock's owner still writes; when not, why (for the notice). */
export function judgeLock(content: string, ageMilliseconds: number): Verdict {
  const [firstLine = '', secondLine = ''] = content.split('\n');
  const owner = parseOwner(secondLine);
  const pid = owner?.pid ?? (/^\d+$/.test(firstLine.trim()) ? Number(firstLine.trim()) : null);
  if (pid === null || pid <= 0) {
    if (ageMilliseconds < UNREADABLE_LOCK_GRACE_MS) return { held: true, pid: null };
    return { held: false, reason: `it names no process and is ${Math.round(ageMilliseconds / 1000)} s old` };
  }
  if (owner && owner.host !== os.hostname()) return { held: true, pid };
  if (!isRunning(pid)) return { held: false, reason: `pid ${pid} no longer runs` };
  if (owner) {
    const started = readProcessStartTime(pid);
    if (owner.started !== null && started !== null && started !== owner.started) return { held: false, reason: `pid ${pid} is now another process` };
    return { held: true, pid };
  }
  // A pid alone (an older lock): a live process that is not Node is not a papers writer.
  const command = readProcessCommand(pid);
  if (command !== null && !/node|papers/i.test(command)) return { held: false, reason: `pid ${pid} is ${readProcessName(pid) ?? 'another program'}, not papers` };
  return { held: true, pid };
}

function parseOwner(line: string): Owner | null {
  try {
    const parsed = OwnerSchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Removes the lock file if it still holds `content`. A rename first, so that of two processes
 * taking over the same stale lock, only one removes it, and neither a fresh lock of a third.
 */
function removeIfUnchanged(file: string, content: string): boolean {
  const moved = `${file}.stale-${process.pid}-${crypto.randomBytes(4).toString('hex')}`;
  try {
    fs.renameSync(file, moved);
  } catch {
    return false;
  }
  if (readOrNull(moved) !== content) {
    // Another process's fresh lock: put it back unless yet another took the name meanwhile.
    try {
      fs.linkSync(moved, file);
    } catch {
      // The name is taken again: that lock wins, and ours is retried against it.
    }
    fs.rmSync(moved, { force: true });
    return false;
  }
  fs.rmSync(moved, { force: true });
  return true;
}

/** Linux: field 22 of /proc/<pid>/stat; null where there is no /proc. */
function readProcessStartTime(pid: number): string | null {
  const stat = readOrNull(`/proc/${pid}/stat`);
  if (stat === null) return null;
  // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields[19] ?? null;
}

function readProcessCommand(pid: number): string | null {
  const command = readOrNull(`/proc/${pid}/cmdline`);
  return command === null ? null : command.replace(/\0/g, ' ').trim();
}

function readProcessName(pid: number): string | null {
  return readOrNull(`/proc/${pid}/comm`)?.trim() || null;
}

function readOrNull(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function ageMs(file: string): number {
  try {
    return Date.now() - fs.statSync(file).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
