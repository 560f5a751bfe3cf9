/** The wizard's own words, the shared option sets and the engine's messages (Vietnamese). */
import { ETHNICITY_LABELS } from '../../../data/ethnicities.js';

export const wizard = {
  wizard: {
    stepOf: 'Bước {{index}} / {{total}}',
    progress: 'Tiến độ kê khai',
    next: 'Tiếp tục',
    saveAndReview: 'Lưu và quay lại phần kiểm tra',
    back: 'Quay lại',
    submit: 'Gửi hồ sơ',
    submitting: 'Đang gửi hồ sơ…',
    retry: 'Gửi lại',
    errorSummary: 'Có thông tin cần sửa',
    unknownBundle: 'Không tìm thấy nhóm thủ tục “{{name}}”. Vui lòng báo cho đơn vị quản lý cổng dịch vụ công.',
    noBundle: 'Trang này chưa chọn nhóm thủ tục nào để kê khai.',
    procedures: {
      label: 'Bạn muốn làm những thủ tục nào?',
      hint: 'Chọn thêm các thủ tục muốn làm cùng lúc. Thông tin chung chỉ cần khai một lần.',
      always: 'Luôn được thực hiện:',
    },
    prefill: {
      notice: 'Một số thông tin đã được điền sẵn từ tài khoản của bạn. Vui lòng kiểm tra lại và sửa nếu chưa đúng.',
      marker: 'Điền sẵn từ tài khoản — vui lòng kiểm tra.',
      rejected: 'Một số dữ liệu điền sẵn không dùng được nên đã được bỏ qua. Vui lòng tự khai các thông tin đó.',
    },
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
  field: {
    address: {
      country: 'Quốc gia',
      province: 'Tỉnh/Thành phố',
      commune: 'Xã/Phường/Đặc khu',
      detail: 'Số nhà, đường, thôn/tổ dân phố',
      city: 'Thành phố/Bang',
    },
  },
  option: {
    sex: { male: 'Nam', female: 'Nữ' },
    yesNo: { yes: 'Có', no: 'Không' },
    nationality: { vn: 'Việt Nam', other: 'Quốc tịch khác' },
    residenceType: { permanent: 'Thường trú', temporary: 'Tạm trú', current: 'Nơi ở hiện tại' },
    ethnicity: ETHNICITY_LABELS,
  },
  error: {
    invalid: 'Thông tin này chưa đúng định dạng. Vui lòng kiểm tra lại.',
    address: {
      provinceMissing: 'Vui lòng nhập tỉnh/thành phố.',
      cityMissing: 'Vui lòng nhập thành phố hoặc bang ở nước ngoài.',
      communeMissing: 'Vui lòng nhập xã/phường/đặc khu.',
      detailMissing: 'Vui lòng nhập số nhà, đường hoặc thôn/tổ dân phố.',
    },
  },
};
