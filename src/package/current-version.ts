/**
 * The upstream version the package is at now: the Dockerfile's `ARG`, cross-checked with the
 * manifest's `upstreamVersion`.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, relative } from 'node:path';
import { PackageError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { PackageSettings } from '../settings.ts';
import { parseVersion, type Version } from '../versioning/version.ts';
import { findArgDefaults } from './dockerfile.ts';

/** A file name as a person expects it in a message: relative inside the workspace, else absolute. */
export function displayPath(workspace: string, file: string): string {
  const inside = relative(workspace, file);
  return inside === '' || inside.startsWith('..') || isAbsolute(inside) ? file : inside;
}

export async function readText(file: string, label: string, setting: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new PackageError(
        label,
        `no ${setting === 'dockerfile' ? 'Dockerfile' : 'file'} here. Check the '${setting}' and 'path' inputs.`,
      );
    }
    throw new PackageError(label, `cannot be read (${code ?? 'unknown error'}).`, { cause: error });
  }
}

/** The version in the Dockerfile's `ARG`; all defaults of that ARG must agree. */
export function versionFromDockerfile(text: string, arg: string, label: string): Version {
  const defaults = findArgDefaults(text, arg);
  const first = defaults[0];
  if (!first) {
    throw new PackageError(
      label,
      `no 'ARG ${arg}=<version>' line. Add one, or set 'version-arg' to the ARG that holds the upstream version.`,
    );
  }
  const other = defaults.find((d) => d.value !== first.value);
  if (other) {
    throw new PackageError(
      label,
      `ARG ${arg} has different defaults on lines ${first.line} and ${other.line}. Make them the same version.`,
      { line: other.line },
    );
  }
  const version = parseVersion(first.value);
  if (!version) {
    throw new PackageError(label, `ARG ${arg} is not a version such as 2025.10.1. Fix its value.`, {
      line: first.line,
    });
  }
  return version;
}

export async function readCurrentVersion(pkg: PackageSettings, logger: Logger): Promise<Version> {
  const label = (file: string) => displayPath(pkg.workspace, file);
  const dockerfile = await readText(pkg.dockerfile, label(pkg.dockerfile), 'dockerfile');
  const current = versionFromDockerfile(dockerfile, pkg.versionArg, label(pkg.dockerfile));

  let upstreamVersion: unknown;
  try {
    upstreamVersion = (
      JSON.parse(await readFile(pkg.manifest, 'utf8')) as { upstreamVersion?: unknown }
    ).upstreamVersion;
  } catch {
    logger.warning(
      `${label(pkg.manifest)} could not be read as JSON; the upstream version was not cross-checked.`,
    );
    return current;
  }
  if (typeof upstreamVersion === 'string' && upstreamVersion === current.text) return current;
  const stated =
    typeof upstreamVersion === 'string' && parseVersion(upstreamVersion)
      ? upstreamVersion
      : 'no valid version';
  logger.warning(
    `${label(pkg.manifest)} has upstreamVersion ${stated} but ${label(pkg.dockerfile)} has ARG ${pkg.versionArg}=${current.text}; using the Dockerfile's. Make them agree.`,
  );
  return current;
}
