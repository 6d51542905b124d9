/** `bump`: edits the package files in the working tree for the next step; no commit. */
import type { RunContext } from '../main.ts';
import { readManifest } from '../package/manifest.ts';
import { applyPackageChanges, readPackageFiles } from '../package/package-files.ts';
import { displayPath } from '../package/current-version.ts';
import type { RunReport } from '../report/report.ts';
import type { Settings } from '../settings.ts';
import { planStepEdit } from './package-edit.ts';
import { findTarget, planFor, reportFor } from './target.ts';

export async function bump(settings: Settings, context: RunContext): Promise<RunReport> {
  const { logger } = context;
  const now = context.now();
  const target = await findTarget(settings, context.github(), logger, now);
  const plan = planFor(settings, target);
  const report = reportFor(plan, target.selection);
  const texts = await readPackageFiles(settings.package);
  const { workspace } = settings.package;

  if (target.selection.target === undefined) {
    const packageVersion = readManifest(texts.manifest.text, texts.manifest.path).version;
    return { ...report, packageVersion, previousPackageVersion: packageVersion, changedFiles: [] };
  }
  const edit = planStepEdit(settings, texts, target.selection, { now });
  const changedFiles = edit.changes.map((c) => displayPath(workspace, c.path));
  plan.actions.push(
    ...changedFiles.map((file) => `${settings.dryRun ? 'would edit' : 'edit'} ${file}`),
  );
  await applyPackageChanges(edit.changes, { dryRun: settings.dryRun, workspace, logger });
  logger.info(
    `${settings.dryRun ? 'Would bump' : 'Bumped'} ${settings.upstream.name} ${target.selection.current.text} → ${target.selection.target.text}, package ${edit.previousPackageVersion} → ${edit.packageVersion}`,
  );
  return {
    ...report,
    packageVersion: edit.packageVersion,
    previousPackageVersion: edit.previousPackageVersion,
    changedFiles,
  };
}
