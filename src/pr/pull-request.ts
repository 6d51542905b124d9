/**
 * The rolling version-bump pull request: one branch per upstream, owned by the action and
 * force-updated, and at most one open pull request from it. Every run reads first and writes
 * only what differs, so a run with nothing new writes nothing:
 *
 * - base already at or past what the PR proposes (and nothing newer wanted): comment, close,
 *   delete the branch: `closed`;
 * - the branch already holds the wanted files and the PR the wanted title and body: `unchanged`;
 * - otherwise a commit on base's head, the branch force-updated, the PR retitled: `updated`;
 * - no open PR: branch and PR created: `created`.
 */
import { PackageError, ServiceError, UserError } from '../errors.ts';
import type { GitHubClient } from '../github/client.ts';
import { describeGitHubError, isRateLimited, statusOf } from '../github/errors.ts';
import {
  commitFiles,
  deleteBranch,
  readBranch,
  readCommit,
  readDefaultBranch,
  readFilesAt,
  setBranch,
  type RepoFile,
} from '../github/git-data.ts';
import type { Logger } from '../logger.ts';
import { findArgDefaults } from '../package/dockerfile.ts';
import type { RepoRef } from '../settings.ts';
import { compareVersions, parseVersion, type Version } from '../versioning/version.ts';
import { ensureLabels } from './labels.ts';

export type PullRequestOperation = 'created' | 'updated' | 'unchanged' | 'closed' | 'none';

export interface PullRequestSpec {
  /** The package's repository. */
  repo: RepoRef;
  /** Undefined: the repository's default branch. */
  base: string | undefined;
  /** The rolling branch (see `prBranch`). */
  branch: string;
  title: string;
  body: string;
  labels: readonly string[];
  commitMessage: string;
  /** The package files as the branch should hold them: base's files edited for `target`. */
  files: readonly RepoFile[];
  /** The upstream version to propose; undefined when there is nothing newer. */
  target: Version | undefined;
  /** Where the upstream version is read on base and on the branch (repository-relative path). */
  versionFile: { path: string; arg: string };
  upstreamName: string;
  /** Decide and report, write nothing. */
  dryRun?: boolean;
}

export interface PullRequestResult {
  operation: PullRequestOperation;
  number: number | undefined;
  url: string | undefined;
  /** The branch's commit (none when closed or nothing to do, or in a dry run that would write one). */
  commitSha: string | undefined;
  base: string;
  /** The upstream version on base. */
  baseVersion: Version;
  /** The writes done (or, in a dry run, that would be done), one line each. */
  actions: string[];
}

interface OpenPull {
  number: number;
  url: string;
  title: string;
  body: string;
  labels: string[];
}

function slug(repo: RepoRef): string {
  return `${repo.owner}/${repo.repo}`;
}

/** `request`, with a failure turned into one line that says what was being done. */
async function described<T>(doing: string, request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    throw describeGitHubError(error, doing, 'the pull request or repository is gone.');
  }
}

async function findOpenPull(
  client: GitHubClient,
  spec: PullRequestSpec,
  base: string,
): Promise<OpenPull | undefined> {
  const { repo } = spec;
  let data;
  try {
    ({ data } = await client.request('GET /repos/{owner}/{repo}/pulls', {
      owner: repo.owner,
      repo: repo.repo,
      state: 'open',
      head: `${repo.owner}:${spec.branch}`,
      base,
      per_page: 100,
    }));
  } catch (error) {
    throw describeGitHubError(
      error,
      `listing the pull requests of ${slug(repo)}`,
      `the repository ${slug(repo)} does not exist or the token cannot see it.`,
    );
  }
  const pull = data[0];
  return (
    pull && {
      number: pull.number,
      url: pull.html_url,
      title: pull.title,
      body: pull.body ?? '',
      labels: pull.labels.map((l) => l.name),
    }
  );
}

/** The upstream version the Dockerfile at commit `sha` names; undefined when it names none. */
async function versionAt(
  client: GitHubClient,
  spec: PullRequestSpec,
  sha: string,
): Promise<Version | undefined> {
  const text = (await readFilesAt(client, spec.repo, sha, [spec.versionFile.path])).get(
    spec.versionFile.path,
  );
  const value =
    text === undefined ? undefined : findArgDefaults(text, spec.versionFile.arg)[0]?.value;
  return value === undefined ? undefined : parseVersion(value);
}

