/**
 * Ties the wizard's steps to the browser's history so the Back and Forward buttons move between steps, as a
 * citizen on a phone expects. Each step change pushes an entry tagged with the wizard's key; popstate entries
 * with another key (another wizard, the host's own routing) are left alone.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

interface HistoryEntry {
  key: string;
  step: string;
}

const STATE_KEY = 'lienthong';

export class HistorySync implements ReactiveController {
  private listening = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: {
      key: () => string;
      enabled: () => boolean;
      onStep: (step: string) => void;
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
    this.listening = true;
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
    this.listening = false;
  }

  /** Marks the current entry as showing `step`, without adding an entry (first render). */
  replace(step: string): void {
    this.write('replaceState', step);
  }

  /** Adds an entry for `step` (a move the citizen made with the wizard's own buttons). */
  push(step: string): void {
    const current = (history.state as Record<string, HistoryEntry> | null)?.[STATE_KEY];
    if (current?.key === this.options.key() && current.step === step) return;
    this.write('pushState', step);
  }

  private write(method: 'pushState' | 'replaceState', step: string): void {
    if (!this.listening || !this.options.enabled()) return;
    const base = history.state && typeof history.state === 'object' ? (history.state as object) : {};
    try {
      history[method]({ ...base, [STATE_KEY]: { key: this.options.key(), step } }, '');
    } catch {
      // Sandboxed iframes and some embedded webviews refuse history writes; the wizard works without them.
    }
  }

  private onPopState = (event: PopStateEvent): void => {
    if (!this.options.enabled()) return;
    const entry = (event.state as Record<string, HistoryEntry> | null)?.[STATE_KEY];
    if (entry && entry.key === this.options.key() && typeof entry.step === 'string') this.options.onStep(entry.step);
  };
}
