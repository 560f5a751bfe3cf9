/**
 * Contexts the wizard provides to the elements inside it. An element used on its own finds no provider and
 * falls back to its own defaults (see each consumer).
 */
import { createContext } from '@lit/context';
import type { Localizer } from '../../i18n/i18n.js';
import type { Transport } from '../../core/transport/transport.js';

/** The strings of the surrounding wizard, replaced with a new object whenever its language changes. */
export const localizerContext = createContext<Localizer>(Symbol.for('lienthong.localizer'));

/**
 * The wizard's transport, used by the upload slots inside it (unless a slot is given its own `transport`).
 * Undefined until the wizard has one; a slot asks again at the start of every upload.
 */
export const transportContext = createContext<Transport | undefined>(Symbol.for('lienthong.transport'));
