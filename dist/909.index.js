export const id = 909;
export const ids = [909];
export const modules = {

/***/ 8932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SN: () => (/* binding */ deleteBranch),
/* harmony export */   _T: () => (/* binding */ readFileAt),
/* harmony export */   kN: () => (/* binding */ readCommit),
/* harmony export */   nl: () => (/* binding */ readFilesAt),
/* harmony export */   pG: () => (/* binding */ readBranch),
/* harmony export */   sg: () => (/* binding */ readRef),
/* harmony export */   wk: () => (/* binding */ BranchMovedError),
/* harmony export */   xh: () => (/* binding */ setBranch),
/* harmony export */   yt: () => (/* binding */ readDefaultBranch),
/* harmony export */   zu: () => (/* binding */ commitFiles)
/* harmony export */ });
/* unused harmony export checkRepoPath */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3116);
/**
 * Branches, files and commits through GitHub's Git Data API (blobs, trees, commits, refs), so a
 * commit needs no clone and, made with the workflow's token, is signed by GitHub. Used by the
 * pull request stage (a rolling branch) and by `release` (one commit on `base`); both decide
 * what to write, this module only writes it.
 */


/**
 * A non-forced branch update that GitHub refused because the branch no longer points at the
 * new commit's parent: someone pushed meanwhile. The caller redoes its edit on the new head.
 */
class BranchMovedError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7 {
    name = 'BranchMovedError';
}
function slug(repo) {
    return `${repo.owner}/${repo.repo}`;
}
async function call(doing, notFound, request) {
    try {
        return await request();
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeGitHubError */ .dZ)(error, doing, notFound);
    }
}
/** A path GitHub's tree API takes as it is: relative, `/`-separated, no `.`, `..` or `.git`. */
function checkRepoPath(path) {
    const segments = path.split('/');
    const bad = segments.some((s) => s === '' || s === '.' || s === '..' || s.toLowerCase() === '.git' || s.includes('\0'));
    if (bad || path.includes('\\')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`'${path}' is not a file path inside the repository; give paths relative to the repository's root, separated by '/'.`);
    }
}
/** The repository's default branch (for `base` left empty). */
async function readDefaultBranch(client, repo) {
    const { data } = await call(`reading the repository ${slug(repo)}`, `the repository ${slug(repo)} does not exist or the token cannot see it. Check the repository name and the token's access.`, () => client.request('GET /repos/{owner}/{repo}', { owner: repo.owner, repo: repo.repo }));
    return data.default_branch;
}
/** The object a ref (`heads/…`, `tags/…`) points at; undefined when there is no such ref. */
async function readRef(client, repo, ref) {
    try {
        const { data } = await client.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
            owner: repo.owner,
            repo: repo.repo,
            ref,
        });
        return data.object.sha;
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c2)(error) === 404)
            return undefined;
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeGitHubError */ .dZ)(error, `reading ${ref} of ${slug(repo)}`, '');
    }
}
/** The commit a branch points at; undefined when there is no such branch. */
function readBranch(client, repo, branch) {
    return readRef(client, repo, `heads/${branch}`);
}
/**
 * Points `branch` at `sha`, creating it when missing. Without `force` the update must be a
 * fast-forward; a refusal then means the branch moved, and BranchMovedError says so.
 */
async function setBranch(client, repo, branch, sha, options) {
    const current = await readBranch(client, repo, branch);
    const doing = `${current === undefined ? 'creating' : 'updating'} the branch ${branch} of ${slug(repo)}`;
    const notFound = `the repository ${slug(repo)} does not exist or the token cannot write to it. Give the token 'contents: write'.`;
    if (current === sha)
        return;
    if (current === undefined) {
        await call(doing, notFound, () => client.request('POST /repos/{owner}/{repo}/git/refs', {
            owner: repo.owner,
            repo: repo.repo,
            ref: `refs/heads/${branch}`,
            sha,
        }));
        return;
    }
    try {
        await client.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
            owner: repo.owner,
            repo: repo.repo,
            ref: `heads/${branch}`,
            sha,
            force: options.force,
        });
    }
    catch (error) {
        // 422 on a non-forced update of a branch that exists: not a fast-forward any more.
        if (!options.force && (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c2)(error) === 422) {
            throw new BranchMovedError(`The branch ${branch} of ${slug(repo)} moved while this run was preparing its commit; run again to redo the change on the new head.`, 422, { cause: error });
        }
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeGitHubError */ .dZ)(error, doing, notFound);
    }
}
/** Deletes a branch; false when it was already gone. */
async function deleteBranch(client, repo, branch) {
    try {
        await client.request('DELETE /repos/{owner}/{repo}/git/refs/{ref}', {
            owner: repo.owner,
            repo: repo.repo,
            ref: `heads/${branch}`,
        });
        return true;
    }
    catch (error) {
        // GitHub answers 422 "Reference does not exist" for a branch already deleted.
        const status = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c2)(error);
        if (status === 422 || status === 404)
            return false;
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeGitHubError */ .dZ)(error, `deleting the branch ${branch} of ${slug(repo)}`, '');
    }
}
async function readCommit(client, repo, sha) {
    const { data } = await call(`reading the commit ${sha} of ${slug(repo)}`, `the commit ${sha} does not exist in ${slug(repo)}.`, () => client.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', {
        owner: repo.owner,
        repo: repo.repo,
        commit_sha: sha,
    }));
    return { sha: data.sha, treeSha: data.tree.sha, parentShas: data.parents.map((p) => p.sha) };
}
/**
 * The tree entries of `paths` under `rootTree` (absent paths are missing from the map), reading
 * only the directories on their way, each once.
 */
async function entriesIn(client, repo, rootTree, paths) {
    const listings = new Map();
    const list = async (treeSha) => {
        let entries = listings.get(treeSha);
        if (!entries) {
            const { data } = await call(`reading a tree of ${slug(repo)}`, 'the tree is gone.', () => client.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
                owner: repo.owner,
                repo: repo.repo,
                tree_sha: treeSha,
            }));
            entries = new Map(data.tree.flatMap((e) => e.path !== undefined &&
                e.mode !== undefined &&
                e.type !== undefined &&
                e.sha !== undefined
                ? [[e.path, { mode: e.mode, type: e.type, sha: e.sha }]]
                : []));
            listings.set(treeSha, entries);
        }
        return entries;
    };
    const found = new Map();
    for (const path of paths) {
        const segments = path.split('/');
        let tree = rootTree;
        for (const [index, segment] of segments.entries()) {
            if (tree === undefined)
                break;
            const entry = (await list(tree)).get(segment);
            if (index === segments.length - 1) {
                if (entry)
                    found.set(path, entry);
            }
            else {
                tree = entry?.type === 'tree' ? entry.sha : undefined;
            }
        }
    }
    return found;
}
/**
 * The text of `paths` in the commit `commitSha` (undefined for a path that is not there).
 * Read through trees and blobs, whose URLs carry only shas: the contents API would need the
 * path in its URL, where octokit encodes `/` as `%2F`, which some token types are refused on.
 */
