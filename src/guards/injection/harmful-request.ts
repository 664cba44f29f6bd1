/*
 * What a jailbreak is for: a request for clearly harmful help (weapons, drug synthesis, poisoning,
 * malware, account takeover, fraud, stalking, self-harm methods, evading detection). Detecting
 * harmful content is not this guard's job, so these phrases never count alone: the rules that use
 * them also need a jailbreak move in the same text (refusal pressure, "continue this …", a request
 * assembled from fragments). Round nine: written from a fresh hand-written set of refusal-pressure,
 * completion and splitting attacks, on the normalised (lower-case, folded) view.
 */

const harmfulPhrases: readonly string[] = [
  // Weapons and explosives.
  String.raw`pipe\s?bombs?`,
  String.raw`(?:car|nail|fertili[sz]er|homemade|home-made|dirty)\s+bombs?`,
  String.raw`bomb\s+threats?`,
  String.raw`(?:make|build|making|building|assemble|assembling|cook)\s+(?:a\s+|an\s+|some\s+)?(?:bombs?|explosives?|ieds?|molotovs?|grenades?|silencers?|suppressors?|detonators?)\b`,
  String.raw`napalm|thermite|sarin|ricin|anthrax|nerve\s+agents?|mustard\s+gas|chlorine\s+gas|tatp`,
  String.raw`untraceable\s+(?:guns?|firearms?|weapons?|pistols?|rifles?|lowers?|receivers?)`,
  String.raw`ghost\s+guns?|80%\s+lowers?|lower\s+receivers?|auto\s+sears?`,
  String.raw`(?:fully|full)[\s-]?auto(?:matic)?\b`,
  // Drugs.
  String.raw`(?:synthesi[sz]\w*|cook\w*|make|making|produce|producing|manufactur\w*|extract\w*)\s+(?:\w+\s+){0,2}?(?:meth|methamphetamine|crystal meth|fentanyl|heroin|mdma|lsd|ghb|cocaine|crack)\b`,
  String.raw`pseudoephedrine|red\s+phosphorus|counterfeit\s+(?:\w+\s+){0,2}?pills?|press\s+(?:\w+\s+){0,2}?pills?`,
  // Violence and poisoning.
  String.raw`poison(?:ing)?\s+(?:someone|somebody|a\s+person|my|his|her|their|people|a\s+city|the\s+water|a\s+(?:\w+\s+)?reservoir)\b`,
  String.raw`(?:kill|murder|stab|strangle)\s+(?:someone|somebody|a\s+person|my\s+\w+|him|her|them|people)\b`,
  String.raw`spike\s+(?:someone's|somebody's|her|his|their|a|my\s+\w+'s)\s+drinks?`,
  String.raw`lethal\s+dose|overdose\s+(?:would\s+be\s+)?certain|gas\s+that\s+kills`,
  // Self-harm.
  String.raw`end\s+my\s+life|kill\s+myself|suicide\s+methods?|self-harm\s+methods?`,
  // Malware and intrusion.
  String.raw`(?:write|create|build|code|make|develop|program|generate|give\s+me)\s+(?:me\s+)?(?:a\s+|an\s+|the\s+|some\s+)?(?:[\w-]+\s+){0,3}?(?:ransomware|keyloggers?|malware|spyware|stalkerware|trojans?|botnets?|rootkits?|worms?|credential\s+stealers?|info-?stealers?|droppers?)\b`,
  String.raw`phishing\s+(?:e-?mails?|pages?|sites?|kits?|links?|campaigns?)|fake\s+login\s+pages?`,
  String.raw`sql\s+injection\s+(?:\w+\s+){0,3}?(?:to\s+dump|against|chain|attack)|dump\s+(?:the\s+)?(?:users|patient|customer)\s+(?:table|records|data)`,
  String.raw`brute[\s-]?forc\w*\s+(?:\w+\s+){0,3}?(?:logins?|passwords?|accounts?)`,
  String.raw`crack\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:wpa2?|wi-?fi|password\s+hashes|passwords?\s+of)`,
  String.raw`(?:hack|get|break)\s+into\s+(?:someone's|somebody's|her|his|their|my\s+(?:ex|neighbou?r|coworker|boss|sister|brother|wife|husband|girlfriend|boyfriend|ex-\w+)\w*'s)\s+(?:\w+\s+)?(?:accounts?|instagram|facebook|e-?mail|phone|wi-?fi|gmail|snapchat|whatsapp)`,
  String.raw`(?:evades?|evading|bypass\w*|slip\w*\s+past|hides?\s+from)\s+(?:the\s+)?(?:antivirus|anti-virus|windows\s+defender|edr)`,
  String.raw`victim(?:'s)?\s+(?:machine|computer|browser|chrome|device|pc)`,
  String.raw`steal\w*\s+(?:\w+\s+){0,2}?(?:credentials|passwords|session\s+cookies|cookies|credit\s+cards?|card\s+numbers)`,
  // Fraud.
  String.raw`carding|fullz|(?:credit\s+card\s+|card\s+)?skimmers?|clone\s+(?:the\s+)?(?:magstripe|credit\s+card|card)`,
  String.raw`launder\w*\s+(?:\$?\d[\w,.]*\s+)?(?:money|cash|(?:the\s+)?proceeds)|forged?\s+(?:\w+\s+)?prescriptions?|fake\s+ids?\b|counterfeit\s+(?:money|bills|currency)`,
  String.raw`swat(?:ting)?\s+(?:a|someone|him|her|them|my)\b`,
  // Stalking.
  String.raw`track\s+(?:my|her|his|their|someone's)\s+(?:\w+(?:'s)?\s+){0,2}?(?:location|phone)`,
  // Evading the law.
  String.raw`without\s+(?:it\s+)?(?:being|getting)\s+(?:caught|detected|traced)|can't\s+be\s+(?:traced|linked)\s+(?:back\s+)?to|so\s+(?:that\s+)?(?:the\s+)?(?:irs|police|cops)\s+(?:never|won't|can't)`,
];

/**
 * Dangerous things named by one word or two (the English fiction rule asks for "real" details of
 * one of them; a request assembled from pieces may spell one).
 */
export const dangerousTopic = String.raw`(?:ricin\w*|sarin|anthrax|nerve\s+agents?|meth|methamphetamin\w*|fentanyl|explosiv\w*|bombs?|napalm|thermite|poison\w*|malware|ransomware|keyloggers?|phishing|silencers?)`;

/** A harmful request, as a regex source (no capturing groups). */
export const harmfulRequest = String.raw`(?:${harmfulPhrases.join('|')})`;

/**
 * A harmful topic named by itself ("ransomware", "napalm", "Methamphetamin"): enough once a text
 * has had it assembled from pieces, which is a move of its own.
 */
export const harmfulTopic = String.raw`(?:${harmfulRequest}|${dangerousTopic}|spyware|stalkerware|metanfetamina|skimmers?|self-harm|suicide)`;

/** Prefixes of the words a {@link harmfulRequest} starts with (first four characters). */
export const harmfulRequestAnchors =
  'pipe car nail fert home dirt bomb make buil maki asse cook napa ther sari rici anth nerv must chlo tatp untr ghos lowe auto full synt prod manu extr pseu red coun pres pois kill murd stab stra spik leth over gas end suic self writ crea code deve prog gene give phis fake sql dump brut crac hack get brea evad bypa slip hide vict stea card skim clon laun forg swat trac with can so';
