import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HostGate } from './host-gate.js';
import { fakeClock } from './testdata/test-server.js';

test('HostGate: starts to one host are delayMs apart, measured on the injected clock', async () => {
  const clock = fakeClock(0);
  const gate = new HostGate({ concurrency: 10, delayMs: 500, clock });
  const starts: number[] = [];
  for (let i = 0; i < 3; i++) {
    const release = await gate.acquire('a.test');
    starts.push(clock.now());
    release();
  }
  assert.deepEqual(starts, [0, 500, 1000]);
  const release = await gate.acquire('b.test');
  assert.equal(clock.now(), 1000, 'another host does not wait');
  release();
});

test('HostGate: host names are compared without case', async () => {
  const clock = fakeClock(0);
  const gate = new HostGate({ concurrency: 1, delayMs: 100, clock });
  (await gate.acquire('A.test'))();
  (await gate.acquire('a.TEST'))();
  assert.deepEqual(clock.sleeps, [100]);
});

test('HostGate: at most `concurrency` holders; a release hands the slot on', async () => {
  const gate = new HostGate({ concurrency: 2, delayMs: 0, clock: fakeClock(0) });
  const order: string[] = [];
  const first = await gate.acquire('h');
  const second = await gate.acquire('h');
  const third = gate.acquire('h').then((release) => {
    order.push('third');
    return release;
  });
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(order, [], 'third waits while two hold the host');
  first();
  first(); // releasing twice must not free two slots
  (await third)();
  assert.deepEqual(order, ['third']);
  const fourth = await gate.acquire('h');
  const fifth = gate.acquire('h');
  let fifthDone = false;
  void fifth.then(() => (fifthDone = true));
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(fifthDone, false, 'second and fourth hold the two slots');
  second();
  (await fifth)();
  fourth();
});

test('HostGate: an abort while queued leaves the queue and frees nothing it did not hold', async () => {
  const gate = new HostGate({ concurrency: 1, delayMs: 0, clock: fakeClock(0) });
  const holder = await gate.acquire('h');
  const controller = new AbortController();
  const queued = gate.acquire('h', controller.signal);
  controller.abort(new Error('cancelled'));
  await assert.rejects(queued, /cancelled/);
  holder();
  const next = await gate.acquire('h');
  next();
});

test('HostGate: raiseDelay widens the gap for that host only', async () => {
  const clock = fakeClock(0);
  const gate = new HostGate({ concurrency: 1, delayMs: 100, clock });
  gate.raiseDelay('slow.test', 2000);
  gate.raiseDelay('slow.test', 50); // never lowers
  (await gate.acquire('slow.test'))();
  (await gate.acquire('slow.test'))();
  (await gate.acquire('fast.test'))();
  (await gate.acquire('fast.test'))();
  assert.deepEqual(clock.sleeps, [2000, 100]);
});
