/**
 * The Git Data side of the GitHub fake, backed by a real bare repository, so a test can inspect
 * what the code under test wrote with real `git log`, `git show` and `git diff-tree`. This
 * module holds the repository itself, its metadata and its refs, and is the one tests import:
 * blobs, trees and commits are served by `github-git-objects.ts`, the bare-repository helpers
 * live in `github-git-bare.ts`, and pull requests, labels and comments in `github-pulls.ts`.
 */
import { simpleUser, type FakeRequest, type FakeResponse, type GitHubFake } from './github.ts';
import { runGit } from './github-git-bare.ts';
import * as objects from './github-git-objects.ts';
import { notFound, unprocessable } from './github-git-objects.ts';
import { attachPullRequests, type FakePullRequests } from './github-pulls.ts';

export { commitDirectly, createBareRepository, runGit } from './github-git-bare.ts';
export { notFound, validationFailed } from './github-git-objects.ts';

export interface GitRepositoryOptions {
  owner: string;
  repo: string;
  /** A bare repository (`git init --bare`) the fake reads and writes. */
  bareDir: string;
  defaultBranch: string;
}

export class FakeGitRepository {
  readonly owner: string;
  readonly repo: string;
  readonly bareDir: string;
  readonly defaultBranch: string;
  readonly api: string;
  readonly html: string;
  /** Pull requests, labels and comments of this repository. */
  readonly pulls: FakePullRequests;

  constructor(fake: GitHubFake, options: GitRepositoryOptions) {
    this.owner = options.owner;
    this.repo = options.repo;
    this.bareDir = options.bareDir;
    this.defaultBranch = options.defaultBranch;
    this.api = `${fake.url}/repos/${options.owner}/${options.repo}`;
    this.html = `https://github.com/${options.owner}/${options.repo}`;
    this.register(fake);
    this.pulls = attachPullRequests(fake, this);
  }

  git(
    args: readonly string[],
    options?: { input?: string | Buffer; env?: Record<string, string> },
  ): Promise<string> {
    return runGit(this.bareDir, args, options);
  }

  /** The commit a branch points at, or undefined. */
  async branchSha(branch: string): Promise<string | undefined> {
    return this.refSha(`refs/heads/${branch}`);
  }

  async refSha(ref: string): Promise<string | undefined> {
    try {
      return (await this.git(['show-ref', '--verify', '--hash', ref])).trim();
    } catch {
      return undefined;
    }
  }

  async objectType(sha: string): Promise<string | undefined> {
    if (!/^[0-9a-f]{40}$/.test(sha)) return undefined;
    try {
      return (await this.git(['cat-file', '-t', sha])).trim();
    } catch {
      return undefined;
    }
  }

  /** Whether `params` name this repository; the fake models one repository. */
  isMine(request: FakeRequest): boolean {
    return request.params.owner === this.owner && request.params.repo === this.repo;
  }

  repositoryObject(): object {
    const api = this.api;
    const now = '2025-01-01T00:00:00Z';
    return {
      id: 4242,
      node_id: 'R_4242',
      name: this.repo,
      full_name: `${this.owner}/${this.repo}`,
      owner: simpleUser(this.owner, 4343),
      private: false,
      html_url: this.html,
      description: 'A Cloudron package',
      fork: false,
      url: api,
      archive_url: `${api}/{archive_format}{/ref}`,
      assignees_url: `${api}/assignees{/user}`,
      blobs_url: `${api}/git/blobs{/sha}`,
      branches_url: `${api}/branches{/branch}`,
      collaborators_url: `${api}/collaborators{/collaborator}`,
      comments_url: `${api}/comments{/number}`,
      commits_url: `${api}/commits{/sha}`,
      compare_url: `${api}/compare/{base}...{head}`,
      contents_url: `${api}/contents/{+path}`,
      contributors_url: `${api}/contributors`,
      deployments_url: `${api}/deployments`,
      downloads_url: `${api}/downloads`,
      events_url: `${api}/events`,
      forks_url: `${api}/forks`,
      git_commits_url: `${api}/git/commits{/sha}`,
      git_refs_url: `${api}/git/refs{/sha}`,
      git_tags_url: `${api}/git/tags{/sha}`,
      hooks_url: `${api}/hooks`,
      issue_comment_url: `${api}/issues/comments{/number}`,
      issue_events_url: `${api}/issues/events{/number}`,
      issues_url: `${api}/issues{/number}`,
      keys_url: `${api}/keys{/key_id}`,
      labels_url: `${api}/labels{/name}`,
      languages_url: `${api}/languages`,
      merges_url: `${api}/merges`,
      milestones_url: `${api}/milestones{/number}`,
      notifications_url: `${api}/notifications{?since,all,participating}`,
      pulls_url: `${api}/pulls{/number}`,
      releases_url: `${api}/releases{/id}`,
      stargazers_url: `${api}/stargazers`,
      statuses_url: `${api}/statuses/{sha}`,
      subscribers_url: `${api}/subscribers`,
      subscription_url: `${api}/subscription`,
      tags_url: `${api}/tags`,
      teams_url: `${api}/teams`,
      trees_url: `${api}/git/trees{/sha}`,
      clone_url: `${this.html}.git`,
      git_url: `git://github.com/${this.owner}/${this.repo}.git`,
      ssh_url: `git@github.com:${this.owner}/${this.repo}.git`,
      svn_url: this.html,
      mirror_url: null,
      homepage: null,
      language: 'Shell',
      forks: 0,
      forks_count: 0,
      stargazers_count: 0,
      watchers: 0,
      watchers_count: 0,
      size: 10,
      default_branch: this.defaultBranch,
      open_issues: 0,
      open_issues_count: 0,
      has_issues: true,
      has_projects: false,
      has_wiki: false,
      has_pages: false,
      has_downloads: true,
      has_discussions: false,
      archived: false,
      disabled: false,
      license: null,
      pushed_at: now,
      created_at: now,
      updated_at: now,
      network_count: 0,
      subscribers_count: 0,
    };
  }

