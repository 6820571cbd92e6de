import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { InterventionCategory } from '@steg/interventions';
import { InterventionTypeEntity } from '@steg/interventions/schema';

export interface GivenCatalogueType {
  id: string;
  name: string;
  jobFocused: boolean;
}

/**
 * An intervention type (insats) in the municipality's catalogue, written straight to the database; not
 * job-focused unless told (the plans tests need both kinds). See also intervention-builders.
 */
export async function givenCatalogueType(
  ds: DataSource,
  municipalityId: string,
  options: { name?: string; category?: InterventionCategory; jobFocused?: boolean; active?: boolean } = {},
): Promise<GivenCatalogueType> {
  const saved = await ds.getRepository(InterventionTypeEntity).save({
    municipalityId,
    name: options.name ?? `Insats ${randomUUID().slice(0, 8)}`,
    category: options.category ?? 'other',
    jobFocused: options.jobFocused ?? false,
    provider: 'own_unit',
    providerName: null,
    description: null,
    active: options.active ?? true,
  });
  return { id: saved.id, name: saved.name, jobFocused: saved.jobFocused };
}

/**
 * A small catalogue: job track (jobbspår, job-focused), SFI and health motivation (hälsomotivation),
 * neither job-focused — enough for the BIP warning.
 */
export async function givenInterventionCatalogue(
  ds: DataSource,
  municipalityId: string,
): Promise<{ jobTrack: GivenCatalogueType; sfi: GivenCatalogueType; health: GivenCatalogueType }> {
  return {
    jobTrack: await givenCatalogueType(ds, municipalityId, { category: 'job_track', jobFocused: true }),
    sfi: await givenCatalogueType(ds, municipalityId, { category: 'sfi' }),
    health: await givenCatalogueType(ds, municipalityId, { category: 'health_motivation' }),
  };
}

/**
 * A request body for POST /enrolments/:id/plan (utvecklingsplan): one dated open goal and one active
 * planned intervention of `typeId`, made with the participant at a meeting on 10 March 2026.
 */
export function aPlanRequest(
  typeId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    ownGoal: 'Jag vill arbeta inom lager och logistik',
    longTermGoal: 'work',
    goals: [
      { description: 'Klara fyra timmar arbetsträning per dag', targetDate: '2026-06-30', status: 'open' },
    ],
    plannedInterventions: [{ typeId, description: 'Arbetsträning på lagret', active: true }],
    strengths: 'Noggrann och punktlig',
    obstacles: 'Ryggbesvär',
    madeWithParticipantOn: '2026-03-10',
    madeHow: 'meeting',
    interpreterUsed: false,
    ...overrides,
  };
}
