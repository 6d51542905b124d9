/**
 * Branches, files and commits through GitHub's Git Data API (blobs, trees, commits, refs), so a
 * commit needs no clone and, made with the workflow's token, is signed by GitHub. Used by the
 * pull request stage (a rolling branch) and by `release` (one commit on `base`); both decide
 * what to write, this module only writes it.
 */
import { ServiceError, UserError } from '../errors.ts';
import type { RepoRef } from '../settings.ts';
import type { GitHubClient } from './client.ts';
import { describeGitHubError, statusOf } from './errors.ts';

export type FileMode = '100644' | '100755';

/** A whole file as it should be in a commit; `path` is relative to the repository's root. */
export interface RepoFile {
  path: string;
  content: string;
  /** Undefined: the mode the file has in the parent commit, `100644` for a new file. */
  mode?: FileMode;
}

export interface CommitAuthor {
  name: string;
  email: string;
}

export interface CommitFilesOptions {
  parentSha: string;
  files: readonly RepoFile[];
  message: string;
  /** Undefined: GitHub uses the token's identity (and signs the commit). */
  author?: CommitAuthor;
}

export interface CommitInfo {
  sha: string;
  treeSha: string;
  parentShas: string[];
}

/**
 * A non-forced branch update that GitHub refused because the branch no longer points at the
 * new commit's parent: someone pushed meanwhile. The caller redoes its edit on the new head.
 */
export class BranchMovedError extends ServiceError {
  override name = 'BranchMovedError';
}

function slug(repo: RepoRef): string {
  return `${repo.owner}/${repo.repo}`;
}

async function call<T>(doing: string, notFound: string, request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    throw describeGitHubError(error, doing, notFound);
  }
}

/** A path GitHub's tree API takes as it is: relative, `/`-separated, no `.`, `..` or `.git`. */
export function checkRepoPath(path: string): void {
  const segments = path.split('/');
  const bad = segments.some(
    (s) => s === '' || s === '.' || s === '..' || s.toLowerCase() === '.git' || s.includes('\0'),
  );
  if (bad || path.includes('\\')) {
    throw new UserError(
      `'${path}' is not a file path inside the repository; give paths relative to the repository's root, separated by '/'.`,
    );
  }
}

/** The repository's default branch (for `base` left empty). */
export async function readDefaultBranch(client: GitHubClient, repo: RepoRef): Promise<string> {
  const { data } = await call(
    `reading the repository ${slug(repo)}`,
    `the repository ${slug(repo)} does not exist or the token cannot see it. Check the repository name and the token's access.`,
    () => client.request('GET /repos/{owner}/{repo}', { owner: repo.owner, repo: repo.repo }),
  );
  return data.default_branch;
}

/** The object a ref (`heads/…`, `tags/…`) points at; undefined when there is no such ref. */
export async function readRef(
  client: GitHubClient,
  repo: RepoRef,
  ref: string,
): Promise<string | undefined> {
  try {
    const { data } = await client.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
      owner: repo.owner,
      repo: repo.repo,
      ref,
    });
    return data.object.sha;
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw describeGitHubError(error, `reading ${ref} of ${slug(repo)}`, '');
  }
}

/** The commit a branch points at; undefined when there is no such branch. */
export function readBranch(
  client: GitHubClient,
  repo: RepoRef,
  branch: string,
): Promise<string | undefined> {
  return readRef(client, repo, `heads/${branch}`);
}

/**
 * Points `branch` at `sha`, creating it when missing. Without `force` the update must be a
 * fast-forward; a refusal then means the branch moved, and BranchMovedError says so.
 */
