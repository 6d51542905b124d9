/**
 * Moving one Cloudron app to the new package version: wait out a task already running on it,
 * ask for the update, follow the update's task, then check the app runs the new version and,
 * when asked, that it turns healthy. Everything happens within one deadline per app.
 */
import { ServiceError, UserError } from '../errors.ts';
import { isAppBusy, runsManifest, type CloudronApp, type UpdateRequestBody } from './api.ts';
import type { ResolvedApp } from './resolve.ts';
import { formatDuration } from './text.ts';
import { followTask, Poller, type WaitContext } from './wait.ts';

export interface AppTarget {
  /** The manifest to send, `dockerImage` already set. */
  manifest: Readonly<Record<string, unknown>>;
  version: string;
  dockerImage: string;
  skipBackup: boolean;
  force: boolean;
  timeoutMs: number;
  waitHealthy: boolean;
}

export interface OneAppOutcome {
  app: CloudronApp;
  from: string | undefined;
  taskId: string | undefined;
  /** `updated` when an update was asked for; `unchanged` when the app already ran it. */
  status: 'updated' | 'unchanged';
}

/** Nobody else's task should keep an app busy more than a few times in one run. */
const MAX_CONFLICTS = 3;

export async function updateOneApp(
  { name, app: listed }: ResolvedApp,
  target: AppTarget,
  context: WaitContext,
  /** Told the update's task id as soon as it is known, so a failure can still report it. */
  onTask: (taskId: string) => void = () => {},
): Promise<OneAppOutcome> {
  const { client, clock, logger } = context;
  const label = `app ${listed.fqdn ?? name}`;
  const deadline = clock.now() + target.timeoutMs;
  const limit = formatDuration(target.timeoutMs);
  const timedOut = (what: string) => () =>
    new ServiceError(
      `${label} on ${client.host}: ${what} after ${limit}; check the app in the Cloudron dashboard, or raise cloudron-timeout`,
    );

  let app = await client.getApp(listed.id);
  const from = app.manifest.version;
  checkPackageId(app, target, label);
  const body: UpdateRequestBody = {
    manifest: target.manifest,
    skipBackup: target.skipBackup,
    force: target.force,
  };
  let taskId: string | undefined;
  let asked = false;
  let conflicts = 0;
  const busyPoller = new Poller(clock, deadline);
  /** Tasks seen to end: an app still showing one has not caught up yet, so look again later. */
  const ended = new Set<string>();

  for (;;) {
    if (isAppBusy(app)) {
      if (app.taskId !== undefined && !ended.has(app.taskId)) {
        await waitForOthersTask(app, label, deadline, context, timedOut);
        ended.add(app.taskId);
      } else {
        await busyPoller.next(timedOut(`the app is still in state ${app.installationState}`));
      }
      app = await client.getApp(app.id);
      continue;
    }
    // After an update only the version is checked (as the spec says): Cloudron may write the
    // image reference its own way. Before one, the image must match too, or a rebuilt image
    // under a new name would never be deployed.
    if (
      asked
        ? app.manifest.version === target.version
        : runsManifest(app, target.version, target.dockerImage)
    ) {
      break;
    }
    if (asked) {
      throw new ServiceError(
        `${label} on ${client.host}: the update finished, yet the app runs version ` +
          `${app.manifest.version ?? 'unknown'} instead of ${target.version}; see the app's event log in the dashboard`,
      );
    }
    logger.info(
      `${label}: updating from ${from ?? 'an unknown version'} to ${target.version} (${target.dockerImage})`,
    );
    try {
      const start = await client.updateApp(app.id, body);
      asked = true;
      taskId = start.taskId;
      if (taskId !== undefined) onTask(taskId);
    } catch (error) {
      if (!(error instanceof ServiceError) || error.status !== 409 || ++conflicts > MAX_CONFLICTS)
        throw error;
      app = await client.getApp(app.id);
      if (isAppBusy(app)) continue;
      throw new ServiceError(
        `${label} on ${client.host}: Cloudron refused the update (HTTP 409) while the app is in state ` +
          `${app.installationState}; repair the app in the dashboard, then rerun`,
        409,
      );
    }
    if (taskId !== undefined) {
      const task = await followTask(
        taskId,
        label,
        deadline,
        context,
        timedOut(`update task ${taskId} is still running`),
      );
      ended.add(taskId);
      if (task.success !== true) {
        throw new ServiceError(
          `${label} on ${client.host}: the update to ${target.version} failed: ` +
            `${task.errorMessage ?? task.message ?? 'the task ended without a message'} (task ${taskId}); ` +
            `see the app's logs in the dashboard`,
        );
      }
    }
    app = await client.getApp(app.id);
  }

  app = await verifyRunning(app, label, target.waitHealthy, deadline, context, timedOut);
  return { app, from, taskId, status: asked ? 'updated' : 'unchanged' };
}

/** A task somebody else started (a backup, a restart): let it finish, whatever its outcome. */
async function waitForOthersTask(
  app: CloudronApp,
  label: string,
  deadline: number,
  context: WaitContext,
  timedOut: (what: string) => () => ServiceError,
): Promise<void> {
  const taskId = app.taskId!;
  context.logger.info(
    `${label}: busy (state ${app.installationState}, task ${taskId}); waiting for it to finish`,
  );
  const task = await followTask(
    taskId,
    label,
    deadline,
    context,
    timedOut(`the app's task ${taskId} is still running`),
  );
  if (task.success !== true) {
    context.logger.warning(
      `${label}: the task ${taskId} that was running failed (${task.errorMessage ?? 'no message'}); updating anyway`,
    );
  }
}

/** Installed, running and (when asked) healthy; health is polled until the deadline. */
async function verifyRunning(
  initial: CloudronApp,
  label: string,
  waitHealthy: boolean,
  deadline: number,
  { client, clock, logger }: WaitContext,
  timedOut: (what: string) => () => ServiceError,
): Promise<CloudronApp> {
  let app = initial;
  const poller = new Poller(clock, deadline);
  let waitingLogged = false;
  for (;;) {
    if (app.installationState !== 'installed') {
      throw new ServiceError(
        `${label} on ${client.host}: after the update the app is in state ${app.installationState}, not installed; see the dashboard`,
      );
    }
    if (app.runState !== 'running') {
      throw new ServiceError(
        `${label} on ${client.host}: the app is ${app.runState ?? 'not running'} after the update; start it in the dashboard, then rerun`,
      );
    }
    if (!waitHealthy || app.health === 'healthy') return app;
    if (!waitingLogged) {
      logger.info(`${label}: waiting for the app to turn healthy (now ${app.health ?? 'unknown'})`);
      waitingLogged = true;
    }
    await poller.next(timedOut(`the app is still ${app.health ?? 'not healthy'}`));
    app = await client.getApp(app.id);
  }
}

/** Cloudron replaces an app's package by another (a different manifest id) only when forced. */
function checkPackageId(app: CloudronApp, target: AppTarget, label: string): void {
  const id = target.manifest['id'];
  if (
    target.force ||
    app.manifest.id === undefined ||
    typeof id !== 'string' ||
    app.manifest.id === id
  )
    return;
  throw new UserError(
    `${label} runs package ${app.manifest.id}, but the manifest's id is ${id}; check cloudron-apps names the right app, ` +
      `or set cloudron-force: true to replace the package`,
  );
}
