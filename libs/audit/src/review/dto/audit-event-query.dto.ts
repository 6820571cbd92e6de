import { applyDecorators } from '@nestjs/common';

import { ApiPropertyOptional } from '@nestjs/swagger';

import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';

import { AUDIT_ACTIONS, AUDIT_OUTCOMES, type AuditAction, type AuditOutcome } from '../../audit-event.entity';

import { QueryBoolean, IsOptionalNotNull } from '@steg/http';

export const MAX_REVIEW_PAGE_SIZE = 500;
export const DEFAULT_REVIEW_PAGE_SIZE = 100;

/** `YYYY-MM-DD`, or an instant with an offset, e.g. `2026-03-16T09:00:00+01:00`. */
const DATE_OR_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2}))?$/;
const DATE_OR_INSTANT_MESSAGE =
  '$property must be a date YYYY-MM-DD or an ISO 8601 instant with offset, e.g. 2026-03-16T09:00:00+01:00';

function DateOrInstant(): PropertyDecorator {
  return applyDecorators(
    Matches(DATE_OR_INSTANT, { message: DATE_OR_INSTANT_MESSAGE }),
    IsISO8601({ strict: true }, { message: '$property must be a date or instant that exists' }),
  );
}

/** Filters of the audit log review (logguppföljning), shared by the list and the CSV export. */
export class AuditEventFilterQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Events about this participant (per person)' })
  @IsOptionalNotNull()
  @IsUUID()
  participantId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Events by this staff user (per user)' })
  @IsOptionalNotNull()
  @IsUUID()
  userId?: string;

  @ApiPropertyOptional({
    description:
      'From this instant, or from the start of this day in Europe/Stockholm (YYYY-MM-DD). Inclusive.',
    example: '2026-03-01',
  })
  @IsOptionalNotNull()
  @IsString()
  @DateOrInstant()
  from?: string;

  @ApiPropertyOptional({
    description:
      'Up to this instant, or through the end of this day in Europe/Stockholm (YYYY-MM-DD). Inclusive.',
    example: '2026-03-31',
  })
  @IsOptionalNotNull()
  @IsString()
  @DateOrInstant()
  to?: string;

  @ApiPropertyOptional({ enum: AUDIT_OUTCOMES, description: 'success, or denied (nekad åtkomst)' })
  @IsOptionalNotNull()
  @IsIn(AUDIT_OUTCOMES)
  outcome?: AuditOutcome;

  @ApiPropertyOptional({
    type: Boolean,
    description: 'Only events about people with protected identity (skyddade personuppgifter)',
  })
  @IsOptionalNotNull()
  @QueryBoolean()
  @IsBoolean()
  protectedOnly?: boolean;

  @ApiPropertyOptional({ enum: AUDIT_ACTIONS })
  @IsOptionalNotNull()
  @IsIn(AUDIT_ACTIONS)
  action?: AuditAction;
}

export class AuditEventPageQuery extends AuditEventFilterQuery {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: MAX_REVIEW_PAGE_SIZE,
    default: DEFAULT_REVIEW_PAGE_SIZE,
  })
  @IsOptionalNotNull()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_REVIEW_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor from the previous page' })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 500)
  cursor?: string;
}

/** The filter names a reviewer used, for the audit event of the review itself (never their values). */
export const FILTER_NAMES = [
  'participantId',
  'userId',
  'from',
  'to',
  'outcome',
  'protectedOnly',
  'action',
] as const satisfies readonly (keyof AuditEventFilterQuery)[];
