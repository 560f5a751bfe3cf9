/**
 * Two builds from one entry:
 * - default: the library as ES modules (one file per source module, dependencies external) for portals with
 *   a bundler, under dist/lib;
 * - `--mode cdn`: a self-contained, minified ES module with lit, @lit/context, zod and i18next inside, for
 *   portals without a bundler (`<script type="module" src="…/lienthong.js">`), under dist/cdn. What later
 *   steps need sits in chunks beside it, loaded relative to it on demand.
 * Storybook uses its own Vite config (.storybook/vite.config.ts).
 */
import { defineConfig } from 'vite';

const external = [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/, /^i18next($|\/)/, /^tus-js-client($|\/)/];

/**
 * Modules the first step of a wizard needs. What is left out loads on demand: other fields, the review, the
 * dossier schema (zod), the HTTP transport, the English wording of bundles, bundles other than birth (and
 * their words), and Lit's `repeat` and `class-map` directives, which only later fields use.
 */
const FIRST_STEP =
  /node_modules\/(lit|lit-html|lit-element|@lit\/[^/]+|i18next)\/(?!directives\/(repeat|class-map))|\/src\/(core\/(engine\/(?!schema|json-schema|dossier|reference|prefill|field-checks|session\.))|i18n\/(i18n|locales\/vi\/(index|fields|wizard|birth)\.|locales\/en\/fields)|elements\/(shared\/(?!reveal)|wizard\/(?!internal\/(review-sections|answer-text))|stepper|error-summary|choice-field)|bundles\/(birth|index|declarant)|data\/ethnicity-codes)/;

export default defineConfig(({ mode }) => {
  const cdn = mode === 'cdn';
  return {
    // Relative asset URLs: the shrinking worker must load from wherever the portal serves the package.
    base: './',
    esbuild: false,
    oxc: {
      // Lit's decorators here are TypeScript's legacy ones (tsconfig: experimentalDecorators).
      decorator: { legacy: true },
    },
    build: {
      target: 'es2022',
      outDir: cdn ? 'dist/cdn' : 'dist/lib',
      emptyOutDir: true,
      sourcemap: true,
      minify: cdn,
      lib: {
        entry: cdn ? 'src/cdn.ts' : 'src/index.ts',
        formats: ['es'],
        fileName: () => (cdn ? 'lienthong.js' : 'index.js'),
      },
      rolldownOptions: {
        external: cdn ? [] : external,
        output: cdn
          ? {
              chunkFileNames: 'chunks/[name]-[hash].js',
              // Keep the MIT notices of the administrative-unit data in the minified chunks.
              comments: { legal: true },
              // Everything the first step needs goes in one chunk next to the entry: many small files
              // compress worse and cost a request each on a slow phone connection.
              // A bundle loaded on demand comes with its Vietnamese words, in one request.
              codeSplitting: {
                groups: [
                  { name: 'first-step', test: FIRST_STEP },
                  { name: 'death', test: /\/src\/(bundles\/death|i18n\/locales\/vi\/death)\./ },
                ],
              },
            }
          : { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
