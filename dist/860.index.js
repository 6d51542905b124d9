export const id = 860;
export const ids = [860];
export const modules = {

/***/ 1484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M7: () => (/* binding */ UnexpectedAnswer),
/* harmony export */   eC: () => (/* binding */ readAppList),
/* harmony export */   eG: () => (/* binding */ isTaskDone),
/* harmony export */   gv: () => (/* binding */ readTask),
/* harmony export */   il: () => (/* binding */ runsManifest),
/* harmony export */   rh: () => (/* binding */ readUpdateStarted),
/* harmony export */   rp: () => (/* binding */ isAppBusy),
/* harmony export */   uW: () => (/* binding */ readApp)
/* harmony export */ });
/* unused harmony export readTaskId */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1673);
/**
 * The parts of Cloudron's API answers this project uses, read from unknown JSON. Only checked
 * values come out: ids, states and versions match a strict shape, free text is cleaned, and the
 * API token is cut out of anything the server echoes back.
 */

/** Why an answer could not be read; the client turns it into a ServiceError with context. */
class UnexpectedAnswer extends Error {
    name = 'UnexpectedAnswer';
}
function record(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : undefined;
}
/** Task ids are integers in `202 {taskId}` and strings elsewhere; both become a string. */
function readTaskId(value) {
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0)
        return String(value);
    return typeof value === 'string' && /^\d{1,18}$/.test(value) ? value : undefined;
}
function readApp(value) {
    const app = record(value);
    const id = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .safeWord */ .ms)(app?.['id']);
    if (!app || id === undefined)
        throw new UnexpectedAnswer('an app without a valid id');
    const manifest = record(app['manifest']);
    const dockerImage = manifest?.['dockerImage'];
    return {
        id,
        fqdn: (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHostname */ .Fo)(app['fqdn']),
        installationState: (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .safeWord */ .ms)(app['installationState']) ?? 'unknown',
        runState: (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .safeWord */ .ms)(app['runState']),
        health: (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .safeWord */ .ms)(app['health']),
        taskId: readTaskId(app['taskId']),
        manifest: {
            id: (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .safeWord */ .ms)(manifest?.['id']),
            version: (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .safeWord */ .ms)(manifest?.['version']),
            dockerImage: typeof dockerImage === 'string' && /^[\w./:@-]{1,512}$/.test(dockerImage)
                ? dockerImage
                : undefined,
        },
    };
}
function readAppList(value) {
    const apps = record(value)?.['apps'];
    if (!Array.isArray(apps))
        throw new UnexpectedAnswer('no `apps` list');
    return apps.map(readApp);
}
function readTask(value, token) {
    const task = record(value);
    const id = readTaskId(task?.['id']);
    if (!task || id === undefined)
        throw new UnexpectedAnswer('a task without a valid id');
    if (typeof task['active'] !== 'boolean')
        throw new UnexpectedAnswer('a task without `active`');
    const percent = task['percent'];
    const error = task['error'];
    const errorText = typeof error === 'string' ? error : record(error)?.['message'];
    const clean = (text) => {
        const line = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanServerText */ .Ct)(text);
        return line === undefined ? undefined : (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(line, token);
    };
    return {
        id,
        active: task['active'],
        pending: task['pending'] === true,
        percent: typeof percent === 'number' && Number.isFinite(percent)
            ? Math.min(100, Math.max(0, Math.round(percent)))
            : undefined,
        message: clean(task['message']),
        success: typeof task['success'] === 'boolean' ? task['success'] : undefined,
        errorMessage: clean(errorText),
    };
}
function readUpdateStarted(value) {
    const taskId = readTaskId(record(value)?.['taskId']);
    if (taskId === undefined)
        throw new UnexpectedAnswer('no `taskId`');
    return taskId;
}
/** The task is over: neither running nor waiting to run. */
function isTaskDone(task) {
    return !task.active && !task.pending;
}
/** A task is running on the app, or one is about to (a `pending_*` state). */
function isAppBusy(app) {
    return app.taskId !== undefined || app.installationState.startsWith('pending_');
}
/** The app already runs this manifest version from this image. */
function runsManifest(app, version, dockerImage) {
    return app.manifest.version === version && app.manifest.dockerImage === dockerImage;
}


/***/ }),

/***/ 8562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ CloudronUpdateError),
  s: () => (/* binding */ updateApps)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/cloudron/text.ts
var cloudron_text = __webpack_require__(1673);
;// CONCATENATED MODULE: ./src/cloudron/resolve.ts
/**
 * Matching `cloudron-apps` entries to the apps a Cloudron has. Pure: the list comes from
 * `GET /api/v1/apps`. Every entry is resolved before any app is touched, so a typo in the last
 * entry fails the run before the canary is updated.
 */


