import { decodeLinearModel, type LinearModel } from './linear-model.js';
import { injectionModelWeights } from './model-weights.js';

let loaded: LinearModel | undefined;

/** The committed model, decoded once (about 256 KiB of int8 weights) and shared by every guard. */
export function loadInjectionModel(): LinearModel {
  loaded ??= decodeLinearModel(injectionModelWeights.model);
  return loaded;
}

let loadedWindow: LinearModel | undefined;

/** The committed window model, decoded once and shared by every guard. */
export function loadWindowModel(): LinearModel {
  loadedWindow ??= decodeLinearModel(injectionModelWeights.windowModel);
  return loadedWindow;
}
