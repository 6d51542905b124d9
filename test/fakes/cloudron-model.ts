/**
 * The apps and tasks of the fake Cloudron (`cloudron.ts`) and the JSON it shows of them. Nothing
 * here speaks HTTP, so the state rules can be read apart from how requests are answered.
 */
import type { CloudronFaults } from './cloudron-faults.ts';

/** One fixed time, so that answers compare equal from run to run. */
const TS = '2026-01-30T10:00:00.000Z';

export interface FakeAppInit {
  id: string;
  fqdn: string;
  manifest: Record<string, unknown>;
  installationState?: string;
  runState?: string;
  health?: string;
}

export interface FakeApp {
  id: string;
  fqdn: string;
  manifest: Record<string, unknown>;
  installationState: string;
  runState: string;
  health: string;
  taskId: string | undefined;
  error: string | null;
  /** Reads of the app still to answer `unhealthy` after an update; `never` for a broken app. */
  unhealthyReads: number | 'never';
  /** The app is in state `error` because an update failed: Cloudron lets the update be retried. */
  updateFailed: boolean;
}

export interface FakeTask {
  id: string;
  appId: string;
  steps: Array<{ percent: number; message: string }>;
  /** -1 while queued, then the index of the step shown, `steps.length` when over. */
  position: number;
  failure: string | undefined;
  finish: (success: boolean) => void;
}

export interface ErrorBody {
  status: string;
  message: string;
}

export function errorBody(status: string, message: string): ErrorBody {
  return { status, message };
}

export function newApp(init: FakeAppInit): FakeApp {
  return {
    id: init.id,
    fqdn: init.fqdn,
    manifest: structuredClone(init.manifest),
    installationState: init.installationState ?? 'installed',
    runState: init.runState ?? 'running',
    health: init.health ?? 'healthy',
    taskId: undefined,
    error: null,
    unhealthyReads: 0,
    updateFailed: false,
  };
}

/** The app as `GET /apps` shows it; a `read` of the one app counts down its unhealthy reads. */
export function renderApp(app: FakeApp, read = false): Record<string, unknown> {
  if (read && typeof app.unhealthyReads === 'number' && app.unhealthyReads > 0) {
    app.unhealthyReads -= 1;
    if (app.unhealthyReads === 0) app.health = 'healthy';
  }
  const [subdomain, ...rest] = app.fqdn.split('.');
  return {
    id: app.id,
    appStoreId: '',
    installationState: app.installationState,
    error: app.error,
    runState: app.runState,
    health: app.unhealthyReads === 'never' ? 'unhealthy' : app.health,
    ...(app.taskId === undefined ? {} : { taskId: app.taskId }),
    subdomain,
    domain: rest.join('.'),
    fqdn: app.fqdn,
    manifest: app.manifest,
    iconUrl: `/api/v1/apps/${app.id}/icon`,
    creationTime: TS,
    ts: TS,
    tags: [],
    enableBackup: true,
  };
}

/**
 * Why Cloudron refuses this update, checked in the order it checks: a busy app (an app whose
 * update failed may be updated again), then the manifest.
 */
export function updateRefusal(
  app: FakeApp,
  body: Record<string, unknown>,
): { status: number; body: ErrorBody } | undefined {
  if (
    app.taskId !== undefined ||
    (app.installationState !== 'installed' &&
      !(app.installationState === 'error' && app.updateFailed))
  ) {
    return { status: 409, body: errorBody('Conflict', `Locked by task ${app.taskId ?? 'none'}`) };
  }
  const manifest = body['manifest'] as Record<string, unknown>;
  if (typeof manifest['dockerImage'] !== 'string') {
    return { status: 400, body: errorBody('Bad Request', 'manifest.dockerImage is required') };
  }
  if (manifest['id'] !== app.manifest['id'] && body['force'] !== true) {
    return { status: 400, body: errorBody('Bad Request', 'appStoreId changed; use force') };
  }
  return undefined;
}

