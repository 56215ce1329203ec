/** The pane renders before the host chunk: calls wait for it, settings chosen meanwhile are kept. */
import { Assistant } from '../../src/app/assistant';
import { DeferredAssistant } from '../../src/app/deferredAssistant';
import { perSheetSeedGrids } from '../fixtures/seedGrids';
import { MemoryHost } from '../fakes/memoryHost';

test('calls made before the host has loaded run once it has, with the settings chosen meanwhile', async () => {
  let resolve: (a: Assistant) => void = () => undefined;
  const ready = new Promise<Assistant>((r) => (resolve = r));
  const deferred = new DeferredAssistant('excel', ready);
  expect(deferred.getSettings().profile).toBe('hebei-2023');
  deferred.updateSettings({ profile: 'mof-2021' });
  expect(deferred.getSettings().profile).toBe('mof-2021');

  const pending = deferred.checkAll();
  const host = new MemoryHost([perSheetSeedGrids()[0]]);
  expect(host.calls).toEqual([]);
  resolve(new Assistant(host));
  const result = await pending;
  // mof-2021 makes 成本指标 a 一级 indicator, so the hebei-2023 seed table breaks H07 there.
  expect(result.diagnostics.some((d) => d.rule === 'H07')).toBe(true);
  expect(deferred.getSettings().profile).toBe('mof-2021');
  expect(deferred.capabilities).toEqual(host.capabilities);
});