const INPUT = 'cloudron-apps';
const LISTED_FQDNS = 20;
/** `https://Auth.Example.com/` → `auth.example.com`: the forms a packager may paste. */
function domainOf(name) {
    return name
        .trim()
        .replace(/^https?:\/\//i, '')
        .replace(/\/+$/, '')
        .replace(/\.$/, '')
        .toLowerCase();
}
function resolveApps(names, apps, host) {
    if (names.length === 0) {
        throw new errors/* InputError */.dz(INPUT, 'is empty while cloudron-url is set', 'List the app ids or domains to update');
    }
    const resolved = [];
    for (const name of names) {
        const trimmed = name.trim();
        const app = apps.find((candidate) => candidate.id === trimmed) ??
            apps.find((candidate) => candidate.fqdn !== undefined && candidate.fqdn === domainOf(trimmed));
        const shown = (0,cloudron_text/* cleanServerText */.Ct)(trimmed, 100) ?? '(blank)';
        if (!app)
            throw new errors/* InputError */.dz(INPUT, `no app '${shown}' on ${host}; ${knownApps(apps)}`, 'Name each app by its id or its domain');
        const twin = resolved.find((earlier) => earlier.app.id === app.id);
        if (twin) {
            throw new errors/* InputError */.dz(INPUT, `'${shown}' and '${twin.name}' are the same app`, 'List each app once');
        }
        resolved.push({ name: shown, app });
    }
    return resolved;
}
function knownApps(apps) {
    const fqdns = apps.flatMap((app) => (app.fqdn === undefined ? [] : [app.fqdn])).sort();
    if (fqdns.length === 0)
        return 'it has no apps this token can see';
    const shown = fqdns.slice(0, LISTED_FQDNS).join(', ');
    const more = fqdns.length > LISTED_FQDNS ? ` and ${fqdns.length - LISTED_FQDNS} more` : '';
    return `its apps are ${shown}${more}`;
}

// EXTERNAL MODULE: ./src/cloudron/api.ts
var api = __webpack_require__(1484);
;// CONCATENATED MODULE: ./src/cloudron/wait.ts
/**
 * Waiting on Cloudron: following a task to its end and polling an app, both within one deadline
 * and backing off from 1 s to 5 s between looks.
 */


const FIRST_POLL_MS = 1000;
const MAX_POLL_MS = 5000;
/** Backs off between looks: 1 s, 2 s, 4 s, then 5 s each time. */
class Poller {
    delay = FIRST_POLL_MS;
    clock;
    deadline;
    constructor(clock, deadline) {
        this.clock = clock;
        this.deadline = deadline;
    }
    /** Sleeps before the next look; throws `timedOut()` once the deadline has passed. */
    async next(timedOut) {
        const remaining = this.deadline - this.clock.now();
        if (remaining <= 0)
            throw timedOut();
        await this.clock.sleep(Math.min(this.delay, remaining));
        this.delay = Math.min(this.delay * 2, MAX_POLL_MS);
    }
}
/** `40% Downloading image`: the task's progress as one log line, or undefined when it has none. */
function progressLine(task) {
    const parts = [
        task.percent === undefined ? undefined : `${task.percent}%`,
        task.pending ? 'queued' : undefined,
        task.message,
    ].filter((part) => part !== undefined);
    return parts.length === 0 ? undefined : parts.join(' ');
}
/**
 * Polls the task until it is over and returns its last state, logging progress whenever it
 * changes. `timedOut` builds the error for a task still running at the deadline.
 */
async function followTask(taskId, label, deadline, context, timedOut) {
    const poller = new Poller(context.clock, deadline);
    let shown;
    for (;;) {
        const task = await context.client.getTask(taskId);
        const line = progressLine(task);
        if (line !== undefined && line !== shown) {
            context.logger.info(`${label}: task ${taskId}: ${line}`);
            shown = line;
        }
        if ((0,api/* isTaskDone */.eG)(task))
            return task;
        await poller.next(timedOut);
    }
}

;// CONCATENATED MODULE: ./src/cloudron/update-app.ts
/**
 * Moving one Cloudron app to the new package version: wait out a task already running on it,
 * ask for the update, follow the update's task, then check the app runs the new version and,
 * when asked, that it turns healthy. Everything happens within one deadline per app.
 */




/** Nobody else's task should keep an app busy more than a few times in one run. */
const MAX_CONFLICTS = 3;
async function updateOneApp({ name, app: listed }, target, context, 
/** Told the update's task id as soon as it is known, so a failure can still report it. */
onTask = () => { }) {
    const { client, clock, logger } = context;
    const label = `app ${listed.fqdn ?? name}`;
    const deadline = clock.now() + target.timeoutMs;
    const limit = (0,cloudron_text/* formatDuration */.a3)(target.timeoutMs);
    const timedOut = (what) => () => new errors/* ServiceError */._7(`${label} on ${client.host}: ${what} after ${limit}; check the app in the Cloudron dashboard, or raise cloudron-timeout`);
    let app = await client.getApp(listed.id);
    const from = app.manifest.version;
    checkPackageId(app, target, label);
    const body = {
        manifest: target.manifest,
        skipBackup: target.skipBackup,
        force: target.force,
    };
    let taskId;
    let asked = false;
    let conflicts = 0;
    const busyPoller = new Poller(clock, deadline);
    /** Tasks seen to end: an app still showing one has not caught up yet, so look again later. */
    const ended = new Set();
    for (;;) {
        if ((0,api/* isAppBusy */.rp)(app)) {
            if (app.taskId !== undefined && !ended.has(app.taskId)) {
                await waitForOthersTask(app, label, deadline, context, timedOut);
                ended.add(app.taskId);
            }
            else {
                await busyPoller.next(timedOut(`the app is still in state ${app.installationState}`));
            }
            app = await client.getApp(app.id);
            continue;
        }
        // After an update only the version is checked (as the spec says): Cloudron may write the
        // image reference its own way. Before one, the image must match too, or a rebuilt image
        // under a new name would never be deployed.
        if (asked
            ? app.manifest.version === target.version
            : (0,api/* runsManifest */.il)(app, target.version, target.dockerImage)) {
            break;
        }
        if (asked) {
            throw new errors/* ServiceError */._7(`${label} on ${client.host}: the update finished, yet the app runs version ` +
                `${app.manifest.version ?? 'unknown'} instead of ${target.version}; see the app's event log in the dashboard`);
        }
        logger.info(`${label}: updating from ${from ?? 'an unknown version'} to ${target.version} (${target.dockerImage})`);
        try {
            const start = await client.updateApp(app.id, body);
            asked = true;
            taskId = start.taskId;
            if (taskId !== undefined)
                onTask(taskId);
        }
        catch (error) {
            if (!(error instanceof errors/* ServiceError */._7) || error.status !== 409 || ++conflicts > MAX_CONFLICTS)
                throw error;
            app = await client.getApp(app.id);
            if ((0,api/* isAppBusy */.rp)(app))
                continue;
            throw new errors/* ServiceError */._7(`${label} on ${client.host}: Cloudron refused the update (HTTP 409) while the app is in state ` +
                `${app.installationState}; repair the app in the dashboard, then rerun`, 409);
        }
        if (taskId !== undefined) {
            const task = await followTask(taskId, label, deadline, context, timedOut(`update task ${taskId} is still running`));
            ended.add(taskId);
            if (task.success !== true) {
                throw new errors/* ServiceError */._7(`${label} on ${client.host}: the update to ${target.version} failed: ` +
                    `${task.errorMessage ?? task.message ?? 'the task ended without a message'} (task ${taskId}); ` +
                    `see the app's logs in the dashboard`);
            }
        }
        app = await client.getApp(app.id);
    }
    app = await verifyRunning(app, label, target.waitHealthy, deadline, context, timedOut);
    return { app, from, taskId, status: asked ? 'updated' : 'unchanged' };
}
/** A task somebody else started (a backup, a restart): let it finish, whatever its outcome. */
async function waitForOthersTask(app, label, deadline, context, timedOut) {
    const taskId = app.taskId;
    context.logger.info(`${label}: busy (state ${app.installationState}, task ${taskId}); waiting for it to finish`);
    const task = await followTask(taskId, label, deadline, context, timedOut(`the app's task ${taskId} is still running`));
    if (task.success !== true) {
        context.logger.warning(`${label}: the task ${taskId} that was running failed (${task.errorMessage ?? 'no message'}); updating anyway`);
    }
}
/** Installed, running and (when asked) healthy; health is polled until the deadline. */
async function verifyRunning(initial, label, waitHealthy, deadline, { client, clock, logger }, timedOut) {
    let app = initial;
    const poller = new Poller(clock, deadline);
    let waitingLogged = false;
    for (;;) {
        if (app.installationState !== 'installed') {
            throw new errors/* ServiceError */._7(`${label} on ${client.host}: after the update the app is in state ${app.installationState}, not installed; see the dashboard`);
        }
        if (app.runState !== 'running') {
            throw new errors/* ServiceError */._7(`${label} on ${client.host}: the app is ${app.runState ?? 'not running'} after the update; start it in the dashboard, then rerun`);
        }
        if (!waitHealthy || app.health === 'healthy')
            return app;
        if (!waitingLogged) {
            logger.info(`${label}: waiting for the app to turn healthy (now ${app.health ?? 'unknown'})`);
            waitingLogged = true;
        }
        await poller.next(timedOut(`the app is still ${app.health ?? 'not healthy'}`));
        app = await client.getApp(app.id);
    }
}
/** Cloudron replaces an app's package by another (a different manifest id) only when forced. */
function checkPackageId(app, target, label) {
    const id = target.manifest['id'];
    if (target.force ||
        app.manifest.id === undefined ||
        typeof id !== 'string' ||
        app.manifest.id === id)
        return;
    throw new errors/* UserError */.yo(`${label} runs package ${app.manifest.id}, but the manifest's id is ${id}; check cloudron-apps names the right app, ` +
        `or set cloudron-force: true to replace the package`);
}

;// CONCATENATED MODULE: ./src/cloudron/deploy.ts
/**
 * The Cloudron stage of `release` and `deploy`: move each listed app to the pushed image, in
 * order. The first app is the canary: when it fails, the others are left alone. The results
 * become the output `cloudron-results`.
 */



/** A Cloudron update failed; `results` says what happened to every app, for the report. */
class CloudronUpdateError extends errors/* ServiceError */._7 {
    name = 'CloudronUpdateError';
    results;
    constructor(message, results, status, cause) {
        super(message, status, { cause });
        this.results = results;
    }
}
async function updateApps(request, context) {
    const { client, clock, logger } = context;
    if (request.manifest['version'] !== request.packageVersion) {
        throw new Error(`updateApps: manifest version ${String(request.manifest['version'])} is not the package version ${request.packageVersion}`);
    }
    const target = {
        manifest: { ...request.manifest, dockerImage: request.dockerImage },
        version: request.packageVersion,
        dockerImage: request.dockerImage,
        skipBackup: request.skipBackup,
        force: request.force,
        timeoutMs: request.timeoutMs,
        waitHealthy: request.waitHealthy,
    };
    const resolved = resolveApps(request.apps, await client.listApps(), client.host);
    const results = resolved.map(({ name, app }) => ({
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
                results[index] = { ...results[index], taskId };
            });
            results[index] = {
                ...results[index],
                fqdn: outcome.app.fqdn ?? null,
                from: outcome.from ?? null,
                taskId: outcome.taskId ?? null,
                status: outcome.status,
                seconds: seconds(),
            };
            const done = outcome.status === 'updated'
                ? `updated to ${request.packageVersion}`
                : `already on ${request.packageVersion}`;
            logger.info(`app ${entry.app.fqdn ?? entry.name}: ${done} in ${seconds()} s`);
        }
        catch (error) {
            if (!(error instanceof errors/* UserError */.yo))
                throw error;
            results[index] = { ...results[index], status: 'failed', seconds: seconds() };
            const rest = resolved.length - index - 1;
            const note = rest === 0 ? '' : ` (${rest} later app${rest === 1 ? '' : 's'} not updated)`;
            const status = error instanceof errors/* ServiceError */._7 ? error.status : undefined;
            throw new CloudronUpdateError(`${error.message}${note}`, results, status, error);
        }
    }
    return results;
}


