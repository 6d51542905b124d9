export const id = 350;
export const ids = [350];
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

/***/ 4526:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ memberOf),
/* harmony export */   Ey: () => (/* binding */ scanJson),
/* harmony export */   df: () => (/* binding */ positionOf)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * A JSON scanner that keeps byte positions. The manifest and CloudronVersions.json must be edited
 * in place: `JSON.parse` + `JSON.stringify` would lose the packager's key order quirks, indentation
 * (tabs, 4 spaces, one-line arrays), line endings and escapes, so a one-value change would become
 * a whole-file rewrite. This scanner accepts exactly RFC 8259 JSON (what `JSON.parse` accepts,
 * plus a leading UTF-8 BOM), reports the first error with its line and column, and returns the
 * spans of every value so callers can replace one value and leave every other byte alone.
 */

/** 1-based line and column of an offset. */
function positionOf(text, offset) {
    const before = text.slice(0, offset);
    const lastNewline = before.lastIndexOf('\n');
    // Editors do not count a byte-order mark as a column.
    const bom = lastNewline === -1 && text.startsWith('\uFEFF') ? 1 : 0;
    return { line: before.split('\n').length, column: offset - lastNewline - bom };
}
/** Scans `text` as JSON; a syntax error is a PackageError naming `file`, line and column. */
function scanJson(text, file) {
    const scanner = new Scanner(text, file);
    const root = scanner.document();
    const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
    return { root, value: JSON.parse(body) };
}
/** The member of an object node with this key (the last one, as `JSON.parse` keeps). */
function memberOf(node, key) {
    if (node.kind !== 'object')
        return undefined;
    return node.members.findLast((member) => member.key === key);
}
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
class Scanner {
    offset = 0;
    text;
    file;
    constructor(text, file) {
        this.text = text;
        this.file = file;
    }
    document() {
        if (this.text.startsWith('\uFEFF'))
            this.offset = 1;
        const root = this.value();
        this.skipWhitespace();
        if (this.offset < this.text.length)
            this.fail('unexpected text after the end of the JSON value');
        return root;
    }
    fail(problem, at = this.offset) {
        const { line, column } = positionOf(this.text, at);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PackageError */ .JP(this.file, `invalid JSON: ${problem}. Fix the file and run again.`, {
            line,
            column,
        });
    }
    describeHere() {
        const char = this.text[this.offset];
        if (char === undefined)
            return 'the end of the file';
        return JSON.stringify(char);
    }
    skipWhitespace() {
        while (WHITESPACE.has(this.text[this.offset] ?? ''))
            this.offset++;
    }
    expect(char, what) {
        this.skipWhitespace();
        if (this.text[this.offset] !== char)
            this.fail(`expected ${what}, found ${this.describeHere()}`);
        this.offset++;
    }
    value() {
        this.skipWhitespace();
        const start = this.offset;
        const char = this.text[start];
        if (char === '{')
            return this.object();
        if (char === '[') {
            this.array();
            return { kind: 'array', start, end: this.offset };
        }
        if (char === '"') {
            this.string();
            return { kind: 'string', start, end: this.offset };
        }
        for (const literal of ['true', 'false', 'null']) {
            if (this.text.startsWith(literal, start)) {
                this.offset += literal.length;
                return { kind: 'literal', start, end: this.offset };
            }
        }
        NUMBER.lastIndex = start;
        if (NUMBER.test(this.text)) {
            this.offset = NUMBER.lastIndex;
            return { kind: 'number', start, end: this.offset };
        }
        return this.fail(`expected a value, found ${this.describeHere()}`);
    }
    object() {
        const start = this.offset++;
        const members = [];
        this.skipWhitespace();
        if (this.text[this.offset] === '}') {
            this.offset++;
            return { kind: 'object', start, end: this.offset, members };
        }
        for (;;) {
            this.skipWhitespace();
            if (this.text[this.offset] !== '"') {
                this.fail(`expected a quoted key, found ${this.describeHere()}`);
            }
            const keyStart = this.offset;
            this.string();
            const keyEnd = this.offset;
            const key = JSON.parse(this.text.slice(keyStart, keyEnd));
            this.expect(':', "':' after the key");
            members.push({ key, keyStart, keyEnd, value: this.value() });
            this.skipWhitespace();
            const next = this.text[this.offset];
            if (next === ',') {
                this.offset++;
                continue;
            }
            if (next === '}') {
                this.offset++;
                return { kind: 'object', start, end: this.offset, members };
            }
            this.fail(`expected ',' or '}' after a value, found ${this.describeHere()}`);
        }
    }
    array() {
        this.offset++;
        this.skipWhitespace();
        if (this.text[this.offset] === ']') {
            this.offset++;
            return;
        }
        for (;;) {
            this.value();
            this.skipWhitespace();
            const next = this.text[this.offset];
            this.offset++;
            if (next === ']')
                return;
            if (next !== ',') {
                this.offset--;
                this.fail(`expected ',' or ']' after a value, found ${this.describeHere()}`);
            }
        }
    }
    string() {
        const start = this.offset++;
        for (;;) {
            const char = this.text[this.offset];
            if (char === undefined)
                this.fail('unterminated string', start);
            if (char === '"') {
                this.offset++;
                return;
            }
            if (char.charCodeAt(0) < 0x20)
                this.fail('control character in a string (escape it)');
            if (char === '\\') {
                const escaped = this.text[this.offset + 1] ?? '';
                if (escaped === 'u') {
                    HEX4.lastIndex = this.offset + 2;
                    if (!HEX4.test(this.text))
                        this.fail('invalid \\u escape');
                    this.offset += 6;
                    continue;
                }
                if (!ESCAPES.has(escaped))
                    this.fail('invalid escape in a string');
                this.offset += 2;
                continue;
            }
            this.offset++;
        }
    }
}


