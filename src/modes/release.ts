/**
 * `release`: for each step of the upgrade path (up to `max-steps`), in this order, stopping at
 * the first failure: edit and validate the files, build, push, one commit on `base`, the tag,
 * the Cloudron updates. So there is never a commit without a pushed image, nor a deploy
 * without a commit. A rerun finds the work already done (files on base, the tag, apps at the
 * version) and does only what is left.
 */
import type { RunContext } from '../main.ts';
import { displayPath, versionFromDockerfile } from '../package/current-version.ts';
import { readManifest } from '../package/manifest.ts';
import { applyPackageChanges, readPackageFiles } from '../package/package-files.ts';
import type { RunReport } from '../report/report.ts';
import type { Settings } from '../settings.ts';
import { compareVersions } from '../versioning/version.ts';
import { readBranch, readDefaultBranch } from '../github/git-data.ts';
import { commitToBase, packageRepository } from './base-commit.ts';
import { updateCloudronApps } from './cloudron-step.ts';
import { buildAndPushImage, imageFor } from './image-step.ts';
import { planStepEdit } from './package-edit.ts';
import { tagRelease } from './tag-step.ts';
import { findTarget, planFor, reportFor, type Target } from './target.ts';

export async function release(settings: Settings, context: RunContext): Promise<RunReport> {
  let merged: RunReport | undefined;
  for (let step = 1; step <= settings.maxSteps; step++) {
    const now = context.now();
    const target = await findTarget(settings, context.github(), context.logger, now);
    const report = reportFor(planFor(settings, target), target.selection);
    if (!report.updateAvailable) {
      return merged ?? (await finishCurrent(settings, context, report));
    }
    // An earlier run may have committed a version and failed to deploy it: the apps must run
    // it before the next step (authentik must not skip a series on a running app either).
    if (step === 1 && settings.cloudron.url !== undefined && !settings.dryRun) {
      await deployCurrent(settings, context, await currentPackage(settings));
    }
    context.logger.info(
      `Release step ${step} of at most ${settings.maxSteps}: ${report.currentVersion} → ${report.targetVersion}`,
    );
    const done = await releaseStep(settings, context, target, report, now);
    merged = merged === undefined ? done : mergeSteps(merged, done);
    // A dry run leaves the files as they are, so the next step would plan the same one again.
    if (settings.dryRun) break;
  }
  return merged!;
}

async function releaseStep(
  settings: Settings,
  context: RunContext,
  { selection }: Target,
  report: RunReport,
  now: Date,
): Promise<RunReport> {
  const { logger } = context;
  const { workspace } = settings.package;
  const to = selection.target!;
  const texts = await readPackageFiles(settings.package);
  const packageVersion = planStepEdit(settings, texts, selection, { now }).packageVersion;
  const image = imageFor(settings, packageVersion);
  const edit = planStepEdit(settings, texts, selection, { now, dockerImage: image });
  const changedFiles = edit.changes.map((c) => displayPath(workspace, c.path));
  report.plan.actions.push(
    ...changedFiles.map((f) => `edit ${f}`),
    `build and push ${image}`,
    `commit on ${settings.github.base ?? 'the default branch'}`,
    ...(settings.github.tag ? [`tag v${packageVersion}`] : []),
    ...(settings.cloudron.url
      ? [`update ${settings.cloudron.apps.join(', ')} on ${settings.cloudron.url.host}`]
      : []),
  );

  await applyPackageChanges(edit.changes, { dryRun: settings.dryRun, workspace, logger });
  const built = await buildAndPushImage(settings, context, {
    manifest: edit.manifest,
    packageVersion,
    upstreamVersion: to.text,
  });

  const message = `Update ${settings.upstream.name} to ${to.text}\n\nPackage version ${packageVersion}, image ${image}${built.digest ? `@${built.digest}` : ''}.`;
  const commit = await commitToBase(settings, context, message, (base) => {
    const label = displayPath(workspace, base.dockerfile.path);
    const baseVersion = versionFromDockerfile(
      base.dockerfile.text,
      settings.package.versionArg,
      label,
    );
    if (compareVersions(baseVersion, to) === 0) return undefined;
    const baseEdit = planStepEdit(settings, base, selection, { now, dockerImage: image });
    if (baseEdit.packageVersion !== packageVersion) {
      throw new Error(
        `base now gives package version ${baseEdit.packageVersion}, but the image was built as ${packageVersion}; run again to release from the new base`,
      );
    }
    return baseEdit.changes;
  });
  const tagged = await tagRelease(settings, context, packageVersion, commit.sha);
  const cloudronResults = await updateCloudronApps(settings, context, {
    manifest: edit.manifest,
    dockerImage: image,
    packageVersion,
  });
  return {
    ...report,
    packageVersion,
    previousPackageVersion: edit.previousPackageVersion,
    changedFiles,
    commitSha: commit.sha,
    image,
    imageDigest: built.digest,
    cloudronResults,
    plan: {
      ...report.plan,
      actions: [...report.plan.actions, ...(tagged ? [`tagged ${tagged}`] : [])],
    },
  };
}

/** The package version the working tree already names, and its manifest. */
async function currentPackage(
  settings: Settings,
): Promise<{ manifest: Record<string, unknown>; packageVersion: string }> {
  const { manifest } = await readPackageFiles(settings.package);
  const parsed = readManifest(manifest.text, manifest.path);
  return { manifest: parsed.manifest, packageVersion: parsed.version };
}

/** Moves the apps to the version already committed; apps already at it are not touched. */
function deployCurrent(
  settings: Settings,
  context: RunContext,
  { manifest, packageVersion }: { manifest: Record<string, unknown>; packageVersion: string },
) {
  return updateCloudronApps(settings, context, {
    manifest,
    dockerImage: imageFor(settings, packageVersion),
    packageVersion,
  });
}

/**
 * Nothing newer to release: finish what an earlier run may have left (the tag, the Cloudron
 * updates) for the version the files already name.
 */
async function finishCurrent(
  settings: Settings,
  context: RunContext,
  report: RunReport,
): Promise<RunReport> {
  const current = await currentPackage(settings);
  const { packageVersion } = current;
  if (!settings.github.tag && settings.cloudron.url === undefined) {
    return { ...report, packageVersion, changedFiles: [] };
  }
  let commitSha: string | undefined;
  if (settings.github.tag) {
    const repo = packageRepository(settings);
    const branch = settings.github.base ?? (await readDefaultBranch(context.github(), repo));
    commitSha = await readBranch(context.github(), repo, branch);
    if (commitSha) await tagRelease(settings, context, packageVersion, commitSha);
  }
  const cloudronResults = await deployCurrent(settings, context, current);
  return {
    ...report,
    packageVersion,
    changedFiles: [],
    image: imageFor(settings, packageVersion),
    commitSha,
    cloudronResults,
  };
}

function mergeSteps(first: RunReport, last: RunReport): RunReport {
  return {
    ...last,
    currentVersion: first.currentVersion,
    previousPackageVersion: first.previousPackageVersion,
    changedFiles: [...new Set([...(first.changedFiles ?? []), ...(last.changedFiles ?? [])])],
    plan: {
      ...last.plan,
      current: first.plan.current,
      steps: first.plan.steps,
      actions: [...first.plan.actions, ...last.plan.actions],
    },
  };
}
