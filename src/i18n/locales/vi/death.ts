/**
 * Words of the death bundle (Vietnamese). Written for people in grief: short, gentle, never alarming; facts
 * that can come later are offered as such, never shown as faults. Keys follow src/bundles/death.ts.
 */
export const death = {
  death: {
    title: 'Đăng ký khai tử, xóa đăng ký thường trú, trợ cấp mai táng',
    procedure: {
      deathRegistration: { label: 'Đăng ký khai tử', hint: 'Ủy ban nhân dân xã/phường cấp trích lục khai tử.' },
      residenceRemoval: { label: 'Xóa đăng ký thường trú', hint: 'Công an xã/phường thực hiện.' },
      funeralAllowance: { label: 'Trợ cấp mai táng', hint: 'Trả cho người lo mai táng.' },
      survivorBenefit: { label: 'Trợ cấp tuất', hint: 'Cho thân nhân, nếu người mất có tham gia bảo hiểm xã hội.' },
    },
    step: {
      procedures: {
        title: 'Những việc sẽ làm',
        intro:
          'Chúng tôi xin chia buồn cùng gia đình. Việc khai tử và xóa thường trú được làm ngay. Bạn sẽ cần giấy báo tử và thông tin của người đã mất; một số thông tin như mã số bảo hiểm xã hội có thể bổ sung sau.',
      },
      declarant: { title: 'Người đi khai' },
      declarantContact: { title: 'Liên hệ của người đi khai' },
      deceased: { title: 'Người đã mất' },
      death: { title: 'Thời gian, nơi mất' },
      proof: { title: 'Giấy báo tử' },
      office: { title: 'Nơi đăng ký khai tử' },
      household: { title: 'Hộ gia đình' },
      funeral: { title: 'Trợ cấp mai táng', intro: 'Nếu chưa có mã số bảo hiểm xã hội, bạn có thể bổ sung sau. Việc khai tử không phải chờ.' },
      payment: { title: 'Cách nhận tiền' },
    },
    declarant: {
      fullName: { label: 'Họ, chữ đệm và tên' },
      personalId: { label: 'Số định danh cá nhân', hint: '12 chữ số, in trên thẻ căn cước.' },
      birthDate: { label: 'Ngày, tháng, năm sinh' },
      sex: { label: 'Giới tính' },
      relationship: { label: 'Quan hệ với người đã mất' },
      organisation: { label: 'Tên cơ quan, tổ chức bạn đại diện' },
      phone: { label: 'Số điện thoại di động', hint: 'Để nhận tin nhắn về hồ sơ.' },
      email: { label: 'Thư điện tử' },
      residence: { label: 'Nơi cư trú' },
    },
    deceased: {
      familyName: { label: 'Họ' },
      middleName: { label: 'Chữ đệm' },
      givenName: { label: 'Tên' },
      birthDate: { label: 'Ngày, tháng, năm sinh', hint: 'Nếu chỉ biết năm sinh, hãy bỏ trống và ghi năm ở ô dưới.' },
      birthYear: { label: 'Năm sinh' },
      sex: { label: 'Giới tính' },
      ethnicity: { label: 'Dân tộc' },
      nationality: { label: 'Quốc tịch' },
      nationalityName: { label: 'Tên quốc tịch' },
      personalId: { label: 'Số định danh cá nhân', hint: 'Nếu có.' },
      lastResidence: { label: 'Nơi cư trú cuối cùng' },
      socialInsuranceNumber: {
        label: 'Mã số bảo hiểm xã hội',
        hint: '10 chữ số, in trên sổ bảo hiểm xã hội hoặc thẻ bảo hiểm y tế. Nếu chưa tìm thấy, bạn có thể bổ sung sau.',
        inputLabel: 'Mã số bảo hiểm xã hội của người đã mất',
        now: 'Tôi có mã số',
        later: 'Bổ sung sau',
        lookup: 'Tra cứu theo số định danh của người đã mất',
      },
    },
    registration: {
      deathDate: { label: 'Ngày mất' },
      deathTime: { label: 'Giờ mất', hint: 'Ví dụ: 14:30. Bỏ trống nếu không rõ.' },
      placeOfDeathKind: { label: 'Nơi mất' },
      healthFacility: { label: 'Tên cơ sở y tế' },
      placeOfDeath: { label: 'Địa chỉ nơi mất' },
      cause: { label: 'Nguyên nhân', hint: 'Ghi như trên giấy báo tử.' },
      proofKind: { label: 'Giấy tờ bạn có' },
      proofNumber: { label: 'Số giấy', hint: 'Nếu có.' },
      proofDate: { label: 'Ngày cấp' },
      proofIssuer: { label: 'Nơi cấp', hint: 'Ví dụ: Bệnh viện Bạch Mai, hoặc Ủy ban nhân dân phường nơi mất.' },
      office: { label: 'Ủy ban nhân dân xã/phường nơi đăng ký khai tử' },
    },
    household: {
      deceasedWasHead: { label: 'Người đã mất có phải là chủ hộ không?' },
      headName: { label: 'Họ, chữ đệm và tên chủ hộ' },
      newHeadName: { label: 'Người sẽ làm chủ hộ', hint: 'Hộ gia đình cần có chủ hộ mới.' },
      newHeadPersonalId: { label: 'Số định danh cá nhân của chủ hộ mới' },
    },
    funeral: {
      regime: { label: 'Người đã mất thuộc trường hợp nào?', hint: 'Nếu không rõ, hãy chọn “Tôi không rõ”: cơ quan sẽ xem xét giúp.' },
      organiser: { label: 'Ai lo mai táng?' },
      organiserName: { label: 'Họ, chữ đệm và tên người lo mai táng' },
      organiserPersonalId: { label: 'Số định danh cá nhân của người lo mai táng' },
      organiserRelationship: { label: 'Quan hệ với người đã mất' },
    },
    payment: {
      payee: { label: 'Bạn muốn nhận tiền theo cách nào?' },
    },
    documents: {
      deathProof: { label: 'Giấy báo tử hoặc giấy tờ thay thế', hint: 'Do bệnh viện, Ủy ban nhân dân nơi mất hoặc tòa án cấp.' },
      authorisation: { label: 'Văn bản ủy quyền hoặc giấy giới thiệu', hint: 'Khi bạn không phải là người thân của người đã mất.' },
      allowanceDecision: { label: 'Quyết định hưởng trợ cấp xã hội hằng tháng', hint: 'Nếu có.' },
    },
    option: {
      declarantRelationship: {
        spouse: 'Vợ hoặc chồng',
        child: 'Con',
        parent: 'Cha hoặc mẹ',
        sibling: 'Anh, chị, em',
        grandchild: 'Cháu',
        otherRelative: 'Người thân khác',
        notRelative: 'Không phải người thân (đại diện cơ quan, tổ chức)',
      },
      placeOfDeathKind: { healthFacility: 'Tại bệnh viện, cơ sở y tế', home: 'Tại nhà', elsewhere: 'Nơi khác' },
      deathProofKind: {
        deathNotice: 'Giấy báo tử',
        courtDecision: 'Quyết định của tòa án tuyên bố đã chết',
        otherSubstitute: 'Giấy tờ khác thay giấy báo tử',
      },
      regime: {
        socialInsurance: 'Có tham gia bảo hiểm xã hội, hoặc đang hưởng lương hưu',
        socialProtection: 'Đang hưởng trợ cấp xã hội hằng tháng',
        merit: 'Người có công với cách mạng, hoặc thân nhân',
        unknown: 'Tôi không rõ',
      },
      organiser: { declarant: 'Tôi', someoneElse: 'Người khác' },
    },
  },
  error: {
    death: {
      birthYear: 'Năm sinh gồm 4 chữ số, ví dụ 1948.',
      time: 'Giờ ghi theo dạng giờ:phút, ví dụ 14:30.',
      survivorNeedsFuneral: 'Trợ cấp tuất được làm cùng trợ cấp mai táng. Vui lòng chọn cả trợ cấp mai táng.',
    },
  },
};
