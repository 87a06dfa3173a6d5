import type { Random } from './create-random';
import { findNameEntry } from './name-spellings';

/** Realistic ways a clerk alters a name. Each returns the altered name, or null when it does not apply. */

const letters = 'abcdefghijklmnopqrstuvwxyz';

/** One keyboard slip: a letter inserted, deleted, substituted, or two neighbours transposed (never the first). */
export function typoName(name: string, random: Random): string | null {
  if (name.length < 3) {
    return null;
  }
  const position = random.between(1, name.length - 1);
  const operation = random.int(4);
  const typed = random.pick([...letters]);
  const result =
    operation === 0
      ? name.slice(0, position) + typed + name.slice(position)
      : operation === 1
        ? name.slice(0, position) + name.slice(position + 1)
        : operation === 2
          ? name.slice(0, position) + typed + name.slice(position + 1)
          : position + 1 < name.length
            ? name.slice(0, position) + name.charAt(position + 1) + name.charAt(position) + name.slice(position + 2)
            : name;
  return result === name || result.trim() === '' ? null : result;
}

// French-style spelling alternations seen across Moroccan records (DOMAIN.md §7), for names without listed variants.
const spellingRules: readonly [RegExp, string][] = [
  [/([aeiou])ss([aeiou])/, '$1s$2'],
  [/([aeiou])s([aeiou])/, '$1ss$2'],
  [/ll/, 'l'],
  [/kk/, 'k'],
  [/dd/, 'd'],
  [/ou/, 'u'],
  [/ou([aeiy])/, 'w$1'],
  [/ch/, 'sh'],
  [/k/, 'q'],
  [/q/, 'k'],
  [/i$/, 'y'],
  [/e/, 'a'],
];

/** Another transliteration of the same name: a listed variant, else a French-style spelling alternation. */
export function transliterateName(name: string, random: Random): string | null {
  const entry = findNameEntry(name);
  if (entry !== undefined) {
    const choices = [entry.latin, ...entry.variants].filter((spelling) => spelling !== name);
    if (choices.length > 0) {
      return random.pick(choices);
    }
  }
  const applicable = spellingRules.filter(([pattern]) => pattern.test(name.slice(1)));
  if (applicable.length === 0) {
    return null;
  }
  const [pattern, replacement] = random.pick(applicable);
  return name.charAt(0) + name.slice(1).replace(pattern, replacement);
}

const articlePattern = /^(El|Al|Er|Es|Ed|Et|Ez|En)[- ]?(?=\p{L})/iu;
const patronymPattern = /^(Ben|Ait|Ould|Bel)[- ]?(?=\p{L})/iu;
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Drops, merges or adds a family-name particle: "El Amrani" → "Amrani" / "Elamrani", "Ait Ali" → "Aitali". */
export function toggleParticle(name: string, random: Random): string | null {
  const article = articlePattern.exec(name);
  if (article !== null) {
    const rest = name.slice(article[0].length);
    return random.chance(0.65) ? capitalise(rest) : `${article[1] ?? 'El'}${rest.toLowerCase()}`;
  }
  const patronym = patronymPattern.exec(name);
  if (patronym !== null) {
    const rest = name.slice(patronym[0].length);
    const prefix = patronym[1] ?? 'Ben';
    return patronym[0].length > prefix.length ? `${prefix}${rest.toLowerCase()}` : `${prefix} ${capitalise(rest)}`;
  }
  // Nisba names ending in -i often gain an article on another desk.
  return /i$/.test(name) && !name.includes(' ') ? `El ${name}` : null;
}

/** Splits, merges or shortens a compound given name: "Fatima Zahra" → "Fatimazahra" / "Zahra", "Abdelali" → "Abdel Ali". */
export function reshapeCompound(name: string, random: Random): string | null {
  const parts = name.split(/[- ]/).filter((part) => part !== '');
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (parts.length > 1 && first !== undefined && last !== undefined) {
    const choice = random.int(4);
    return choice === 0
      ? first + parts.slice(1).join('').toLowerCase()
      : choice === 1
        ? parts.join(name.includes('-') ? ' ' : '-')
        : choice === 2
          ? last
          : first;
  }
  const abd = /^(Abd(?:el|er|es|en|ou)?)(\p{L}{3,})$/iu.exec(name);
  if (abd !== null) {
    const [, prefix = 'Abdel', rest = ''] = abd;
    return random.chance(0.7) ? `${prefix} ${capitalise(rest)}` : `Abd El ${capitalise(rest)}`;
  }
  return null;
}

const arabicRules: readonly [RegExp, string][] = [
  [/ة$/, 'ه'],
  [/ة /, 'ه '],
  [/[أإآ]/, 'ا'],
  [/ى$/, 'ي'],
  [/^ال/, ''],
  [/^ا(?!ل)/, 'أ'],
  [/ي$/, 'ى'],
];

/** An Arabic spelling variant: taa marbuta as haa, bare alef, alef maqsura/yaa, dropped article. */
export function arabicVariant(name: string, random: Random): string | null {
  const applicable = arabicRules.filter(([pattern]) => pattern.test(name));
  if (applicable.length === 0) {
    return null;
  }
  const [pattern, replacement] = random.pick(applicable);
  const result = name.replace(pattern, replacement);
  return result === name || result === '' ? null : result;
}
