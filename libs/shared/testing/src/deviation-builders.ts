/**
 * A valid request to report a deviation (avvikelse) about attendance reporting, for `unitId`; the
 * overrides name the participant, make it a complaint, and so on.
 */
export function aDeviationRequest(
  overrides: Record<string, unknown> & { unitId: string },
): Record<string, unknown> {
  return {
    kind: 'deviation',
    category: 'attendance_reporting',
    severity: 'medium',
    description: 'Närvaron för vecka 10 rapporterades inte i tid till IFO',
    occurredOn: '2026-03-09',
    ...overrides,
  };
}
