/**
 * The parts of Cloudron's API answers this project uses, read from unknown JSON. Only checked
 * values come out: ids, states and versions match a strict shape, free text is cleaned, and the
 * API token is cut out of anything the server echoes back.
 */
import { cleanServerText, redact, safeHostname, safeWord } from './text.ts';

/** What an app runs, from its `manifest`. */
export interface AppManifestInfo {
  id: string | undefined;
  version: string | undefined;
  dockerImage: string | undefined;
}

export interface CloudronApp {
  id: string;
  /** undefined when the server sent something that is not a host name. */
  fqdn: string | undefined;
  /** e.g. `installed`, `pending_update`, `error`; `unknown` when absent or malformed. */
  installationState: string;
  runState: string | undefined;
  /** `healthy`, `unhealthy`, `error`, `dead`; undefined until the first health check. */
  health: string | undefined;
  /** The task running on the app; undefined when none is. */
  taskId: string | undefined;
  manifest: AppManifestInfo;
}

export interface CloudronTask {
  id: string;
  active: boolean;
  pending: boolean;
  percent: number | undefined;
  message: string | undefined;
  success: boolean | undefined;
  /** The task's error message, cleaned. */
  errorMessage: string | undefined;
}

/** The body of `POST /api/v1/apps/{id}/update` for a custom app. */
export interface UpdateRequestBody {
  manifest: Readonly<Record<string, unknown>>;
  skipBackup: boolean;
  force: boolean;
}

/** Why an answer could not be read; the client turns it into a ServiceError with context. */
export class UnexpectedAnswer extends Error {
  override name = 'UnexpectedAnswer';
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** Task ids are integers in `202 {taskId}` and strings elsewhere; both become a string. */
export function readTaskId(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  return typeof value === 'string' && /^\d{1,18}$/.test(value) ? value : undefined;
}

export function readApp(value: unknown): CloudronApp {
  const app = record(value);
  const id = safeWord(app?.['id']);
  if (!app || id === undefined) throw new UnexpectedAnswer('an app without a valid id');
  const manifest = record(app['manifest']);
  const dockerImage = manifest?.['dockerImage'];
  return {
    id,
    fqdn: safeHostname(app['fqdn']),
    installationState: safeWord(app['installationState']) ?? 'unknown',
    runState: safeWord(app['runState']),
    health: safeWord(app['health']),
    taskId: readTaskId(app['taskId']),
    manifest: {
      id: safeWord(manifest?.['id']),
      version: safeWord(manifest?.['version']),
      dockerImage:
        typeof dockerImage === 'string' && /^[\w./:@-]{1,512}$/.test(dockerImage)
          ? dockerImage
          : undefined,
    },
  };
}

export function readAppList(value: unknown): CloudronApp[] {
  const apps = record(value)?.['apps'];
  if (!Array.isArray(apps)) throw new UnexpectedAnswer('no `apps` list');
  return apps.map(readApp);
}

export function readTask(value: unknown, token: string): CloudronTask {
  const task = record(value);
  const id = readTaskId(task?.['id']);
  if (!task || id === undefined) throw new UnexpectedAnswer('a task without a valid id');
  if (typeof task['active'] !== 'boolean') throw new UnexpectedAnswer('a task without `active`');
  const percent = task['percent'];
  const error = task['error'];
  const errorText = typeof error === 'string' ? error : record(error)?.['message'];
  const clean = (text: unknown): string | undefined => {
    const line = cleanServerText(text);
    return line === undefined ? undefined : redact(line, token);
  };
  return {
    id,
    active: task['active'],
    pending: task['pending'] === true,
    percent:
      typeof percent === 'number' && Number.isFinite(percent)
        ? Math.min(100, Math.max(0, Math.round(percent)))
        : undefined,
    message: clean(task['message']),
    success: typeof task['success'] === 'boolean' ? task['success'] : undefined,
    errorMessage: clean(errorText),
  };
}

export function readUpdateStarted(value: unknown): string {
  const taskId = readTaskId(record(value)?.['taskId']);
  if (taskId === undefined) throw new UnexpectedAnswer('no `taskId`');
  return taskId;
}

/** The task is over: neither running nor waiting to run. */
export function isTaskDone(task: CloudronTask): boolean {
  return !task.active && !task.pending;
}

/** A task is running on the app, or one is about to (a `pending_*` state). */
export function isAppBusy(app: CloudronApp): boolean {
  return app.taskId !== undefined || app.installationState.startsWith('pending_');
}

/** The app already runs this manifest version from this image. */
export function runsManifest(app: CloudronApp, version: string, dockerImage: string): boolean {
  return app.manifest.version === version && app.manifest.dockerImage === dockerImage;
}
