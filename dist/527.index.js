export const id = 527;
export const ids = [527];
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

/***/ 9527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pullRequest: () => (/* binding */ pullRequest)
});

// EXTERNAL MODULE: ./src/package/current-version.ts
var current_version = __webpack_require__(2048);
// EXTERNAL MODULE: ./src/package/package-files.ts + 2 modules
var package_files = __webpack_require__(6598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/versioning/version.ts
var version = __webpack_require__(3520);
;// CONCATENATED MODULE: ./src/pr/notes.ts
const ZWSP = '\u200b';
const REDIRECT_HOST = 'https://redirect.github.com';
// Printable characters that can make a mention or a reference when an entity spells them.
const DECODABLE = /^[A-Za-z0-9@#/._-]$/;
const NAMED_ENTITIES = {
    commat: '@',
    num: '#',
    sol: '/',
    period: '.',
    lowbar: '_',
    UnderBar: '_',
};
/** Decodes until nothing changes, so `&&#35;64;` cannot leave a fresh `&#64;` behind. */
function decodeEntities(text) {
    for (let before = ''; before !== text;) {
        before = text;
        text = decodeOnce(text);
    }
    return text;
}
function decodeOnce(text) {
    return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]+));/g, (entity, dec, hex, name) => {
        if (name !== undefined)
            return NAMED_ENTITIES[name] ?? entity;
        const char = String.fromCodePoint(Math.min(Number.parseInt(dec ?? hex, dec ? 10 : 16), 0x10ffff));
        return DECODABLE.test(char) ? char : entity;
    });
}
// C0 controls but tab and newline, DEL, and the bidirectional overrides and isolates.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;
/** Control and bidirectional-override characters: never needed in notes, able to mislead. */
function stripControls(text) {
    return text.replace(/\r\n?/g, '\n').replace(CONTROLS, '');
}
const ISSUE_PATH = String.raw `\/[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}\/(?:issues|pull|pulls|discussions)\/\d+`;
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
class NoteRewriter {
    context;
    onGitHubCom;
    /** An issue URL of the server, whatever scheme, user part or `www.` comes before the host. */
    issueUrl;
    token;
    constructor(context) {
        this.context = context;
        const host = new URL(context.serverUrl).host.toLowerCase();
        this.onGitHubCom = host === 'github.com';
        const hostPattern = this.onGitHubCom ? String.raw `(?:www\.)?github\.com` : escapeRegExp(host);
        const issuePrefix = String.raw `(?:https?:)?(?:\/\/)?(?:[^\s\/@<>()\[\]\x60"']*@)?${hostPattern}(?::\d+)?`;
        this.issueUrl = new RegExp(`${issuePrefix}(${ISSUE_PATH})`, 'gi');
        // The alternatives, tried in this order at each position:
        // - an issue URL anywhere, even inside another URL, so no back-reference survives;
        // - other URLs, consumed whole (their `#fragment` and `@` stay as they are) only where
        //   GitHub surely links them: after a space or `(`, with a dotted domain, and never past
        //   the start of another URL or of an issue URL;
        // - references glued to a letter (`#12abc`) are not links on GitHub; `hash` neutralises
        //   them and any other `#` or `GH-` before a digit (`x.o/r#3`) but a numeric entity's, in case GitHub's reference rules are wider than
        //   ours; and every `@` before a letter or digit is neutralised, e-mail addresses too,
        //   because a replacement before it can change what precedes it.
        this.token = new RegExp([
            String.raw `<(?<autolink>https?:\/\/[^\s<>]+)>`,
            String.raw `\[(?<linkText>[^\[\]\n]*)\]\((?<linkDest>[^()\s]*)(?:[ \t]+"[^"\n]*")?\)`,
            `(?<issue>${issuePrefix}${ISSUE_PATH})`,
            String.raw `(?<=^|[\s(])(?<url>(?:https?:\/\/|www\.)[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)+(?:(?!(?:https?:)?\/\/|${hostPattern}\/)[^\s<>"'\x60\[\]()])*)`,
            String.raw `(?<![A-Za-z0-9_.\/-])(?<xowner>[A-Za-z0-9][A-Za-z0-9-]{0,38})\/(?<xrepo>[A-Za-z0-9._-]{1,100})\\?#(?<xnum>\d+)(?![A-Za-z0-9_])`,
            String.raw `(?<![A-Za-z0-9_&#\/])\\?(?:#|GH-)(?<num>\d+)(?![A-Za-z0-9_])`,
            String.raw `@(?=[A-Za-z0-9])`,
            String.raw `(?<hash>(?<!&)#(?=\d)|#(?=\d)(?!\d{1,7};)|GH-(?=\d))`,
            '<',
        ].join('|'), 'gi');
    }
    /** A reference to an issue or PR: a link that back-references nothing, or plain code text. */
    reference(owner, repo, number) {
        if (!this.onGitHubCom)
            return `\`${owner}/${repo}#${number}\``;
        const label = `${owner}/${repo}`.replace(/GH-(?=\d)/gi, `$&${ZWSP}`);
        return `[${label}#${ZWSP}${number}](${REDIRECT_HOST}/${owner}/${repo}/issues/${number})`;
    }
    /**
     * `url` with every issue URL of the server in it pointed at the redirect host; undefined when
     * it names an issue on a server without one (it must not be a link then).
     */
    url(url) {
        if (!this.onGitHubCom)
            return new RegExp(this.issueUrl.source, 'i').test(url) ? undefined : url;
        return url.replace(this.issueUrl, (_whole, path) => `${REDIRECT_HOST}${path}`);
    }
    /**
     * A link's destination: a URL as `url()` makes it, with the characters that could end an
     * autolink percent-encoded (GitHub shows the destination as text when the link does not
     * form, e.g. after `\\[`); anything else neutralised like text.
     */
    destination(dest) {
        if (!/^https?:\/\//i.test(dest))
            return this.rewrite(dest, false);
        return this.url(dest)?.replace(/[<>`"']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    }
    /** One pass over the text, leftmost token first; `linked`: references may become links. */
    rewrite(text, linked) {
        return text.replace(this.token, (match, ...rest) => {
            const groups = rest.at(-1);
            if (groups.autolink !== undefined) {
                const url = this.url(groups.autolink);
                return url === undefined ? unlinked(groups.autolink) : `<${url}>`;
            }
            if (groups.linkText !== undefined) {
                const label = this.rewrite(groups.linkText, false);
                const url = this.destination(groups.linkDest);
                return url === undefined
                    ? `${label} (${unlinked(groups.linkDest)})`
                    : `[${label}](${url})`;
            }
            if (groups.issue !== undefined)
                return this.url(groups.issue) ?? unlinked(groups.issue);
            if (groups.url !== undefined)
                return groups.url;
            if (groups.xnum !== undefined || groups.num !== undefined) {
                // In link text: only neutralised.
                if (!linked)
                    return match.replace(/(?:#|GH-)(?=\d)/gi, `$&${ZWSP}`);
                if (groups.xnum !== undefined)
                    return this.reference(groups.xowner, groups.xrepo, groups.xnum);
                const { owner, repo } = this.context.upstream;
                return this.reference(owner, repo, groups.num);
            }
            if (match === '@')
                return `@${ZWSP}`;
            if (groups.hash !== undefined)
                return `${match}${ZWSP}`;
            return `<${ZWSP}`;
        });
    }
}
/** Code text, which GitHub neither links nor references (backticks inside would end it). */
function unlinked(text) {
    return `\`${text.replaceAll('`', '')}\``;
}
/**
 * The notes as blockquote lines (`> …`), safe to place between `<details>` and `</details>`
 * with a blank line on each side.
 */
function quotedNotes(notes, context) {
    // Comments go first, so what they separated is judged joined (`@<!-- -->name`).
    const plain = decodeEntities(stripControls(notes).replace(/<!--[\s\S]*?-->/g, ''));
    const text = new NoteRewriter(context)
        .rewrite(plain, true)
        .replace(/^(?:[ \t]*\n)+/, '')
        .trimEnd();
    if (text === '')
        return [];
    return text.split('\n').map((line) => (line.trim() === '' ? '>' : `> ${line}`));
}
/** Whether the notes say anything about breaking changes (for the warning block). */
function mentionsBreakingChanges(notes) {
    return /\bbreaking[\s_-]*changes?\b/i.test(stripControls(notes));
}

;// CONCATENATED MODULE: ./src/pr/body.ts
/**
 * The pull request's words: title, branch name and body. Pure: validated versions, settings and
 * release notes in, text out. The notes are made safe in `notes.ts`; here they are arranged
 * (newest first, each in a collapsed `<details>`) and shrunk to fit GitHub's size limit.
 */



/**
 * GitHub refuses bodies over 65,536 characters. It counts differently from JavaScript's UTF-16
 * length for some text, so the body aims lower.
 */
const MAX_BODY_LENGTH = 60_000;
/** Where authentik explains the breaking changes of a series; `{series}` is e.g. `2025.10`. */
const DEFAULT_BREAKING_CHANGES_URL = 'https://docs.goauthentik.io/docs/releases/{series}#breaking-changes';
/** Backslash-escapes what could make a setting's text into markup in a table or a sentence. */
function escapeMarkdown(text) {
    return text.replace(/[\\`*_[\]<>|#@!~]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}
function trimSlash(url) {
    return url.replace(/\/+$/, '');
}
function releasesPage(input) {
    return `${trimSlash(input.serverUrl)}/${input.upstreamRepo.owner}/${input.upstreamRepo.repo}/releases`;
}
function releasePage(input, release) {
    return `${releasesPage(input)}/tag/${release.tagPath}`;
}
function header(input) {
    const name = escapeMarkdown(input.upstreamName);
    const { current, target } = input;
    return [
        `Updates **${name}** from \`${current.upstream.text}\` to \`${target.upstream.text}\` (a ${input.updateType} update).`,
        '',
        '| | Current | Target |',
        '| --- | --- | --- |',
        `| ${name} | \`${current.upstream.text}\` | \`${target.upstream.text}\` |`,
        `| Package | \`${current.package}\` | \`${target.package}\` |`,
        '',
    ].join('\n');
}
/** The series the step enters, oldest first, each with its oldest release in the step. */
function seriesEntered(input) {
    const from = (0,version/* seriesOf */.Lf)(input.current.upstream);
    const entered = new Map();
    const versions = [...input.releases].sort((a, b) => (0,version/* compareVersions */.Zy)(a.version, b.version));
    for (const release of versions) {
        const series = (0,version/* seriesOf */.Lf)(release.version);
        if (series !== from && !entered.has(series))
            entered.set(series, release);
    }
    const targetSeries = (0,version/* seriesOf */.Lf)(input.target.upstream);
    if (targetSeries !== from && !entered.has(targetSeries))
        entered.set(targetSeries, undefined);
    return [...entered].map(([series, first]) => ({ series, first }));
}
function warning(input) {
    const template = input.breakingChangesUrl ?? DEFAULT_BREAKING_CHANGES_URL;
    const lines = [];
    const entered = seriesEntered(input);
    if (entered.length > 0) {
        const links = entered.map(({ series, first }) => {
            const url = template !== ''
                ? template.replaceAll('{series}', series)
                : first
                    ? releasePage(input, first)
                    : releasesPage(input);
            return `[${series}](${url})`;
        });
        lines.push(`This update enters the ${entered.map((e) => `**${e.series}**`).join(', ')} series. Read the breaking changes of ${links.join(', ')} before merging.`);
    }
    const breaking = input.releases
        .filter((r) => mentionsBreakingChanges(r.notes))
        .map((r) => r.version.text);
    if (breaking.length > 0) {
        lines.push(`The release notes of ${breaking.join(', ')} mention breaking changes.`);
    }
    if (lines.length === 0)
        return '';
    return ['> [!WARNING]', ...lines.map((line) => `> ${line}`), ''].join('\n');
}
function summary(release) {
    const date = release.publishedAt ? ` · ${release.publishedAt.toISOString().slice(0, 10)}` : '';
    const pre = release.prerelease ? ' (prerelease)' : '';
    return `<summary><b>${release.version.text}</b>${pre}${date}</summary>`;
}
/** One release's collapsed section; `lines` are its quoted notes, possibly cut. */
function section(input, release, lines, cut) {
    const notes = lines.length === 0 && !cut ? ['_No release notes._'] : [...lines];
    if (cut)
        notes.push(...(lines.length > 0 ? ['>', '> …'] : []), '', '_The notes are too long to show here in full._');
    return [
        '<details>',
        summary(release),
        '',
        ...notes,
        '',
        `[${release.version.text} on the releases page](${releasePage(input, release)})`,
        '',
        '</details>',
        '',
    ].join('\n');
}
function omitted(input, releases) {
    if (releases.length === 0)
        return '';
    return [
        'Older releases of this step, whose notes did not fit:',
        ...releases.map((r) => `- [${r.version.text}](${releasePage(input, r)})`),
        '',
    ].join('\n');
}
function footer(input, shortened) {
    if (!shortened)
        return '';
    return `---\nThe release notes were shortened to fit; read them all on the [releases page](${releasesPage(input)}).\n`;
}
/** Cuts quoted lines to at most `room` characters (joined by newlines), at a line end if one fits. */
function cutLines(lines, room) {
    const kept = [];
    let used = 0;
    for (const line of lines) {
        if (used + line.length + 1 > room) {
            if (kept.length === 0 && room > 2) {
                // One huge line: keep its start, without splitting a surrogate pair.
                let end = room - 1;
                if (/[\uD800-\uDBFF]/.test(line.charAt(end - 1)))
                    end--;
                kept.push(line.slice(0, end));
            }
            break;
        }
        kept.push(line);
        used += line.length + 1;
    }
    return kept;
}
/**
 * The body: versions table, a warning when the step enters a new series or the notes mention
 * breaking changes, then the notes of every release in the step, newest first. When too long,
 * the oldest notes give way to links one by one, then the newest notes are cut.
 */
function prBody(input) {
    const max = input.maxLength ?? MAX_BODY_LENGTH;
    // Every block ends with one newline; blocks are joined by a blank line.
    const blocks = (...parts) => parts.filter((part) => part !== '').join('\n');
    const top = [header(input), warning(input)];
    const releases = [...input.releases].sort((a, b) => (0,version/* compareVersions */.Zy)(b.version, a.version));
    if (releases.length === 0)
        return blocks(...top);
    const notes = releases.map((r) => quotedNotes(r.notes, { upstream: input.upstreamRepo, serverUrl: input.serverUrl }));
    const sections = releases.map((r, i) => section(input, r, notes[i], false));
    const compose = (shown, first) => blocks(...top, '### Release notes\n', first, ...sections.slice(1, shown), omitted(input, releases.slice(shown)), footer(input, shown < releases.length || first !== sections[0]));
    for (let shown = releases.length; shown >= 1; shown--) {
        const body = compose(shown, sections[0]);
        if (body.length <= max)
            return body;
    }
    // Even the newest release's notes alone are too long: cut them.
    const fixed = compose(1, section(input, releases[0], [], true)).length;
    const room = Math.max(0, max - fixed - 8);
    return compose(1, section(input, releases[0], cutLines(notes[0], room), true));
}
const TEMPLATE_VARIABLE = /\{([^{}]*)\}/g;
function fill(template, values, input, allowed) {
    return template.replace(TEMPLATE_VARIABLE, (whole, name) => {
        const value = values[name];
        if (value === undefined) {
            throw new errors/* InputError */.dz(input, `unknown placeholder ${whole}`, `Use ${allowed}.`);
        }
        return value;
    });
}
/** The title from `pr-title`, e.g. `Update {upstream-name} to {version}`. */
function prTitle(template, vars) {
    const title = fill(template, {
        'upstream-name': vars.upstreamName,
        version: vars.version,
        'package-version': vars.packageVersion,
    }, 'pr-title', '{upstream-name}, {version} or {package-version}')
        .replace(/\s+/g, ' ')
        .trim();
    if (title === '')
        throw new errors/* InputError */.dz('pr-title', 'is empty', 'Set a title, e.g. "Update {upstream-name} to {version}".');
    return title;
}
/** Whether `name` is a branch name git and GitHub both take, conservatively. */
function isSafeBranchName(name) {
    if (!/^[A-Za-z0-9._/-]{1,200}$/.test(name))
        return false;
    if (name.startsWith('-') || name.startsWith('refs/') || name === 'HEAD')
        return false;
    if (name.includes('..') || name.endsWith('.'))
        return false;
    return name
        .split('/')
        .every((part) => part !== '' && !part.startsWith('.') && !part.endsWith('.lock'));
}
/**
 * The rolling branch from `pr-branch`, e.g. `cloudron-release/{upstream-name}`. Only
 * `{upstream-name}` is allowed: the branch must stay the same from one version to the next, or
 * every release would open another pull request.
 */
function prBranch(template, vars) {
    const name = vars.upstreamName
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^[.-]+|[.-]+$/g, '');
    const branch = fill(template, { 'upstream-name': name }, 'pr-branch', '{upstream-name} only: the branch is reused for every version, so it must not name one');
    if (!isSafeBranchName(branch)) {
        throw new errors/* InputError */.dz('pr-branch', `'${branch}' is not a usable branch name`, 'Use letters, digits and . _ - / (no "..", no part starting with "." or ending with ".lock"), e.g. cloudron-release/{upstream-name}.');
    }
    return branch;
}

// EXTERNAL MODULE: ./src/github/errors.ts
var github_errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/github/git-data.ts
var git_data = __webpack_require__(8932);
// EXTERNAL MODULE: ./src/package/dockerfile.ts
var dockerfile = __webpack_require__(4016);
;// CONCATENATED MODULE: ./src/pr/labels.ts

/** Dependabot's colour for `dependencies`, so the label looks the same whoever made it. */
const LABEL_COLOR = '0366d6';
const LABEL_DESCRIPTION = 'Version updates opened by cloudron-release';
async function ensureLabel(client, repo, name) {
    const where = `${repo.owner}/${repo.repo}`;
    try {
        await client.request('GET /repos/{owner}/{repo}/labels/{name}', {
            owner: repo.owner,
            repo: repo.repo,
            name,
        });
        return;
    }
    catch (error) {
        if ((0,github_errors/* statusOf */.c2)(error) !== 404)
            throw (0,github_errors/* describeGitHubError */.dZ)(error, `reading the label ${name} of ${where}`, '');
    }
    try {
        await client.request('POST /repos/{owner}/{repo}/labels', {
            owner: repo.owner,
            repo: repo.repo,
            name,
            color: LABEL_COLOR,
            description: LABEL_DESCRIPTION,
        });
    }
    catch (error) {
        // 422: made meanwhile by someone else, which is what we wanted.
        if ((0,github_errors/* statusOf */.c2)(error) !== 422) {
            throw (0,github_errors/* describeGitHubError */.dZ)(error, `creating the label ${name} in ${where}`, `the repository ${where} does not exist or the token cannot see it.`);
        }
    }
}
/** Adds `names` to the issue or pull request `number`, creating the labels that do not exist. */
async function ensureLabels(client, repo, number, names) {
    if (names.length === 0)
        return;
    for (const name of names)
        await ensureLabel(client, repo, name);
    try {
        await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
            owner: repo.owner,
            repo: repo.repo,
            issue_number: number,
            labels: [...names],
        });
    }
    catch (error) {
        throw (0,github_errors/* describeGitHubError */.dZ)(error, `labelling pull request #${number} of ${repo.owner}/${repo.repo}`, 'the pull request is gone.');
    }
}

;// CONCATENATED MODULE: ./src/pr/pull-request.ts
/**
 * The rolling version-bump pull request: one branch per upstream, owned by the action and
 * force-updated, and at most one open pull request from it. Every run reads first and writes
 * only what differs, so a run with nothing new writes nothing:
 *
 * - base already at or past what the PR proposes (and nothing newer wanted): comment, close,
 *   delete the branch: `closed`;
 * - the branch already holds the wanted files and the PR the wanted title and body: `unchanged`;
 * - otherwise a commit on base's head, the branch force-updated, the PR retitled: `updated`;
 * - no open PR: branch and PR created: `created`.
 */






function slug(repo) {
    return `${repo.owner}/${repo.repo}`;
}
/** `request`, with a failure turned into one line that says what was being done. */
async function described(doing, request) {
    try {
        return await request();
    }
    catch (error) {
        throw (0,github_errors/* describeGitHubError */.dZ)(error, doing, 'the pull request or repository is gone.');
    }
}
async function findOpenPull(client, spec, base) {
    const { repo } = spec;
    let data;
    try {
        ({ data } = await client.request('GET /repos/{owner}/{repo}/pulls', {
            owner: repo.owner,
            repo: repo.repo,
            state: 'open',
            head: `${repo.owner}:${spec.branch}`,
            base,
            per_page: 100,
        }));
    }
    catch (error) {
        throw (0,github_errors/* describeGitHubError */.dZ)(error, `listing the pull requests of ${slug(repo)}`, `the repository ${slug(repo)} does not exist or the token cannot see it.`);
    }
    const pull = data[0];
    return (pull && {
        number: pull.number,
        url: pull.html_url,
        title: pull.title,
        body: pull.body ?? '',
        labels: pull.labels.map((l) => l.name),
    });
}
/** The upstream version the Dockerfile at commit `sha` names; undefined when it names none. */
async function versionAt(client, spec, sha) {
    const text = (await (0,git_data/* readFilesAt */.nl)(client, spec.repo, sha, [spec.versionFile.path])).get(spec.versionFile.path);
    const value = text === undefined ? undefined : (0,dockerfile/* findArgDefaults */.E)(text, spec.versionFile.arg)[0]?.value;
    return value === undefined ? undefined : (0,version/* parseVersion */.ot)(value);
}
async function holdsFiles(client, spec, sha) {
    const texts = await (0,git_data/* readFilesAt */.nl)(client, spec.repo, sha, spec.files.map((f) => f.path));
    return spec.files.every((file) => texts.get(file.path) === file.content);
}
class Sync {
    actions = [];
    client;
    spec;
    logger;
    constructor(client, spec, logger) {
        this.client = client;
        this.spec = spec;
        this.logger = logger;
    }
    /** Runs a write, or in a dry run only records it. */
    async write(action, run) {
        this.actions.push(action);
        this.logger.info(this.spec.dryRun ? `Would ${action}` : `${action[0].toUpperCase()}${action.slice(1)}`);
        return this.spec.dryRun ? undefined : run();
    }
    async close(pull, base, baseVersion, proposed) {
        const { client, spec } = this;
        const { repo } = spec;
        const what = proposed
            ? `${spec.upstreamName} ${proposed.text}`
            : `an update of ${spec.upstreamName}`;
        const comment = `This pull request proposed ${what}, but \`${base}\` already has ${baseVersion.text}. Closing it and deleting its branch; a new pull request opens when a newer release is out.`;
        const doing = `closing pull request #${pull.number} of ${slug(repo)}`;
        await this.write(`comment on pull request #${pull.number}`, () => described(doing, () => client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            owner: repo.owner,
            repo: repo.repo,
            issue_number: pull.number,
            body: comment,
        })));
        await this.write(`close pull request #${pull.number}`, () => described(doing, () => client.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
            owner: repo.owner,
            repo: repo.repo,
            pull_number: pull.number,
            state: 'closed',
        })));
        await this.write(`delete branch ${spec.branch}`, () => (0,git_data/* deleteBranch */.SN)(client, repo, spec.branch));
    }
    /** Sets the PR's title and body where they differ, then its labels. */
    async refresh(pull) {
        const { client, spec } = this;
        const changes = {
            ...(pull.title !== spec.title ? { title: spec.title } : {}),
            ...(pull.body !== spec.body ? { body: spec.body } : {}),
        };
        if (Object.keys(changes).length > 0) {
            await this.write(`update the title and body of pull request #${pull.number}`, () => described(`updating pull request #${pull.number} of ${slug(spec.repo)}`, () => client.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
                owner: spec.repo.owner,
                repo: spec.repo.repo,
                pull_number: pull.number,
                ...changes,
            })));
        }
        await this.labels(pull.number, pull.labels);
    }
    async labels(number, existing) {
        const missing = this.spec.labels.filter((l) => !existing.some((e) => e.toLowerCase() === l.toLowerCase()));
        if (missing.length === 0)
            return;
        await this.write(`add labels ${missing.join(', ')} to pull request #${number}`, () => ensureLabels(this.client, this.spec.repo, number, missing));
    }
    /** Opens the PR; when GitHub says one already exists (another run won), refreshes that one. */
    async create(base) {
        const { client, spec } = this;
        const { repo } = spec;
        const result = await this.write(`open a pull request from ${spec.branch} into ${base}`, async () => {
            try {
                const { data } = await client.request('POST /repos/{owner}/{repo}/pulls', {
                    owner: repo.owner,
                    repo: repo.repo,
                    title: spec.title,
                    head: spec.branch,
                    base,
                    body: spec.body,
                });
                return {
                    pull: {
                        number: data.number,
                        url: data.html_url,
                        title: data.title,
                        body: data.body ?? '',
                        labels: [],
                    },
                    created: true,
                };
            }
            catch (error) {
                const status = (0,github_errors/* statusOf */.c2)(error);
                // 422 is also "no commits between" or a bad head; only an open PR found now means "exists".
                const existing = status === 422 ? await findOpenPull(client, spec, base) : undefined;
                if (existing)
                    return { pull: existing, created: false };
                if (status === 403 && !(0,github_errors/* isRateLimited */.Jz)(error)) {
                    throw new errors/* ServiceError */._7(`GitHub refused to open a pull request in ${slug(repo)} (403): the token may not create pull requests. In the repository's Settings → Actions → General → Workflow permissions, turn on "Allow GitHub Actions to create and approve pull requests" (in the organization's settings too if it is greyed out) and give the job 'pull-requests: write', or set 'token' to a PAT or GitHub App token.`, 403, { cause: error });
                }
                throw (0,github_errors/* describeGitHubError */.dZ)(error, `opening a pull request in ${slug(repo)}`, `the repository ${slug(repo)} does not exist or the token cannot see it.`);
            }
        });
        if (result && !result.created) {
            this.logger.info(`A pull request from ${spec.branch} already existed (#${result.pull.number}); updating it`);
            await this.refresh(result.pull);
        }
        else if (result) {
            await this.labels(result.pull.number, []);
        }
        return result;
    }
}
/** Brings the rolling pull request in line with `spec` (see the module comment). */
async function syncPullRequest(client, spec, logger) {
    const { repo } = spec;
    const base = spec.base ?? (await (0,git_data/* readDefaultBranch */.yt)(client, repo));
    if (base === spec.branch) {
        throw new errors/* UserError */.yo(`The pull request branch ${spec.branch} is the base branch; set 'pr-branch' to a branch of its own.`);
    }
    const baseSha = await (0,git_data/* readBranch */.pG)(client, repo, base);
    if (baseSha === undefined) {
        throw new errors/* UserError */.yo(`The base branch '${base}' does not exist in ${slug(repo)}; set 'base' to an existing branch, or leave it empty for the default branch.`);
    }
    const baseVersion = await versionAt(client, spec, baseSha);
    if (!baseVersion) {
        throw new errors/* PackageError */.JP(`${spec.versionFile.path} on ${base}`, `no "ARG ${spec.versionFile.arg}=<version>" line with a valid version; add one or set the input version-arg`);
    }
    const sync = new Sync(client, spec, logger);
    const done = (operation, pull, commitSha) => ({
        operation,
        number: pull?.number,
        url: pull?.url,
        commitSha,
        base,
        baseVersion,
        actions: sync.actions,
    });
    const open = await findOpenPull(client, spec, base);
    const branchSha = await (0,git_data/* readBranch */.pG)(client, repo, spec.branch);
    if (!spec.target || (0,version/* compareVersions */.Zy)(spec.target, baseVersion) <= 0) {
        if (!open)
            return done('none', undefined, undefined);
        const proposed = branchSha ? await versionAt(client, spec, branchSha) : undefined;
        if (proposed && (0,version/* compareVersions */.Zy)(proposed, baseVersion) > 0) {
            // Ahead of base but no longer wanted (the policy changed): a person decides.
            logger.info(`Pull request #${open.number} proposes ${proposed.text}, which is not wanted now; leaving it open`);
            return done('unchanged', open, branchSha);
        }
        await sync.close(open, base, baseVersion, proposed);
        return done('closed', open, undefined);
    }
    const branchReady = branchSha !== undefined && (await holdsFiles(client, spec, branchSha));
    if (open && branchReady) {
        if (open.title === spec.title && open.body === spec.body) {
            logger.info(`Pull request #${open.number} is up to date`);
            return done('unchanged', open, branchSha);
        }
        await sync.refresh(open);
        return done('updated', open, branchSha);
    }
    // A branch left from an unfinished run, already right and on base's head, is reused.
    const reusable = !open &&
        branchReady &&
        (await (0,git_data/* readCommit */.kN)(client, repo, branchSha)).parentShas.join() === baseSha;
    let commitSha = reusable ? branchSha : undefined;
    if (!reusable) {
        commitSha = await sync.write(`commit ${spec.files.map((f) => f.path).join(', ')} on ${base} (${baseSha.slice(0, 7)})`, () => (0,git_data/* commitFiles */.zu)(client, repo, {
            parentSha: baseSha,
            files: spec.files,
            message: spec.commitMessage,
        }));
        if (commitSha === baseSha) {
            throw new Error(`The files given for ${spec.target.text} are already on ${base}, which has ${baseVersion.text}`);
        }
        await sync.write(`point branch ${spec.branch} at the new commit`, () => (0,git_data/* setBranch */.xh)(client, repo, spec.branch, commitSha, { force: true }));
    }
    if (open) {
        await sync.refresh(open);
        return done('updated', open, commitSha);
    }
    const result = await sync.create(base);
    return done(result && !result.created ? 'updated' : 'created', result?.pull, commitSha);
}

