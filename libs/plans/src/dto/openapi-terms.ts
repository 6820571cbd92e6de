/** The Swedish terms users know, for OpenAPI descriptions (STYLE.md: English code, Swedish in the docs). */
export const PLAN_TERMS =
  'The development plan (utvecklingsplan, individuell planering, handlingsplan för egenförsörjning) of ' +
  "one enrolment (inskrivning): the participant's own goal, goals with target dates, planned " +
  'interventions (insatser), strengths and obstacles, made together with the participant (i samråd).';

export const PLAN_WARNING_TERMS =
  'Warnings on an active plan: no_job_focused_intervention = two or more interventions run in parallel ' +
  'and none is job-focused (arbetsinriktad; BIP: parallel job-focused and other interventions work ' +
  'best), no_dated_goal = no open goal has a target date (måldatum).';

export const FOLLOW_UP_TERMS =
  'Follow-up meeting (uppföljningsmöte) with the participant: by default due 6 weeks after the last ' +
  'one (or the enrolment start) and overdue after 8 weeks, configurable per municipality.';

export const CASE_REVIEW_TERMS =
  'Case review (genomgång av ärende/tjänst): each person on an IFO caseload is reviewed twice a year ' +
  'by default — right benefit (rätt ersättning), registered at Arbetsförmedlingen, plan content ' +
  'reviewed — a checklist with an outcome.';
