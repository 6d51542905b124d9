export const id = 170;
export const ids = [170];
export const modules = {

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
    input;
    name = 'InputError';
    constructor(input, problem, fix) {
        super(`Input '${input}': ${problem}. ${fix}`);
        this.input = input;
    }
}
/** A package file that is missing or cannot be understood; names the file (and line). */
class PackageError extends UserError {
    file;
    name = 'PackageError';
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
    status;
    name = 'ServiceError';
    constructor(message, status, options) {
        super(message, options);
        this.status = status;
    }
}


/***/ }),

/***/ 955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WJ: () => (/* binding */ INPUT_DEFAULTS),
  pH: () => (/* binding */ SECRET_INPUTS),
  O9: () => (/* binding */ readActionSettings),
  sb: () => (/* binding */ readSettings)
});

// UNUSED EXPORTS: duration

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/cloudron/url.ts
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
        throw new errors/* InputError */.dz(INPUT, 'is empty', EXAMPLE);
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new errors/* InputError */.dz(INPUT, 'is not an absolute URL', EXAMPLE);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new errors/* InputError */.dz(INPUT, 'must start with https://', EXAMPLE);
    }
    if (url.username !== '' || url.password !== '') {
        throw new errors/* InputError */.dz(INPUT, 'must not contain a user name or password', 'Put the API token in cloudron-token instead');
    }
    if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
        throw new errors/* InputError */.dz(INPUT, `uses http:// for ${url.hostname}, which would send the API token unencrypted`, `Use https://${url.host} (plain http is allowed only for 127.0.0.1, ::1 and localhost)`);
    }
    if ((url.pathname !== '/' && url.pathname !== '') || url.search !== '' || url.hash !== '') {
        throw new errors/* InputError */.dz(INPUT, `has a path, query or fragment after ${url.host}`, `Use only the origin, e.g. ${url.protocol}//${url.host}`);
    }
    return new URL(`${url.protocol}//${url.host}/`);
}

