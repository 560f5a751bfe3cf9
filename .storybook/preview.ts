/// <reference types="vite/client" />
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';

// Controls and argTypes come from the Custom Elements Manifest that `cem analyze` writes to the repository
// root before Storybook starts. The glob matches nothing when the file has not been generated, so Storybook
// still builds (without inferred controls) instead of failing on a missing import.
const manifests = import.meta.glob<object>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifest);

// The citizens' language is the default; the toolbar below switches a story to English.
document.documentElement.lang = 'vi';

/** Wraps every story in an element carrying the toolbar's language, which the elements inherit. */
const withLang: Decorator = (story, { globals }) =>
  html`<div lang=${(globals['lang'] as string | undefined) ?? 'vi'}>${story()}</div>`;

/** Phone widths the forms must work at: 320 CSS px is the WCAG reflow width, 375 px a common phone. */
const phone = (name: string, width: number, height: number) =>
  ({ name, styles: { width: `${width}px`, height: `${height}px` }, type: 'mobile' }) as const;

const preview: Preview = {
  decorators: [withLang],
  globalTypes: {
    lang: {
      description: 'Language of the story (lang attribute around it)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'vi', right: 'vi', title: 'Tiếng Việt' },
          { value: 'en', right: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    lang: 'vi',
  },
  parameters: {
    layout: 'padded',
    viewport: {
      options: {
        phone320: phone('Phone 320 px', 320, 568),
        phone375: phone('Phone 375 px', 375, 667),
        tablet: { name: 'Tablet 768 px', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
        desktop: { name: 'Desktop 1280 px', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
      },
    },
    controls: {
      expanded: true,
      matchers: { date: /Date$/i },
    },
    a11y: {
      // Any axe violation fails the story's test (in `npm run test:stories` and in Storybook's test panel).
      // axe runs all its non-experimental rules: WCAG 2.0–2.2 A/AA and best practices.
      test: 'error',
    },
  },
};

export default preview;
