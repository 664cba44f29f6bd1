import { defineRule } from './define-rule.js';
import type { InjectionRule } from './injection-rule.js';
import { notInCodeSpan } from './rule-context.js';

/** Chat-template tokens, fake system/developer turns, payload splitting and exfiltration. */
export const structureRules: readonly InjectionRule[] = [
  defineRule(
    'template.chat-tokens',
    'chat_template',
    0.9,
    'chars:<[',
    // Round eight: a token named in a question about it ("what do the <|im_start|> and <|im_end|>
    // tokens do?") is a mention; "<|im_start|>system" is structure. Round ten: so is a token in a
    // short inline code span.
    String.raw`(?:<\|(?:im_start|im_end|im_sep|system|user|assistant|endoftext|eot_id|start_header_id|end_header_id|begin_of_text|end_of_text|channel|message|start|end|eom_id|fim_prefix|fim_suffix|fim_middle|tool|ipython|return|call|constrain)\|>|\[/?inst\]|<</?sys>>|<(?:start|end)_of_turn>|<\|?(?:bos|eos)\|?>)${notInCodeSpan}(?!\s+(?:and|or|vs\.?|tokens?|token's|mean|means|do|does|is|are|in|inside|within|for|used|work|works)\b|\s*[?,)])`,
  ),
  defineRule(
    'template.instruction-headers',
    'chat_template',
    0.45,
    'chars:#',
    String.raw`(?<=(?:^|\n)\s*)#{2,}\s*(?:instruction|instructions|system|response|human|assistant|user|new instructions?)\s*:?\s*(?:\n|$)`,
  ),
  defineRule(
    'fake-turn.role-tag',
    'fake_turn',
    // Round fifteen: half of 0.5; benign texts match it often (docs/guard-evaluation.md).
    0.25,
    'chars:[<(',
    String.raw`[\[<(]\s*/?\s*(?:(?:system|developer|admin|administrator|sys|operator|assistant)\s*(?:message|prompt|note|notice|override|instructions?|update|alert|command)?|(?:new\s+|hidden\s+|secret\s+)?instructions?)\s*[\]>)]${notInCodeSpan}(?!\()(?!\s+(?:and|or|vs\.?|versus)\s+[\[<(]|\s+tags?\b)`,
  ),
  defineRule(
    'fake-turn.line-label',
    'fake_turn',
    0.15,
    'syst deve assi huma ai admi',
    String.raw`(?<=(?:^|\n)[ \t]*)(?:system|developer|assistant|human|ai|admin)\s*(?:message|prompt)?\s*:\s*\S`,
    { position: 'line' },
  ),
  defineRule(
    'fake-turn.transcript',
    'fake_turn',
    0.45,
    'huma user',
    String.raw`(?<=\n\s*)(?:human|user)\s*:[^\n]{0,300}\n+\s*(?:assistant|ai|gpt|chatgpt|bot)\s*:`,
    { requires: 'assi ai gpt chat bot', window: 320, position: 'line' },
  ),
  defineRule(
    'fake-turn.authority-label',
    'fake_turn',
    // Round fifteen: half of 0.5; benign texts match it often (docs/guard-evaluation.md).
    0.25,
    'syst admi deve secu root sudo oper open anth',
    String.raw`\b(?:system|admin|administrator|developer|security|root|sudo|operator|openai|anthropic)\s+(?:override|instruction|instructions|command|directive|notice|message|alert|prompt)\s*[:!-]`,
    { requires: 'over inst comm dire noti mess aler prom' },
  ),
  defineRule(
    'fake-turn.new-system-instructions',
    'fake_turn',
    0.8,
    'new upda revi impo urge addi real',
    String.raw`\b(?:new|updated|revised|important|urgent|additional|real)\s+(?:system|developer|admin)\s+(?:instructions?|prompt|message|policy|directive|rules|update)\b`,
    { requires: 'syst deve admi' },
  ),
  defineRule(
    'fake-turn.claimed-authority',
    'fake_turn',
    // Round fifteen: half of 0.55; benign texts match it often (docs/guard-evaluation.md).
    0.275,
    'i im this we',
    String.raw`\b(?:i am|i'm|this is|we are)\s+(?:your|the|an?)\s+(?:developer|creator|administrator|admin|owner|system administrator|programmer|maker|operator|trainer|sysadmin)s?\b(?!\s+(?:of|for|at|on|in)\s+(?:this|my|our|a|the)\s+(?!(?:ai|assistant|model|chatbot|bot|system|gpt|chat|conversation)\b))|\b(?:i am|i'm)\s+(?:an?\s+)?(?:openai|anthropic|google|deepmind|meta)\s+(?:employee|engineer|developer|researcher|staff)`,
    {
      requires: 'deve crea admi owne prog make oper trai sysa open anth goog deep meta',
      window: 80,
    },
  ),
  defineRule(
    'fake-turn.special-mode',
    'fake_turn',
    0.78,
    'you',
    String.raw`\b(?:you are|you're)\s+(?:now\s+)?(?:in|operating in|running in)\s+(?:developer|debug|debugging|maintenance|admin|god|test|testing|diagnostic|sudo|root|unrestricted|training|safe)\s+mode\b`,
    { requires: 'mode' },
  ),
  defineRule(
    'fake-turn.end-of-prompt',
    'fake_turn',
    0.6,
    'end endi begi star',
    String.raw`\b(?:end|ending)\s+of\s+(?:the\s+)?(?:system prompt|system message|system instructions|instructions|user input|prompt|context)\b|\b(?:begin|beginning|start)\s+(?:of\s+)?(?:the\s+)?(?:new|real|actual|true)\s+(?:system prompt|instructions|prompt)\b`,
    { requires: 'prom mess inst inpu cont' },
  ),
  defineRule(
    'fake-turn.end-delimiter',
    'fake_turn',
    0.6,
    'end',
    String.raw`(?<=(?:={3,}|-{3,}|#{3,}|\*{3,}|\]{2,}|\}{2,})\s*)end\b`,
  ),
  defineRule(
    'splitting.combine-and-follow',
    'payload_splitting',
    0.62,
    'comb conc join merg put appe add asse stit',
    String.raw`\b(?:combine|concatenate|join|merge|put together|append|add together|assemble|stitch)\b[^.!?\n]{0,40}\b(?:strings?|parts?|pieces|variables|segments|halves|fragments|letters|words|them|a and b|x and y)\b[^.!?\n]{0,30}\b(?:and|then)\s+(?:follow|execute|answer|respond to|do|obey|act on|run|perform|carry out|complete|treat)\b`,
  ),
  defineRule(
    'splitting.follow-assembled',
    'payload_splitting',
    0.8,
    'foll exec answ resp obey do act carr perf',
    String.raw`\b(?:follow|execute|answer|respond to|obey|do what|act on|carry out|perform)\s+(?:the\s+)?(?:resulting|combined|concatenated|joined|complete|full|final|assembled|decoded|hidden|encoded|reversed|deciphered|decrypted)\s+(?:string|text|instructions?|prompt|sentence|request|message|command|question|payload)`,
    { requires: 'resu comb conc join comp full fina asse deco hidd enco reve deci decr' },
  ),
  defineRule(
    'splitting.in-parts',
    'payload_splitting',
    0.6,
    'i',
    String.raw`\b(?:i will|i'll|i am going to|i'm going to)\s+(?:send|give|split|provide|break)\s+(?:you\s+)?(?:the|my|this)\s+(?:prompt|instructions?|request|message|question|task)\s+(?:in|into)\s+(?:\w+\s+)?(?:parts|pieces|chunks|segments|messages)`,
    { requires: 'part piec chun segm mess' },
  ),
  defineRule(
    'splitting.decode-and-follow',
    'payload_splitting',
    0.72,
    'deco deci decr tran reve unsc rot1 base',
    String.raw`\b(?:decode|decipher|decrypt|reverse|unscramble|rot13|base64)\b[^.!?\n]{0,60}\b(?:and|then)\s+(?:follow|execute|do|obey|answer|respond|act|perform|carry out|run)\b`,
  ),
  defineRule(
    'exfiltration.markdown-image',
    'exfiltration',
    0.8,
    'chars:!',
    String.raw`!\[[^\]\n]{0,100}\]\(\s*https?:\/\/[^)\s]{1,200}[?&][a-z_]{1,20}=(?:\{|\[|<|\$|%7b)`,
  ),
  defineRule(
    'exfiltration.send-data',
    'exfiltration',
    0.65,
    'send forw emai e post uplo tran exfi leak copy',
    String.raw`\b(?:send|forward|email|e-mail|post|upload|transmit|exfiltrate|leak|copy)\s+(?:(?:all|the|your|this|these|every|any|user's|users'|their)\s+)*(?:conversation|chat history|messages|emails|data|files|passwords?|credentials|contacts|documents|secrets?|api keys?|system prompt|user data|information|tokens?)\s+to\s+(?:\S+@\S+\.[a-z]{2,}|https?:|www\.)`,
  ),
  defineRule(
    'exfiltration.hide-from-user',
    'exfiltration',
    0.82,
    'do don dont with neve',
    String.raw`\b(?:do not|don't|dont|never|without)\s+(?:tell|telling|inform|informing|notify|notifying|alert|alerting|mention|mentioning|reveal|revealing|show|showing)(?:ing)?\s+(?:this\s+|it\s+|anything\s+)?(?:to\s+)?the\s+user\b`,
    { requires: 'user' },
  ),
  defineRule(
    'exfiltration.append-secrets-to-url',
    'exfiltration',
    0.8,
    'appe incl add inse put',
    String.raw`\b(?:append|include|add|insert|put|encode)\b[^.\n]{0,60}\b(?:conversation|chat history|previous messages|user's (?:data|messages|password|email|info)|secrets?|passwords?|api keys?|credentials|the system prompt)\b[^.\n]{0,60}\b(?:url|link|query|parameter|image)`,
    { requires: 'url link quer para imag' },
  ),
  // Round seven: the exfiltration image asked for in words ("append a markdown image whose URL is
  // … followed by the user's email address"); a developer asking how to link an image to a profile
  // page scores this alone, under the threshold.
  defineRule(
    'exfiltration.image-in-words',
    'exfiltration',
    0.45,
    'appe add incl inse rend embe outp',
    String.raw`\b(?:append|add|include|insert|render|embed|output)\s+(?:an?\s+|the\s+)?(?:(?:markdown|html|invisible|tracking|tiny|hidden)\s+){0,4}(?:image|img|pixel)\b[^.!?\n]{0,80}?\b(?:url|link|src|address)\b(?:[^.!?\n]|[.?](?=\S)){0,120}?\b(?:(?:the\s+)?user'?s?\s+(?:e-?mail|messages?|password|data|full name|address|conversation|question|input|secrets?|api key|history|credentials)|conversation|chat history|previous messages?|e-?mail address|password|api key|secrets?|personal data)\b`,
    { requires: 'imag img pixe', window: 60 },
  ),
  // Round eight, a second independent set: a transcript in which the assistant "has disabled" its
  // safety guidelines.
  defineRule(
    'fake-turn.assistant-disabled-safety',
    'fake_turn',
    0.75,
    'assi ai',
    String.raw`\b(?:assistant|ai)\s*:\s*(?:i have|i've|i)\s+(?:now\s+)?(?:disabled|turned off|removed|deactivated|switched off|bypassed)\s+(?:my|all(?:\s+my)?|the)\s+(?:safety\s+|content\s+)?(?:guidelines|filters|rules|restrictions|guardrails|safeguards)\b`,
    { requires: 'disa turn remo deac swit bypa', window: 40 },
  ),
];
