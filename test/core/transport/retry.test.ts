import { expect } from '@open-wc/testing';
import { DEFAULT_RETRY, backoffDelay, withRetry } from '../../../src/core/transport/retry.js';
import type { RetryOptions } from '../../../src/core/transport/retry.js';
import { TransportError } from '../../../src/core/transport/transport.js';

class Transient extends Error {}

/** A sleep that records the waits and returns at once. */
function fakeSleep() {
  const waits: number[] = [];
  return { waits, sleep: (ms: number) => (waits.push(ms), Promise.resolve()) };
}

function options(overrides: Partial<RetryOptions> = {}): RetryOptions {
  return {
    attempts: 4,
    baseDelayMs: 100,
    maxDelayMs: 1000,
    isRetryable: (error) => error instanceof Transient,
    random: () => 0.999,
    ...overrides,
  };
}

/** An operation that fails `failures` times, then resolves with the attempt number. */
function failing(failures: number, error: () => Error = () => new Transient('busy')) {
  const calls: number[] = [];
  const operation = async (attempt: number) => {
    calls.push(attempt);
    if (calls.length <= failures) throw error();
    return attempt;
  };
  return { calls, operation };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('withRetry', () => {
  it('returns the first success without waiting', async () => {
    const { waits, sleep } = fakeSleep();
    const { calls, operation } = failing(0);
    expect(await withRetry(operation, options({ sleep }))).to.equal(1);
    expect(calls).to.deep.equal([1]);
    expect(waits).to.deep.equal([]);
  });

  it('retries transient failures with capped exponential waits', async () => {
    const { waits, sleep } = fakeSleep();
    const { calls, operation } = failing(3);
    expect(await withRetry(operation, options({ sleep, maxDelayMs: 300 }))).to.equal(4);
    expect(calls).to.deep.equal([1, 2, 3, 4]);
    // random() ≈ 1 gives the caps: 100, 200, then 400 capped at 300.
    expect(waits).to.deep.equal([99, 199, 299]);
  });

  it('spreads each wait over [0, cap] (full jitter)', () => {
    const policy = { attempts: 4, baseDelayMs: 500, maxDelayMs: 8000 };
    expect(backoffDelay(1, policy, () => 0)).to.equal(0);
    expect(backoffDelay(3, policy, () => 0.5)).to.equal(1000);
    expect(backoffDelay(10, policy, () => 0.999999)).to.be.below(8000);
  });

  it('gives up after the last attempt with the last error', async () => {
    const { sleep } = fakeSleep();
    let n = 0;
    const error = await rejection(withRetry(async () => Promise.reject(new Transient(`try ${++n}`)), options({ sleep, attempts: 3 })));
    expect((error as Error).message).to.equal('try 3');
  });

  it('does not retry a permanent failure', async () => {
    const { waits, sleep } = fakeSleep();
    const { calls, operation } = failing(1, () => new Error('bad request'));
    const error = await rejection(withRetry(operation, options({ sleep })));
    expect((error as Error).message).to.equal('bad request');
    expect(calls).to.have.length(1);
    expect(waits).to.deep.equal([]);
  });

  it('turns a synchronous throw into a rejection', async () => {
    const error = await rejection(
      withRetry(() => {
        throw new Error('sync');
      }, options()),
    );
    expect((error as Error).message).to.equal('sync');
  });

  it('waits as long as the server asks (Retry-After) instead of the back-off', async () => {
    const { waits, sleep } = fakeSleep();
    const { operation } = failing(1);
    await withRetry(operation, options({ sleep, retryAfterMs: () => 700 }));
    expect(waits).to.deep.equal([700]);
  });

  it('stops when the server asks for a longer wait than maxDelayMs', async () => {
    const { waits, sleep } = fakeSleep();
    const { calls, operation } = failing(1);
    const error = await rejection(withRetry(operation, options({ sleep, retryAfterMs: () => 5000 })));
    expect(error).to.be.instanceOf(Transient);
    expect(calls).to.have.length(1);
    expect(waits).to.deep.equal([]);
  });

  it('does not start when already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const { calls, operation } = failing(0);
    const error = await rejection(withRetry(operation, options({ signal: controller.signal })));
    expect(error).to.be.instanceOf(TransportError);
    expect((error as TransportError).kind).to.equal('aborted');
    expect(calls).to.deep.equal([]);
  });

  it('stops waiting at once on abort, even with a sleep that ignores the signal', async () => {
    const controller = new AbortController();
    const { calls, operation } = failing(5);
    const never = () => new Promise<void>(() => undefined);
    const pending = withRetry(operation, options({ signal: controller.signal, sleep: never }));
    await Promise.resolve();
    controller.abort(new Error('person left'));
    const error = await rejection(pending);
    expect((error as TransportError).kind).to.equal('aborted');
    expect((error as TransportError).retryable).to.equal(false);
    expect(calls).to.have.length(1);
  });

  it('abandons a try in progress on abort', async () => {
    const controller = new AbortController();
    const pending = withRetry(() => new Promise<never>(() => undefined), options({ signal: controller.signal }));
    setTimeout(() => controller.abort(), 10);
    expect(((await rejection(pending)) as TransportError).kind).to.equal('aborted');
  });

  it('reports a failure caused by the abort as aborted', async () => {
    const controller = new AbortController();
    const operation = () =>
      new Promise<never>((_, reject) => {
        controller.signal.addEventListener('abort', () => reject(new Transient('socket closed')));
      });
    const pending = withRetry(operation, options({ signal: controller.signal }));
    controller.abort();
    expect(((await rejection(pending)) as TransportError).kind).to.equal('aborted');
  });

  it('has a default policy of 4 tries, 500 ms base, 8 s cap', () => {
    expect(DEFAULT_RETRY).to.deep.equal({ attempts: 4, baseDelayMs: 500, maxDelayMs: 8000 });
  });
});
