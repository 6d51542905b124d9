import { describe, expect, test } from 'vitest';
import { selectTarget, upgradeSteps } from '../../src/plan/select.ts';
import type { PolicySettings } from '../../src/settings.ts';
import { parseVersion, type Version } from '../../src/versioning/version.ts';
import { authentikReleases } from '../support/authentik-releases.ts';
import { toReleases } from '../support/releases.ts';

const releases = toReleases(authentikReleases());
const NOW = new Date('2026-12-01T00:00:00Z');

function policy(overrides: Partial<PolicySettings> = {}): PolicySettings {
  return {
    includePrereleases: false,
    allowedVersions: '*',
    updateTypes: new Set(['major', 'minor', 'patch']),
    minReleaseAgeMs: 0,
    upgradePath: 'sequential',
    version: undefined,
    force: false,
    ...overrides,
  };
}

function v(text: string): Version {
  return parseVersion(text)!;
}

function target(
  current: string,
  overrides: Partial<PolicySettings> = {},
  now = NOW,
): string | undefined {
  return selectTarget(releases, v(current), policy(overrides), now).target?.text;
}

describe('selectTarget over the real authentik history', () => {
  test.each([
    ['2025.8.3', 'sequential', '2025.8.6'],
    ['2025.8.6', 'sequential', '2025.10.4'],
    ['2025.10.4', 'sequential', '2025.12.4'],
    ['2025.12.4', 'sequential', '2026.2.4'],
    ['2026.2.4', 'sequential', '2026.5.6'],
    ['2025.8.3', 'latest', '2026.5.6'],
    ['2024.2.0', 'sequential', '2024.2.4'],
  ] as const)('from %s, %s gives %s', (current, upgradePath, expected) => {
    expect(target(current, { upgradePath })).toBe(expected);
  });

  test('the newest release is up to date: no target, latest is itself', () => {
    const selection = selectTarget(releases, v('2026.5.6'), policy(), NOW);
    expect(selection.target).toBeUndefined();
    expect(selection.updateType).toBeUndefined();
    expect(selection.latest?.text).toBe('2026.5.6');
  });

  test('backports published after newer series never win', () => {
    // On 2026-02-13, 2025.10.4 was the last release published, after 2025.12.4.
    const cutoff = new Date('2026-02-13T00:00:00Z');
    const known = releases.filter((r) => r.publishedAt && r.publishedAt < cutoff);
    const selection = selectTarget(known, v('2025.8.3'), policy({ upgradePath: 'latest' }), cutoff);
    expect(selection.target?.text).toBe('2025.12.4');
    expect(selection.latest?.text).toBe('2025.12.4');
  });

  test('drafts are never picked', () => {
    expect(target('2025.8.6', { upgradePath: 'latest', allowedVersions: '<2026.0.0' })).toBe(
      '2025.12.4',
    );
    expect(target('2025.8.5', { allowedVersions: '2025.8.x' })).toBe('2025.8.6');
  });

  test('release candidates only with include-prereleases', () => {
    expect(target('2025.12.4', { allowedVersions: '<2026.2.0' })).toBeUndefined();
    expect(target('2025.12.4', { allowedVersions: '<2026.2.0', includePrereleases: true })).toMatch(
      /^2026\.2\.0-rc\d+$/,
    );
    // With prereleases allowed, the stable release still beats its candidates.
    expect(target('2025.12.4', { includePrereleases: true })).toBe('2026.2.4');
  });

  test('min-release-age holds back a release that is too young', () => {
    const now = new Date('2026-02-20T00:00:00Z');
    expect(target('2025.8.3', {}, now)).toBe('2025.8.6');
    expect(target('2025.8.3', { minReleaseAgeMs: 30 * 86_400_000 }, now)).toBe('2025.8.5');
  });

  test('allowed-versions limits the target', () => {
    expect(target('2025.8.3', { allowedVersions: '<2025.8.6' })).toBe('2025.8.5');
    expect(target('2025.8.3', { upgradePath: 'latest', allowedVersions: '<2026.0.0' })).toBe(
      '2025.12.4',
    );
  });

  test('update-types limit the kind of step', () => {
    expect(target('2025.8.6', { updateTypes: new Set(['patch']) })).toBeUndefined();
    expect(target('2025.8.3', { updateTypes: new Set(['minor']) })).toBe('2025.10.4');
    expect(target('2025.12.4', { updateTypes: new Set(['minor', 'patch']) })).toBeUndefined();
  });

  test('update-type of the step', () => {
    const type = (current: string, o: Partial<PolicySettings> = {}) =>
      selectTarget(releases, v(current), policy(o), NOW).updateType;
    expect(type('2025.8.3')).toBe('patch');
    expect(type('2025.8.6')).toBe('minor');
    expect(type('2025.12.4')).toBe('major');
  });

  test('an explicit version must be published unless forced, and never a downgrade unless forced', () => {
    expect(target('2025.8.3', { version: '2025.10.1' })).toBe('2025.10.1');
    expect(() => target('2025.8.3', { version: '2025.11.0' })).toThrow(
      /not a published release.*force: true/,
    );
    expect(target('2025.8.3', { version: '2025.11.0', force: true })).toBe('2025.11.0');
    expect(() => target('2025.10.1', { version: '2025.8.3' })).toThrow(/refusing to downgrade/);
    expect(target('2025.10.1', { version: '2025.8.3', force: true })).toBe('2025.8.3');
    // The same version is no update (a rerun of a manual release), unless forced.
    expect(target('2025.10.1', { version: '2025.10.1' })).toBeUndefined();
    expect(target('2025.10.1', { version: '2025.10.1', force: true })).toBe('2025.10.1');
  });

  test('the releases of a step are listed newest first for the PR notes', () => {
    const selection = selectTarget(releases, v('2025.8.6'), policy(), NOW);
    expect(selection.releasesInStep.map((r) => r.version.text)).toEqual([
      '2025.10.4',
      '2025.10.3',
      '2025.10.2',
      '2025.10.1',
      '2025.10.0',
    ]);
  });

  test('upgradeSteps walks the whole sequential path', () => {
    expect(upgradeSteps(releases, v('2025.8.3'), policy(), NOW).map((s) => s.text)).toEqual([
      '2025.8.6',
      '2025.10.4',
      '2025.12.4',
      '2026.2.4',
      '2026.5.6',
    ]);
    expect(upgradeSteps(releases, v('2026.5.6'), policy(), NOW)).toEqual([]);
  });
});
