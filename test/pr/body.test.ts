import { describe, expect, test } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { MAX_BODY_LENGTH, prBody, prBranch, prTitle, type PrBodyInput } from '../../src/pr/body.ts';
import type { Release } from '../../src/upstream/release.ts';
import { parseVersion, type Version } from '../../src/versioning/version.ts';
import type { FakeRelease } from '../fakes/github.ts';
import { toReleases } from '../support/releases.ts';
import { hazards } from './hazards.ts';

function v(text: string): Version {
  return parseVersion(text)!;
}

function releases(...specs: [string, string][]): Release[] {
  const fakes: FakeRelease[] = specs.map(([version, body], i) => ({
    tag: `version/${version}`,
    publishedAt: new Date(Date.UTC(2025, 7, 1 + i)).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    body,
  }));
  return toReleases(fakes).reverse();
}

function input(overrides: Partial<PrBodyInput> = {}): PrBodyInput {
  return {
    upstreamName: 'authentik',
    upstreamRepo: { owner: 'goauthentik', repo: 'authentik' },
    serverUrl: 'https://github.com',
    current: { upstream: v('2025.8.3'), package: '1.3.0' },
    target: { upstream: v('2025.8.4'), package: '1.3.1' },
    updateType: 'patch',
    releases: releases(['2025.8.4', '## Fixes\n\n* core: fix login by @BeryJu in #16001']),
    ...overrides,
  };
}

function detailsBalanced(body: string): boolean {
  return body.match(/<details>/g)?.length === body.match(/<\/details>/g)?.length;
}

describe('prBody', () => {
  test('a table of versions, then each release in a collapsed section, newest first', () => {
    const body = prBody(
      input({
        target: { upstream: v('2025.8.6'), package: '1.3.1' },
        releases: releases(['2025.8.4', 'four'], ['2025.8.5', 'five'], ['2025.8.6', 'six']),
      }),
    );
    expect(body).toContain('| authentik | `2025.8.3` | `2025.8.6` |');
    expect(body).toContain('| Package | `1.3.0` | `1.3.1` |');
    expect(body).toContain('(a patch update)');
    const order = ['2025.8.6', '2025.8.5', '2025.8.4'].map((version) =>
      body.indexOf(`<summary><b>${version}</b>`),
    );
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(body).toContain('<details>\n<summary><b>2025.8.6</b> · 2025-08-03</summary>\n\n> six\n');
    expect(body).toContain(
      '[2025.8.6 on the releases page](https://github.com/goauthentik/authentik/releases/tag/version%2F2025.8.6)',
    );
    expect(body).not.toContain('[!WARNING]');
    expect(detailsBalanced(body)).toBe(true);
  });

  test('the notes notify and back-reference nobody', () => {
    const body = prBody(
      input({
        releases: releases([
          '2025.8.4',
          'by @someone in #123, see owner/repo#45 and https://github.com/owner/repo/issues/45 and https://github.com/owner/repo/pull/46 </details>',
        ]),
      }),
    );
    expect(hazards(body.replace(/<\/?(?:details|summary|b)>/g, ''))).toEqual([]);
    expect(body).toContain('https://redirect.github.com/goauthentik/authentik/issues/123');
    expect(body).toContain('https://redirect.github.com/owner/repo/issues/45');
    expect(body).toContain('https://redirect.github.com/owner/repo/pull/46');
    expect(detailsBalanced(body)).toBe(true);
  });

  test('entering a new series warns and links its breaking changes', () => {
    const body = prBody(
      input({
        current: { upstream: v('2025.8.6'), package: '1.3.3' },
        target: { upstream: v('2025.10.1'), package: '1.4.0' },
        updateType: 'minor',
        releases: releases(['2025.10.0', 'New series'], ['2025.10.1', 'Fixes']),
      }),
    );
    expect(body).toContain('> [!WARNING]\n> This update enters the **2025.10** series.');
    expect(body).toContain(
      '[2025.10](https://docs.goauthentik.io/docs/releases/2025.10#breaking-changes)',
    );
  });

  test('the breaking-changes link is a template; empty links the series first release', () => {
    const step = {
      current: { upstream: v('2025.8.6'), package: '1.3.3' },
      target: { upstream: v('2025.12.1'), package: '1.4.0' },
      updateType: 'minor' as const,
      releases: releases(['2025.10.0', 'a'], ['2025.12.0', 'b'], ['2025.12.1', 'c']),
    };
    const custom = prBody(
      input({ ...step, breakingChangesUrl: 'https://example.com/notes/{series}/' }),
    );
    expect(custom).toContain('**2025.10**, **2025.12** series');
    expect(custom).toContain(
      '[2025.10](https://example.com/notes/2025.10/), [2025.12](https://example.com/notes/2025.12/)',
    );
    const none = prBody(input({ ...step, breakingChangesUrl: '' }));
    expect(none).toContain(
      '[2025.12](https://github.com/goauthentik/authentik/releases/tag/version%2F2025.12.0)',
    );
  });

  test('notes that mention breaking changes warn within a series too', () => {
    const body = prBody(
      input({ releases: releases(['2025.8.4', '### Breaking changes\n\n- removed x']) }),
    );
    expect(body).toContain(
      '> [!WARNING]\n> The release notes of 2025.8.4 mention breaking changes.',
    );
  });

  test('200 KB of notes fit under the limit: oldest notes become links, then the newest are cut', () => {
    const big = (n: number) =>
      Array.from({ length: n }, (_, i) => `* change ${i} by @dev in #${i + 1}`).join('\n');
    const many = releases(
      ...Array.from({ length: 8 }, (_, i): [string, string] => [`2025.8.${i + 4}`, big(900)]),
    );
    const body = prBody(
      input({ target: { upstream: v('2025.8.11'), package: '1.3.1' }, releases: many }),
    );
    expect(many.reduce((sum, r) => sum + r.notes.length, 0)).toBeGreaterThan(200_000);
    expect(body.length).toBeLessThanOrEqual(MAX_BODY_LENGTH);
    expect(body.length).toBeLessThan(65_536);
    expect(body).toContain('<summary><b>2025.8.11</b>');
    expect(body).toContain('Older releases of this step, whose notes did not fit:');
    expect(body).toContain(
      '- [2025.8.4](https://github.com/goauthentik/authentik/releases/tag/version%2F2025.8.4)',
    );
    expect(body).toMatch(
      /read them all on the \[releases page\]\(https:\/\/github\.com\/goauthentik\/authentik\/releases\)\.\n$/,
    );
    expect(detailsBalanced(body)).toBe(true);
    expect(hazards(body.replace(/<\/?(?:details|summary|b)>/g, ''))).toEqual([]);

    const single = prBody(
      input({ releases: releases(['2025.8.4', `${'x'.repeat(200_000)} @tail`]) }),
    );
    expect(single.length).toBeLessThanOrEqual(MAX_BODY_LENGTH);
    expect(single).toContain('_The notes are too long to show here in full._');
    expect(single).toContain('[2025.8.4 on the releases page]');
    expect(detailsBalanced(single)).toBe(true);
  });

  test('a release without notes says so', () => {
    expect(prBody(input({ releases: releases(['2025.8.4', '']) }))).toContain(
      '_No release notes._',
    );
  });

  test('a forced version without releases gives the table only', () => {
    const body = prBody(input({ releases: [] }));
    expect(body).toContain('| authentik |');
    expect(body).not.toContain('<details>');
  });

  test('the same input gives the same body, so an unchanged PR stays unchanged', () => {
    expect(prBody(input())).toBe(prBody(input()));
  });

  test('the upstream name cannot break the table', () => {
    expect(prBody(input({ upstreamName: 'a|b <i>' }))).toContain('| a\\|b \\<i\\> | `2025.8.3`');
  });
});

