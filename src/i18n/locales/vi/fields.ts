/** The fields' own words (messages about values are under `error.*`). */
export const fields = {
  field: {
    /** After the label of a field that may be left empty (govuk: mark the optional ones, not the required). */
    optional: '(không bắt buộc)',
    /** Read by screen readers before a message, so it is not taken for part of the question. */
    errorPrefix: 'Lỗi:',
    /** The same, before a notice: a message that says what to do without calling it an error. */
    noticePrefix: 'Lưu ý:',
    /** First entry of a select, standing for "nothing picked yet". */
    selectPrompt: '— Chọn —',
    /** Labels of the three boxes of a date. */
    date: {
      day: 'Ngày',
      month: 'Tháng',
      year: 'Năm',
    },
  },
};
