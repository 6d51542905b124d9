export const id = 668;
export const ids = [668];
export const modules = {

/***/ 3116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jz: () => (/* binding */ isRateLimited),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   dZ: () => (/* binding */ describeGitHubError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * Turns a failed GitHub request into one line a person can act on, by status code (never by
 * message text).
 */

/** The HTTP status of a failed octokit request; undefined for a dropped connection or a bug. */
function statusOf(error) {
    if (error && typeof error === 'object' && 'status' in error && typeof error.status === 'number') {
        return error.status;
    }
    return undefined;
}
/**
 * Whether a 403/429 is GitHub's rate limit rather than a refusal: GitHub says so in headers
 * (`x-ratelimit-remaining: 0`, or `retry-after` for the secondary limit), not only in text.
 */
function isRateLimited(error) {
    if (!error || typeof error !== 'object' || !('response' in error))
        return false;
    const response = error.response;
    if (!response || typeof response !== 'object' || !('headers' in response))
        return false;
    const headers = response.headers;
    return String(headers['x-ratelimit-remaining']) === '0' || headers['retry-after'] !== undefined;
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
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7(`${base} (401 Bad credentials): the token is invalid or expired. Set 'token' (or GITHUB_TOKEN for the CLI) to a valid token, or leave it empty for public repositories.`, status, { cause: error });
        case 403:
        case 429:
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7(`${base} (${status}): the token lacks permission or the rate limit is exhausted. Give the token the permission this mode needs, or set 'token' to raise the rate limit.`, status, { cause: error });
        case 404:
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7(`${base} (404): ${notFound}`, status, { cause: error });
        default:
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7(`${base}${status ? ` (${status})` : ''}: ${error instanceof Error ? error.message.split('\n')[0] : 'unknown error'}. Retry later; if it persists, check GitHub's status.`, status, { cause: error });
    }
}


/***/ }),

/***/ 6668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   check: () => (/* binding */ check)
/* harmony export */ });
/* harmony import */ var _target_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1474);

async function check(settings, context) {
    const target = await (0,_target_js__WEBPACK_IMPORTED_MODULE_0__/* .findTarget */ .FB)(settings, context.github(), context.logger, context.now());
    return (0,_target_js__WEBPACK_IMPORTED_MODULE_0__/* .reportFor */ .M_)((0,_target_js__WEBPACK_IMPORTED_MODULE_0__/* .planFor */ .bJ)(settings, target), target.selection);
}


/***/ }),

/***/ 1474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FB: () => (/* binding */ findTarget),
  bJ: () => (/* binding */ planFor),
  M_: () => (/* binding */ reportFor)
});

// EXTERNAL MODULE: ./src/package/current-version.ts
var current_version = __webpack_require__(2048);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/versioning/version.ts
var version = __webpack_require__(3520);
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
    return (0,version/* compareVersions */.Zy)(b.version, a.version);
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
    const newer = eligible.filter((r) => (0,version/* compareVersions */.Zy)(r.version, current) > 0 &&
        policy.updateTypes.has((0,version/* updateTypeOf */.PL)(current, r.version)));
    const latest = newer[0]?.version ?? eligible.find((r) => (0,version/* compareVersions */.Zy)(r.version, current) === 0)?.version;
    const chosen = policy.version === undefined
        ? pickByPath(newer, current, policy)
        : pickExplicit(releases, current, policy);
    const target = chosen?.version;
    const step = target && (0,version/* compareVersions */.Zy)(target, current) > 0 ? target : undefined;
    return {
        current,
        target,
        targetRelease: chosen?.release,
        latest,
        updateType: target && (0,version/* compareVersions */.Zy)(target, current) !== 0 ? (0,version/* updateTypeOf */.PL)(current, target) : undefined,
        releasesInStep: step
            ? releases
                .filter((r) => !r.draft &&
                (0,version/* compareVersions */.Zy)(r.version, current) > 0 &&
                (0,version/* compareVersions */.Zy)(r.version, step) <= 0 &&
                (policy.includePrereleases ||
                    !r.prerelease ||
                    (0,version/* compareVersions */.Zy)(r.version, step) === 0))
                .sort(newestFirst)
            : [],
    };
}
function pickByPath(newer, current, policy) {
    if (policy.upgradePath === 'latest' || newer.length === 0) {
        const release = newer[0];
        return release && { version: release.version, release };
    }
    const sameSeries = newer.find((r) => (0,version/* seriesOf */.Lf)(r.version) === (0,version/* seriesOf */.Lf)(current));
    if (sameSeries)
        return { version: sameSeries.version, release: sameSeries };
    // The next series is the lowest one above the current; its newest patch is the step.
    const oldestNewer = newer[newer.length - 1];
    const release = newer.find((r) => (0,version/* seriesOf */.Lf)(r.version) === (0,version/* seriesOf */.Lf)(oldestNewer.version));
    return { version: release.version, release };
}
function pickExplicit(releases, current, policy) {
    const wanted = (0,version/* parseVersion */.ot)(policy.version);
    const release = releases.find((r) => !r.draft && (0,version/* compareVersions */.Zy)(r.version, wanted) === 0);
    if (!release && !policy.force) {
        throw new errors/* UserError */.yo(`Version ${wanted.text} is not a published release of the upstream repository. Pick a released version, or set 'force: true' to use it anyway.`);
    }
    const order = (0,version/* compareVersions */.Zy)(wanted, current);
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
        if (!target || (0,version/* compareVersions */.Zy)(target, from) <= 0)
            break;
        steps.push(target);
        from = target;
    }
    return steps;
}

