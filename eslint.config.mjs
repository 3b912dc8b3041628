// The compatibility lint of the JavaScript the bundle ships (dist/*.js, after the build): only
// web platform features that every supported browser has (package.json "browserslist": Safari
// and iOS 16.4+, Firefox ESR, current Chromium). `cargo xtask test` runs it.
import compat from 'eslint-plugin-compat';
import globals from 'globals';

export default [
  {
    files: ['dist/**/*.js'],
    ignores: ['dist/**/*.zip'],
    plugins: { compat },
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.serviceworker },
    },
    settings: { lintAllEsApis: true },
    rules: { 'compat/compat': 'error' },
  },
];
