/** The Cloudron stage of `release` and `deploy`: the configured apps moved to the new image. */
import { CloudronClient } from '../cloudron/client.ts';
import { systemClock } from '../cloudron/clock.ts';
import { updateApps, type AppUpdateResult } from '../cloudron/deploy.ts';
import { InputError } from '../errors.ts';
import type { RunContext } from '../main.ts';
import type { Settings } from '../settings.ts';

export interface CloudronStepInput {
  /** The package's manifest (its `version` is `packageVersion`). */
  manifest: Record<string, unknown>;
  dockerImage: string;
  packageVersion: string;
}

/** Undefined when no `cloudron-url` is set: there is nothing to update. */
export async function updateCloudronApps(
  settings: Settings,
  context: RunContext,
  input: CloudronStepInput,
): Promise<AppUpdateResult[] | undefined> {
  const { cloudron } = settings;
  if (cloudron.url === undefined) return undefined;
  if (cloudron.token === undefined) {
    throw new InputError(
      'cloudron-token',
      "is empty while 'cloudron-url' is set",
      'Give a Cloudron API token with Read and Write access (CLI: CLOUDRON_TOKEN).',
    );
  }
  if (cloudron.apps.length === 0) {
    throw new InputError(
      'cloudron-apps',
      "is empty while 'cloudron-url' is set",
      'List the apps to update by id or domain.',
    );
  }
  if (settings.dryRun) {
    for (const app of cloudron.apps) {
      context.logger.info(
        `would update ${app} on ${cloudron.url.host} to ${input.dockerImage} (POST /api/v1/apps/{id}/update)`,
      );
    }
    return [];
  }
  const client = new CloudronClient({
    url: cloudron.url,
    token: cloudron.token,
    logger: context.logger,
    clock: systemClock,
  });
  return updateApps(
    {
      apps: cloudron.apps,
      manifest: input.manifest,
      dockerImage: input.dockerImage,
      packageVersion: input.packageVersion,
      skipBackup: cloudron.skipBackup,
      force: cloudron.force,
      timeoutMs: cloudron.timeoutMs,
      waitHealthy: cloudron.waitHealthy,
    },
    { client, logger: context.logger, clock: systemClock },
  );
}
