/**
 * The wizard's words for its steps and the shared option sets (Vietnamese). What only the review, the sending
 * and the error messages need is in wizard-later.ts, loaded with the later strings.
 */
export const wizard = {
  wizard: {
    stepOf: 'Bước {{index}} / {{total}}',
    progress: 'Tiến độ kê khai',
    next: 'Tiếp tục',
    saveAndReview: 'Lưu và quay lại phần kiểm tra',
    back: 'Quay lại',
    errorSummary: 'Có thông tin cần sửa',
    unknownBundle: 'Không tìm thấy nhóm thủ tục “{{name}}”. Vui lòng báo cho đơn vị quản lý cổng dịch vụ công.',
    noBundle: 'Trang này chưa chọn nhóm thủ tục nào để kê khai.',
    loading: 'Đang tải trang kê khai…',
    loadFailed: 'Chưa tải được trang kê khai. Vui lòng kiểm tra kết nối mạng rồi thử lại.',
    tryAgain: 'Thử lại',
    /** After the label of one of several alternative documents. */
    oneOf: '(chỉ cần một trong các giấy tờ ở bước này)',
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
  },
};
