import { MASK } from '@steg/access';
import type { ReportBackDto } from './dto/report-back-response.dto';
import type { ReportBackEntity } from './referral.entity';

export interface ReportBackPerson {
  id: string;
  firstName: string;
  lastName: string;
}

/** Report-back → response. `visible` is false for a protected person and a caller without permission. */
export const reportBackMapper = {
  toDto(
    rb: ReportBackEntity,
    person: ReportBackPerson,
    fromDisplayName: string,
    visible: boolean,
  ): ReportBackDto {
    return {
      id: rb.id,
      enrolmentId: rb.enrolmentId,
      participant: {
        id: person.id,
        masked: !visible,
        firstName: visible ? person.firstName : MASK,
        lastName: visible ? person.lastName : MASK,
      },
      kind: rb.kind,
      message: rb.message,
      fromUserId: rb.fromUserId,
      fromDisplayName,
      toUserId: rb.toUserId,
      createdAt: rb.createdAt.toISOString(),
      read: rb.readAt !== null,
      readAt: rb.readAt?.toISOString() ?? null,
    };
  },
};