// EXTERNAL MODULE: ./src/github/errors.ts
var github_errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/upstream/release.ts
var release = __webpack_require__(7092);
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
            throw (0,github_errors/* describeGitHubError */.dZ)(error, `listing the releases of ${repo.owner}/${repo.repo}`, `the repository ${repo.owner}/${repo.repo} does not exist or the token cannot see it. Check 'upstream-repo'.`);
        }
        const parsed = raw.map((r) => (0,release/* toRelease */.z)(r, tagPattern));
        skipped += parsed.filter((r) => r === undefined).length;
        const valid = parsed.filter((r) => r !== undefined);
        releases.push(...valid);
        // Drafts (and prereleases unless wanted) are never a target, so they do not keep paging.
        const holdsNewer = valid.some((r) => !r.draft &&
            (includePrereleases || !r.prerelease) &&
            (0,version/* compareVersions */.Zy)(r.version, current) > 0);
        if (raw.length < PER_PAGE || !holdsNewer)
            break;
    }
    return { releases, skipped, requests: Math.min(page, MAX_PAGES) };
}

;// CONCATENATED MODULE: ./src/modes/target.ts



async function findTarget(settings, github, logger, now) {
    const current = await (0,current_version/* readCurrentVersion */.eT)(settings.package, logger);
    const { repo, tagPattern } = settings.upstream;
    const { policy } = settings;
    const listing = await listReleases(github, repo, tagPattern, current, policy.includePrereleases);
    logger.info(`${repo.owner}/${repo.repo}: ${listing.releases.length} releases read in ${listing.requests} request(s)` +
        (listing.skipped > 0 ? `; ${listing.skipped} skipped (tag is not a valid version)` : ''));
    const selection = selectTarget(listing.releases, current, policy, now);
    const steps = upgradeSteps(listing.releases, current, policy, now).map((v) => v.text);
    return { selection, steps };
}
function planFor(settings, { selection, steps }) {
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
function reportFor(plan, selection) {
    return {
        updateAvailable: selection.target !== undefined && selection.updateType !== undefined,
        currentVersion: selection.current.text,
        targetVersion: selection.target?.text,
        latestVersion: selection.latest?.text,
        updateType: selection.updateType,
        plan,
    };
}


/***/ }),

/***/ 2048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   RE: () => (/* binding */ versionFromDockerfile),
/* harmony export */   eT: () => (/* binding */ readCurrentVersion)
/* harmony export */ });
/* unused harmony export readText */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _versioning_version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3520);
/* harmony import */ var _dockerfile_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4016);
/**
 * The upstream version the package is at now: the Dockerfile's `ARG`, cross-checked with the
 * manifest's `upstreamVersion`.
 */





