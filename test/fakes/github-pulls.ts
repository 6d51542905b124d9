/**
 * Pull requests, labels and issue comments of the fake repository (see `github-git.ts`), with
 * the answers GitHub gives in the situations the code under test must handle: 422 "A pull
 * request already exists" for a second open PR of the same head and base, 422 "No commits
 * between", labels created on the fly when added to an issue, and open PRs closed when their
 * head branch is deleted.
 */
import { simpleUser, type FakeRequest, type FakeResponse, type GitHubFake } from './github.ts';
import { notFound, validationFailed } from './github-git-objects.ts';
import type { FakeGitRepository } from './github-git.ts';

export interface FakePull {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  head: string;
  base: string;
  labels: string[];
  comments: string[];
  /** The head's sha when it was last seen (kept after the branch is deleted). */
  headSha: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface FakeLabel {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

const ACTOR = simpleUser('github-actions[bot]', 41898282);

function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export class FakePullRequests {
  readonly all: FakePull[] = [];
  /** By lower-case name: GitHub's label names are case-insensitive. */
  readonly labels = new Map<string, FakeLabel>();
  private nextNumber = 1;
  private nextId = 9000;
  private raceArmed: string | undefined;
  private readonly repository: FakeGitRepository;

  constructor(fake: GitHubFake, repository: FakeGitRepository) {
    this.repository = repository;
    const mine =
      (handler: (request: FakeRequest) => Promise<FakeResponse> | FakeResponse) =>
      (request: FakeRequest) => (repository.isMine(request) ? handler(request) : notFound);
    fake.handle(
      'GET /repos/{owner}/{repo}/pulls',
      mine((r) => this.list(r)),
    );
    fake.handle(
      'POST /repos/{owner}/{repo}/pulls',
      mine((r) => this.create(r)),
    );
    fake.handle(
      'GET /repos/{owner}/{repo}/pulls/{pull_number}',
      mine((r) => this.get(r)),
    );
    fake.handle(
      'PATCH /repos/{owner}/{repo}/pulls/{pull_number}',
      mine((r) => this.update(r)),
    );
    fake.handle(
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      mine((r) => this.comment(r)),
    );
    fake.handle(
      'GET /repos/{owner}/{repo}/labels/{name}',
      mine((r) => this.getLabel(r)),
    );
    fake.handle(
      'POST /repos/{owner}/{repo}/labels',
      mine((r) => this.createLabel(r)),
    );
    fake.handle(
      'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
      mine((r) => this.addLabels(r)),
    );
  }

  open(): FakePull[] {
    return this.all.filter((p) => p.state === 'open');
  }

  /**
   * Another run wins the race: on the next create, a pull request for the same head and base
   * (titled `title`) appears just before, so GitHub answers 422 "already exists".
   */
  raceNextCreate(title: string): void {
    this.raceArmed = title;
  }

  closeForDeletedHead(branch: string, sha: string): void {
    for (const pull of this.open().filter((p) => p.head === branch)) {
      pull.state = 'closed';
      pull.headSha = sha;
      pull.closedAt = now();
    }
  }

  addPull(fields: {
    title: string;
    body: string | null;
    head: string;
    base: string;
    headSha: string;
  }): FakePull {
    const time = now();
    const pull: FakePull = {
      ...fields,
      number: this.nextNumber++,
      state: 'open',
      labels: [],
      comments: [],
      createdAt: time,
      updatedAt: time,
      closedAt: null,
    };
    this.all.push(pull);
    return pull;
  }

  private labelObject(label: FakeLabel): object {
    return {
      id: label.id,
      node_id: `LA_${label.id}`,
      url: `${this.repository.api}/labels/${encodeURIComponent(label.name)}`,
      name: label.name,
      description: label.description,
      color: label.color,
      default: false,
    };
  }

  private async branchObject(branch: string, knownSha: string): Promise<object> {
    const repo = this.repository;
    return {
      label: `${repo.owner}:${branch}`,
      ref: branch,
      repo: repo.repositoryObject(),
      sha: (await repo.branchSha(branch)) ?? knownSha,
      user: simpleUser(repo.owner, 4343),
    };
  }

  private async pullObject(pull: FakePull): Promise<object> {
    if (pull.state === 'open')
      pull.headSha = (await this.repository.branchSha(pull.head)) ?? pull.headSha;
    const api = `${this.repository.api}/pulls/${pull.number}`;
    const issue = `${this.repository.api}/issues/${pull.number}`;
    const html = `${this.repository.html}/pull/${pull.number}`;
    const link = (href: string) => ({ href });
    return {
      url: api,
      id: 70000 + pull.number,
      node_id: `PR_${pull.number}`,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: issue,
      commits_url: `${api}/commits`,
      review_comments_url: `${api}/comments`,
      review_comment_url: `${this.repository.api}/pulls/comments{/number}`,
      comments_url: `${issue}/comments`,
      statuses_url: `${this.repository.api}/statuses/${pull.headSha}`,
      number: pull.number,
      state: pull.state,
      locked: false,
      title: pull.title,
      user: ACTOR,
      body: pull.body,
      labels: pull.labels.map((name) => this.labelObject(this.labels.get(name.toLowerCase())!)),
      milestone: null,
      active_lock_reason: null,
      created_at: pull.createdAt,
      updated_at: pull.updatedAt,
      closed_at: pull.closedAt,
      merged_at: null,
      merge_commit_sha: null,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      head: await this.branchObject(pull.head, pull.headSha),
      base: await this.branchObject(pull.base, pull.headSha),
      _links: {
        self: link(api),
        html: link(html),
        issue: link(issue),
        comments: link(`${issue}/comments`),
        review_comments: link(`${api}/comments`),
        review_comment: link(`${this.repository.api}/pulls/comments{/number}`),
        commits: link(`${api}/commits`),
        statuses: link(`${this.repository.api}/statuses/${pull.headSha}`),
      },
      author_association: 'NONE',
      auto_merge: null,
      draft: false,
      merged: false,
      mergeable: true,
      mergeable_state: 'clean',
      merged_by: null,
      comments: pull.comments.length,
      review_comments: 0,
      maintainer_can_modify: false,
      commits: 1,
      additions: 3,
      deletions: 3,
      changed_files: 3,
    };
  }

  private async list(request: FakeRequest): Promise<FakeResponse> {
    const query = request.url.searchParams;
    const state = query.get('state') ?? 'open';
    const head = query.get('head');
    const base = query.get('base');
    const perPage = Number(query.get('per_page') ?? 30);
    const page = Number(query.get('page') ?? 1);
    const matching = this.all
      .filter((p) => state === 'all' || p.state === state)
      .filter((p) => head === null || `${this.repository.owner}:${p.head}` === head)
      .filter((p) => base === null || p.base === base)
      .toReversed();
    const slice = matching.slice((page - 1) * perPage, page * perPage);
    return { status: 200, body: await Promise.all(slice.map((p) => this.pullObject(p))) };
  }

  private find(request: FakeRequest, param: 'pull_number' | 'issue_number'): FakePull | undefined {
    return this.all.find((p) => String(p.number) === request.params[param]);
  }

  private async get(request: FakeRequest): Promise<FakeResponse> {
    const pull = this.find(request, 'pull_number');
    return pull ? { status: 200, body: await this.pullObject(pull) } : notFound;
  }

  private async create(request: FakeRequest): Promise<FakeResponse> {
    const body = request.body as { title?: string; head: string; base: string; body?: string };
    const head = body.head.includes(':') ? body.head.split(':')[1]! : body.head;
    const repo = this.repository;
    const headSha = await repo.branchSha(head);
    const baseSha = await repo.branchSha(body.base);
    if (!baseSha)
      return validationFailed([{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
    if (!headSha)
      return validationFailed([{ resource: 'PullRequest', field: 'head', code: 'invalid' }]);
    if (this.raceArmed !== undefined) {
      this.addPull({ title: this.raceArmed, body: null, head, base: body.base, headSha });
      this.raceArmed = undefined;
    }
    if (this.open().some((p) => p.head === head && p.base === body.base)) {
      return validationFailed([
        {
          resource: 'PullRequest',
          code: 'custom',
          message: `A pull request already exists for ${repo.owner}:${head}.`,
        },
      ]);
    }
    try {
      await repo.git(['merge-base', '--is-ancestor', headSha, baseSha]);
      return validationFailed([
        {
          resource: 'PullRequest',
          code: 'custom',
          message: `No commits between ${body.base} and ${head}`,
        },
      ]);
    } catch {
      // head has commits that base lacks: a pull request can be opened.
    }
    const pull = this.addPull({
      title: body.title ?? '',
      body: body.body ?? null,
      head,
      base: body.base,
      headSha,
    });
    return { status: 201, body: await this.pullObject(pull) };
  }

  private async update(request: FakeRequest): Promise<FakeResponse> {
    const pull = this.find(request, 'pull_number');
    if (!pull) return notFound;
    const body = request.body as {
      title?: string;
      body?: string;
      state?: 'open' | 'closed';
      base?: string;
    };
    if (body.title !== undefined) pull.title = body.title;
    if (body.body !== undefined) pull.body = body.body;
    if (body.base !== undefined) pull.base = body.base;
    if (body.state !== undefined && body.state !== pull.state) {
      pull.state = body.state;
      pull.closedAt = body.state === 'closed' ? now() : null;
    }
    pull.updatedAt = now();
    return { status: 200, body: await this.pullObject(pull) };
  }

  private comment(request: FakeRequest): FakeResponse {
    const pull = this.find(request, 'issue_number');
    if (!pull) return notFound;
    const { body } = request.body as { body: string };
    pull.comments.push(body);
    const id = this.nextId++;
    const issue = `${this.repository.api}/issues/${pull.number}`;
    return {
      status: 201,
      body: {
        id,
        node_id: `IC_${id}`,
        url: `${this.repository.api}/issues/comments/${id}`,
        html_url: `${this.repository.html}/pull/${pull.number}#issuecomment-${id}`,
        issue_url: issue,
        body,
        user: ACTOR,
        created_at: now(),
        updated_at: now(),
        author_association: 'NONE',
      },
    };
  }

  private getLabel(request: FakeRequest): FakeResponse {
    const label = this.labels.get(request.params.name!.toLowerCase());
    return label ? { status: 200, body: this.labelObject(label) } : notFound;
  }

  private addLabel(name: string, color = 'ededed', description: string | null = null): FakeLabel {
    const label = { id: this.nextId++, name, color, description };
    this.labels.set(name.toLowerCase(), label);
    return label;
  }

  private createLabel(request: FakeRequest): FakeResponse {
    const body = request.body as { name: string; color?: string; description?: string };
    if (this.labels.has(body.name.toLowerCase())) {
      return validationFailed([{ resource: 'Label', field: 'name', code: 'already_exists' }]);
    }
    if (body.color !== undefined && !/^[0-9a-fA-F]{6}$/.test(body.color)) {
      return validationFailed([{ resource: 'Label', field: 'color', code: 'invalid' }]);
    }
    return {
      status: 201,
      body: this.labelObject(this.addLabel(body.name, body.color, body.description ?? null)),
    };
  }

  private addLabels(request: FakeRequest): FakeResponse {
    const pull = this.find(request, 'issue_number');
    if (!pull) return notFound;
    const raw = request.body as { labels?: (string | { name: string })[] } | string[];
    const names = (Array.isArray(raw) ? raw : (raw.labels ?? [])).map((l) =>
      typeof l === 'string' ? l : l.name,
    );
    for (const name of names) {
      // GitHub creates a label that does not exist yet when it is added to an issue.
      const label = this.labels.get(name.toLowerCase()) ?? this.addLabel(name);
      if (!pull.labels.some((l) => l.toLowerCase() === label.name.toLowerCase()))
        pull.labels.push(label.name);
    }
    return {
      status: 200,
      body: pull.labels.map((name) => this.labelObject(this.labels.get(name.toLowerCase())!)),
    };
  }
}

export function attachPullRequests(
  fake: GitHubFake,
  repository: FakeGitRepository,
): FakePullRequests {
  return new FakePullRequests(fake, repository);
}
