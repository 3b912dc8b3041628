// The compatibility lint of the CSS the bundle ships (dist/**/*.css, after the build): only
// features every supported browser has (package.json "browserslist": Safari and iOS 16.4+,
// Firefox ESR, current Chromium). `cargo xtask test` runs it. Each feature used although a
// supported browser lacks it (or has only part of it) is named here with what that browser does
// instead; nothing else may be.
export default {
  plugins: ['stylelint-no-unsupported-browser-features'],
  rules: {
    'plugin/no-unsupported-browser-features': [
      true,
      {
        severity: 'error',
        ignore: [
          // `text-decoration-thickness` on the current navigation chip: where a browser lacks it
          // the underline is the normal one; the chip is also bold and carries aria-current.
          'text-decoration',
          // `cursor: not-allowed` on disabled buttons: touch screens (iOS) have no cursor; the
          // button is also muted and flat and says it is disabled (aria-disabled).
          'css3-cursors',
          // `break-inside: avoid` when printing the handout: partial support keeps the chart
          // and the table whole in every browser we print from; elsewhere they may break.
          'multicolumn',
          // `:fullscreen`: on iPhone, Safari puts only video in full screen; the presentation
          // then fills the page (or stays 16:9 in its element), which is the same layout.
          'fullscreen',
          // `@page { size: A4 }` for the handout: Safari before 18.2 prints on the printer's
          // own page size with its default margins; the handout fits one A4 page either way.
          'css-paged-media',
        ],
      },
    ],
  },
};
