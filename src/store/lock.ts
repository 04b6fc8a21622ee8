// One writer at a time per index folder: a lock file created exclusively, holding the owner's
// pid. A lock left by a process that no longer runs is taken over.
import fs from 'node:fs';
import path from 'node:path';
import { PapersError } from '../errors.js';

export interface Lock {
  release(): void;
}

export const LOCK_FILE = 'write.lock';

/** Locks this process holds, so an exit that skips `finally` blocks can still release them. */
const heldLocks = new Set<Lock>();

/** Release every lock this process holds: for an exit handler (a second Ctrl-C exits at once). */
export function releaseHeldLocks(): void {
  for (const lock of [...heldLocks]) lock.release();
}

export function acquireLock(indexDir: string): Lock {
  const file = path.join(indexDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = fs.openSync(file, 'wx');
      fs.writeSync(fd, `${process.pid}\n`);
      fs.closeSync(fd);
      let released = false;
      const lock: Lock = {
        release() {
          if (released) return;
          released = true;
          heldLocks.delete(lock);
          fs.rmSync(file, { force: true });
        },
      };
      heldLocks.add(lock);
      return lock;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(file);
      // A lock with no pid yet is being created right now by another process.
      const beingCreated = owner === null && ageMs(file) < 10_000;
      if (beingCreated || (owner !== null && isRunning(owner))) {
        throw new PapersError(
          'INDEX_LOCKED',
          `another papers process${owner === null ? '' : ` (pid ${owner})`} is writing ${indexDir}`,
          'wait for it to finish, then run the command again',
        );
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new PapersError('INDEX_LOCKED', `could not lock ${indexDir}`, 'run the command again');
}

function readOwner(file: string): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(file, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
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
