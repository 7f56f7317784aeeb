/** Escaping text for the SVG markup the site writes. */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for XML character data and attribute values (both quote kinds), so seed text can never become markup. */
export function escapeXml(text: string): string {
  // Characters XML 1.0 forbids outright are dropped: no escape makes them legal.
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
