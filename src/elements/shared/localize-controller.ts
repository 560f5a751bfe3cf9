/**
 * Gives an element its strings: the surrounding wizard's (through context) or, on its own, the shipped ones in
 * the language that applies where it stands. Also renders the element again when the strings that load after
 * the first step arrive, so a message never stays a bare key.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { defaultLocalizer, defaultStringsPending, toLang } from '../../i18n/i18n.js';
import type { Localizer } from '../../i18n/i18n.js';
import { localizerContext } from './context.js';

/** The `lang` that applies to an element, looking through shadow roots, then the document's. */
export function langOf(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const found = node.closest('[lang]');
    if (found) return found.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.lang;
}

export class LocalizeController implements ReactiveController {
  private readonly consumer: ContextConsumer<typeof localizerContext, ReactiveControllerHost & HTMLElement>;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    this.consumer = new ContextConsumer(host, { context: localizerContext, subscribe: true });
    host.addController(this);
  }

  /** The strings in use now. */
  get localizer(): Localizer {
    return this.consumer.value ?? defaultLocalizer(toLang(langOf(this.host)));
  }

  hostConnected(): void {
    if (this.consumer.value) return;
    void defaultStringsPending()?.then(() => this.host.requestUpdate());
  }
}
