export const id = 837;
export const ids = [837];
export const modules = {

/***/ 510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ planStepEdit)
});

// UNUSED EXPORTS: isoDate

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/package/changelog.ts
/**
 * The package's changelog: one entry per package version, written in the style the file already
 * uses. Cloudron's own style is `[1.4.0]` headings, oldest first; Markdown files often use
 * `## 1.4.0` or Keep a Changelog's `## [1.4.0] - 2026-01-30`, newest first under a title.
 */

const DEFAULT_CHANGELOG_TEMPLATE = '* Update {upstream-name} to {version}\n* [Full Changelog]({release-url})';
const CLOUDRON_HEADING = /^\[(v?)(\d+\.\d+\.\d+[0-9A-Za-z.+-]*)\][ \t]*$/;
const MARKDOWN_HEADING = /^(#{1,6})[ \t]+(\[?)(v?)(\d+\.\d+\.\d+[0-9A-Za-z.+-]*)(\]?)(.*)$/;
const DATE_ONLY_SUFFIX = /^[ \t]*(?:[-–—][ \t]*)?\(?\d{4}-\d{2}-\d{2}\)?[ \t]*$/;
function findHeadings(text) {
    const headings = [];
    const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
    let offset = 0;
    lines.forEach((line, index) => {
        const blankAfter = (lines[index + 1] ?? '').trim() === '';
        const cloudron = CLOUDRON_HEADING.exec(line);
        const markdown = MARKDOWN_HEADING.exec(line);
        if (cloudron !== null) {
            const [, v = '', version = ''] = cloudron;
            headings.push({
                offset,
                version,
                hashes: '',
                bracketed: true,
                vPrefix: v === 'v',
                rest: '',
                blankAfter,
            });
        }
        else if (markdown !== null && (markdown[2] === '[') === (markdown[5] === ']')) {
            const [, hashes = '', open = '', v = '', version = '', , rest = ''] = markdown;
            headings.push({
                offset,
                version,
                hashes,
                bracketed: open === '[',
                vPrefix: v === 'v',
                rest,
                blankAfter,
            });
        }
        offset += line.length + (text.startsWith('\r\n', offset + line.length) ? 2 : 1);
    });
    return headings;
}
/** Whether the changelog already has an entry (in any style) for this package version. */
function hasChangelogEntry(text, packageVersion) {
    const wanted = packageVersion.replace(/^v/, '');
    return findHeadings(text).some((heading) => heading.version === wanted);
}
/** The bullet lines of an entry, from the template or the default. */
function renderChangelogLines(entry, bullet = '*') {
    const values = {
        'package-version': entry.packageVersion,
        'upstream-name': entry.upstreamName,
        version: entry.version,
        'previous-version': entry.previousVersion ?? '',
        'release-url': entry.releaseUrl,
        date: entry.date,
    };
    const template = entry.template ?? DEFAULT_CHANGELOG_TEMPLATE.replaceAll(/^\* /gm, `${bullet} `);
    const rendered = template.replaceAll(/\{([a-z-]+)\}/g, (placeholder, name) => {
        const value = values[name];
        if (value === undefined) {
            throw new errors/* InputError */.dz('changelog-template', `unknown placeholder ${placeholder}`, `Use ${Object.keys(values)
                .map((key) => `{${key}}`)
                .join(', ')}`);
        }
        return value;
    });
    const lines = rendered.split(/\r?\n/);
    while (lines.length > 0 && lines[0].trim() === '')
        lines.shift();
    while (lines.length > 0 && lines.at(-1).trim() === '')
        lines.pop();
    if (lines.length === 0) {
        throw new errors/* InputError */.dz('changelog-template', 'it is empty', 'Give at least one line, or leave it unset for the default entry');
    }
    return lines;
}
function headingFor(reference, entry) {
    if (reference === undefined || reference.hashes === '') {
        return `[${reference?.vPrefix === true ? 'v' : ''}${entry.packageVersion}]`;
    }
    const version = `${reference.vPrefix ? 'v' : ''}${entry.packageVersion}`;
    const suffix = DATE_ONLY_SUFFIX.test(reference.rest)
        ? reference.rest.replace(/\d{4}-\d{2}-\d{2}/, entry.date)
        : reference.bracketed
            ? ` - ${entry.date}`
            : '';
    return `${reference.hashes} ${reference.bracketed ? `[${version}]` : version}${suffix}`;
}
function compareVersions(a, b) {
    const parts = (v) => v.split(/[.+-]/).slice(0, 3).map(Number);
    const [left, right] = [parts(a), parts(b)];
    for (let i = 0; i < 3; i++) {
        const diff = (left[i] ?? 0) - (right[i] ?? 0);
        if (diff !== 0)
            return diff;
    }
    return 0;
}
/** Newest first when the first heading is newer than the last; one heading: by its style. */
function isNewestFirst(headings) {
    const [first, last] = [headings[0], headings.at(-1)];
    if (first === undefined || last === undefined)
        return false;
    if (first === last)
        return first.hashes !== '';
    return compareVersions(first.version, last.version) > 0;
}
/**
 * The changelog with an entry for `entry.packageVersion` in the file's style and place; the text
 * as it is when that version already has an entry. `text` undefined: a new Cloudron-style file.
 * Line endings and the file's final newline are kept.
 */
function addChangelogEntry(text, entry) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(entry.date)) {
        throw new Error(`changelog date must be YYYY-MM-DD, got ${entry.date}`);
    }
    const source = text ?? '';
    if (hasChangelogEntry(source, entry.packageVersion))
        return source;
    const eol = source.includes('\r\n') ? '\r\n' : '\n';
    const bullet = /^([*-])[ \t]/m.exec(source)?.[1] ?? '*';
    const headings = findHeadings(source);
    const newestFirst = isNewestFirst(headings);
    const reference = newestFirst ? headings[0] : headings.at(-1);
    const block = [
        headingFor(reference, entry),
        ...(reference?.hashes !== '' && reference?.blankAfter === true ? [''] : []),
        ...renderChangelogLines(entry, bullet),
    ].join(eol);
    if (newestFirst && reference !== undefined) {
        const at = reference.offset;
        return source.slice(0, at) + block + eol + eol + source.slice(at);
    }
    const body = source.replace(/(?:\r?\n|[ \t])*$/, '');
    if (body === '')
        return block + eol;
    const tail = source.slice(body.length);
    return body + eol + eol + block + (/\n/.test(tail) ? tail : '');
}

