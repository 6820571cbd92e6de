import { Global, Module } from '@nestjs/common';
import { AccessModule } from '@steg/access';
import { AuditModule } from '@steg/audit';
import { CasePersons, CaseWorkModule } from '@steg/case-work';
import { ParticipantCasePersons } from './participant-case-persons';
import { ParticipantFactsReader } from './participant-facts';
import { ParticipantImports } from './participant-imports';
import { ParticipantsController } from './participants.controller';
import { ParticipantsService } from './participants.service';

/**
 * Global: it provides the gate's view of the register (CasePersons) and the register's facts
 * (ParticipantFactsReader) to every case context.
 */
@Global()
@Module({
  imports: [AccessModule, AuditModule, CaseWorkModule],
  controllers: [ParticipantsController],
  providers: [
    ParticipantsService,
    ParticipantFactsReader,
    ParticipantImports,
    { provide: CasePersons, useClass: ParticipantCasePersons },
  ],
  exports: [ParticipantsService, ParticipantFactsReader, ParticipantImports, CasePersons],
})
export class ParticipantsModule {}
