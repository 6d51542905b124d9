import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createGitHubClient } from '../../src/github/client.ts';
import { memoryLogger } from '../../src/logger.ts';
import { listReleases } from '../../src/upstream/releases.ts';
import { parseVersion } from '../../src/versioning/version.ts';
import { GitHubFake, type FakeRelease } from '../fakes/github.ts';
import { authentikReleases } from '../support/authentik-releases.ts';
import { AUTHENTIK_TAG_PATTERN } from '../support/releases.ts';

const repo = { owner: 'goauthentik', repo: 'authentik' };
let fake: GitHubFake;
let logger: ReturnType<typeof memoryLogger>;

beforeEach(async () => {
  fake = await GitHubFake.start();
  fake.setReleases('goauthentik/authentik', authentikReleases());
  logger = memoryLogger();
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

function client(token?: string) {
  return createGitHubClient({ token, apiUrl: fake.url, logger, retryBaseMs: 10 });
}

function list(current: string) {
  return listReleases(client(), repo, AUTHENTIK_TAG_PATTERN, parseVersion(current)!, false);
}

describe('listReleases', () => {
  test('one request when the first page holds nothing newer', async () => {
    const listing = await list('2026.5.6');
    expect(listing.requests).toBe(1);
    expect(fake.requests.map((r) => r.query)).toEqual(['?per_page=100&page=1']);
  });

  test('pages on while a page still holds a newer version', async () => {
    const listing = await list('2023.8.6');
    expect(listing.requests).toBe(2);
    expect(listing.releases).toHaveLength(119 + 2);
  });

  test('many pages, each of 100', async () => {
    const many: FakeRelease[] = Array.from({ length: 250 }, (_, i) => ({
      tag: `version/1.0.${i}`,
      publishedAt: '2026-01-01T00:00:00Z',
    }));
    fake.setReleases('goauthentik/authentik', many);
    expect((await list('1.0.0')).requests).toBe(3);
    expect((await list('1.0.180')).requests).toBe(2);
    expect((await list('1.0.249')).requests).toBe(1);
  });

  test('an unknown repository is one clear error (404)', async () => {
    const error = listReleases(
      client(),
      { owner: 'nobody', repo: 'nothing' },
      AUTHENTIK_TAG_PATTERN,
      parseVersion('1.0.0')!,
      false,
    );
    await expect(error).rejects.toThrow(
      "GitHub refused listing the releases of nobody/nothing (404): the repository nobody/nothing does not exist or the token cannot see it. Check 'upstream-repo'.",
    );
  });

  test('a refused token is one clear error (401)', async () => {
    fake.token = 'the-right-one';
    const error = listReleases(
      client('wrong'),
      repo,
      AUTHENTIK_TAG_PATTERN,
      parseVersion('1.0.0')!,
      false,
    );
    await expect(error).rejects.toThrow(/\(401 Bad credentials\).*Set 'token'/);
  });

  test.each([
    ['a 500', { kind: 'status', status: 500 }],
    ['a 502', { kind: 'status', status: 502 }],
    ['a dropped connection', { kind: 'drop' }],
  ] as const)('%s is retried and the run succeeds', async (_name, fault) => {
    fake.injectFault({ method: 'GET', path: /releases$/ }, fault);
    const listing = await list('2026.5.6');
    expect(listing.releases.length).toBeGreaterThan(50);
    expect(fake.requests).toHaveLength(2);
  });

  test('a secondary rate limit (403 with retry-after) is waited out', async () => {
    fake.injectFault(
      { method: 'GET', path: /releases$/ },
      {
        kind: 'status',
        status: 403,
        headers: { 'retry-after': '1' },
        body: {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url:
            'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        },
      },
    );
    const started = Date.now();
    const listing = await list('2026.5.6');
    expect(listing.releases.length).toBeGreaterThan(50);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(logger.lines.some((l) => l.includes('secondary rate limit'))).toBe(true);
  });
});
