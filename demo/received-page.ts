/**
 * The "received dossiers" page of the demo: what the demo receiver holds, for a person to look at, with each
 * dossier's documents per slot and links to the uploaded files, the facts it still awaits and those supplied
 * later. Every value comes from a submitted dossier or supplement, so every value is escaped.
 */
import { awaitingOf } from './dossier-store.js';
import type { AwaitedFact, DossierSummary, StoredRecord, StoredSupplement } from './dossier-store.js';

/** One document slot of a received dossier, as listed. */
export interface ReceivedDocument {
  slot: string;
  files: Array<{ id: string; name: string; size: number }>;
}

/** A line of the page: the summary, the dossier's documents, what it still awaits and what was supplied later. */
export type ReceivedEntry = DossierSummary & {
  documents?: ReceivedDocument[];
  awaiting?: AwaitedFact[];
  supplements?: StoredSupplement[];
};

/** What the page shows of a stored record besides its summary. */
export function detailsOf(record: StoredRecord | undefined): Pick<ReceivedEntry, 'documents' | 'awaiting' | 'supplements'> {
  const supplements = Array.isArray(record?.supplements) ? record.supplements : [];
  return { documents: documentsOf(record?.dossier), awaiting: awaitingOf(record?.dossier, supplements), supplements };
}

/** The `documents` of a stored dossier, keeping only well-formed entries (the page must render whatever it holds). */
export function documentsOf(dossier: unknown): ReceivedDocument[] {
  const documents = (dossier as { documents?: unknown } | null | undefined)?.documents;
  if (!Array.isArray(documents)) return [];
  return documents.map((document: { slot?: unknown; files?: unknown } | null) => ({
    slot: String(document?.slot ?? '?'),
    files: (Array.isArray(document?.files) ? (document.files as Array<Record<string, unknown> | null>) : []).map((file) => ({
      id: String(file?.['id'] ?? ''),
      name: String(file?.['name'] ?? ''),
      size: Number(file?.['size']) || 0,
    })),
  }));
}

const NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${NUMBER.format(bytes / 1024)} KB`;
  return `${NUMBER.format(bytes / (1024 * 1024))} MB`;
}

function documentsCell(documents: ReceivedDocument[] | undefined, basePath: string): string {
  if (!documents?.length) return '—';
  const slots = documents.map((document) => {
    const files = document.files.map((file) => {
      const href = `${basePath}/uploads/${encodeURIComponent(file.id)}`;
      return `<li><a href="${escapeHtml(href)}">${escapeHtml(file.name || file.id)}</a> <span class="count">(${escapeHtml(formatSize(file.size))})</span></li>`;
    });
    return `<li><strong>${escapeHtml(document.slot)}</strong> <span class="count">(${document.files.length} tệp)</span>${files.length ? `<ul>${files.join('')}</ul>` : ''}</li>`;
  });
  return `<ul>${slots.join('')}</ul>`;
}

function laterCell(entry: ReceivedEntry): string {
  const awaiting = entry.awaiting ?? [];
  const supplements = entry.supplements ?? [];
  if (!awaiting.length && !supplements.length) return '—';
  const parts: string[] = [];
  if (awaiting.length) {
    const items = awaiting.map((item) => {
      const procedures = item.procedures.length ? ` <span class="count">(${escapeHtml(item.procedures.join(', '))})</span>` : '';
      const reason = item.reason ? ` — <q>${escapeHtml(item.reason)}</q>` : '';
      return `<li><code>${escapeHtml(item.fact)}</code>${procedures}${reason}</li>`;
    });
    parts.push(`<p><strong>Đang chờ bổ sung</strong></p><ul>${items.join('')}</ul>`);
  } else {
    parts.push('<p><strong>Đã bổ sung đủ</strong></p>');
  }
  for (const supplement of supplements) {
    const facts = Object.entries(supplement.facts ?? {}).map(
      ([fact, value]) => `<li><code>${escapeHtml(fact)}</code>: ${escapeHtml(typeof value === 'string' ? value : JSON.stringify(value))}</li>`,
    );
    parts.push(
      `<p>Bổ sung lúc <time datetime="${escapeHtml(supplement.receivedAt)}">${escapeHtml(formatTime(String(supplement.receivedAt)))}</time></p><ul>${facts.join('')}</ul>`,
    );
  }
  return parts.join('');
}

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

function row(summary: ReceivedEntry, basePath: string): string {
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
      <td>${documentsCell(summary.documents, basePath)}</td>
      <td>${laterCell(summary)}</td>
      <td><a href="${escapeHtml(json)}">JSON</a></td>
    </tr>`;
}

/** The whole page, in Vietnamese; `basePath` is where the receiver is mounted (for the JSON and file links). */
export function renderReceivedPage(summaries: ReceivedEntry[], basePath: string): string {
  const body = summaries.length
    ? `<table>
    <caption>${summaries.length} hồ sơ, mới nhất trước</caption>
    <thead><tr><th scope="col">Mã hồ sơ</th><th scope="col">Thời điểm nhận</th><th scope="col">Nhóm thủ tục</th>
      <th scope="col">Thủ tục yêu cầu</th><th scope="col">Giấy tờ đính kèm</th>
      <th scope="col">Thông tin bổ sung sau</th><th scope="col">Dữ liệu</th></tr></thead>
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
