/**
 * A transport that keeps dossiers, files and supplements in memory: Storybook has no receiver behind it. It
 * answers as the HTTP contract does (docs/http-contract.md), so the supplement flow can be shown whole.
 */
import { TransportError } from '../../src/index.js';
import type { Transport } from '../../src/index.js';
import type { AwaitedFact } from '../../src/core/transport/transport.js';

interface Held {
  bundle: string;
  awaiting: AwaitedFact[];
}

/** A new, empty in-memory back end; `held` seeds dossiers by reference. */
export function memoryTransport(held: Record<string, Held> = {}): Transport {
  const dossiers = new Map(Object.entries(held));
  return {
    submit: async (dossier) => {
      const deferred = (dossier as { deferred?: AwaitedFact[] }).deferred ?? [];
      dossiers.set(dossier.reference, { bundle: String(dossier.bundle), awaiting: deferred });
      return { reference: dossier.reference, receivedAt: new Date().toISOString(), duplicate: false };
    },
    upload: async ({ file, name, type, sha256 }, options) => {
      options?.onProgress?.({ sent: file.size, total: file.size });
      return { id: crypto.randomUUID(), name, type, size: file.size, sha256 };
    },
    deferred: async (reference) => {
      const dossier = dossiers.get(reference);
      if (!dossier) throw new TransportError('not-found', `No dossier ${reference}`, { status: 404 });
      return { reference, bundle: dossier.bundle, awaiting: dossier.awaiting };
    },
    supplement: async (reference, facts) => {
      const dossier = dossiers.get(reference);
      if (!dossier) throw new TransportError('not-found', `No dossier ${reference}`, { status: 404 });
      if (dossier.awaiting.length === 0) throw new TransportError('completed', 'Nothing is awaited', { status: 409 });
      dossier.awaiting = dossier.awaiting.filter((fact) => !(fact.fact in facts));
      return { reference, receivedAt: new Date().toISOString(), complete: dossier.awaiting.length === 0 };
    },
  };
}
