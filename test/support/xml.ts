import sax from 'sax';

/**
 * Parses XML strictly (sax, which the sitemap library brings) and returns the text of every element by name:
 * a document that is not well-formed throws.
 */
export function xmlTexts(xml: string): Map<string, string[]> {
  const parser = sax.parser(true);
  const texts = new Map<string, string[]>();
  const open: { name: string; text: string }[] = [];
  parser.onopentag = (tag) => open.push({ name: tag.name, text: '' });
  const onText = (text: string) => {
    if (open.length) open[open.length - 1]!.text += text;
  };
  parser.ontext = onText;
  parser.oncdata = onText;
  parser.onclosetag = () => {
    const el = open.pop()!;
    texts.set(el.name, [...(texts.get(el.name) ?? []), el.text.trim()]);
  };
  parser.onerror = (error) => {
    throw error;
  };
  parser.write(xml).close();
  return texts;
}
