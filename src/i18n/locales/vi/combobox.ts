/**
 * Words of the searchable list (`<lt-combobox>`: province, commune, bank…), Vietnamese first.
 *
 * `results` is an i18next plural: the plain key is the general form, `_one` the singular. Vietnamese has one
 * form and never reads `_one`; the copy is there because English needs it and is typed with this object.
 */
export const combobox = {
  field: {
    combobox: {
      /** Said by the polite live region a moment after the citizen stops typing (never on every key). */
      results: '{{count}} kết quả. Dùng phím mũi tên để chọn.',
      results_one: '{{count}} kết quả. Dùng phím mũi tên để chọn.',
      /** Shown in the popup (and said) when nothing matches what was typed; a host may give its own words. */
      noResults: 'Không tìm thấy kết quả phù hợp.',
    },
  },
};
