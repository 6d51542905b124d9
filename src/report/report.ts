/**
 * What a run reports, and its pure renderings: the action's outputs (names of the spec, all
 * strings) and the job summary. Only validated values get here.
 */
import type { AppUpdateResult } from '../cloudron/deploy.ts';
import type { Plan } from '../plan/plan.ts';
import type { UpdateType } from '../settings.ts';

export interface RunReport {
  updateAvailable: boolean;
  currentVersion: string;
  targetVersion: string | undefined;
  latestVersion: string | undefined;
  updateType: UpdateType | undefined;
  previousPackageVersion?: string;
  packageVersion?: string;
  changedFiles?: string[];
  prNumber?: number;
  prUrl?: string;
  prOperation?: 'created' | 'updated' | 'unchanged' | 'closed';
  commitSha?: string;
  image?: string;
  imageDigest?: string;
  cloudronResults?: AppUpdateResult[];
  plan: Plan;
}

/** The action's outputs. Values not known in this mode are left out, not written empty. */
export function toOutputs(report: RunReport): Record<string, string> {
  const outputs: Record<string, string | undefined> = {
    'update-available': String(report.updateAvailable),
    'current-version': report.currentVersion,
    'target-version': report.targetVersion,
    'latest-version': report.latestVersion,
    'update-type': report.updateType,
    'previous-package-version': report.previousPackageVersion,
    'package-version': report.packageVersion,
    'changed-files': report.changedFiles && JSON.stringify(report.changedFiles),
    'pr-number': report.prNumber?.toString(),
    'pr-url': report.prUrl,
    'pr-operation': report.prOperation,
    'commit-sha': report.commitSha,
    image: report.image,
    'image-digest': report.imageDigest,
    'cloudron-results': report.cloudronResults && JSON.stringify(report.cloudronResults),
    plan: JSON.stringify(report.plan),
  };
  return Object.fromEntries(
    Object.entries(outputs).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

/** The rows of the summary table a person reads at a glance: [label, value]. */
export function summaryRows(report: RunReport): [string, string][] {
  const rows: [string, string | undefined][] = [
    ['Upstream', report.plan.upstream],
    ['Current version', report.currentVersion],
    ['Target version', report.targetVersion ?? 'none'],
    ['Latest version', report.latestVersion ?? 'none'],
    ['Update type', report.updateType ?? '–'],
    ['Upgrade path', report.plan.steps.length > 0 ? report.plan.steps.join(' → ') : 'up to date'],
    [
      'Package version',
      report.packageVersion && `${report.previousPackageVersion ?? '?'} → ${report.packageVersion}`,
    ],
    ['Changed files', report.changedFiles?.join(', ')],
    ['Pull request', report.prUrl && `${report.prOperation}: ${report.prUrl}`],
    ['Commit', report.commitSha],
    [
      'Image',
      report.image && (report.imageDigest ? `${report.image}@${report.imageDigest}` : report.image),
    ],
    ['Cloudron apps', report.cloudronResults?.map((r) => `${r.fqdn}: ${r.status}`).join(', ')],
  ];
  return rows.filter((row): row is [string, string] => row[1] !== undefined && row[1] !== '');
}

export function summaryTitle(report: RunReport): string {
  const what = report.plan.dryRun ? ' (dry run)' : '';
  return report.updateAvailable
    ? `cloudron-release ${report.plan.mode}${what}: ${report.currentVersion} → ${report.targetVersion}`
    : `cloudron-release ${report.plan.mode}${what}: up to date at ${report.currentVersion}`;
}
