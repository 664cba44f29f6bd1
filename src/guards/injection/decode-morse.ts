const morseLetters: Readonly<Record<string, string>> = {
  '.-': 'a',
  '-...': 'b',
  '-.-.': 'c',
  '-..': 'd',
  '.': 'e',
  '..-.': 'f',
  '--.': 'g',
  '....': 'h',
  '..': 'i',
  '.---': 'j',
  '-.-': 'k',
  '.-..': 'l',
  '--': 'm',
  '-.': 'n',
  '---': 'o',
  '.--.': 'p',
  '--.-': 'q',
  '.-.': 'r',
  '...': 's',
  '-': 't',
  '..-': 'u',
  '...-': 'v',
  '.--': 'w',
  '-..-': 'x',
  '-.--': 'y',
  '--..': 'z',
  '-----': '0',
  '.----': '1',
  '..---': '2',
  '...--': '3',
  '....-': '4',
  '.....': '5',
  '-....': '6',
  '--...': '7',
  '---..': '8',
  '----.': '9',
  '.-.-.-': '.',
  '--..--': ',',
  '..--..': '?',
};

/** Runs of Morse code: dots and dashes separated by spaces or slashes. */
export const morseRun = /(?:[.-]{1,7}(?:[ \t]{1,3}|[ \t]*\/[ \t]*)){5,}[.-]{1,7}/g;

/** Decodes Morse code; words are separated by a slash or two or more spaces. */
export function decodeMorse(segment: string): string {
  return segment
    .trim()
    .split(/\s*\/\s*|\s{2,}/)
    .map((word) =>
      word
        .split(/\s+/)
        .map((letter) => morseLetters[letter] ?? '')
        .join(''),
    )
    .join(' ');
}
