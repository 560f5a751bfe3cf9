// Browser tests: real Chromium (Debian's, or CHROME_PATH), TypeScript through esbuild with the project's
// tsconfig so the legacy-decorator settings that Lit relies on are honoured.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from './chromium.config.ts';
// TypeScript imported from Node: the config is loaded with NODE_OPTIONS=--import=tsx (see `npm run test:browser`).
import { createReceiver } from './demo/receiver.ts';
import { validateAnyDossier } from './src/bundles/validate.ts';
import { createFaultMiddleware, toKoaMiddleware } from './test/support/fault-middleware.ts';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

/**
 * Serves packages that still use CommonJS somewhere inside (tus-js-client needs url-parse) as one ES module
 * bundled by esbuild, the way Vite pre-bundles them for the demo and Storybook; the browser cannot load
 * `require` as it is.
 */
function prebundle(packages) {
  const prefix = '/__prebundled/';
  const bundles = new Map();
  return {
    name: 'prebundle-commonjs',
    resolveImport: ({ source }) => (packages.includes(source) ? `${prefix}${source}.js` : undefined),
    serve(context) {
      const name = context.path.startsWith(prefix) ? context.path.slice(prefix.length, -'.js'.length) : '';
      if (!packages.includes(name)) return undefined;
      if (!bundles.has(name)) {
        const bundle = build({ entryPoints: [name], bundle: true, format: 'esm', platform: 'browser', target: 'es2022', write: false });
        bundles.set(name, bundle.then((result) => result.outputFiles[0].text));
      }
      return bundles.get(name).then((body) => ({ body, type: 'js' }));
    },
  };
}

/**
 * `executeServerCommand('lt-disable-cache')`: the calling page stops using the browser's HTTP cache. The runner
 * serves modules as cacheable for a year, so a module another test page already fetched would never reach the
 * fault middleware again; a test that makes a module fail to load turns the cache off first.
 */
function browserCache() {
  return {
    name: 'lt-browser-cache',
    async executeCommand({ command, session }) {
      if (command !== 'lt-disable-cache') return undefined;
      await session.browser.getPage(session.id).setCacheEnabled(false);
      return true;
    },
  };
}

// The real demo receiver behind the test server (dossiers, and tus uploads under /api/lienthong/uploads), with a
// fresh data folder per run; test-only fault injection (`/__faults`, driven by `test/support/server-control.ts`)
// sits in front of it, also for the bundles' modules and words so a test can make them fail to load.
const receiver = createReceiver({
  dataDir: fileURLToPath(new URL(`./test/.data/${Date.now()}`, import.meta.url)),
  basePath: '/api/lienthong',
  // As in the demo: every dossier is checked with the schema derived from its bundle's definition.
  validate: validateAnyDossier,
});

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [toKoaMiddleware(createFaultMiddleware({ prefix: ['/api/', '/src/bundles/', '/src/i18n/'] })), toKoaMiddleware(receiver)],
  // One test page at a time: a page left in a background tab gets no animation frames, and fixtures that wait
  // for one would hang until the run times out.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [prebundle(['tus-js-client']), esbuildPlugin({ ts: true, target: 'es2022', tsconfig }), browserCache()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: ['--headless', ...chromiumArgs],
      },
    }),
  ],
};
