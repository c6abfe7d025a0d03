import { describe, expect, it } from 'vitest';
import { demoCases } from './mailing';
import { runDemo } from './main';

describe('the quickstart demo', () => {
  it('should end every recipient of the mailing with the expected outcome and reason', async () => {
    const lines: string[] = [];
    const result = await runDemo({ locale: 'en', print: (line) => lines.push(line) });
    expect(result.rows.map((row) => row.reason)).toEqual(
      demoCases.map((demoCase) => demoCase.expected),
    );
    expect(result.summary.total).toBe(demoCases.length);
    const sent = demoCases.filter((demoCase) => demoCase.expected === 'sent').length;
    expect(result.summary.sent).toBe(sent);
    expect(result.delivered).toBe(sent);
    expect(result.summary.byReason).toMatchObject({
      recipient_unknown: 1,
      mailbox_full: 1,
      no_address: 1,
    });
    const output = lines.join('\n');
    expect(output).toContain('Did you mean greta.lind@gmail.com?');
    expect(output).toContain('recipient_status_blocked');
  });

  it('should explain the reasons in Dutch and Swedish', async () => {
    const dutch: string[] = [];
    const nl = await runDemo({ locale: 'nl', print: (line) => dutch.push(line) });
    expect(dutch.join('\n')).toContain('Ontvanger');
    const swedish: string[] = [];
    const sv = await runDemo({ locale: 'sv', print: (line) => swedish.push(line) });
    expect(swedish.join('\n')).toContain('Mottagare');
    const explanation = (rows: typeof nl.rows) =>
      rows.find((row) => row.reason === 'recipient_unknown')?.explanation;
    expect(explanation(nl.rows)).toBeTruthy();
    expect(explanation(nl.rows)).not.toBe(explanation(sv.rows));
  });
});
