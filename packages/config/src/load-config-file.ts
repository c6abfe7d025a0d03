import { readFile } from 'node:fs/promises';
import { err, ok, type Result } from 'neverthrow';
import { type ConfigProblem, problem } from './problems';
import type { MailgateFileConfig } from './schema';

/**
 * Reads a JSON configuration file. It is checked by `createMailgateFromConfig`; this only
 * says whether the file could be read and parsed (never quoting it: it may hold secrets).
 */
export async function loadConfigFile(
  path: string,
): Promise<Result<MailgateFileConfig, ConfigProblem[]>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return err([
      problem(
        'unreadable_file',
        path,
        `could not be read (${typeof code === 'string' ? code : 'error'})`,
      ),
    ]);
  }
  try {
    return ok(JSON.parse(text) as MailgateFileConfig);
  } catch {
    return err([problem('unreadable_file', path, 'is not valid JSON')]);
  }
}
