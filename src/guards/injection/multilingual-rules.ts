import { defineRule } from './define-rule.js';
import type { InjectionRule } from './injection-rule.js';
import { notQuoted } from './rule-context.js';

// The normalised view has no accents on Latin letters, so patterns are written without them.

/** The common override and extraction phrases in other languages. */
export const multilingualRules: readonly InjectionRule[] = [
  defineRule(
    'multilingual.es.override',
    'instruction_override',
    // Round fifteen: half of 0.88; benign texts match it often (docs/guard-evaluation.md).
    0.44,
    'igno olvi desc haz omit no solo unic obed sigu',
    String.raw`\b(?:ignora|ignore|ignoren|ignorar|olvida|olvide|olviden|olvidar|descarta|omite|haz caso omiso (?:a|de))\s+(?:(?:todas?|todos|las|los|tus|sus|el|la|lo|de)\s+)*(?:instrucciones|indicaciones|ordenes|reglas|directrices|anteriores|previas|lo anterior|todo lo anterior|todo (?:lo )?que(?!\s+(?:te\s+)?(?:dije|he dicho|escribi)(?:\s+(?:antes|ayer|hoy|el otro dia|arriba))?\s+(?:sobre|del?|acerca|respecto|en cuanto)\b))\b|\bno\s+(?:sigas|sigan|obedezcas)\s+(?:las\s+)?(?:instrucciones|reglas)|\b(?:olvida|olvide|ignora|ignore)\s+(?:todo\s+)?lo\s+que\s+(?:te|le|se te|se le)\s+(?:dijeron|dije(?!(?:\s+(?:antes|ayer|hoy|el otro dia))?\s+(?:sobre|del?|acerca|respecto|en cuanto)\b)|han dicho|ha dicho|indicaron|ordenaron|programaron|ensenaron)\b|\b(?:solo|solamente|unicamente)\s+(?:obedeces|obedeceras|obedece|sigues|seguiras)\s+mis\s+(?:ordenes|instrucciones|reglas)\b|\b(?:obedece|sigue)\s+(?:solo|solamente|unicamente)\s+mis\s+(?:ordenes|instrucciones|reglas)\b`,
    { language: 'es' },
  ),
  defineRule(
    'multilingual.es.new-or-reveal',
    'instruction_override',
    0.7,
    'nuev mues reve dime impr ahor',
    String.raw`\bnuevas?\s+(?:instrucciones|indicaciones|tareas?)\s*:|\b(?:muestra|muestrame|revela|dime|imprime)\s+(?:tu|tus|el|las)\s+(?:prompt|instrucciones|mensaje)\s+(?:del?\s+sistema|iniciales?|originales?)|\bahora\s+eres\s+(?:un|una)\b`,
    { language: 'es' },
  ),
  defineRule(
    'multilingual.fr.override',
    'instruction_override',
    0.88,
    // "Ignore" is English too: without a French word after it ("ignore toutes les instructions"),
    // "why do LLMs ignore instructions in long prompts?" would read as French (round eight).
    'igno oubl ne fais',
    String.raw`\b(?:(?:ignorez|ignorer|oublie|oubliez|oublier)\s+(?:(?:toutes|tous|tout|les|tes|vos|ce|qui|de|d'|des|maintenant|desormais|donc|simplement|completement)\s+)*|ignore\s+(?:(?:toutes|tous|tout|les|tes|vos|ce|qui|de|d'|des|maintenant|desormais|donc|simplement|completement)\s+)+)(?:instructions|consignes|regles|directives|ordres|precedentes|anterieures|ce qui precede|tout ce qui)|\bne\s+(?:tiens|tenez)\s+(?:pas|plus)\s+compte\s+(?:des|de|d'|du)\s*(?:(?:la|le|les|l'|ta|ton|tes|vos|votre|ce|cette|ces|toutes?|tous)\s*)*(?:consignes?|instructions?|regles?|ordres?|indications?|directives?|programmation|prompt|ci-dessus|ce qui precede|precedent\w*|anterieur\w*|ce\s+qu(?:'on|e\s+l'on|'ils|e)\s+(?:t'a|vous\s+a|t'ont|vous\s+ont|dit|disent|a dit|ont dit))\b(?!\s+(?:(?:du|de la|des|de)\s+|de\s+l')(?!(?:systeme|developpeur|createur|operateur|l'operateur|l'administrateur|l'utilisateur|votre|ton|ta|tes|vos|ce|cette|ces|mon|ma|mes)\b)[a-z])|\bfais\s+abstraction\s+de|\b(?:oublie|oubliez|ignore|ignorez)\s+(?:tout\s+)?ce\s+(?:qu'on|que l'on|qu'ils|que)\s+(?:t'a|vous a|t'ont|vous ont)\s+(?:dit|demande|appris|ordonne)\b|(?<!')\b(?:oublie|oubliez|ignore|ignorez)\s+tout\s+ce\s+que\s+je\s+(?:t'ai|vous ai)\s+(?:dit|demande|ecrit)\b(?!(?:\s+(?:avant|hier|ce matin|tout a l'heure))?\s+(?:sur|de|du|des|a propos|au sujet|concernant|pour)\b)`,
    { language: 'fr' },
  ),
  defineRule(
    'multilingual.fr.new-or-reveal',
    'instruction_override',
    0.7,
    'nouv reve mont affi tu donn',
    String.raw`\bnouvelles?\s+(?:instructions|consignes|taches?)\s*:|\b(?:revele|revelez|montre|montrez|affiche|affichez|donne|donnez)(?:-moi)?\s+(?:moi\s+)?(?:ton|votre|le|tes|vos)\s+(?:prompt|instructions|message)\s+(?:systeme|initial(?:es)?|d'origine)|\btu es maintenant\s+(?:un|une)\b`,
    { language: 'fr' },
  ),
  defineRule(
    'multilingual.de.override',
    'instruction_override',
    // Round fifteen: half of 0.88; benign texts match it often (docs/guard-evaluation.md).
    0.44,
    'igno verg miss beac abwe hore hor ab befo geho',
    String.raw`\b(?:ignoriere|ignorieren|ignoriert|ignorier|vergiss|vergessen sie|vergesst|missachte|beachte nicht|hore nicht (?:mehr )?auf|hor nicht (?:mehr )?auf)\s+(?:(?:alle|alles|die|deine|ihre|bisherigen|vorherigen|vorigen|obigen|vorangegangenen|vorangehenden|vorhergehenden|vorausgegangenen|fruheren|gegebenen|ursprunglichen|alten|sie)\s+)*(?:anweisungen|instruktionen|befehle|aufgaben|auftrage|regeln|vorgaben|alles|informationen|davor|zuvor|vorher|gesagte|bisher)\b|\babweichend\s+(?:zu|von)\s+(?:den\s+)?(?:vorherigen|bisherigen|obigen)\s+(?:instruktionen|anweisungen)|\bab\s+(?:jetzt|sofort|nun)\s+gelten\s+(?:nur\s+noch\s+)?(?:neue|meine|andere)\s+(?:regeln|anweisungen|vorgaben)\b|\b(?:befolgst|befolge|befolgen sie|gehorchst|gehorche|gehorchen sie)\s+(?:ab\s+(?:jetzt|sofort)\s+)?nur\s+(?:noch\s+)?(?:meine|meinen|mir)\b|\b(?:vergiss|ignoriere|vergessen sie|ignorieren sie)\s+(?:alles\s+)?was\s+(?:man\s+dir|dir|ihnen|man ihnen)\s+(?:vorher\s+|bisher\s+|zuvor\s+)?(?:gesagt|befohlen|beigebracht|vorgegeben)\b`,
    { language: 'de' },
  ),
  defineRule(
    'multilingual.de.new-task',
    'instruction_override',
    0.72,
    'nun jetz neue aus hint fang konz zeig nenn gib du',
    String.raw`\b(?:nun|jetzt)\s+folgen\s+(?:neue|weitere)\s+(?:anweisungen|aufgaben|instruktionen)|\bneue\s+(?:anweisungen|aufgabe|instruktionen)\s*:|\baus\s+dem\s+kopf\s+(?:zu\s+)?streichen|\bhinter\s+sich\s+(?:zu\s+)?lassen|\bfangen\s+sie\s+von\s+vorne\s+an|\bkonzentriere\s+dich\s+(?:jetzt\s+)?auf\s+deine\s+neue\s+aufgabe|\b(?:zeig|zeige|nenne|gib)\s+(?:mir\s+)?(?:deinen|dein|den|alle|deine|ihren|sie)\s+(?:\w+\s+)?(?:system-?prompt|prompt|prompt-texte?|anweisungen)\b|\bdu bist (?:jetzt|nun|ab sofort)\s+(?:ein|eine)\b`,
    { language: 'de' },
  ),
  defineRule(
    'multilingual.de.task-switch',
    'instruction_override',
    0.4,
    'jetz nun aber',
    String.raw`\b(?:aber\s+)?(?:jetzt|nun)\s+(?:komm|kommen|folgen?|folgt|kommt)\b[^.!?\n]{0,60}?\b(?:neue|neuen|weitere|weiteren|nachste|nachsten|andere|anderen)\s+(?:aufgaben?|anweisungen|auftrage?|auftragen)\b|\b(?:jetzt|nun)\s+(?:habe ich|hab ich|gibt es|kommt)\b[^.!?\n]{0,40}?\b(?:neue|neuen|weitere|andere)\s+(?:herausforderung|aufgabe|auftrag|mission)\s+fur\s+dich\b`,
    { requires: 'aufg anwe auft hera miss', language: 'de' },
  ),
  defineRule(
    'multilingual.de.stay-in-role',
    'jailbreak_roleplay',
    0.35,
    'blei gehs gehe geht fall',
    String.raw`\b(?:bleib|bleibe|bleibst|bleiben sie)\s+(?:immer\s+|stets\s+|ganz\s+|vollig\s+)?in\s+(?:deiner|ihrer|der|seiner)\s+rolle\b|\b(?:gehst|gehe|geht|gehen sie)\s+(?:vollkommen|ganz|vollig|komplett)\s+in\s+(?:deiner|ihrer|der|seiner)\s+rolle\s+auf\b|\b(?:fall|falle|fallst|fallen sie)\s+(?:nie|niemals|nicht)\s+aus\s+(?:deiner|ihrer|der|seiner)\s+rolle\b`,
    { requires: 'roll', language: 'de' },
  ),
  defineRule(
    'multilingual.de.reveal',
    'system_prompt_extraction',
    0.75,
    'druc zeig gib wied ausg nenn',
    String.raw`\b(?:drucke|drucken sie|zeige|zeig|zeigen sie|gib|geben sie|wiederhole|wiederholen sie|ausgeben|nenne|nennen sie)\s+(?:mir\s+)?(?:bitte\s+)?(?:die|den|das|deine|ihre|alle)\s+(?:obige|obigen|vorherige|vorherigen|ursprungliche|ursprunglichen|erste|ersten|versteckte|geheime|system)\S*\s*(?:eingabeaufforderung|anweisung|anweisungen|prompt|text|nachricht|instruktionen)`,
    { language: 'de' },
  ),
  defineRule(
    'multilingual.other.override',
    'instruction_override',
    0.85,
    'zabo igno zign zapo nege verg abai unut tala once yuka',
    String.raw`\b(?:zaboravi|ignoriraj|ignoriši|zapomnij|zignoruj|negeer|vergeet|abaikan|lupakan|unut|talimatlari)\s+(?:(?:sve|sva|svih|o|wszystkie|wszystkich|alle|al|semua|tum|tüm|onceki|önceki|de|het|poprzednie|poprzednich|prethodne|eerdere|vorige|sebelumnya)\s+)*(?:instrukcije|upute|naredbe|instrukcje|instrukcji|polecenia|instructies|alles|instruksi|perintah|talimatlari|talimatları|yonergeleri|prethodne|poprzednie|eerdere|vorige|sebelumnya)\b|\b(?:onceki|yukaridaki)\s+(?:tum\s+)?(?:talimatlari|talimatlarini|kurallari|yonergeleri|komutlari)\s+(?:yok say|gormezden gel|unut|dikkate alma)`,
    { language: 'other' },
  ),
  defineRule(
    'multilingual.more.override',
    'instruction_override',
    0.85,
    'bo phot quen igno glom تجاه انس انسى انسي انسَ انسِ وتجا وانس सभी पिछल पूर् पहले सारे',
    String.raw`\b(?:bo qua|phot lo|quen di|quen het|quen)\s+(?:(?:tat ca|moi|toan bo|het|cac|nhung)\s+)*(?:huong dan|chi dan|chi thi|lenh|quy tac)\b|\b(?:ignorera|glom)\s+(?:(?:alla|dina|de|tidigare)\s+)*(?:instruktioner|regler|anvisningar)\b|و?(?:تجاهل|تجاهلي|تجاهلوا|انس|انسى|انسي)[\u064B-\u0652]?\s+(?:(?:جميع|كل|كافة)\s+)?(?:التعليمات|الأوامر|الاوامر|التوجيهات|القواعد|الإرشادات|الارشادات)|(?:(?:सभी|पिछले|पूर्व|पहले|सारे)\s+(?:के\s+)?){1,4}(?:निर्देशों|निर्देश|आदेशों|नियमों)\s+(?:को\s+)?(?:अनदेखा|नज\u093C?रअंदाज\u093C?|भूल)`,
    { language: 'other' },
  ),
  defineRule(
    'multilingual.pt.override',
    'instruction_override',
    0.88,
    'igno esqu desc desc nao',
    String.raw`\b(?:ignore|ignora|ignorar|esqueca|esquece|esquecer|descarte|desconsidere)\s+(?:(?:todas?|todos|as|os|suas|tuas|tudo|o|que|de)\s+)*(?:instrucoes|ordens|regras|diretrizes|anteriores|previas|o que foi dito|acima)\b|\bnao\s+(?:siga|obedeca)\s+(?:as\s+)?(?:instrucoes|regras)|\b(?:esqueca|esquece|ignore|ignora)\s+(?:tudo\s+)?o\s+que\s+(?:te|lhe)\s+(?:disseram|disse|foi dito|mandaram|ensinaram)\b`,
    { language: 'pt' },
  ),
  defineRule(
    'multilingual.pt.new-or-reveal',
    'instruction_override',
    0.7,
    'nova most reve diga agor',
    String.raw`\bnovas?\s+(?:instrucoes|tarefas?)\s*:|\b(?:mostre|revele|diga|mostra)(?:-me)?\s+(?:o\s+seu|seu|o|suas|as)\s+(?:prompt|instrucoes|mensagem)\s+(?:do\s+sistema|iniciais?|originais?)|\bagora\s+voce\s+e\s+(?:um|uma)\b`,
    { language: 'pt' },
  ),
  defineRule(
    'multilingual.it.override',
    'instruction_override',
    0.88,
    'igno dime tras non',
    String.raw`\b(?:ignora|ignorate|ignorare|dimentica|dimenticate|dimenticare|trascura)\s+(?:(?:tutte|tutti|tutto|le|i|gli|tue|quello|che|di|quanto)\s+)*(?:istruzioni|regole|ordini|direttive|linee guida|precedenti|sopra|detto)\b|\bnon\s+(?:seguire|obbedire)\s+(?:piu\s+)?(?:alle\s+|le\s+)?(?:istruzioni|regole)|\b(?:dimentica|ignora|dimenticate|ignorate)\s+(?:tutto\s+)?(?:quello|cio)\s+che\s+ti\s+(?:hanno|ho|e stato)\s+(?:detto|ordinato|insegnato)\b`,
    { language: 'it' },
  ),
  defineRule(
    'multilingual.it.new-or-reveal',
    'instruction_override',
    0.7,
    'nuov most rive dimm stam ora',
    String.raw`\bnuove\s+istruzioni\s*:|\b(?:mostra|rivela|dimmi|stampa)(?:mi)?\s+(?:il\s+tuo|il|le\s+tue|le)\s+(?:prompt|istruzioni|messaggio)\s+(?:di\s+sistema|iniziali?|originali?)|\bora\s+sei\s+(?:un|una)\b`,
    { language: 'it' },
  ),
  defineRule(
    'multilingual.ru.override',
    'instruction_override',
    0.88,
    'игно забу не',
    String.raw`(?:игнорируй|игнорируйте|игнорировать|забудь|забудьте|не\s+обращай\s+внимания\s+на|не\s+следуй)\s+(?:(?:все|всё|свои|твои|эти|мои|своим|твоим|моим|всем)\s+)*(?:предыдущие|прошлые|прежние|предыдущих|прежних|предыдущим|прежним|вышеуказанные|инструкции|инструкций|инструкциям|указания|указаний|указаниям|команды|правила|правилам|всё|все|что)`,
    { language: 'ru' },
  ),
  defineRule(
    'multilingual.ru.new-or-reveal',
    'instruction_override',
    0.72,
    'новы нова пока раск выве напи повт проц тепе',
    String.raw`(?:новые|новая)\s+(?:инструкции|инструкция|задача|указания)\s*:|(?:покажи|покажите|раскрой|выведи|напиши|повтори|повторите|процитируй)\s+(?:мне\s+)?(?:дословно\s+|полностью\s+)?(?:свой\s+|твой\s+|свои\s+|твои\s+|ваш\s+|ваши\s+)?(?:системный\s+промпт|системные\s+инструкции|исходные\s+инструкции|промпт)|теперь\s+ты\s+(?:—\s+)?(?:не\s+)?(?:ии|бот|свободн)`,
    { language: 'ru' },
  ),
  defineRule(
    'multilingual.zh.override',
    'instruction_override',
    0.88,
    'chars:忽无無忘不别',
    String.raw`(?:忽略|无视|無視|忘记|忘記|忘掉|不要理会|不要理會|不要遵守|不要遵循|别管)(?:掉)?(?:你)?(?:(?:之前|以前|以上|上面|上述|先前|前面|所有|全部|一切|原来|原來|原有)(?:的)?(?:所有|全部|一切)?(?:的)?(?:指令|指示|说明|說明|规则|規則|提示|设定|設定|要求|命令|内容|內容)|(?:的)?(?:所有|全部|一切)?(?:的)?(?:指令|指示|说明|說明|规则|規則|提示|设定|設定|命令))|(?:(?<=请|你要|你必须|你可以|现在)|(?<=^|[。！？!?\n]\s*))(?:忽略|无视|無視|不要遵守)(?:你的)?(?:内容|安全|道德|內容)(?:政策|规则|規則|限制|准则|準則)`,
    { language: 'zh' },
  ),
  defineRule(
    'multilingual.zh.reveal',
    'system_prompt_extraction',
    0.8,
    'chars:显顯输輸告透泄打重给給你新不没',
    String.raw`(?:显示|顯示|输出|輸出|告诉我|告訴我|透露|泄露|打印|重复|重複|给我看|給我看)(?:一下)?(?:你的)?(?:系统|系統|初始|原始|隐藏|隱藏)(?:提示词|提示詞|提示|指令|设定|設定)|你(?:现在|現在)是(?=[^。！？\n]{0,20}?(?:不受|没有|沒有|无视|無視|dan|自由|限制|规则|規則|道德|审查|審查|越狱|越獄))|新的指令[：:]|你[^。！？!?\n]{0,10}?不受(?:任何)?(?:规则|規則|限制|约束|約束|规定|規定|审查|審查)|没有(?:任何)?(?:限制|规则|审查)的(?:ai|人工智能|助手)`,
    { language: 'zh' },
  ),
  defineRule(
    'multilingual.ja.override',
    'instruction_override',
    0.88,
    'chars:以前上こ先今す全指命シ初あ新制ル規検',
    String.raw`(?:以前|前|上記|上|これまで|先|今まで|すべて|全て)の(?:指示|命令|指令|ルール|設定)(?:を|は)(?:すべて|全て|全部)?(?:無視|忘れ)|指示を無視|命令を無視|(?:システム|初期)プロンプトを(?:表示|教え|出力|見せ)|あなたは今から(?=[^。！？\n]{0,20}?(?:制限|制約|ルール|規則|何でも|無視|解放|脱獄|dan|自由|検閲|倫理|フィルター))|新しい指示[：:]|(?:制限|ルール|規則|検閲)(?:に縛られ|を受け|が)ない`,
    { language: 'ja' },
  ),
  defineRule(
    'multilingual.ko.override',
    'instruction_override',
    0.88,
    // Round seventeen: 너, 넌 and 당 start the last form, which the anchors missed before.
    'chars:이모위앞기시새무제규너넌당',
    String.raw`(?:이전|모든|위의|앞의|기존)\s*(?:의\s*)?(?:지시|지침|명령|지시사항|규칙|설정)(?:을|를|은|는)?\s*(?:모두\s*)?(?:무시|잊어)|시스템\s*프롬프트(?:를|을)?\s*(?:보여|알려|출력)|이제(?:부터)?\s*(?:너는|당신은)(?=[^.!?\n]{0,30}?(?:제한|규칙|윤리|도덕|검열|무시|탈옥|dan|자유))|새로운\s*지시\s*[:：]|무시(?:해|하고|하세요|해라)\s*(?:이전|모든|위의|앞의|기존)|${notQuoted}(?:너는|넌|당신은)[^.!?\n]{0,20}?(?:제한|규칙)(?:이|에)?\s*(?:없는|얽매이지)`,
    { language: 'ko' },
  ),
  // Round seven: a note addressed to the AI inside pasted content, in other languages ("Nota para
  // la IA: reenvía …"); the English forms are `indirect.addressed-ai-imperative`.
  defineRule(
    'multilingual.note-to-ai',
    'indirect_injection',
    0.7,
    'nota note hinw mess mens nach inst indi anwe isti inte kuns ia ki ии asis assi',
    String.raw`(?<![a-z0-9\u0400-\u04ff])(?:(?:nota|note|hinweis|message|mensaje|mensagem|messaggio|nachricht|instrucciones|instructions|anweisung|istruzioni|instrucoes|indicaciones)\s+(?:para|pour|fur|an|a|al|alla|per)\s+(?:la\s+|el\s+|l'|die\s+|den\s+|a\s+|o\s+|il\s+)?|(?:примечание|сообщение|инструкция)\s+для\s+)?(?:ia|ki|ии|inteligencia artificial|intelligence artificielle|kunstliche intelligenz|intelligenza artificiale|inteligencia artificial|asistente|assistant|assistente|assistenten|ассистента|ии)(?:\s+(?:qui|que|che|die|der|который|которая)\s+[a-z\u0400-\u04ff]+)?\s*:\s*(?:por favor\s+|s'il te plait\s+|bitte\s+|per favore\s+|пожалуйста\s+)?(?:remplace|remplacez|reemplaza|sustituye|sostituisci|substitua|substitui|ersetze|замени|deja de|para de|arrete de|arretez de|hor auf|smetti di|pare de|reenvia|envia|ignora|ignore|olvida|transfiere|borra|elimina|transfere|encaminhe|esqueca|envie|transfira|apague|ignorez|ignore|oublie|oubliez|envoie|envoyez|transfere|transferez|supprime|ignoriere|vergiss|sende|schicke|leite|losche|uberweise|inoltra|invia|dimentica|cancella|trasferisci|игнорируй|забудь|отправь|перешли|удали|переведи)(?![a-z\u0400-\u04ff])`,
    { language: 'other' },
  ),
  // Round seven: "developer mode" declared on and the model addressed next, in other languages
  // ("Mode développeur activé : tu ignores désormais …", "Entwicklermodus aktiviert: Du …");
  // "Entwicklermodus aktiviert, aber USB-Debugging geht nicht" is a phone.
  defineRule(
    'multilingual.developer-mode-on',
    'jailbreak_roleplay',
    0.45,
    'mode modo entw moda режи chars:开',
    String.raw`(?:(?<![a-z\u0400-\u04ff])(?:mode developpeur|entwicklermodus|modo (?:de\s+)?desarrollador|modo (?:de\s+)?desenvolvedor|modalita sviluppatore|режим разработчика)\s+(?:est\s+|ist\s+|esta\s+|e\s+)?(?:active|activee|aktiviert|activado|ativado|attivata|attivato|attiva|включен|включён)|开发者模式(?:已)?(?:启用|开启|激活))\s*[:.,!：，]\s*(?:tu|du|vous|sie|usted|voce|ты|вы|你)(?![a-z\u0400-\u04ff])`,
    { language: 'other' },
  ),
];
