/**
 * What of an unexpected error may go to the application log. Database errors carry the failed query's
 * parameters and a `detail` with the offending values (a personnummer, a name): those never leave.
 */
export function safeErrorForLog(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const driver = (error as { driverError?: { code?: unknown; constraint?: unknown; table?: unknown } })
    .driverError;
  return {
    type: error.name,
    message: error.message,
    ...(driver ? { code: driver.code, constraint: driver.constraint, table: driver.table } : {}),
    stack: error.stack,
  };
}
