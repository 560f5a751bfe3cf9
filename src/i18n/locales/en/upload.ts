/** English words and messages of the upload slot; typed with the Vietnamese object so both keep the same keys. */
import type { upload as vi } from '../vi/upload.js';

export const upload: typeof vi = {
  field: {
    upload: {
      choose: 'Choose files',
      takePhoto: 'Take a photo',
      dropHere: 'Drag and drop files here, or',
      limits: 'Accepted: {{kinds}}, up to {{size}} per file, {{max}} files at most.',
      files: 'Files added',
      state: {
        waiting: 'Waiting',
        checking: 'Checking the file',
        shrinking: 'Making the photo smaller',
        uploading: 'Uploading {{percent}}',
        done: 'Uploaded',
        failed: 'Not uploaded yet',
        rejected: 'This file cannot be used',
      },
      progress: 'Upload progress of {{name}}',
      retry: 'Try again',
      remove: 'Remove',
      moveUp: 'Move up',
      moveDown: 'Move down',
      announce: {
        added: '{{count}} files added.',
        added_one: '{{count}} file added.',
        started: 'Uploading {{name}}.',
        done: '{{name}} uploaded.',
        doneMany: '{{count}} files uploaded.',
        doneMany_one: '{{count}} file uploaded.',
        failed: '{{name}} could not be uploaded. You can try again.',
        rejected: '{{name}} cannot be used. {{reason}}',
        removed: '{{name}} removed.',
        moved: '{{name}} moved to position {{position}} of {{count}}.',
      },
    },
  },
  error: {
    upload: {
      pending: '{{count}} files are still uploading. Please wait for them to finish, then continue.',
      pending_one: '{{count}} file is still uploading. Please wait for it to finish, then continue.',
      tooFew: 'Add at least {{min}} files for this document.',
      tooFew_one: 'Add at least {{min}} file for this document.',
      tooMany: 'This document takes {{max}} files at most. Remove the extra files.',
      tooMany_one: 'This document takes {{max}} file at most. Remove the extra files.',
      failed: 'Not uploaded: the connection dropped or the service is busy. The file is still here: select Try again.',
      serverTooLarge: 'The service does not accept a file this large. Take the photo again or choose a smaller file.',
      serverType: 'The service does not accept this type of file. Send a photo (JPEG, PNG) or a PDF.',
    },
  },
};