// EXTERNAL MODULE: ./src/settings.ts
var settings = __webpack_require__(8750);
// EXTERNAL MODULE: ./src/versioning/version.ts
var version = __webpack_require__(3520);
;// CONCATENATED MODULE: ./src/inputs.ts
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
    const dir = (0,external_node_path_.resolve)(cwd, get('path'));
    const cloudronUrl = optional('cloudron-url');
    const repository = optional('repository') ?? env.GITHUB_REPOSITORY;
    return {
        mode: oneOf('mode', get('mode'), settings/* MODES */.F),
        dryRun: bool('dry-run', get('dry-run')),
        maxSteps: integer('max-steps', get('max-steps'), 1, 20),
        package: {
            workspace: cwd,
            dir,
            dockerfile: (0,external_node_path_.resolve)(dir, get('dockerfile')),
            manifest: (0,external_node_path_.resolve)(dir, get('manifest')),
            changelog: (0,external_node_path_.resolve)(dir, get('changelog')),
            versionsFile: (0,external_node_path_.resolve)(dir, get('versions-file')),
            versionArg: argName('version-arg', get('version-arg')),
            packageBump: oneOf('package-bump', get('package-bump'), ['auto', ...settings/* UPDATE_TYPES */.Y]),
            changelogTemplate: optional('changelog-template'),
            versionsPublishState: oneOf('versions-publish-state', get('versions-publish-state'), [
                'published',
                'testing',
            ]),
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
            upgradePath: oneOf('upgrade-path', get('upgrade-path'), ['sequential', 'latest']),
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
            url: cloudronUrl === undefined ? undefined : parseCloudronUrl(cloudronUrl),
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
    throw new errors/* InputError */.dz(name, `'${shown(value)}' is not one of ${allowed.join(', ')}`, 'Use one of those values.');
}
// The YAML 1.2 core schema's booleans, as `core.getBooleanInput` accepts them.
function bool(name, value) {
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new errors/* InputError */.dz(name, `'${shown(value)}' is not a boolean`, "Use 'true' or 'false'.");
}
function integer(name, value, min, max) {
    const n = /^\d+$/.test(value) ? Number(value) : NaN;
    if (Number.isInteger(n) && n >= min && n <= max)
        return n;
    throw new errors/* InputError */.dz(name, `'${shown(value)}' is not a whole number from ${min} to ${max}`, 'Give a number in that range.');
}
const DURATION_UNITS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** `0`, or a whole number with `s`, `m`, `h` or `d`, in milliseconds. */
function duration(name, value) {
    if (value === '0')
        return 0;
    const match = /^(\d{1,6})([smhd])$/.exec(value);
    if (!match) {
        throw new errors/* InputError */.dz(name, `'${shown(value)}' is not a duration`, "Write a number with s, m, h or d, such as '90s', '30m', '12h', '3d', or '0'.");
    }
    return Number(match[1]) * DURATION_UNITS[match[2]];
}
function parseRepo(name, value) {
    const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(value);
    if (!match || match[2] === '.' || match[2] === '..') {
        throw new errors/* InputError */.dz(name, `'${shown(value)}' is not a repository`, 'Expected the form owner/name, e.g. goauthentik/authentik.');
    }
    return { owner: match[1], repo: match[2] };
}
function checkName(name, value) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(value)) {
        throw new errors/* InputError */.dz(name, `'${shown(value)}' is not a plain name`, 'Use letters, digits, dots, dashes and underscores.');
    }
}
function argName(name, value) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(value)) {
        throw new errors/* InputError */.dz(name, `'${shown(value)}' is not a Dockerfile ARG name`, 'Use letters, digits and underscores, e.g. AK_VERSION.');
    }
    return value;
}
function tagPattern(value) {
    let pattern;
    try {
        pattern = new RegExp(value);
    }
    catch (error) {
        throw new errors/* InputError */.dz('tag-pattern', `'${shown(value)}' does not compile (${error.message})`, 'Fix the regular expression.');
    }
    // A pattern that can match the empty string has as many groups as `(?:)|` plus it.
    const groups = new RegExp(`${value}|`).exec('').length - 1;
    if (groups < 1) {
        throw new errors/* InputError */.dz('tag-pattern', `'${shown(value)}' has no capture group`, "Capture the version in group 1, e.g. '^version/(.+)$'.");
    }
    return pattern;
}
function semverRange(value) {
    if ((0,semver.validRange)(value) === null) {
        throw new errors/* InputError */.dz('allowed-versions', `'${shown(value)}' is not a semver range`, "Write a range such as '*', '>=2025.8.0', '2025.x' or '<2026.0.0'.");
    }
    return value;
}
function updateTypes(value) {
    const types = list(value);
    if (types.length === 0) {
        throw new errors/* InputError */.dz('update-types', 'no update type given', 'List one or more of major, minor, patch.');
    }
    return new Set(types.map((t) => oneOf('update-types', t, settings/* UPDATE_TYPES */.Y)));
}
function explicitVersion(value) {
    if (value === undefined)
        return undefined;
    if (!(0,version/* parseVersion */.ot)(value)) {
        throw new errors/* InputError */.dz('version', `'${shown(value)}' is not a version`, 'Give an upstream version such as 2025.10.1.');
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
    throw new errors/* InputError */.dz(name, `'${shown(value)}' is not an http(s) URL`, 'Set it to the API base URL, e.g. https://api.github.com.');
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
    return readSettings((name) => core/* getInput */.V4(name), process.env, (secret) => core/* setSecret */.Pq(secret), process.cwd());
}


/***/ }),

/***/ 1828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
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
            onRateLimit: (after, request, _o, count) => {
                logger.warning(`GitHub rate limit reached on ${request.method} ${request.url}; waiting ${after} s`);
                return count < MAX_RATE_LIMIT_RETRIES;
            },
            onSecondaryRateLimit: (after, request, _o, count) => {
                logger.warning(`GitHub secondary rate limit on ${request.method} ${request.url}; waiting ${after} s`);
                return count < MAX_RATE_LIMIT_RETRIES;
            },
        },
    });
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/versioning/version.ts
var versioning_version = __webpack_require__(3520);
;// CONCATENATED MODULE: ./src/package/dockerfile.ts
/**
 * The `ARG <name>=<value>` lines of a Dockerfile. Written by hand because no maintained
 * Dockerfile parser keeps byte positions (we must change the value and nothing else), and the
 * grammar needed here is one instruction form.
 */

function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * Every `ARG <name>=<default>` of the Dockerfile, in order. `ARG <name>` without a default is not
 * listed: it inherits the global value and must stay as it is.
 */