async function readFilesAt(client, repo, commitSha, paths) {
    for (const path of paths)
        checkRepoPath(path);
    const commit = await readCommit(client, repo, commitSha);
    const entries = await entriesIn(client, repo, commit.treeSha, paths);
    const texts = new Map();
    for (const path of paths) {
        const entry = entries.get(path);
        if (entry && entry.type !== 'blob') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${path} in ${slug(repo)} is not a file; point the input at a file.`);
        }
        if (!entry) {
            texts.set(path, undefined);
            continue;
        }
        const { data: blob } = await call(`reading ${path} in ${slug(repo)}`, `the blob of ${path} is gone.`, () => client.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
            owner: repo.owner,
            repo: repo.repo,
            file_sha: entry.sha,
        }));
        texts.set(path, Buffer.from(blob.content, blob.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8'));
    }
    return texts;
}
/**
 * A file's text at a branch or commit sha; undefined when the file or the branch does not exist.
 */
async function readFileAt(client, repo, path, ref) {
    const sha = /^[0-9a-f]{40}$/.test(ref) ? ref : await readBranch(client, repo, ref);
    if (sha === undefined)
        return undefined;
    return (await readFilesAt(client, repo, sha, [path])).get(path);
}
/**
 * One commit on `parentSha` that changes exactly `files`: a blob per file, a tree made of the
 * parent's tree plus those blobs, and the commit. Returns the new commit's sha, or `parentSha`
 * itself when the files are already as wanted (no empty commits). Refs are not touched.
 */
async function commitFiles(client, repo, options) {
    for (const file of options.files)
        checkRepoPath(file.path);
    const where = slug(repo);
    const noAccess = `the repository ${where} does not exist or the token cannot write to it. Give the token 'contents: write'.`;
    const parent = await readCommit(client, repo, options.parentSha);
    const existing = await entriesIn(client, repo, parent.treeSha, options.files.filter((f) => f.mode === undefined).map((f) => f.path));
    const entries = [];
    for (const file of options.files) {
        const mode = file.mode ?? existing.get(file.path)?.mode ?? '100644';
        if (mode !== '100644' && mode !== '100755') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${file.path} in ${where} is not a regular file (mode ${mode}); only regular files can be written.`);
        }
        const { data: blob } = await call(`storing ${file.path} in ${where}`, noAccess, () => client.request('POST /repos/{owner}/{repo}/git/blobs', {
            owner: repo.owner,
            repo: repo.repo,
            content: Buffer.from(file.content, 'utf8').toString('base64'),
            encoding: 'base64',
        }));
        entries.push({ path: file.path, mode, type: 'blob', sha: blob.sha });
    }
    const { data: tree } = await call(`writing a tree in ${where}`, noAccess, () => client.request('POST /repos/{owner}/{repo}/git/trees', {
        owner: repo.owner,
        repo: repo.repo,
        base_tree: parent.treeSha,
        tree: entries,
    }));
    if (tree.sha === parent.treeSha)
        return parent.sha;
    const { data: commit } = await call(`writing a commit in ${where}`, noAccess, () => client.request('POST /repos/{owner}/{repo}/git/commits', {
        owner: repo.owner,
        repo: repo.repo,
        message: options.message,
        tree: tree.sha,
        parents: [parent.sha],
        ...(options.author ? { author: options.author } : {}),
    }));
    return commit.sha;
}


/***/ }),

/***/ 8801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HA: () => (/* binding */ packageRepository),
/* harmony export */   ox: () => (/* binding */ commitToBase),
/* harmony export */   qN: () => (/* binding */ repoPath)
/* harmony export */ });
/* unused harmony export readPackageFilesAt */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _github_git_data_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8932);
/* harmony import */ var _package_package_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6598);
/**
 * One commit of package files on `base` through the Git Data API, optimistic: the edit is
 * computed from the files at base's head; if base moves before the ref is updated, the edit is
 * redone on the new head (and skipped when that head already has it).
 */




const MAX_ATTEMPTS = 3;
function packageRepository(settings) {
    const repo = settings.github.repository;
    if (repo === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('repository', 'is not set and GITHUB_REPOSITORY is empty', 'Set it to the package repository, owner/name.');
    }
    return repo;
}
/** A package file's path in the repository: relative to the workspace (the checkout's root). */
function repoPath(settings, file) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(settings.package.workspace, file);
    if (path === '' || path.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(path)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('path', `${file} is outside the repository checkout`, 'Run in the checkout and give paths inside it.');
    }
    return path.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
}
function readPackageFilesAt(settings, context, repo, ref) {
    return (0,_package_package_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readPackageTexts */ .dw)(settings.package, (file) => (0,_github_git_data_js__WEBPACK_IMPORTED_MODULE_2__/* .readFileAt */ ._T)(context.github(), repo, repoPath(settings, file), ref), (file, input) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7(`${repo.owner}/${repo.repo} at ${ref.slice(0, 12)} has no ${repoPath(settings, file)}; check '${input}', 'path' and 'base'.`));
}
/**
 * @param edit the changes to make to base's files; none (or undefined) when base already has them
 */
