import type { fields as vi } from '../vi/fields.js';

/** The fields' own words (messages about values are under `error.*`). */
export const fields: typeof vi = {
  field: {
    optional: '(optional)',
    errorPrefix: 'Error:',
    noticePrefix: 'Note:',
    selectPrompt: '— Select —',
    date: {
      day: 'Day',
      month: 'Month',
      year: 'Year',
    },
  },
};
