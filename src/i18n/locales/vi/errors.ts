/**
 * Messages for rule findings, keyed by `RuleIssue.code` below `error.`. Written for the citizen: say what is
 * wrong and what to do, politely and briefly. The English file is typed with this object, so a key missing
 * from either language fails the type check.
 */
export const errors = {
  error: {
    required: 'Thông tin này là bắt buộc.',
    choice: 'Vui lòng chọn một trong các lựa chọn có sẵn.',
    unknown: 'Thông tin này chưa hợp lệ. Vui lòng kiểm tra lại.',
    personalId: {
      format: 'Số định danh cá nhân gồm đúng 12 chữ số. Vui lòng kiểm tra lại.',
      birthYear:
        'Số định danh cá nhân ứng với năm sinh {{idYear}}, nhưng năm sinh đã nhập là {{declaredYear}}. ' +
        'Vui lòng kiểm tra lại số định danh hoặc ngày sinh.',
      sex: 'Số định danh cá nhân không khớp với giới tính đã chọn. Vui lòng kiểm tra lại số định danh hoặc giới tính.',
    },
    phone: {
      format: 'Vui lòng nhập số điện thoại di động gồm 10 chữ số, bắt đầu bằng số 0 (ví dụ 0912345678).',
    },
    email: {
      format: 'Địa chỉ email chưa đúng. Vui lòng nhập theo dạng ten@vidu.vn.',
    },
    date: {
      incomplete: 'Vui lòng nhập đủ ngày, tháng và năm.',
      invalid: 'Ngày không hợp lệ. Vui lòng nhập ngày, tháng, năm bằng chữ số và kiểm tra lại (ví dụ 15/03/2026).',
      year: 'Năm gồm 4 chữ số, trong khoảng từ {{min}} đến {{max}}.',
      future: 'Ngày đã nhập muộn hơn {{max}}. Vui lòng nhập ngày từ {{max}} trở về trước.',
      tooEarly: 'Ngày đã nhập sớm hơn {{min}}. Vui lòng nhập ngày từ {{min}} trở về sau.',
    },
    name: {
      characters:
        "Họ tên chỉ được gồm chữ cái (kể cả chữ có dấu), dấu cách, dấu gạch nối (-) và dấu nháy ('). " +
        'Vui lòng bỏ chữ số và ký hiệu khác.',
      length: 'Vui lòng nhập tên không quá {{max}} ký tự.',
    },
    text: {
      tooShort: 'Vui lòng nhập ít nhất {{min}} ký tự.',
      tooLong: 'Vui lòng nhập không quá {{max}} ký tự.',
    },
    socialInsurance: {
      format:
        'Mã số bảo hiểm xã hội gồm đúng 10 chữ số. Vui lòng kiểm tra lại trên thẻ bảo hiểm y tế hoặc sổ bảo hiểm xã hội.',
    },
  },
};
