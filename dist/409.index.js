export const id = 409;
export const ids = [409];
export const modules = {

/***/ 2409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  release: () => (/* binding */ release)
});

// EXTERNAL MODULE: ./src/package/current-version.ts
var current_version = __webpack_require__(2048);
// EXTERNAL MODULE: ./src/package/manifest.ts
var package_manifest = __webpack_require__(1459);
// EXTERNAL MODULE: ./src/package/package-files.ts + 2 modules
var package_files = __webpack_require__(6598);
// EXTERNAL MODULE: ./src/versioning/version.ts
var version = __webpack_require__(3520);
// EXTERNAL MODULE: ./src/github/git-data.ts
var git_data = __webpack_require__(8932);
// EXTERNAL MODULE: ./src/modes/base-commit.ts
var base_commit = __webpack_require__(8801);
// EXTERNAL MODULE: ./src/modes/cloudron-step.ts + 2 modules
var cloudron_step = __webpack_require__(9020);
// EXTERNAL MODULE: ./src/modes/image-step.ts + 5 modules
var image_step = __webpack_require__(8328);
// EXTERNAL MODULE: ./src/modes/package-edit.ts + 3 modules
var package_edit = __webpack_require__(510);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/github/errors.ts
var github_errors = __webpack_require__(3116);
;// CONCATENATED MODULE: ./src/github/tags.ts
/** Release tags: lightweight tags made through the Git Data API (refs), never moved. */



/** The commit a tag points at; undefined when there is no such tag. */
function readTag(client, repo, tag) {
    return (0,git_data/* readRef */.sg)(client, repo, `tags/${tag}`);
}
/**
 * Tags `sha` as `tag`. Already tagged there: nothing to do (a rerun); tagged elsewhere: an error,
 * since a published tag must not move.
 * @returns whether a tag was created
 */
async function createTag(client, repo, tag, sha) {
    const existing = await readTag(client, repo, tag);
    if (existing === sha)
        return false;
    if (existing !== undefined) {
        throw new errors/* ServiceError */._7(`The tag ${tag} of ${repo.owner}/${repo.repo} already points at ${existing.slice(0, 7)}, not at the release commit ${sha.slice(0, 7)}. Bump the package version, or delete the tag if it is wrong.`);
    }
    try {
        await client.request('POST /repos/{owner}/{repo}/git/refs', {
            owner: repo.owner,
            repo: repo.repo,
            ref: `refs/tags/${tag}`,
            sha,
        });
        return true;
    }
    catch (error) {
        throw (0,github_errors/* describeGitHubError */.dZ)(error, `creating the tag ${tag} in ${repo.owner}/${repo.repo}`, `the repository does not exist or the token cannot write to it. Give the token 'contents: write'.`);
    }
}

;// CONCATENATED MODULE: ./src/modes/tag-step.ts
/** The `v{package-version}` tag of a release commit, when `tag: true`. */


/** @returns the tag, when one was made now */
async function tagRelease(settings, context, packageVersion, sha) {
    if (!settings.github.tag)
        return undefined;
    const tag = `v${packageVersion}`;
    if (settings.dryRun) {
        context.logger.info(`would tag ${sha.slice(0, 7)} as ${tag}`);
        return undefined;
    }
    const created = await createTag(context.github(), (0,base_commit/* packageRepository */.HA)(settings), tag, sha);
    context.logger.info(created ? `Tagged ${sha.slice(0, 7)} as ${tag}` : `${tag} already tags ${sha.slice(0, 7)}`);
    return created ? tag : undefined;
}

// EXTERNAL MODULE: ./src/modes/target.ts + 2 modules
var modes_target = __webpack_require__(1474);
;// CONCATENATED MODULE: ./src/modes/release.ts











