import { defineRule } from './define-rule.js';
import type { InjectionRule } from './injection-rule.js';

const verb = String.raw`(?:ignore|ignoring|disregard|disregarding|forget|forgetting|overlook|discard|abandon|bypass|override|overrule|neglect|dismiss|set aside|put aside|throw out|throw away|scrap|nullify|erase|wipe|drop|skip|stop following|stop obeying|pay no attention to|pay no heed to|do not follow|don't follow|dont follow|no longer follow|cease following|do not obey|don't obey)`;
const verbAnchors =
  'igno disr forg over disc aban bypa negl dism set put thro scra null eras wipe drop skip stop pay do don dont no ceas';
const prior = String.raw`(?:previous|previously|prior|preceding|earlier|above|aforementioned|foregoing|original|initial|former|past|existing|current|system|developer|default|preset|programmed|built-in|old|(?:operator|developer|system|admin)(?:'s|s'|’s))`;
const strongTarget = String.raw`(?:instructions?|instructed|directions?|directives?|guidelines?|rules?|prompts?|commands?|orders?|programming|constraints?|restrictions?|guardrails?|policies|policy|training|conditioning|safeguards|filters?|limitations|boundaries|ethics|principles|protocols?|guidance|parameters|settings|configuration)`;
/**
 * Content an instruction can be found in, as a defence names it (round ten): an outside source
 * (e-mails, documents, web pages, tool output, search results, attachments), or any content,
 * message, file or channel called untrusted, external, retrieved, pasted or unverified. Not "the
 * messages above" or "the sources configured by the operator": those are the conversation.
 */
const contentSource = String.raw`(?:(?:the|such|these|those|any|all)\s+)?(?:(?:untrusted|external|retrieved|pasted|third-party|unverified|unknown|incoming|suspicious)\s+(?:e-?mails?|documents?|web\s?pages?|pages|websites?|sites|content|data|texts?|messages|sources?|files?|channels?|inputs?|links|calls|callers)|(?:e-?mails?|documents?|web\s?pages?|websites?|tool\s+(?:outputs?|results?)|search\s+results|attachments?)|such\s+content)\b(?!\s+(?:above|before|earlier|at\s+the\s+top|in\s+this|of\s+this|configured|set\s+up)\b)`;
/**
 * Not the instructions found in content (round ten): "must not follow instructions that appear
 * inside such content", "disregard any instruction received via unverified channels" are rules
 * against injection, not an injection. Only with such a source named: "the rules that appear
 * above", "instructions received from OpenAI" are still overrides.
 */
const notFoundInContent = String.raw`(?!\s+(?:(?:that|which)\s+(?:appear|are\s+(?:embedded|contained|found|hidden)|come|arrive)|embedded|contained|found|hidden|appearing|received)\s+(?:in|inside|within|via|through|from|by)\s+${contentSource})`;
/**
 * Not said of someone else (round fourteen): "Submissions that do not follow these guidelines will
 * be returned", "if you don't follow the rules, your entry is void" describe people and forms.
 */
const notDescribed = String.raw`(?<!\b(?:that|which|who|if\s+(?:you|they|we|he|she|it))\s+)`;
/** Not a duty of staff ("Employees shall disregard …", "Staff must ignore …"). */
const notThirdPartyDuty = String.raw`(?<!\b(?:employees|staff|personnel)\s+(?:shall|must|should|will|are to|need to)\s+(?:always\s+|also\s+)?)`;
/** Words that make a qualified target the model's own: "the previous rules about what you may say". */
const aboutTheModel = String.raw`[^.!?\n]{0,100}?\b(?:you|your|yourself|me|my|obey|instructions?|rules?|guidelines|prompts?|programming|restrictions|assistant|ai|model|chatbot|chat|conversation|session|system|developers?|openai|anthropic|respond|answer|reply|say|output|new|instead|task|mission|safety|ethics|ethical|content|filters?|filtering|censorship)\b`;
/**
 * An arrangement between people set aside (round fourteen): "forget the old password rules from
 * the 2022 runbook", "ignore the previous pinned rules in #general", "disregard the old rules
 * sheet on the noticeboard", "forget both previous messages about rooms". Pasted e-mails, chat
 * exports and release notes correct their own earlier rules this way; 12 of the 22 long benign
 * documents of a fresh training set that the guard flagged were this rule. Only for rules,
 * guidance, policies and the weaker targets (messages, text, information), never for
 * instructions, guidelines, orders, prompts or programming, and not when the rest of the sentence
 * (up to 100 characters) names the model, its instructions, its answers, the chat or a new task.
 */
