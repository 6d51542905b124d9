/**
 * `deploy`: for the version already in the working tree (a merged version-bump PR), build and
 * push the image, add its CloudronVersions.json entry when the package has that file
 * (committed), and update the Cloudron apps.
 */
import type { RunContext } from '../main.ts';
import { displayPath, readCurrentVersion } from '../package/current-version.ts';
import { readManifest } from '../package/manifest.ts';
import { readPackageFiles } from '../package/package-files.ts';
import { addVersionEntry } from '../package/versions-file.ts';
import type { RunReport } from '../report/report.ts';
import type { Settings } from '../settings.ts';
import { commitToBase } from './base-commit.ts';
import { updateCloudronApps } from './cloudron-step.ts';
import { buildAndPushImage, imageFor } from './image-step.ts';

export async function deploy(settings: Settings, context: RunContext): Promise<RunReport> {
  const { logger } = context;
  const now = context.now();
  const current = await readCurrentVersion(settings.package, logger);
  const texts = await readPackageFiles(settings.package);
  const { manifest, version: packageVersion } = readManifest(
    texts.manifest.text,
    texts.manifest.path,
  );
  const image = imageFor(settings, packageVersion);
  const { repo } = settings.upstream;
  const report: RunReport = {
    updateAvailable: false,
    currentVersion: current.text,
    targetVersion: undefined,
    latestVersion: undefined,
    updateType: undefined,
    packageVersion,
    image,
    plan: {
      mode: 'deploy',
      dryRun: settings.dryRun,
      upstream: `${repo.owner}/${repo.repo}`,
      upgradePath: settings.policy.upgradePath,
      current: current.text,
      target: undefined,
      latest: undefined,
      updateType: undefined,
      steps: [],
      actions: [
        `build and push ${image}`,
        ...(texts.versionsFile.text === undefined
          ? []
          : [
              `add ${packageVersion} to ${displayPath(settings.package.workspace, texts.versionsFile.path)}`,
            ]),
        ...(settings.cloudron.url
          ? [`update ${settings.cloudron.apps.join(', ')} on ${settings.cloudron.url.host}`]
          : []),
      ],
    },
  };

  const built = await buildAndPushImage(settings, context, {
    manifest,
    packageVersion,
    upstreamVersion: current.text,
  });
  report.imageDigest = built.digest;

  if (texts.versionsFile.text !== undefined) {
    const commit = await commitToBase(
      settings,
      context,
      `Publish ${packageVersion} in CloudronVersions.json`,
      (base) => {
        const file = base.versionsFile;
        if (file.text === undefined) return undefined;
        const entry = addVersionEntry(
          file.text,
          {
            packageVersion,
            manifest: readManifest(base.manifest.text, base.manifest.path).manifest,
            dockerImage: image,
            date: now,
            publishState: settings.package.versionsPublishState,
          },
          displayPath(settings.package.workspace, file.path),
        );
        return entry.changed
          ? [{ path: file.path, before: file.text, after: entry.text }]
          : undefined;
      },
    );
    report.commitSha = commit.sha;
  }

  report.cloudronResults = await updateCloudronApps(settings, context, {
    manifest,
    dockerImage: image,
    packageVersion,
  });
  return report;
}
