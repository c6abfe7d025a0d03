/**
 * An HTML notice as plain text: scripts and styles dropped, line-breaking tags as line
 * breaks, other tags removed, the four common entities decoded. One pass from tag to tag;
 * once a search for a closing `>` or `</script>` fails, nothing further can match it, so
 * a text of unclosed `<` (or of `<script` repeated) is read once, not once per `<`.
 */
export function stripHtml(html: string): string {
  let out = '';
  let from = 0;
  let scriptsClosed = true; // a `</script>` or `</style>` may still follow
  let at = html.indexOf('<');
  while (at >= 0) {
    if (scriptsClosed && opensScript(html, at)) {
      SCRIPT_END.lastIndex = at;
      const end = SCRIPT_END.exec(html);
      if (end) {
        out += html.slice(from, at);
        from = end.index + end[0].length;
        at = html.indexOf('<', from);
        continue;
      }
      scriptsClosed = false;
    }
    const close = html.indexOf('>', at + 1);
    if (close < 0) break; // no tag can end: the rest is text
    out += html.slice(from, at);
    if (BREAK.test(html.slice(at, close + 1))) out += '\n';
    from = close + 1;
    at = html.indexOf('<', from);
  }
  return decodeEntities(out + html.slice(from));
}

const SCRIPT_END = /<\/(?:script|style)>/gi;
const BREAK = /^(?:<br\s*\/?>|<\/(?:p|div|tr|li|h\d)>)$/i;

function opensScript(html: string, at: number): boolean {
  const name = html.slice(at + 1, at + 7).toLowerCase();
  return name === 'script' || name.startsWith('style');
}

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}