// EXTERNAL MODULE: ./src/modes/base-commit.ts
var base_commit = __webpack_require__(8801);
// EXTERNAL MODULE: ./src/modes/package-edit.ts + 3 modules
var package_edit = __webpack_require__(510);
// EXTERNAL MODULE: ./src/modes/target.ts + 2 modules
var modes_target = __webpack_require__(1474);
;// CONCATENATED MODULE: ./src/modes/pr.ts







async function pullRequest(settings, context) {
    const { logger } = context;
    const now = context.now();
    const client = context.github();
    const target = await (0,modes_target/* findTarget */.FB)(settings, client, logger, now);
    const { selection } = target;
    const report = (0,modes_target/* reportFor */.M_)((0,modes_target/* planFor */.bJ)(settings, target), selection);
    const repo = (0,base_commit/* packageRepository */.HA)(settings);
    const upstreamName = settings.upstream.name;
    // No step: still sync, which closes a PR that base has overtaken.
    const step = report.updateAvailable ? selection.target : undefined;
    const edit = step && (0,package_edit/* planStepEdit */.E)(settings, await (0,package_files/* readPackageFiles */.eZ)(settings.package), selection, { now });
    const title = step && edit
        ? prTitle(settings.github.prTitle, {
            upstreamName,
            version: step.text,
            packageVersion: edit.packageVersion,
        })
        : '';
    const body = step && edit && selection.updateType
        ? prBody({
            upstreamName,
            upstreamRepo: settings.upstream.repo,
            serverUrl: settings.github.serverUrl,
            current: { upstream: selection.current, package: edit.previousPackageVersion },
            target: { upstream: step, package: edit.packageVersion },
            updateType: selection.updateType,
            releases: selection.releasesInStep,
        })
        : '';
    const result = await syncPullRequest(client, {
        repo,
        base: settings.github.base,
        branch: prBranch(settings.github.prBranch, { upstreamName }),
        title,
        body,
        labels: settings.github.labels,
        commitMessage: step && edit
            ? `Update ${upstreamName} to ${step.text}\n\nPackage version ${edit.packageVersion}.`
            : '',
        files: (edit?.changes ?? []).map((c) => ({
            path: (0,base_commit/* repoPath */.qN)(settings, c.path),
            content: c.after,
        })),
        target: step,
        versionFile: {
            path: (0,base_commit/* repoPath */.qN)(settings, settings.package.dockerfile),
            arg: settings.package.versionArg,
        },
        upstreamName,
        dryRun: settings.dryRun,
    }, logger);
    report.plan.actions.push(...result.actions);
    return {
        ...report,
        packageVersion: edit?.packageVersion,
        previousPackageVersion: edit?.previousPackageVersion,
        changedFiles: (edit?.changes ?? []).map((c) => (0,current_version/* displayPath */.Gt)(settings.package.workspace, c.path)),
        prNumber: result.number,
        prUrl: result.url,
        prOperation: result.operation === 'none' ? undefined : result.operation,
        commitSha: result.commitSha,
    };
}


/***/ })

};
