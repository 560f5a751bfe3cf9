import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: {
    name: '@storybook/web-components-vite',
    options: {
      builder: {
        // Storybook's own Vite config, so the library build in the root vite.config.ts is never picked up.
        // Relative to the working directory, which npm scripts set to the repository root.
        viteConfigPath: '.storybook/vite.config.ts',
      },
    },
  },
  // Storybook's own runtime (~900 kB) and axe (~660 kB) are single chunks; only the library's size matters.
  viteFinal: (config) => ({ ...config, build: { ...config.build, chunkSizeWarningLimit: 1000 } }),
  core: {
    // The build machines have no internet; do not try to send anything.
    disableTelemetry: true,
  },
};

export default config;
