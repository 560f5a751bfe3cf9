/** The wizard's words for the review, sending and its messages (Vietnamese); loaded after the first step. */
export const wizardLater = {
  wizard: {
    submit: 'Gửi hồ sơ',
    submitting: 'Đang gửi hồ sơ…',
    retry: 'Gửi lại',
    review: {
      title: 'Kiểm tra lại trước khi gửi',
      intro: 'Hãy đọc lại các thông tin dưới đây. Chọn “Thay đổi” để sửa thông tin nào chưa đúng.',
      procedures: 'Thủ tục đề nghị',
      change: 'Thay đổi',
      declaration: 'Khi gửi hồ sơ, tôi cam đoan những thông tin đã khai là đúng sự thật.',
      incomplete: 'Hồ sơ còn thông tin cần bổ sung ở bước “{{step}}”.',
    },
    submitted: {
      title: 'Hồ sơ đã được gửi',
      reference: 'Mã hồ sơ',
      next: 'Hãy ghi lại mã hồ sơ. Cơ quan giải quyết sẽ thông báo kết quả qua tin nhắn và Cổng dịch vụ công.',
      print: 'In bản tóm tắt',
    },
    failed: {
      title: 'Chưa gửi được hồ sơ',
      network: 'Không kết nối được tới cổng dịch vụ công. Vui lòng kiểm tra kết nối mạng rồi gửi lại.',
      server: 'Cổng dịch vụ công đang bận. Vui lòng thử gửi lại sau ít phút.',
      rejected: 'Cổng dịch vụ công không nhận hồ sơ này. Vui lòng kiểm tra lại thông tin hoặc liên hệ bộ phận một cửa.',
      conflict: 'Mã hồ sơ này đã được dùng cho một hồ sơ khác. Vui lòng liên hệ bộ phận một cửa.',
      'too-large': 'Hồ sơ quá lớn để gửi qua mạng. Vui lòng liên hệ bộ phận một cửa.',
      aborted: 'Việc gửi hồ sơ đã bị dừng.',
      canceled: 'Cổng dịch vụ công chưa cho phép gửi hồ sơ lúc này.',
      kept: 'Thông tin bạn đã khai vẫn được giữ nguyên.',
    },
  },
  error: {
    upload: {
      required: 'Vui lòng đính kèm giấy tờ này.',
    },
    invalid: 'Thông tin này chưa đúng định dạng. Vui lòng kiểm tra lại.',
    address: {
      provinceMissing: 'Vui lòng nhập tỉnh/thành phố.',
      cityMissing: 'Vui lòng nhập thành phố hoặc bang ở nước ngoài.',
      communeMissing: 'Vui lòng nhập xã/phường/đặc khu.',
      detailMissing: 'Vui lòng nhập số nhà, đường hoặc thôn/tổ dân phố.',
    },
  },
};
