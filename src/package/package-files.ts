/**
 * The package's files on disk: read them for an edit, and apply an edit (or, with dry-run,
 * print it as unified diffs). The edit itself is computed by the pure `planPackageEdit`.
 */
import { readFile } from 'node:fs/promises';
import { PackageError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { PackageSettings } from '../settings.ts';
import { displayPath } from './current-version.ts';
import type { FileChange, FileText, OptionalFileText } from './edit.ts';
import { writeFilesAtomically } from './files.ts';
import { unifiedDiff } from './unified-diff.ts';

export interface PackageTexts {
  dockerfile: FileText;
  manifest: FileText;
  changelog: OptionalFileText;
  versionsFile: OptionalFileText;
}

async function readOptional(path: string, workspace: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new PackageError(
      displayPath(workspace, path),
      `cannot be read (${(error as NodeJS.ErrnoException).code}).`,
      {
        cause: error,
      },
    );
  }
}

/** Reads the package's four files through `read` (undefined: missing), from disk or a commit. */
export async function readPackageTexts(
  pkg: PackageSettings,
  read: (file: string) => Promise<string | undefined>,
  missing: (file: string, input: string) => Error,
): Promise<PackageTexts> {
  const [dockerfile, manifest, changelog, versionsFile] = await Promise.all(
    [pkg.dockerfile, pkg.manifest, pkg.changelog, pkg.versionsFile].map(read),
  );
  if (dockerfile === undefined) throw missing(pkg.dockerfile, 'dockerfile');
  if (manifest === undefined) throw missing(pkg.manifest, 'manifest');
  return {
    dockerfile: { path: pkg.dockerfile, text: dockerfile },
    manifest: { path: pkg.manifest, text: manifest },
    changelog: { path: pkg.changelog, text: changelog },
    versionsFile: { path: pkg.versionsFile, text: versionsFile },
  };
}

/** The package's files in the working tree. */
export function readPackageFiles(pkg: PackageSettings): Promise<PackageTexts> {
  const { workspace } = pkg;
  return readPackageTexts(
    pkg,
    (file) => readOptional(file, workspace),
    (file, input) =>
      new PackageError(
        displayPath(workspace, file),
        `not found. Check the '${input}' and 'path' inputs.`,
      ),
  );
}

/** Writes every change as one (all or nothing); with dry-run prints the diffs instead. */
export async function applyPackageChanges(
  changes: readonly FileChange[],
  options: { dryRun: boolean; workspace: string; logger: Logger },
): Promise<void> {
  if (options.dryRun) {
    for (const change of changes) {
      options.logger.info(
        unifiedDiff(displayPath(options.workspace, change.path), change.before, change.after),
      );
    }
    return;
  }
  await writeFilesAtomically(changes.map((change) => ({ path: change.path, text: change.after })));
}