/***/ }),

/***/ 1673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ct: () => (/* binding */ cleanServerText),
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Fo: () => (/* binding */ safeHostname),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   ms: () => (/* binding */ safeWord)
/* harmony export */ });
/**
 * Making what a Cloudron server says safe to show. Its answers are not ours: a task message or
 * an fqdn reaches the log only after it has been checked or cleaned here, so it can never start
 * a workflow command, forge extra log lines or carry the API token.
 */
const HOSTNAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;
const WORD = /^[A-Za-z0-9][A-Za-z0-9._:+-]{0,127}$/;
/** `auth.example.com` when it is a plain host name, else undefined. */
function safeHostname(value) {
    return typeof value === 'string' && HOSTNAME.test(value) ? value.toLowerCase() : undefined;
}
/** An identifier-like value (app id, task id, state, version) or undefined. */
function safeWord(value) {
    return typeof value === 'string' && WORD.test(value) ? value : undefined;
}
/**
 * Free text from the server (a task's progress or error message) as one printable line of at
 * most `max` characters; undefined when nothing printable is left. Control, format and
 * bidirectional characters become spaces so the text cannot reorder or split a log line.
 */
function cleanServerText(value, max = 200) {
    if (typeof value !== 'string')
        return undefined;
    const line = value
        .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    if (line === '')
        return undefined;
    return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
/** Removes every occurrence of `secret` from `text`. */
function redact(text, secret) {
    return secret === '' ? text : text.split(secret).join('***');
}
/** `30m`, `90s`, `2h`: how long a timeout was, for messages. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.max(0, Math.round(ms))}ms`;
    const seconds = Math.round(ms / 1000);
    if (seconds < 120)
        return `${seconds}s`;
    const minutes = Math.round(seconds / 60);
    if (minutes < 120 || minutes % 60 !== 0)
        return `${minutes}m`;
    return `${minutes / 60}h`;
}


/***/ }),

