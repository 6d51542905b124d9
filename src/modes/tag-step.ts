/** The `v{package-version}` tag of a release commit, when `tag: true`. */
import { createTag } from '../github/tags.ts';
import type { RunContext } from '../main.ts';
import type { Settings } from '../settings.ts';
import { packageRepository } from './base-commit.ts';

/** @returns the tag, when one was made now */
export async function tagRelease(
  settings: Settings,
  context: RunContext,
  packageVersion: string,
  sha: string,
): Promise<string | undefined> {
  if (!settings.github.tag) return undefined;
  const tag = `v${packageVersion}`;
  if (settings.dryRun) {
    context.logger.info(`would tag ${sha.slice(0, 7)} as ${tag}`);
    return undefined;
  }
  const created = await createTag(context.github(), packageRepository(settings), tag, sha);
  context.logger.info(
    created ? `Tagged ${sha.slice(0, 7)} as ${tag}` : `${tag} already tags ${sha.slice(0, 7)}`,
  );
  return created ? tag : undefined;
}
