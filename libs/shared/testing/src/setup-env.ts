// Runs before each API test file: quiet logs unless asked for, and the test environment.
process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL ??= 'silent';
