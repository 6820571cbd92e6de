import { userInfo } from 'node:os';
import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import { MunicipalitySetupService } from '@steg/access';

/** The environment variable the first administrator's password is read from (never an argument: `ps` shows those). */
export const ADMIN_PASSWORD_ENV = 'STEG_ADMIN_PASSWORD';

export interface CreateMunicipalityOptions {
  code?: string;
  name?: string;
  adminUsername?: string;
  adminName?: string;
  adminExternalSubject?: string;
}

@SubCommand({
  name: 'create',
  description:
    'Create a municipality (tenant) with its root unit and a first administrator, who signs in with the ' +
    `password in ${ADMIN_PASSWORD_ENV} or through the identity provider (--admin-external-subject). ` +
    'Prints the new ids as JSON',
})
export class CreateMunicipalityCommand extends CommandRunner {
  /** Tests read what the command prints. */
  out: NodeJS.WritableStream = process.stdout;

  constructor(private readonly setup: MunicipalitySetupService) {
    super();
  }

  async run(_args: string[], options: CreateMunicipalityOptions): Promise<void> {
    const password = process.env[ADMIN_PASSWORD_ENV];
    const created = await this.setup.create(
      {
        code: options.code ?? '',
        name: options.name ?? '',
        admin: {
          username: options.adminUsername ?? '',
          displayName: options.adminName ?? options.adminUsername ?? '',
          password: password === undefined || password === '' ? undefined : password,
          externalSubject: options.adminExternalSubject,
        },
      },
      { name: userInfo().username },
    );
    this.out.write(`${JSON.stringify(created)}\n`);
  }

  @Option({ flags: '--code <kommunkod>', description: 'four-digit kommunkod, e.g. 2380', required: true })
  parseCode(value: string): string {
    return value;
  }

  @Option({
    flags: '--name <name>',
    description: 'the municipality’s name, e.g. "Östersunds kommun"',
    required: true,
  })
  parseName(value: string): string {
    return value;
  }

  @Option({
    flags: '--admin-username <username>',
    description: 'the first administrator’s username',
    required: true,
  })
  parseAdminUsername(value: string): string {
    return value;
  }

  @Option({
    flags: '--admin-name <name>',
    description: 'the administrator’s display name (default: the username)',
  })
  parseAdminName(value: string): string {
    return value;
  }

  @Option({
    flags: '--admin-external-subject <subject>',
    description: 'sign-in through the municipality’s identity provider (OIDC claim value)',
  })
  parseAdminExternalSubject(value: string): string {
    return value;
  }
}

@Command({
  name: 'municipality',
  description: 'Municipalities (tenants): create one with its first administrator',
  subCommands: [CreateMunicipalityCommand],
})
export class MunicipalityCommand extends CommandRunner {
  run(): Promise<void> {
    this.command.help();
  }
}
