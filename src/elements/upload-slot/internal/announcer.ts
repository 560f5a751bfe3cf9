/**
 * What the slot's polite live region says. A screen reader reads a live region each time its text changes, and
 * a new message cuts the one being read: announcing every percent, or ten "uploaded" in a row, would drown
 * what matters. So notes are gathered for a short while and said as one message, a file's "uploading" is
 * dropped when its outcome arrives in the same batch, and many files finishing together become one count.
 */
import type { Localizer } from '../../../i18n/i18n.js';

/** Something worth telling a screen-reader user, in the order it happened. */
export type Note =
  | { kind: 'added'; count: number }
  | { kind: 'started' | 'done' | 'failed' | 'removed'; name: string }
  | { kind: 'rejected'; name: string; reason: string }
  | { kind: 'moved'; name: string; position: number; count: number };

/** Outcomes that make a file's "uploading" in the same batch pointless to say. */
const OUTCOMES = new Set<Note['kind']>(['done', 'failed', 'rejected', 'removed']);

/** From this many files finishing in one batch, one count is said instead of each name. */
const MANY = 3;

/** The words for a batch of notes, in the order they happened (one count in place of many "uploaded"). */
export function wordsFor(notes: readonly Note[], t: Localizer['t']): string {
  const settled = new Set(notes.filter((note) => OUTCOMES.has(note.kind)).map((note) => ('name' in note ? note.name : '')));
  const kept = notes.filter((note) => !(note.kind === 'started' && settled.has(note.name)));
  const done = kept.filter((note) => note.kind === 'done');
  const many = done.length >= MANY;
  const words: string[] = [];
  for (const note of kept) {
    switch (note.kind) {
      case 'added':
        words.push(t('field.upload.announce.added', { count: note.count }));
        break;
      case 'done':
        if (!many) words.push(t('field.upload.announce.done', { name: note.name }));
        else if (note === done[0]) words.push(t('field.upload.announce.doneMany', { count: done.length }));
        break;
      case 'rejected':
        words.push(t('field.upload.announce.rejected', { name: note.name, reason: note.reason }));
        break;
      case 'moved':
        words.push(t('field.upload.announce.moved', { name: note.name, position: note.position, count: note.count }));
        break;
      default:
        words.push(t(`field.upload.announce.${note.kind}`, { name: note.name }));
    }
  }
  return words.join(' ');
}

/**
 * Gathers notes and writes them, `delayMs` after the last one (at most `maxDelayMs` after the first), through
 * `write`. The region is emptied first and filled a moment later, so the same words said twice are still read.
 */
export class Announcer {
  private notes: Note[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private first = 0;

  constructor(
    private readonly write: (text: string) => void,
    private readonly words: (notes: readonly Note[]) => string,
    private readonly delayMs = 300,
    private readonly maxDelayMs = 1500,
  ) {}

  /** Adds a note to the next message. */
  say(note: Note): void {
    if (!this.notes.length) this.first = Date.now();
    this.notes.push(note);
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(this.delayMs, this.first + this.maxDelayMs - Date.now()));
    this.timer = setTimeout(() => this.flush(), wait);
  }

  /** Says what is gathered now. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const notes = this.notes;
    this.notes = [];
    if (!notes.length) return;
    const text = this.words(notes);
    this.write('');
    // Long enough for the accessibility tree to see the empty region, short enough to feel immediate.
    setTimeout(() => this.write(text), 50);
  }

  /** Forgets what is not said yet. */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.notes = [];
  }
}
