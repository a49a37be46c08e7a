// The few XML helpers the package writer needs.

/** Text safe inside an XML element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      // Kept as characters: XML would turn a raw CR into LF, and tabs and newlines in an
      // attribute into spaces.
      .replace(/\r/g, "&#13;")
      .replace(/\t/g, "&#9;")
      .replace(/\n/g, "&#10;")
      // Characters XML 1.0 cannot carry at all (control characters other than tab, LF, CR).
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
  );
}

/** The value of an attribute in an element's opening tag, unescaped. */
export function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match
    ? match[1]
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&amp;/g, "&")
    : undefined;
}