export class FakeTasks {
  private readonly byId = new Map<string, FakeTask>();
  private nextId = 100;

  get(id: string): FakeTask | undefined {
    return this.byId.get(id);
  }

  /** Makes the app busy with a task of somebody else's (e.g. a backup) of `steps` steps. */
  startBackup(
    app: FakeApp,
    options: { state?: string; steps?: number; failure?: string },
  ): FakeTask {
    const count = options.steps ?? 2;
    const steps = Array.from({ length: count }, (_, i) => ({
      percent: Math.max(1, Math.floor(((i + 1) * 100) / (count + 1))),
      message: `Backing up (${i + 1})`,
    }));
    const task = this.create(app, steps, options.failure, () => {
      app.installationState = 'installed';
      app.taskId = undefined;
    });
    app.installationState = options.state ?? 'pending_backup';
    return task;
  }

  /**
   * Starts the update `updateRefusal` let through. The app takes the new manifest only when the
   * task succeeds; its health after the update is looked up then, so a test may still change it.
   */
  startUpdate(app: FakeApp, body: Record<string, unknown>, faults: CloudronFaults): FakeTask {
    const failure = faults.takeUpdateFailure(app.id);
    const manifest = body['manifest'] as Record<string, unknown>;
    const steps = [
      ...(body['skipBackup'] === true ? [] : [{ percent: 10, message: 'Backing up' }]),
      { percent: 40, message: 'Downloading image' },
      { percent: 70, message: 'Updating addons' },
      { percent: 90, message: 'Starting app' },
    ];
    const task = this.create(app, steps, failure, (success) => {
      app.taskId = undefined;
      if (!success) {
        app.installationState = 'error';
        app.error = failure ?? 'failed';
        app.updateFailed = true;
        return;
      }
      app.manifest = structuredClone(manifest);
      app.installationState = 'installed';
      app.runState = 'running';
      app.error = null;
      app.updateFailed = false;
      app.unhealthyReads = faults.unhealthyReadsAfterUpdate(app.id);
      app.health = app.unhealthyReads === 0 ? 'healthy' : 'unhealthy';
    });
    app.installationState = 'pending_update';
    if (faults.finishesUpdatesAtOnce(app.id)) finishTask(task);
    return task;
  }

  /** The app stays locked by the task until its `finish` says otherwise. */
  private create(
    app: FakeApp,
    steps: FakeTask['steps'],
    failure: string | undefined,
    finish: FakeTask['finish'],
  ): FakeTask {
    const task: FakeTask = {
      id: String(++this.nextId),
      appId: app.id,
      steps,
      position: -1,
      failure,
      finish,
    };
    this.byId.set(task.id, task);
    app.taskId = task.id;
    return task;
  }
}

export function finishTask(task: FakeTask): void {
  task.position = task.steps.length;
  task.finish(task.failure === undefined);
}

/** What `GET /tasks/{id}` shows now; the task then moves one step on. */
export function readTask(task: FakeTask): Record<string, unknown> {
  const base = { id: task.id, type: 'app', creationTime: TS, ts: TS };
  let view: Record<string, unknown>;
  if (task.position < 0) {
    view = { ...base, active: true, pending: true, message: 'Queued' };
  } else if (task.position < task.steps.length) {
    const step = task.steps[task.position]!;
    view = {
      ...base,
      active: true,
      pending: false,
      percent: step.percent,
      message: step.message,
    };
  } else if (task.failure === undefined) {
    return {
      ...base,
      active: false,
      pending: false,
      percent: 100,
      message: 'Done',
      success: true,
      result: {},
    };
  } else {
    return {
      ...base,
      active: false,
      pending: false,
      percent: 100,
      message: task.failure,
      success: false,
      error: { message: task.failure },
    };
  }
  task.position += 1;
  if (task.position === task.steps.length) finishTask(task);
  return view;
}
