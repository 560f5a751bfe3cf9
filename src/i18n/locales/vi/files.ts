/**
 * Why a picked file was not taken, keyed by `FileRejection.code` below `error.` (src/core/files). Read on a
 * phone by someone in a hurry: name the file, say what is wrong in everyday words, then what to do.
 * Values filled in: `name` in all; `kinds` (e.g. "JPEG, PNG, PDF") in notAccepted; `size` and `max` in tooLarge.
 */
export const files = {
  error: {
    file: {
      empty: 'Tệp “{{name}}” trống (0 byte). Hãy chọn lại tệp.',
      type:
        'Tệp “{{name}}” không phải là ảnh hay tệp PDF nên không gửi được. ' +
        'Hãy chụp ảnh giấy tờ, hoặc chọn một tệp ảnh hay tệp PDF.',
      notAccepted:
        'Giấy tờ này chỉ nhận các loại tệp: {{kinds}}. Tệp “{{name}}” không thuộc các loại đó. Hãy chọn tệp khác.',
      undecodable: 'Không mở được ảnh “{{name}}”, có thể tệp đã bị hỏng. Hãy chụp lại hoặc chọn ảnh khác.',
      tooLarge:
        'Tệp “{{name}}” nặng {{size}}, vượt quá mức cho phép {{max}}. ' +
        'Hãy chọn tệp nhỏ hơn, ví dụ chụp ảnh từng trang thay vì gửi một tệp PDF lớn.',
      duplicate: 'Tệp “{{name}}” đã được đính kèm vào mục này rồi. Không cần thêm lại.',
      unreadable:
        'Không đọc được tệp “{{name}}”. Nếu tệp nằm trên mạng (Google Drive, iCloud…), ' +
        'hãy tải về máy rồi chọn lại.',
    },
  },
};