/***/ }),

/***/ 1459:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   Yx: () => (/* binding */ bumpManifest),
/* harmony export */   yl: () => (/* binding */ validateManifest)
/* harmony export */ });
/* harmony import */ var cloudron_manifestformat__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2771);
/* harmony import */ var cloudron_manifestformat__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(cloudron_manifestformat__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _json_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4526);
/**
 * `CloudronManifest.json`: read the package and upstream versions, and change them in place.
 * The values are located with the position-keeping scanner in json-text.ts rather than
 * `JSON.parse`/`JSON.stringify`, because a round trip would rewrite the packager's formatting
 * (indentation, one-line arrays, escapes, line endings) and turn a two-value bump into a
 * whole-file diff.
 */




function scanManifest(text, file) {
    const { root, value } = (0,_json_text_js__WEBPACK_IMPORTED_MODULE_3__/* .scanJson */ .Ey)(text, file);
    if (root.kind !== 'object') {
        const { line, column } = (0,_json_text_js__WEBPACK_IMPORTED_MODULE_3__/* .positionOf */ .df)(text, root.start);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PackageError */ .JP(file, 'the manifest must be a JSON object ({ ... })', { line, column });
    }
    const manifest = value;
    const versionMember = (0,_json_text_js__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(root, 'version');
    if (versionMember === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PackageError */ .JP(file, 'the manifest has no "version"; add the package\'s semver version');
    }
    const version = manifest.version;
    if (typeof version !== 'string' || semver__WEBPACK_IMPORTED_MODULE_1___default().valid(version) === null) {
        const { line, column } = (0,_json_text_js__WEBPACK_IMPORTED_MODULE_3__/* .positionOf */ .df)(text, versionMember.value.start);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PackageError */ .JP(file, '"version" is not a semver version; set it to the package\'s version, e.g. "1.0.0"', { line, column });
    }
    const upstreamMember = (0,_json_text_js__WEBPACK_IMPORTED_MODULE_3__/* .memberOf */ .C5)(root, 'upstreamVersion');
    const upstreamVersion = manifest.upstreamVersion;
    if (upstreamMember !== undefined && typeof upstreamVersion !== 'string') {
        const { line, column } = (0,_json_text_js__WEBPACK_IMPORTED_MODULE_3__/* .positionOf */ .df)(text, upstreamMember.value.start);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PackageError */ .JP(file, '"upstreamVersion" must be a string, e.g. "2025.10.1"', {
            line,
            column,
        });
    }
    return {
        version,
        upstreamVersion: upstreamVersion,
        manifest,
        root,
        versionMember,
        upstreamMember,
    };
}
/** The versions and the parsed manifest; invalid JSON or a non-semver `version` is an error. */
function readManifest(text, file) {
    const { version, upstreamVersion, manifest } = scanManifest(text, file);
    return { version, upstreamVersion, manifest };
}
/** Runs Cloudron's own manifest check; a failure names the file and the validator's message. */
function validateManifest(manifest, file) {
    const error = cloudron_manifestformat__WEBPACK_IMPORTED_MODULE_0___default().parse(manifest);
    if (error !== null) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PackageError */ .JP(file, `the manifest does not pass Cloudron's manifest check (${error.message}); fix it and run again`);
    }
}
function replaceValue(text, member, value) {
    const current = JSON.parse(text.slice(member.value.start, member.value.end));
    if (current === value)
        return [];
    return [{ start: member.value.start, end: member.value.end, text: JSON.stringify(value) }];
}
/** A new `"upstreamVersion": …` member right after `version`, laid out like `version`'s line. */
function insertAfter(text, scanned, value) {
    const { root, versionMember } = scanned;
    const index = root.members.indexOf(versionMember);
    const previous = root.members[index - 1];
    const gap = previous === undefined
        ? text.slice(root.start + 1, versionMember.keyStart)
        : text.slice(previous.value.end, versionMember.keyStart);
    const separator = previous === undefined ? gap : gap.slice(gap.indexOf(',') + 1);
    const colon = text.slice(versionMember.keyEnd, versionMember.value.start);
    const end = versionMember.value.end;
    const inserted = `,${separator}"upstreamVersion"${colon}${JSON.stringify(value)}`;
    return { start: end, end, text: inserted };
}
/**
 * Sets `version` and `upstreamVersion`, changing only the bytes of those two values (or adding
 * `upstreamVersion` after `version` when it is missing), then checks the result with Cloudron's
 * manifest validator. Values already equal keep their bytes, so a second run changes nothing.
 */
