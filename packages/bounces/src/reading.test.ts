import { describe, expect, it } from 'vitest';
import { decodeBody, decodeQuotedPrintable, decodeQuotedPrintableUtf8, toText } from './decode';
import { splitAtOriginal } from './original-message';
import { findAddress, findAddresses, oneLine } from './raw-recipient';
import { splitHead } from './split-message';

describe('splitHead', () => {
  it('unfolds values, keeps every value of a repeated field, and matches names in any case', () => {
    const { headers, body } = splitHead(
      'Received: from a\n  by b\n\twith c\nSUBJECT:  Hello  \nreceived: from d\nX-Empty:\n\nbody\n',
    );
    expect(headers.get('received')).toEqual(['from a by b with c', 'from d']);
    expect(headers.get('subject')).toEqual(['Hello']);
    expect(headers.get('x-empty')).toEqual(['']);
    expect(headers.has('Subject')).toBe(false); // names asked for are lower-case
    expect(headers.has('to')).toBe(false);
    expect(headers.countNames(10)).toBe(3);
    expect(body).toBe('body\n');
  });

  it('takes an unindented `name=value` line as a folded parameter', () => {
    const { headers } = splitHead('Content-Type: multipart/report;\nboundary="b1"\nTo: x\n\n');
    expect(headers.get('content-type')).toEqual(['multipart/report; boundary="b1"']);
    expect(headers.get('to')).toEqual(['x']);
  });

  it('reads a block without a body, and a body without a block', () => {
    expect(splitHead('From: a').headers.get('from')).toEqual(['a']);
    const empty = splitHead('\nonly body');
    expect(empty.headers.countNames(2)).toBe(0);
    expect(empty.body).toBe('only body');
  });

  it('does not let a line without a name, nor a name with blanks only, open a field', () => {
    const { headers } = splitHead('garbage line\n  : x\nA: 1\n\n');
    expect(headers.countNames(5)).toBe(1);
    expect(headers.get('a')).toEqual(['1']);
  });
});

describe('quoted-printable', () => {
  const viaBytes = (text: string) => new TextDecoder().decode(decodeQuotedPrintable(text));

  it.each([
    ['caf=C3=A9 =3D ok'],
    ['split =C3=\n=A9 across a soft break'],
    ['broken =ZZ and =4 escapes'],
    ['=EF=BB=BFa byte order mark first'],
    ['a mark =EF=BB=BF later'],
    ['already decoded é stays'],
    ['soft=\nbreak'],
  ])('decodes UTF-8 run by run as the byte path does: %j', (text) => {
    expect(decodeQuotedPrintableUtf8(text)).toBe(viaBytes(text));
  });

  it('uses the declared charset', () => {
    expect(decodeBody('caf=E9', 'quoted-printable', 'iso-8859-1')).toBe('café');
    expect(decodeBody('caf=C3=A9', 'quoted-printable', 'utf-8')).toBe('café');
  });
});

describe('toText', () => {
  it('reads CRLF, CR-only and mixed line ends as LF', () => {
    expect(toText('a\r\nb\rc\nd\r\n')).toBe('a\nb\nc\nd\n');
    expect(toText(new TextEncoder().encode('x\r\ny'))).toBe('x\ny');
  });
});

describe('findAddresses', () => {
  it('finds addresses from each @ outwards, in order and without repeats', () => {
    expect(findAddresses('<A@Example.org>, b.c+d@x.example.net; a@example.org')).toEqual([
      'a@example.org',
      'b.c+d@x.example.net',
    ]);
  });

  it('needs a dotted domain and a local part', () => {
    expect(findAddresses('user@localhost @example.org a@b.c')).toEqual(['a@b.c']);
    expect(findAddress('no address here')).toBeUndefined();
  });

  it('reads a run of addresses joined by @ as the pattern would', () => {
    expect(findAddresses('a@b@c.example x@y.example.z@q.example')).toEqual([
      'b@c.example',
      'x@y.example.z',
    ]);
  });

  it('costs linear time on long words without an @', () => {
    const long = `${'x'.repeat(200_000)} a@b.example`;
    const start = performance.now();
    expect(findAddresses(long)).toEqual(['a@b.example']);
    expect(performance.now() - start).toBeLessThan(200);
  });
});

describe('splitAtOriginal', () => {
  it('cuts at the first marker line, wherever "the original message" stands in it', () => {
    const text = 'Sorry.\nrcpt failed\n  Here is the original message below\nFrom: x\n';
    expect(splitAtOriginal(text)).toEqual({
      notice: 'Sorry.\nrcpt failed\n',
      original: 'From: x\n',
    });
  });

  it('keeps a quoted header line as the start of the original', () => {
    const text = 'Failed.\nReturn-Path: <a@b.example>\nTo: c\n';
    expect(splitAtOriginal(text)).toEqual({
      notice: 'Failed.\n',
      original: 'Return-Path: <a@b.example>\nTo: c\n',
    });
  });

  it('leaves a notice without a marker whole', () => {
    expect(splitAtOriginal('just text\n--\nsignature')).toEqual({
      notice: 'just text\n--\nsignature',
    });
  });
});

describe('oneLine', () => {
  it('collapses every run of white space into one space', () => {
    expect(oneLine('  a \t b\n\nc\u00a0 d ')).toBe('a b c d');
  });
});
