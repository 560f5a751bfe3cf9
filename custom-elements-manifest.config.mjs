/**
 * Custom Elements Manifest of the public elements, read from their classes and JSDoc (`@summary`, `@slot`,
 * `@event`, `@csspart`, `@cssproperty`). Storybook builds its controls and docs from it.
 *
 *   npx cem analyze --config custom-elements-manifest.config.mjs   →   custom-elements.json (gitignored)
 */

/**
 * Keeps the manifest to what a page using the elements can touch. It runs after the analyzer has copied
 * inherited members into each element, so base classes such as `shared/form-field.ts` are analysed (their
 * attributes, events and parts reach every field), and then:
 * - drops modules that declare no class or mixin (contexts, shared styles, helpers);
 * - drops private, protected and static members, which would otherwise show up as Storybook controls.
 */
const publicApiOnly = () => ({
  name: 'lienthong-public-api-only',
  packageLinkPhase({ customElementsManifest }) {
    const isClass = (d) => d.kind === 'class' || d.kind === 'mixin';
    customElementsManifest.modules = customElementsManifest.modules.filter((m) => m.declarations?.some(isClass));
    for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
      if (!isClass(declaration) || !declaration.members) continue;
      declaration.members = declaration.members.filter(
        (member) => (member.privacy ?? 'public') === 'public' && !member.static && !member.name.startsWith('#'),
      );
    }
  },
});

export default {
  globs: ['src/elements/**/*.ts'],
  // Per-element pure helpers and styles declare nothing an element user sets.
  exclude: ['src/elements/**/internal/**', 'src/elements/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // The manifest is generated for Storybook and not published, so package.json must not point at it.
  packagejson: false,
  plugins: [publicApiOnly()],
};
