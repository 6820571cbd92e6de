import { Module } from '@nestjs/common';
import { AuditService } from './audit.service';
import { AuditVerificationService } from './audit-verification.service';
import { AuditReviewController } from './review/audit-review.controller';
import { AuditReviewService } from './review/audit-review.service';

@Module({
  controllers: [AuditReviewController],
  providers: [AuditService, AuditReviewService, AuditVerificationService],
  exports: [AuditService, AuditVerificationService],
})
export class AuditModule {}
