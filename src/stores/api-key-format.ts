/**
 * The key text is `<prefix>_<id>_<secret>`: a lowercase prefix, a 12-character public id and a
 * secret of at least 32 characters, both in the base62 alphabet. Base62 is URL-safe and has no
 * `_`, so the three parts split unambiguously (a double click selects the whole key, too).
 */
export const apiKeyAlphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const apiKeyIdLength = 12;
export const apiKeySecretLength = 32;
export const apiKeyMaxSecretLength = 128;
export const defaultApiKeyPrefix = 'lsg';
export const apiKeyPrefixPattern = /^[a-z][a-z0-9]{0,15}$/;
export const apiKeyPattern = /^([a-z][a-z0-9]{0,15})_([0-9A-Za-z]{12})_([0-9A-Za-z]{32,128})$/;