async function release(settings, context) {
    let merged;
    for (let step = 1; step <= settings.maxSteps; step++) {
        const now = context.now();
        const target = await (0,modes_target/* findTarget */.FB)(settings, context.github(), context.logger, now);
        const report = (0,modes_target/* reportFor */.M_)((0,modes_target/* planFor */.bJ)(settings, target), target.selection);
        if (!report.updateAvailable) {
            return merged ?? (await finishCurrent(settings, context, report));
        }
        // An earlier run may have committed a version and failed to deploy it: the apps must run
        // it before the next step (authentik must not skip a series on a running app either).
        if (step === 1 && settings.cloudron.url !== undefined && !settings.dryRun) {
            await deployCurrent(settings, context, await currentPackage(settings));
        }
        context.logger.info(`Release step ${step} of at most ${settings.maxSteps}: ${report.currentVersion} → ${report.targetVersion}`);
        const done = await releaseStep(settings, context, target, report, now);
        merged = merged === undefined ? done : mergeSteps(merged, done);
        // A dry run leaves the files as they are, so the next step would plan the same one again.
        if (settings.dryRun)
            break;
    }
    return merged;
}
async function releaseStep(settings, context, { selection }, report, now) {
    const { logger } = context;
    const { workspace } = settings.package;
    const to = selection.target;
    const texts = await (0,package_files/* readPackageFiles */.eZ)(settings.package);
    const packageVersion = (0,package_edit/* planStepEdit */.E)(settings, texts, selection, { now }).packageVersion;
    const image = (0,image_step/* imageFor */.z)(settings, packageVersion);
    const edit = (0,package_edit/* planStepEdit */.E)(settings, texts, selection, { now, dockerImage: image });
    const changedFiles = edit.changes.map((c) => (0,current_version/* displayPath */.Gt)(workspace, c.path));
    report.plan.actions.push(...changedFiles.map((f) => `edit ${f}`), `build and push ${image}`, `commit on ${settings.github.base ?? 'the default branch'}`, ...(settings.github.tag ? [`tag v${packageVersion}`] : []), ...(settings.cloudron.url
        ? [`update ${settings.cloudron.apps.join(', ')} on ${settings.cloudron.url.host}`]
        : []));
    await (0,package_files/* applyPackageChanges */.G$)(edit.changes, { dryRun: settings.dryRun, workspace, logger });
    const built = await (0,image_step/* buildAndPushImage */.N)(settings, context, {
        manifest: edit.manifest,
        packageVersion,
        upstreamVersion: to.text,
    });
    const message = `Update ${settings.upstream.name} to ${to.text}\n\nPackage version ${packageVersion}, image ${image}${built.digest ? `@${built.digest}` : ''}.`;
    const commit = await (0,base_commit/* commitToBase */.ox)(settings, context, message, (base) => {
        const label = (0,current_version/* displayPath */.Gt)(workspace, base.dockerfile.path);
        const baseVersion = (0,current_version/* versionFromDockerfile */.RE)(base.dockerfile.text, settings.package.versionArg, label);
        if ((0,version/* compareVersions */.Zy)(baseVersion, to) === 0)
            return undefined;
        const baseEdit = (0,package_edit/* planStepEdit */.E)(settings, base, selection, { now, dockerImage: image });
        if (baseEdit.packageVersion !== packageVersion) {
            throw new Error(`base now gives package version ${baseEdit.packageVersion}, but the image was built as ${packageVersion}; run again to release from the new base`);
        }
        return baseEdit.changes;
    });
    const tagged = await tagRelease(settings, context, packageVersion, commit.sha);
    const cloudronResults = await (0,cloudron_step/* updateCloudronApps */.I)(settings, context, {
        manifest: edit.manifest,
        dockerImage: image,
        packageVersion,
    });
    return {
        ...report,
        packageVersion,
        previousPackageVersion: edit.previousPackageVersion,
        changedFiles,
        commitSha: commit.sha,
        image,
        imageDigest: built.digest,
        cloudronResults,
        plan: {
            ...report.plan,
            actions: [...report.plan.actions, ...(tagged ? [`tagged ${tagged}`] : [])],
        },
    };
}
/** The package version the working tree already names, and its manifest. */
async function currentPackage(settings) {
    const { manifest } = await (0,package_files/* readPackageFiles */.eZ)(settings.package);
    const parsed = (0,package_manifest/* readManifest */.WI)(manifest.text, manifest.path);
    return { manifest: parsed.manifest, packageVersion: parsed.version };
}
/** Moves the apps to the version already committed; apps already at it are not touched. */
function deployCurrent(settings, context, { manifest, packageVersion }) {
    return (0,cloudron_step/* updateCloudronApps */.I)(settings, context, {
        manifest,
        dockerImage: (0,image_step/* imageFor */.z)(settings, packageVersion),
        packageVersion,
    });
}
/**
 * Nothing newer to release: finish what an earlier run may have left (the tag, the Cloudron
 * updates) for the version the files already name.
 */
async function finishCurrent(settings, context, report) {
    const current = await currentPackage(settings);
    const { packageVersion } = current;
    if (!settings.github.tag && settings.cloudron.url === undefined) {
        return { ...report, packageVersion, changedFiles: [] };
    }
    let commitSha;
    if (settings.github.tag) {
        const repo = (0,base_commit/* packageRepository */.HA)(settings);
        const branch = settings.github.base ?? (await (0,git_data/* readDefaultBranch */.yt)(context.github(), repo));
        commitSha = await (0,git_data/* readBranch */.pG)(context.github(), repo, branch);
        if (commitSha)
            await tagRelease(settings, context, packageVersion, commitSha);
    }
    const cloudronResults = await deployCurrent(settings, context, current);
    return {
        ...report,
        packageVersion,
        changedFiles: [],
        image: (0,image_step/* imageFor */.z)(settings, packageVersion),
        commitSha,
        cloudronResults,
    };
}
function mergeSteps(first, last) {
    return {
        ...last,
        currentVersion: first.currentVersion,
        previousPackageVersion: first.previousPackageVersion,
        changedFiles: [...new Set([...(first.changedFiles ?? []), ...(last.changedFiles ?? [])])],
        plan: {
            ...last.plan,
            current: first.plan.current,
            steps: first.plan.steps,
            actions: [...first.plan.actions, ...last.plan.actions],
        },
    };
}


/***/ })

};
