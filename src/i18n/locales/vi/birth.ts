/**
 * Words of the birth bundle's first step (Vietnamese): what a phone needs to show it. Everything else is in
 * birth-later.ts. Keys follow src/bundles/birth.ts.
 */
export const birth = {
  birth: {
    title: 'Đăng ký khai sinh, thường trú, thẻ BHYT cho trẻ dưới 6 tuổi',
    procedure: {
      birthRegistration: { label: 'Đăng ký khai sinh', hint: 'Ủy ban nhân dân xã/phường cấp Giấy khai sinh.' },
      permanentResidence: { label: 'Đăng ký thường trú cho trẻ', hint: 'Công an xã/phường đăng ký thường trú.' },
      healthInsurance: { label: 'Cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi', hint: 'Cơ quan Bảo hiểm xã hội cấp thẻ, miễn phí.' },
    },
    step: {
      procedures: { title: 'Chọn thủ tục', intro: 'Khai một lần, hồ sơ được chuyển tới tư pháp, công an và bảo hiểm xã hội.' },
    },
    registration: {
      registrationKind: { label: 'Loại đăng ký khai sinh' },
    },
    option: {
      registrationKind: {
        domestic: 'Không có yếu tố nước ngoài',
        foreignBorderCommune: 'Có yếu tố nước ngoài, tại xã vùng biên giới',
      },
    },
  },
};
