import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { PackageError, ServiceError, UserError } from '../../src/errors.ts';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.ts';
import type { RepoFile } from '../../src/github/git-data.ts';
import { memoryLogger } from '../../src/logger.ts';
import { prBody, prTitle } from '../../src/pr/body.ts';
import { syncPullRequest, type PullRequestSpec } from '../../src/pr/pull-request.ts';
import { parseVersion, type Version } from '../../src/versioning/version.ts';
import { GitHubFake } from '../fakes/github.ts';
import {
  attachGitRepository,
  commitDirectly,
  createBareRepository,
  type FakeGitRepository,
} from '../fakes/github-git.ts';
import { toReleases } from '../support/releases.ts';
import { hazards } from './hazards.ts';

const REPO = { owner: 'packager', repo: 'authentik-cloudron' };
const BRANCH = 'cloudron-release/authentik';
const PACKAGE_FILES = ['CHANGELOG.md', 'CloudronManifest.json', 'Dockerfile'];

function v(text: string): Version {
  return parseVersion(text)!;
}

function dockerfile(upstream: string): string {
  return `FROM cloudron/base:5.0.0\nARG AK_VERSION=${upstream}\nFROM ghcr.io/goauthentik/server:\${AK_VERSION}\n`;
}

function manifest(pkg: string, upstream: string): string {
  return `{\n  "id": "io.goauthentik.cloudronapp",\n  "version": "${pkg}",\n  "upstreamVersion": "${upstream}"\n}\n`;
}

const INITIAL: Record<string, string> = {
  Dockerfile: dockerfile('2025.8.3'),
  'CloudronManifest.json': manifest('1.3.0', '2025.8.3'),
  'CHANGELOG.md': '[1.3.0]\n* Update authentik to 2025.8.3\n',
  'start.sh': '#!/bin/bash\nexec /app/code/start\n',
  'README.md': 'authentik for Cloudron\n',
};

/** What the package stage would make of base's files: a stand-in for src/package's edit. */
async function edited(
  origin: FakeGitRepository,
  upstream: string,
  pkg: string,
): Promise<RepoFile[]> {
  const changelog = await origin.git(['show', 'main:CHANGELOG.md']);
  return [
    { path: 'Dockerfile', content: dockerfile(upstream) },
    { path: 'CloudronManifest.json', content: manifest(pkg, upstream) },
    {
      path: 'CHANGELOG.md',
      content: `${changelog}\n[${pkg}]\n* Update authentik to ${upstream}\n`,
    },
  ];
}

const NOTES = toReleases([
  {
    tag: 'version/2025.8.4',
    publishedAt: '2025-09-01T00:00:00Z',
    body: '* fix by @someone in #123, owner/repo#45',
  },
  {
    tag: 'version/2025.8.5',
    publishedAt: '2025-09-10T00:00:00Z',
    body: 'see https://github.com/owner/repo/issues/45',
  },
]).reverse();

function spec(target: string | undefined, files: RepoFile[], pkg = '1.3.1'): PullRequestSpec {
  const title = prTitle('Update {upstream-name} to {version}', {
    upstreamName: 'authentik',
    version: target ?? '',
    packageVersion: pkg,
  });
  const body = target
    ? prBody({
        upstreamName: 'authentik',
        upstreamRepo: { owner: 'goauthentik', repo: 'authentik' },
        serverUrl: 'https://github.com',
        current: { upstream: v('2025.8.3'), package: '1.3.0' },
        target: { upstream: v(target), package: pkg },
        updateType: 'patch',
        releases: NOTES.filter((r) => r.version.semver.compare(target) <= 0),
      })
    : '';
  return {
    repo: REPO,
    base: undefined,
    branch: BRANCH,
    title,
    body,
    labels: ['dependencies'],
    commitMessage: title,
    files,
    target: target === undefined ? undefined : v(target),
    versionFile: { path: 'Dockerfile', arg: 'AK_VERSION' },
    upstreamName: 'authentik',
  };
}