export async function setBranch(
  client: GitHubClient,
  repo: RepoRef,
  branch: string,
  sha: string,
  options: { force: boolean },
): Promise<void> {
  const current = await readBranch(client, repo, branch);
  const doing = `${current === undefined ? 'creating' : 'updating'} the branch ${branch} of ${slug(repo)}`;
  const notFound = `the repository ${slug(repo)} does not exist or the token cannot write to it. Give the token 'contents: write'.`;
  if (current === sha) return;
  if (current === undefined) {
    await call(doing, notFound, () =>
      client.request('POST /repos/{owner}/{repo}/git/refs', {
        owner: repo.owner,
        repo: repo.repo,
        ref: `refs/heads/${branch}`,
        sha,
      }),
    );
    return;
  }
  try {
    await client.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
      owner: repo.owner,
      repo: repo.repo,
      ref: `heads/${branch}`,
      sha,
      force: options.force,
    });
  } catch (error) {
    // 422 on a non-forced update of a branch that exists: not a fast-forward any more.
    if (!options.force && statusOf(error) === 422) {
      throw new BranchMovedError(
        `The branch ${branch} of ${slug(repo)} moved while this run was preparing its commit; run again to redo the change on the new head.`,
        422,
        { cause: error },
      );
    }
    throw describeGitHubError(error, doing, notFound);
  }
}

/** Deletes a branch; false when it was already gone. */
export async function deleteBranch(
  client: GitHubClient,
  repo: RepoRef,
  branch: string,
): Promise<boolean> {
  try {
    await client.request('DELETE /repos/{owner}/{repo}/git/refs/{ref}', {
      owner: repo.owner,
      repo: repo.repo,
      ref: `heads/${branch}`,
    });
    return true;
  } catch (error) {
    // GitHub answers 422 "Reference does not exist" for a branch already deleted.
    const status = statusOf(error);
    if (status === 422 || status === 404) return false;
    throw describeGitHubError(error, `deleting the branch ${branch} of ${slug(repo)}`, '');
  }
}

export async function readCommit(
  client: GitHubClient,
  repo: RepoRef,
  sha: string,
): Promise<CommitInfo> {
  const { data } = await call(
    `reading the commit ${sha} of ${slug(repo)}`,
    `the commit ${sha} does not exist in ${slug(repo)}.`,
    () =>
      client.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', {
        owner: repo.owner,
        repo: repo.repo,
        commit_sha: sha,
      }),
  );
  return { sha: data.sha, treeSha: data.tree.sha, parentShas: data.parents.map((p) => p.sha) };
}

interface TreeEntry {
  mode: string;
  type: string;
  sha: string;
}

/**
 * The tree entries of `paths` under `rootTree` (absent paths are missing from the map), reading
 * only the directories on their way, each once.
 */
async function entriesIn(
  client: GitHubClient,
  repo: RepoRef,
  rootTree: string,
  paths: readonly string[],
): Promise<Map<string, TreeEntry>> {
  const listings = new Map<string, Map<string, TreeEntry>>();
  const list = async (treeSha: string): Promise<Map<string, TreeEntry>> => {
    let entries = listings.get(treeSha);
    if (!entries) {
      const { data } = await call(`reading a tree of ${slug(repo)}`, 'the tree is gone.', () =>
        client.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
          owner: repo.owner,
          repo: repo.repo,
          tree_sha: treeSha,
        }),
      );
      entries = new Map(
        data.tree.flatMap((e) =>
          e.path !== undefined &&
          e.mode !== undefined &&
          e.type !== undefined &&
          e.sha !== undefined
            ? [[e.path, { mode: e.mode, type: e.type, sha: e.sha }]]
            : [],
        ),
      );
      listings.set(treeSha, entries);
    }
    return entries;
  };
  const found = new Map<string, TreeEntry>();
  for (const path of paths) {
    const segments = path.split('/');
    let tree: string | undefined = rootTree;
    for (const [index, segment] of segments.entries()) {
      if (tree === undefined) break;
      const entry = (await list(tree)).get(segment);
      if (index === segments.length - 1) {
        if (entry) found.set(path, entry);
      } else {
        tree = entry?.type === 'tree' ? entry.sha : undefined;
      }
    }
  }
  return found;
}

/**
 * The text of `paths` in the commit `commitSha` (undefined for a path that is not there).
 * Read through trees and blobs, whose URLs carry only shas: the contents API would need the
 * path in its URL, where octokit encodes `/` as `%2F`, which some token types are refused on.
 */
