import { DEMO } from '@steg/access/demo';
import type { DemoSeed } from '@steg/database';
import { addDays } from '@steg/kernel';
import { DEMO_PARTICIPANTS } from '@steg/participants/demo';
import { DeviationEntity, DeviationTransitionEntity } from '../deviation.entity';
import type { DeviationState } from '../domain/deviation.types';

const id = (n: number): string => `00000000-0000-4000-8000-00000000${String(n).padStart(4, '0')}`;

/** Fixed ids of the demo deviations, for tests and docs. */
export const DEMO_DEVIATIONS = {
  alvaComplaint: id(7601),
  eliasAttendance: id(7602),
  partnerComplaint: id(7603),
  itClosed: id(7604),
} as const;

type Step = { to: DeviationState; daysAgo: number; by: string };

/**
 * Deviations and complaints raised to the AME unit manager (Maja), in every state (seed 001:
 * "avvikelserapporter skall skrivas vid brister … klagomål som inkommer lyftas till ledningen"):
 * Alva's complaint about how she was treated, under investigation; a deviation about Elias'
 * attendance that reached IFO late, with measures decided; a complaint from Arbetsförmedlingen about
 * information sharing, just reported; and an IT deviation, closed. Dates are relative to today.
 */
export const deviationsDemoSeed: DemoSeed = {
  name: 'deviations and complaints',
  async run(manager, { today }) {
    if (await manager.existsBy(DeviationEntity, { id: DEMO_DEVIATIONS.alvaComplaint })) return;
    const municipalityId = DEMO.municipalityId;
    const day = (daysAgo: number): string => addDays(today, -daysAgo);
    const at = (daysAgo: number): Date => new Date(`${day(daysAgo)}T10:00:00+01:00`);
    const { coach, manager: maja } = DEMO.users;
    const rows: {
      deviation: Partial<DeviationEntity> & { id: string; reportedBy: string };
      reported: number;
      steps: Step[];
    }[] = [
      {
        deviation: {
          id: DEMO_DEVIATIONS.alvaComplaint,
          kind: 'complaint',
          complainantKind: 'participant',
          participantId: DEMO_PARTICIPANTS.alva,
          category: 'treatment',
          severity: 'medium',
          description:
            'Alva upplevde att hon blev tillrättavisad inför arbetslaget när hon kom sent, och vill att det tas upp.',
          occurredOn: day(13),
          reportedBy: coach,
        },
        reported: 12,
        steps: [{ to: 'under_investigation', daysAgo: 10, by: maja }],
      },
      {
        deviation: {
          id: DEMO_DEVIATIONS.eliasAttendance,
          kind: 'deviation',
          participantId: DEMO_PARTICIPANTS.elias,
          category: 'attendance_reporting',
          severity: 'high',
          description:
            'Närvaron för Elias i Renare stad rapporterades inte under två veckor; IFO fick underlaget efter ' +
            'utbetalningen av försörjningsstöd.',
          occurredOn: day(22),
          reportedBy: coach,
          analysis:
            'Ordinarie handledare var sjuk och ersättaren saknade behörighet att rapportera; ingen bevakade ' +
            'att dagarna stod orapporterade.',
          measures:
            'Ersättare får behörighet i förväg; coachen ser orapporterade dagar på arbetslistan och stämmer av ' +
            'varje fredag.',
        },
        reported: 20,
        steps: [
          { to: 'under_investigation', daysAgo: 18, by: maja },
          { to: 'measures_decided', daysAgo: 14, by: maja },
        ],
      },
      {
        deviation: {
          id: DEMO_DEVIATIONS.partnerComplaint,
          kind: 'complaint',
          complainantKind: 'partner',
          complainantName: 'Arbetsförmedlingen',
          category: 'information_sharing',
          severity: 'medium',
          description:
            'Arbetsförmedlingen fick inte veta att två gemensamma deltagare hade avslutats hos AME förrän en ' +
            'månad efteråt.',
          occurredOn: day(5),
          reportedBy: maja,
        },
        reported: 3,
        steps: [],
      },
      {
        deviation: {
          id: DEMO_DEVIATIONS.itClosed,
          kind: 'deviation',
          category: 'it',
          severity: 'low',
          description: 'Verksamhetssystemet gick inte att nå en förmiddag; närvaron fördes på papper.',
          occurredOn: day(41),
          reportedBy: coach,
          analysis: 'Planerat underhåll som inte hade aviserats till enheten.',
          measures: 'IT aviserar underhåll till enhetschefen en vecka i förväg; pappersrutin finns i pärmen.',
          closedBy: maja,
          closedAt: at(30),
        },
        reported: 40,
        steps: [
          { to: 'under_investigation', daysAgo: 38, by: maja },
          { to: 'measures_decided', daysAgo: 35, by: maja },
          { to: 'closed', daysAgo: 30, by: maja },
        ],
      },
    ];
    let transition = 7611;
    for (const { deviation, reported, steps } of rows) {
      await manager.insert(DeviationEntity, {
        municipalityId,
        unitId: DEMO.units.ame,
        participantId: null,
        complainantKind: null,
        complainantName: null,
        analysis: null,
        measures: null,
        closedBy: null,
        closedAt: null,
        ...deviation,
        state: steps.at(-1)?.to ?? 'reported',
        reportedAt: at(reported),
        reportedOn: day(reported),
        version: 1 + steps.length,
      });
      let from: DeviationState | null = null;
      for (const step of [
        { to: 'reported' as const, daysAgo: reported, by: deviation.reportedBy },
        ...steps,
      ]) {
        await manager.insert(DeviationTransitionEntity, {
          id: id(transition++),
          municipalityId,
          deviationId: deviation.id,
          fromState: from,
          toState: step.to,
          byUserId: step.by,
          at: at(step.daysAgo),
        });
        from = step.to;
      }
    }
  },
};