async function holdsFiles(
  client: GitHubClient,
  spec: PullRequestSpec,
  sha: string,
): Promise<boolean> {
  const texts = await readFilesAt(
    client,
    spec.repo,
    sha,
    spec.files.map((f) => f.path),
  );
  return spec.files.every((file) => texts.get(file.path) === file.content);
}

class Sync {
  readonly actions: string[] = [];
  private readonly client: GitHubClient;
  private readonly spec: PullRequestSpec;
  private readonly logger: Logger;

  constructor(client: GitHubClient, spec: PullRequestSpec, logger: Logger) {
    this.client = client;
    this.spec = spec;
    this.logger = logger;
  }

  /** Runs a write, or in a dry run only records it. */
  async write<T>(action: string, run: () => Promise<T>): Promise<T | undefined> {
    this.actions.push(action);
    this.logger.info(
      this.spec.dryRun ? `Would ${action}` : `${action[0]!.toUpperCase()}${action.slice(1)}`,
    );
    return this.spec.dryRun ? undefined : run();
  }

  async close(
    pull: OpenPull,
    base: string,
    baseVersion: Version,
    proposed: Version | undefined,
  ): Promise<void> {
    const { client, spec } = this;
    const { repo } = spec;
    const what = proposed
      ? `${spec.upstreamName} ${proposed.text}`
      : `an update of ${spec.upstreamName}`;
    const comment = `This pull request proposed ${what}, but \`${base}\` already has ${baseVersion.text}. Closing it and deleting its branch; a new pull request opens when a newer release is out.`;
    const doing = `closing pull request #${pull.number} of ${slug(repo)}`;
    await this.write(`comment on pull request #${pull.number}`, () =>
      described(doing, () =>
        client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
          owner: repo.owner,
          repo: repo.repo,
          issue_number: pull.number,
          body: comment,
        }),
      ),
    );
    await this.write(`close pull request #${pull.number}`, () =>
      described(doing, () =>
        client.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
          owner: repo.owner,
          repo: repo.repo,
          pull_number: pull.number,
          state: 'closed',
        }),
      ),
    );
    await this.write(`delete branch ${spec.branch}`, () => deleteBranch(client, repo, spec.branch));
  }

  /** Sets the PR's title and body where they differ, then its labels. */
  async refresh(pull: OpenPull): Promise<void> {
    const { client, spec } = this;
    const changes = {
      ...(pull.title !== spec.title ? { title: spec.title } : {}),
      ...(pull.body !== spec.body ? { body: spec.body } : {}),
    };
    if (Object.keys(changes).length > 0) {
      await this.write(`update the title and body of pull request #${pull.number}`, () =>
        described(`updating pull request #${pull.number} of ${slug(spec.repo)}`, () =>
          client.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
            owner: spec.repo.owner,
            repo: spec.repo.repo,
            pull_number: pull.number,
            ...changes,
          }),
        ),
      );
    }
    await this.labels(pull.number, pull.labels);
  }

  async labels(number: number, existing: readonly string[]): Promise<void> {
    const missing = this.spec.labels.filter(
      (l) => !existing.some((e) => e.toLowerCase() === l.toLowerCase()),
    );
    if (missing.length === 0) return;
    await this.write(`add labels ${missing.join(', ')} to pull request #${number}`, () =>
      ensureLabels(this.client, this.spec.repo, number, missing),
    );
  }

  /** Opens the PR; when GitHub says one already exists (another run won), refreshes that one. */
  async create(base: string): Promise<{ pull: OpenPull; created: boolean } | undefined> {
    const { client, spec } = this;
    const { repo } = spec;
    const result = await this.write(
      `open a pull request from ${spec.branch} into ${base}`,
      async () => {
        try {
          const { data } = await client.request('POST /repos/{owner}/{repo}/pulls', {
            owner: repo.owner,
            repo: repo.repo,
            title: spec.title,
            head: spec.branch,
            base,
            body: spec.body,
          });
          return {
            pull: {
              number: data.number,
              url: data.html_url,
              title: data.title,
              body: data.body ?? '',
              labels: [],
            },
            created: true,
          };
        } catch (error) {
          const status = statusOf(error);
          // 422 is also "no commits between" or a bad head; only an open PR found now means "exists".
          const existing = status === 422 ? await findOpenPull(client, spec, base) : undefined;
          if (existing) return { pull: existing, created: false };
          if (status === 403 && !isRateLimited(error)) {
            throw new ServiceError(
              `GitHub refused to open a pull request in ${slug(repo)} (403): the token may not create pull requests. In the repository's Settings → Actions → General → Workflow permissions, turn on "Allow GitHub Actions to create and approve pull requests" (in the organization's settings too if it is greyed out) and give the job 'pull-requests: write', or set 'token' to a PAT or GitHub App token.`,
              403,
              { cause: error },
            );
          }
          throw describeGitHubError(
            error,
            `opening a pull request in ${slug(repo)}`,
            `the repository ${slug(repo)} does not exist or the token cannot see it.`,
          );
        }
      },
    );
    if (result && !result.created) {
      this.logger.info(
        `A pull request from ${spec.branch} already existed (#${result.pull.number}); updating it`,
      );
      await this.refresh(result.pull);
    } else if (result) {
      await this.labels(result.pull.number, []);
    }
    return result;
  }
}