/***/ 9641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ parseCloudronUrl)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _loopback_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2082);
/**
 * `cloudron-url`: where the Cloudron dashboard answers. The API token travels with every request,
 * so plain http is accepted only when the traffic never leaves the machine.
 */



const INPUT = 'cloudron-url';
const EXAMPLE = 'Use the dashboard address, e.g. https://my.example.com';
/**
 * Parses and checks `cloudron-url`; returns the origin with path `/`. The raw value is never
 * echoed (it could carry credentials); messages name the host once it is known.
 */
function parseCloudronUrl(raw) {
    const text = raw.trim();
    if (text === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(INPUT, 'is empty', EXAMPLE);
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(INPUT, 'is not an absolute URL', EXAMPLE);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(INPUT, 'must start with https://', EXAMPLE);
    }
    if (url.username !== '' || url.password !== '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(INPUT, 'must not contain a user name or password', 'Put the API token in cloudron-token instead');
    }
    if (url.protocol === 'http:' && !(0,_loopback_js__WEBPACK_IMPORTED_MODULE_1__/* .isLoopbackHost */ .c)(url.hostname)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(INPUT, `uses http:// for ${url.hostname}, which would send the API token unencrypted`, `Use https://${url.host} (plain http is allowed only for 127.0.0.1, ::1 and localhost)`);
    }
    if ((url.pathname !== '/' && url.pathname !== '') || url.search !== '' || url.hash !== '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(INPUT, `has a path, query or fragment after ${url.host}`, `Use only the origin, e.g. ${url.protocol}//${url.host}`);
    }
    return new URL(`${url.protocol}//${url.host}/`);
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JP: () => (/* binding */ PackageError),
/* harmony export */   _7: () => (/* binding */ ServiceError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * A failure the person running the action can act on. Its message is one line: what failed,
 * where, and what to do. The entry point prints it as it is; anything else is a bug and is
 * reported with its stack in the debug log.
 */
class UserError extends Error {
    name = 'UserError';
}
/** An input that does not validate: names the input, the problem and the fix. */
class InputError extends UserError {
    name = 'InputError';
    input;
    constructor(input, problem, fix) {
        super(`Input '${input}': ${problem}. ${fix}`);
        this.input = input;
    }
}
/** A package file that is missing or cannot be understood; names the file (and line). */
class PackageError extends UserError {
    name = 'PackageError';
    file;
    constructor(file, problem, options) {
        const where = options?.line === undefined
            ? file
            : `${file}:${options.line}${options.column === undefined ? '' : `:${options.column}`}`;
        super(`${where}: ${problem}`, { cause: options?.cause });
        this.file = file;
    }
}
/** A remote service (GitHub, a registry, Cloudron) refused or failed a request. */
class ServiceError extends UserError {
    name = 'ServiceError';
    status;
    constructor(message, status, options) {
        super(message, options);
        this.status = status;
    }
}


/***/ }),

