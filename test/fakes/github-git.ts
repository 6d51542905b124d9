/**
 * The Git Data side of the GitHub fake, backed by a real bare repository: blobs are
 * `git hash-object -w`, trees are written through a scratch index (`read-tree`,
 * `update-index`, `write-tree`), commits are `git commit-tree`, refs are `git update-ref`. So a
 * test can inspect what the code under test wrote with real `git log`, `git show` and
 * `git diff-tree`. Pull requests, labels and comments are added by `github-pulls.ts`.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleUser, type FakeRequest, type FakeResponse, type GitHubFake } from './github.ts';
import { attachPullRequests, type FakePullRequests } from './github-pulls.ts';

export interface GitRepositoryOptions {
  owner: string;
  repo: string;
  /** A bare repository (`git init --bare`) the fake reads and writes. */
  bareDir: string;
  defaultBranch: string;
}

/** Runs git in `cwd` with an argument array; rejects with git's stderr on a non-zero exit. */
export function runGit(
  cwd: string,
  args: readonly string[],
  options: { input?: string | Buffer; env?: Record<string, string> } = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      cwd,
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', LC_ALL: 'C', ...options.env },
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr!.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else
        reject(new Error(`git ${args.join(' ')}: ${Buffer.concat(err).toString('utf8').trim()}`));
    });
    if (options.input !== undefined && child.stdin) {
      // A git command that exits without reading its input is judged by its exit code.
      child.stdin.on('error', () => {});
      child.stdin.end(options.input);
    }
  });
}

const DOCS = 'https://docs.github.com/rest';
export const notFound: FakeResponse = {
  status: 404,
  body: { message: 'Not Found', documentation_url: DOCS },
};

export function validationFailed(
  errors: { resource?: string; field?: string; code: string; message?: string }[],
): FakeResponse {
  return { status: 422, body: { message: 'Validation Failed', errors, documentation_url: DOCS } };
}

/** A 422 with only a message, as GitHub answers for refs ("Reference does not exist"). */
function unprocessable(message: string): FakeResponse {
  return { status: 422, body: { message, documentation_url: DOCS } };
}

