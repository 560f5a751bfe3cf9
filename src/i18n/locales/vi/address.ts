/** Words of the searchable address field and its messages (Vietnamese); loaded with the later strings. */
export const address = {
  field: {
    address: {
      loading: 'Đang tải danh sách đơn vị hành chính…',
      noMatch: 'Không tìm thấy. Hãy gõ tên khác, có thể không cần dấu.',
      communeFirst: 'Có thể gõ tên xã/phường trước; tỉnh/thành phố sẽ được điền theo.',
      useOld: 'Địa chỉ trên giấy tờ của tôi ghi theo đơn vị hành chính cũ (trước 01/07/2025)',
      old: {
        province: 'Tỉnh/Thành phố (cũ)',
        district: 'Quận/Huyện/Thị xã (cũ)',
        commune: 'Xã/Phường/Thị trấn (cũ)',
      },
      nowIs: 'Nay là: {{unit}}.',
      whichSuccessor: '{{unit}} nay thuộc nhiều đơn vị mới. Nơi này nay thuộc:',
      before: 'trước 01/07/2025',
    },
  },
  error: {
    address: {
      unknownUnit: 'Vui lòng chọn tỉnh/thành phố và xã/phường từ danh sách.',
      communeNotInProvince: 'Xã/phường này không thuộc tỉnh/thành phố đã chọn. Vui lòng chọn lại.',
      chooseSuccessor: 'Đơn vị cũ này nay thuộc nhiều đơn vị mới. Vui lòng chọn nơi ở của bạn nay thuộc đơn vị nào.',
    },
  },
};
