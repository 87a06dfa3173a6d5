import { rmSync } from 'node:fs';
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite is a single-process database: two processes writing one data directory would corrupt it.
 * A lock file holding the owner's pid guards it; a lock left by a dead process is taken over.
 * @throws Error when another live process holds the directory.
 */
export async function acquireDataDirLock(dataDir: string): Promise<() => void> {
  await mkdir(dataDir, { recursive: true });
  const lockPath = join(`${dataDir}`, '..', `${dataDir.split('/').filter(Boolean).pop() ?? 'pglite'}.lock`);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(lockPath, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      let released = false;
      return () => {
        if (!released) {
          released = true;
          // Synchronous, so the lock is gone even when the process exits right after closing the database.
          rmSync(lockPath, { force: true });
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw error;
      }
      const owner = Number((await readFile(lockPath, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isProcessAlive(owner)) {
        throw new Error(
          `The database in ${dataDir} is already open by process ${owner}. Stop it first (only one process may open PGlite).`,
          { cause: error },
        );
      }
      await rm(lockPath, { force: true });
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}
