import { Global, Module } from '@nestjs/common';
import { AccessModule } from '@steg/access';
import { AuditModule } from '@steg/audit';
import { CaseWork } from './case-work.service';
import { MunicipalitySettings } from './municipality-settings';

/**
 * The case-data gate. Global so every case context reaches it without importing it; it needs a
 * `CasePersons` provider, which the participants context exports (ParticipantsModule is global too).
 */
@Global()
@Module({
  imports: [AccessModule, AuditModule],
  providers: [CaseWork, MunicipalitySettings],
  exports: [CaseWork, MunicipalitySettings],
})
export class CaseWorkModule {}
