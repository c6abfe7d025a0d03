/**
 * The words of a list written several to a line, `#` starting a comment: long curated
 * lists stay short to read and easy to review in a diff.
 */
export function words(list: string): string[] {
  return list.replace(/#.*$/gm, '').split(/\s+/).filter(Boolean);
}
