import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import { AuditVerificationService, ChainVerification } from '@steg/audit';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function summary(result: ChainVerification): string {
  if (!result.firstBreak) return `${result.municipalityId}  intact  ${result.events} events`;
  const { chain, seq, reason } = result.firstBreak;
  return `${result.municipalityId}  BROKEN in chain ${chain} at seq ${seq} (${reason})  ${result.events} events checked`;
}

@SubCommand({
  name: 'verify',
  description:
    "Check each municipality's audit hash chain and chain head; exits with 1 when any link is broken",
})
export class AuditVerifyCommand extends CommandRunner {
  constructor(private readonly verification: AuditVerificationService) {
    super();
  }

  async run(_params: string[], options: { municipality?: string }): Promise<void> {
    const results = await this.verification.verify({ municipalityId: options.municipality });
    if (results.length === 0) {
      console.log('No audit events to verify.');
      return;
    }
    for (const result of results) console.log(summary(result));
    const broken = results.filter((r) => r.firstBreak).length;
    if (broken > 0) {
      console.error(`${broken} of ${results.length} audit chain(s) broken: the log has been altered.`);
      process.exitCode = 1;
    }
  }

  @Option({ flags: '--municipality <uuid>', description: 'verify only this municipality' })
  parseMunicipality(value: string): string {
    if (!UUID.test(value)) throw new Error('--municipality must be a municipality id (uuid)');
    return value.toLowerCase();
  }
}

@Command({
  name: 'audit',
  description: 'Audit log: verify the hash chains',
  subCommands: [AuditVerifyCommand],
})
export class AuditCommand extends CommandRunner {
  run(): Promise<void> {
    this.command.help();
  }
}
