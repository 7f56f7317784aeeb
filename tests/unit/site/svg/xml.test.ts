/** Escaping seed text for SVG markup. */
import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../../../src/site/svg/xml.ts';

describe('escapeXml', () => {
  it('escapes markup and ampersands, and both quote kinds', () => {
    expect(escapeXml('<script>alert("x")</script> & \'y\'')).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;y&apos;',
    );
  });

  it('drops characters XML cannot hold', () => {
    expect(escapeXml('a\u0000b\u0007c')).toBe('abc');
  });
});
