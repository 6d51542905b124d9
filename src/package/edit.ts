/**
 * The whole package edit for one upstream version, computed and validated in memory: the
 * Dockerfile `ARG`, the manifest's versions, a changelog entry and, when the package publishes
 * one, a CloudronVersions.json entry. Nothing is written here; `files.ts` writes the result, so
 * a file that fails validation stops the run before any file changes.
 */
import semver from 'semver';
import { InputError } from '../errors.ts';
import type { PackageBump, PublishState } from '../settings.ts';
import { addChangelogEntry } from './changelog.ts';
import { bumpDockerfileArg, findArgDefaults } from './dockerfile.ts';
import { bumpManifest, readManifest } from './manifest.ts';
import { nextPackageVersion } from './package-version.ts';
import { addVersionEntry } from './versions-file.ts';

export interface FileText {
  path: string;
  text: string;
}

/** A file that may not exist yet (`text` undefined). */
export interface OptionalFileText {
  path: string;
  text: string | undefined;
}

export interface VersionsFileInput extends OptionalFileText {
  /** The image the entry names, e.g. `docker.io/stalecontext/authentik-cloudron:1.4.0`. */
  dockerImage: string;
  /** The release time (the caller's clock). */
  date: Date;
  publishState: PublishState;
}

export interface PackageEditInput {
  dockerfile: FileText;
  manifest: FileText;
  changelog: OptionalFileText;
  /** Only when the package publishes a CloudronVersions.json; `text` undefined: no entry. */
  versionsFile?: VersionsFileInput;
  /** The upstream version to move to (validated semver). */
  targetVersion: string;
  /** The Dockerfile `ARG` holding the upstream version, e.g. `AK_VERSION`. */
  versionArg: string;
  packageBump: PackageBump;
  changelogTemplate: string | undefined;
  upstreamName: string;
  /** The target release's page, for `{release-url}`. */
  releaseUrl: string;
  /** Today, `YYYY-MM-DD`, for `{date}` and dated changelog headings. */
  date: string;
}

export interface FileChange {
  path: string;
  /** undefined: the file is new. */
  before: string | undefined;
  after: string;
}

export interface PackageEditPlan {
  /** Only the files whose text changes, in the order dockerfile, manifest, changelog, versions. */
  changes: FileChange[];
  packageVersion: string;
  previousPackageVersion: string;
  /** The upstream version the files named before (manifest, else the Dockerfile ARG). */
  previousVersion: string | undefined;
  /** The edited manifest, parsed. */
  manifest: Record<string, unknown>;
}

/**
 * Computes every file's new text. Files that already name `targetVersion` as `upstreamVersion`
 * keep their package version and get no new changelog entry, so a rerun changes nothing.
 */
export function planPackageEdit(input: PackageEditInput): PackageEditPlan {
  if (semver.valid(input.targetVersion) === null) {
    throw new InputError(
      'version',
      'the target version is not a semver version',
      'Use a version such as 2025.10.1',
    );
  }
  const { dockerfile, manifest, changelog, versionsFile } = input;
  const current = readManifest(manifest.text, manifest.path);
  const previousVersion =
    current.upstreamVersion ?? findArgDefaults(dockerfile.text, input.versionArg)[0]?.value;
  const packageVersion = nextPackageVersion(
    current.version,
    previousVersion,
    input.targetVersion,
    input.packageBump,
  );

  const dockerfileAfter = bumpDockerfileArg(
    dockerfile.text,
    input.versionArg,
    input.targetVersion,
    dockerfile.path,
  );
  const manifestAfter = bumpManifest(
    manifest.text,
    { version: packageVersion, upstreamVersion: input.targetVersion },
    manifest.path,
  );
  const edited = readManifest(manifestAfter, manifest.path).manifest;
  const changelogAfter =
    packageVersion === current.version
      ? changelog.text
      : addChangelogEntry(changelog.text, {
          packageVersion,
          upstreamName: input.upstreamName,
          version: input.targetVersion,
          previousVersion,
          releaseUrl: input.releaseUrl,
          date: input.date,
          template: input.changelogTemplate,
        });
  const versionsAfter =
    versionsFile?.text === undefined
      ? versionsFile?.text
      : addVersionEntry(
          versionsFile.text,
          {
            packageVersion,
            manifest: edited,
            dockerImage: versionsFile.dockerImage,
            date: versionsFile.date,
            publishState: versionsFile.publishState,
          },
          versionsFile.path,
        ).text;

  const candidates: { path: string; before: string | undefined; after: string | undefined }[] = [
    { path: dockerfile.path, before: dockerfile.text, after: dockerfileAfter },
    { path: manifest.path, before: manifest.text, after: manifestAfter },
    { path: changelog.path, before: changelog.text, after: changelogAfter },
    ...(versionsFile === undefined
      ? []
      : [{ path: versionsFile.path, before: versionsFile.text, after: versionsAfter }]),
  ];
  const changes = candidates.filter(
    (change): change is FileChange => change.after !== undefined && change.after !== change.before,
  );
  return {
    changes,
    packageVersion,
    previousPackageVersion: current.version,
    previousVersion,
    manifest: edited,
  };
}
