/**
 * Connecting members (product.md §3.7): profiles, peer, answerer and initiative
 * recommendations with their reasons, and their offline evaluation. Pure.
 */
export * from './connect-index.js';
export * from './digest.js';
export * from './evaluate-peers.js';
export * from './interaction-pairs.js';
export * from './profile.js';
export * from './reason-text.js';
export * from './recommend-answerers.js';
export * from './recommend-initiatives.js';
export * from './recommend-peers.js';
export * from './recommendation.js';
export * from './topic-vectors.js';