/** The identity GitHub gives commits made with the workflow's token. */
const BOT = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};
const GITHUB_COMMITTER = { name: 'GitHub', email: 'noreply@github.com' };

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
      mine((r) => this.getCommit(r.params.commit_sha!)),
    );
    fake.handle(
      'POST /repos/{owner}/{repo}/git/commits',
      mine((r) => this.createCommit(r)),
    );
    fake.handle(
      'POST /repos/{owner}/{repo}/git/blobs',
      mine((r) => this.createBlob(r)),
    );
    fake.handle(
      'GET /repos/{owner}/{repo}/git/blobs/{file_sha}',
      mine((r) => this.getBlob(r)),
    );
    fake.handle(
      'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
      mine((r) => this.getTree(r.params.tree_sha!, 200)),
    );
    fake.handle(
      'POST /repos/{owner}/{repo}/git/trees',
      mine((r) => this.createTree(r)),
    );
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

  private person(line: string): { name: string; email: string; date: string } {
    const match = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(line)!;
    return {
      name: match[1]!,
      email: match[2]!,
      date: new Date(Number(match[3]) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    };
  }

  async commitObject(sha: string): Promise<object> {
    const raw = await this.git(['cat-file', 'commit', sha]);
    const split = raw.indexOf('\n\n');
    const headers = raw.slice(0, split).split('\n');
    const message = raw.slice(split + 2).replace(/\n$/, '');
    const value = (name: string) =>
      headers.filter((h) => h.startsWith(`${name} `)).map((h) => h.slice(name.length + 1));
    const tree = value('tree')[0]!;
    return {
      sha,
      node_id: `C_${sha.slice(0, 12)}`,
      url: `${this.api}/git/commits/${sha}`,
      html_url: `${this.html}/commit/${sha}`,
      author: this.person(value('author')[0]!),
      committer: this.person(value('committer')[0]!),
      tree: { sha: tree, url: `${this.api}/git/trees/${tree}` },
      message,
      parents: value('parent').map((p) => ({
        sha: p,
        url: `${this.api}/git/commits/${p}`,
        html_url: `${this.html}/commit/${p}`,
      })),
      verification: {
        verified: true,
        reason: 'valid',
        signature: null,
        payload: null,
        verified_at: null,
      },
    };
  }

  private async getCommit(sha: string): Promise<FakeResponse> {
    if ((await this.objectType(sha)) !== 'commit') return notFound;
    return { status: 200, body: await this.commitObject(sha) };
  }

  private async createCommit(request: FakeRequest): Promise<FakeResponse> {
    const body = request.body as {
      message: string;
      tree: string;
      parents?: string[];
      author?: { name: string; email: string };
    };
    if ((await this.objectType(body.tree)) !== 'tree') {
      return validationFailed([{ resource: 'Commit', field: 'tree', code: 'invalid' }]);
    }
    for (const parent of body.parents ?? []) {
      if ((await this.objectType(parent)) !== 'commit') {
        return validationFailed([{ resource: 'Commit', field: 'parents', code: 'invalid' }]);
      }
    }
    const author = body.author ?? BOT;
    const date = `${Math.floor(Date.now() / 1000)} +0000`;
    const args = ['commit-tree', body.tree, ...(body.parents ?? []).flatMap((p) => ['-p', p])];
    const sha = (
      await this.git(args, {
        input: body.message,
        env: {
          GIT_AUTHOR_NAME: author.name,
          GIT_AUTHOR_EMAIL: author.email,
          GIT_AUTHOR_DATE: date,
          GIT_COMMITTER_NAME: GITHUB_COMMITTER.name,
          GIT_COMMITTER_EMAIL: GITHUB_COMMITTER.email,
          GIT_COMMITTER_DATE: date,
        },
      })
    ).trim();
    return { status: 201, body: await this.commitObject(sha) };
  }

  private async createBlob(request: FakeRequest): Promise<FakeResponse> {
    const { content, encoding } = request.body as { content: string; encoding?: string };
    if (encoding !== undefined && encoding !== 'utf-8' && encoding !== 'base64') {
      return validationFailed([{ resource: 'Blob', field: 'encoding', code: 'invalid' }]);
    }
    const bytes = Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8');
    const sha = (await this.git(['hash-object', '-w', '--stdin'], { input: bytes })).trim();
    return { status: 201, body: { sha, url: `${this.api}/git/blobs/${sha}` } };
  }

  private async getBlob(request: FakeRequest): Promise<FakeResponse> {
    const sha = request.params.file_sha!;
    if ((await this.objectType(sha)) !== 'blob') return notFound;
    const bytes = await this.blobBytes(sha);
    return {
      status: 200,
      body: {
        sha,
        node_id: `B_${sha.slice(0, 12)}`,
        url: `${this.api}/git/blobs/${sha}`,
        size: bytes.length,
        content: wrapBase64(bytes),
        encoding: 'base64',
      },
    };
  }

  private blobBytes(sha: string): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const child = spawn('git', ['cat-file', 'blob', sha], {
        cwd: this.bareDir,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      const out: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0 ? resolve(Buffer.concat(out)) : reject(new Error(`cat-file ${sha}`)),
      );
    });
  }

  private async lsTree(
    treeish: string,
    path?: string,
  ): Promise<{ mode: string; type: string; sha: string; path: string }[]> {
    const out = await this.git([
      'ls-tree',
      '-z',
      treeish,
      ...(path === undefined ? [] : ['--', path]),
    ]);
    return out
      .split('\0')
      .filter((line) => line !== '')
      .map((line) => {
        const [meta, name] = line.split('\t') as [string, string];
        const [mode, type, sha] = meta.split(' ') as [string, string, string];
        return { mode, type, sha, path: name };
      });
  }

  private async getTree(treeSha: string, status: number): Promise<FakeResponse> {
    const type = await this.objectType(treeSha);
    if (type !== 'tree' && type !== 'commit') return notFound;
    const sha = (await this.git(['rev-parse', `${treeSha}^{tree}`])).trim();
    const entries = await this.lsTree(sha);
    return {
      status,
      body: {
        sha,
        url: `${this.api}/git/trees/${sha}`,
        tree: entries.map((e) => ({ ...e, url: `${this.api}/git/${e.type}s/${e.sha}` })),
        truncated: false,
      },
    };
  }

  private async createTree(request: FakeRequest): Promise<FakeResponse> {
    const body = request.body as {
      base_tree?: string;
      tree: { path: string; mode: string; type: string; sha?: string | null; content?: string }[];
    };
    const scratch = await mkdtemp(join(tmpdir(), 'fake-index-'));
    const env = { GIT_INDEX_FILE: join(scratch, 'index') };
    try {
      if (body.base_tree !== undefined) {
        if ((await this.objectType(body.base_tree)) !== 'tree') {
          return validationFailed([{ resource: 'Tree', field: 'base_tree', code: 'invalid' }]);
        }
        await this.git(['read-tree', body.base_tree], { env });
      } else {
        await this.git(['read-tree', '--empty'], { env });
      }
      for (const entry of body.tree) {
        if (entry.sha === null) {
          await this.git(['update-index', '--force-remove', '--', entry.path], { env });
          continue;
        }
        if ((entry.sha === undefined) === (entry.content === undefined)) {
          return validationFailed([{ resource: 'Tree', field: 'tree', code: 'invalid' }]);
        }
        const sha =
          entry.sha ??
          (await this.git(['hash-object', '-w', '--stdin'], { input: entry.content ?? '' })).trim();
        if ((await this.objectType(sha)) !== entry.type) {
          return validationFailed([
            {
              resource: 'Tree',
              field: 'sha',
              code: 'invalid',
              message: `tree.sha ${sha} is not a valid ${entry.type}`,
            },
          ]);
        }
        await this.git(
          ['update-index', '--add', '--cacheinfo', `${entry.mode},${sha},${entry.path}`],
          { env },
        );
      }
      const tree = (await this.git(['write-tree'], { env })).trim();
      return this.getTree(tree, 201);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }
}

