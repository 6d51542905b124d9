export const id = 860;
export const ids = [860];
export const modules = {

/***/ 9641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ isLoopbackHost),
/* harmony export */   f: () => (/* binding */ parseCloudronUrl)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * `cloudron-url`: where the Cloudron dashboard answers. The API token travels with every request,
 * so plain http is accepted only when the traffic never leaves the machine.
 */

const INPUT = 'cloudron-url';
const EXAMPLE = 'Use the dashboard address, e.g. https://my.example.com';
/** 127.0.0.0/8, ::1 and `localhost`: the hosts whose traffic stays on this machine. */
function isLoopbackHost(hostname) {
    const host = hostname.toLowerCase().replace(/\.$/, '');
    if (host === 'localhost' || host === '[::1]' || host === '::1')
        return true;
    // WHATWG URL parsing has already normalised IPv4 forms such as `127.1` to dotted quads.
    const quad = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
    return quad !== null && quad[1] === '127' && quad.slice(2).every((part) => Number(part) <= 255);
}
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
    if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
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
            return (await Promise.all(/* import() */[__webpack_require__.e(29), __webpack_require__.e(350), __webpack_require__.e(837), __webpack_require__.e(300), __webpack_require__.e(409)]).then(__webpack_require__.bind(__webpack_require__, 2409))).release(settings, context);
        case 'deploy':
            return (await Promise.all(/* import() */[__webpack_require__.e(29), __webpack_require__.e(350), __webpack_require__.e(300), __webpack_require__.e(769)]).then(__webpack_require__.bind(__webpack_require__, 5769))).deploy(settings, context);
    }
}


/***/ }),

/***/ 3304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ describeFailure)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/** The one line a failed run prints, for both front ends. */

function describeFailure(error) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
        return { message: error.message, stack: error.stack };
    const text = error instanceof Error ? error.message : String(error);
    return {
        message: `Unexpected error: ${text.split('\n')[0]} (a bug in cloudron-release; rerun with debug logging and report it)`,
        stack: error instanceof Error ? error.stack : undefined,
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
