/** The wizard's own words, the shared option sets and the engine's messages (English). */
import type { wizard as vi } from '../vi/wizard.js';
import type { wizardLater as viLater } from '../vi/wizard-later.js';

/** All of the wizard's English words; loaded with the later strings, so one module, typed by both Vietnamese ones. */
export const wizard: typeof vi & typeof viLater & { wizard: typeof vi.wizard & typeof viLater.wizard } = {
  wizard: {
    stepOf: 'Step {{index}} of {{total}}',
    progress: 'Progress',
    next: 'Continue',
    saveAndReview: 'Save and return to the check',
    back: 'Back',
    submit: 'Send the application',
    submitting: 'Sending the application…',
    retry: 'Send again',
    errorSummary: 'There is a problem',
    unknownBundle: 'The procedure bundle “{{name}}” was not found. Please tell the team that runs this portal.',
    noBundle: 'This page has not chosen a procedure bundle to fill in.',
    oneOf: '(one of the documents on this step is enough)',
    procedures: {
      label: 'Which procedures do you want to apply for?',
      hint: 'Choose the procedures to apply for together. Shared details are asked only once.',
      always: 'Always included:',
    },
    prefill: {
      notice: 'Some details were filled in from your account. Please check them and correct anything that is wrong.',
      marker: 'Filled in from your account — please check.',
      rejected: 'Some details from your account could not be used and were left out. Please enter them yourself.',
    },
    review: {
      title: 'Check your answers before sending',
      intro: 'Read your answers below. Choose “Change” to correct anything that is not right.',
      procedures: 'Procedures applied for',
      change: 'Change',
      declaration: 'By sending this application I declare that the information I have given is true.',
      incomplete: 'Some answers are still needed on the step “{{step}}”.',
    },
    submitted: {
      title: 'Application sent',
      reference: 'Application reference',
      next: 'Keep this reference. The agencies will tell you the outcome by text message and on the public service portal.',
      print: 'Print a summary',
    },
    failed: {
      title: 'The application has not been sent',
      network: 'The portal could not be reached. Check your connection and send again.',
      server: 'The portal is busy. Please try again in a few minutes.',
      rejected: 'The portal did not accept this application. Please check your answers or contact the one-stop desk.',
      conflict: 'This application reference is already used by another application. Please contact the one-stop desk.',
      'too-large': 'The application is too large to send online. Please contact the one-stop desk.',
      aborted: 'Sending was stopped.',
      canceled: 'The portal does not allow sending the application right now.',
      kept: 'Everything you entered has been kept.',
    },
  },
  field: {
    address: {
      country: 'Country',
      province: 'Province or city',
      commune: 'Commune, ward or special zone',
      detail: 'House number, street, hamlet or residential group',
      city: 'City or state',
    },
  },
  option: {
    sex: { male: 'Male', female: 'Female' },
    yesNo: { yes: 'Yes', no: 'No' },
    nationality: { vn: 'Vietnamese', other: 'Another nationality' },
    residenceType: { permanent: 'Permanent residence', temporary: 'Temporary residence', current: 'Current place of living' },
  },
  error: {
    upload: {
      required: 'Attach this document.',
    },
    invalid: 'This is not in the right format. Please check it.',
    address: {
      provinceMissing: 'Enter the province or city.',
      cityMissing: 'Enter the city or state abroad.',
      communeMissing: 'Enter the commune, ward or special zone.',
      detailMissing: 'Enter the house number, street, hamlet or residential group.',
    },
  },
};
