/** The image stage of `release` and `deploy`: the package's image built and pushed. */
import { InputError } from '../errors.ts';
import { buildImage, type ImageResult } from '../image/build.ts';
import { planImageJob } from '../image/plan.ts';
import type { RunContext } from '../main.ts';
import type { Settings } from '../settings.ts';

export interface ImageStepFacts {
  manifest: Record<string, unknown>;
  packageVersion: string;
  upstreamVersion: string;
}

/** The image Cloudron pulls for a package version: `{image}:{package-version}`. */
export function imageFor(settings: Settings, packageVersion: string): string {
  if (!settings.image.name) {
    throw new InputError(
      'image',
      'is not set',
      `Set 'image' to the repository to push to, e.g. docker.io/you/app.`,
    );
  }
  return `${settings.image.name}:${packageVersion}`;
}

export async function buildAndPushImage(
  settings: Settings,
  context: RunContext,
  facts: ImageStepFacts,
): Promise<ImageResult> {
  if (!settings.image.push && !settings.dryRun) {
    // A commit or a Cloudron update must never name an image that was not pushed.
    throw new InputError(
      'push',
      `is false, but mode '${settings.mode}' needs the image pushed`,
      "Set 'push: true', or use mode 'bump' to edit files only.",
    );
  }
  const { github, upstream, package: pkg } = settings;
  const repository = github.repository;
  const job = planImageJob(
    settings.image,
    {
      contextDir: pkg.dir,
      dockerfile: pkg.dockerfile,
      versionArg: pkg.versionArg,
      title: typeof facts.manifest.title === 'string' ? facts.manifest.title : upstream.name,
      packageVersion: facts.packageVersion,
      upstreamVersion: facts.upstreamVersion,
      upstreamName: upstream.name,
      sourceUrl: repository && `${github.serverUrl}/${repository.owner}/${repository.repo}`,
      revision: github.sha,
    },
    context.now,
    { dryRun: settings.dryRun },
  );
  const result = await buildImage(job, { logger: context.logger, tempDir: context.tempDir });
  if (!settings.dryRun && result.digest === undefined) {
    throw new Error(`the builder reported no digest for ${result.image}`);
  }
  return result;
}
