/**
 * Entry of the self-contained build for portals without a bundler: registers every element. The dossier
 * schema and the HTTP transport are left to load on demand (see the wizard), so they stay out of the
 * module a phone downloads first.
 */
import './elements/wizard/wizard.js';

export { LtWizard } from './elements/wizard/wizard.js';
export { bundles, findBundle } from './bundles/index.js';

import { prefetchAll } from './elements/wizard/internal/lazy.js';

// Fields used on their own, outside a wizard, are registered too, once the page is idle.
prefetchAll();
