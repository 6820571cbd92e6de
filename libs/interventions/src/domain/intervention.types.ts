/** Intervention categories (insatser, seed 003's list). */
export const INTERVENTION_CATEGORIES = [
  'work_training_internal', // arbetsträning intern
  'work_training_external', // arbetsträning extern
  'internship', // praktik
  'job_track', // jobbspår
  'sfi', // svenska för invandrare
  'language_training', // språkträning / språkstöd
  'development_year', // utvecklingsår
  'health_motivation', // hälsomotivation
  'study_motivation', // studiemotivation
  'group_coaching', // gruppcoachning
  'structure_support', // strukturstöd
  'activity_ability_assessment', // aktivitetsförmågebedömning
  'social_skills_training', // social färdighetsträning
  'job_search_activity', // jobbsökaraktivitet
  'study_circles', // studiecirklar
  'individual', // individuella insatser
  'other',
] as const;
export type InterventionCategory = (typeof INTERVENTION_CATEGORIES)[number];

export const PROVIDERS = ['own_unit', 'partner'] as const;
export type Provider = (typeof PROVIDERS)[number];

export const SITE_KINDS = ['internal', 'external_employer', 'partner'] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

/** How an instance's cost is budgeted (for unit cost, styckkostnad, later). */
export const COST_BASES = ['none', 'per_month', 'per_place_per_month'] as const;
export type CostBasis = (typeof COST_BASES)[number];

export const PLACEMENT_END_REASONS = [
  'completed',
  'interrupted',
  'moved_to_other_intervention',
  'enrolment_exited',
  'other',
] as const;
export type PlacementEndReason = (typeof PLACEMENT_END_REASONS)[number];

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export interface ScheduleDay {
  weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  /** `HH:MM`, quarter hours. */
  start: string;
  end: string;
}
