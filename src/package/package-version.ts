/**
 * The package's own version for an upstream update. Cloudron compares package versions to offer
 * updates, so the package version must rise with every upstream change; `auto` makes a new
 * upstream series a package minor and an upstream patch a package patch.
 */
import semver from 'semver';
import { UserError } from '../errors.ts';
import type { PackageBump, UpdateType } from '../settings.ts';

/** Upstream versions from a manifest may lack a patch (`2025.10`); compare them as `2025.10.0`. */
function asSemver(version: string): semver.SemVer | null {
  return semver.parse(version) ?? semver.coerce(version, { includePrerelease: true });
}

/** The package bump `auto` picks for an upstream change; undefined when nothing changed. */
export function autoBump(
  previousUpstream: string | undefined,
  nextUpstream: string,
): UpdateType | undefined {
  const next = asSemver(nextUpstream);
  if (next === null) {
    throw new UserError(
      'The target upstream version is not a semver version; pick a version such as 2025.10.1.',
    );
  }
  const previous = previousUpstream === undefined ? null : asSemver(previousUpstream);
  // No readable upstream version in the files yet: treat it as a new series.
  if (previous === null) return 'minor';
  if (semver.eq(previous, next)) return undefined;
  if (previous.major !== next.major || previous.minor !== next.minor) return 'minor';
  return 'patch';
}

/**
 * The next package version. The same upstream version (already released, or a rerun) keeps
 * `current` whatever `bump` says, so running twice bumps once.
 */
export function nextPackageVersion(
  current: string,
  previousUpstream: string | undefined,
  nextUpstream: string,
  bump: PackageBump,
): string {
  if (semver.valid(current) === null) {
    throw new UserError(
      `The package version '${current}' is not a semver version; fix "version" in the manifest.`,
    );
  }
  const change = autoBump(previousUpstream, nextUpstream);
  if (change === undefined) return current;
  const next = semver.inc(current, bump === 'auto' ? change : bump);
  if (next === null) throw new Error(`semver.inc failed for a valid version ${current}`);
  return next;
}