/** GitHub wraps base64 content at 60 characters. */
function wrapBase64(bytes: Buffer): string {
  return (bytes.toString('base64').match(/.{1,60}/g) ?? []).map((line) => `${line}\n`).join('');
}

/**
 * Commits `files` (path → text, with `modes` for anything but `100644`) on top of
 * `branch` directly in the bare repository, as a person pushing would; creates the branch when
 * missing. Returns the new commit's sha.
 */
export async function commitDirectly(
  bareDir: string,
  branch: string,
  files: Record<string, string>,
  message: string,
  modes: Record<string, string> = {},
): Promise<string> {
  const scratch = await mkdtemp(join(tmpdir(), 'fake-commit-'));
  const env = {
    GIT_INDEX_FILE: join(scratch, 'index'),
    GIT_AUTHOR_NAME: 'Packager',
    GIT_AUTHOR_EMAIL: 'packager@example.com',
    GIT_COMMITTER_NAME: 'Packager',
    GIT_COMMITTER_EMAIL: 'packager@example.com',
  };
  const git = (args: string[], input?: string) => runGit(bareDir, args, { env, input });
  try {
    let parent: string | undefined;
    try {
      parent = (await git(['rev-parse', '--verify', `refs/heads/${branch}`])).trim();
      await git(['read-tree', parent]);
    } catch {
      await git(['read-tree', '--empty']);
    }
    for (const [path, content] of Object.entries(files)) {
      const sha = (await git(['hash-object', '-w', '--stdin'], content)).trim();
      await git([
        'update-index',
        '--add',
        '--cacheinfo',
        `${modes[path] ?? '100644'},${sha},${path}`,
      ]);
    }
    const tree = (await git(['write-tree'])).trim();
    const commit = (
      await git(['commit-tree', tree, ...(parent ? ['-p', parent] : [])], message)
    ).trim();
    await git(['update-ref', `refs/heads/${branch}`, commit]);
    return commit;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** A new bare repository in `dir` whose `branch` holds one commit of `files`. */
export async function createBareRepository(
  dir: string,
  branch: string,
  files: Record<string, string>,
  modes: Record<string, string> = {},
): Promise<string> {
  await runGit(dir, ['init', '--quiet', '--bare', `--initial-branch=${branch}`, dir]);
  return commitDirectly(dir, branch, files, 'Initial package', modes);
}

/** Serves the Git Data API, pull requests, labels and comments of one repository from `bareDir`. */
export function attachGitRepository(
  fake: GitHubFake,
  options: GitRepositoryOptions,
): FakeGitRepository {
  return new FakeGitRepository(fake, options);
}
