import { Module } from '@nestjs/common';
import { AccessModule } from '@steg/access';
import { CaseWorkModule } from '@steg/case-work';
import { ReferralsModule } from '@steg/referrals';
import { CaseImportController } from './case-import.controller';
import { CaseImportService } from './case-import.service';

/**
 * Case history from the previous system (steg import cases and the admin API): a use case above the
 * participants and referrals contexts, writing through their import faces.
 */
@Module({
  imports: [AccessModule, CaseWorkModule, ReferralsModule],
  controllers: [CaseImportController],
  providers: [CaseImportService],
  exports: [CaseImportService],
})
export class CaseImportModule {}
