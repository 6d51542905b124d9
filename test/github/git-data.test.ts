import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ServiceError, UserError } from '../../src/errors.ts';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.ts';
import {
  BranchMovedError,
  checkRepoPath,
  commitFiles,
  deleteBranch,
  readBranch,
  readCommit,
  readDefaultBranch,
  readFileAt,
  readFilesAt,
  setBranch,
} from '../../src/github/git-data.ts';
import { memoryLogger } from '../../src/logger.ts';
import { GitHubFake } from '../fakes/github.ts';
import {
  attachGitRepository,
  commitDirectly,
  createBareRepository,
  type FakeGitRepository,
} from '../fakes/github-git.ts';

const REPO = { owner: 'packager', repo: 'authentik-cloudron' };

let fake: GitHubFake;
let dir: string;
let origin: FakeGitRepository;
let client: GitHubClient;
let initial: string;

beforeEach(async () => {
  fake = await GitHubFake.start();
  dir = await mkdtemp(join(tmpdir(), 'git-data-'));
  initial = await createBareRepository(
    dir,
    'main',
    {
      Dockerfile: 'FROM cloudron/base:5.0.0\nARG AK_VERSION=2025.8.3\n',
      'start.sh': '#!/bin/bash\nexec /app/code/run\n',
      'docs/README.md': 'Package docs\n',
    },
    { 'start.sh': '100755' },
  );
  origin = attachGitRepository(fake, { ...REPO, bareDir: dir, defaultBranch: 'main' });
  client = createGitHubClient({
    token: 'test-token',
    apiUrl: fake.url,
    logger: memoryLogger(),
    retryBaseMs: 1,
  });
});

afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

describe('commitFiles', () => {
  test('writes one commit on the parent that changes exactly the given files', async () => {
    const sha = await commitFiles(client, REPO, {
      parentSha: initial,
      message: 'Update authentik to 2025.8.4',
      files: [
        { path: 'Dockerfile', content: 'FROM cloudron/base:5.0.0\nARG AK_VERSION=2025.8.4\n' },
        { path: 'start.sh', content: '#!/bin/bash\nexec /app/code/run --new\n' },
        { path: 'docs/notes/NEW.md', content: 'ünïcödé ✓\n' },
      ],
    });
    expect(sha).toMatch(/^[0-9a-f]{40}$/);
    expect((await origin.git(['rev-parse', `${sha}^`])).trim()).toBe(initial);
    const changed = await origin.git([
      'diff-tree',
      '-r',
      '--name-status',
      '--no-commit-id',
      initial,
      sha,
    ]);
    expect(changed.trim().split('\n').sort()).toEqual([
      'A\tdocs/notes/NEW.md',
      'M\tDockerfile',
      'M\tstart.sh',
    ]);
    expect(await origin.git(['show', `${sha}:docs/notes/NEW.md`])).toBe('ünïcödé ✓\n');
    expect(await origin.git(['show', `${sha}:docs/README.md`])).toBe('Package docs\n');
    // The executable bit of an edited file is kept.
    expect(await origin.git(['ls-tree', sha, 'start.sh'])).toMatch(/^100755 blob /);
    expect(await origin.git(['log', '-1', '--format=%s', sha])).toBe(
      'Update authentik to 2025.8.4\n',
    );
    // No ref moved: refs are the caller's decision.
    expect(await origin.branchSha('main')).toBe(initial);
  });

  test('an explicit author is recorded', async () => {
    const sha = await commitFiles(client, REPO, {
      parentSha: initial,
      message: 'Release',
      files: [{ path: 'Dockerfile', content: 'ARG AK_VERSION=2025.10.1\n' }],
      author: { name: 'Release Bot', email: 'bot@example.com' },
    });
    expect(await origin.git(['log', '-1', '--format=%an <%ae>', sha])).toBe(
      'Release Bot <bot@example.com>\n',
    );
  });

  test('files already as wanted give back the parent and write no commit', async () => {
    const sha = await commitFiles(client, REPO, {
      parentSha: initial,
      message: 'nothing',
      files: [{ path: 'docs/README.md', content: 'Package docs\n' }],
    });
    expect(sha).toBe(initial);
    expect(fake.writeRequests.some((r) => r.path.endsWith('/git/commits'))).toBe(false);
  });

  test('a dropped connection and a 502 while storing a blob are retried', async () => {
    fake.injectFault({ method: 'POST', path: /\/git\/blobs$/ }, { kind: 'drop' });
    fake.injectFault({ method: 'POST', path: /\/git\/blobs$/ }, { kind: 'status', status: 502 });
    const sha = await commitFiles(client, REPO, {
      parentSha: initial,
      message: 'retry',
      files: [{ path: 'Dockerfile', content: 'ARG AK_VERSION=2025.8.5\n' }],
    });
    expect(await origin.git(['show', `${sha}:Dockerfile`])).toBe('ARG AK_VERSION=2025.8.5\n');
  });

  test('a token without write access gets one line naming the permission', async () => {
    fake.injectFault(
      { method: 'POST', path: /\/git\/trees$/ },
      {
        kind: 'status',
        status: 403,
        body: {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest',
        },
      },
    );
    const failure = commitFiles(client, REPO, {
      parentSha: initial,
      message: 'x',
      files: [{ path: 'Dockerfile', content: 'x\n' }],
    });
    await expect(failure).rejects.toBeInstanceOf(ServiceError);
    await expect(failure).rejects.toThrow(
      /^GitHub refused writing a tree in packager\/authentik-cloudron \(403\)/,
    );
  });

  test('paths outside the repository are refused before any request', async () => {
    for (const path of ['../etc/passwd', '/abs', 'a//b', '.git/config', 'a/./b', 'a\\b', '']) {
      expect(() => checkRepoPath(path)).toThrow(UserError);
    }
    const before = fake.requests.length;
    await expect(
      commitFiles(client, REPO, {
        parentSha: initial,
        message: 'x',
        files: [{ path: 'x/../../y', content: '' }],
      }),
    ).rejects.toThrow(/not a file path inside the repository/);
    expect(fake.requests.length).toBe(before);
  });
});