function bumpManifest(text, versions, file) {
    if (semver__WEBPACK_IMPORTED_MODULE_1___default().valid(versions.version) === null) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PackageError */ .JP(file, 'the new package version is not a semver version; use a version such as 1.4.0');
    }
    const scanned = scanManifest(text, file);
    const replacements = [
        ...replaceValue(text, scanned.versionMember, versions.version),
        ...(scanned.upstreamMember === undefined
            ? [insertAfter(text, scanned, versions.upstreamVersion)]
            : replaceValue(text, scanned.upstreamMember, versions.upstreamVersion)),
    ].sort((a, b) => b.start - a.start);
    let result = text;
    for (const { start, end, text: replacement } of replacements) {
        result = result.slice(0, start) + replacement + result.slice(end);
    }
    validateManifest((0,_json_text_js__WEBPACK_IMPORTED_MODULE_3__/* .scanJson */ .Ey)(result, file).value, file);
    return result;
}


/***/ }),

/***/ 6598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G$: () => (/* binding */ applyPackageChanges),
  eZ: () => (/* binding */ readPackageFiles),
  dw: () => (/* binding */ readPackageTexts)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/package/current-version.ts
var current_version = __webpack_require__(2048);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/package/files.ts
/**
 * Writing a set of package files as one change: either every file gets its new text or none does.
 * Each file goes through a temporary file in its own directory and a rename (a rename within a
 * directory is atomic, so no reader sees half a file); everything that can fail before the first
 * rename (the target's type, permissions, disk space) is tried first, and the originals are kept
 * aside as hard links so a rename failing midway can put the earlier files back.
 */