interface World {
  fake: GitHubFake;
  dir: string;
  origin: FakeGitRepository;
  client: GitHubClient;
}

async function start(): Promise<World> {
  const fake = await GitHubFake.start();
  const dir = await mkdtemp(join(tmpdir(), 'pr-'));
  await createBareRepository(dir, 'main', INITIAL, { 'start.sh': '100755' });
  const origin = attachGitRepository(fake, { ...REPO, bareDir: dir, defaultBranch: 'main' });
  const client = createGitHubClient({
    token: 't',
    apiUrl: fake.url,
    logger: memoryLogger(),
    retryBaseMs: 1,
  });
  return { fake, dir, origin, client };
}

async function stop(world: World): Promise<void> {
  await world.fake.close();
  await rm(world.dir, { recursive: true, force: true });
}

async function changedFiles(
  origin: FakeGitRepository,
  from: string,
  to: string,
): Promise<string[]> {
  const out = await origin.git(['diff-tree', '-r', '--name-only', '--no-commit-id', from, to]);
  return out.trim().split('\n').sort();
}

describe('the rolling pull request, run after run', () => {
  let world: World;
  let firstCommit: string;
  beforeAll(async () => {
    world = await start();
  });
  afterAll(() => stop(world));
  afterEach(() => expect(world.fake.violations).toEqual([]));

  test('first run: a branch with one commit changing the package files, and a labelled PR', async () => {
    const { origin, client, fake } = world;
    const logger = memoryLogger();
    const result = await syncPullRequest(
      client,
      spec('2025.8.4', await edited(origin, '2025.8.4', '1.3.1')),
      logger,
    );
    const main = (await origin.branchSha('main'))!;
    const branch = (await origin.branchSha(BRANCH))!;
    expect(result).toMatchObject({
      operation: 'created',
      number: 1,
      url: 'https://github.com/packager/authentik-cloudron/pull/1',
      commitSha: branch,
      base: 'main',
    });
    expect(result.baseVersion.text).toBe('2025.8.3');
    firstCommit = branch;

    expect((await origin.git(['rev-list', '--parents', '-n', '1', branch])).trim()).toBe(
      `${branch} ${main}`,
    );
    expect(await changedFiles(origin, main, branch)).toEqual(PACKAGE_FILES);
    expect(await origin.git(['show', `${branch}:Dockerfile`])).toBe(dockerfile('2025.8.4'));
    expect(await origin.git(['log', '-1', '--format=%s', branch])).toBe(
      'Update authentik to 2025.8.4\n',
    );
    expect(await origin.git(['ls-tree', branch, 'start.sh'])).toMatch(/^100755 /);

    const [pull] = origin.pulls.open();
    expect(pull).toMatchObject({
      number: 1,
      title: 'Update authentik to 2025.8.4',
      head: BRANCH,
      base: 'main',
      labels: ['dependencies'],
    });
    expect(pull!.body).toBe(spec('2025.8.4', []).body);
    expect(hazards(pull!.body!.replace(/<\/?(?:details|summary|b)>/g, ''))).toEqual([]);
    expect(origin.pulls.labels.get('dependencies')).toMatchObject({ color: '0366d6' });
    expect(fake.writeRequests.every((r) => r.status < 300)).toBe(true);
  });

  test('second run with nothing new: unchanged, and not one write request', async () => {
    const { origin, client, fake } = world;
    const writes = fake.writeRequests.length;
    const result = await syncPullRequest(
      client,
      spec('2025.8.4', await edited(origin, '2025.8.4', '1.3.1')),
      memoryLogger(),
    );
    expect(result).toMatchObject({
      operation: 'unchanged',
      number: 1,
      commitSha: firstCommit,
      actions: [],
    });
    expect(fake.writeRequests.length).toBe(writes);
  });

  test('a newer upstream release: the branch is force-updated and the PR retitled', async () => {
    const { origin, client } = world;
    const result = await syncPullRequest(
      client,
      spec('2025.8.5', await edited(origin, '2025.8.5', '1.3.1')),
      memoryLogger(),
    );
    const main = (await origin.branchSha('main'))!;
    const branch = (await origin.branchSha(BRANCH))!;
    expect(result).toMatchObject({ operation: 'updated', number: 1, commitSha: branch });
    expect(branch).not.toBe(firstCommit);
    expect((await origin.git(['rev-list', '--parents', '-n', '1', branch])).trim()).toBe(
      `${branch} ${main}`,
    );
    await expect(
      origin.git(['merge-base', '--is-ancestor', firstCommit, branch]),
    ).rejects.toThrow();
    expect(await changedFiles(origin, main, branch)).toEqual(PACKAGE_FILES);
    expect(await origin.git(['show', `${branch}:Dockerfile`])).toBe(dockerfile('2025.8.5'));
    expect(origin.pulls.open()).toHaveLength(1);
    expect(origin.pulls.open()[0]).toMatchObject({
      number: 1,
      title: 'Update authentik to 2025.8.5',
      body: spec('2025.8.5', []).body,
    });
  });

  test('base bumped by hand past the target: the PR is closed with a comment and its branch deleted', async () => {
    const { origin, client } = world;
    await commitDirectly(
      world.dir,
      'main',
      {
        Dockerfile: dockerfile('2025.8.6'),
        'CloudronManifest.json': manifest('1.3.2', '2025.8.6'),
      },
      'Update authentik to 2025.8.6 by hand',
    );
    const result = await syncPullRequest(client, spec(undefined, []), memoryLogger());
    expect(result).toMatchObject({ operation: 'closed', number: 1, commitSha: undefined });
    expect(result.baseVersion.text).toBe('2025.8.6');
    const pull = origin.pulls.all[0]!;
    expect(pull.state).toBe('closed');
    expect(pull.comments).toEqual([
      'This pull request proposed authentik 2025.8.5, but `main` already has 2025.8.6. Closing it and deleting its branch; a new pull request opens when a newer release is out.',
    ]);
    expect(await origin.branchSha(BRANCH)).toBeUndefined();
  });

  test('a target not past base closes nothing more and writes nothing', async () => {
    const { origin, client, fake } = world;
    const writes = fake.writeRequests.length;
    const result = await syncPullRequest(
      client,
      spec('2025.8.5', await edited(origin, '2025.8.5', '1.3.1')),
      memoryLogger(),
    );
    expect(result).toMatchObject({ operation: 'none', number: undefined });
    expect(fake.writeRequests.length).toBe(writes);
  });
});

