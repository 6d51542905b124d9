/**
 * `CloudronManifest.json`: read the package and upstream versions, and change them in place.
 * The values are located with the position-keeping scanner in json-text.ts rather than
 * `JSON.parse`/`JSON.stringify`, because a round trip would rewrite the packager's formatting
 * (indentation, one-line arrays, escapes, line endings) and turn a two-value bump into a
 * whole-file diff.
 */
import manifestFormat from 'cloudron-manifestformat';
import semver from 'semver';
import { PackageError } from '../errors.ts';
import {
  memberOf,
  positionOf,
  scanJson,
  type JsonMember,
  type JsonObjectNode,
} from './json-text.ts';

export interface ManifestInfo {
  /** The package's own semver version. */
  version: string;
  /** The upstream version the package ships; undefined when the manifest has none. */
  upstreamVersion: string | undefined;
  /** The whole manifest as parsed. */
  manifest: Record<string, unknown>;
}

export interface ManifestVersions {
  version: string;
  upstreamVersion: string;
}

interface ScannedManifest extends ManifestInfo {
  root: JsonObjectNode;
  versionMember: JsonMember;
  upstreamMember: JsonMember | undefined;
}

function scanManifest(text: string, file: string): ScannedManifest {
  const { root, value } = scanJson(text, file);
  if (root.kind !== 'object') {
    const { line, column } = positionOf(text, root.start);
    throw new PackageError(file, 'the manifest must be a JSON object ({ ... })', { line, column });
  }
  const manifest = value as Record<string, unknown>;
  const versionMember = memberOf(root, 'version');
  if (versionMember === undefined) {
    throw new PackageError(
      file,
      'the manifest has no "version"; add the package\'s semver version',
    );
  }
  const version = manifest.version;
  if (typeof version !== 'string' || semver.valid(version) === null) {
    const { line, column } = positionOf(text, versionMember.value.start);
    throw new PackageError(
      file,
      '"version" is not a semver version; set it to the package\'s version, e.g. "1.0.0"',
      { line, column },
    );
  }
  const upstreamMember = memberOf(root, 'upstreamVersion');
  const upstreamVersion = manifest.upstreamVersion;
  if (upstreamMember !== undefined && typeof upstreamVersion !== 'string') {
    const { line, column } = positionOf(text, upstreamMember.value.start);
    throw new PackageError(file, '"upstreamVersion" must be a string, e.g. "2025.10.1"', {
      line,
      column,
    });
  }
  return {
    version,
    upstreamVersion: upstreamVersion as string | undefined,
    manifest,
    root,
    versionMember,
    upstreamMember,
  };
}

/** The versions and the parsed manifest; invalid JSON or a non-semver `version` is an error. */
export function readManifest(text: string, file: string): ManifestInfo {
  const { version, upstreamVersion, manifest } = scanManifest(text, file);
  return { version, upstreamVersion, manifest };
}

/** Runs Cloudron's own manifest check; a failure names the file and the validator's message. */
export function validateManifest(manifest: object, file: string): void {
  const error = manifestFormat.parse(manifest);
  if (error !== null) {
    throw new PackageError(
      file,
      `the manifest does not pass Cloudron's manifest check (${error.message}); fix it and run again`,
    );
  }
}

interface Replacement {
  start: number;
  end: number;
  text: string;
}

function replaceValue(text: string, member: JsonMember, value: string): Replacement[] {
  const current: unknown = JSON.parse(text.slice(member.value.start, member.value.end));
  if (current === value) return [];
  return [{ start: member.value.start, end: member.value.end, text: JSON.stringify(value) }];
}

/** A new `"upstreamVersion": …` member right after `version`, laid out like `version`'s line. */
function insertAfter(text: string, scanned: ScannedManifest, value: string): Replacement {
  const { root, versionMember } = scanned;
  const index = root.members.indexOf(versionMember);
  const previous = root.members[index - 1];
  const gap =
    previous === undefined
      ? text.slice(root.start + 1, versionMember.keyStart)
      : text.slice(previous.value.end, versionMember.keyStart);
  const separator = previous === undefined ? gap : gap.slice(gap.indexOf(',') + 1);
  const colon = text.slice(versionMember.keyEnd, versionMember.value.start);
  const end = versionMember.value.end;
  const inserted = `,${separator}"upstreamVersion"${colon}${JSON.stringify(value)}`;
  return { start: end, end, text: inserted };
}

/**
 * Sets `version` and `upstreamVersion`, changing only the bytes of those two values (or adding
 * `upstreamVersion` after `version` when it is missing), then checks the result with Cloudron's
 * manifest validator. Values already equal keep their bytes, so a second run changes nothing.
 */
export function bumpManifest(text: string, versions: ManifestVersions, file: string): string {
  if (semver.valid(versions.version) === null) {
    throw new PackageError(
      file,
      'the new package version is not a semver version; use a version such as 1.4.0',
    );
  }
  const scanned = scanManifest(text, file);
  const replacements = [
    ...replaceValue(text, scanned.versionMember, versions.version),
    ...(scanned.upstreamMember === undefined
      ? [insertAfter(text, scanned, versions.upstreamVersion)]
      : replaceValue(text, scanned.upstreamMember, versions.upstreamVersion)),
  ].sort((a, b) => b.start - a.start);
  let result = text;
  for (const { start, end, text: replacement } of replacements) {
    result = result.slice(0, start) + replacement + result.slice(end);
  }
  validateManifest(scanJson(result, file).value as object, file);
  return result;
}
