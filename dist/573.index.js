export const id = 573;
export const ids = [573];
export const modules = {

/***/ 9573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var core = __webpack_require__(7264);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/inputs.ts
var inputs = __webpack_require__(8422);
// EXTERNAL MODULE: ./src/main.ts + 1 modules
var main = __webpack_require__(4715);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(8850);
;// CONCATENATED MODULE: ./src/report/action-output.ts
/** The action's output adapter: the only place that writes step outputs and the job summary. */


async function writeActionReport(report) {
    for (const [name, value] of Object.entries((0,report_report/* toOutputs */.Iu)(report)))
        core/* setOutput */.uH(name, value);
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await core/* summary */.z
        .addHeading((0,report_report/* summaryTitle */.hZ)(report), 3)
        .addTable([
        [
            { data: 'What', header: true },
            { data: 'Value', header: true },
        ],
        ...(0,report_report/* summaryRows */.QW)(report),
    ])
        .write();
}

// EXTERNAL MODULE: ./src/report/failure.ts
var report_failure = __webpack_require__(3304);
;// CONCATENATED MODULE: ./src/action.ts
/** The GitHub Action front end: inputs from `INPUT_*`, outputs and summary through core. */






const actionLogger = {
    info: (m) => core/* info */.pq(m),
    warning: (m) => core/* warning */.$e(m),
    debug: (m) => core/* debug */.Yz(m),
};
async function runAction() {
    try {
        const settings = (0,inputs/* readActionSettings */.O9)();
        const report = await (0,main/* run */.e)(settings, {
            logger: actionLogger,
            tempDir: process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(),
        });
        await writeActionReport(report);
    }
    catch (error) {
        const failure = (0,report_failure/* describeFailure */.I)(error);
        if (failure.stack)
            core/* debug */.Yz(failure.stack);
        for (const [name, value] of Object.entries(failure.outputs))
            core/* setOutput */.uH(name, value);
        core/* setFailed */.C1(failure.message);
    }
}


/***/ })

};