describe('faults and edge cases', () => {
  let world: World;
  beforeEach(async () => {
    world = await start();
  });
  afterEach(async () => {
    expect(world.fake.violations).toEqual([]);
    await stop(world);
  });

  test('422 "A pull request already exists" (another run was faster) is handled as an update', async () => {
    const { origin, client, fake } = world;
    origin.pulls.raceNextCreate('Update authentik to 2025.8.4 (other run)');
    const result = await syncPullRequest(
      client,
      spec('2025.8.4', await edited(origin, '2025.8.4', '1.3.1')),
      memoryLogger(),
    );
    expect(
      fake.requests.some(
        (r) => r.method === 'POST' && r.path.endsWith('/pulls') && r.status === 422,
      ),
    ).toBe(true);
    expect(result).toMatchObject({ operation: 'updated', number: 1 });
    expect(origin.pulls.open()).toHaveLength(1);
    expect(origin.pulls.open()[0]).toMatchObject({
      title: 'Update authentik to 2025.8.4',
      labels: ['dependencies'],
    });
  });

  test('403 "GitHub Actions is not permitted…" is one error naming the setting; a rerun reuses the branch', async () => {
    const { origin, client, fake } = world;
    fake.injectFault(
      { method: 'POST', path: /\/pulls$/ },
      {
        kind: 'status',
        status: 403,
        body: {
          message: 'GitHub Actions is not permitted to create or approve pull requests.',
          documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
        },
      },
    );
    const files = await edited(origin, '2025.8.4', '1.3.1');
    const failure = syncPullRequest(client, spec('2025.8.4', files), memoryLogger());
    await expect(failure).rejects.toBeInstanceOf(ServiceError);
    await expect(failure).rejects.toThrow(
      'Settings → Actions → General → Workflow permissions, turn on "Allow GitHub Actions to create and approve pull requests"',
    );
    const branch = await origin.branchSha(BRANCH);
    expect(branch).toBeDefined();

    const commitsBefore = fake.writeRequests.filter((r) => r.path.endsWith('/git/commits')).length;
    const result = await syncPullRequest(client, spec('2025.8.4', files), memoryLogger());
    expect(result).toMatchObject({ operation: 'created', commitSha: branch });
    expect(fake.writeRequests.filter((r) => r.path.endsWith('/git/commits')).length).toBe(
      commitsBefore,
    );
  });

  test('a 403 that is the rate limit is reported as such, not as the Actions setting', async () => {
    const { origin, client, fake } = world;
    const reset = String(Math.floor(Date.now() / 1000));
    fake.injectFault(
      { method: 'POST', path: /\/pulls$/ },
      {
        kind: 'status',
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
        body: {
          message: 'API rate limit exceeded',
          documentation_url: 'https://docs.github.com/rest',
        },
      },
      3,
    );
    const failure = syncPullRequest(
      client,
      spec('2025.8.4', await edited(origin, '2025.8.4', '1.3.1')),
      memoryLogger(),
    );
    await expect(failure).rejects.toThrow(/the rate limit is exhausted/);
    await expect(failure).rejects.not.toThrow(/Allow GitHub Actions/);
  });

  test('another 422 on opening the PR is one line with GitHub’s answer', async () => {
    const { origin, client, fake } = world;
    fake.injectFault(
      { method: 'POST', path: /\/pulls$/ },
      {
        kind: 'status',
        status: 422,
        body: {
          message: 'Validation Failed',
          errors: [
            { resource: 'PullRequest', code: 'custom', message: 'No commits between main and x' },
          ],
          documentation_url: 'https://docs.github.com/rest',
        },
      },
    );
    const failure = syncPullRequest(
      client,
      spec('2025.8.4', await edited(origin, '2025.8.4', '1.3.1')),
      memoryLogger(),
    );
    await expect(failure).rejects.toThrow(
      /^GitHub refused opening a pull request in packager\/authentik-cloudron \(422\)/,
    );
    expect(origin.pulls.all).toEqual([]);
  });

  test('a label made meanwhile by someone else (422 on create) is fine', async () => {
    const { origin, client, fake } = world;
    fake.injectFault(
      { method: 'POST', path: /\/labels$/ },
      {
        kind: 'status',
        status: 422,
        body: { message: 'Validation Failed', documentation_url: 'https://docs.github.com/rest' },
      },
    );
    const result = await syncPullRequest(
      client,
      spec('2025.8.4', await edited(origin, '2025.8.4', '1.3.1')),
      memoryLogger(),
    );
    expect(result.operation).toBe('created');
    expect(origin.pulls.open()[0]!.labels).toEqual(['dependencies']);
  });

  test('a base branch that does not exist is named, and nothing is written', async () => {
    const { origin, client, fake } = world;
    const failure = syncPullRequest(
      client,
      { ...spec('2025.8.4', await edited(origin, '2025.8.4', '1.3.1')), base: 'release' },
      memoryLogger(),
    );
    await expect(failure).rejects.toBeInstanceOf(UserError);
    await expect(failure).rejects.toThrow(
      "The base branch 'release' does not exist in packager/authentik-cloudron; set 'base' to an existing branch, or leave it empty for the default branch.",
    );
    expect(fake.writeRequests).toEqual([]);
  });

  test('a base without the version ARG is a package error naming file and branch', async () => {
    const { client, dir } = world;
    await commitDirectly(dir, 'main', { Dockerfile: 'FROM scratch\n' }, 'drop the arg');
    await expect(syncPullRequest(client, spec('2025.8.4', []), memoryLogger())).rejects.toThrow(
      PackageError,
    );
    await expect(syncPullRequest(client, spec('2025.8.4', []), memoryLogger())).rejects.toThrow(
      /^Dockerfile on main: no "ARG AK_VERSION=<version>"/,
    );
  });

  test('a dry run decides the same and writes nothing', async () => {
    const { origin, client, fake } = world;
    const logger = memoryLogger();
    const result = await syncPullRequest(
      client,
      { ...spec('2025.8.4', await edited(origin, '2025.8.4', '1.3.1')), dryRun: true },
      logger,
    );
    expect(result).toMatchObject({ operation: 'created', number: undefined, commitSha: undefined });
    expect(result.actions).toEqual([
      expect.stringMatching(
        /^commit Dockerfile, CloudronManifest.json, CHANGELOG.md on main \([0-9a-f]{7}\)$/,
      ),
      'point branch cloudron-release/authentik at the new commit',
      'open a pull request from cloudron-release/authentik into main',
    ]);
    expect(logger.lines).toContain(
      'Would open a pull request from cloudron-release/authentik into main',
    );
    expect(fake.writeRequests).toEqual([]);
  });

  test('base moved and changed a package file: the commit is redone on the new head', async () => {
    const { origin, client, dir } = world;
    await syncPullRequest(
      client,
      spec('2025.8.4', await edited(origin, '2025.8.4', '1.3.1')),
      memoryLogger(),
    );
    const moved = await commitDirectly(
      dir,
      'main',
      { 'CHANGELOG.md': '[1.3.0]\n* Update authentik to 2025.8.3 (fixed typo)\n' },
      'changelog',
    );
    const result = await syncPullRequest(
      client,
      spec('2025.8.4', await edited(origin, '2025.8.4', '1.3.1')),
      memoryLogger(),
    );
    const branch = (await origin.branchSha(BRANCH))!;
    expect(result).toMatchObject({ operation: 'updated', number: 1, commitSha: branch });
    expect((await origin.git(['rev-parse', `${branch}^`])).trim()).toBe(moved);
    expect(await changedFiles(origin, moved, branch)).toEqual(PACKAGE_FILES);
  });

  test('only the body changed: the PR is edited and no commit is made', async () => {
    const { origin, client, fake } = world;
    const files = await edited(origin, '2025.8.4', '1.3.1');
    await syncPullRequest(client, spec('2025.8.4', files), memoryLogger());
    const commits = fake.writeRequests.filter((r) => r.path.endsWith('/git/commits')).length;
    const result = await syncPullRequest(
      client,
      { ...spec('2025.8.4', files), body: 'A newer body' },
      memoryLogger(),
    );
    expect(result).toMatchObject({ operation: 'updated', number: 1 });
    expect(result.actions).toEqual(['update the title and body of pull request #1']);
    expect(fake.writeRequests.filter((r) => r.path.endsWith('/git/commits')).length).toBe(commits);
    expect(origin.pulls.open()[0]!.body).toBe('A newer body');
  });

  test('5xx answers while reading are retried', async () => {
    const { origin, client, fake } = world;
    fake.injectFault({ method: 'GET', path: /\/pulls$/ }, { kind: 'status', status: 502 });
    fake.injectFault({ method: 'GET', path: /\/git\/ref\// }, { kind: 'drop' });
    const result = await syncPullRequest(
      client,
      spec('2025.8.4', await edited(origin, '2025.8.4', '1.3.1')),
      memoryLogger(),
    );
    expect(result.operation).toBe('created');
  });
});
