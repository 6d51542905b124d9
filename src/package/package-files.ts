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

async function readRequired(path: string, workspace: string, input: string): Promise<string> {
  const text = await readOptional(path, workspace);
  if (text === undefined) {
    throw new PackageError(
      displayPath(workspace, path),
      `not found. Check the '${input}' and 'path' inputs.`,
    );
  }
  return text;
}

export async function readPackageFiles(pkg: PackageSettings): Promise<PackageTexts> {
  const { workspace } = pkg;
  const [dockerfile, manifest, changelog, versionsFile] = await Promise.all([
    readRequired(pkg.dockerfile, workspace, 'dockerfile'),
    readRequired(pkg.manifest, workspace, 'manifest'),
    readOptional(pkg.changelog, workspace),
    readOptional(pkg.versionsFile, workspace),
  ]);
  return {
    dockerfile: { path: pkg.dockerfile, text: dockerfile },
    manifest: { path: pkg.manifest, text: manifest },
    changelog: { path: pkg.changelog, text: changelog },
    versionsFile: { path: pkg.versionsFile, text: versionsFile },
  };
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