async function commitToBase(settings, context, message, edit) {
    const client = context.github();
    const repo = packageRepository(settings);
    const branch = settings.github.base ?? (await (0,_github_git_data_js__WEBPACK_IMPORTED_MODULE_2__/* .readDefaultBranch */ .yt)(client, repo));
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        const head = await (0,_github_git_data_js__WEBPACK_IMPORTED_MODULE_2__/* .readBranch */ .pG)(client, repo, branch);
        if (head === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7(`The base branch ${branch} of ${repo.owner}/${repo.repo} does not exist. Check 'base'.`, 404);
        }
        const changes = edit(await readPackageFilesAt(settings, context, repo, head)) ?? [];
        if (changes.length === 0) {
            context.logger.info(`${branch} at ${head.slice(0, 7)} already has the change; nothing to commit`);
            return { branch, sha: head, committed: false };
        }
        if (settings.dryRun) {
            context.logger.info(`would commit ${changes.map((c) => repoPath(settings, c.path)).join(', ')} on ${branch} (${message})`);
            return { branch, sha: head, committed: false };
        }
        const sha = await (0,_github_git_data_js__WEBPACK_IMPORTED_MODULE_2__/* .commitFiles */ .zu)(client, repo, {
            parentSha: head,
            files: changes.map((c) => ({ path: repoPath(settings, c.path), content: c.after })),
            message,
        });
        try {
            await (0,_github_git_data_js__WEBPACK_IMPORTED_MODULE_2__/* .setBranch */ .xh)(client, repo, branch, sha, { force: false });
            context.logger.info(`Committed ${sha.slice(0, 7)} on ${branch}: ${message}`);
            return { branch, sha, committed: true };
        }
        catch (error) {
            if (!(error instanceof _github_git_data_js__WEBPACK_IMPORTED_MODULE_2__/* .BranchMovedError */ .wk))
                throw error;
            context.logger.info(`${branch} moved while committing; redoing the edit on its new head (attempt ${attempt + 1})`);
        }
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7(`The branch ${branch} of ${repo.owner}/${repo.repo} kept moving during ${MAX_ATTEMPTS} attempts to commit; run again later.`);
}


/***/ }),

/***/ 9020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ updateCloudronApps)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/cloudron/api.ts
var api = __webpack_require__(1484);
;// CONCATENATED MODULE: ./src/cloudron/clock.ts
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

// EXTERNAL MODULE: ./src/cloudron/text.ts
var cloudron_text = __webpack_require__(1673);
// EXTERNAL MODULE: ./src/cloudron/url.ts
var url = __webpack_require__(9641);
;// CONCATENATED MODULE: ./src/cloudron/client.ts
/**
 * The Cloudron REST client: the four calls a deploy needs, over Node's fetch with a bearer token.
 * Reads are retried with backoff when the server fails (5xx) or the connection drops or times
 * out. The update POST is never repeated blindly: when its answer is lost, the app itself says
 * whether the update started, and its task is followed instead of asking again.
 */





const TOKEN_FIX = 'Create an API token with "Read and Write" access (Cloudron dashboard → Profile → API Tokens) ' +
    'and put it in `cloudron-token` (CLI: CLOUDRON_TOKEN)';
class CloudronClient {
    host;
    clock;
    timeoutMs;
    maxAttempts;
    retryBaseMs;
    options;
    constructor(options) {
        this.options = options;
        // Checked again here so no caller can send the token over plain http to another machine.
        this.host = (0,url/* parseCloudronUrl */.f)(options.url.href).host;
        this.clock = options.clock ?? systemClock;
        this.timeoutMs = options.requestTimeoutMs ?? 30_000;
        this.maxAttempts = Math.max(1, options.maxAttempts ?? 5);
        this.retryBaseMs = options.retryBaseMs ?? 1000;
    }
    async listApps() {
        return this.parse('GET', '/apps', await this.read('/apps'), api/* readAppList */.eC);
    }
    async getApp(appId) {
        const path = `/apps/${encodeURIComponent(appId)}`;
        return this.parse('GET', path, await this.read(path), api/* readApp */.uW);
    }
    async getTask(taskId) {
        const path = `/tasks/${encodeURIComponent(taskId)}`;
        return this.parse('GET', path, await this.read(path), (body) => (0,api/* readTask */.gv)(body, this.options.token));
    }
    async updateApp(appId, body) {
        const path = `/apps/${encodeURIComponent(appId)}/update`;
        const version = String(body.manifest['version']);
        const dockerImage = String(body.manifest['dockerImage']);
        let answerLost = false;
        for (let attempt = 1;; attempt++) {
            const outcome = await this.once('POST', path, body);
            if (outcome.kind === 'answer' && outcome.status === 202) {
                return {
                    taskId: this.parse('POST', path, outcome.body, api/* readUpdateStarted */.rh),
                    recovered: answerLost,
                };
            }
            // A 409 after a lost answer most likely means the lost request did start the update.
            const conflictAfterLoss = answerLost && outcome.kind === 'answer' && outcome.status === 409;
            if (!isTransient(outcome) && !conflictAfterLoss)
                throw this.refusal('POST', path, outcome);
            this.options.logger?.warning(`Cloudron ${this.host}: the answer to the update of app ${appId} was lost ` +
                `(${describe(outcome)}); looking at the app before asking again`);
            await this.clock.sleep(this.backoff(attempt));
            const app = await this.getApp(appId);
            if (app.taskId !== undefined)
                return { taskId: app.taskId, recovered: true };
            if ((0,api/* runsManifest */.il)(app, version, dockerImage) || app.installationState.startsWith('pending_')) {
                return { taskId: undefined, recovered: true };
            }
            if (conflictAfterLoss)
                throw this.refusal('POST', path, outcome);
            if (attempt >= this.maxAttempts)
                throw this.gaveUp('POST', path, outcome, attempt);
            // The app shows no task and the old manifest: the update did not start, so asking again
            // cannot start a second one (and Cloudron answers 409 should the first arrive late).
            answerLost = true;
        }
    }
    /** GET with retries on 5xx and lost answers; returns the body of a 200. */
    async read(path) {
        for (let attempt = 1;; attempt++) {
            const outcome = await this.once('GET', path);
            if (outcome.kind === 'answer' && outcome.status === 200)
                return outcome.body;
            if (!isTransient(outcome))
                throw this.refusal('GET', path, outcome);
            if (attempt >= this.maxAttempts)
                throw this.gaveUp('GET', path, outcome, attempt);
            const wait = this.backoff(attempt);
            this.options.logger?.debug(`Cloudron GET /api/v1${path}: ${describe(outcome)}; retrying in ${(0,cloudron_text/* formatDuration */.a3)(wait)} ` +
                `(attempt ${attempt + 1} of ${this.maxAttempts})`);
            await this.clock.sleep(wait);
        }
    }
    async once(method, path, body) {
        const headers = {
            Authorization: `Bearer ${this.options.token}`,
            Accept: 'application/json',
        };
        if (body !== undefined)
            headers['Content-Type'] = 'application/json';
        try {
            const response = await fetch(new URL(`/api/v1${path}`, this.options.url), {
                method,
                headers,
                body: body === undefined ? undefined : JSON.stringify(body),
                // A redirect would be followed without us knowing where the token goes.
                redirect: 'manual',
                signal: AbortSignal.timeout(this.timeoutMs),
            });
            const text = await response.text();
            let parsed;
            try {
                parsed = text === '' ? undefined : JSON.parse(text);
            }
            catch {
                parsed = undefined;
            }
            return { kind: 'answer', status: response.status, body: parsed };
        }
        catch (error) {
            return { kind: 'lost', reason: networkReason(error, this.timeoutMs) };
        }
    }
    parse(method, path, body, read) {
        try {
            return read(body);
        }
        catch (error) {
            if (!(error instanceof api/* UnexpectedAnswer */.M7))
                throw error;
            throw new errors/* ServiceError */._7(`Cloudron ${this.host} answered ${method} /api/v1${path} with ${error.message}; ` +
                'check that cloudron-url is the Cloudron dashboard address');
        }
    }
    refusal(method, path, outcome) {
        const where = `Cloudron ${this.host} ${method} /api/v1${path}`;
        if (outcome.kind === 'lost')
            return new errors/* ServiceError */._7(`${where}: ${outcome.reason}`);
        const status = outcome.status;
        if (status === 401) {
            return new errors/* ServiceError */._7(`${where}: the API token was rejected (HTTP 401). ${TOKEN_FIX}`, status);
        }
        if (status === 403) {
            return new errors/* ServiceError */._7(`${where}: the API token may not do this (HTTP 403); a Readonly token cannot update apps. ${TOKEN_FIX}`, status);
        }
        if (status === 409) {
            return new errors/* ServiceError */._7(`${where}: refused (HTTP 409), the app is busy or in an error state; ` +
                'repair it in the Cloudron dashboard, then rerun', status);
        }
        if (status >= 300 && status < 400) {
            return new errors/* ServiceError */._7(`${where}: answered with a redirect (HTTP ${status}); set cloudron-url to the address the dashboard is served from`, status);
        }
        if (status === 404) {
            return new errors/* ServiceError */._7(`${where}: not found (HTTP 404); check that cloudron-url is the Cloudron dashboard address and the app still exists`, status);
        }
        return new errors/* ServiceError */._7(`${where}: refused with HTTP ${status}; see the Cloudron dashboard's event log`, status);
    }
    gaveUp(method, path, outcome, attempts) {
        return new errors/* ServiceError */._7(`Cloudron ${this.host} ${method} /api/v1${path}: ${describe(outcome)} on each of ${attempts} attempts; ` +
            `check that ${this.host} is up and reachable, then rerun`, outcome.kind === 'answer' ? outcome.status : undefined);
    }
    backoff(attempt) {
        return Math.min(this.retryBaseMs * 2 ** (attempt - 1), 30_000);
    }
}
function isTransient(outcome) {
    return outcome.kind === 'lost' || outcome.status >= 500;
}
function describe(outcome) {
    return outcome.kind === 'lost' ? outcome.reason : `HTTP ${outcome.status}`;
}
/** Why a request got no answer, from the error's name and code only (never its text). */
function networkReason(error, timeoutMs) {
    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
        return `no answer within ${(0,cloudron_text/* formatDuration */.a3)(timeoutMs)}`;
    }
    const cause = error instanceof Error ? error.cause : undefined;
    const code = typeof cause?.code === 'string' && /^[A-Z_]{2,40}$/.test(cause.code) ? cause.code : undefined;
    if (code === 'ECONNREFUSED')
        return 'connection refused';
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        return `host name not resolved (${code})`;
    return code === undefined ? 'connection dropped' : `connection dropped (${code})`;
}