function errorCode(error) {
    return error?.code ?? String(error);
}
function sidePath(target, suffix) {
    const name = `.${external_node_path_default().basename(target)}.cloudron-release-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.${suffix}`;
    return external_node_path_default().join(external_node_path_default().dirname(target), name);
}
async function existingStats(file) {
    try {
        return await external_node_fs_.promises.stat(file);
    }
    catch (error) {
        if (errorCode(error) === 'ENOENT')
            return undefined;
        throw error;
    }
}
async function keepOriginal(target) {
    const backup = sidePath(target, 'orig');
    try {
        await external_node_fs_.promises.link(target, backup);
    }
    catch {
        // Some file systems have no hard links; a copy keeps the same content.
        await external_node_fs_.promises.copyFile(target, backup, external_node_fs_.constants.COPYFILE_EXCL);
    }
    return backup;
}
async function prepare(change, prepared) {
    const stats = await existingStats(change.path);
    if (stats !== undefined && !stats.isFile()) {
        throw new errors/* PackageError */.JP(change.path, 'is not a regular file; replace it with the file itself');
    }
    const target = stats === undefined ? change.path : await external_node_fs_.promises.realpath(change.path);
    if (stats !== undefined)
        await external_node_fs_.promises.access(target, external_node_fs_.constants.W_OK);
    const temp = sidePath(target, 'tmp');
    const entry = { file: change.path, target, temp, backup: undefined };
    prepared.push(entry);
    const handle = await external_node_fs_.promises.open(temp, 'wx', 0o600);
    try {
        await handle.writeFile(change.text, 'utf8');
        await handle.chmod(stats === undefined ? 0o644 : stats.mode & 0o7777);
        await handle.sync();
    }
    finally {
        await handle.close();
    }
    if (stats !== undefined)
        entry.backup = await keepOriginal(target);
}
async function removeQuietly(file) {
    if (file !== undefined)
        await external_node_fs_.promises.rm(file, { force: true }).catch(() => undefined);
}
async function cleanUp(prepared) {
    for (const entry of prepared) {
        await removeQuietly(entry.temp);
        await removeQuietly(entry.backup);
    }
}
/**
 * Puts back the files already renamed. Names any it could not restore, with where its original
 * is kept (that copy is then left in place for the person to recover by hand).
 */
async function restore(done) {
    const failed = [];
    for (const entry of done.toReversed()) {
        try {
            if (entry.backup === undefined)
                await external_node_fs_.promises.rm(entry.target, { force: true });
            else
                await external_node_fs_.promises.rename(entry.backup, entry.target);
        }
        catch {
            failed.push(entry.backup === undefined
                ? entry.file
                : `${entry.file} (original kept as ${entry.backup})`);
        }
        entry.backup = undefined;
    }
    return failed;
}
/**
 * Writes every file, or none: the texts must be computed and validated before this is called.
 * A file that cannot be written (a directory in its place, a read-only file or folder, a parent
 * that is not a folder) fails the whole set before any file changes.
 */
async function writeFilesAtomically(changes, ops = { rename: (from, to) => external_node_fs_.promises.rename(from, to) }) {
    const names = changes.map((change) => external_node_path_default().resolve(change.path));
    if (new Set(names).size !== names.length) {
        throw new Error('writeFilesAtomically: the same file is listed twice');
    }
    const prepared = [];
    for (const change of changes) {
        try {
            await prepare(change, prepared);
        }
        catch (error) {
            await cleanUp(prepared);
            if (error instanceof errors/* PackageError */.JP)
                throw error;
            throw new errors/* PackageError */.JP(change.path, `cannot be written (${errorCode(error)}); no file was changed. Check that the file and its folder are writable`, { cause: error });
        }
    }
    const done = [];
    for (const entry of prepared) {
        try {
            await ops.rename(entry.temp, entry.target);
            done.push(entry);
        }
        catch (error) {
            const unrestored = await restore(done);
            await cleanUp(prepared);
            const outcome = unrestored.length === 0
                ? 'no file was changed'
                : `these files could not be restored: ${unrestored.join(', ')}`;
            throw new errors/* PackageError */.JP(entry.file, `cannot be replaced (${errorCode(error)}); ${outcome}. Check the folder and run again`, { cause: error });
        }
    }
    await cleanUp(prepared);
}

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(7291);
;// CONCATENATED MODULE: ./src/package/unified-diff.ts
/** A file's change as a unified diff, for dry runs and plans (pure). */

