/**
 * `vitest run` runs every Storybook story as a test in a real Chromium (Debian's, or CHROME_PATH): the story
 * renders, its play function runs, then axe checks it (see `.storybook/preview.ts`).
 */
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { chromiumArgs, chromiumPath } from './chromium.config.js';
import { defineConfig } from 'vitest/config';

const storybookDir = fileURLToPath(new URL('./.storybook', import.meta.url));

export default defineConfig({
  test: {
    projects: [
      {
        // Storybook's Vite config (legacy decorators), not the library build in vite.config.ts.
        extends: './.storybook/vite.config.ts',
        plugins: [storybookTest({ configDir: storybookDir })],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                // Never let Playwright fetch its own browser: there is no internet here.
                executablePath: chromiumPath,
                args: chromiumArgs,
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
