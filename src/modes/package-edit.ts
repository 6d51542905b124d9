/** The package edit of one step: settings and the files' texts in, the validated edit out. */
import { planPackageEdit, type PackageEditPlan } from '../package/edit.ts';
import type { PackageTexts } from '../package/package-files.ts';
import type { Selection } from '../plan/select.ts';
import type { Settings } from '../settings.ts';
import { releasePageUrl } from '../upstream/release.ts';

export interface StepEditOptions {
  /** Add the CloudronVersions.json entry naming this image (`release`), when the file exists. */
  dockerImage?: string;
  now: Date;
}

/** `YYYY-MM-DD` in UTC, for changelog dates. */
export function isoDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export function planStepEdit(
  settings: Settings,
  texts: PackageTexts,
  selection: Selection,
  options: StepEditOptions,
): PackageEditPlan {
  const target = selection.target!;
  const { dockerImage, now } = options;
  return planPackageEdit({
    dockerfile: texts.dockerfile,
    manifest: texts.manifest,
    changelog: texts.changelog,
    versionsFile:
      dockerImage === undefined || texts.versionsFile.text === undefined
        ? undefined
        : {
            ...texts.versionsFile,
            dockerImage,
            date: now,
            publishState: settings.package.versionsPublishState,
          },
    targetVersion: target.text,
    versionArg: settings.package.versionArg,
    packageBump: settings.package.packageBump,
    changelogTemplate: settings.package.changelogTemplate,
    upstreamName: settings.upstream.name,
    releaseUrl: releasePageUrl(
      settings.github.serverUrl,
      settings.upstream.repo,
      selection.targetRelease,
    ),
    date: isoDate(now),
  });
}