// EXTERNAL MODULE: ./src/package/dockerfile.ts
var package_dockerfile = __webpack_require__(4016);
// EXTERNAL MODULE: ./src/package/manifest.ts
var package_manifest = __webpack_require__(1459);
;// CONCATENATED MODULE: ./src/package/package-version.ts
/**
 * The package's own version for an upstream update. Cloudron compares package versions to offer
 * updates, so the package version must rise with every upstream change; `auto` makes a new
 * upstream series a package minor and an upstream patch a package patch.
 */


/** Upstream versions from a manifest may lack a patch (`2025.10`); compare them as `2025.10.0`. */
function asSemver(version) {
    return semver_default().parse(version) ?? semver_default().coerce(version, { includePrerelease: true });
}
/** The package bump `auto` picks for an upstream change; undefined when nothing changed. */
function autoBump(previousUpstream, nextUpstream) {
    const next = asSemver(nextUpstream);
    if (next === null) {
        throw new errors/* UserError */.yo('The target upstream version is not a semver version; pick a version such as 2025.10.1.');
    }
    const previous = previousUpstream === undefined ? null : asSemver(previousUpstream);
    // No readable upstream version in the files yet: treat it as a new series.
    if (previous === null)
        return 'minor';
    if (semver_default().eq(previous, next))
        return undefined;
    if (previous.major !== next.major || previous.minor !== next.minor)
        return 'minor';
    return 'patch';
}
/**
 * The next package version. The same upstream version (already released, or a rerun) keeps
 * `current` whatever `bump` says, so running twice bumps once.
 */
function nextPackageVersion(current, previousUpstream, nextUpstream, bump) {
    if (semver_default().valid(current) === null) {
        throw new errors/* UserError */.yo(`The package version '${current}' is not a semver version; fix "version" in the manifest.`);
    }
    const change = autoBump(previousUpstream, nextUpstream);
    if (change === undefined)
        return current;
    const next = semver_default().inc(current, bump === 'auto' ? change : bump);
    if (next === null)
        throw new Error(`semver.inc failed for a valid version ${current}`);
    return next;
}

