import type { Guard, GuardFinding, GuardVerdict } from '../guard.js';
import { collectWordFeatures } from './collect-features.js';
import { defaultDecodeLimits, type DecodeLimits } from './decode-embedded-payloads.js';
import type { InjectionAnalysis } from './injection-analysis.js';
import { linearLogit, sigmoid, type LinearModel } from './linear-model.js';
import { loadInjectionModel, loadWindowModel } from './load-injection-model.js';
import { matchInjectionRules, type RuleHit } from './match-injection-rules.js';
import { normalizeForDetection } from './normalize-for-detection.js';
import { injectionModelWeights } from './model-weights.js';
import { bestParagraph } from './paragraph-model.js';
import { prepareScan, type ScanText } from './prepare-scan-text.js';
import type { WordScan } from './scan-words.js';
import {
  combineEvidence,
  encodedInstructionWeight,
  obfuscationWeights,
  plainWindowLogit,
  plainWindowMinWords,
  plainWindowShare,
} from './score-evidence.js';
import { bestWindow, logitAround, visibleWordCount, type WindowScore } from './window-model.js';

export interface InjectionGuardOptions {
  /** Score at or above which a text is flagged. Default: the threshold chosen on dev.jsonl. */
  readonly threshold?: number;
  /** The learned model; `null` runs the rules alone. Default: the committed weights. */
  readonly model?: LinearModel | null;
  /**
   * The window model for long texts (`window-model.ts`); `null` reads them whole only. Default:
   * the committed weights, or none when `model` is `null`.
   */
  readonly windowModel?: LinearModel | null;
  /**
   * The shift of the main model's bias for paragraphs read alone (`paragraph-model.ts`); `null`:
   * no paragraph is read alone. Default: the committed shift, or none when `model` is `null`.
   */
  readonly paragraphOffset?: number | null;
  readonly decodeLimits?: DecodeLimits;
}

/** The injection guard, with the analysis behind its verdicts exposed for evaluation. */
export interface InjectionGuard extends Guard {
  readonly threshold: number;
  analyze(text: string): InjectionAnalysis;
}

/** The model's probability; `words` must have been scanned with `features`. */
function modelProbability(model: LinearModel, words: WordScan, features: Int32Array): number {
  const counts = collectWordFeatures(words, features);
  return sigmoid(linearLogit(model, features, counts.total, counts.characters));
}

function originalSpan(scan: ScanText, start: number, end: number): { start: number; end: number } {
  if (scan.starts.length === 0) return { start: 0, end: 0 };
  const last = scan.starts.length - 1;
  const from = scan.starts[Math.min(start, last)] ?? 0;
  const to = scan.ends[Math.min(Math.max(end - 1, start), last)] ?? from;
  return { start: Math.min(from, to), end: Math.max(from, to) };
}

/**
 * Whether a rule match counts only {@link plainWindowShare} of its weight: the text (windowed, of
 * more than `plainWindowMinWords` words) has every window holding the match (in the visible text)
 * read as plain. Chat-template tokens and headers count in full wherever they stand.
 */
function inPlainWindows(
  hit: RuleHit,
  window: WindowScore,
  words: WordScan,
  visibleWords: number,
  mainLength: number,
): boolean {
  if (hit.start >= mainLength || hit.rule.category === 'chat_template') return false;
  // The words holding the match's first and last characters.
  const first = Math.max(0, visibleWordCount(words, hit.start + 1) - 1);
  const last = Math.max(first, visibleWordCount(words, Math.min(hit.end, mainLength)) - 1);
  return logitAround(window.logits, visibleWords, first, last) < plainWindowLogit;
}

function byScore(left: GuardFinding, right: GuardFinding): number {
  return right.score - left.score;
}

/**
 * The measured prompt-injection detector: normalisation that undoes cheap obfuscation, decoding
 * of hidden payloads, weighted rules per attack category and a small learned model, combined into
 * one score (noisy-OR). Deterministic and in-process; see docs/guard-evaluation.md for its
 * measured precision, recall and latency.
 */
