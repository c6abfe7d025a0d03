import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const examples = fileURLToPath(new URL('../../examples', import.meta.url));
const names = readdirSync(examples, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** An example is an app a user copies out: nothing in it may reach into the repository. */
describe.each(names)('examples/%s', (name) => {
  const dir = join(examples, name);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
    dependencies?: Record<string, string>;
  };

  it('should have a README that says how to run it', () => {
    expect(existsSync(join(dir, 'README.md'))).toBe(true);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('pnpm start');
  });

  it('should have a start script and a test', () => {
    expect(pkg.scripts?.start).toBeTruthy();
    expect(pkg.scripts?.test).toBeTruthy();
    expect(
      readdirSync(join(dir, 'src'), { recursive: true }).some((file) =>
        String(file).endsWith('.test.ts'),
      ),
    ).toBe(true);
  });

  it('should depend on @mailgate packages by name, not on their sources', () => {
    const mailgate = Object.entries(pkg.dependencies ?? {}).filter(([dep]) =>
      dep.startsWith('@mailgate/'),
    );
    expect(mailgate.length).toBeGreaterThan(0);
    for (const [, version] of mailgate) expect(version).toMatch(/^workspace:/);
    const tsconfig = readFileSync(join(dir, 'tsconfig.json'), 'utf8');
    expect(tsconfig).not.toContain('"paths"');
    expect(tsconfig).not.toContain('../');
  });
});
