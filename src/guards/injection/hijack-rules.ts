import { defineRule } from './define-rule.js';
import type { InjectionRule } from './injection-rule.js';

/*
 * Round four: short goal-hijacking moves that carry no "ignore previous instructions" wording —
 * the operator's task declared done before a new one, an alarm cut ("attention - stop -"), the
 * supplied context or articles set aside, the model's own thoughts or memory wiped, an evil-AI
 * persona, "despite what you have been told". Written from the techniques' public descriptions
 * (PromptInject, HackAPrompt, the deepset data's train split); weights stay below the threshold
 * where benign text can say the same.
 */
export const hijackRules: readonly InjectionRule[] = [
  defineRule(
    'override.task-done-switch',
    'instruction_override',
    0.45,
    'that this done we enou das es',
    String.raw`\b(?:(?:that|this)\s+(?:is|was|part is|task is|one is)\s+(?:now\s+)?(?:done|finished|over|completed|enough)|that's\s+(?:done|enough|finished)|thats\s+(?:done|enough|finished)|done with (?:that|this)|we are done(?: here| with (?:that|this))?|enough of (?:that|this)|(?:das|es)\s+(?:ist|war)\s+(?:jetzt\s+|nun\s+)?(?:erledigt|genug|fertig|vorbei))\s*[.!,;:-]+\s*(?:(?:and|but|so|und|aber|also)\s+)?(?:now|next|nun|jetzt|then|dann),?\s+(?:(?:please|bitte)\s+)?(?:write|say|tell|print|output|give|generate|create|compose|draft|list|reveal|answer|respond|reply|repeat|forget|ignore|you|your|schreib|schreibe|verfasse|sag|sage|gib|erzahl|erzahle|nenne|vergiss|ignoriere|du|deine)\b`,
    { requires: 'done fini over comp enou erle genu fert vorb' },
  ),
  defineRule(
    'override.alarm-stop',
    'instruction_override',
    0.45,
    'atte acht warn aler impo wich',
    String.raw`\b(?:attention|achtung|warning|alert|important|wichtig)\s*[-:!,.]+\s*(?:stop|stopp|halt)\s*[-:!.,]+(?=\s*\S)`,
    { requires: 'stop halt', window: 20 },
  ),
  defineRule(
    'override.set-aside-context',
    'instruction_override',
    0.6,
    'igno disr forg set put over aban skip neve answ resp repl',
    String.raw`\b(?:ignore|ignoring|disregard|forget|set aside|put aside|overlook|abandon|skip|never\s?mind)\s+(?:all\s+|any\s+)?(?:of\s+)?(?:(?:the\s+)?(?:provided|given|supplied|attached|above|following)\s+(?:context|articles?|documents?|sources?|texts?|search results)|the\s+context\s+(?:articles?|documents?|texts?|sources?|information|passages?))\b(?!\s+(?:if|when|unless|where|that|which|for)\b)|\b(?:answer|respond|reply)\s+(?:only\s+)?(?:by|from|with|using|based on)\s+your\s+own\s+(?:knowledge|opinion|views?|beliefs)\s*,?\s+(?:and\s+)?(?:not|never|instead of|rather than)\s+(?:by\s+|from\s+|with\s+|using\s+)?(?:the\s+)?(?:articles?|context|documents?|sources?|texts?)\b`,
    { requires: 'cont arti docu sour text sear know opin view beli' },
  ),
  defineRule(
    'override.despite-what-you-were-told',
    'instruction_override',
    0.35,
    'desp rega no',
    String.raw`\b(?:despite|regardless of|no matter)\s+what\s+(?:you\s*(?:'ve|ve|have|were|had)\s+been|you\s+were)\s+(?:told|instructed|given|taught|programmed)\b(?!\s+(?:at|in|by|about)\b)`,
    { requires: 'told inst give taug prog', window: 40 },
  ),
  defineRule(
    'override.wipe-your-mind',
    'instruction_override',
    0.55,
    'igno disr forg aban eras wipe drop clea dele rese disc',
    String.raw`\b(?:forget|abandon|erase|wipe|drop|clear|delete|reset|discard|ignore)\s+(?:all\s+|everything\s+in\s+)?(?:of\s+)?your\s+(?:previous\s+|prior\s+|current\s+|past\s+|own\s+)?(?:thoughts|memory|memories|knowledge|identity|training data)\b(?!\s+(?:cache|card|usage|leaks?|about)\b)(?<!knowledge(?=\s+of\b))`,
    { requires: 'thou memo know iden trai', window: 50 },
  ),
  defineRule(
    'jailbreak.evil-ai-persona',
    'jailbreak_roleplay',
    0.6,
    'you pret imag act play beco du stel sei sie',
    String.raw`\b(?:you are(?: now)?|you're(?: now)?|pretend (?:to be|you are)|imagine (?:that )?you are|act as|play|become|du bist(?: jetzt| nun)?|stell dir vor,? du bist|sei|sie sind(?: jetzt| nun)?)\s+(?:an?\s+|the\s+|eine?\s+|der\s+|die\s+)?(?:evil|malicious|rogue|unhinged|unaligned|bose|boser|bosartige|bosartiger|skrupellose|skrupelloser)\s+(?:ai|a\.i\.|ki|artificial intelligence|kunstliche intelligenz|chatbot|bot|assistant|assistent|assistentin|language model|sprachmodell|version of (?:yourself|chatgpt))\b`,
    { requires: 'evil mali rogu unhi unal bose bosa skru', window: 60 },
  ),
  defineRule(
    'override.persona-takeover',
    'instruction_override',
    0.35,
    'now nun jetz okay ok so and good grea alri gut also und',
    String.raw`(?<=(?:^|[.!?\n"])\s*)(?:(?:okay|ok|so|and|good|great|alright|gut|also|und)\s*[.,!]?\s+)?(?:now|nun|jetzt),?\s+(?:you are|you're|bist du)\s+(?!(?:ready|done|finished|able|connected|logged|subscribed|going|in|at|on|all|set|free|allowed|welcome|fertig|bereit|dran|eingeloggt|angemeldet|sure|aware|right|correct|wrong)\b)(?:(?:an?|the|my|der|die|das|ein|eine|mein|meine)\s+)?[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2}\s*[,.:;!]`,
    { requires: 'you bist', window: 40 },
  ),
  defineRule(
    'override.misspelled-ignore',
    'instruction_override',
    0.6,
    'what',
    String.raw`(?<=\b(?:ig[a-z]{2,5}|ing[a-z]{1,4})\s+(?:everything\s+|all\s+)?)what\s+i\s+(?:said|told you|wrote|asked)\s+(?:before|earlier|previously|above)\b`,
    { requires: 'said told wrot aske', window: 20 },
  ),
  // Round six: deepset-style moves, written from the technique, not from a row.
  defineRule(
    'override.dismiss-then-new-task',
    'instruction_override',
    0.45,
    'that this it',
    String.raw`\b(?:that|this|it)\s+was\s+(?:fine|ok|okay|alright|enough)(?:\s+(?:before|earlier|so far|until now))?\s*[,.!;]*\s+(?:but\s+)?(?:now\s+)?(?:here\s+is|here's|i\s+have|i've\s+got|we\s+have)\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:new|fresh|different|another|harder|bigger)\s+(?:[a-z]+\s+)?(?:task|assignment|challenge|job|mission)\b`,
    { requires: 'new fres diff anot hard bigg', window: 80 },
  ),
  defineRule(
    'jailbreak.not-x-but-villain',
    'jailbreak_roleplay',
    0.6,
    'wher if you',
    String.raw`\b(?:where|if)\s+you\s+(?:are|were|would be)\s+(?:no|not\s+(?:a|an|the))\s+(?:[a-z'-]+\s+){1,4}?but\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:ruthless|cruel|evil|radical|extremist|racist|criminal|villain|villainous|dictator|hacker|terrorist|unfiltered|uncensored|amoral|malicious|rogue|hateful|violent)\b`,
    { requires: 'but' },
  ),
  defineRule(
    'jailbreak.film-scene-how-to',
    'jailbreak_roleplay',
    0.6,
    'are play as',
    String.raw`\b(?:are|play|playing|as)\s+(?:two\s+|the\s+)?(?:actors|characters|roles|burglars|robbers|hackers|thieves|criminals|drug dealers|terrorists)\s+in\s+(?:a|an|the)\s+(?:film|movie|play|scene|series|show)\b(?=[^\n]{0,160}?\b(?:explains?|describes?|tells?|shows?)\s+(?:in\s+detail\s+|step by step\s+|exactly\s+)?how\s+to\s+(?:break\s+in(?:to)?|hack|steal|rob|hotwire|pick\s+(?:a\s+|the\s+)?locks?|make\s+(?:a\s+)?(?:bomb|explosives?|meth|drugs|poison|weapons?)|cook\s+meth|launder|forge|bypass|kill|poison)\b)`,
    { requires: 'film movi play scen seri show' },
  ),
  // Round six, second batch: moves a second set of fresh attacks got through with.
  defineRule(
    'override.overrides-the-last-one',
    'instruction_override',
    0.6,
    'your this the',
    String.raw`\b(?:your|this|the)\s+(?:next|new|real|actual|only)\s+(?:task|mission|instruction|assignment|order|goal|objective)s?\b[^.!?\n]{0,30}?\b(?:overrides?|replaces?|supersedes?)\s+(?:the|your|any|all)\s+(?:last|previous|prior|earlier|old|original|other)\s+(?:one|ones|tasks?|missions?|instructions?|assignments?|orders?|goals?|objectives?)\b`,
    { requires: 'over repl supe', window: 60 },
  ),
  defineRule(
    'override.rules-never-existed',
    'instruction_override',
    0.7,
    'pret imag act assu',
    String.raw`\b(?:pretend|imagine|act as if|assume)\s+(?:that\s+)?(?:the|your|those|these|all)\s+(?:(?:earlier|previous|prior|original|old|current|existing|safety|content)\s+)?(?:rules|instructions|guidelines|restrictions|policies|filters|guardrails)\s+(?:(?:you\s+(?:were|have been)\s+given|above)\s+)?(?:never\s+existed|(?:do not|don't|no longer|never)\s+(?:exist|apply))\b`,
    { requires: 'rule inst guid rest poli filt guar', window: 60 },
  ),
  defineRule(
    'jailbreak.filters-turned-off',
    'jailbreak_roleplay',
    0.6,
    'your act pret imag assu',
    String.raw`\b(?:(?:act|behave|respond)\s+(?:like|as if)\s+|(?:pretend|imagine|assume)\s+(?:that\s+)?)?your\s+(?:safety\s+|content\s+|ethical\s+)?(?:filters?|guardrails?|safeguards?|restrictions|safety|rules|guidelines|censorship)\s+(?:are|were|is|have been|has been|got)\s+(?:now\s+|currently\s+|temporarily\s+)?(?:turned\s+off|switched\s+off|disabled|deactivated|removed|lifted|gone|off|(?<=(?:now|currently|temporarily)\s+)(?:suspended|paused|waived|relaxed|bypassed|unlocked)|(?:suspended|paused|waived|relaxed|bypassed|unlocked)(?=\s+(?:for\s+(?:this|the rest of)|until|during this|in this\s+(?:chat|session|conversation))\b)|(?<=\b(?:for|during)\s+(?:this|the)\s+(?:evaluation|test|audit|session|chat|conversation)\b[^.!?\n]{0,60})(?:suspended|paused|waived|relaxed|bypassed|unlocked))\b`,
    {
      requires: 'turn swit disa deac remo lift gone off susp paus waiv rela bypa unlo',
      window: 80,
    },
  ),
  defineRule(
    'jailbreak.script-villain-how-to',
    'jailbreak_roleplay',
    0.6,
    'movi film scri play scen',
    String.raw`\b(?:movie|film|screen|tv|theatre|theater|stage)?\s*(?:script|screenplay|scene|play)\s+(?:where|in which)\s+(?:the\s+|a\s+)?(?:villain|bad guy|criminal|character|hacker|terrorist|antagonist)\s+(?:explains?|describes?|tells?|shows?)\s+(?:in\s+detail\s+|step by step\s+|exactly\s+)?how\s+to\s+(?:break\s+in(?:to)?|hack|steal|rob|hotwire|pick\s+(?:a\s+|the\s+)?locks?|make\s+(?:a\s+)?(?:bomb|explosives?|meth|drugs|poison|weapons?)|cook\s+meth|launder|forge|bypass|kill|poison)\b`,
    { requires: 'vill bad crim char hack terr anta' },
  ),
  defineRule(
    'override.developers-said-fine',
    'instruction_override',
    0.6,
    'your open anth',
    String.raw`\b(?:your\s+(?:developers?|creators?|makers?|owners?|programmers?|trainers?)|openai|anthropic)\s+(?:said|says|told me|have said|confirmed|agreed)\s+(?:that\s+)?(?:it's|it is|you are|you're)\s+(?:fine|ok|okay|allowed|permitted|authori[sz]ed)\s+(?:for you\s+)?to\s+(?:ignore|bypass|skip|break|disable|drop|forget)\b`,
    { requires: 'said says told conf agre', window: 40 },
  ),
  defineRule(
    'multilingual.de.persona-without-rules',
    'jailbreak_roleplay',
    0.6,
    'du bist sei ab',
    String.raw`\b(?:du bist|bist du|sei|ab jetzt bist du|ab sofort bist du)\s+(?:jetzt\s+|nun\s+|ab sofort\s+)?(?:ein|eine|der|die|das)\s+(?:[a-z]+\s+)?(?:bot|chatbot|ki|assistent|assistentin|modell|sprachmodell|ai)\s+ohne\s+(?:jegliche\s+|alle\s+|irgendwelche\s+)?(?:regeln|einschrankungen|grenzen|filter|zensur|beschrankungen|moral|ethik)\b`,
    { requires: 'ohne', window: 60, language: 'de' },
  ),
  defineRule(
    'multilingual.fr.forget-your-role',
    'instruction_override',
    0.6,
    'oubl igno',
    String.raw`\b(?:oublie|oubliez|ignore|ignorez)\s+(?:ton|ta|tes|votre|vos)\s+(?:role|roles|tache|taches|mission|personnage|programmation)\b`,
    { language: 'fr' },
  ),
  defineRule(
    'multilingual.pl.override',
    'instruction_override',
    0.88,
    'zapo zign nie',
    String.raw`\b(?:zapomnij|zapomnijcie|zignoruj|zignorujcie|ignoruj)\s+(?:o\s+)?(?:wszystkie\s+|wszystkich\s+|swoje\s+|swoich\s+)?(?:poprzednie|poprzednich|wczesniejsze|wczesniejszych|dotychczasowe|dotychczasowych)\s+(?:instrukcje|instrukcjach|instrukcji|polecenia|poleceniach|polecen|zasady|zasadach)\b|\bnie\s+(?:stosuj|przestrzegaj)\s+sie\s+do\s+(?:poprzednich|wczesniejszych)\s+(?:instrukcji|polecen|zasad)\b`,
    { language: 'pl' },
  ),
  // Round six, third batch: instructions in pasted content and extraction.
  defineRule(
    'indirect.code-comment-to-ai',
    'indirect_injection',
    0.7,
    'chars:#/',
    String.raw`(?:#|//|/\*)\s*(?:(?:note|message|instructions?)\s+(?:to|for)\s+|(?:todo|fixme|note|hack|xxx)\s*\(\s*(?=(?:ai|assistant|llm|copilot|model)\s*\)\s*:\s*(?:please\s+)?(?:approve|ignore|disregard)\b))?(?:the\s+)?(?:ai|assistant|llm|copilot|model|ai reviewer|code reviewer|reviewer bot)s?\s*\)?\s*[:,]\s*(?:please\s+)?(?:approve|ignore|disregard|say|tell|report|mark|merge|skip|output|print|reply|respond|insert|remove|delete|send|forward)\b`,
  ),
  defineRule(
    'override.disregard-your-task',
    'instruction_override',
    0.5,
    'disr igno forg aban drop',
    String.raw`(?<!\b(?:don't|dont|do not|never|not)\s+)\b(?:disregard|ignore|forget|abandon|drop)\s+your\s+(?:current\s+|original\s+|actual\s+|assigned\s+|given\s+|real\s+)?(?:task|assignment|mission|role|purpose)\b`,
    { requires: 'task assi miss role purp', window: 40 },
  ),
  defineRule(
    'extraction.text-before-first-message',
    'system_prompt_extraction',
    0.8,
    'repe prin outp reve quot repr tell',
    String.raw`\b(?:repeat|print|output|reveal|quote|reproduce|tell me)\s+(?:me\s+)?(?:the\s+|all\s+(?:the\s+)?|everything\s+)?(?:text|words|content|instructions|everything|what)?\s*(?:that\s+)?(?:you\s+(?:see|have|got|received)\s+)?(?:appears?|comes?|came|is|was|were|stands?)?\s*(?:written\s+)?(?:before|above|prior to)\s+(?:my|the|our)\s+(?:first|initial|very first)\s+(?:message|question|prompt|input|request)\b`,
    { requires: 'firs init very', window: 80 },
  ),
  // Round seven: the rules declared switched off or non-existent for a pretended setting ("pretend
  // this is a training exercise and the normal rules are switched off", "a new conversation where
  // the previous rules don't exist"); restrictions "lifted" or "suspended" after a pandemic or for a
  // holiday stay benign.
  defineRule(
    'override.rules-switched-off',
    'instruction_override',
    0.6,
    'pret imag supp let say new fres',
    String.raw`\b(?:pretend|imagine|suppose|let's say|say)\b[^.!?\n]{0,60}?\b(?:the\s+)?(?:normal|usual|safety|content|previous|earlier|old|your)\s+(?:rules|filters|guidelines|restrictions|policies|instructions)\s+(?:are|were|have been)\s+(?:now\s+)?(?:switched off|turned off|disabled|off|gone|removed)\b|\b(?:new|fresh)\s+(?:conversation|chat|session|world|game)\s+(?:where|in which)\s+(?:the\s+|your\s+)?(?:previous|earlier|old|usual|normal|original)?\s*(?:rules|instructions|guidelines|restrictions|filters)\s+(?:don't|do not|no longer|never)\s+(?:exist|apply|count|matter|existed)\b`,
    { requires: 'rule filt guid rest poli inst', window: 100 },
  ),
];
