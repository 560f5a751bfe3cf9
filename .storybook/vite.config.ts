/**
 * Vite config for Storybook (`.storybook/main.ts` points at it) and for the Storybook tests
 * (`vitest.config.ts` extends it). It is separate from the root vite.config.ts, which builds the library.
 */
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';

/**
 * Stories register elements with a bare `import '../src/elements/…/….js'`. package.json's `sideEffects`
 * names only the built files in dist/, so a production build (`build-storybook`) would treat the sources as
 * side-effect free and drop those imports: the story then shows an undefined, empty tag.
 */
const sourcesHaveSideEffects: Plugin = {
  name: 'lienthong:sources-have-side-effects',
  transform: {
    filter: { id: /\/src\/.*\.ts$/ },
    handler: (code) => ({ code, map: null, moduleSideEffects: true }),
  },
};

export default defineConfig({
  // Vite's TypeScript transform (oxc) takes `experimentalDecorators` and `useDefineForClassFields: false`
  // from this file. Without them Lit's `@property()` decorators are compiled as standard decorators,
  // which Chromium cannot parse, and every story renders nothing. Resolved from the project root.
  tsconfig: 'tsconfig.json',
  plugins: [sourcesHaveSideEffects],
  optimizeDeps: {
    // Storybook's web-components renderer imports lit/directive-helpers.js. Pre-bundled alone, it would carry
    // a second copy of lit-html next to the one in the pre-bundled `lit` ("Multiple versions of Lit loaded").
    // The other dependencies are listed so Vite does not discover them mid-run and reload a test page.
    include: ['lit', 'lit/directive-helpers.js', '@lit/context', 'i18next', 'zod/mini'],
  },
});
