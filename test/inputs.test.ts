import { describe, expect, test } from 'vitest';
import { INPUT_DEFAULTS, readSettings } from '../src/inputs.ts';

function settings(inputs: Record<string, string>, env: Record<string, string> = {}) {
  const masked: string[] = [];
  const result = readSettings(
    (name) => inputs[name] ?? '',
    env,
    (s) => masked.push(s),
    '/work/pkg',
  );
  return { result, masked };
}

function failure(inputs: Record<string, string>): string {
  try {
    settings(inputs);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

describe('readSettings', () => {
  test('defaults fit the authentik package', () => {
    const { result } = settings({});
    expect(result.mode).toBe('check');
    expect(result.upstream.repo).toEqual({ owner: 'goauthentik', repo: 'authentik' });
    expect(result.upstream.name).toBe('authentik');
    expect(result.package.versionArg).toBe('AK_VERSION');
    expect(result.package.dockerfile).toBe('/work/pkg/Dockerfile');
    expect(result.policy.upgradePath).toBe('sequential');
    expect([...result.policy.updateTypes]).toEqual(['major', 'minor', 'patch']);
    expect(result.image.tags).toEqual(['{package-version}', 'latest']);
    expect(result.cloudron.timeoutMs).toBe(30 * 60_000);
    expect(result.github.apiUrl).toBe('https://api.github.com');
  });

  test('paths resolve against the package folder', () => {
    const { result } = settings({ path: 'pkg', dockerfile: 'docker/Dockerfile' });
    expect(result.package.dir).toBe('/work/pkg/pkg');
    expect(result.package.dockerfile).toBe('/work/pkg/pkg/docker/Dockerfile');
  });

  test('secrets are masked the moment they are read', () => {
    const { masked } = settings({
      token: 'ghp_x',
      'registry-password': 'p4ss',
      'cloudron-token': 'ct',
    });
    expect(masked.sort()).toEqual(['ct', 'ghp_x', 'p4ss']);
  });

  test('durations, lists and the environment', () => {
    const { result } = settings(
      {
        'min-release-age': '3d',
        'update-types': 'minor, patch',
        'cloudron-apps': 'a.example.com\nb,c',
      },
      { GITHUB_API_URL: 'https://ghe.example.com/api/v3/', GITHUB_REPOSITORY: 'me/pkg' },
    );
    expect(result.policy.minReleaseAgeMs).toBe(3 * 86_400_000);
    expect([...result.policy.updateTypes]).toEqual(['minor', 'patch']);
    expect(result.cloudron.apps).toEqual(['a.example.com', 'b', 'c']);
    expect(result.github.apiUrl).toBe('https://ghe.example.com/api/v3');
    expect(result.github.repository).toEqual({ owner: 'me', repo: 'pkg' });
  });

  test.each([
    [
      { 'tag-pattern': '^version/.+$' },
      "Input 'tag-pattern': '^version/.+$' has no capture group. Capture the version in group 1, e.g. '^version/(.+)$'.",
    ],
    [{ 'tag-pattern': '^version/(.+$' }, "Input 'tag-pattern': '^version/(.+$' does not compile"],
    [
      { 'allowed-versions': '>=banana' },
      "Input 'allowed-versions': '>=banana' is not a semver range",
    ],
    [{ 'min-release-age': '3 days' }, "Input 'min-release-age': '3 days' is not a duration"],
    [{ 'cloudron-timeout': '-1m' }, "Input 'cloudron-timeout': '-1m' is not a duration"],
    [
      { 'upstream-repo': 'goauthentik' },
      "Input 'upstream-repo': 'goauthentik' is not a repository",
    ],
    [{ 'upstream-repo': 'a/../b' }, "Input 'upstream-repo': 'a/../b' is not a repository"],
    [
      { mode: 'deploy-all' },
      "Input 'mode': 'deploy-all' is not one of check, bump, pr, release, deploy",
    ],
    [{ 'dry-run': 'yes' }, "Input 'dry-run': 'yes' is not a boolean"],
    [
      { 'update-types': 'minor,huge' },
      "Input 'update-types': 'huge' is not one of major, minor, patch",
    ],
    [{ 'max-steps': '0' }, "Input 'max-steps': '0' is not a whole number from 1 to 20"],
    [{ version: 'latest' }, "Input 'version': 'latest' is not a version"],
    [
      { 'version-arg': 'AK VERSION' },
      "Input 'version-arg': 'AK VERSION' is not a Dockerfile ARG name",
    ],
    [{ 'cloudron-url': 'http://cloudron.example.com' }, "Input 'cloudron-url'"],
  ])('%j is refused with one clear line', (inputs, message) => {
    const text = failure(inputs);
    expect(text).toContain(message);
    expect(text).not.toContain('\n');
  });

  test('every input has a default entry', () => {
    expect(Object.keys(INPUT_DEFAULTS)).toContain('cloudron-wait-healthy');
  });
});
