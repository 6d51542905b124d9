/**
 * One commit of package files on `base` through the Git Data API, optimistic: the edit is
 * computed from the files at base's head; if base moves before the ref is updated, the edit is
 * redone on the new head (and skipped when that head already has it).
 */
import { isAbsolute, relative, sep } from 'node:path';
import { InputError, ServiceError } from '../errors.ts';
import {
  BranchMovedError,
  commitFiles,
  readBranch,
  readDefaultBranch,
  readFileAt,
  setBranch,
} from '../github/git-data.ts';
import type { RunContext } from '../main.ts';
import type { FileChange } from '../package/edit.ts';
import { readPackageTexts, type PackageTexts } from '../package/package-files.ts';
import type { RepoRef, Settings } from '../settings.ts';

const MAX_ATTEMPTS = 3;

export interface BaseCommit {
  branch: string;
  /** The commit on base that holds the files: the new one, or the head that already had them. */
  sha: string;
  committed: boolean;
}

export function packageRepository(settings: Settings): RepoRef {
  const repo = settings.github.repository;
  if (repo === undefined) {
    throw new InputError(
      'repository',
      'is not set and GITHUB_REPOSITORY is empty',
      'Set it to the package repository, owner/name.',
    );
  }
  return repo;
}

/** A package file's path in the repository: relative to the workspace (the checkout's root). */
export function repoPath(settings: Settings, file: string): string {
  const path = relative(settings.package.workspace, file);
  if (path === '' || path.startsWith('..') || isAbsolute(path)) {
    throw new InputError(
      'path',
      `${file} is outside the repository checkout`,
      'Run in the checkout and give paths inside it.',
    );
  }
  return path.split(sep).join('/');
}

export function readPackageFilesAt(
  settings: Settings,
  context: RunContext,
  repo: RepoRef,
  ref: string,
): Promise<PackageTexts> {
  return readPackageTexts(
    settings.package,
    (file) => readFileAt(context.github(), repo, repoPath(settings, file), ref),
    (file, input) =>
      new ServiceError(
        `${repo.owner}/${repo.repo} at ${ref.slice(0, 12)} has no ${repoPath(settings, file)}; check '${input}', 'path' and 'base'.`,
      ),
  );
}

/**
 * @param edit the changes to make to base's files; none (or undefined) when base already has them
 */
export async function commitToBase(
  settings: Settings,
  context: RunContext,
  message: string,
  edit: (texts: PackageTexts) => readonly FileChange[] | undefined,
): Promise<BaseCommit> {
  const client = context.github();
  const repo = packageRepository(settings);
  const branch = settings.github.base ?? (await readDefaultBranch(client, repo));
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const head = await readBranch(client, repo, branch);
    if (head === undefined) {
      throw new ServiceError(
        `The base branch ${branch} of ${repo.owner}/${repo.repo} does not exist. Check 'base'.`,
        404,
      );
    }
    const changes = edit(await readPackageFilesAt(settings, context, repo, head)) ?? [];
    if (changes.length === 0) {
      context.logger.info(
        `${branch} at ${head.slice(0, 7)} already has the change; nothing to commit`,
      );
      return { branch, sha: head, committed: false };
    }
    if (settings.dryRun) {
      context.logger.info(
        `would commit ${changes.map((c) => repoPath(settings, c.path)).join(', ')} on ${branch} (${message})`,
      );
      return { branch, sha: head, committed: false };
    }
    const sha = await commitFiles(client, repo, {
      parentSha: head,
      files: changes.map((c) => ({ path: repoPath(settings, c.path), content: c.after })),
      message,
    });
    try {
      await setBranch(client, repo, branch, sha, { force: false });
      context.logger.info(`Committed ${sha.slice(0, 7)} on ${branch}: ${message}`);
      return { branch, sha, committed: true };
    } catch (error) {
      if (!(error instanceof BranchMovedError)) throw error;
      context.logger.info(
        `${branch} moved while committing; redoing the edit on its new head (attempt ${attempt + 1})`,
      );
    }
  }
  throw new ServiceError(
    `The branch ${branch} of ${repo.owner}/${repo.repo} kept moving during ${MAX_ATTEMPTS} attempts to commit; run again later.`,
  );
}