describe('branches', () => {
  test('create, force-update, read and delete a branch', async () => {
    expect(await readBranch(client, REPO, 'cloudron-release/authentik')).toBeUndefined();
    await setBranch(client, REPO, 'cloudron-release/authentik', initial, { force: true });
    expect(await readBranch(client, REPO, 'cloudron-release/authentik')).toBe(initial);

    const other = await commitFiles(client, REPO, {
      parentSha: initial,
      message: 'other',
      files: [{ path: 'Dockerfile', content: 'other\n' }],
    });
    const sibling = await commitFiles(client, REPO, {
      parentSha: initial,
      message: 'sibling',
      files: [{ path: 'Dockerfile', content: 'sibling\n' }],
    });
    await setBranch(client, REPO, 'cloudron-release/authentik', other, { force: true });
    // Not a fast-forward, but forced: the rolling branch is owned by the action.
    await setBranch(client, REPO, 'cloudron-release/authentik', sibling, { force: true });
    expect(await origin.branchSha('cloudron-release/authentik')).toBe(sibling);

    expect(await deleteBranch(client, REPO, 'cloudron-release/authentik')).toBe(true);
    expect(await deleteBranch(client, REPO, 'cloudron-release/authentik')).toBe(false);
    expect(await origin.branchSha('cloudron-release/authentik')).toBeUndefined();
  });

  test('setting a branch to where it is writes nothing', async () => {
    const writes = fake.writeRequests.length;
    await setBranch(client, REPO, 'main', initial, { force: false });
    expect(fake.writeRequests.length).toBe(writes);
  });

  test('a non-forced update after someone pushed is BranchMovedError, and the branch keeps their commit', async () => {
    const ours = await commitFiles(client, REPO, {
      parentSha: initial,
      message: 'ours',
      files: [{ path: 'Dockerfile', content: 'ours\n' }],
    });
    const theirs = await commitDirectly(
      dir,
      'main',
      { 'docs/README.md': 'pushed meanwhile\n' },
      'theirs',
    );
    const failure = setBranch(client, REPO, 'main', ours, { force: false });
    await expect(failure).rejects.toBeInstanceOf(BranchMovedError);
    await expect(failure).rejects.toThrow(
      /moved while this run was preparing its commit; run again/,
    );
    expect(await origin.branchSha('main')).toBe(theirs);

    // A fast-forward goes through.
    const next = await commitFiles(client, REPO, {
      parentSha: theirs,
      message: 'ours again',
      files: [{ path: 'Dockerfile', content: 'ours\n' }],
    });
    await setBranch(client, REPO, 'main', next, { force: false });
    expect(await origin.branchSha('main')).toBe(next);
  });

  test('the default branch and a commit are read', async () => {
    expect(await readDefaultBranch(client, REPO)).toBe('main');
    const commit = await readCommit(client, REPO, initial);
    expect(commit.parentShas).toEqual([]);
    expect(commit.treeSha).toBe((await origin.git(['rev-parse', `${initial}^{tree}`])).trim());
  });

  test('an unknown repository is one line saying what to check', async () => {
    await expect(readDefaultBranch(client, { owner: 'packager', repo: 'nope' })).rejects.toThrow(
      /^GitHub refused reading the repository packager\/nope \(404\): the repository packager\/nope does not exist or the token cannot see it/,
    );
  });
});

describe('readFileAt', () => {
  test('reads files at a branch and at a commit, nested paths included', async () => {
    const next = await commitDirectly(dir, 'main', { 'docs/README.md': 'changed\n' }, 'docs');
    expect(await readFileAt(client, REPO, 'Dockerfile', 'main')).toBe(
      'FROM cloudron/base:5.0.0\nARG AK_VERSION=2025.8.3\n',
    );
    expect(await readFileAt(client, REPO, 'docs/README.md', 'main')).toBe('changed\n');
    expect(await readFileAt(client, REPO, 'docs/README.md', initial)).toBe('Package docs\n');
    expect(await readBranch(client, REPO, 'main')).toBe(next);
  });

  test('a missing file or ref is undefined; a directory is an error', async () => {
    expect(await readFileAt(client, REPO, 'CHANGELOG.md', 'main')).toBeUndefined();
    expect(await readFileAt(client, REPO, 'Dockerfile', 'no-such-branch')).toBeUndefined();
    await expect(readFileAt(client, REPO, 'docs', 'main')).rejects.toThrow(
      /docs in packager\/authentik-cloudron is not a file/,
    );
  });

  test('several files of one commit are read in one walk, without the contents API', async () => {
    const texts = await readFilesAt(client, REPO, initial, [
      'Dockerfile',
      'docs/README.md',
      'nope/x',
    ]);
    expect([...texts]).toEqual([
      ['Dockerfile', 'FROM cloudron/base:5.0.0\nARG AK_VERSION=2025.8.3\n'],
      ['docs/README.md', 'Package docs\n'],
      ['nope/x', undefined],
    ]);
    expect(fake.requests.some((r) => r.path.includes('/contents/'))).toBe(false);
  });

  test('a 500 while reading is retried', async () => {
    fake.injectFault({ method: 'GET', path: /\/git\/blobs\// }, { kind: 'status', status: 500 });
    expect(await readFileAt(client, REPO, 'start.sh', 'main')).toBe(
      '#!/bin/bash\nexec /app/code/run\n',
    );
  });
});
