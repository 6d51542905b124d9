export const id = 862;
export const ids = [862];
export const modules = {

/***/ 8862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bump: () => (/* binding */ bump)
/* harmony export */ });
/* harmony import */ var _package_manifest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1459);
/* harmony import */ var _package_package_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6598);
/* harmony import */ var _package_current_version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2048);
/* harmony import */ var _package_edit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(510);
/* harmony import */ var _target_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1474);





async function bump(settings, context) {
    const { logger } = context;
    const now = context.now();
    const target = await (0,_target_js__WEBPACK_IMPORTED_MODULE_4__/* .findTarget */ .FB)(settings, context.github(), logger, now);
    const plan = (0,_target_js__WEBPACK_IMPORTED_MODULE_4__/* .planFor */ .bJ)(settings, target);
    const report = (0,_target_js__WEBPACK_IMPORTED_MODULE_4__/* .reportFor */ .M_)(plan, target.selection);
    const texts = await (0,_package_package_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readPackageFiles */ .eZ)(settings.package);
    const { workspace } = settings.package;
    if (target.selection.target === undefined) {
        const packageVersion = (0,_package_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .readManifest */ .WI)(texts.manifest.text, texts.manifest.path).version;
        return { ...report, packageVersion, previousPackageVersion: packageVersion, changedFiles: [] };
    }
    const edit = (0,_package_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .planStepEdit */ .E)(settings, texts, target.selection, { now });
    const changedFiles = edit.changes.map((c) => (0,_package_current_version_js__WEBPACK_IMPORTED_MODULE_2__/* .displayPath */ .Gt)(workspace, c.path));
    plan.actions.push(...changedFiles.map((file) => `${settings.dryRun ? 'would edit' : 'edit'} ${file}`));
    await (0,_package_package_files_js__WEBPACK_IMPORTED_MODULE_1__/* .applyPackageChanges */ .G$)(edit.changes, { dryRun: settings.dryRun, workspace, logger });
    logger.info(`${settings.dryRun ? 'Would bump' : 'Bumped'} ${settings.upstream.name} ${target.selection.current.text} → ${target.selection.target.text}, package ${edit.previousPackageVersion} → ${edit.packageVersion}`);
    return {
        ...report,
        packageVersion: edit.packageVersion,
        previousPackageVersion: edit.previousPackageVersion,
        changedFiles,
    };
}


/***/ })

};
