/**
 * Writing a set of package files as one change: either every file gets its new text or none does.
 * Each file goes through a temporary file in its own directory and a rename (a rename within a
 * directory is atomic, so no reader sees half a file); everything that can fail before the first
 * rename (the target's type, permissions, disk space) is tried first, and the originals are kept
 * aside as hard links so a rename failing midway can put the earlier files back.
 */
import { randomBytes } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { PackageError } from '../errors.ts';

export { unifiedDiff } from './unified-diff.ts';

export interface FileWrite {
  path: string;
  text: string;
}

/** The file operations that can fail between the first and the last rename; tests inject faults. */
export interface RenameOps {
  rename(from: string, to: string): Promise<void>;
}

interface PreparedWrite {
  /** The file as named by the caller, for messages. */
  file: string;
  /** Where the rename goes: the symlink's target when the file is a symlink. */
  target: string;
  temp: string;
  /** A hard link (or copy) of the original; undefined for a new file. */
  backup: string | undefined;
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);
}

function sidePath(target: string, suffix: string): string {
  const name = `.${path.basename(target)}.cloudron-release-${randomBytes(6).toString('hex')}.${suffix}`;
  return path.join(path.dirname(target), name);
}

async function existingStats(file: string) {
  try {
    return await fs.stat(file);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

async function keepOriginal(target: string): Promise<string> {
  const backup = sidePath(target, 'orig');
  try {
    await fs.link(target, backup);
  } catch {
    // Some file systems have no hard links; a copy keeps the same content.
    await fs.copyFile(target, backup, constants.COPYFILE_EXCL);
  }
  return backup;
}

async function prepare(change: FileWrite, prepared: PreparedWrite[]): Promise<void> {
  const stats = await existingStats(change.path);
  if (stats !== undefined && !stats.isFile()) {
    throw new PackageError(change.path, 'is not a regular file; replace it with the file itself');
  }
  const target = stats === undefined ? change.path : await fs.realpath(change.path);
  if (stats !== undefined) await fs.access(target, constants.W_OK);
  const temp = sidePath(target, 'tmp');
  const entry: PreparedWrite = { file: change.path, target, temp, backup: undefined };
  prepared.push(entry);
  const handle = await fs.open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(change.text, 'utf8');
    await handle.chmod(stats === undefined ? 0o644 : stats.mode & 0o7777);
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (stats !== undefined) entry.backup = await keepOriginal(target);
}

async function removeQuietly(file: string | undefined): Promise<void> {
  if (file !== undefined) await fs.rm(file, { force: true }).catch(() => undefined);
}

async function cleanUp(prepared: PreparedWrite[]): Promise<void> {
  for (const entry of prepared) {
    await removeQuietly(entry.temp);
    await removeQuietly(entry.backup);
  }
}

/**
 * Puts back the files already renamed. Names any it could not restore, with where its original
 * is kept (that copy is then left in place for the person to recover by hand).
 */
async function restore(done: PreparedWrite[]): Promise<string[]> {
  const failed: string[] = [];
  for (const entry of done.toReversed()) {
    try {
      if (entry.backup === undefined) await fs.rm(entry.target, { force: true });
      else await fs.rename(entry.backup, entry.target);
    } catch {
      failed.push(
        entry.backup === undefined
          ? entry.file
          : `${entry.file} (original kept as ${entry.backup})`,
      );
    }
    entry.backup = undefined;
  }
  return failed;
}

/**
 * Writes every file, or none: the texts must be computed and validated before this is called.
 * A file that cannot be written (a directory in its place, a read-only file or folder, a parent
 * that is not a folder) fails the whole set before any file changes.
 */
export async function writeFilesAtomically(
  changes: readonly FileWrite[],
  ops: RenameOps = { rename: (from, to) => fs.rename(from, to) },
): Promise<void> {
  const names = changes.map((change) => path.resolve(change.path));
  if (new Set(names).size !== names.length) {
    throw new Error('writeFilesAtomically: the same file is listed twice');
  }
  const prepared: PreparedWrite[] = [];
  for (const change of changes) {
    try {
      await prepare(change, prepared);
    } catch (error) {
      await cleanUp(prepared);
      if (error instanceof PackageError) throw error;
      throw new PackageError(
        change.path,
        `cannot be written (${errorCode(error)}); no file was changed. Check that the file and its folder are writable`,
        { cause: error },
      );
    }
  }
  const done: PreparedWrite[] = [];
  for (const entry of prepared) {
    try {
      await ops.rename(entry.temp, entry.target);
      done.push(entry);
    } catch (error) {
      const unrestored = await restore(done);
      await cleanUp(prepared);
      const outcome =
        unrestored.length === 0
          ? 'no file was changed'
          : `these files could not be restored: ${unrestored.join(', ')}`;
      throw new PackageError(
        entry.file,
        `cannot be replaced (${errorCode(error)}); ${outcome}. Check the folder and run again`,
        { cause: error },
      );
    }
  }
  await cleanUp(prepared);
}
