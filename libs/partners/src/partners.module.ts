import { Module } from '@nestjs/common';
import { PlansModule } from '@steg/plans';
import { SipsController } from './sip/sips.controller';
import { SipsService } from './sip/sips.service';

/**
 * Cooperation (libs/partners): partners (samverkansparter), agreements (överenskommelser, LÖK, IOP),
 * partners' involvement in a case, waiting lists (kö) and SIP (samordnad individuell plan). Case data
 * goes through the case-data gate (CaseWork).
 */
@Module({
  imports: [PlansModule],
  controllers: [SipsController],
  providers: [SipsService],
  exports: [SipsService],
})
export class PartnersModule {}
