/** The shared adapter contract (test/hosts/contract) on the WPS host over the ET fake, counting ET calls. */
import { describeHostContract } from '../contract/hostContract';
import { createEtFake } from '../../fakes/etFake';
import { WpsHost } from '../../../src/hosts/wps/wpsHost';

describeHostContract(
  'WPS 表格 (ET fake)',
  async (grids) => {
    const fake = createEtFake({ grids });
    const registry: Record<string, unknown> = {};
    const host = new WpsHost({ app: fake.app, registryHost: registry });
    return {
      host,
      roundTrips: () => fake.counter.calls,
      userEdit: async (sheet, cell, value) => {
        fake.userType(sheet, cell, value === null || typeof value === 'boolean' ? null : value);
      },
    };
  },
  // Cross-process calls (each property get/set or method call on an ET object).
  { insertTemplate: 150, convertSeedSheet: 1650, liveEdit: 20, summary50: 10500 },
);