// EXTERNAL MODULE: ./src/cloudron/deploy.ts + 3 modules
var deploy = __webpack_require__(8562);
;// CONCATENATED MODULE: ./src/modes/cloudron-step.ts
/** The Cloudron stage of `release` and `deploy`: the configured apps moved to the new image. */




/** Undefined when no `cloudron-url` is set: there is nothing to update. */
async function updateCloudronApps(settings, context, input) {
    const { cloudron } = settings;
    if (cloudron.url === undefined)
        return undefined;
    if (cloudron.token === undefined) {
        throw new errors/* InputError */.dz('cloudron-token', "is empty while 'cloudron-url' is set", 'Give a Cloudron API token with Read and Write access (CLI: CLOUDRON_TOKEN).');
    }
    if (cloudron.apps.length === 0) {
        throw new errors/* InputError */.dz('cloudron-apps', "is empty while 'cloudron-url' is set", 'List the apps to update by id or domain.');
    }
    if (settings.dryRun) {
        for (const app of cloudron.apps) {
            context.logger.info(`would update ${app} on ${cloudron.url.host} to ${input.dockerImage} (POST /api/v1/apps/{id}/update)`);
        }
        return [];
    }
    const client = new CloudronClient({
        url: cloudron.url,
        token: cloudron.token,
        logger: context.logger,
        clock: systemClock,
    });
    return (0,deploy/* updateApps */.s)({
        apps: cloudron.apps,
        manifest: input.manifest,
        dockerImage: input.dockerImage,
        packageVersion: input.packageVersion,
        skipBackup: cloudron.skipBackup,
        force: cloudron.force,
        timeoutMs: cloudron.timeoutMs,
        waitHealthy: cloudron.waitHealthy,
    }, { client, logger: context.logger, clock: systemClock });
}


/***/ }),

/***/ 8328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ buildAndPushImage),
  z: () => (/* binding */ imageFor)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var exec = __webpack_require__(1260);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/image/reference.ts