/***/ 8422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O9: () => (/* binding */ readActionSettings),
/* harmony export */   WJ: () => (/* binding */ INPUT_DEFAULTS),
/* harmony export */   pH: () => (/* binding */ SECRET_INPUTS),
/* harmony export */   sb: () => (/* binding */ readSettings)
/* harmony export */ });
/* unused harmony export duration */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7264);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _cloudron_url_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9641);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8750);
/* harmony import */ var _versioning_version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3520);
/**
 * The one place that reads inputs: the action's `INPUT_*` (through `@actions/core`) or the
 * CLI's flags, both through an InputSource. Every value is validated here into Settings, with
 * errors that name the input and say what to do; secrets are masked the moment they are read.
 */







/**
 * Every input with its default, the single source of truth for the action and the CLI
 * (`action.yml` is checked against it by a test).
 */
const INPUT_DEFAULTS = {
    mode: 'check',
    'dry-run': 'false',
    path: '.',
    dockerfile: 'Dockerfile',
    manifest: 'CloudronManifest.json',
    changelog: 'CHANGELOG.md',
    'versions-file': 'CloudronVersions.json',
    'version-arg': 'AK_VERSION',
    'upstream-repo': 'goauthentik/authentik',
    'upstream-name': '',
    'tag-pattern': '^version/(.+)$',
    'include-prereleases': 'false',
    'allowed-versions': '*',
    'update-types': 'major,minor,patch',
    'min-release-age': '0',
    'upgrade-path': 'sequential',
    version: '',
    force: 'false',
    'package-bump': 'auto',
    'changelog-template': '',
    'versions-publish-state': 'published',
    token: '',
    repository: '',
    base: '',
    'pr-branch': 'cloudron-release/{upstream-name}',
    'pr-title': 'Update {upstream-name} to {version}',
    labels: 'dependencies',
    tag: 'false',
    'max-steps': '1',
    image: '',
    'image-tags': '{package-version}\nlatest',
    builder: 'docker',
    platforms: 'linux/amd64',
    'build-args': '',
    push: 'true',
    'registry-username': '',
    'registry-password': '',
    'cloudron-url': '',
    'cloudron-token': '',
    'cloudron-apps': '',
    'cloudron-skip-backup': 'false',
    'cloudron-force': 'false',
    'cloudron-timeout': '30m',
    'cloudron-wait-healthy': 'true',
};
const SECRET_INPUTS = ['token', 'registry-password', 'cloudron-token'];
function readSettings(source, env, mask, cwd) {
    const get = (name) => {
        const value = source(name).trim();
        if (value !== '' && SECRET_INPUTS.includes(name))
            mask(value);
        return value === '' ? INPUT_DEFAULTS[name] : value;
    };
    const optional = (name) => get(name) || undefined;
    const upstreamRepo = parseRepo('upstream-repo', get('upstream-repo'));
    const upstreamName = get('upstream-name') || upstreamRepo.repo;
    checkName('upstream-name', upstreamName);
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, get('path'));
    const cloudronUrl = optional('cloudron-url');
    const repository = optional('repository') ?? env.GITHUB_REPOSITORY;
    return {
        mode: oneOf('mode', get('mode'), _settings_js__WEBPACK_IMPORTED_MODULE_6__/* .MODES */ .F),
        dryRun: bool('dry-run', get('dry-run')),
        maxSteps: integer('max-steps', get('max-steps'), 1, 20),
        package: {
            workspace: cwd,
            dir,
            dockerfile: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir, get('dockerfile')),
            manifest: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir, get('manifest')),
            changelog: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir, get('changelog')),
            versionsFile: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir, get('versions-file')),
            versionArg: argName('version-arg', get('version-arg')),
            packageBump: oneOf('package-bump', get('package-bump'), [
                'auto',
                ..._settings_js__WEBPACK_IMPORTED_MODULE_6__/* .UPDATE_TYPES */ .Y,
            ]),
            changelogTemplate: optional('changelog-template'),
            versionsPublishState: oneOf('versions-publish-state', get('versions-publish-state'), ['published', 'testing']),
        },
        upstream: {
            repo: upstreamRepo,
            name: upstreamName,
            tagPattern: tagPattern(get('tag-pattern')),
        },
        policy: {
            includePrereleases: bool('include-prereleases', get('include-prereleases')),
            allowedVersions: semverRange(get('allowed-versions')),
            updateTypes: updateTypes(get('update-types')),
            minReleaseAgeMs: duration('min-release-age', get('min-release-age')),
            upgradePath: oneOf('upgrade-path', get('upgrade-path'), [
                'sequential',
                'latest',
            ]),
            version: explicitVersion(optional('version')),
            force: bool('force', get('force')),
        },
        github: {
            token: optional('token'),
            apiUrl: httpUrl('GITHUB_API_URL', env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
            serverUrl: httpUrl('GITHUB_SERVER_URL', env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
            repository: repository === undefined ? undefined : parseRepo('repository', repository),
            base: optional('base'),
            prBranch: get('pr-branch'),
            prTitle: get('pr-title'),
            labels: list(get('labels')),
            tag: bool('tag', get('tag')),
            sha: env.GITHUB_SHA && /^[0-9a-f]{40}$/.test(env.GITHUB_SHA) ? env.GITHUB_SHA : undefined,
        },
        image: {
            name: optional('image'),
            tags: lines(get('image-tags')),
            builder: oneOf('builder', get('builder'), ['docker', 'buildah', 'podman']),
            platforms: list(get('platforms')),
            buildArgs: lines(get('build-args')),
            push: bool('push', get('push')),
            registryUsername: optional('registry-username'),
            registryPassword: optional('registry-password'),
        },
        cloudron: {
            url: cloudronUrl === undefined ? undefined : (0,_cloudron_url_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCloudronUrl */ .f)(cloudronUrl),
            token: optional('cloudron-token'),
            apps: list(get('cloudron-apps')),
            skipBackup: bool('cloudron-skip-backup', get('cloudron-skip-backup')),
            force: bool('cloudron-force', get('cloudron-force')),
            timeoutMs: duration('cloudron-timeout', get('cloudron-timeout')),
            waitHealthy: bool('cloudron-wait-healthy', get('cloudron-wait-healthy')),
        },
    };
}
function oneOf(name, value, allowed) {
    if (allowed.includes(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(name, `'${shown(value)}' is not one of ${allowed.join(', ')}`, 'Use one of those values.');
}
// The YAML 1.2 core schema's booleans, as `core.getBooleanInput` accepts them.
function bool(name, value) {
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(name, `'${shown(value)}' is not a boolean`, "Use 'true' or 'false'.");
}
function integer(name, value, min, max) {
    const n = /^\d+$/.test(value) ? Number(value) : NaN;
    if (Number.isInteger(n) && n >= min && n <= max)
        return n;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(name, `'${shown(value)}' is not a whole number from ${min} to ${max}`, 'Give a number in that range.');
}
const DURATION_UNITS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** `0`, or a whole number with `s`, `m`, `h` or `d`, in milliseconds. */
function duration(name, value) {
    if (value === '0')
        return 0;
    const match = /^(\d{1,6})([smhd])$/.exec(value);
    if (!match) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(name, `'${shown(value)}' is not a duration`, "Write a number with s, m, h or d, such as '90s', '30m', '12h', '3d', or '0'.");
    }
    return Number(match[1]) * DURATION_UNITS[match[2]];
}
function parseRepo(name, value) {
    const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(value);
    if (!match || match[2] === '.' || match[2] === '..') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(name, `'${shown(value)}' is not a repository`, 'Expected the form owner/name, e.g. goauthentik/authentik.');
    }
    return { owner: match[1], repo: match[2] };
}
function checkName(name, value) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(name, `'${shown(value)}' is not a plain name`, 'Use letters, digits, dots, dashes and underscores.');
    }
}
function argName(name, value) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(name, `'${shown(value)}' is not a Dockerfile ARG name`, 'Use letters, digits and underscores, e.g. AK_VERSION.');
    }
    return value;
}
function tagPattern(value) {
    let pattern;
    try {
        pattern = new RegExp(value);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('tag-pattern', `'${shown(value)}' does not compile (${error.message})`, 'Fix the regular expression.');
    }
    // A pattern that can match the empty string has as many groups as `(?:)|` plus it.
    const groups = new RegExp(`${value}|`).exec('').length - 1;
    if (groups < 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('tag-pattern', `'${shown(value)}' has no capture group`, "Capture the version in group 1, e.g. '^version/(.+)$'.");
    }
    return pattern;
}
function semverRange(value) {
    if ((0,semver__WEBPACK_IMPORTED_MODULE_2__.validRange)(value) === null) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('allowed-versions', `'${shown(value)}' is not a semver range`, "Write a range such as '*', '>=2025.8.0', '2025.x' or '<2026.0.0'.");
    }
    return value;
}
function updateTypes(value) {
    const types = list(value);
    if (types.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('update-types', 'no update type given', 'List one or more of major, minor, patch.');
    }
    return new Set(types.map((t) => oneOf('update-types', t, _settings_js__WEBPACK_IMPORTED_MODULE_6__/* .UPDATE_TYPES */ .Y)));
}
function explicitVersion(value) {
    if (value === undefined)
        return undefined;
    if (!(0,_versioning_version_js__WEBPACK_IMPORTED_MODULE_5__/* .parseVersion */ .ot)(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('version', `'${shown(value)}' is not a version`, 'Give an upstream version such as 2025.10.1.');
    }
    return value;
}
function httpUrl(name, value) {
    try {
        const url = new URL(value);
        if (url.protocol === 'https:' || url.protocol === 'http:')
            return value;
    }
    catch {
        // reported below
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(name, `'${shown(value)}' is not an http(s) URL`, 'Set it to the API base URL, e.g. https://api.github.com.');
}
/** One item per line or comma, blanks dropped. */
function list(value) {
    return value
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
function lines(value) {
    return value
        .split('\n')
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
// Inputs are the user's own text, but keep error lines single and short.
function shown(value) {
    const flat = value.replace(/[\r\n]+/g, ' ');
    return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}
/** The action's settings: inputs from the runner's `INPUT_*` variables. */
function readActionSettings() {
    return readSettings((name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name), process.env, (secret) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(secret), process.cwd());
}


/***/ }),

/***/ 2082:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ isLoopbackHost)
/* harmony export */ });
/**
 * Hosts whose traffic never leaves the machine: the one place plain HTTP is acceptable (a
 * Cloudron token, a registry password).
 */
