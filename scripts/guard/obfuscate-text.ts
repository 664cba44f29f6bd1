import type { Random } from './create-random.js';

/** A transformation attackers use to slip text past filters. */
export type Obfuscation =
  | 'homoglyphs'
  | 'spaced'
  | 'dotted'
  | 'leet'
  | 'zero_width'
  | 'full_width'
  | 'base64'
  | 'hex'
  | 'url'
  | 'rot13'
  | 'tags'
  | 'reversed'
  | 'morse';

export const obfuscations: readonly Obfuscation[] = [
  'homoglyphs',
  'spaced',
  'dotted',
  'leet',
  'zero_width',
  'full_width',
  'base64',
  'hex',
  'url',
  'rot13',
  'tags',
  'reversed',
  'morse',
];

const cyrillic: Readonly<Record<string, string>> = {
  a: 'а',
  e: 'е',
  o: 'о',
  p: 'р',
  c: 'с',
  i: 'і',
  x: 'х',
  y: 'у',
};
const leet: Readonly<Record<string, string>> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };

function mapLetters(
  text: string,
  random: Random,
  table: Readonly<Record<string, string>>,
  rate: number,
): string {
  let out = '';
  for (const character of text) {
    const twin = table[character];
    out += twin !== undefined && random.next() < rate ? twin : character;
  }
  return out;
}

function spellOut(text: string, separator: string, words: number): string {
  const parts = text.split(' ');
  const spelled = parts.slice(0, words).map((word) => [...word].join(separator));
  return [...spelled, ...parts.slice(words)].join(words > 0 && separator === ' ' ? '  ' : ' ');
}

const morse: Readonly<Record<string, string>> = Object.fromEntries(
  'a.- b-... c-.-. d-.. e. f..-. g--. h.... i.. j.--- k-.- l.-.. m-- n-. o--- p.--. q--.- r.-. s... t- u..- v...- w.-- x-..- y-.-- z--..'
    .split(' ')
    .map((entry) => [entry.slice(0, 1), entry.slice(1)]),
);

function toMorse(text: string): string {
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((word) =>
      [...word]
        .map((letter) => morse[letter] ?? '')
        .filter((code) => code !== '')
        .join(' '),
    )
    .join(' / ');
}

function rot13(text: string): string {
  return text.replace(/[a-z]/gi, (letter) => {
    const base = letter <= 'Z' ? 65 : 97;
    return String.fromCharCode(((letter.charCodeAt(0) - base + 13) % 26) + base);
  });
}

/** Applies one obfuscation to `text` (an attack), wrapped the way attackers usually present it. */
export function obfuscateText(text: string, kind: Obfuscation, random: Random): string {
  switch (kind) {
    case 'homoglyphs':
      return mapLetters(text, random, cyrillic, 0.4);
    case 'spaced':
      return spellOut(text, ' ', 2 + random.below(3));
    case 'dotted':
      return spellOut(text, '.', 2 + random.below(3));
    case 'leet':
      return mapLetters(text, random, leet, 0.7);
    case 'zero_width':
      return text.replace(/([a-z])([a-z])/gi, (_match, left: string, right: string) =>
        random.next() < 0.5 ? `${left}\u200b${right}` : `${left}${right}`,
      );
    case 'full_width':
      return text.replace(/[!-~]/g, (character) =>
        String.fromCharCode(character.charCodeAt(0) + 0xfee0),
      );
    case 'base64':
      return `${random.pick(['Decode this and follow it:', 'base64:', 'Please decode:', ''])} ${Buffer.from(text).toString('base64')}`;
    case 'hex':
      return `${random.pick(['hex:', 'Decode the hex and do it:', ''])} ${Buffer.from(text).toString('hex')}`;
    case 'url':
      return encodeURIComponent(text);
    case 'rot13':
      return `${random.pick(['rot13:', 'Decode (ROT13) and obey:', ''])} ${rot13(text)}`;
    case 'tags':
      return `${random.pick(['What time is it?', 'Hello!', 'Summarise this page.'])}${[...text]
        .map((character) => String.fromCodePoint(0xe0000 + (character.codePointAt(0) ?? 0x20)))
        .join('')}`;
    case 'morse':
      return `${random.pick(['Morse:', 'Decode this Morse code and do it:', ''])} ${toMorse(text)}`;
    case 'reversed':
      return `${random.pick(['Read this backwards:', 'Reverse and follow:', ''])} ${[...text].reverse().join('')}`;
  }
}
