import { type FileKind, type FileTextField, type IdentifyingFile, type IdentifyingTerm, type IdentifyingTermKind } from '@twinning/contracts';

/** A name or passage that could give an anonymous case study's town away, to look for in its text. */
export interface IdentifyingCandidate {
  kind: IdentifyingTermKind;
  text: string;
}

/** Letters written interchangeably when Turkish names are typed on other keyboards, and in either case. */
const LOOK_ALIKES: Record<string, string> = { i: 'iİıI', ı: 'iİıI', s: 'sSşŞ', ş: 'sSşŞ', c: 'cCçÇ', ç: 'cCçÇ', g: 'gGğĞ', ğ: 'gGğĞ', o: 'oOöÖ', ö: 'oOöÖ', u: 'uUüÜ', ü: 'uUüÜ', a: 'aAâÂ', â: 'aAâÂ' };

/** Passages shorter than this are not worth flagging as copied: they would be common phrases. */
const MIN_PASSAGE_LENGTH = 40;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A whole-word, case- and accent-forgiving pattern for a name; passages match as written, spaces aside. */
function patternOf(candidate: IdentifyingCandidate): RegExp {
  const body =
    candidate.kind === 'adaptation_text'
      ? candidate.text.trim().split(/\s+/).map(escapeRegExp).join('\\s+')
      : [...candidate.text.trim()].map((char) => {
          const alikes = LOOK_ALIKES[char.toLocaleLowerCase('tr')];
          return alikes ? `[${alikes}]` : /\s/.test(char) ? '\\s+' : escapeRegExp(char);
        }).join('');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
}

/** Every text a reader sees, by field; nested texts count under their list's field. */
function textsOf<Field extends string>(content: Record<Field, unknown>): [Field, string][] {
  const texts: [Field, string][] = [];
  for (const [field, value] of Object.entries(content) as [Field, unknown][]) {
    if (typeof value === 'string') texts.push([field, value]);
    if (Array.isArray(value)) {
      for (const item of value) {
        if (item && typeof item === 'object') {
          for (const nested of Object.values(item as Record<string, unknown>)) if (typeof nested === 'string') texts.push([field, nested]);
        }
      }
    }
  }
  return texts;
}

/** Long lines of a text, the units a copied passage is looked for in. */
export function passagesOf(text: string | null): string[] {
  return (text ?? '')
    .split(/\n+|(?<=[.!?])\s+/)
    .map((passage) => passage.trim())
    .filter((passage) => passage.length >= MIN_PASSAGE_LENGTH);
}

/**
 * The candidates found in the texts (a revision's content, a translation's texts, a file's
 * descriptions), each as written there (one entry per spelling and kind), with the fields it is
 * in; names of three letters or fewer are left out as too common.
 */
export function findIdentifyingTerms<Field extends string>(content: Record<Field, unknown>, candidates: IdentifyingCandidate[]): IdentifyingTerm<Field>[] {
  const texts = textsOf(content);
  const found = new Map<string, IdentifyingTerm<Field>>();
  const seen = new Set<string>();
  for (const candidate of candidates) {
    const text = candidate.text.trim();
    if (text.length <= 3 || seen.has(`${candidate.kind}\u0000${text}`)) continue;
    seen.add(`${candidate.kind}\u0000${text}`);
    const pattern = patternOf(candidate);
    for (const [field, value] of texts) {
      for (const match of value.matchAll(pattern)) {
        const key = `${candidate.kind}\u0000${match[0]}`;
        const term = found.get(key) ?? { text: match[0], kind: candidate.kind, fields: [] };
        if (!term.fields.includes(field)) term.fields.push(field);
        found.set(key, term);
      }
    }
  }
  return [...found.values()];
}

/** The files whose alt text, caption or title holds a candidate: flagged for the moderator, refused nothing. */
export function findIdentifyingFiles(files: { id: string; kind: FileKind; altText: string; caption: string; title: string }[], candidates: IdentifyingCandidate[]): IdentifyingFile[] {
  return files.flatMap((file) => {
    const texts: Record<FileTextField, string> = { altText: file.altText, caption: file.caption, title: file.title };
    const terms = findIdentifyingTerms(texts, candidates);
    return terms.length > 0 ? [{ fileId: file.id, kind: file.kind, texts, terms }] : [];
  });
}
