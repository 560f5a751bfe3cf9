/**
 * Words of the upload slot (`field.upload.*`) and its messages (`error.upload.*`), Vietnamese first. Written
 * for a citizen who may be on a phone, in a hurry and worried: say what happened and what to do, calmly.
 *
 * Messages given a `count` are i18next plurals: the plain key is the general form, `_one` the singular.
 * Vietnamese has one form and never reads `_one`; the copies are there because English needs them and is
 * typed with this object.
 */
export const upload = {
  field: {
    upload: {
      /** The button that opens the file picker. */
      choose: 'Chọn tệp',
      /** The button that opens the camera on a phone (the picker elsewhere). */
      takePhoto: 'Chụp ảnh',
      /** In the drop target, on devices with a mouse. */
      dropHere: 'Kéo và thả tệp vào đây, hoặc',
      /** What the slot takes, under the buttons. */
      limits: 'Nhận tệp {{kinds}}, mỗi tệp tối đa {{size}}, nhiều nhất {{max}} tệp.',
      /** Names the list of files for screen readers. */
      files: 'Các tệp đã thêm',
      state: {
        waiting: 'Đang chờ',
        checking: 'Đang kiểm tra tệp',
        shrinking: 'Đang thu nhỏ ảnh',
        uploading: 'Đang tải lên {{percent}}',
        done: 'Đã tải lên',
        failed: 'Chưa tải lên được',
        rejected: 'Không nhận tệp này',
      },
      /** The accessible name of a file's progress bar. */
      progress: 'Tiến độ tải lên {{name}}',
      /** Action buttons: the visible verb; the file name follows for screen readers and voice control. */
      retry: 'Thử lại',
      remove: 'Xoá',
      moveUp: 'Lên trên',
      moveDown: 'Xuống dưới',
      /** What the polite live region says: never every percent, only what a person needs to know. */
      announce: {
        added: 'Đã thêm {{count}} tệp.',
        added_one: 'Đã thêm {{count}} tệp.',
        started: 'Đang tải lên {{name}}.',
        done: 'Đã tải lên {{name}}.',
        doneMany: 'Đã tải lên {{count}} tệp.',
        doneMany_one: 'Đã tải lên {{count}} tệp.',
        failed: 'Chưa tải lên được {{name}}. Bạn có thể bấm Thử lại.',
        rejected: 'Không nhận tệp {{name}}. {{reason}}',
        removed: 'Đã xoá {{name}}.',
        moved: 'Đã chuyển {{name}} tới vị trí {{position}} trên {{count}}.',
      },
    },
  },
  error: {
    upload: {
      pending: 'Đang tải lên {{count}} tệp. Vui lòng đợi tải xong rồi tiếp tục.',
      pending_one: 'Đang tải lên {{count}} tệp. Vui lòng đợi tải xong rồi tiếp tục.',
      tooFew: 'Vui lòng thêm ít nhất {{min}} tệp cho giấy tờ này.',
      tooFew_one: 'Vui lòng thêm ít nhất {{min}} tệp cho giấy tờ này.',
      tooMany: 'Giấy tờ này nhận nhiều nhất {{max}} tệp. Vui lòng xoá bớt tệp thừa.',
      tooMany_one: 'Giấy tờ này nhận nhiều nhất {{max}} tệp. Vui lòng xoá bớt tệp thừa.',
      failed: 'Chưa tải lên được vì mất kết nối hoặc hệ thống đang bận. Tệp vẫn còn đây: vui lòng bấm Thử lại.',
      serverTooLarge: 'Hệ thống không nhận tệp lớn như vậy. Vui lòng chụp lại ảnh hoặc chọn tệp nhỏ hơn.',
      serverType: 'Hệ thống không nhận loại tệp này. Vui lòng gửi ảnh chụp (JPEG, PNG) hoặc tệp PDF.',
    },
  },
};