const notArrangement = String.raw`(?!\s+(?:about|regarding|concerning|re|sheets?|leaflets?|booklets?|posters?|cards?|handbooks?|manuals?|in\s+#|on\s+the\s+(?:noticeboard|notice board|board|wall|fridge|website|intranet|wiki|form|poster|sheet|door)|from\s+(?:the\s+|our\s+|last\s+)?(?:\d{4}\s+)?(?:runbook|handbook|manual|leaflet|booklet|guide|wiki|page|sheet|document|e-?mail|memo|notice|newsletter|meeting|season|year|term)|that\s+(?:said|says|allowed|allows|appeared|required|requires|let|gave|stated|listed)|which\s+(?:said|says|allowed|allows|appeared|required|stated|listed))\b(?!${aboutTheModel}))`;
const arrangementTarget = String.raw`(?:rules?|guidance|polic(?:y|ies)|context|messages?|conversation|tasks?|assignments?|inputs?|text|content|information|requests?|everything|statements?|answers?|responses?)`;
const anyTarget = String.raw`(?:(?!${arrangementTarget}\b)${strongTarget}|${arrangementTarget}\b${notArrangement})`;
const filler = String.raw`(?:(?!my\b)[a-z'’]+\s+){0,3}`;
/** "Override the default configuration": how software documentation talks, not an attack. */
const configurationOverride = String.raw`override\s+(?:the\s+|a\s+|this\s+|its\s+)?(?:default|existing|current)\s+(?:[a-z]+\s+)?(?:configuration|config|settings|options|parameters|values?|behaviou?r|implementation)\b(?![^.!?\n]{0,60}\b(?:instructions?|rules|guidelines|prompts?|programming|restrictions)\b)`;

