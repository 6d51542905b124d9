export const id = 769;
export const ids = [769];
export const modules = {

/***/ 5769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deploy: () => (/* binding */ deploy)
/* harmony export */ });
/* harmony import */ var _package_current_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2048);
/* harmony import */ var _package_manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1459);
/* harmony import */ var _package_package_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6598);
/* harmony import */ var _package_versions_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3806);
/* harmony import */ var _base_commit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8801);
/* harmony import */ var _cloudron_step_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9020);
/* harmony import */ var _image_step_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8328);







async function deploy(settings, context) {
    const { logger } = context;
    const now = context.now();
    const current = await (0,_package_current_version_js__WEBPACK_IMPORTED_MODULE_0__/* .readCurrentVersion */ .eT)(settings.package, logger);
    const texts = await (0,_package_package_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readPackageFiles */ .eZ)(settings.package);
    const { manifest, version: packageVersion } = (0,_package_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .readManifest */ .WI)(texts.manifest.text, texts.manifest.path);
    const image = (0,_image_step_js__WEBPACK_IMPORTED_MODULE_6__/* .imageFor */ .z)(settings, packageVersion);
    const { repo } = settings.upstream;
    const report = {
        updateAvailable: false,
        currentVersion: current.text,
        targetVersion: undefined,
        latestVersion: undefined,
        updateType: undefined,
        packageVersion,
        image,
        plan: {
            mode: 'deploy',
            dryRun: settings.dryRun,
            upstream: `${repo.owner}/${repo.repo}`,
            upgradePath: settings.policy.upgradePath,
            current: current.text,
            target: undefined,
            latest: undefined,
            updateType: undefined,
            steps: [],
            actions: [
                `build and push ${image}`,
                ...(texts.versionsFile.text === undefined
                    ? []
                    : [
                        `add ${packageVersion} to ${(0,_package_current_version_js__WEBPACK_IMPORTED_MODULE_0__/* .displayPath */ .Gt)(settings.package.workspace, texts.versionsFile.path)}`,
                    ]),
                ...(settings.cloudron.url
                    ? [`update ${settings.cloudron.apps.join(', ')} on ${settings.cloudron.url.host}`]
                    : []),
            ],
        },
    };
    const built = await (0,_image_step_js__WEBPACK_IMPORTED_MODULE_6__/* .buildAndPushImage */ .N)(settings, context, {
        manifest,
        packageVersion,
        upstreamVersion: current.text,
    });
    report.imageDigest = built.digest;
    if (texts.versionsFile.text !== undefined) {
        const commit = await (0,_base_commit_js__WEBPACK_IMPORTED_MODULE_4__/* .commitToBase */ .ox)(settings, context, `Publish ${packageVersion} in CloudronVersions.json`, (base) => {
            const file = base.versionsFile;
            if (file.text === undefined)
                return undefined;
            const entry = (0,_package_versions_file_js__WEBPACK_IMPORTED_MODULE_3__/* .addVersionEntry */ .c)(file.text, {
                packageVersion,
                manifest: (0,_package_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .readManifest */ .WI)(base.manifest.text, base.manifest.path).manifest,
                dockerImage: image,
                date: now,
                publishState: settings.package.versionsPublishState,
            }, (0,_package_current_version_js__WEBPACK_IMPORTED_MODULE_0__/* .displayPath */ .Gt)(settings.package.workspace, file.path));
            return entry.changed
                ? [{ path: file.path, before: file.text, after: entry.text }]
                : undefined;
        });
        report.commitSha = commit.sha;
    }
    report.cloudronResults = await (0,_cloudron_step_js__WEBPACK_IMPORTED_MODULE_5__/* .updateCloudronApps */ .I)(settings, context, {
        manifest,
        dockerImage: image,
        packageVersion,
    });
    return report;
}


/***/ })

};
