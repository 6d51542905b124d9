import { describe, expect, test } from 'vitest';
import { parseVersion, updateTypeOf } from '../../src/versioning/version.ts';
import { releasePageUrl, toRelease } from '../../src/upstream/release.ts';
import { HOSTILE_TAGS } from '../support/hostile-tags.ts';

describe('parseVersion', () => {
  test.each(['2025.10.1', '2025.8.0-rc1', '1.2.3', '0.0.1', '2025.10'])(
    'accepts %s as written',
    (text) => {
      expect(parseVersion(text)?.text).toBe(text);
    },
  );

  test('a missing patch counts as .0 for ordering', () => {
    expect(parseVersion('2025.10')!.semver.version).toBe('2025.10.0');
  });

  test.each([
    'v2025.10.1',
    '2025.10.1+build',
    '2025.010.1',
    '2025',
    '2025.10.1\nRUN x',
    ' 2025.10.1',
    '1.2.3-' + 'a'.repeat(70),
    '２０２５.1.1',
    '',
  ])('refuses %j', (text) => {
    expect(parseVersion(text)).toBeUndefined();
  });

  test('update types', () => {
    expect(updateTypeOf(parseVersion('2025.8.3')!, parseVersion('2025.8.6')!)).toBe('patch');
    expect(updateTypeOf(parseVersion('2025.8.6')!, parseVersion('2025.10.0')!)).toBe('minor');
    expect(updateTypeOf(parseVersion('2025.12.4')!, parseVersion('2026.2.0')!)).toBe('major');
  });
});

describe('toRelease', () => {
  const raw = (tag: string) => ({
    tag_name: tag,
    draft: false,
    prerelease: false,
    published_at: '2026-01-01T00:00:00Z',
    html_url: 'https://github.com/x/y/releases/tag/x',
    body: null,
  });

  test.each(HOSTILE_TAGS)('drops the hostile tag %j', (tag) => {
    expect(toRelease(raw(tag), /^version\/(.+)$/)).toBeUndefined();
  });

  test('a semver prerelease part counts as a prerelease whatever the flag says', () => {
    expect(toRelease(raw('version/2025.10.0-rc1'), /^version\/(.+)$/)?.prerelease).toBe(true);
  });

  test('the tag path is percent-encoded down to link-safe characters', () => {
    const release = toRelease(raw("release(2025.10.1)'"), /^release\((.+)\)'$/)!;
    expect(release.tagPath).toBe('release%282025.10.1%29%27');
  });

  test('release pages link the encoded tag', () => {
    const repo = { owner: 'goauthentik', repo: 'authentik' };
    const release = toRelease(raw('version/2025.10.1'), /^version\/(.+)$/);
    expect(releasePageUrl('https://github.com', repo, release)).toBe(
      'https://github.com/goauthentik/authentik/releases/tag/version%2F2025.10.1',
    );
    expect(releasePageUrl('https://github.com', repo, undefined)).toBe(
      'https://github.com/goauthentik/authentik/releases',
    );
  });

  test('a tag that does not match the pattern is dropped', () => {
    expect(toRelease(raw('v2025.10.1'), /^version\/(.+)$/)).toBeUndefined();
  });
});