/** 127.0.0.0/8, ::1 and `localhost`: the hosts whose traffic stays on this machine. */
function isLoopbackHost(hostname) {
    const host = hostname.toLowerCase().replace(/\.$/, '');
    if (host === 'localhost' || host === '[::1]' || host === '::1')
        return true;
    // WHATWG URL parsing has already normalised IPv4 forms such as `127.1` to dotted quads.
    const quad = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
    return quad !== null && quad[1] === '127' && quad.slice(2).every((part) => Number(part) <= 255);
}


/***/ }),

/***/ 4715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(4730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/github/client.ts
/**
 * The GitHub REST client: octokit with the retry and throttling plugins, so transient faults
 * (5xx, dropped connections) are retried and rate limits are waited out, as GitHub asks.
 */



const RetryingOctokit = dist_src/* Octokit */.E.plugin(dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
const MAX_RATE_LIMIT_RETRIES = 2;
function createGitHubClient(options) {
    const { logger } = options;
    return new RetryingOctokit({
        auth: options.token,
        baseUrl: options.apiUrl,
        userAgent: 'cloudron-release',
        log: {
            debug: () => { },
            info: () => { },
            warn: (message) => logger.debug(message),
            error: (message) => logger.debug(message),
        },
        // Never retried: answers that will not change by asking again.
        retry: {
            doNotRetry: [400, 401, 403, 404, 410, 422, 451],
            retryAfterBaseValue: options.retryBaseMs ?? 1000,
        },
        throttle: {
            onRateLimit: waitOut('rate limit reached', logger),
            onSecondaryRateLimit: waitOut('secondary rate limit', logger),
        },
    });
}
/** Waits out a rate limit (the plugin sleeps `after` seconds) a bounded number of times. */
function waitOut(what, logger) {
    return (after, request, _o, count) => {
        logger.warning(`GitHub ${what} on ${request.method} ${request.url}; waiting ${after} s`);
        return count < MAX_RATE_LIMIT_RETRIES;
    };
}

;// CONCATENATED MODULE: ./src/main.ts
/**
 * Wires the stages for each mode: inputs → upstream releases → plan → file edits → image →
 * commit/PR → Cloudron → report. Front ends (the action, the CLI) call `run` with validated
 * settings and their own logger, and write the report their own way. Each mode is loaded only
 * when it runs, so `check` never pays for the manifest validator or the image builder.
 */

async function run(settings, options) {
    let github;
    const context = {
        logger: options.logger,
        now: options.now ?? (() => new Date()),
        tempDir: options.tempDir,
        github: () => (github ??= createGitHubClient({
            token: settings.github.token,
            apiUrl: settings.github.apiUrl,
            logger: options.logger,
            retryBaseMs: options.githubRetryBaseMs,
        })),
    };
    switch (settings.mode) {
        case 'check':
            return (await __webpack_require__.e(/* import() */ 668).then(__webpack_require__.bind(__webpack_require__, 6668))).check(settings, context);
        case 'bump':
            return (await Promise.all(/* import() */[__webpack_require__.e(29), __webpack_require__.e(350), __webpack_require__.e(837), __webpack_require__.e(862)]).then(__webpack_require__.bind(__webpack_require__, 8862))).bump(settings, context);
        case 'pr':
            return (await Promise.all(/* import() */[__webpack_require__.e(29), __webpack_require__.e(350), __webpack_require__.e(837), __webpack_require__.e(527)]).then(__webpack_require__.bind(__webpack_require__, 9527))).pullRequest(settings, context);
        case 'release':
            return (await Promise.all(/* import() */[__webpack_require__.e(29), __webpack_require__.e(350), __webpack_require__.e(837), __webpack_require__.e(909), __webpack_require__.e(409)]).then(__webpack_require__.bind(__webpack_require__, 2409))).release(settings, context);
        case 'deploy':
            return (await Promise.all(/* import() */[__webpack_require__.e(29), __webpack_require__.e(350), __webpack_require__.e(909), __webpack_require__.e(769)]).then(__webpack_require__.bind(__webpack_require__, 5769))).deploy(settings, context);
    }
}


/***/ }),

