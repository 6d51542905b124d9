/**
 * The first stages of every mode: the package's current version, the upstream releases, and
 * the selected target; plus the parts of the plan and report that every mode shares.
 */
import type { GitHubClient } from '../github/client.ts';
import type { Logger } from '../logger.ts';
import { readCurrentVersion } from '../package/current-version.ts';
import type { Plan } from '../plan/plan.ts';
import { selectTarget, upgradeSteps, type Selection } from '../plan/select.ts';
import type { RunReport } from '../report/report.ts';
import type { Settings } from '../settings.ts';
import { listReleases } from '../upstream/releases.ts';

export interface Target {
  selection: Selection;
  /** The sequential path from the current version to the newest eligible one. */
  steps: string[];
}

export async function findTarget(
  settings: Settings,
  github: GitHubClient,
  logger: Logger,
  now: Date,
): Promise<Target> {
  const current = await readCurrentVersion(settings.package, logger);
  const { repo, tagPattern } = settings.upstream;
  const { policy } = settings;
  const listing = await listReleases(github, repo, tagPattern, current, policy.includePrereleases);
  logger.info(
    `${repo.owner}/${repo.repo}: ${listing.releases.length} releases read in ${listing.requests} request(s)` +
      (listing.skipped > 0 ? `; ${listing.skipped} skipped (tag is not a valid version)` : ''),
  );
  const selection = selectTarget(listing.releases, current, policy, now);
  const steps = upgradeSteps(listing.releases, current, policy, now).map((v) => v.text);
  return { selection, steps };
}

export function planFor(settings: Settings, { selection, steps }: Target): Plan {
  const { repo } = settings.upstream;
  return {
    mode: settings.mode,
    dryRun: settings.dryRun,
    upstream: `${repo.owner}/${repo.repo}`,
    upgradePath: settings.policy.upgradePath,
    current: selection.current.text,
    target: selection.target?.text,
    latest: selection.latest?.text,
    updateType: selection.updateType,
    steps,
    actions: [],
  };
}

export function reportFor(plan: Plan, selection: Selection): RunReport {
  return {
    updateAvailable: selection.target !== undefined && selection.updateType !== undefined,
    currentVersion: selection.current.text,
    targetVersion: selection.target?.text,
    latestVersion: selection.latest?.text,
    updateType: selection.updateType,
    plan,
  };
}
