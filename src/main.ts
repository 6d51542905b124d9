/**
 * Wires the stages for each mode: inputs → upstream releases → plan → file edits → image →
 * commit/PR → Cloudron → report. Front ends (the action, the CLI) call `run` with validated
 * settings and their own logger, and write the report their own way.
 */
import { UserError } from './errors.ts';
import { createGitHubClient, type GitHubClient } from './github/client.ts';
import type { Logger } from './logger.ts';
import { readCurrentVersion } from './package/current-version.ts';
import type { Plan } from './plan/plan.ts';
import { selectTarget, upgradeSteps, type Selection } from './plan/select.ts';
import type { RunReport } from './report/report.ts';
import type { Settings } from './settings.ts';
import { listReleases } from './upstream/releases.ts';

export interface RunContext {
  logger: Logger;
  /** The clock; tests fix it. */
  now: () => Date;
  /** Overrides the GitHub client's retry wait; tests shorten it. */
  githubRetryBaseMs?: number;
}

export async function run(settings: Settings, context: RunContext): Promise<RunReport> {
  switch (settings.mode) {
    case 'check':
      return check(settings, context);
    default:
      throw new UserError(
        `Mode '${settings.mode}' is not available in this version. Use mode 'check'.`,
      );
  }
}

interface Target {
  selection: Selection;
  steps: string[];
}

async function findTarget(
  settings: Settings,
  context: RunContext,
  github: GitHubClient,
): Promise<Target> {
  const { logger } = context;
  const current = await readCurrentVersion(settings.package, logger);
  const { repo } = settings.upstream;
  const listing = await listReleases(
    github,
    repo,
    settings.upstream.tagPattern,
    current,
    settings.policy.includePrereleases,
  );
  logger.info(
    `${repo.owner}/${repo.repo}: ${listing.releases.length} releases read in ${listing.requests} request(s)` +
      (listing.skipped > 0 ? `; ${listing.skipped} skipped (tag is not a valid version)` : ''),
  );
  const now = context.now();
  const selection = selectTarget(listing.releases, current, settings.policy, now);
  const steps = upgradeSteps(listing.releases, current, settings.policy, now).map((v) => v.text);
  return { selection, steps };
}

function basePlan(settings: Settings, { selection, steps }: Target): Plan {
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

function baseReport(plan: Plan, selection: Selection): RunReport {
  return {
    updateAvailable: selection.target !== undefined && selection.updateType !== undefined,
    currentVersion: selection.current.text,
    targetVersion: selection.target?.text,
    latestVersion: selection.latest?.text,
    updateType: selection.updateType,
    plan,
  };
}

async function check(settings: Settings, context: RunContext): Promise<RunReport> {
  const github = createGitHubClient({
    token: settings.github.token,
    apiUrl: settings.github.apiUrl,
    logger: context.logger,
    retryBaseMs: context.githubRetryBaseMs,
  });
  const target = await findTarget(settings, context, github);
  return baseReport(basePlan(settings, target), target.selection);
}