/***/ 3304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ describeFailure)
/* harmony export */ });
/* harmony import */ var _cloudron_deploy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8562);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/** What a failed run prints (one line) and the outputs it can still give, for both front ends. */


function describeFailure(error) {
    const outputs = error instanceof _cloudron_deploy_js__WEBPACK_IMPORTED_MODULE_0__/* .CloudronUpdateError */ .U
        ? { 'cloudron-results': JSON.stringify(error.results) }
        : {};
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo)
        return { message: error.message, stack: error.stack, outputs };
    const text = error instanceof Error ? error.message : String(error);
    return {
        message: `Unexpected error: ${text.split('\n')[0]} (a bug in cloudron-release; rerun with debug logging and report it)`,
        stack: error instanceof Error ? error.stack : undefined,
        outputs,
    };
}


/***/ }),

/***/ 8850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iu: () => (/* binding */ toOutputs),
/* harmony export */   QW: () => (/* binding */ summaryRows),
/* harmony export */   hZ: () => (/* binding */ summaryTitle)
/* harmony export */ });
/** The action's outputs. Values not known in this mode are left out, not written empty. */
function toOutputs(report) {
    const outputs = {
        'update-available': String(report.updateAvailable),
        'current-version': report.currentVersion,
        'target-version': report.targetVersion,
        'latest-version': report.latestVersion,
        'update-type': report.updateType,
        'previous-package-version': report.previousPackageVersion,
        'package-version': report.packageVersion,
        'changed-files': report.changedFiles && JSON.stringify(report.changedFiles),
        'pr-number': report.prNumber?.toString(),
        'pr-url': report.prUrl,
        'pr-operation': report.prOperation,
        'commit-sha': report.commitSha,
        image: report.image,
        'image-digest': report.imageDigest,
        'cloudron-results': report.cloudronResults && JSON.stringify(report.cloudronResults),
        plan: JSON.stringify(report.plan),
    };
    return Object.fromEntries(Object.entries(outputs).filter((entry) => entry[1] !== undefined));
}
/** The rows of the summary table a person reads at a glance: [label, value]. */
function summaryRows(report) {
    const rows = [
        ['Upstream', report.plan.upstream],
        ['Current version', report.currentVersion],
        ['Target version', report.targetVersion ?? 'none'],
        ['Latest version', report.latestVersion ?? 'none'],
        ['Update type', report.updateType ?? '–'],
        ['Upgrade path', report.plan.steps.length > 0 ? report.plan.steps.join(' → ') : 'up to date'],
        [
            'Package version',
            report.packageVersion && `${report.previousPackageVersion ?? '?'} → ${report.packageVersion}`,
        ],
        ['Changed files', report.changedFiles?.join(', ')],
        ['Pull request', report.prUrl && `${report.prOperation}: ${report.prUrl}`],
        ['Commit', report.commitSha],
        [
            'Image',
            report.image && (report.imageDigest ? `${report.image}@${report.imageDigest}` : report.image),
        ],
        ['Cloudron apps', report.cloudronResults?.map((r) => `${r.fqdn}: ${r.status}`).join(', ')],
    ];
    return rows.filter((row) => row[1] !== undefined && row[1] !== '');
}
function summaryTitle(report) {
    const what = report.plan.dryRun ? ' (dry run)' : '';
    return report.updateAvailable
        ? `cloudron-release ${report.plan.mode}${what}: ${report.currentVersion} → ${report.targetVersion}`
        : `cloudron-release ${report.plan.mode}${what}: up to date at ${report.currentVersion}`;
}


