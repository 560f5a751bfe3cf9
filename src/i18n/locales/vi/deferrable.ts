/**
 * Words of `<lt-deferrable-field>`, a fact the citizen may give now, have looked up, or give later (Vietnamese);
 * loaded with the later strings. Often read by a family filing a death: never hurry, never blame, keep it short,
 * and always leave a way on ("bổ sung sau").
 */
export const deferrable = {
  field: {
    deferrable: {
      /** The two ways to answer. */
      now: 'Nhập ngay',
      later: 'Bổ sung sau',
      /** The box's name when the host gives none (the wizard passes the question's own words). */
      inputLabel: 'Thông tin cần nhập',
      /** The button that asks the host to find the fact, and what it says while and after it looks. */
      lookup: 'Tra cứu giúp tôi',
      searching: 'Đang tra cứu, xin vui lòng chờ trong giây lát…',
      found: 'Đã tìm thấy:',
      foundCheck: 'Bạn xem lại giúp. Nếu đúng, hãy chọn “{{use}}”.',
      use: 'Dùng thông tin này',
      nothingFound: 'Chưa tìm thấy thông tin này. Bạn có thể tự nhập, hoặc chọn “{{later}}”.',
      failed: 'Hiện chưa tra cứu được. Bạn có thể tự nhập, hoặc chọn “{{later}}” và bổ sung khi thuận tiện.',
      /** Under "later": the filing is not held back. */
      laterNote: 'Hồ sơ vẫn được gửi ngay. Khi có thông tin, bạn quay lại với mã hồ sơ để bổ sung.',
      reason: 'Lý do (nếu muốn)',
      reasonHint: 'Ví dụ: chưa tìm thấy sổ bảo hiểm xã hội.',
    },
  },
  error: {
    deferrable: {
      /** Nothing chosen: both ways to answer, neither of them a fault. */
      required: 'Hãy nhập, hoặc chọn “Bổ sung sau”.',
    },
  },
};