/** Brings the rolling pull request in line with `spec` (see the module comment). */
export async function syncPullRequest(
  client: GitHubClient,
  spec: PullRequestSpec,
  logger: Logger,
): Promise<PullRequestResult> {
  const { repo } = spec;
  const base = spec.base ?? (await readDefaultBranch(client, repo));
  if (base === spec.branch) {
    throw new UserError(
      `The pull request branch ${spec.branch} is the base branch; set 'pr-branch' to a branch of its own.`,
    );
  }
  const baseSha = await readBranch(client, repo, base);
  if (baseSha === undefined) {
    throw new UserError(
      `The base branch '${base}' does not exist in ${slug(repo)}; set 'base' to an existing branch, or leave it empty for the default branch.`,
    );
  }
  const baseVersion = await versionAt(client, spec, baseSha);
  if (!baseVersion) {
    throw new PackageError(
      `${spec.versionFile.path} on ${base}`,
      `no "ARG ${spec.versionFile.arg}=<version>" line with a valid version; add one or set the input version-arg`,
    );
  }
  const sync = new Sync(client, spec, logger);
  const done = (
    operation: PullRequestOperation,
    pull: OpenPull | undefined,
    commitSha: string | undefined,
  ): PullRequestResult => ({
    operation,
    number: pull?.number,
    url: pull?.url,
    commitSha,
    base,
    baseVersion,
    actions: sync.actions,
  });
  const open = await findOpenPull(client, spec, base);
  const branchSha = await readBranch(client, repo, spec.branch);

  if (!spec.target || compareVersions(spec.target, baseVersion) <= 0) {
    if (!open) return done('none', undefined, undefined);
    const proposed = branchSha ? await versionAt(client, spec, branchSha) : undefined;
    if (proposed && compareVersions(proposed, baseVersion) > 0) {
      // Ahead of base but no longer wanted (the policy changed): a person decides.
      logger.info(
        `Pull request #${open.number} proposes ${proposed.text}, which is not wanted now; leaving it open`,
      );
      return done('unchanged', open, branchSha);
    }
    await sync.close(open, base, baseVersion, proposed);
    return done('closed', open, undefined);
  }

  const branchReady = branchSha !== undefined && (await holdsFiles(client, spec, branchSha));
  if (open && branchReady) {
    if (open.title === spec.title && open.body === spec.body) {
      logger.info(`Pull request #${open.number} is up to date`);
      return done('unchanged', open, branchSha);
    }
    await sync.refresh(open);
    return done('updated', open, branchSha);
  }

  // A branch left from an unfinished run, already right and on base's head, is reused.
  const reusable =
    !open &&
    branchReady &&
    (await readCommit(client, repo, branchSha)).parentShas.join() === baseSha;
  let commitSha = reusable ? branchSha : undefined;
  if (!reusable) {
    commitSha = await sync.write(
      `commit ${spec.files.map((f) => f.path).join(', ')} on ${base} (${baseSha.slice(0, 7)})`,
      () =>
        commitFiles(client, repo, {
          parentSha: baseSha,
          files: spec.files,
          message: spec.commitMessage,
        }),
    );
    if (commitSha === baseSha) {
      throw new Error(
        `The files given for ${spec.target.text} are already on ${base}, which has ${baseVersion.text}`,
      );
    }
    await sync.write(`point branch ${spec.branch} at the new commit`, () =>
      setBranch(client, repo, spec.branch, commitSha!, { force: true }),
    );
  }
  if (open) {
    await sync.refresh(open);
    return done('updated', open, commitSha);
  }
  const result = await sync.create(base);
  return done(result && !result.created ? 'updated' : 'created', result?.pull, commitSha);
}
