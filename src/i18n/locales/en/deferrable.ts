import type { deferrable as vi } from '../vi/deferrable.js';

/** Words of `<lt-deferrable-field>` (English); the same calm tone as the Vietnamese. */
export const deferrable: typeof vi = {
  field: {
    deferrable: {
      now: 'Enter it now',
      later: 'Provide it later',
      inputLabel: 'Your answer',
      lookup: 'Look it up for me',
      searching: 'Looking it up, please wait a moment…',
      found: 'Found:',
      foundCheck: 'Please check it. If it is right, choose “{{use}}”.',
      use: 'Use this',
      nothingFound: 'We could not find it. You can type it yourself, or choose “{{later}}”.',
      failed: 'We could not look it up just now. You can type it yourself, or choose “{{later}}” and add it when convenient.',
      laterNote: 'Your application is still sent now. When you have the information, come back with your application reference to add it.',
      reason: 'Reason (if you wish)',
      reasonHint: 'For example: the social insurance book has not been found yet.',
    },
  },
  error: {
    deferrable: {
      required: 'Enter it, or choose “Provide it later”.',
    },
  },
};
