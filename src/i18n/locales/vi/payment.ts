/**
 * Words of the bank picker and the payee group, and their messages (Vietnamese); loaded with the later strings.
 * Read by families who have just lost someone: say plainly what to do, never blame, keep it short.
 */
export const payment = {
  field: {
    bank: {
      label: 'Ngân hàng',
      hint: 'Gõ tên ngân hàng, tên viết tắt (ví dụ VCB) hoặc mã BIN, không cần gõ dấu.',
      loading: 'Đang tải danh sách ngân hàng…',
      noMatch: 'Không tìm thấy ngân hàng này. Hãy thử tên viết tắt (ví dụ Vietcombank, Agribank) hoặc tên đầy đủ.',
      loadFailed: 'Chưa tải được danh sách ngân hàng. Vui lòng kiểm tra kết nối mạng rồi gõ lại.',
    },
    payee: {
      /** The group's question when the host gives no label. */
      label: 'Bạn muốn nhận tiền theo cách nào?',
      bank: 'Chuyển khoản vào tài khoản ngân hàng',
      post: 'Nhận tiền mặt qua bưu điện',
      account: 'Số tài khoản',
      accountHint: 'Chỉ gồm chữ số (và chữ cái, nếu có), từ 6 đến 19 ký tự. Không cần gõ dấu cách.',
      holder: 'Tên chủ tài khoản',
      holderHint: 'Ghi như ngân hàng in trên thẻ hoặc trong ứng dụng, có dấu hay không dấu đều được. Ví dụ: NGUYEN VAN AN.',
      /** The one-line reading on the review step (payeeText). */
      review: {
        transfer: 'Chuyển khoản',
        account: 'số tài khoản',
        holder: 'chủ tài khoản',
        post: 'Nhận tiền mặt qua bưu điện',
      },
    },
  },
  error: {
    bank: {
      unknown: 'Ngân hàng này không có trong danh sách. Vui lòng chọn lại ngân hàng từ danh sách.',
    },
    payee: {
      methodMissing: 'Vui lòng chọn cách nhận tiền: chuyển khoản hoặc nhận tiền mặt qua bưu điện.',
      bankMissing: 'Vui lòng chọn ngân hàng nhận tiền.',
      accountMissing: 'Vui lòng nhập số tài khoản.',
      accountFormat: 'Số tài khoản gồm từ {{min}} đến {{max}} chữ số hoặc chữ cái. Vui lòng kiểm tra lại.',
      holderMissing: 'Vui lòng nhập tên chủ tài khoản.',
      holderFormat: 'Tên chủ tài khoản chỉ gồm chữ cái và dấu cách, như ngân hàng in. Vui lòng bỏ chữ số và ký hiệu.',
    },
  },
};
