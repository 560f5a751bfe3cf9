/** English words of the searchable list; typed with the Vietnamese object so both keep the same keys. */
import type { combobox as vi } from '../vi/combobox.js';

export const combobox: typeof vi = {
  field: {
    combobox: {
      results: '{{count}} results. Use the arrow keys to choose.',
      results_one: '{{count}} result. Use the arrow keys to choose.',
      noResults: 'No match found.',
    },
  },
};
