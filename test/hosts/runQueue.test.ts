import { HostError } from '../../src/hosts/host';
import { RunQueue } from '../../src/hosts/runQueue';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('tasks run one at a time, in order, whatever their outcome', async () => {
  const q = new RunQueue({ timeoutMs: 1000 });
  const log: string[] = [];
  const task = (name: string, ms: number, fail = false) => async () => {
    log.push(`start ${name}`);
    await wait(ms);
    log.push(`end ${name}`);
    if (fail) throw new Error(name);
    return name;
  };
  const results = await Promise.allSettled([q.run(task('a', 20)), q.run(task('b', 5, true)), q.run(task('c', 1))]);
  expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  expect(q.size).toBe(0);
});

test('a hung task times out with a Chinese HostError and the next task runs', async () => {
  const q = new RunQueue({ timeoutMs: 30 });
  const hung = q.run(() => new Promise<never>(() => undefined));
  const next = q.run(async () => 'next');
  await expect(hung).rejects.toBeInstanceOf(HostError);
  await expect(hung).rejects.toMatchObject({ code: 'timeout', message: expect.stringMatching(/[\u4e00-\u9fff]/) });
  await expect(next).resolves.toBe('next');
});

test('a task that throws synchronously rejects instead of breaking the queue', async () => {
  const q = new RunQueue({ timeoutMs: 100 });
  await expect(q.run(() => { throw new Error('sync'); })).rejects.toThrow('sync');
  await expect(q.run(async () => 1)).resolves.toBe(1);
});