/**
 * The unified diff of `path` from `before` to `after` (`before` undefined: a new file), with
 * `a/`/`b/` names like git's; empty when nothing changed.
 */
function unifiedDiff(path, before, after) {
    if (before === after)
        return '';
    const oldName = before === undefined ? '/dev/null' : `a/${path}`;
    return (0,create/* createTwoFilesPatch */.ss)(oldName, `b/${path}`, before ?? '', after, undefined, undefined, {
        headerOptions: create/* FILE_HEADERS_ONLY */.jr,
        context: 3,
    });
}

;// CONCATENATED MODULE: ./src/package/package-files.ts
/**
 * The package's files on disk: read them for an edit, and apply an edit (or, with dry-run,
 * print it as unified diffs). The edit itself is computed by the pure `planPackageEdit`.
 */





async function readOptional(path, workspace) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new errors/* PackageError */.JP((0,current_version/* displayPath */.Gt)(workspace, path), `cannot be read (${error.code}).`, {
            cause: error,
        });
    }
}
/** Reads the package's four files through `read` (undefined: missing), from disk or a commit. */
async function readPackageTexts(pkg, read, missing) {
    const [dockerfile, manifest, changelog, versionsFile] = await Promise.all([pkg.dockerfile, pkg.manifest, pkg.changelog, pkg.versionsFile].map(read));
    if (dockerfile === undefined)
        throw missing(pkg.dockerfile, 'dockerfile');
    if (manifest === undefined)
        throw missing(pkg.manifest, 'manifest');
    return {
        dockerfile: { path: pkg.dockerfile, text: dockerfile },
        manifest: { path: pkg.manifest, text: manifest },
        changelog: { path: pkg.changelog, text: changelog },
        versionsFile: { path: pkg.versionsFile, text: versionsFile },
    };
}
/** The package's files in the working tree. */
function readPackageFiles(pkg) {
    const { workspace } = pkg;
    return readPackageTexts(pkg, (file) => readOptional(file, workspace), (file, input) => new errors/* PackageError */.JP((0,current_version/* displayPath */.Gt)(workspace, file), `not found. Check the '${input}' and 'path' inputs.`));
}
/** Writes every change as one (all or nothing); with dry-run prints the diffs instead. */
async function applyPackageChanges(changes, options) {
    if (options.dryRun) {
        for (const change of changes) {
            options.logger.info(unifiedDiff((0,current_version/* displayPath */.Gt)(options.workspace, change.path), change.before, change.after));
        }
        return;
    }
    await writeFilesAtomically(changes.map((change) => ({ path: change.path, text: change.after })));
}


/***/ }),

/***/ 3806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ addVersionEntry)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _json_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4526);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1459);
/**
 * `CloudronVersions.json`, Cloudron's community publishing file: one entry per released package
 * version. Entries are published history, so an existing entry is never rewritten; a new one is
 * inserted as text after the last entry (see json-text.ts for why not JSON.stringify the whole
 * file), laid out like the file's own entries.
 */