function findArgDefaults(text, name) {
    const pattern = new RegExp(`^([ \\t]*ARG[ \\t]+${escapeRegExp(name)}=)(?:"([^"\\r\\n]*)"|'([^'\\r\\n]*)'|([^\\s"']*))[ \\t]*\\r?$`, 'gim');
    const found = [];
    for (const match of text.matchAll(pattern)) {
        const quoted = match[2] ?? match[3];
        const value = quoted ?? match[4] ?? '';
        const start = match.index + match[1].length + (quoted === undefined ? 0 : 1);
        const line = text.slice(0, match.index).split('\n').length;
        found.push({ line, value, start, end: start + value.length });
    }
    return found;
}
/** Characters a version may have to stand unquoted in a Dockerfile `ARG` without changing it. */
const SAFE_VERSION = /^[0-9A-Za-z][0-9A-Za-z.+_-]*$/;
/**
 * Lines that declare `ARG <name>=` in a form `findArgDefaults` does not edit (several args on one
 * line, a value with spaces, a trailing comment): changing the others and leaving these would
 * build a mix of versions, so they are refused.
 */
function uneditableArgLines(text, name, edited) {
    const declares = new RegExp(`^[ \\t]*ARG[ \\t].*(?:^|[ \\t])${escapeRegExp(name)}=`, 'i');
    const editedLines = new Set(edited.map((arg) => arg.line));
    return text
        .split('\n')
        .map((line, index) => (declares.test(line) && !editedLines.has(index + 1) ? index + 1 : 0))
        .filter((line) => line > 0);
}
/**
 * Sets every `ARG <argName>=<default>` of the Dockerfile (every stage, quoted or not) to
 * `version`, leaving every other byte (quotes, `ARG <argName>` without a default, line endings)
 * as it is. `file` only names the file in errors.
 */
function bumpDockerfileArg(text, argName, version, file) {
    if (!SAFE_VERSION.test(version)) {
        throw new PackageError(file, `the version to write into ARG ${argName} is not a plain version`);
    }
    const defaults = findArgDefaults(text, argName);
    const uneditable = uneditableArgLines(text, argName, defaults);
    if (uneditable[0] !== undefined) {
        throw new PackageError(file, `ARG ${argName} is declared in a form that cannot be edited safely; write it on its own line as ARG ${argName}=<version>`, { line: uneditable[0] });
    }
    if (defaults.length === 0) {
        throw new PackageError(file, `no "ARG ${argName}=<version>" line; add one or set the input version-arg to the Dockerfile's version ARG`);
    }
    let result = text;
    for (const { start, end } of defaults.toReversed()) {
        result = result.slice(0, start) + version + result.slice(end);
    }
    return result;
}

;// CONCATENATED MODULE: ./src/package/current-version.ts
/**
 * The upstream version the package is at now: the Dockerfile's `ARG`, cross-checked with the
 * manifest's `upstreamVersion`.
 */





