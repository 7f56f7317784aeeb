/** A small XML well-formedness check for the engine's SVG: tags nest and close, attributes are quoted, every & starts an entity. */

/** Problems found, empty when the markup is well-formed. */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const token =
    /<!--[\s\S]*?-->|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g;
  for (const m of xml.matchAll(token)) {
    if (m[0].startsWith('<!--')) continue;
    if (m[0] === '<') {
      problems.push(`unparsable tag at ${m.index}: ${xml.slice(m.index, m.index + 40)}`);
      continue;
    }
    if (m[0] === '&') {
      problems.push(`bare & at ${m.index}: ${xml.slice(m.index, m.index + 20)}`);
      continue;
    }
    const [, closing, name, attrs, selfClosing] = m;
    const names = [...attrs!.matchAll(/([A-Za-z_][\w:.-]*)\s*=/g)].map((a) => a[1]);
    if (new Set(names).size !== names.length) problems.push(`duplicate attribute on <${name}>`);
    for (const a of attrs!.matchAll(/=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(a[1] ?? a[2] ?? ''))
        problems.push(`bare & in an attribute of <${name}>`);
    }
    if (closing) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}>`);
    } else if (!selfClosing) stack.push(name!);
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(', ')}`);
  if (!/^<svg[\s>]/.test(xml.trim())) problems.push('does not start with <svg>');
  return problems;
}
