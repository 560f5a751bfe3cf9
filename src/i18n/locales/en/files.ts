/** English messages for rejected files; typed with the Vietnamese object so both languages keep the same keys. */
import type { files as viFiles } from '../vi/files.js';

export const files: typeof viFiles = {
  error: {
    file: {
      empty: 'The file “{{name}}” is empty (0 bytes). Please choose it again.',
      type:
        'The file “{{name}}” is not a photo or a PDF, so it cannot be sent. ' +
        'Take a photo of the document, or choose a photo or a PDF file.',
      notAccepted:
        'This document takes only these kinds of file: {{kinds}}. “{{name}}” is not one of them. ' +
        'Please choose another file.',
      undecodable:
        'The photo “{{name}}” cannot be opened; the file may be damaged. Take the photo again or choose another.',
      tooLarge:
        'The file “{{name}}” is {{size}}, more than the {{max}} allowed. ' +
        'Choose a smaller file, for example a photo of each page instead of one large PDF.',
      duplicate: 'The file “{{name}}” is already attached here. There is no need to add it again.',
      unreadable:
        'The file “{{name}}” could not be read. If it is stored online (Google Drive, iCloud…), ' +
        'download it to your phone and choose it again.',
    },
  },
};
