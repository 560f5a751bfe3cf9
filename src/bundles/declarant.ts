/**
 * The declarant as every bundle asks for them: who they are (the personal ID checked against the birth date
 * and sex it encodes) and how to reach them. A bundle adds what is its own (the relationship's options, an
 * organisation, residence) around these.
 */

/** Name, personal ID, birth date and sex, in that order. */
export const declarantIdentity = {
  fullName: { kind: 'name', required: true, maxLength: 100, autocomplete: 'name' },
  personalId: { kind: 'personalId', required: true, crossCheck: { birthDate: 'declarant.birthDate', sex: 'declarant.sex' } },
  birthDate: { kind: 'date', required: true, notAfter: 'today', autocomplete: 'bday' },
  sex: { kind: 'choice', options: 'sex', required: true },
} as const;

/** A mobile number for messages about the filing, and an email address if they have one. */
export const declarantContact = {
  phone: { kind: 'phone', required: true, autocomplete: 'tel' },
  email: { kind: 'email', autocomplete: 'email' },
} as const;
