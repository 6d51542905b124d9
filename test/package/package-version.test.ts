import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.ts';
import { autoBump, nextPackageVersion } from '../../src/package/package-version.ts';
import type { PackageBump } from '../../src/settings.ts';

describe('nextPackageVersion', () => {
  it.each<[string, string | undefined, string, PackageBump, string]>([
    ['1.3.2', '2025.8.3', '2025.8.6', 'auto', '1.3.3'],
    ['1.3.2', '2025.8.3', '2025.10.4', 'auto', '1.4.0'],
    ['1.3.2', '2025.8.3', '2026.2.0', 'auto', '1.4.0'],
    ['1.3.2', '2025.10', '2025.10.1', 'auto', '1.3.3'],
    ['1.3.2', undefined, '2025.10.1', 'auto', '1.4.0'],
    ['1.3.2', 'not a version', '2025.10.1', 'auto', '1.4.0'],
    ['1.3.2', '2025.8.3', '2025.8.6', 'major', '2.0.0'],
    ['1.3.2', '2025.8.3', '2025.10.4', 'patch', '1.3.3'],
    ['1.3.2', '2025.8.3', '2025.8.4', 'minor', '1.4.0'],
    ['1.3.2', '2025.10.4', '2025.10.4', 'auto', '1.3.2'],
    ['1.3.2', '2025.10.4', '2025.10.4', 'major', '1.3.2'],
    ['1.3.2', '2025.10', '2025.10.0', 'minor', '1.3.2'],
    ['1.3.2-beta.1', '2025.8.3', '2025.8.4', 'auto', '1.3.2'],
  ])('%s with %s -> %s (%s) is %s', (current, previous, next, bump, expected) => {
    expect(nextPackageVersion(current, previous, next, bump)).toBe(expected);
  });

  it('refuses a package version that is not semver', () => {
    expect(() => nextPackageVersion('1.3', '1.0.0', '1.0.1', 'auto')).toThrow(UserError);
    expect(() => nextPackageVersion('1.3', '1.0.0', '1.0.1', 'auto')).toThrow(
      "The package version '1.3' is not a semver version",
    );
  });

  it('refuses a target that is not a version', () => {
    expect(() => autoBump('1.0.0', 'latest')).toThrow(
      'The target upstream version is not a semver version',
    );
  });
});
