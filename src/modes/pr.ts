/**
 * `pr`: one rolling pull request per upstream that always shows the next step. The edit is
 * made from the working tree (a checkout of base) and committed through the Git Data API on the
 * PR branch; `syncPullRequest` decides whether to create, update, close or leave the PR.
 */
import type { RunContext } from '../main.ts';
import { displayPath } from '../package/current-version.ts';
import { readPackageFiles } from '../package/package-files.ts';
import { prBody, prBranch, prTitle } from '../pr/body.ts';
import { syncPullRequest } from '../pr/pull-request.ts';
import type { RunReport } from '../report/report.ts';
import type { Settings } from '../settings.ts';
import { packageRepository, repoPath } from './base-commit.ts';
import { planStepEdit } from './package-edit.ts';
import { findTarget, planFor, reportFor } from './target.ts';

export async function pullRequest(settings: Settings, context: RunContext): Promise<RunReport> {
  const { logger } = context;
  const now = context.now();
  const client = context.github();
  const target = await findTarget(settings, client, logger, now);
  const { selection } = target;
  const report = reportFor(planFor(settings, target), selection);
  const repo = packageRepository(settings);
  const upstreamName = settings.upstream.name;

  // No step: still sync, which closes a PR that base has overtaken.
  const step = report.updateAvailable ? selection.target : undefined;
  const edit =
    step && planStepEdit(settings, await readPackageFiles(settings.package), selection, { now });
  const title =
    step && edit
      ? prTitle(settings.github.prTitle, {
          upstreamName,
          version: step.text,
          packageVersion: edit.packageVersion,
        })
      : '';
  const body =
    step && edit && selection.updateType
      ? prBody({
          upstreamName,
          upstreamRepo: settings.upstream.repo,
          serverUrl: settings.github.serverUrl,
          current: { upstream: selection.current, package: edit.previousPackageVersion },
          target: { upstream: step, package: edit.packageVersion },
          updateType: selection.updateType,
          releases: selection.releasesInStep,
        })
      : '';

  const result = await syncPullRequest(
    client,
    {
      repo,
      base: settings.github.base,
      branch: prBranch(settings.github.prBranch, { upstreamName }),
      title,
      body,
      labels: settings.github.labels,
      commitMessage:
        step && edit
          ? `Update ${upstreamName} to ${step.text}\n\nPackage version ${edit.packageVersion}.`
          : '',
      files: (edit?.changes ?? []).map((c) => ({
        path: repoPath(settings, c.path),
        content: c.after,
      })),
      target: step,
      versionFile: {
        path: repoPath(settings, settings.package.dockerfile),
        arg: settings.package.versionArg,
      },
      upstreamName,
      dryRun: settings.dryRun,
    },
    logger,
  );
  report.plan.actions.push(...result.actions);
  return {
    ...report,
    packageVersion: edit?.packageVersion,
    previousPackageVersion: edit?.previousPackageVersion,
    changedFiles: (edit?.changes ?? []).map((c) => displayPath(settings.package.workspace, c.path)),
    prNumber: result.number,
    prUrl: result.url,
    prOperation: result.operation === 'none' ? undefined : result.operation,
    commitSha: result.commitSha,
  };
}
