/**
 * Which upstream version to move to: pure functions over validated releases, a policy and a
 * clock. No I/O, no `Date.now()`: the caller passes `now`.
 */
import { Range } from 'semver';
import { UserError } from '../errors.ts';
import type { PolicySettings, UpdateType } from '../settings.ts';
import type { Release } from '../upstream/release.ts';
import {
  compareVersions,
  parseVersion,
  seriesOf,
  updateTypeOf,
  type Version,
} from '../versioning/version.ts';

export interface Selection {
  current: Version;
  /** The version of this step; undefined when there is nothing to do. */
  target: Version | undefined;
  /** The target's release, when it is a published one (not for a forced version). */
  targetRelease: Release | undefined;
  /** The newest release that passes every filter, whatever the path. */
  latest: Version | undefined;
  updateType: UpdateType | undefined;
  /** Every release after `current` up to and including `target`, newest first (PR notes). */
  releasesInStep: Release[];
}

/** Releases that the policy lets through, whatever the current version: not the step rules. */
function isEligible(release: Release, policy: PolicySettings, range: Range, now: Date): boolean {
  if (release.draft) return false;
  if (release.prerelease && !policy.includePrereleases) return false;
  if (!range.test(release.version.semver)) return false;
  if (policy.minReleaseAgeMs > 0) {
    if (!release.publishedAt) return false;
    if (now.getTime() - release.publishedAt.getTime() < policy.minReleaseAgeMs) return false;
  }
  return true;
}

function newestFirst(a: Release, b: Release): number {
  return compareVersions(b.version, a.version);
}

/**
 * The next step from `current`.
 * - `sequential`: the newest patch of the current series when there is one, else the newest
 *   patch of the next series that exists (authentik must not skip a minor series).
 * - `latest`: the newest eligible release.
 * - an explicit `policy.version`: that version, which must be a published release unless
 *   `force`; never a downgrade unless `force`.
 */
export function selectTarget(
  releases: readonly Release[],
  current: Version,
  policy: PolicySettings,
  now: Date,
): Selection {
  const range = new Range(policy.allowedVersions, { includePrerelease: policy.includePrereleases });
  const eligible = releases.filter((r) => isEligible(r, policy, range, now)).sort(newestFirst);
  const newer = eligible.filter(
    (r) =>
      compareVersions(r.version, current) > 0 &&
      policy.updateTypes.has(updateTypeOf(current, r.version)),
  );
  const latest =
    newer[0]?.version ?? eligible.find((r) => compareVersions(r.version, current) === 0)?.version;

  const chosen =
    policy.version === undefined
      ? pickByPath(newer, current, policy)
      : pickExplicit(releases, current, policy);
  const target = chosen?.version;
  const step = target && compareVersions(target, current) > 0 ? target : undefined;
  return {
    current,
    target,
    targetRelease: chosen?.release,
    latest,
    updateType:
      target && compareVersions(target, current) !== 0 ? updateTypeOf(current, target) : undefined,
    releasesInStep: step
      ? releases
          .filter(
            (r) =>
              !r.draft &&
              compareVersions(r.version, current) > 0 &&
              compareVersions(r.version, step) <= 0 &&
              (policy.includePrereleases ||
                !r.prerelease ||
                compareVersions(r.version, step) === 0),
          )
          .sort(newestFirst)
      : [],
  };
}

function pickByPath(
  newer: readonly Release[],
  current: Version,
  policy: PolicySettings,
): { version: Version; release: Release } | undefined {
  if (policy.upgradePath === 'latest' || newer.length === 0) {
    const release = newer[0];
    return release && { version: release.version, release };
  }
  const sameSeries = newer.find((r) => seriesOf(r.version) === seriesOf(current));
  if (sameSeries) return { version: sameSeries.version, release: sameSeries };
  // The next series is the lowest one above the current; its newest patch is the step.
  const oldestNewer = newer[newer.length - 1]!;
  const release = newer.find((r) => seriesOf(r.version) === seriesOf(oldestNewer.version))!;
  return { version: release.version, release };
}

function pickExplicit(
  releases: readonly Release[],
  current: Version,
  policy: PolicySettings,
): { version: Version; release: Release | undefined } | undefined {
  const wanted = parseVersion(policy.version!)!;
  const release = releases.find((r) => !r.draft && compareVersions(r.version, wanted) === 0);
  if (!release && !policy.force) {
    throw new UserError(
      `Version ${wanted.text} is not a published release of the upstream repository. Pick a released version, or set 'force: true' to use it anyway.`,
    );
  }
  const order = compareVersions(wanted, current);
  if (order < 0 && !policy.force) {
    throw new UserError(
      `Version ${wanted.text} is older than the current ${current.text}; refusing to downgrade. Set 'force: true' to downgrade on purpose.`,
    );
  }
  if (order === 0 && !policy.force) return undefined;
  return { version: wanted, release };
}

/**
 * The whole sequential path from `current` to the newest eligible release, step by step
 * (for the plan output and `max-steps`). Bounded by the number of releases.
 */
export function upgradeSteps(
  releases: readonly Release[],
  current: Version,
  policy: PolicySettings,
  now: Date,
): Version[] {
  const steps: Version[] = [];
  let from = current;
  for (let i = 0; i < releases.length; i++) {
    const { target } = selectTarget(releases, from, { ...policy, version: undefined }, now);
    if (!target || compareVersions(target, from) <= 0) break;
    steps.push(target);
    from = target;
  }
  return steps;
}
