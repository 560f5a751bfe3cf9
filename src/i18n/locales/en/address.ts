/** Words of the searchable address field and its messages (English); loaded with the later strings. */
import type { address as vi } from '../vi/address.js';

export const address: typeof vi = {
  field: {
    address: {
      loading: 'Loading the list of administrative units…',
      noMatch: 'Nothing found. Try another name; diacritics are not needed.',
      communeFirst: 'You may type the commune or ward first; the province is then filled in.',
      useOld: 'The address on my papers uses the old administrative units (before 1 July 2025)',
      old: {
        province: 'Province or city (old)',
        district: 'District or town (old)',
        commune: 'Commune, ward or township (old)',
      },
      nowIs: 'Now: {{unit}}.',
      whichSuccessor: '{{unit}} was split between several new units. This place is now in:',
      before: 'before 1 July 2025',
    },
  },
  error: {
    address: {
      unknownUnit: 'Choose the province or city and the commune or ward from the list.',
      communeNotInProvince: 'This commune or ward is not in the chosen province. Choose again.',
      chooseSuccessor: 'The old unit was split between several new ones. Choose the one this place is now in.',
    },
  },
};
