/** English messages for rule findings; typed with the Vietnamese object so both languages keep the same keys. */
import type { errors as viErrors } from '../vi/errors.js';

export const errors: typeof viErrors = {
  error: {
    required: 'This is required.',
    choice: 'Please choose one of the options.',
    unknown: 'This is not valid. Please check it.',
    personalId: {
      format: 'A personal identification number has exactly 12 digits. Please check it.',
      birthYear:
        'This personal identification number belongs to someone born in {{idYear}}, but the year of birth ' +
        'entered is {{declaredYear}}. Please check the number or the date of birth.',
      sex: 'This personal identification number does not match the sex selected. Please check the number or the sex.',
    },
    phone: {
      format: 'Enter a 10-digit Vietnamese mobile number starting with 0 (for example 0912345678).',
    },
    email: {
      format: 'Enter an email address in the format name@example.com.',
    },
    date: {
      incomplete: 'Enter the day, month and year.',
      invalid: 'This is not a valid date. Enter the day, month and year in numbers, for example 15/03/2026.',
      year: 'The year must have 4 digits, between {{min}} and {{max}}.',
      future: 'The date is after {{max}}. Enter a date on or before {{max}}.',
      tooEarly: 'The date is before {{min}}. Enter a date on or after {{min}}.',
    },
    name: {
      characters:
        "Names can only contain letters (accented letters included), spaces, hyphens (-) and apostrophes ('). " +
        'Please remove any digits or other symbols.',
      length: 'Enter a name of no more than {{max}} characters.',
    },
    text: {
      tooShort: 'Enter at least {{min}} characters.',
      tooLong: 'Enter no more than {{max}} characters.',
    },
    socialInsurance: {
      format:
        'A social insurance code has exactly 10 digits. Please check it on the health insurance card or social insurance book.',
    },
  },
};
