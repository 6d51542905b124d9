/**
 * The Cloudron stage of `release` and `deploy`: move each listed app to the pushed image, in
 * order. The first app is the canary: when it fails, the others are left alone. The results
 * become the output `cloudron-results`.
 */
import { ServiceError, UserError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { CloudronApi } from './client.ts';
import type { Clock } from './clock.ts';
import { resolveApps } from './resolve.ts';
import { updateOneApp, type AppTarget } from './update-app.ts';

export interface UpdateAppsRequest {
  /** `cloudron-apps`: app ids or domains, in order; the first is the canary. */
  apps: readonly string[];
  /** The package's CloudronManifest.json as an object; its `version` is `packageVersion`. */
  manifest: Readonly<Record<string, unknown>>;
  /** The pushed image, e.g. `docker.io/stalecontext/authentik-cloudron:1.4.0`. */
  dockerImage: string;
  packageVersion: string;
  skipBackup: boolean;
  force: boolean;
  /** Per app: waiting for a busy app, the update task and the health check together. */
  timeoutMs: number;
  waitHealthy: boolean;
}

export interface UpdateAppsContext {
  client: CloudronApi;
  logger: Logger;
  clock: Clock;
}

export type AppUpdateStatus = 'updated' | 'unchanged' | 'failed' | 'skipped';

/** One entry of `cloudron-results`. */
export interface AppUpdateResult {
  /** The `cloudron-apps` entry. */
  app: string;
  id: string;
  fqdn: string | null;
  /** The package version the app ran before; null when it did not say. */
  from: string | null;
  to: string;
  taskId: string | null;
  status: AppUpdateStatus;
  seconds: number;
}

/** A Cloudron update failed; `results` says what happened to every app, for the report. */
export class CloudronUpdateError extends ServiceError {
  override name = 'CloudronUpdateError';
  readonly results: AppUpdateResult[];
  constructor(
    message: string,
    results: AppUpdateResult[],
    status: number | undefined,
    cause: unknown,
  ) {
    super(message, status, { cause });
    this.results = results;
  }
}

export async function updateApps(
  request: UpdateAppsRequest,
  context: UpdateAppsContext,
): Promise<AppUpdateResult[]> {
  const { client, clock, logger } = context;
  if (request.manifest['version'] !== request.packageVersion) {
    throw new Error(
      `updateApps: manifest version ${String(request.manifest['version'])} is not the package version ${request.packageVersion}`,
    );
  }
  const target: AppTarget = {
    manifest: { ...request.manifest, dockerImage: request.dockerImage },
    version: request.packageVersion,
    dockerImage: request.dockerImage,
    skipBackup: request.skipBackup,
    force: request.force,
    timeoutMs: request.timeoutMs,
    waitHealthy: request.waitHealthy,
  };
  const resolved = resolveApps(request.apps, await client.listApps(), client.host);
  const results: AppUpdateResult[] = resolved.map(({ name, app }) => ({
    app: name,
    id: app.id,
    fqdn: app.fqdn ?? null,
    from: app.manifest.version ?? null,
    to: request.packageVersion,
    taskId: null,
    status: 'skipped',
    seconds: 0,
  }));

  for (const [index, entry] of resolved.entries()) {
    const started = clock.now();
    const seconds = () => Math.round((clock.now() - started) / 1000);
    const role = index === 0 && resolved.length > 1 ? ' (canary)' : '';
    logger.info(`Cloudron ${client.host}: app ${entry.app.fqdn ?? entry.name}${role}`);
    try {
      const outcome = await updateOneApp(entry, target, context, (taskId) => {
        results[index] = { ...results[index]!, taskId };
      });
      results[index] = {
        ...results[index]!,
        fqdn: outcome.app.fqdn ?? null,
        from: outcome.from ?? null,
        taskId: outcome.taskId ?? null,
        status: outcome.status,
        seconds: seconds(),
      };
      const done =
        outcome.status === 'updated'
          ? `updated to ${request.packageVersion}`
          : `already on ${request.packageVersion}`;
      logger.info(`app ${entry.app.fqdn ?? entry.name}: ${done} in ${seconds()} s`);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      results[index] = { ...results[index]!, status: 'failed', seconds: seconds() };
      const rest = resolved.length - index - 1;
      const note = rest === 0 ? '' : ` (${rest} later app${rest === 1 ? '' : 's'} not updated)`;
      const status = error instanceof ServiceError ? error.status : undefined;
      throw new CloudronUpdateError(`${error.message}${note}`, results, status, error);
    }
  }
  return results;
}
