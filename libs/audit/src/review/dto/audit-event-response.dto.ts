import { ApiProperty } from '@nestjs/swagger';
import { AUDIT_ACTIONS, AUDIT_OUTCOMES, type AuditAction, type AuditOutcome } from '../../audit-event.entity';

/** One audit event as a reviewer sees it: who, whose data, what, when, from where, outcome. */
export class AuditEventDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({
    description:
      "Which of the municipality's hash chains holds the event; writers append to different chains so that they need not wait for each other",
  })
  chain: number;

  @ApiProperty({ description: 'Position in its hash chain, from 1' })
  seq: number;

  @ApiProperty({ format: 'date-time' })
  occurredAt: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'The staff user, if any' })
  userId: string | null;

  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'The API key, if any' })
  apiKeyId: string | null;

  @ApiProperty({ type: [String], description: "The caller's roles at the time" })
  roles: string[];

  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The unit through which access was granted',
  })
  unitId: string | null;

  @ApiProperty({ enum: AUDIT_ACTIONS })
  action: AuditAction;

  @ApiProperty({ enum: AUDIT_OUTCOMES, description: 'success, or denied (nekad åtkomst)' })
  outcome: AuditOutcome;

  @ApiProperty({ example: 'participant' })
  resourceType: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  resourceId: string | null;

  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Whose data (deltagare)' })
  participantId: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'GET /api/v1/participants/:id' })
  route: string | null;

  @ApiProperty({ nullable: true, type: String })
  ip: string | null;

  @ApiProperty({ nullable: true, type: String, description: 'Correlation id of the request' })
  requestId: string | null;

  @ApiProperty({ description: 'The person has protected identity (skyddade personuppgifter)' })
  protectedPerson: boolean;

  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] },
    nullable: true,
    description: 'Non-personal context: counts, filter names, reason codes',
  })
  details: Record<string, string | number | boolean | null> | null;
}

export class AuditEventPageDto {
  @ApiProperty({ type: [AuditEventDto], description: 'Newest first' })
  items: AuditEventDto[];

  @ApiProperty({ nullable: true, type: String, description: 'Cursor for the next page; null on the last' })
  nextCursor: string | null;
}