/** A file name as a person expects it in a message: relative inside the workspace, else absolute. */
function displayPath(workspace, file) {
    const inside = (0,external_node_path_.relative)(workspace, file);
    return inside === '' || inside.startsWith('..') || (0,external_node_path_.isAbsolute)(inside) ? file : inside;
}
async function readText(file, label, setting) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT') {
            throw new errors/* PackageError */.JP(label, `no ${setting === 'dockerfile' ? 'Dockerfile' : 'file'} here. Check the '${setting}' and 'path' inputs.`);
        }
        throw new errors/* PackageError */.JP(label, `cannot be read (${code ?? 'unknown error'}).`, { cause: error });
    }
}
/** The version in the Dockerfile's `ARG`; all defaults of that ARG must agree. */
function versionFromDockerfile(text, arg, label) {
    const defaults = findArgDefaults(text, arg);
    const first = defaults[0];
    if (!first) {
        throw new errors/* PackageError */.JP(label, `no 'ARG ${arg}=<version>' line. Add one, or set 'version-arg' to the ARG that holds the upstream version.`);
    }
    const other = defaults.find((d) => d.value !== first.value);
    if (other) {
        throw new errors/* PackageError */.JP(label, `ARG ${arg} has different defaults on lines ${first.line} and ${other.line}. Make them the same version.`, { line: other.line });
    }
    const version = (0,versioning_version/* parseVersion */.ot)(first.value);
    if (!version) {
        throw new errors/* PackageError */.JP(label, `ARG ${arg} is not a version such as 2025.10.1. Fix its value.`, {
            line: first.line,
        });
    }
    return version;
}
async function readCurrentVersion(pkg, logger) {
    const label = (file) => displayPath(pkg.workspace, file);
    const dockerfile = await readText(pkg.dockerfile, label(pkg.dockerfile), 'dockerfile');
    const current = versionFromDockerfile(dockerfile, pkg.versionArg, label(pkg.dockerfile));
    let upstreamVersion;
    try {
        upstreamVersion = JSON.parse(await (0,promises_.readFile)(pkg.manifest, 'utf8')).upstreamVersion;
    }
    catch {
        logger.warning(`${label(pkg.manifest)} could not be read as JSON; the upstream version was not cross-checked.`);
        return current;
    }
    if (typeof upstreamVersion === 'string' && upstreamVersion === current.text)
        return current;
    const stated = typeof upstreamVersion === 'string' && (0,versioning_version/* parseVersion */.ot)(upstreamVersion)
        ? upstreamVersion
        : 'no valid version';
    logger.warning(`${label(pkg.manifest)} has upstreamVersion ${stated} but ${label(pkg.dockerfile)} has ARG ${pkg.versionArg}=${current.text}; using the Dockerfile's. Make them agree.`);
    return current;
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
;// CONCATENATED MODULE: ./src/plan/select.ts
/**
 * Which upstream version to move to: pure functions over validated releases, a policy and a
 * clock. No I/O, no `Date.now()`: the caller passes `now`.
 */



/** Releases that the policy lets through, whatever the current version: not the step rules. */
function isEligible(release, policy, range, now) {
    if (release.draft)
        return false;
    if (release.prerelease && !policy.includePrereleases)
        return false;
    if (!range.test(release.version.semver))
        return false;
    if (policy.minReleaseAgeMs > 0) {
        if (!release.publishedAt)
            return false;
        if (now.getTime() - release.publishedAt.getTime() < policy.minReleaseAgeMs)
            return false;
    }
    return true;
}
function newestFirst(a, b) {
    return (0,versioning_version/* compareVersions */.Zy)(b.version, a.version);
}
/**
 * The next step from `current`.
 * - `sequential`: the newest patch of the current series when there is one, else the newest
 *   patch of the next series that exists (authentik must not skip a minor series).
 * - `latest`: the newest eligible release.
 * - an explicit `policy.version`: that version, which must be a published release unless
 *   `force`; never a downgrade unless `force`.
 */
function selectTarget(releases, current, policy, now) {
    const range = new semver.Range(policy.allowedVersions, { includePrerelease: policy.includePrereleases });
    const eligible = releases.filter((r) => isEligible(r, policy, range, now)).sort(newestFirst);
    const newer = eligible.filter((r) => (0,versioning_version/* compareVersions */.Zy)(r.version, current) > 0 &&
        policy.updateTypes.has((0,versioning_version/* updateTypeOf */.PL)(current, r.version)));
    const latest = newer[0]?.version ?? eligible.find((r) => (0,versioning_version/* compareVersions */.Zy)(r.version, current) === 0)?.version;
    const chosen = policy.version === undefined ? pickByPath(newer, current, policy) : pickExplicit(releases, current, policy);
    const target = chosen?.version;
    const step = target && (0,versioning_version/* compareVersions */.Zy)(target, current) > 0 ? target : undefined;
    return {
        current,
        target,
        targetRelease: chosen?.release,
        latest,
        updateType: target && (0,versioning_version/* compareVersions */.Zy)(target, current) !== 0 ? (0,versioning_version/* updateTypeOf */.PL)(current, target) : undefined,
        releasesInStep: step
            ? releases
                .filter((r) => !r.draft &&
                (0,versioning_version/* compareVersions */.Zy)(r.version, current) > 0 &&
                (0,versioning_version/* compareVersions */.Zy)(r.version, step) <= 0 &&
                (policy.includePrereleases || !r.prerelease || (0,versioning_version/* compareVersions */.Zy)(r.version, step) === 0))
                .sort(newestFirst)
            : [],
    };
}
function pickByPath(newer, current, policy) {
    if (policy.upgradePath === 'latest' || newer.length === 0) {
        const release = newer[0];
        return release && { version: release.version, release };
    }
    const sameSeries = newer.find((r) => (0,versioning_version/* seriesOf */.Lf)(r.version) === (0,versioning_version/* seriesOf */.Lf)(current));
    if (sameSeries)
        return { version: sameSeries.version, release: sameSeries };
    // The next series is the lowest one above the current; its newest patch is the step.
    const oldestNewer = newer[newer.length - 1];
    const release = newer.find((r) => (0,versioning_version/* seriesOf */.Lf)(r.version) === (0,versioning_version/* seriesOf */.Lf)(oldestNewer.version));
    return { version: release.version, release };
}
function pickExplicit(releases, current, policy) {
    const wanted = (0,versioning_version/* parseVersion */.ot)(policy.version);
    const release = releases.find((r) => !r.draft && (0,versioning_version/* compareVersions */.Zy)(r.version, wanted) === 0);
    if (!release && !policy.force) {
        throw new errors/* UserError */.yo(`Version ${wanted.text} is not a published release of the upstream repository. Pick a released version, or set 'force: true' to use it anyway.`);
    }
    const order = (0,versioning_version/* compareVersions */.Zy)(wanted, current);
    if (order < 0 && !policy.force) {
        throw new errors/* UserError */.yo(`Version ${wanted.text} is older than the current ${current.text}; refusing to downgrade. Set 'force: true' to downgrade on purpose.`);
    }
    if (order === 0 && !policy.force)
        return undefined;
    return { version: wanted, release };
}
/**
 * The whole sequential path from `current` to the newest eligible release, step by step
 * (for the plan output and `max-steps`). Bounded by the number of releases.
 */
function upgradeSteps(releases, current, policy, now) {
    const steps = [];
    let from = current;
    for (let i = 0; i < releases.length; i++) {
        const { target } = selectTarget(releases, from, { ...policy, version: undefined }, now);
        if (!target || (0,versioning_version/* compareVersions */.Zy)(target, from) <= 0)
            break;
        steps.push(target);
        from = target;
    }
    return steps;
}

;// CONCATENATED MODULE: ./src/github/errors.ts
/**
 * Turns a failed GitHub request into one line a person can act on, by status code (never by
 * message text).
 */

function statusOf(error) {
    if (error && typeof error === 'object' && 'status' in error && typeof error.status === 'number') {
        return error.status;
    }
    return undefined;
}
/**
 * @param doing what was being attempted, e.g. `listing the releases of goauthentik/authentik`
 * @param notFound what a 404 means here and what to do
 */
function describeGitHubError(error, doing, notFound) {
    const status = statusOf(error);
    const base = `GitHub refused ${doing}`;
    switch (status) {
        case 401:
            return new errors/* ServiceError */._7(`${base} (401 Bad credentials): the token is invalid or expired. Set 'token' (or GITHUB_TOKEN for the CLI) to a valid token, or leave it empty for public repositories.`, status, { cause: error });
        case 403:
        case 429:
            return new errors/* ServiceError */._7(`${base} (${status}): the token lacks permission or the rate limit is exhausted. Give the token the permission this mode needs, or set 'token' to raise the rate limit.`, status, { cause: error });
        case 404:
            return new errors/* ServiceError */._7(`${base} (404): ${notFound}`, status, { cause: error });
        default:
            return new errors/* ServiceError */._7(`${base}${status ? ` (${status})` : ''}: ${error instanceof Error ? error.message.split('\n')[0] : 'unknown error'}. Retry later; if it persists, check GitHub's status.`, status, { cause: error });
    }
}

;// CONCATENATED MODULE: ./src/upstream/release.ts
/**
 * Turns a GitHub release, untrusted upstream data, into a Release whose version is validated.
 * A release whose tag does not match the pattern or whose version is not valid is dropped
 * here and never logged: its text might be anything.
 */

function toRelease(raw, tagPattern) {
    const match = tagPattern.exec(raw.tag_name);
    const version = match?.[1] === undefined ? undefined : (0,versioning_version/* parseVersion */.ot)(match[1]);
    if (!version)
        return undefined;
    const published = raw.published_at ? new Date(raw.published_at) : undefined;
    return {
        version,
        prerelease: raw.prerelease || version.semver.prerelease.length > 0,
        draft: raw.draft,
        publishedAt: published && !Number.isNaN(published.getTime()) ? published : undefined,
        notes: raw.body ?? '',
        tagPath: encodeTagPath(raw.tag_name),
    };
}
// encodeURIComponent leaves `!'()*`, which end or break a Markdown link.
function encodeTagPath(tag) {
    return encodeURIComponent(tag).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

;// CONCATENATED MODULE: ./src/upstream/releases.ts
/**
 * The upstream datasource: GitHub releases of `upstream-repo`, newest created first. Pages are
 * fetched only while the last one still held a candidate newer than the current one, so an
 * up-to-date package costs one request.
 */



const PER_PAGE = 100;
// A bound on a misbehaving server that keeps answering full pages.
const MAX_PAGES = 50;
async function listReleases(client, repo, tagPattern, current, includePrereleases) {
    const releases = [];
    let skipped = 0;
    let page = 1;
    for (; page <= MAX_PAGES; page++) {
        let raw;
        try {
            const response = await client.request('GET /repos/{owner}/{repo}/releases', {
                owner: repo.owner,
                repo: repo.repo,
                per_page: PER_PAGE,
                page,
            });
            raw = response.data;
        }
        catch (error) {
            throw describeGitHubError(error, `listing the releases of ${repo.owner}/${repo.repo}`, `the repository ${repo.owner}/${repo.repo} does not exist or the token cannot see it. Check 'upstream-repo'.`);
        }
        const parsed = raw.map((r) => toRelease(r, tagPattern));
        skipped += parsed.filter((r) => r === undefined).length;
        const valid = parsed.filter((r) => r !== undefined);
        releases.push(...valid);
        // Drafts (and prereleases unless wanted) are never a target, so they do not keep paging.
        const holdsNewer = valid.some((r) => !r.draft && (includePrereleases || !r.prerelease) && (0,versioning_version/* compareVersions */.Zy)(r.version, current) > 0);
        if (raw.length < PER_PAGE || !holdsNewer)
            break;
    }
    return { releases, skipped, requests: Math.min(page, MAX_PAGES) };
}

;// CONCATENATED MODULE: ./src/main.ts
/**
 * Wires the stages for each mode: inputs → upstream releases → plan → file edits → image →
 * commit/PR → Cloudron → report. Front ends (the action, the CLI) call `run` with validated
 * settings and their own logger, and write the report their own way.
 */





async function run(settings, context) {
    switch (settings.mode) {
        case 'check':
            return check(settings, context);
        default:
            throw new errors/* UserError */.yo(`Mode '${settings.mode}' is not available in this version. Use mode 'check'.`);
    }
}
async function findTarget(settings, context, github) {
    const { logger } = context;
    const current = await readCurrentVersion(settings.package, logger);
    const { repo } = settings.upstream;
    const listing = await listReleases(github, repo, settings.upstream.tagPattern, current, settings.policy.includePrereleases);
    logger.info(`${repo.owner}/${repo.repo}: ${listing.releases.length} releases read in ${listing.requests} request(s)` +
        (listing.skipped > 0 ? `; ${listing.skipped} skipped (tag is not a valid version)` : ''));
    const now = context.now();
    const selection = selectTarget(listing.releases, current, settings.policy, now);
    const steps = upgradeSteps(listing.releases, current, settings.policy, now).map((v) => v.text);
    return { selection, steps };
}
function basePlan(settings, { selection, steps }) {
    const { repo } = settings.upstream;
    return {
        mode: settings.mode,
        dryRun: settings.dryRun,
        upstream: `${repo.owner}/${repo.repo}`,
        upgradePath: settings.policy.upgradePath,
        current: selection.current.text,
        target: selection.target?.text,
        latest: selection.latest?.text,
        updateType: selection.updateType,
        steps,
        actions: [],
    };
}
function baseReport(plan, selection) {
    return {
        updateAvailable: selection.target !== undefined && selection.updateType !== undefined,
        currentVersion: selection.current.text,
        targetVersion: selection.target?.text,
        latestVersion: selection.latest?.text,
        updateType: selection.updateType,
        plan,
    };
}
async function check(settings, context) {
    const github = createGitHubClient({
        token: settings.github.token,
        apiUrl: settings.github.apiUrl,
        logger: context.logger,
        retryBaseMs: context.githubRetryBaseMs,
    });
    const target = await findTarget(settings, context, github);
    return baseReport(basePlan(settings, target), target.selection);
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
        ['Package version', report.packageVersion && `${report.previousPackageVersion ?? '?'} → ${report.packageVersion}`],
        ['Changed files', report.changedFiles?.join(', ')],
        ['Pull request', report.prUrl && `${report.prOperation}: ${report.prUrl}`],
        ['Commit', report.commitSha],
        ['Image', report.image && (report.imageDigest ? `${report.image}@${report.imageDigest}` : report.image)],
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