describe('prTitle', () => {
  const vars = { upstreamName: 'authentik', version: '2025.10.1', packageVersion: '1.4.0' };
  test.each([
    ['Update {upstream-name} to {version}', 'Update authentik to 2025.10.1'],
    [
      'chore(deps): {upstream-name} {version} (package {package-version})',
      'chore(deps): authentik 2025.10.1 (package 1.4.0)',
    ],
    ['  Update\n{upstream-name}  ', 'Update authentik'],
  ])('%j', (template, expected) => {
    expect(prTitle(template, vars)).toBe(expected);
  });

  test('an unknown placeholder or an empty title is an input error', () => {
    expect(() => prTitle('Update {name}', vars)).toThrow(InputError);
    expect(() => prTitle('Update {name}', vars)).toThrow(
      "Input 'pr-title': unknown placeholder {name}",
    );
    expect(() => prTitle('  ', vars)).toThrow(InputError);
  });
});

describe('prBranch', () => {
  test.each([
    ['cloudron-release/{upstream-name}', 'authentik', 'cloudron-release/authentik'],
    ['deps/{upstream-name}-bump', 'My App!', 'deps/my-app-bump'],
    ['update', 'x', 'update'],
  ])('%j with %j', (template, upstreamName, expected) => {
    expect(prBranch(template, { upstreamName })).toBe(expected);
  });

  test.each([
    'cloudron-release/{version}',
    'a..b',
    '.hidden/x',
    'x.lock',
    '-x',
    'refs/heads/x',
    'a//b',
    'trailing/',
    'sp ace',
    'x.',
    'HEAD',
  ])('%j is refused', (template) => {
    expect(() => prBranch(template, { upstreamName: 'authentik' })).toThrow(InputError);
  });
});