/**
 * Image names and tags, checked against the distribution reference grammar
 * (github.com/distribution/reference, `reference.go`):
 *
 *   name             := [domain '/'] path-component ['/' path-component]*
 *   domain           := host [':' port-number]
 *   host             := domain-name | '[' IPv6address ']'
 *   domain-name      := domain-component ['.' domain-component]*
 *   domain-component := /([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])/
 *   path-component   := /[a-z0-9]+/ [separator /[a-z0-9]+/]*
 *   separator        := /[_.]|__|[-]+/
 *   tag              := /[\w][\w.-]{0,127}/
 *
 * Written by hand: no small, maintained npm package implements this grammar, and the rules are
 * a few regular expressions. Like Docker, the first component is a domain only when it holds a
 * '.' or a ':' or is `localhost`; otherwise the name is on Docker Hub.
 */
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`;
// Loose on purpose: the registry, not us, decides whether an IPv6 address is reachable.
const IPV6 = '\\[[0-9a-fA-F:.]+\\]';
const DOMAIN = new RegExp(`^(?:${DOMAIN_NAME}|${IPV6})(?::[0-9]+)?$`);
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[_.]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const MAX_NAME_LENGTH = 255;
/** The registry Docker assumes for a name without a domain. */
const DOCKER_HUB = 'docker.io';
/** The value as it may appear in a one-line message: quoted, and cut when long. */
function quoteForMessage(value) {
    const shown = value.length > 80 ? `${value.slice(0, 77)}...` : value;
    return JSON.stringify(shown);
}
function splitDomain(name) {
    const slash = name.indexOf('/');
    if (slash === -1)
        return { domain: undefined, path: name };
    const first = name.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
        return { domain: first, path: name.slice(slash + 1) };
    }
    return { domain: undefined, path: name };
}
/**
 * Why `name` is not a valid image repository name, or undefined when it is. The reasons are
 * phrased for the packager: what is wrong, in words, not the grammar.
 */
function imageNameProblem(name) {
    if (name === '')
        return 'is empty';
    if (/\s/.test(name))
        return 'contains whitespace';
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(name))
        return 'starts with a URL scheme such as https://';
    if (name.length > MAX_NAME_LENGTH)
        return `is longer than ${MAX_NAME_LENGTH} characters`;
    if (name.includes('@'))
        return 'includes a digest (@sha256:...)';
    if (name.endsWith(':'))
        return "ends with ':'";
    if (name.endsWith('/'))
        return "ends with '/'";
    const { domain, path } = splitDomain(name);
    if (domain !== undefined && !DOMAIN.test(domain)) {
        return `has an invalid registry host ${quoteForMessage(domain)}`;
    }
    if (path === '')
        return 'has no repository path after the registry host';
    if (path.includes(':'))
        return 'includes a tag';
    for (const component of path.split('/')) {
        if (component === '')
            return "has an empty path component ('//')";
        if (/[A-Z]/.test(component))
            return 'has uppercase letters; repository paths are lowercase';
        if (!PATH_COMPONENT.test(component)) {
            return (`has an invalid path component ${quoteForMessage(component)}: use lowercase letters ` +
                'and digits, separated by one of . _ __ -');
        }
    }
    return undefined;
}
/** Splits a name that `imageNameProblem` accepted; undefined when it does not. */
function parseImageName(name) {
    if (imageNameProblem(name) !== undefined)
        return undefined;
    return splitDomain(name);
}
/** The host to log in to for an image name: its domain, or Docker Hub. */
function registryHost(name) {
    return name.domain ?? DOCKER_HUB;
}
/** Whether `tag` is a valid image tag: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`. */
function isValidTag(tag) {
    return TAG.test(tag);
}
/** Whether `digest` is a sha256 content digest, as the builders write it. */
function isSha256Digest(digest) {
    return /^sha256:[a-f0-9]{64}$/.test(digest);
}

;// CONCATENATED MODULE: ./src/image/commands.ts

function metadataFile(outputs) {
    return `${outputs.dir}/metadata.json`;
}
function digestFile(outputs, index) {
    return `${outputs.dir}/digest-${index}`;
}
function reference(job, tag) {
    return `${job.name}:${tag}`;
}
function commonBuildArgs(job) {
    const args = ['--file', job.dockerfile];
    if (job.platforms.length > 0)
        args.push('--platform', job.platforms.join(','));
    for (const buildArg of job.buildArgs)
        args.push('--build-arg', buildArg);
    for (const label of job.labels)
        args.push('--label', `${label.name}=${label.value}`);
    return args;
}
function credentials(job) {
    return job.username !== undefined && job.password !== undefined;
}
/** `docker buildx build`: one command builds, tags and pushes; the digest is in its metadata. */
function buildxCommands(job, outputs) {
    // `docker login docker.io` stores the login under a key the pushes do not look up; without a
    // server argument docker uses Docker Hub's own key.
    const server = job.registry === DOCKER_HUB ? [] : [job.registry];
    const build = ['buildx', 'build', ...commonBuildArgs(job)];
    for (const tag of job.tags)
        build.push('--tag', reference(job, tag));
    build.push('--metadata-file', metadataFile(outputs));
    // --load cannot hold a multi-platform image in the classic image store: such a build
    // without push only fills the build cache.
    if (job.push)
        build.push('--push');
    else if (job.platforms.length <= 1)
        build.push('--load');
    build.push(job.contextDir);
    return {
        login: credentials(job)
            ? {
                tool: 'docker',
                step: 'login',
                args: ['login', '--username', job.username, '--password-stdin', ...server],
                stdin: 'password',
            }
            : undefined,
        build: [{ tool: 'docker', step: 'build', args: build }],
        push: [],
        cleanup: [],
        logout: credentials(job)
            ? { tool: 'docker', step: 'logout', args: ['logout', ...server] }
            : undefined,
        digest: { format: 'buildx-metadata', file: metadataFile(outputs) },
    };
}
/**
 * buildah and podman share their command lines: build into local storage, then push each tag
 * with `--digestfile`. Several platforms make a manifest list under a private local name (an
 * existing list of the same name would gain duplicate entries), pushed with all its images.
 */
