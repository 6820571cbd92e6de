import { randomUUID } from 'node:crypto';

/** Fixed ids of a SIP request's parties and needs, to refer to them in measures and meetings. */
export interface SipRequestIds {
  region: string;
  forsakringskassan: string;
  need: string;
}

/**
 * The body of a complete SIP (samordnad individuell plan): consent given, the municipality's units,
 * the Region's psychiatry and Försäkringskassan taking part, one need, a measure by each, the first
 * unit holding overall responsibility (huvudansvar) and a follow-up date. `ids` names the parties.
 */
export function aSipRequest(
  unitIds: string[],
  overrides: Record<string, unknown> = {},
  ids: SipRequestIds = { region: randomUUID(), forsakringskassan: randomUUID(), need: randomUUID() },
): Record<string, unknown> {
  return {
    consent: {
      givenOn: '2026-03-02',
      covers: 'Samordning med psykiatrin och Försäkringskassan',
      relativesIncluded: false,
    },
    unitIds,
    externalParties: [
      {
        id: ids.region,
        organisationType: 'region',
        organisationName: 'Psykiatriska öppenvården',
        personName: 'Eva Kurator',
        role: 'kurator',
      },
      {
        id: ids.forsakringskassan,
        organisationType: 'forsakringskassan',
        organisationName: 'Försäkringskassan',
        personName: null,
        role: 'handläggare',
      },
    ],
    relatives: [],
    needs: [{ id: ids.need, description: 'Stöd med hälsa och väg till arbete' }],
    measures: [
      { needId: ids.need, measure: 'Arbetsträning', responsibleParty: unitIds[0] },
      { needId: ids.need, measure: 'Samtalsstöd', responsibleParty: ids.region },
    ],
    leadParty: unitIds[0],
    followUpOn: '2026-04-27',
    ...overrides,
  };
}
