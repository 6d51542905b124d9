/**
 * Upstream versions: the only form of upstream text that may reach a file, a command line, a
 * branch name or an image tag. Anything that is not a plain semver version (a missing patch
 * counts as `.0`) is refused here, so later stages never see it.
 */
import { SemVer } from 'semver';
import type { UpdateType } from '../settings.ts';

/** A validated version: `text` as upstream wrote it, `semver` for ordering. */
export interface Version {
  readonly text: string;
  readonly semver: SemVer;
}

// Digits, dots, and an optional prerelease of [0-9A-Za-z-] identifiers: safe in a Dockerfile,
// a JSON string, a git ref, an image tag and a URL. Build metadata (`+…`) is refused because
// image tags cannot carry `+`.
const VERSION_TEXT =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
const MAX_LENGTH = 64;

export function parseVersion(text: string): Version | undefined {
  if (text.length > MAX_LENGTH) return undefined;
  const match = VERSION_TEXT.exec(text);
  if (!match) return undefined;
  const full = match[3] === undefined ? text.replace(/^(\d+\.\d+)/, '$1.0') : text;
  try {
    return { text, semver: new SemVer(full) };
  } catch {
    return undefined;
  }
}

export function compareVersions(a: Version, b: Version): number {
  return a.semver.compare(b.semver);
}

export function isPrerelease(version: Version): boolean {
  return version.semver.prerelease.length > 0;
}

/** `major.minor`: the release series a version belongs to. */
export function seriesOf(version: Version): string {
  return `${version.semver.major}.${version.semver.minor}`;
}

/** The kind of step from one version to a newer one. */
export function updateTypeOf(from: Version, to: Version): UpdateType {
  if (to.semver.major !== from.semver.major) return 'major';
  if (to.semver.minor !== from.semver.minor) return 'minor';
  return 'patch';
}