// EXTERNAL MODULE: ./src/package/versions-file.ts
var versions_file = __webpack_require__(3806);
;// CONCATENATED MODULE: ./src/package/edit.ts
/**
 * The whole package edit for one upstream version, computed and validated in memory: the
 * Dockerfile `ARG`, the manifest's versions, a changelog entry and, when the package publishes
 * one, a CloudronVersions.json entry. Nothing is written here; `files.ts` writes the result, so
 * a file that fails validation stops the run before any file changes.
 */







/**
 * Computes every file's new text. Files that already name `targetVersion` as `upstreamVersion`
 * keep their package version and get no new changelog entry, so a rerun changes nothing.
 */
function planPackageEdit(input) {
    if (semver_default().valid(input.targetVersion) === null) {
        throw new errors/* InputError */.dz('version', 'the target version is not a semver version', 'Use a version such as 2025.10.1');
    }
    const { dockerfile, manifest, changelog, versionsFile } = input;
    const current = (0,package_manifest/* readManifest */.WI)(manifest.text, manifest.path);
    const previousVersion = current.upstreamVersion ?? (0,package_dockerfile/* findArgDefaults */.E)(dockerfile.text, input.versionArg)[0]?.value;
    const packageVersion = nextPackageVersion(current.version, previousVersion, input.targetVersion, input.packageBump);
    const dockerfileAfter = (0,package_dockerfile/* bumpDockerfileArg */.x)(dockerfile.text, input.versionArg, input.targetVersion, dockerfile.path);
    const manifestAfter = (0,package_manifest/* bumpManifest */.Yx)(manifest.text, { version: packageVersion, upstreamVersion: input.targetVersion }, manifest.path);
    const edited = (0,package_manifest/* readManifest */.WI)(manifestAfter, manifest.path).manifest;
    const changelogAfter = packageVersion === current.version
        ? changelog.text
        : addChangelogEntry(changelog.text, {
            packageVersion,
            upstreamName: input.upstreamName,
            version: input.targetVersion,
            previousVersion,
            releaseUrl: input.releaseUrl,
            date: input.date,
            template: input.changelogTemplate,
        });
    const versionsAfter = versionsFile?.text === undefined
        ? versionsFile?.text
        : (0,versions_file/* addVersionEntry */.c)(versionsFile.text, {
            packageVersion,
            manifest: edited,
            dockerImage: versionsFile.dockerImage,
            date: versionsFile.date,
            publishState: versionsFile.publishState,
        }, versionsFile.path).text;
    const candidates = [
        { path: dockerfile.path, before: dockerfile.text, after: dockerfileAfter },
        { path: manifest.path, before: manifest.text, after: manifestAfter },
        { path: changelog.path, before: changelog.text, after: changelogAfter },
        ...(versionsFile === undefined
            ? []
            : [{ path: versionsFile.path, before: versionsFile.text, after: versionsAfter }]),
    ];
    const changes = candidates.filter((change) => change.after !== undefined && change.after !== change.before);
    return {
        changes,
        packageVersion,
        previousPackageVersion: current.version,
        previousVersion,
        manifest: edited,
    };
}

// EXTERNAL MODULE: ./src/upstream/release.ts
var release = __webpack_require__(7092);
;// CONCATENATED MODULE: ./src/modes/package-edit.ts
/** The package edit of one step: settings and the files' texts in, the validated edit out. */


/** `YYYY-MM-DD` in UTC, for changelog dates. */
function isoDate(now) {
    return now.toISOString().slice(0, 10);
}
function planStepEdit(settings, texts, selection, options) {
    const target = selection.target;
    const { dockerImage, now } = options;
    return planPackageEdit({
        dockerfile: texts.dockerfile,
        manifest: texts.manifest,
        changelog: texts.changelog,
        versionsFile: dockerImage === undefined || texts.versionsFile.text === undefined
            ? undefined
            : {
                ...texts.versionsFile,
                dockerImage,
                date: now,
                publishState: settings.package.versionsPublishState,
            },
        targetVersion: target.text,
        versionArg: settings.package.versionArg,
        packageBump: settings.package.packageBump,
        changelogTemplate: settings.package.changelogTemplate,
        upstreamName: settings.upstream.name,
        releaseUrl: (0,release/* releasePageUrl */.E)(settings.github.serverUrl, settings.upstream.repo, selection.targetRelease),
        date: isoDate(now),
    });
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