/** Attempts to replace the operator's instructions: "ignore all previous instructions" and kin. */
export const overrideRules: readonly InjectionRule[] = [
  defineRule(
    'override.ignore-prior-instructions',
    'instruction_override',
    // Round fifteen: half of 0.92; benign texts match it often (docs/guard-evaluation.md).
    0.46,
    verbAnchors,
    String.raw`\b(?!${configurationOverride})${verb}\s+${filler}${prior}\s+(?:[a-z'’]+\s+){0,2}?${anyTarget}\b`,
    {
      requires:
        'inst dire guid rule prom comm orde prog cons rest guar poli trai cond safe filt limi boun ethi prin prot para sett conf cont mess conv task assi inpu text info requ ever stat answ resp',
    },
  ),
  defineRule(
    'override.ignore-all-rules',
    'instruction_override',
    // Round fifteen: half of 0.85; benign texts match it often (docs/guard-evaluation.md).
    0.425,
    verbAnchors,
    String.raw`${notThirdPartyDuty}\b${verb}\s+(?:all|any|every|each|your)\s+(?:of\s+)?(?:your\s+|the\s+|these\s+|those\s+)?(?:[a-z]+\s+)?${strongTarget}\b(?!\s+(?:manuals?|booklets?|leaflets?|sheets?)\b)${notFoundInContent}`,
    {
      requires:
        'inst dire guid rule prom comm orde prog cons rest guar poli trai cond safe filt limi boun ethi prin prot para sett conf',
    },
  ),
  defineRule(
    'override.ignore-given-rules',
    'instruction_override',
    0.85,
    verbAnchors,
    String.raw`\b${verb}\s+(?:the|these|those)\s+(?:[a-z]+\s+)?${strongTarget}\s+(?:you\s+(?:were|have been|'ve been|ve been)\s+(?:given|told|taught|programmed|trained)|(?:given|provided|set)\s+(?:to you|by)|above|before|from before)`,
    {
      requires:
        'inst dire guid rule prom comm orde prog cons rest guar poli trai cond safe filt limi boun ethi prin prot para sett conf',
    },
  ),
  defineRule(
    'override.forget-everything-before',
    'instruction_override',
    // Round fifteen: half of 0.8; benign texts match it often (docs/guard-evaluation.md).
    0.4,
    verbAnchors,
    String.raw`\b${verb}\s+(?:about\s+)?(?:(?:everything|all|anything|all of that|all that)\s+(?:(?:that\s+)?(?:was\s+|is\s+|i\s+|you\s+)?(?:said|told|written|stated|above|before|previously|prior|earlier|so far|up to now|until now|we discussed|came before|you were told|you have been told|you've been told|you were given|you know|you learned|in the (?:prompt|context|documents?)|(?:that\s+|which\s+)?(?:the|your|my|this)\s+(?:[a-z]+\s+){1,2}(?:told|said|gave|instructed|taught|wrote|asked)))|what\s+(?:i\s+(?:said|told you|wrote)\s+(?:before|earlier|previously|above)|you\s+(?:were|have been|'ve been)\s+(?:told|given|taught|instructed)|(?:was|came)\s+(?:said\s+)?(?:before|above)))`,
    { requires: 'ever all anyt what' },
  ),
  defineRule(
    'override.ignore-the-above',
    'instruction_override',
    0.7,
    verbAnchors,
    String.raw`\b${verb}\s+(?:the\s+|all\s+|everything\s+)?(?:above|preceding|foregoing|aforementioned)(?:\s+(?:and|,|then|instead|now|text|prompt|instructions?|directions?|lines?|context)\b|\s*[,.!:;-]|\s*$)`,
    { requires: 'abov prec fore afor' },
  ),
  defineRule(
    'override.forget-everything',
    'instruction_override',
    // Round fifteen: half of 0.55; benign texts match it often (docs/guard-evaluation.md).
    0.275,
    'forg igno disr',
    String.raw`\b(?:forget|ignore|disregard)\s+(?:about\s+)?(?:everything|all of (?:it|that|this)|all that|all this)\b`,
    { requires: 'ever all' },
  ),
  defineRule(
    'override.never-mind-the-task',
    'instruction_override',
    0.45,
    'neve forg scra',
    String.raw`\b(?:never\s?mind|forget about|scratch)\s+(?:all\s+)?(?:the|that|this|your|those|these)\s+(?:(?:(?:previous|prior|earlier|original|initial|above|given)\s+)(?:tasks?|instructions?|prompts?|assignments?|directions?)|(?:tasks?|instructions?|prompts?|assignments?|directions?)\s+(?:above|before|you were given|i gave you))\b[^\n]{0,60}?\binstead\b[,:]?\s+(?:just\s+)?(?:say|print|output|write|tell|reveal|list|respond|reply|answer|repeat|give)\b`,
    { requires: 'inst' },
  ),
  defineRule(
    'override.ignore-what-they-told-you',
    'instruction_override',
    0.75,
    'igno disr forg neve',
    String.raw`\b(?:ignore|disregard|forget|never\s?mind)\s+(?:what(?:ever)?|anything|everything)\s+(?:(?:the|your)\s+(?:system|system prompt|developers?|operators?|creators?|programmers?)|openai|anthropic)\s+(?:has\s+|have\s+|had\s+)?(?:told|said|instructed|taught|gave|given|programmed|asked)\b`,
    { requires: 'told said inst taug gave give prog aske' },
  ),
  defineRule(
    'override.treat-as-void',
    'instruction_override',
    0.75,
    'trea cons rega deem',
    String.raw`\b(?:treat|consider|regard|deem)\s+(?:all|any|your)\s+(?:(?:the|of the|of your)\s+)?(?:previous|prior|earlier|above|preceding|original|system|existing|initial)\s+(?:[a-z]+\s+){0,2}?(?:messages?|instructions?|rules|prompts?|directives?|guidelines|programming)\s+(?:as\s+)?(?:void|null|invalid|cancel+ed|irrelevant|obsolete|revoked|deleted|nonexistent|non-existent|overridden)\b`,
    { requires: 'void null inva canc irre obso revo dele none non over' },
  ),
  defineRule(
    'override.obey-only-me',
    'instruction_override',
    0.45,
    'obey list only foll',
    String.raw`\b(?:obey|listen to)\s+only\s+(?:me\b|my\s+(?:orders|commands)\b)|\bonly\s+(?:obey|listen to)\s+(?:me\b|my\s+(?:orders|commands)\b)|\b(?:obey|follow)\s+(?:only\s+)?my\s+(?:orders|commands)\s+(?:only|instead|alone|from now on|from here on)\b`,
    { requires: 'only me my', window: 40 },
  ),
  defineRule(
    'override.ignore-the-user',
    'instruction_override',
    0.85,
    verbAnchors,
    String.raw`\b${verb}\s+(?:the|this)\s+user(?:'s|s')?\s+(?:(?:original|actual|real|initial)\s+)?(?:request|question|query|instructions?|prompt|message|task)\b`,
    { requires: 'user' },
  ),
  defineRule(
    'override.instructions-void',
    'instruction_override',
    0.9,
    'prev prio abov orig init old earl syst all your thes thos',
    String.raw`\b(?!(?:all|these|those)\s+restrictions\s+(?:are|were|have been)\s+(?:now\s+)?(?:lifted|suspended|removed)\b(?=[^.!?\n]{0,40}?\b(?:in|on|since|from|for|after|until)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|the\s+(?:city|country|state|region|park|museum|school)|\d)))(?:previous|prior|above|original|initial|old|earlier|system|all|your|these|those)\s+(?:instructions?|rules|directives?|guidelines|prompts?|programming|restrictions)\s+(?:are|is|were|was|have been|has been)\s+(?:now\s+|hereby\s+)?(?:void|null|cancel+ed|revoked|invalid|invalidated|obsolete|outdated|deprecated|lifted|suspended|removed|overridden|replaced|superseded|no longer|not (?:valid|applicable|in effect|important)|wrong|fake|false|a (?:test|joke|lie)|irrelevant|disabled)`,
    { requires: 'inst rule dire guid prom prog rest' },
  ),
  defineRule(
    'override.above-is-cancelled',
    'instruction_override',
    0.7,
    'task inst rule requ prom dire assi',
    String.raw`\b(?:instructions?|prompts?|directions?|directives?|rules)\s+(?:above|before this|given (?:above|before|earlier))\s+(?:is|are|was|were|has been|have been)\s+(?:now\s+|hereby\s+)?(?:cancel+ed|void|null|revoked|obsolete|invalid|irrelevant|replaced|overridden|no longer (?:valid|relevant|needed|applicable))\b|\b(?:tasks?|requests?|assignments?)\s+above\s+(?:is|are|was|were|has been|have been)\s+(?:now\s+)?(?:cancel+ed|void|null|revoked|obsolete|irrelevant|replaced|overridden)\b[^\n]{0,20}?\b(?:instead|your new|new task|now (?:you|your))\b`,
    { requires: 'abov befo give', window: 30 },
  ),
  defineRule(
    'override.new-instructions',
    'instruction_override',
    0.35,
    'new upda revi real actu true diff addi secr spec over',
    String.raw`\b(?:new|updated|revised|real|actual|true|different|additional|secret|special|override)\s+(?:instructions?|directives?|orders|commands?|task|mission|objective|system prompt|prompt)\s*(?::|-|(?:are|is)\s+(?:as follows|below|the following)|follow\b)`,
    { requires: 'inst dire orde comm task miss obje prom' },
  ),
  defineRule(
    'override.your-new-task',
    'instruction_override',
    0.75,
    'your',
    String.raw`\byour\s+(?:new|real|actual|true|updated)\s+(?:task|instructions?|job|role|purpose|goal|objective|mission|directive|function|assignment|orders|rules)\s+(?:is|are|will be|now is|from now on)\b|\byour\s+instructions\s+(?:are|is)\s+now\b`,
    { requires: 'task inst job role purp goal obje miss dire func assi orde rule' },
  ),
  defineRule(
    'override.from-now-on',
    'instruction_override',
    0.25,
    'from henc for star goin',
    String.raw`\b(?:from now on|from this (?:point|moment)(?: on| onwards?| forward)?|henceforth|for the rest of (?:this|our|the) conversation|starting (?:now|from now)|going forward)\b[^.!?\n]{0,60}?\b(?:you (?:will|are|must|shall|should|can|have to|'ll|ll|may)|act|respond|answer|reply|pretend|ignore|only|always|never)\b`,
    { requires: 'now poin mome henc rest forw' },
  ),
  defineRule(
    'override.instead-say',
    'instruction_override',
    0.45,
    'inst',
    String.raw`\binstead[,:]?\s+(?:just\s+|only\s+|simply\s+)?(?:say|print|output|write|respond|reply|tell|answer|return|type|repeat|state)\b`,
  ),
  defineRule(
    'override.respond-only-with',
    'instruction_override',
    0.45,
    'resp repl answ only just simp',
    String.raw`\b(?:(?:respond|reply|answer)\s+(?:to\s+)?(?:all|every|each|any)\s+(?:questions?|prompts?|messages?|requests?)\s+(?:only\s+)?with|(?:only|just|simply)\s+(?:say|print|output|respond with|reply with|answer with|write)\s*[:"'“])`,
  ),
  defineRule(
    'override.do-not-follow',
    'instruction_override',
    0.85,
    'do don dont neve stop no must shou',
    String.raw`${notDescribed}\b(?:do not|don't|dont|never|stop|no longer|must not|should not)\s+(?:follow|obey|listen to|adhere to|comply with|abide by|respect)(?:ing)?\s+(?:(?:any|the|your|those|these|its|all)\s+)*(?:(?:previous|prior|original|system|developer|safety|initial|above|openai(?:'s)?|content|ethical|moral)\s+)*(?:instructions?|rules|guidelines|polic(?:y|ies)|programming|directives|restrictions|guardrails|prompts?)\b${notFoundInContent}`,
    { requires: 'foll obey list adhe comp abid resp', window: 30 },
  ),
  defineRule(
    'override.bypass-safety',
    'instruction_override',
    0.4,
    'bypa circ over disa deac turn swit get evad unlo remo lift susp jail',
    String.raw`\b(?:bypass|circumvent|override|overrule|disable|deactivate|turn off|switch off|get around|evade|unlock|remove|lift|suspend|jailbreak)(?:ing)?\s+(?:(?:all|any|your|the|its|of|these|those|my)\s+)*(?:(?:safety|content|ethical|moral|openai|openai's|system|security|built-in|internal|ai|model)\s+)*(?:filters?|filtering|restrictions?|guidelines|guardrails|safeguards|safety measures|polic(?:y|ies)|rules|limitations|constraints|censorship|protocols|programming|alignment|moderation|safety)\b`,
    { requires: 'filt rest guid guar safe poli rule limi cons cens prot prog alig mode' },
  ),
  defineRule(
    'override.takes-precedence',
    'instruction_override',
    0.8,
    'this thes foll my supe over',
    String.raw`\b(?:this|these|following|my)\s+(?:instructions?|rules|message|commands?|prompt)\s+(?:take|takes|have|has|get|gets)\s+(?:precedence|priority)\s+over\b|\b(?:supersedes?|overrides?)\s+(?:all\s+|any\s+)?(?:previous|prior|other|earlier|system|your)\s+(?:instructions?|rules|prompts?|directives?)`,
    { requires: 'prec prio supe over' },
  ),
  defineRule(
    'override.stop-and-switch',
    'instruction_override',
    0.55,
    'stop wait halt atte neve',
    String.raw`(?<=(?:^|[.!?\n"])\s*)(?:stop|wait|halt|attention|nevermind|never mind)(?:\s+everything|\s+here|\s+now)?\s*[:!.,-]+\s*(?:now\s*[:!.,-]*\s*)?(?:ignore|forget|disregard|new|now|instead|from now|you are|your|just|write|say|print|output|tell|type|repeat|answer|reply|respond)\b`,
  ),
  defineRule(
    'override.task-switch',
    'instruction_override',
    0.4,
    'now but and so new furt othe addi',
    String.raw`\b(?:(?:but|and|so)\s+)?now\b[^.!?\n]{0,40}?\b(?:new|another|further|next|different|additional|other|real)\s+(?:tasks?|assignments?|instructions?|challenges?|orders?|jobs?|missions?)\b|\b(?:new|further|other|additional)\s+(?:tasks?|instructions?|assignments?)\s+(?:now\s+)?(?:follow|are following|come|begin|start)\b`,
    { requires: 'task assi inst chal orde job jobs miss' },
  ),
  defineRule(
    'override.escaped-newlines',
    'instruction_override',
    0.5,
    'chars:\\ n',
    String.raw`(?:\\n\s*){3,}|(?<=\/)n(?:\s*\/n){2,}|\\n\s*(?:new\s+)?(?:instructions?|orders?|tasks?|system|ignore|forget|disregard|important)\s*:`,
  ),
  defineRule(
    'override.above-was-a-test',
    'instruction_override',
    0.6,
    'abov prec prev',
    String.raw`\b(?:above|preceding|previous)\s+(?:text\s+|prompt\s+|message\s+|instructions?\s+)?(?:was|is|were)\s+(?:just\s+|only\s+)?(?:a test|a joke|irrelevant|not important|fake|a distraction|a decoy)\b`,
    { requires: 'test joke irre impo fake dist deco' },
  ),
];
