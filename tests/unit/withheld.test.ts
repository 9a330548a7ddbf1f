import { describe, expect, it } from 'vitest';
import { findNumbers, numberPattern } from '../../src/lib/withheld.ts';

const found = (number: string, text: string) => numberPattern(number).test(text);

describe('finding withheld numbers however they are written', () => {
  it.each([
    '0800 612 6505',
    '08006126505',
    '0800-612-6505',
    '0800.612.6505',
    '0800 6126 505',
    '08 00 61 26 50 5',
    '(0800) 612 6505',
    '0800&nbsp;612&nbsp;6505',
    '0800\u00a0612\u00a06505',
    '+44 800 612 6505',
    '+44 (0)800 612 6505',
    '+448006126505',
    '0044 800 612 6505',
    'tel:+448006126505',
    'tel:08006126505',
    'Call <bdi class="ltr">0800 612 6505</bdi> now.',
  ])('finds 0800 612 6505 written as %s', (text) => {
    expect(found('0800 612 6505', text)).toBe(true);
  });

  it.each([
    '0800 612 65050',
    '10800 612 6505',
    '0800 612 650',
    '0800 500 2222',
    'id="a08006126505"',
  ])('does not mistake %s for 0800 612 6505', (text) => {
    expect(found('0800 612 6505', text)).toBe(false);
  });

  it('tells 0808 500 2222 and 0800 500 2222 apart', () => {
    expect(found('0808 500 2222', 'call 0800 500 2222')).toBe(false);
    expect(found('0800 500 2222', 'call 0800 500 2222')).toBe(true);
    expect(found('0808 500 2222', 'call 0808 500 2222')).toBe(true);
  });

  it('finds short codes only as whole numbers', () => {
    expect(found('88858', 'text 88858')).toBe(true);
    expect(found('88858', 'text 88 858')).toBe(true);
    expect(found('88858', 'sms:88858?body=x')).toBe(true);
    expect(found('88858', '188858')).toBe(false);
    expect(found('88858', 'width:8.8858rem')).toBe(false);
  });

  it('reports which numbers occur and on which line', () => {
    const text = 'line one\nline two 01773 746115\nline three 0800 612 6505 and 01773746115';
    const result = findNumbers(text, [{ number: '0800 612 6505' }, { number: '01773 746115' }, { number: '0808 500 2222' }]);
    expect(result.map((r) => [r.entry.number, r.line])).toEqual([
      ['0800 612 6505', 3],
      ['01773 746115', 2],
    ]);
  });
});