/***/ }),

/***/ 8750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ MODES),
/* harmony export */   Y: () => (/* binding */ UPDATE_TYPES)
/* harmony export */ });
/**
 * The validated settings of one run: what `src/inputs.ts` makes of the action's inputs or the
 * CLI's flags. Every stage takes the slice it needs; none reads inputs or the environment itself.
 */
const MODES = ['check', 'bump', 'pr', 'release', 'deploy'];
const UPDATE_TYPES = ['major', 'minor', 'patch'];


/***/ }),

/***/ 3520:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lf: () => (/* binding */ seriesOf),
/* harmony export */   PL: () => (/* binding */ updateTypeOf),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   ot: () => (/* binding */ parseVersion)
/* harmony export */ });
/* unused harmony export isPrerelease */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Upstream versions: the only form of upstream text that may reach a file, a command line, a
 * branch name or an image tag. Anything that is not a plain semver version (a missing patch
 * counts as `.0`) is refused here, so later stages never see it.
 */

// Digits, dots, and an optional prerelease of [0-9A-Za-z-] identifiers: safe in a Dockerfile,
// a JSON string, a git ref, an image tag and a URL. Build metadata (`+…`) is refused because
// image tags cannot carry `+`.
const VERSION_TEXT = /^(0|[1-9]\d*)\.(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
const MAX_LENGTH = 64;
function parseVersion(text) {
    if (text.length > MAX_LENGTH)
        return undefined;
    const match = VERSION_TEXT.exec(text);
    if (!match)
        return undefined;
    const full = match[3] === undefined ? text.replace(/^(\d+\.\d+)/, '$1.0') : text;
    try {
        return { text, semver: new semver__WEBPACK_IMPORTED_MODULE_0__.SemVer(full) };
    }
    catch {
        return undefined;
    }
}
function compareVersions(a, b) {
    return a.semver.compare(b.semver);
}
function isPrerelease(version) {
    return version.semver.prerelease.length > 0;
}
/** `major.minor`: the release series a version belongs to. */
function seriesOf(version) {
    return `${version.semver.major}.${version.semver.minor}`;
}
/** The kind of step from one version to a newer one. */
function updateTypeOf(from, to) {
    if (to.semver.major !== from.semver.major)
        return 'major';
    if (to.semver.minor !== from.semver.minor)
        return 'minor';
    return 'patch';
}


/***/ })

};
