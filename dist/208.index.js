export const id = 208;
export const ids = [208];
export const modules = {

/***/ 2827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pullRequest: () => (/* binding */ pullRequest)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/** `pr`: placeholder until the pull-request stage is wired. */

async function pullRequest(_settings, _context) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo("Mode 'pr' is not wired yet.");
}


/***/ })

};