  private register(fake: GitHubFake): void {
    const mine =
      (handler: (request: FakeRequest) => Promise<FakeResponse> | FakeResponse) =>
      (request: FakeRequest) => (this.isMine(request) ? handler(request) : notFound);
    fake.handle(
      'GET /repos/{owner}/{repo}',
      mine(() => ({ status: 200, body: this.repositoryObject() })),
    );
    fake.handle(
      'GET /repos/{owner}/{repo}/git/ref/{ref}',
      mine((r) => this.getRef(r)),
    );
    fake.handle(
      'POST /repos/{owner}/{repo}/git/refs',
      mine((r) => this.createRef(r)),
    );
    fake.handle(
      'PATCH /repos/{owner}/{repo}/git/refs/{ref}',
      mine((r) => this.updateRef(r)),
    );
    fake.handle(
      'DELETE /repos/{owner}/{repo}/git/refs/{ref}',
      mine((r) => this.deleteRef(r)),
    );
    fake.handle(
      'GET /repos/{owner}/{repo}/git/commits/{commit_sha}',
      mine((r) => objects.getCommit(this, r.params.commit_sha!)),
    );
    fake.handle(
      'POST /repos/{owner}/{repo}/git/commits',
      mine((r) => objects.createCommit(this, r)),
    );
    fake.handle(
      'POST /repos/{owner}/{repo}/git/blobs',
      mine((r) => objects.createBlob(this, r)),
    );
    fake.handle(
      'GET /repos/{owner}/{repo}/git/blobs/{file_sha}',
      mine((r) => objects.getBlob(this, r)),
    );
    fake.handle(
      'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
      mine((r) => objects.getTree(this, r.params.tree_sha!, 200)),
    );
    fake.handle(
      'POST /repos/{owner}/{repo}/git/trees',
      mine((r) => objects.createTree(this, r)),
    );
  }

  commitObject(sha: string): Promise<object> {
    return objects.commitObject(this, sha);
  }

  private refObject(ref: string, sha: string): object {
    return {
      ref,
      node_id: `REF_${Buffer.from(ref).toString('base64url')}`,
      url: `${this.api}/git/${ref}`,
      object: { type: 'commit', sha, url: `${this.api}/git/commits/${sha}` },
    };
  }

  private async getRef(request: FakeRequest): Promise<FakeResponse> {
    const ref = `refs/${request.params.ref!}`;
    const sha = await this.refSha(ref);
    return sha ? { status: 200, body: this.refObject(ref, sha) } : notFound;
  }

  private async createRef(request: FakeRequest): Promise<FakeResponse> {
    const { ref, sha } = request.body as { ref: string; sha: string };
    if (!/^refs\/[^/]+\/.+/.test(ref)) return unprocessable(`${ref} is not a valid ref name.`);
    if ((await this.objectType(sha)) !== 'commit') return unprocessable('Object does not exist');
    if (await this.refSha(ref)) return unprocessable('Reference already exists');
    await this.git(['update-ref', ref, sha, '']);
    return { status: 201, body: this.refObject(ref, sha) };
  }

  private async updateRef(request: FakeRequest): Promise<FakeResponse> {
    const ref = `refs/${request.params.ref!}`;
    const { sha, force } = request.body as { sha: string; force?: boolean };
    const old = await this.refSha(ref);
    if (!old) return unprocessable('Reference does not exist');
    if ((await this.objectType(sha)) !== 'commit') return unprocessable('Object does not exist');
    if (!force) {
      try {
        await this.git(['merge-base', '--is-ancestor', old, sha]);
      } catch {
        return unprocessable('Update is not a fast forward');
      }
    }
    await this.git(['update-ref', ref, sha, old]);
    return { status: 200, body: this.refObject(ref, sha) };
  }

  private async deleteRef(request: FakeRequest): Promise<FakeResponse> {
    const ref = `refs/${request.params.ref!}`;
    const old = await this.refSha(ref);
    if (!old) return unprocessable('Reference does not exist');
    await this.git(['update-ref', '-d', ref, old]);
    // GitHub closes the open pull requests whose head branch is deleted.
    if (ref.startsWith('refs/heads/'))
      this.pulls.closeForDeletedHead(ref.slice('refs/heads/'.length), old);
    return { status: 204 };
  }
}

/** Serves the Git Data API, pull requests, labels and comments of one repository from `bareDir`. */
export function attachGitRepository(
  fake: GitHubFake,
  options: GitRepositoryOptions,
): FakeGitRepository {
  return new FakeGitRepository(fake, options);
}