export async function readFilesAt(
  client: GitHubClient,
  repo: RepoRef,
  commitSha: string,
  paths: readonly string[],
): Promise<Map<string, string | undefined>> {
  for (const path of paths) checkRepoPath(path);
  const commit = await readCommit(client, repo, commitSha);
  const entries = await entriesIn(client, repo, commit.treeSha, paths);
  const texts = new Map<string, string | undefined>();
  for (const path of paths) {
    const entry = entries.get(path);
    if (entry && entry.type !== 'blob') {
      throw new UserError(`${path} in ${slug(repo)} is not a file; point the input at a file.`);
    }
    if (!entry) {
      texts.set(path, undefined);
      continue;
    }
    const { data: blob } = await call(
      `reading ${path} in ${slug(repo)}`,
      `the blob of ${path} is gone.`,
      () =>
        client.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
          owner: repo.owner,
          repo: repo.repo,
          file_sha: entry.sha,
        }),
    );
    texts.set(
      path,
      Buffer.from(blob.content, blob.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8'),
    );
  }
  return texts;
}

/**
 * A file's text at a branch or commit sha; undefined when the file or the branch does not exist.
 */
export async function readFileAt(
  client: GitHubClient,
  repo: RepoRef,
  path: string,
  ref: string,
): Promise<string | undefined> {
  const sha = /^[0-9a-f]{40}$/.test(ref) ? ref : await readBranch(client, repo, ref);
  if (sha === undefined) return undefined;
  return (await readFilesAt(client, repo, sha, [path])).get(path);
}

/**
 * One commit on `parentSha` that changes exactly `files`: a blob per file, a tree made of the
 * parent's tree plus those blobs, and the commit. Returns the new commit's sha, or `parentSha`
 * itself when the files are already as wanted (no empty commits). Refs are not touched.
 */
export async function commitFiles(
  client: GitHubClient,
  repo: RepoRef,
  options: CommitFilesOptions,
): Promise<string> {
  for (const file of options.files) checkRepoPath(file.path);
  const where = slug(repo);
  const noAccess = `the repository ${where} does not exist or the token cannot write to it. Give the token 'contents: write'.`;
  const parent = await readCommit(client, repo, options.parentSha);
  const existing = await entriesIn(
    client,
    repo,
    parent.treeSha,
    options.files.filter((f) => f.mode === undefined).map((f) => f.path),
  );

  const entries: { path: string; mode: FileMode; type: 'blob'; sha: string }[] = [];
  for (const file of options.files) {
    const mode = file.mode ?? existing.get(file.path)?.mode ?? '100644';
    if (mode !== '100644' && mode !== '100755') {
      throw new UserError(
        `${file.path} in ${where} is not a regular file (mode ${mode}); only regular files can be written.`,
      );
    }
    const { data: blob } = await call(`storing ${file.path} in ${where}`, noAccess, () =>
      client.request('POST /repos/{owner}/{repo}/git/blobs', {
        owner: repo.owner,
        repo: repo.repo,
        content: Buffer.from(file.content, 'utf8').toString('base64'),
        encoding: 'base64',
      }),
    );
    entries.push({ path: file.path, mode, type: 'blob', sha: blob.sha });
  }

  const { data: tree } = await call(`writing a tree in ${where}`, noAccess, () =>
    client.request('POST /repos/{owner}/{repo}/git/trees', {
      owner: repo.owner,
      repo: repo.repo,
      base_tree: parent.treeSha,
      tree: entries,
    }),
  );
  if (tree.sha === parent.treeSha) return parent.sha;

  const { data: commit } = await call(`writing a commit in ${where}`, noAccess, () =>
    client.request('POST /repos/{owner}/{repo}/git/commits', {
      owner: repo.owner,
      repo: repo.repo,
      message: options.message,
      tree: tree.sha,
      parents: [parent.sha],
      ...(options.author ? { author: options.author } : {}),
    }),
  );
  return commit.sha;
}
