/**
 * The "received dossiers" page of the demo: what the demo receiver holds, for a person to look at. Every
 * value comes from a submitted dossier, so every value is escaped.
 */
import type { DossierSummary } from './dossier-store.js';

const BUNDLE_NAMES: Record<string, string> = {
  birth: 'Liên thông khai sinh',
  death: 'Liên thông khai tử',
};

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('vi-VN', {
    dateStyle: 'short',
    timeStyle: 'medium',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(date);
}

function row(summary: DossierSummary, basePath: string): string {
  const json = `${basePath}/dossiers/${encodeURIComponent(summary.reference)}`;
  const bundle = summary.bundle === null ? '—' : (BUNDLE_NAMES[summary.bundle] ?? summary.bundle);
  const procedures = summary.procedures.length
    ? `<ul>${summary.procedures.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>`
    : '—';
  return `<tr>
      <td><code>${escapeHtml(summary.reference)}</code></td>
      <td><time datetime="${escapeHtml(summary.receivedAt)}">${escapeHtml(formatTime(summary.receivedAt))}</time></td>
      <td>${escapeHtml(bundle)}</td>
      <td>${procedures} <span class="count">(${summary.procedures.length})</span></td>
      <td><a href="${escapeHtml(json)}">JSON</a></td>
    </tr>`;
}

/** The whole page, in Vietnamese; `basePath` is where the receiver is mounted (for the JSON links). */
export function renderReceivedPage(summaries: DossierSummary[], basePath: string): string {
  const body = summaries.length
    ? `<table>
    <caption>${summaries.length} hồ sơ, mới nhất trước</caption>
    <thead><tr><th scope="col">Mã hồ sơ</th><th scope="col">Thời điểm nhận</th><th scope="col">Nhóm thủ tục</th>
      <th scope="col">Thủ tục yêu cầu</th><th scope="col">Dữ liệu</th></tr></thead>
    <tbody>${summaries.map((s) => row(s, basePath)).join('')}</tbody>
  </table>`
    : '<p>Chưa nhận hồ sơ nào.</p>';
  return `<!doctype html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Hồ sơ đã nhận — Cổng dịch vụ công (minh hoạ)</title>
  <link rel="stylesheet" href="/portal.css">
</head>
<body>
  <header class="portal-header">
    <p class="portal-name"><a href="/">Cổng dịch vụ công <span>(bản minh hoạ)</span></a></p>
  </header>
  <main class="received">
    <h1>Hồ sơ đã nhận</h1>
    <p>Các hồ sơ mà máy chủ minh hoạ đã lưu (thư mục dữ liệu cục bộ). <a href="/">Quay lại trang nộp hồ sơ</a></p>
    ${body}
  </main>
</body>
</html>
`;
}
