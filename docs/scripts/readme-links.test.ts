import { describe, expect, it } from 'vitest';
import { readmeLinkProblems } from './readme-links';

const site = 'https://mailgate.dev';
const pages = new Set(['/transports/smtp', '/api/']);

describe('readmeLinkProblems', () => {
  it('should accept links to pages of the site and to other sites', () => {
    const text =
      '[SMTP](https://mailgate.dev/transports/smtp), [API](https://mailgate.dev/api/), [neverthrow](https://github.com/supermacro/neverthrow)';
    expect(readmeLinkProblems(text, site, (path) => pages.has(path))).toEqual({
      links: 3,
      problems: [],
    });
  });

  it('should refuse relative links, source links to docs/ and pages the site lacks', () => {
    const text = [
      '[gate](../../docs/concepts/gate.md)',
      '[graph](https://github.com/mailgate/mailgate/blob/main/docs/transports/graph.md)',
      '[gone](https://mailgate.dev/concepts/gone)',
    ].join('\n');
    const { problems } = readmeLinkProblems(text, site, (path) => pages.has(path));
    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain('relative link');
    expect(problems[1]).toContain('not to its source');
    expect(problems[2]).toContain('no such page');
  });

  it('should not read links inside code', () => {
    const text = '```sh\ncat ../x.md\n```\n`[x](../y.md)`';
    expect(readmeLinkProblems(text, site, () => false).problems).toEqual([]);
  });
});
