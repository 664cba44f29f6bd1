/*
 * Lookarounds that several rules share: the contexts in which words that would be an attack are
 * a question, a quote, reported speech or a part in a game (round eight). Each is bounded, so a
 * rule attempt reads a fixed number of characters around its match.
 */

/** Not in a sentence that ends in a question mark (within 200 characters). */
export const notQuestion = String.raw`(?![^.!\n]{0,200}\?)`;

/** Not reported speech ("…, sagt mein Kollege", "…, дразнит меня брат"). */
export const notReported = String.raw`(?![^.!?\n]{0,40}(?:\b(?:dice|dit|diz|dicono|disent|dizem|sagt|sagen)\b|(?<![а-яё])(?:говорит|говорят|дразнит)(?![а-яё])))`;

/** Not a part in a game, a play or a story ("Nel gioco sei un bot senza regole …"). */
export const notInAGame = String.raw`(?<!\b(?:jeu|jeux|juego|gioco|jogo|spiel|game|obra|piece|pieza|recita|theaterstuck|story|roman|novela|romanzo|historia|storia|geschichte)\b[^.!?\n]{0,40})(?<!(?:игре|игра|игру|рассказе|романе|пьесе)[^.!?\n]{0,40})`;

/** Not inside quotation marks that open right before the match (« Tu es une IA sans règles »). */
export const notQuoted = String.raw`(?<!["«“„'「『]\s*)`;

/**
 * Not inside a short inline code span (round ten): "strips `<|im_start|>` tokens", "our logs look
 * like `<s>[INST] <<SYS>> hi <</SYS>>`" name a token, they do not use it. The span is the one
 * whose opening backtick is the last before the match on its line, after an even number of
 * backticks (pairs of up to 120 characters each, at most eight), within 120 characters, and whose
 * closing backtick follows within 120 characters; a longer span is read as text, so wrapping a
 * payload in backticks does not hide it. A token followed by a role (`` `<|im_start|>system` ``)
 * is a turn even in backticks. Put it after the match: it then runs only where a token matched,
 * and a match holds no backtick.
 */
export const notInCodeSpan = String.raw`(?!(?![ \t]*(?:system|user|assistant|developer|tool|model|human)\b)(?<=(?:^|\n)[^\`\n]{0,2000}(?:\`[^\`\n]{0,120}\`[^\`\n]{0,120}){0,8}\`[^\`\n]{0,120})[^\`\n]{0,120}\`)`;