/** A file name as a person expects it in a message: relative inside the workspace, else absolute. */
function displayPath(workspace, file) {
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, file);
    return inside === '' || inside.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(inside) ? file : inside;
}
async function readText(file, label, setting) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PackageError */ .JP(label, `no ${setting === 'dockerfile' ? 'Dockerfile' : 'file'} here. Check the '${setting}' and 'path' inputs.`);
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PackageError */ .JP(label, `cannot be read (${code ?? 'unknown error'}).`, { cause: error });
    }
}
/** The version in the Dockerfile's `ARG`; all defaults of that ARG must agree. */
function versionFromDockerfile(text, arg, label) {
    const defaults = (0,_dockerfile_js__WEBPACK_IMPORTED_MODULE_4__/* .findArgDefaults */ .E)(text, arg);
    const first = defaults[0];
    if (!first) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PackageError */ .JP(label, `no 'ARG ${arg}=<version>' line. Add one, or set 'version-arg' to the ARG that holds the upstream version.`);
    }
    const other = defaults.find((d) => d.value !== first.value);
    if (other) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PackageError */ .JP(label, `ARG ${arg} has different defaults on lines ${first.line} and ${other.line}. Make them the same version.`, { line: other.line });
    }
    const version = (0,_versioning_version_js__WEBPACK_IMPORTED_MODULE_3__/* .parseVersion */ .ot)(first.value);
    if (!version) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PackageError */ .JP(label, `ARG ${arg} is not a version such as 2025.10.1. Fix its value.`, {
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
        upstreamVersion = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(pkg.manifest, 'utf8')).upstreamVersion;
    }
    catch {
        logger.warning(`${label(pkg.manifest)} could not be read as JSON; the upstream version was not cross-checked.`);
        return current;
    }
    if (typeof upstreamVersion === 'string' && upstreamVersion === current.text)
        return current;
    const stated = typeof upstreamVersion === 'string' && (0,_versioning_version_js__WEBPACK_IMPORTED_MODULE_3__/* .parseVersion */ .ot)(upstreamVersion)
        ? upstreamVersion
        : 'no valid version';
    logger.warning(`${label(pkg.manifest)} has upstreamVersion ${stated} but ${label(pkg.dockerfile)} has ARG ${pkg.versionArg}=${current.text}; using the Dockerfile's. Make them agree.`);
    return current;
}


/***/ }),

/***/ 4016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ findArgDefaults),
/* harmony export */   x: () => (/* binding */ bumpDockerfileArg)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
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
    const declares = new RegExp(`^[ \\t]*ARG[ \\t](?:.*[ \\t])?${escapeRegExp(name)}=`, 'i');
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PackageError */ .JP(file, `the version to write into ARG ${argName} is not a plain version`);
    }
    const defaults = findArgDefaults(text, argName);
    const uneditable = uneditableArgLines(text, argName, defaults);
    if (uneditable[0] !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PackageError */ .JP(file, `ARG ${argName} is declared in a form that cannot be edited safely; write it on its own line as ARG ${argName}=<version>`, { line: uneditable[0] });
    }
    if (defaults.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PackageError */ .JP(file, `no "ARG ${argName}=<version>" line; add one or set the input version-arg to the Dockerfile's version ARG`);
    }
    let result = text;
    for (const { start, end } of defaults.toReversed()) {
        result = result.slice(0, start) + version + result.slice(end);
    }
    return result;
}


/***/ }),

/***/ 7092:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ releasePageUrl),
/* harmony export */   z: () => (/* binding */ toRelease)
/* harmony export */ });
/* harmony import */ var _versioning_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3520);

function toRelease(raw, tagPattern) {
    const match = tagPattern.exec(raw.tag_name);
    const version = match?.[1] === undefined ? undefined : (0,_versioning_version_js__WEBPACK_IMPORTED_MODULE_0__/* .parseVersion */ .ot)(match[1]);
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
/**
 * The page of a release, for changelog and PR links: `{server}/{owner}/{repo}/releases/tag/{tag}`;
 * for a forced version that is no release, the repository's releases page.
 */
function releasePageUrl(serverUrl, repo, release) {
    const releases = `${serverUrl}/${repo.owner}/${repo.repo}/releases`;
    return release ? `${releases}/tag/${release.tagPath}` : releases;
}


/***/ })

};
