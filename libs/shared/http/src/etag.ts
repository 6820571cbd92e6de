import { DomainError } from '@steg/kernel';

/** ETags are the row version: `"7"`. */
export function etagFor(version: number): string {
  return `"${version}"`;
}

/**
 * Reads the version a client based its change on from `If-Match`. Required on PATCH/PUT/DELETE of
 * mutable resources, so two caseworkers never overwrite each other silently.
 */
export function versionFromIfMatch(ifMatch: string | undefined): number {
  const match = /^(?:W\/)?"(\d+)"$/.exec(ifMatch?.trim() ?? '');
  if (!match) {
    throw new DomainError(
      'IF_MATCH_REQUIRED',
      'precondition_required',
      'Send the ETag you read in If-Match (e.g. If-Match: "3"), so a concurrent change is not overwritten.',
      { errors: [{ field: 'If-Match', rule: 'ifMatch.required', message: 'must be the ETag you read' }] },
    );
  }
  return Number(match[1]);
}