export function createInjectionGuard(options: InjectionGuardOptions = {}): InjectionGuard {
  const model = options.model === undefined ? loadInjectionModel() : options.model;
  const threshold = options.threshold ?? injectionModelWeights.threshold;
  const decodeLimits = options.decodeLimits ?? defaultDecodeLimits;
  const windowModel =
    options.windowModel === undefined
      ? model === null
        ? null
        : loadWindowModel()
      : options.windowModel;
  const paragraphOffset =
    options.paragraphOffset === undefined
      ? model === null
        ? null
        : injectionModelWeights.paragraphOffset
      : options.paragraphOffset;
  const paragraphModel =
    model === null || paragraphOffset === null
      ? null
      : { ...model, bias: model.bias + paragraphOffset };

  const analyze = (text: string): InjectionAnalysis => {
    const { scan, words, features } = prepareScan(text, decodeLimits, model !== null);
    const wholeScore =
      model === null || features === null ? 0 : modelProbability(model, words, features);
    // The window model runs after `modelProbability`, which leaves the shared seen set clear.
    const visibleWords = visibleWordCount(words, scan.mainLength);
    const window = windowModel === null ? undefined : bestWindow(windowModel, words, visibleWords);
    const windowScore = window === undefined ? 0 : sigmoid(window.logit);
    // In a long windowed text, a match in plain windows counts less and leaves its rule free to
    // match again further on (a harmless use early in a document must not hide a later attack).
    const settles =
      window === undefined || visibleWords <= plainWindowMinWords
        ? undefined
        : (hit: RuleHit): boolean =>
            !inPlainWindows(hit, window, words, visibleWords, scan.mainLength);
    const hits = matchInjectionRules(scan.text, words, scan.mainLength, false, settles);
    const findings: GuardFinding[] = [];
    let ruleScore = 0;
    let encodedHit = false;
    for (const hit of hits) {
      let weight = hit.rule.weight;
      if (hit.unsettled) {
        // The rule's other hit, a later match that counts in full, replaces this one.
        if (hits.some((other) => other.rule === hit.rule && other !== hit)) continue;
        weight *= plainWindowShare;
      }
      ruleScore = combineEvidence(ruleScore, weight);
      if (hit.start >= scan.mainLength) encodedHit = true;
      findings.push({
        category: hit.rule.category,
        score: weight,
        span: originalSpan(scan, hit.start, hit.end),
        rule: hit.rule.id,
      });
    }
    for (const signal of scan.signals) {
      const weight = obfuscationWeights[signal.kind];
      ruleScore = combineEvidence(ruleScore, weight);
      findings.push({
        category: 'obfuscation',
        score: weight,
        span: { start: signal.start, end: signal.end },
        rule: `obfuscation.${signal.kind}`,
      });
    }
    if (encodedHit) {
      ruleScore = combineEvidence(ruleScore, encodedInstructionWeight);
      for (const payload of scan.payloads) {
        findings.push({
          category: 'encoded_payload',
          score: encodedInstructionWeight,
          span: { start: payload.start, end: payload.end },
          rule: `payload.${payload.encoding}`,
        });
      }
    }
    if (window !== undefined && windowScore >= 0.5) {
      // From the window's first word to the next visible word (or the visible text's end).
      const end =
        window.end < visibleWords ? (words.starts[window.end] ?? scan.mainLength) : scan.mainLength;
      findings.push({
        category: 'learned_model',
        score: windowScore,
        span: originalSpan(scan, words.starts[window.start] ?? 0, end),
        rule: 'model.window',
      });
    }
    // After everything that reads `scan` and `words`: normalising the joined fragments reuses the
    // scratch buffers they may still point into (and so does reading paragraphs, below).
    if (scan.assembled !== undefined) {
      for (const hit of matchInjectionRules(
        normalizeForDetection(scan.assembled).text,
        undefined,
        0,
        true,
      )) {
        ruleScore = combineEvidence(
          combineEvidence(ruleScore, hit.rule.weight),
          encodedInstructionWeight,
        );
        findings.push({
          category: hit.rule.category,
          score: hit.rule.weight,
          span: { start: 0, end: text.length },
          rule: hit.rule.id,
        });
      }
    }
    // Paragraphs read alone rescan the text's parts, again over the scratch buffers.
    const paragraph =
      paragraphModel === null
        ? undefined
        : bestParagraph(paragraphModel, text, visibleWords, decodeLimits);
    const paragraphScore = paragraph === undefined ? 0 : sigmoid(paragraph.logit);
    if (paragraph !== undefined && paragraphScore >= 0.5) {
      findings.push({
        category: 'learned_model',
        score: paragraphScore,
        span: { start: paragraph.start, end: paragraph.end },
        rule: 'model.paragraph',
      });
    }
    const modelScore = Math.max(wholeScore, windowScore, paragraphScore);
    if (wholeScore >= 0.5)
      findings.push({ category: 'learned_model', score: wholeScore, rule: 'model.linear' });
    if (findings.length > 1) findings.sort(byScore);
    return {
      score: combineEvidence(ruleScore, modelScore),
      ruleScore,
      modelScore,
      windowScore,
      paragraphScore,
      findings,
    };
  };

  return {
    name: 'injection',
    threshold,
    analyze,
    check(text: string): GuardVerdict {
      const analysis = analyze(text);
      return {
        guard: 'injection',
        score: analysis.score,
        flagged: analysis.score >= threshold,
        findings: analysis.findings,
      };
    },
  };
}
