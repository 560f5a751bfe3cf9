// The demo portal's own script: what a host page typically does around the wizard. Kept in a file of its
// own because the page is served with `script-src 'self'` (no inline scripts).
const wizard = document.querySelector('lt-wizard');
const log = document.getElementById('submissions');

const TITLES = {
  birth: 'Đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
};

// The bundle comes from the address (`/?bundle=birth`), so each bundle has a link of its own.
const asked = new URLSearchParams(location.search).get('bundle');
const bundle = asked && Object.hasOwn(TITLES, asked) ? asked : 'birth';
wizard.setAttribute('bundle', bundle);
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