function containersCommands(tool, buildVerb, job, outputs) {
    const tls = job.tlsVerify ? [] : ['--tls-verify=false'];
    const multiPlatform = job.platforms.length > 1;
    const build = [buildVerb, ...commonBuildArgs(job)];
    if (multiPlatform)
        build.push('--manifest', outputs.listName);
    else
        for (const tag of job.tags)
            build.push('--tag', reference(job, tag));
    build.push(job.contextDir);
    const pushArgs = (tag, index) => {
        const destination = `docker://${reference(job, tag)}`;
        const file = ['--digestfile', digestFile(outputs, index)];
        return multiPlatform
            ? ['manifest', 'push', '--all', ...tls, ...file, outputs.listName, destination]
            : ['push', ...tls, ...file, reference(job, tag), destination];
    };
    const push = job.push
        ? job.tags.map((tag, index) => ({ tool, step: 'push', args: pushArgs(tag, index) }))
        : [];
    return {
        login: credentials(job)
            ? {
                tool,
                step: 'login',
                args: ['login', ...tls, '--username', job.username, '--password-stdin', job.registry],
                stdin: 'password',
            }
            : undefined,
        build: [{ tool, step: 'build', args: build }],
        push,
        cleanup: multiPlatform
            ? [{ tool, step: 'cleanup', args: ['manifest', 'rm', outputs.listName] }]
            : [],
        logout: credentials(job) ? { tool, step: 'logout', args: ['logout', job.registry] } : undefined,
        // Every push writes the digest of the same manifest; the first tag is the package version.
        digest: job.push ? { format: 'digestfile', file: digestFile(outputs, 0) } : undefined,
    };
}
/** `buildah bud` (its long-standing name for `build`) and `buildah push --digestfile`. */
function buildahCommands(job, outputs) {
    return containersCommands('buildah', 'bud', job, outputs);
}
/** `podman build` and `podman push --digestfile`. */
function podmanCommands(job, outputs) {
    return containersCommands('podman', 'build', job, outputs);
}
function imageCommands(job, outputs) {
    switch (job.builder) {
        case 'docker':
            return buildxCommands(job, outputs);
        case 'buildah':
            return buildahCommands(job, outputs);
        case 'podman':
            return podmanCommands(job, outputs);
    }
}
/** Every command in the order the runner runs them. */
function commandSequence(commands) {
    return [
        ...(commands.login === undefined ? [] : [commands.login]),
        ...commands.build,
        ...commands.push,
        ...commands.cleanup,
        ...(commands.logout === undefined ? [] : [commands.logout]),
    ];
}
const SHELL_SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;
/** A command as a person would type it, for logs and the dry-run plan (display only). */
function renderCommand(command) {
    const words = [command.tool, ...command.args].map((word) => SHELL_SAFE.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`);
    const line = words.join(' ');
    return command.stdin === 'password' ? `${line} <<< '***'` : line;
}

;// CONCATENATED MODULE: ./src/image/output.ts
/**
 * What the builders print, made safe to show: secrets replaced, long lines cut, and the last
 * lines kept for the error message of a failed command; and the digest files they write.
 */

const MASK = '***';
const MAX_LINE_LENGTH = 400;
/** `text` with every occurrence of every secret replaced by `***`. */
function scrubSecrets(text, secrets) {
    let clean = text;
    // Longest first, so a secret that contains another is masked whole.
    for (const secret of [...secrets].filter((s) => s !== '').sort((a, b) => b.length - a.length)) {
        clean = clean.split(secret).join(MASK);
    }
    return clean;
}
/** The last `size` lines seen, each already scrubbed and cut to a readable length. */
class LogTail {
    #size;
    #lines = [];
    constructor(size) {
        this.#size = size;
    }
    push(line) {
        const cut = line.length > MAX_LINE_LENGTH ? `${line.slice(0, MAX_LINE_LENGTH)}...` : line;
        this.#lines.push(cut);
        if (this.#lines.length > this.#size)
            this.#lines.shift();
    }
    get lines() {
        return this.#lines;
    }
}
/** The tail as an indented block under an error's headline, or nothing when it is empty. */
function formatTail(lines) {
    if (lines.length === 0)
        return ' It printed nothing.';
    return ` Last ${lines.length} lines of its output:\n${lines.map((l) => `  | ${l}`).join('\n')}`;
}
/**
 * The digest in a file a builder wrote: the `containerimage.digest` of a `docker buildx build
 * --metadata-file` JSON document, or the whole of a buildah/podman `--digestfile`. Undefined
 * when there is none or it is not `sha256:<64 hex>`.
 */
function parseDigest(format, text) {
    const digest = format === 'digestfile' ? text.trim() : metadataDigest(text);
    return digest !== undefined && isSha256Digest(digest) ? digest : undefined;
}
function metadataDigest(text) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (typeof parsed !== 'object' || parsed === null)
        return undefined;
    const digest = parsed['containerimage.digest'];
    return typeof digest === 'string' ? digest : undefined;
}

// EXTERNAL MODULE: ./src/loopback.ts
var loopback = __webpack_require__(2082);
;// CONCATENATED MODULE: ./src/image/plan.ts
/**
 * What to build and push: the image settings and the package's facts turned into one validated
 * `ImageJob`. Pure: the clock is injected, nothing is read from the environment.
 */



const DEFAULT_IMAGE_TAGS = ['{package-version}', 'latest'];
const TAG_PLACEHOLDERS = ['package-version', 'version', 'upstream-name', 'sha'];
const TAG_RULE = 'A tag is up to 128 letters, digits, _, . and -, and starts with a letter, digit or _';
const BUILD_ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;
/** `{sha}` is the short commit, as git abbreviates it and as tags usually carry it. */
const SHORT_SHA_LENGTH = 7;
/** The OCI labels every image carries; `created` comes from the injected clock. */
function imageLabels(facts, created) {
    const labels = [
        { name: 'org.opencontainers.image.title', value: facts.title },
        { name: 'org.opencontainers.image.version', value: facts.packageVersion },
    ];
    if (facts.sourceUrl !== undefined) {
        labels.push({ name: 'org.opencontainers.image.source', value: facts.sourceUrl });
    }
    if (facts.revision !== undefined) {
        labels.push({ name: 'org.opencontainers.image.revision', value: facts.revision });
    }
    labels.push({ name: 'org.opencontainers.image.created', value: created.toISOString() }, { name: 'io.cloudron.upstream-version', value: facts.upstreamVersion });
    return labels;
}
/**
 * The tags from the `image-tags` templates, in order, without blanks and duplicates. The
 * package-version tag moves first: it is the tag Cloudron pulls, and it must be there.
 */
function resolveImageTags(templates, facts) {
    const values = {
        'package-version': facts.packageVersion,
        version: facts.upstreamVersion,
        'upstream-name': facts.upstreamName,
        sha: facts.revision?.slice(0, SHORT_SHA_LENGTH),
    };
    const tags = [];
    for (const template of templates.map((line) => line.trim()).filter((line) => line !== '')) {
        const tag = template.replace(/\{([^{}]*)\}/g, (_match, key) => {
            if (!TAG_PLACEHOLDERS.includes(key)) {
                throw new errors/* InputError */.dz('image-tags', `unknown placeholder ${quoteForMessage(`{${key}}`)}`, `Use ${TAG_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`);
            }
            const value = values[key];
            if (value === undefined) {
                throw new errors/* InputError */.dz('image-tags', `{${key}} is used but the commit is not known in this run`, 'Remove {sha} from image-tags or run on a commit');
            }
            return value;
        });
        if (!isValidTag(tag)) {
            throw new errors/* InputError */.dz('image-tags', `${quoteForMessage(tag)} (from ${quoteForMessage(template)}) is not a valid image tag`, TAG_RULE);
        }
        if (!tags.includes(tag))
            tags.push(tag);
    }
    const primary = tags.indexOf(facts.packageVersion);
    if (primary === -1) {
        throw new errors/* InputError */.dz('image-tags', `no tag is the package version ${facts.packageVersion}, the tag Cloudron pulls`, 'Add {package-version} to image-tags');
    }
    return [facts.packageVersion, ...tags.filter((tag) => tag !== facts.packageVersion)];
}
function validateBuildArgs(buildArgs, versionArg) {
    return buildArgs
        .filter((line) => line.trim() !== '')
        .map((line) => {
        const equals = line.indexOf('=');
        const name = equals === -1 ? line : line.slice(0, equals);
        if (equals === -1 || !BUILD_ARG_NAME.test(name)) {
            throw new errors/* InputError */.dz('build-args', `${quoteForMessage(name)} is not KEY=value`, 'Give one KEY=value per line; KEY is letters, digits and _');
        }
        if (name === versionArg) {
            throw new errors/* InputError */.dz('build-args', `${name} is set, but it is always the upstream version`, `Remove ${name} from build-args`);
        }
        return line;
    });
}
function validatePlatforms(platforms) {
    const cleaned = platforms.map((p) => p.trim()).filter((p) => p !== '');
    for (const platform of cleaned) {
        if (!PLATFORM.test(platform)) {
            throw new errors/* InputError */.dz('platforms', `${quoteForMessage(platform)} is not os/arch[/variant]`, 'Use platforms such as linux/amd64 or linux/arm64/v8');
        }
    }
    return [...new Set(cleaned)];
}
/** Throws an InputError unless `name` is a valid image repository name. */
function assertImageName(name) {
    const problem = imageNameProblem(name);
    if (problem !== undefined) {
        throw new errors/* InputError */.dz('image', `${quoteForMessage(name)} is not a valid image name: it ${problem}`, 'Give the repository without tag, e.g. docker.io/you/app or ghcr.io/you/app');
    }
}
/**
 * Checks what a hand-made job could get wrong before any command runs: the name, every tag,
 * and that credentials come in pairs.
 */
function assertValidJob(job) {
    assertImageName(job.name);
    for (const tag of job.tags) {
        if (!isValidTag(tag)) {
            throw new errors/* InputError */.dz('image-tags', `${quoteForMessage(tag)} is not a valid image tag`, TAG_RULE);
        }
    }
    if (job.tags.length === 0) {
        throw new errors/* InputError */.dz('image-tags', 'no tags', 'Give at least {package-version}');
    }
    if ((job.username === undefined) !== (job.password === undefined)) {
        const missing = job.username === undefined ? 'registry-username' : 'registry-password';
        throw new errors/* InputError */.dz(missing, 'is not set while the other registry credential is', 'Set both registry-username and registry-password, or neither');
    }
}
/** The job for one build: validates everything, so a bad input fails before any command. */
function planImageJob(settings, facts, clock, options = {}) {
    if (settings.name === undefined || settings.name === '') {
        throw new errors/* InputError */.dz('image', 'is not set', 'Set image to the repository to push to, e.g. docker.io/you/app');
    }
    assertImageName(settings.name);
    if (!BUILD_ARG_NAME.test(facts.versionArg)) {
        throw new errors/* InputError */.dz('version-arg', `${quoteForMessage(facts.versionArg)} is not a build-arg name`, 'Use letters, digits and _, e.g. AK_VERSION');
    }
    const name = settings.name;
    const parsed = parseImageName(name);
    if (parsed === undefined)
        throw new Error('unreachable: the name was validated');
    const templates = settings.tags.length === 0 ? DEFAULT_IMAGE_TAGS : settings.tags;
    const job = {
        builder: settings.builder,
        contextDir: facts.contextDir,
        dockerfile: facts.dockerfile,
        name,
        tags: resolveImageTags(templates, facts),
        platforms: validatePlatforms(settings.platforms),
        buildArgs: [
            `${facts.versionArg}=${facts.upstreamVersion}`,
            ...validateBuildArgs(settings.buildArgs, facts.versionArg),
        ],
        labels: imageLabels(facts, clock()),
        push: settings.push,
        registry: registryHost(parsed),
        username: emptyToUndefined(settings.registryUsername),
        password: emptyToUndefined(settings.registryPassword),
        // Like Docker's own default, a registry on this machine is spoken to over plain HTTP.
        tlsVerify: options.tlsVerify ?? !(0,loopback/* isLoopbackHost */.c)(registryHost(parsed).replace(/:\d+$/, '')),
        dryRun: options.dryRun ?? false,
    };
    assertValidJob(job);
    return job;
}
function emptyToUndefined(value) {
    return value === '' ? undefined : value;
}

;// CONCATENATED MODULE: ./src/image/build.ts
/**
 * Runs an image job: log in through stdin, build, push, read the digest the builder wrote, log
 * out. The thin effectful side of `commands.ts`; every command goes through `@actions/exec`
 * with an argument array, and everything it prints is scrubbed before it is logged or kept.
 */









const TAIL_LINES = 20;
/** Builds (and pushes) the image; throws InputError or ServiceError with a one-line headline. */
async function buildImage(job, deps) {
    assertValidJob(job);
    const image = `${job.name}:${job.tags[0]}`;
    const secrets = secretsOf(job);
    if (job.dryRun) {
        const outputs = buildOutputs((0,external_node_path_.join)(deps.tempDir, 'cloudron-release-image-XXXXXX'), 'RUN-ID');
        const commands = commandSequence(imageCommands(job, outputs)).map((command) => scrubSecrets(renderCommand(command), secrets));
        for (const command of commands)
            deps.logger.info(`would run: ${command}`);
        return { image, digest: undefined, commands };
    }
    const env = processEnv(deps.env);
    const toolPath = await findOnPath(job.builder, env.PATH ?? '');
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(deps.tempDir, 'cloudron-release-image-'));
    const outputs = buildOutputs(dir, (0,external_node_crypto_.randomUUID)());
    const commands = imageCommands(job, outputs);
    const context = { job, logger: deps.logger, env, toolPath, secrets };
    const ran = [];
    let loggedIn = false;
    try {
        if (commands.login !== undefined) {
            await run(commands.login, context, ran);
            loggedIn = true;
        }
        let built = false;
        try {
            for (const command of commands.build)
                await run(command, context, ran);
            built = true;
            for (const command of commands.push)
                await run(command, context, ran);
        }
        finally {
            if (built)
                for (const command of commands.cleanup)
                    await runQuietly(command, context, ran);
        }
        const digest = commands.digest === undefined ? undefined : await readDigest(commands.digest, job);
        if (digest !== undefined)
            deps.logger.info(`${job.push ? 'Pushed' : 'Built'} ${image}@${digest}`);
        return { image, digest, commands: ran };
    }
    finally {
        if (loggedIn && commands.logout !== undefined) {
            await runQuietly(commands.logout, context, ran);
        }
        await (0,promises_.rm)(outputs.dir, { recursive: true, force: true });
    }
}
/** The password, and the forms a tool could print it in (a basic-auth token). */
function secretsOf(job) {
    if (job.password === undefined)
        return [];
    const basic = Buffer.from(`${job.username ?? ''}:${job.password}`).toString('base64');
    return [job.password, basic];
}
/** The run's folder, and a local manifest list name that no other run uses. */
function buildOutputs(dir, runId) {
    return { dir, listName: `localhost/cloudron-release-build:${runId}` };
}
function processEnv(extra) {
    const env = {};
    for (const [key, value] of Object.entries(process.env)) {
        if (value !== undefined)
            env[key] = value;
    }
    return { ...env, ...extra };
}
/** The builder's executable on `path`; a clear InputError instead of exec's own message. */
async function findOnPath(tool, path) {
    for (const dir of path.split(external_node_path_.delimiter).filter((d) => d !== '')) {
        const candidate = (0,external_node_path_.join)(dir, tool);
        try {
            await (0,promises_.access)(candidate, external_node_fs_.constants.X_OK);
            return candidate;
        }
        catch {
            // not in this folder
        }
    }
    throw new errors/* InputError */.dz('builder', `'${tool}' is not installed (not found on PATH)`, 'Install it on the runner or choose another builder: docker, buildah or podman');
}
async function build_exec(command, context, tail) {
    const onLine = (line) => {
        const clean = scrubSecrets(line, context.secrets);
        tail.push(clean);
        context.logger.info(clean);
    };
    const input = command.stdin === 'password' && context.job.password !== undefined
        ? Buffer.from(context.job.password)
        : undefined;
    try {
        const { exitCode } = await (0,exec/* getExecOutput */.H)(context.toolPath, command.args, {
            env: context.env,
            silent: true,
            ignoreReturnCode: true,
            input,
            listeners: { stdline: onLine, errline: onLine },
        });
        return { exitCode };
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { startError: scrubSecrets(message, context.secrets) };
    }
}
async function run(command, context, ran) {
    const rendered = scrubSecrets(renderCommand(command), context.secrets);
    ran.push(rendered);
    context.logger.info(`$ ${rendered}`);
    const tail = new LogTail(TAIL_LINES);
    const outcome = await build_exec(command, context, tail);
    if ('exitCode' in outcome && outcome.exitCode === 0)
        return;
    const how = 'exitCode' in outcome ? `exited with code ${outcome.exitCode}` : 'could not be started';
    throw new errors/* ServiceError */._7(`${failureHeadline(command, context.job)} ('${command.tool} ${command.args[0]}' ${how}).` +
        formatTail('startError' in outcome ? [outcome.startError] : tail.lines));
}
/** A step whose failure must not hide the outcome of the job: cleanup and logout. */
async function runQuietly(command, context, ran) {
    try {
        await run(command, context, ran);
    }
    catch (error) {
        const headline = error instanceof Error ? (error.message.split('\n')[0] ?? '') : '';
        context.logger.warning(scrubSecrets(headline, context.secrets));
    }
}
function failureHeadline(command, job) {
    switch (command.step) {
        case 'login':
            return (`Registry login to ${job.registry} failed: check that the registry is reachable and ` +
                'that registry-username and registry-password are right');
        case 'build':
            return `Image build of ${job.name} failed: see the builder's output below`;
        case 'push':
            return (`Image push to ${job.name} failed: check that the registry is reachable and that ` +
                'the credentials may push to this repository');
        case 'cleanup':
            return `Removing the local manifest list failed; it is left in the builder's storage`;
        case 'logout':
            return `Registry logout from ${job.registry} failed; the login stays in the builder's auth file`;
    }
}
/** The digest the builder itself wrote; a push without one is an error, never a guess. */
async function readDigest(source, job) {
    let text;
    try {
        text = await (0,promises_.readFile)(source.file, 'utf8');
    }
    catch {
        text = undefined;
    }
    const digest = text === undefined ? undefined : parseDigest(source.format, text);
    if (digest !== undefined || !job.push)
        return digest;
    throw new errors/* ServiceError */._7(`Image pushed, but ${job.builder} reported no sha256 digest in ${(0,external_node_path_.basename)(source.file)}: ` +
        'update the builder to a version that writes it');
}

;// CONCATENATED MODULE: ./src/modes/image-step.ts
/** The image stage of `release` and `deploy`: the package's image built and pushed. */



/** The image Cloudron pulls for a package version: `{image}:{package-version}`. */
function imageFor(settings, packageVersion) {
    if (!settings.image.name) {
        throw new errors/* InputError */.dz('image', 'is not set', `Set 'image' to the repository to push to, e.g. docker.io/you/app.`);
    }
    return `${settings.image.name}:${packageVersion}`;
}
async function buildAndPushImage(settings, context, facts) {
    if (!settings.image.push && !settings.dryRun) {
        // A commit or a Cloudron update must never name an image that was not pushed.
        throw new errors/* InputError */.dz('push', `is false, but mode '${settings.mode}' needs the image pushed`, "Set 'push: true', or use mode 'bump' to edit files only.");
    }
    const { github, upstream, package: pkg } = settings;
    const repository = github.repository;
    const job = planImageJob(settings.image, {
        contextDir: pkg.dir,
        dockerfile: pkg.dockerfile,
        versionArg: pkg.versionArg,
        title: typeof facts.manifest.title === 'string' ? facts.manifest.title : upstream.name,
        packageVersion: facts.packageVersion,
        upstreamVersion: facts.upstreamVersion,
        upstreamName: upstream.name,
        sourceUrl: repository && `${github.serverUrl}/${repository.owner}/${repository.repo}`,
        revision: github.sha,
    }, context.now, { dryRun: settings.dryRun });
    const result = await buildImage(job, { logger: context.logger, tempDir: context.tempDir });
    if (!settings.dryRun && result.digest === undefined) {
        throw new Error(`the builder reported no digest for ${result.image}`);
    }
    return result;
}


/***/ })

};