function entryFor(input, file) {
    const manifest = { ...input.manifest, dockerImage: input.dockerImage };
    (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .validateManifest */ .yl)(manifest, file);
    // Date#toUTCString is the RFC 1123 form ("Tue, 10 Feb 2026 12:00:00 GMT").
    const stamp = input.date.toUTCString();
    return { manifest, creationDate: stamp, ts: stamp, publishState: input.publishState };
}
/** The indentation of one nesting level: the first indented line's whitespace, else 2 spaces. */
function indentUnit(text) {
    return /^([ \t]+)\S/m.exec(text)?.[1] ?? '  ';
}
function indentJson(value, unit, indent, eol) {
    return JSON.stringify(value, null, unit)
        .split('\n')
        .join(eol + indent);
}
function versionsObject(text, file) {
    const { root } = (0,_json_text_js__WEBPACK_IMPORTED_MODULE_1__/* .scanJson */ .Ey)(text, file);
    const versions = (0,_json_text_js__WEBPACK_IMPORTED_MODULE_1__/* .memberOf */ .C5)(root, 'versions');
    if (root.kind !== 'object' || versions === undefined || versions.value.kind !== 'object') {
        const { line, column } = (0,_json_text_js__WEBPACK_IMPORTED_MODULE_1__/* .positionOf */ .df)(text, versions?.value.start ?? root.start);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PackageError */ .JP(file, 'expected {"stable": true, "versions": {...}}; fix the file', {
            line,
            column,
        });
    }
    return versions.value;
}
/** The text with `key: value` added as the last member of `node`. */
function appendMember(text, node, key, value) {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const unit = indentUnit(text);
    const last = node.members.at(-1);
    if (last === undefined) {
        if (!text.includes('\n')) {
            return `${text.slice(0, node.start)}{${key}:${JSON.stringify(value)}}${text.slice(node.end)}`;
        }
        const lineStart = text.lastIndexOf('\n', node.start) + 1;
        const parentIndent = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
        const indent = parentIndent + unit;
        const member = `${key}: ${indentJson(value, unit, indent, eol)}`;
        const object = `{${eol}${indent}${member}${eol}${parentIndent}}`;
        return text.slice(0, node.start) + object + text.slice(node.end);
    }
    const previous = node.members.at(-2);
    const gap = text.slice(previous?.value.end ?? node.start + 1, last.keyStart);
    const separator = previous === undefined ? gap : gap.slice(gap.indexOf(',') + 1);
    const colon = text.slice(last.keyEnd, last.value.start);
    const indent = separator.slice(separator.lastIndexOf('\n') + 1);
    const valueText = separator.includes('\n')
        ? indentJson(value, unit, indent, eol)
        : JSON.stringify(value);
    const at = last.value.end;
    return `${text.slice(0, at)},${separator}${key}${colon}${valueText}${text.slice(at)}`;
}
/**
 * Adds the entry for `input.packageVersion`. Already there with the same image: unchanged; with
 * another image: an error, because a published version must not change under its users.
 * `text` undefined: a new file.
 */
function addVersionEntry(text, input, file) {
    const entry = entryFor(input, file);
    if (text === undefined) {
        const created = { stable: true, versions: { [input.packageVersion]: entry } };
        return { text: `${JSON.stringify(created, null, 2)}\n`, changed: true };
    }
    const node = versionsObject(text, file);
    const existing = (0,_json_text_js__WEBPACK_IMPORTED_MODULE_1__/* .memberOf */ .C5)(node, input.packageVersion);
    if (existing !== undefined) {
        const value = JSON.parse(text.slice(existing.value.start, existing.value.end));
        const image = value.manifest?.dockerImage;
        if (image === input.dockerImage)
            return { text, changed: false };
        const { line, column } = (0,_json_text_js__WEBPACK_IMPORTED_MODULE_1__/* .positionOf */ .df)(text, existing.keyStart);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PackageError */ .JP(file, `version ${input.packageVersion} is already published with another image; bump the package version instead of replacing a published one`, { line, column });
    }
    const result = appendMember(text, node, JSON.stringify(input.packageVersion), entry);
    const added = (0,_json_text_js__WEBPACK_IMPORTED_MODULE_1__/* .memberOf */ .C5)(versionsObject(result, file), input.packageVersion);
    const written = added === undefined ? undefined : JSON.parse(result.slice(added.value.start, added.value.end));
    if (JSON.stringify(written) !== JSON.stringify(entry)) {
        throw new Error(`adding ${input.packageVersion} to ${file} produced a different entry`);
    }
    return { text: result, changed: true };
}


/***/ })

};
