// The attendance context's tables as TypeORM entities: for the composition root (libs/core), the read
// models, entity relations, demo data and tests — never for another context's services, which ask
// this context's public face (index.ts) instead.
export * from './attendance.entity';
import {
  AbsenceDecisionEntity,
  AbsenceDialogueEntity,
  AttendanceEntryChangeEntity,
  AttendanceEntryEntity,
  AttendanceMonthEntity,
  AttendanceMonthEventEntity,
  AttendanceSettingsEntity,
} from './attendance.entity';
export const ATTENDANCE_ENTITIES = [
  AttendanceEntryEntity,
  AttendanceEntryChangeEntity,
  AttendanceMonthEntity,
  AttendanceMonthEventEntity,
  AbsenceDialogueEntity,
  AbsenceDecisionEntity,
  AttendanceSettingsEntity,
];
