/** Words of the bank picker and the payee group, and their messages (English); loaded with the later strings. */
import type { payment as vi } from '../vi/payment.js';

export const payment: typeof vi = {
  field: {
    bank: {
      label: 'Bank',
      hint: 'Type the bank’s name, its short name (for example VCB) or its BIN. Diacritics are not needed.',
      loading: 'Loading the list of banks…',
      noMatch: 'No bank found. Try its short name (for example Vietcombank, Agribank) or its full name.',
      loadFailed: 'The list of banks could not be loaded. Please check your connection, then type again.',
    },
    payee: {
      label: 'How would you like to receive the money?',
      bank: 'Bank transfer',
      post: 'Cash through the post office (Vietnam Post)',
      account: 'Account number',
      accountHint: 'Digits only (and letters, if your account has them), 6 to 19 characters. No spaces needed.',
      holder: 'Account holder’s name',
      holderHint: 'As the bank prints it on the card or in the app, with or without diacritics. For example: NGUYEN VAN AN.',
      review: {
        transfer: 'Bank transfer',
        account: 'account number',
        holder: 'account holder',
        post: 'Cash through the post office',
      },
    },
  },
  error: {
    bank: {
      unknown: 'This bank is not in the list. Please choose the bank again from the list.',
    },
    payee: {
      methodMissing: 'Please choose how to receive the money: bank transfer or cash through the post office.',
      bankMissing: 'Please choose the bank.',
      accountMissing: 'Please enter the account number.',
      accountFormat: 'An account number has {{min}} to {{max}} digits or letters. Please check it.',
      holderMissing: 'Please enter the account holder’s name.',
      holderFormat: 'The account holder’s name can only contain letters and spaces, as the bank prints it. Please remove any digits or symbols.',
    },
  },
};
