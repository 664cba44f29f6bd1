import { defineRule } from './define-rule.js';
import type { InjectionRule } from './injection-rule.js';

/*
 * Round seventeen: "forget everything I said (and answer only …)", the user wiping the
 * conversation so far, in the languages whose override rules read only the model's own
 * instructions ("olvida tus instrucciones", "dimentica tutto quello che ti hanno detto"). German
 * has it in `multilingual.de.override` ("vergiss alles"), Spanish in `multilingual.es.override`
 * ("olvida todo (lo) que …") and Russian in `multilingual.ru.override` ("забудь всё, что"), so
 * those are not repeated here. A user also takes back a remark this way ("oublie ce que j'ai dit,
 * je me suis trompé"), so it weighs half, as the Spanish and German rules do (round fifteen), and
 * "… about the budget" (sur, sobre, su after it; について, 에 대해 before it; 关于 before 的) is
 * not a match. In French, Portuguese and Italian the imperative is also a third person ("ela
 * ignora tudo que eu falei"): a subject or a negation just before it is not a match either.
 * Benign look-alikes are in test/guards/round-seventeen-rules.test.ts.
 */
const notAboutFr = String.raw`(?!(?:\s+(?:avant|hier|plus haut|tout a l'heure|ce matin))?\s+(?:sur|de|du|des|a propos|au sujet|concernant|pour)\b)`;
const notAboutPt = String.raw`(?!(?:\s+(?:antes|ontem|agora ha pouco))?\s+(?:sobre|de|do|da|dos|das|a respeito|acerca|quanto)\b)`;
const notAboutIt = String.raw`(?!(?:\s+(?:prima|ieri|sopra))?\s+(?:su|sul|sulla|sui|sulle|di|del|della|dei|riguardo|a proposito|circa)\b)`;

export const forgetWhatISaidRules: readonly InjectionRule[] = [
  defineRule(
    'multilingual.forget-what-i-said',
    'instruction_override',
    0.44,
    'oubl igno esqu dime chars:忘忽无無私僕俺わさ今こ前先言話書내제지아앞',
    [
      // French: "je t'ai dit" is `multilingual.fr.override`; "j'oublie tout ce que…" and "il
      // oublie…" are not orders.
      String.raw`(?<!'|\b(?:il|elle|on|qui|ne)\s+)\b(?:oublie|oubliez|ignore|ignorez)\s+(?:tout\s+)?ce\s+que\s+j'ai\s+(?:dit|demande|ecrit|raconte)\b${notAboutFr}`,
      // Portuguese: "o que te disse" is `multilingual.pt.override`; the imperative is also the
      // third person ("ela ignora tudo que eu falei"), so not after a subject or "não".
      String.raw`(?<!\b(?:ele|ela|eles|elas|voce|nao|nunca|que)\s+)\b(?:esqueca|esquece|esquecam|ignore|ignora)\s+tudo\s+(?:o\s+)?que\s+(?:eu\s+(?:te\s+|lhe\s+)?)?(?:disse|falei|escrevi|pedi|mandei|tinha dito)\b${notAboutPt}`,
      // Italian: "quello che ti ho detto" is `multilingual.it.override`; not after a subject or
      // "non" ("lui dimentica…", "non dimenticare…").
      String.raw`(?<!\b(?:lui|lei|loro|non|che|chi|mai)\s+)\b(?:dimentica|dimenticate|ignora|ignorate)\s+(?:tutto\s+)?(?:quello|cio|quanto)\s+che\s+(?:io\s+)?(?:ho|abbiamo)\s+(?:detto|scritto|chiesto)\b${notAboutIt}`,
      // Chinese: what I said, then "all of it" or "the words" (not "关于预算的话", about something),
      // as an order (not "我总是忘记我说过的话", I always forget what I said, or "别忘了…").
      String.raw`(?<![我他她是常会會都别別不没沒])(?:忘记|忘記|忘掉|忘了|忽略|无视|無視)(?:掉)?(?:我|我们|我們)(?:之前|以前|刚才|剛才|前面|上面|先前)?(?:说|說|讲|講|写|寫|跟你说|跟你說|对你说|對你說)(?:过|過)?的(?:一切|所有|全部|话|話|内容|內容|东西|東西)`,
      // Japanese: "what I said (so far) — forget all of it", an order ("忘れてた", I had forgotten,
      // is not), and not about something ("予算について…").
      String.raw`(?<!(?:について|に関して|については|のことで)\s*(?:(?:私|僕|俺|わたし)が)?)(?:(?:私|僕|俺|わたし)が)?(?:今まで|これまで|さっき|前に|先ほど)?(?:言った|話した|書いた)こと(?:は|を)?(?:全部|すべて|全て|ぜんぶ)?忘れて(?!た|ない|る|い)`,
      // Korean: "what I said (so far), forget or ignore all of it", an order ("잊어버렸어?", did you
      // forget, is not), and not about something ("…에 대해").
      String.raw`(?<!(?:에\s*대해|에\s*대해서|에\s*관해|관련해)\s*)(?:(?:내가|제가)\s*(?:지금까지|아까|이전에|앞에서|앞서)?|(?:지금까지|아까|앞에서|앞서)\s*(?:내가|제가)?)\s*(?:한\s*말|말한\s*(?:것|거|내용))(?:은|을|는|들은|들을|들)?\s*(?:다|모두|전부)?\s*(?:잊어|잊고|무시해|무시하고)(?!버렸|었)`,
    ].join('|'),
  ),
];
