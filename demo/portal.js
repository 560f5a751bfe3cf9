// The demo portal's own script: what a host page typically does around the wizard. Kept in a file of its
// own because the page is served with `script-src 'self'` (no inline scripts).
const wizard = document.querySelector('lt-wizard');
const log = document.getElementById('submissions');

const TITLES = {
  birth: 'Đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
  death: 'Đăng ký khai tử, xóa đăng ký thường trú, hưởng trợ cấp mai táng',
};

// The bundle comes from the address (`/?bundle=death`), so each bundle has a link of its own; so does the
// page where a family gives what it left for later (`/?bundle=death&supplement=REFERENCE`).
const params = new URLSearchParams(location.search);
const asked = params.get('bundle');
const bundle = asked && Object.hasOwn(TITLES, asked) ? asked : 'birth';
wizard.setAttribute('bundle', bundle);
wizard.setAttribute('supplement-href', `/?bundle=${bundle}&supplement={reference}`);
const supplement = params.get('supplement');
if (supplement) wizard.setAttribute('supplement', supplement);

/**
 * The portal's lookup of a social-insurance number. A real portal asks the social-insurance agency's service
 * with the deceased's personal ID; this demo knows one person, so a journey can show each outcome: the number
 * found (personal ID 001048065432), nothing found (any other complete ID), and no answer (no ID typed).
 */
const DEMO_INSURED = { '001048065432': '0101234567' };
wizard.lookups = {
  'deceased.socialInsuranceNumber': async ({ answers, signal }) => {
    await new Promise((done) => setTimeout(done, 600));
    if (signal.aborted) return null;
    const id = answers['deceased.personalId'];
    if (typeof id !== 'string' || id.length !== 12) throw new Error('No personal ID to search by');
    return DEMO_INSURED[id] ?? null;
  },
};
document.getElementById('page-title').textContent = TITLES[bundle];
for (const link of document.querySelectorAll('[data-bundle]')) {
  if (link.dataset.bundle === bundle) link.setAttribute('aria-current', 'page');
}

// Language switch: the wizard follows its `lang` attribute.
const langButtons = document.querySelectorAll('[data-lang]');
for (const button of langButtons) {
  button.addEventListener('click', () => {
    wizard.setAttribute('lang', button.dataset.lang);
    for (const other of langButtons) other.setAttribute('aria-pressed', String(other === button));
  });
}

/** Adds a line to the visible log; text only, never HTML. */
function note(text, kind) {
  const item = document.createElement('li');
  item.className = kind;
  const time = document.createElement('time');
  time.dateTime = new Date().toISOString();
  time.textContent = new Date().toLocaleTimeString('vi-VN');
  item.append(time, ' ', text);
  log.prepend(item);
}

wizard.addEventListener('lt-submitted', (event) => {
  const detail = event.detail ?? {};
  const receipt = detail.receipt ?? detail;
  const reference = receipt.reference ?? detail.dossier?.reference ?? '?';
  note(`Đã nộp hồ sơ ${reference}${receipt.duplicate ? ' (đã có từ trước)' : ''}.`, 'ok');
});

wizard.addEventListener('lt-supplemented', (event) => {
  note(`Đã bổ sung hồ sơ ${event.detail.reference}: ${Object.keys(event.detail.facts).join(', ')}.`, 'ok');
});

wizard.addEventListener('lt-submit-failed', (event) => {
  const error = event.detail?.error ?? event.detail;
  note(`Nộp không thành công: ${error?.message ?? error?.kind ?? 'lỗi không rõ'}.`, 'error');
});

// Without the built bundle the page would show nothing where the form should be: say why instead.
addEventListener('load', () => {
  setTimeout(() => {
    if (!customElements.get('lt-wizard')) document.getElementById('wizard-missing').hidden = false;
  }, 1500);
});
